// What every analysis must satisfy, whatever the input.
import { expect } from 'vitest';
import type { Analysis } from '../../../lib/analyzer/types';

const STATUSES = ['disputed', 'unconfirmed', 'supported', 'uncontested'];
const STANCES = ['denies', 'unconfirmed', 'supports'];

/**
 * Shape; occurrences in order, inside the text; the claim's own words at one of them at least
 * (the others may be a headline or a restatement merged into the claim).
 */
export function expectWellFormed(text: string, analysis: Analysis): void {
  expect(typeof analysis.language).toBe('string');
  expect(typeof analysis.analyzed).toBe('boolean');
  if (!analysis.analyzed) expect(analysis.claims).toEqual([]);
  const ids = new Set<string>();
  for (const claim of analysis.claims) {
    expect(ids.has(claim.id), `duplicate id ${claim.id}`).toBe(false);
    ids.add(claim.id);
    expect(claim.text.length).toBeGreaterThan(0);
    expect(STATUSES).toContain(claim.status);
    expect(typeof claim.asserter.name).toBe('string');
    expect(typeof claim.asserter.side).toBe('string');
    for (const response of claim.responses) expect(STANCES).toContain(response.stance);
    expect(claim.occurrences.length).toBeGreaterThan(0);
    let previousStart = -1;
    for (const [start, end] of claim.occurrences) {
      expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(text.length);
      expect(start).toBeLessThan(end);
      expect(start).toBeGreaterThan(previousStart);
      previousStart = start;
    }
    const spelled = claim.occurrences.map(([start, end]) => text.slice(start, end));
    expect(spelled, `no occurrence spells ${JSON.stringify(claim.text)}`).toContain(claim.text);
  }
}
