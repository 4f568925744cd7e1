// The history as a JSON file (the versioned format of ./history-file). Pure.
import { HISTORY_FILE_FORMAT, HISTORY_FILE_VERSION, type HistoryFile } from './history-file';
import type { HistorySnapshot } from './repository';

export function toHistoryFile(snapshot: HistorySnapshot, { filtered, exportedAt }: { filtered: boolean; exportedAt: Date }): HistoryFile {
  return {
    format: HISTORY_FILE_FORMAT,
    version: HISTORY_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    filtered,
    pages: snapshot.pages.map((page) => ({
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
    })),
    marks: snapshot.marks.map(({ claimId, side, mark }) => ({ claimId, side, verdict: mark.verdict, note: mark.note, markedAt: mark.markedAt })),
  };
}

export function serializeHistoryFile(file: HistoryFile): string {
  return JSON.stringify(file);
}
