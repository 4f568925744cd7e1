import { describe, expect, it } from 'vitest';
import { LABELLED_PAIRS, outcomeOf, scoresOf } from '../../fixtures/grouping/score';

// Floors on grouping's precision and recall over the labelled cross-outlet pairs
// (tests/fixtures/grouping; `npx tsx tests/fixtures/grouping/measure.ts` prints the figures),
// each about one pair below what the matcher scores, so a regression fails.
const FLOORS = {
  tuning: { precision: 0.98, recall: 0.88 },
  'held-out': { precision: 0.92, recall: 0.95 },
  'held-out-2': { precision: 0.95, recall: 0.95 },
  'held-out-3': { precision: 0.9, recall: 0.75 },
  'held-out-4': { precision: 0.6, recall: 0.06 },
  'tuning-5': { precision: 0.96, recall: 0.94 },
  'held-out-5': { precision: 0.9, recall: 0.4 },
  'tuning-6': { precision: 0.95, recall: 0.9 },
  'tuning-7': { precision: 0.95, recall: 0.9 },
  'tuning-8': { precision: 0.95, recall: 0.9 },
  'tuning-9': { precision: 0.95, recall: 0.9 },
  'tuning-10': { precision: 0.95, recall: 0.9 },
  'tuning-11': { precision: 0.95, recall: 0.9 },
  'tuning-13': { precision: 0.95, recall: 0.9 },
  'tuning-14': { precision: 0.95, recall: 0.9 },
  'tuning-15': { precision: 0.95, recall: 0.9 },
  'tuning-16': { precision: 0.95, recall: 0.9 },
} as const;

describe('grouping the labelled cross-outlet pairs', () => {
  it('holds enough pairs of each kind, a third of them held out', () => {
    expect(LABELLED_PAIRS.filter((pair) => pair.same).length).toBeGreaterThanOrEqual(60);
    expect(LABELLED_PAIRS.filter((pair) => !pair.same).length).toBeGreaterThanOrEqual(60);
    const heldOut = LABELLED_PAIRS.filter((pair) => pair.part.startsWith('held-out')).length;
    expect(heldOut / LABELLED_PAIRS.length).toBeGreaterThan(0.28);
  });

  it.each(Object.entries(FLOORS))('keeps precision and recall on the %s part above their floors', (part, floor) => {
    const scores = scoresOf(LABELLED_PAIRS.filter((pair) => pair.part === part).map(outcomeOf));
    expect(scores.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(scores.recall).toBeGreaterThanOrEqual(floor.recall);
  });

  it('never groups claims asserted for different sides', () => {
    const otherSide = LABELLED_PAIRS.filter((pair) => pair.sideB !== undefined && pair.sideB !== pair.side);
    expect(otherSide.length).toBeGreaterThan(0);
    for (const pair of otherSide) expect(outcomeOf(pair).matched, `${pair.a} / ${pair.b}`).toBe(false);
  });
});
