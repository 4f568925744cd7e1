// Export and import as the history page offers them: the repository's data through the pure
// formats, named files out, validated files in.
import { toClaimReviews } from './claimreview';
import { csvPageRows, csvText } from './csv';
import { historyFileText, toFilePage } from './export';
import { parseHistoryFile } from './import';
import { EMPTY_QUERY, type HistoryQuery } from './query';
import { importHistory, listMarkedClaims, readHistoryAs, type ImportSummary } from './repository';

export interface ExportedFile {
  name: string;
  type: string;
  content: string;
}

function stamp(now: Date): string {
  return now.toISOString().slice(0, 16).replace(/[:T]/g, '-');
}

/** The history (or only what `view` shows) as a JSON or CSV file. */
export async function exportHistory(kind: 'json' | 'csv', view?: HistoryQuery, now = new Date()): Promise<ExportedFile> {
  const query = view ?? EMPTY_QUERY;
  const base = `claimlens-history${view ? '-filtered' : ''}-${stamp(now)}`;
  // Each page is turned into text as it is read.
  if (kind === 'csv') {
    const { pages } = await readHistoryAs(query, csvPageRows());
    return { name: `${base}.csv`, type: 'text/csv;charset=utf-8', content: csvText(pages) };
  }
  const { pages, marks } = await readHistoryAs(query, (page) => JSON.stringify(toFilePage(page)));
  return { name: `${base}.json`, type: 'application/json', content: historyFileText(pages, marks, { filtered: view !== undefined, exportedAt: now }) };
}

export async function exportClaimReviews(reviewer: string, now = new Date()): Promise<ExportedFile> {
  const reviews = toClaimReviews(await listMarkedClaims(), reviewer);
  return { name: `claimlens-claimreview-${stamp(now)}.jsonld`, type: 'application/ld+json', content: JSON.stringify(reviews, null, 2) };
}

export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; problem: string };

/** Validates a history file's text and merges it; a refused file changes nothing. */
export async function importHistoryText(text: string): Promise<ImportResult> {
  const parsed = parseHistoryFile(text);
  if (!parsed.ok) return parsed;
  return { ok: true, summary: await importHistory(parsed.file) };
}

export function describeImport({ pagesAdded, pagesUpdated, claimsAdded, claimsUpdated, marksSet }: ImportSummary): string {
  if (pagesAdded + pagesUpdated + claimsAdded + claimsUpdated + marksSet === 0) return 'Imported: everything in the file was already in the history.';
  return `Imported: ${pagesAdded} pages added, ${pagesUpdated} updated; ${claimsAdded} claims added, ${claimsUpdated} updated; ${marksSet} marks.`;
}
