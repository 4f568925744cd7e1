import type { Analysis, Claim, ClaimResponse, Status } from '../../../lib/analyzer/types';
import { packedValues } from '../../../lib/history/claim-index';
import { historyDb, type HistoryDatabase } from '../../../lib/history/db';
import type { HistoryFile, HistoryFilePage } from '../../../lib/history/history-file';

export const DENIAL: ClaimResponse = {
  by: { name: 'the Ukrainian military', side: 'Ukraine' },
  stance: 'denies',
  text: 'There is no encirclement threat.',
};

export function claim(id: string, text: string, overrides: Partial<Claim> = {}): Claim {
  const status: Status = overrides.responses?.length ? 'disputed' : 'uncontested';
  return {
    id,
    text,
    sentence: `The ministry said ${text}.`,
    cue: 'said',
    asserter: { name: 'the Russian Defense Ministry', side: 'Russia' },
    status,
    responses: [],
    occurrences: [[0, text.length]],
    ...overrides,
  };
}

export function analysis(...claims: Claim[]): Analysis {
  return { language: 'en', analyzed: true, claims };
}

/** A history file holding `pages` and no marks, as an export made at time 0 would. */
export function historyFile(pages: HistoryFilePage[]): HistoryFile {
  return { format: 'claimlens-history', version: 1, exportedAt: new Date(0).toISOString(), filtered: false, marks: [], pages };
}

/** The keys of the claims the history keeps (those its claim packs hold), sorted. */
export async function keptClaimKeys(db: HistoryDatabase = historyDb): Promise<string[]> {
  return (await db.claimPacks.toArray()).flatMap((pack) => packedValues(pack).map(([key]) => key)).sort();
}
