import type { Analysis, Claim, ClaimResponse, Status } from '../../../lib/analyzer/types';

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
