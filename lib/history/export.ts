// The history as a JSON file (the versioned format of ./history-file). Pure.
import { HISTORY_FILE_FORMAT, HISTORY_FILE_VERSION, type HistoryFile, type HistoryFilePage } from './history-file';
import type { HistorySnapshot, PageWithClaims } from './repository';

interface FileOptions {
  filtered: boolean;
  exportedAt: Date;
}

/** A page and its claims as the file keeps them. */
export function toFilePage(page: PageWithClaims): HistoryFilePage {
  return {
    url: page.url,
    outlet: page.outlet,
    title: page.title,
    firstSeen: page.firstSeen,
    lastSeen: page.lastSeen,
    claims: page.claims.map((claim) => ({
      id: claim.claimId,
      text: claim.text,
      sentence: claim.sentence,
      cue: claim.cue,
      asserter: { name: claim.asserter.name, side: claim.asserter.side },
      status: claim.status,
      responses: claim.responses.map(({ by, stance, text }) => ({ by: { name: by.name, side: by.side }, stance, text })),
      count: claim.count,
      firstSeen: claim.firstSeen,
      lastSeen: claim.lastSeen,
    })),
  };
}

function fileWithPages<P>(pages: P[], marks: HistorySnapshot['marks'], { filtered, exportedAt }: FileOptions): Omit<HistoryFile, 'pages'> & { pages: P[] } {
  return {
    format: HISTORY_FILE_FORMAT,
    version: HISTORY_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    filtered,
    pages,
    marks: marks.map(({ claimId, side, mark }) => ({ claimId, side, verdict: mark.verdict, note: mark.note, markedAt: mark.markedAt })),
  };
}

export function toHistoryFile(snapshot: HistorySnapshot, options: FileOptions): HistoryFile {
  return fileWithPages(snapshot.pages.map(toFilePage), snapshot.marks, options);
}

export function serializeHistoryFile(file: HistoryFile): string {
  return JSON.stringify(file);
}

/**
 * The file's text from its pages' texts (each `JSON.stringify(toFilePage(page))`, as a large
 * history is read): the same text serializeHistoryFile() gives for the whole file.
 */
export function historyFileText(pageTexts: readonly string[], marks: HistorySnapshot['marks'], options: FileOptions): string {
  const { pages: _, marks: fileMarks, ...head } = fileWithPages([], marks, options);
  return `${JSON.stringify(head).slice(0, -1)},"pages":[${pageTexts.join(',')}],"marks":${JSON.stringify(fileMarks)}}`;
}
