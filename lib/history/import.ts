// Reading a history file: size, JSON syntax, then the format's schema. Pure; the repository
// merges what passes.
import * as v from 'valibot';
import { HISTORY_FILE_FORMAT, HistoryFileSchema, LIMITS, type HistoryFile } from './history-file';

export type ParsedHistoryFile = { ok: true; file: HistoryFile } | { ok: false; problem: string };

/** Where in the file an issue is, as `pages[3].claims[0].status`. */
function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    path += typeof item.key === 'number' ? `[${item.key}]` : `${path ? '.' : ''}${String(item.key)}`;
  }
  return path;
}

export function parseHistoryFile(text: string): ParsedHistoryFile {
  if (text.length > LIMITS.fileBytes) {
    return { ok: false, problem: `The file is too large (over ${LIMITS.fileBytes / 1024 / 1024} MB).` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problem: `The file is not valid JSON: ${(error as Error).message}` };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== HISTORY_FILE_FORMAT) {
    return { ok: false, problem: 'The file is not a ClaimLens history export (its "format" is not "claimlens-history").' };
  }
  const result = v.safeParse(HistoryFileSchema, json, { abortEarly: true });
  if (result.success) return { ok: true, file: result.output };
  const issue = result.issues[0];
  const where = issuePath(issue);
  return { ok: false, problem: `The file does not match the history format: ${where ? `${where}: ` : ''}${issue.message}` };
}
