import { describe, expect, it } from 'vitest';
import type { Analysis, Claim } from '../../../lib/analyzer/types';
import { CLAIM_LIMITS } from '../../../lib/messaging/claim-schema';
import { fitAnalysis } from '../../../lib/messaging/fit-analysis';
import { AnalysisSchema, parseOrThrow } from '../../../lib/messaging/schemas';
import { analysis } from './fixtures';

const claim = analysis.claims[0]!;

function withClaims(claims: Claim[]): Analysis {
  return { ...analysis, claims };
}

describe('fitAnalysis', () => {
  it('returns an analysis within the limits as it is', () => {
    expect(fitAnalysis(analysis)).toBe(analysis);
  });

  it('keeps the first claims, in reading order, up to the page limit', () => {
    const many = Array.from({ length: CLAIM_LIMITS.claimsPerPage + 3 }, (_, index) => ({ ...claim, id: `c${index}` }));
    const fitted = fitAnalysis(withClaims(many));
    expect(fitted.claims.map((kept) => kept.id)).toEqual(many.slice(0, CLAIM_LIMITS.claimsPerPage).map((kept) => kept.id));
    expect(() => parseOrThrow(AnalysisSchema, fitted, 'analysis')).not.toThrow();
  });

  it('keeps the first responses and occurrences of a claim up to their limits', () => {
    const response = claim.responses[0]!;
    const crowded: Claim = {
      ...claim,
      responses: Array.from({ length: CLAIM_LIMITS.responsesPerClaim + 1 }, (_, index) => ({ ...response, text: `No. (${index})` })),
      occurrences: Array.from({ length: CLAIM_LIMITS.occurrencesPerClaim + 1 }, (_, index): [number, number] => [index * 10, index * 10 + 5]),
    };
    expect(() => parseOrThrow(AnalysisSchema, withClaims([crowded]), 'analysis')).toThrow();
    const [fitted] = fitAnalysis(withClaims([crowded])).claims;
    expect(fitted!.responses).toEqual(crowded.responses.slice(0, CLAIM_LIMITS.responsesPerClaim));
    expect(fitted!.occurrences).toEqual(crowded.occurrences.slice(0, CLAIM_LIMITS.occurrencesPerClaim));
    expect(() => parseOrThrow(AnalysisSchema, withClaims([fitted!]), 'analysis')).not.toThrow();
  });

  it('leaves out a claim or a response with a field over its limit, not cut mid-word', () => {
    const huge = 'word '.repeat(CLAIM_LIMITS.passage / 5 + 1);
    const oversized: Claim = { ...claim, id: 'big', sentence: huge };
    const longAnswer: Claim = { ...claim, id: 'answered', responses: [...claim.responses, { ...claim.responses[0]!, text: huge }] };
    const fitted = fitAnalysis(withClaims([oversized, claim, longAnswer]));
    expect(fitted.claims.map((kept) => kept.id)).toEqual([claim.id, 'answered']);
    expect(fitted.claims[1]!.responses).toEqual(claim.responses);
    expect(() => parseOrThrow(AnalysisSchema, fitted, 'analysis')).not.toThrow();
  });
});
