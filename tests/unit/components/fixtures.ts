import type { Claim, Status } from '../../../lib/analyzer/types';

export function makeClaim(id: string, status: Status, overrides: Partial<Claim> = {}): Claim {
  return {
    id,
    text: `claim ${id}`,
    sentence: `Someone said claim ${id}.`,
    cue: 'said',
    asserter: { name: `asserter ${id}`, side: `side ${id}` },
    status,
    responses: [],
    occurrences: [[0, 10]],
    ...overrides,
  };
}
