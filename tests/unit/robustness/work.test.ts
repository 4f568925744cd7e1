// Counted work, not wall time: every stage's output (sentences and their tokens, attributions,
// asserted claims, responses) is handed on as an array that counts each element read by the
// stages after it. A stage that rescans the whole article per sentence or per claim shows up as
// work that grows faster than the text.
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../lib/analyzer/index';
import { newsText } from '../../fixtures/bench/news';
import { anyText, fragmentSoup } from './inputs';

const meter = vi.hoisted(() => {
  const state = { reads: 0 };
  // Arrays made from a counted array (a stage filtering another's output) are counted too.
  const PRODUCERS = new Set(['filter', 'map', 'slice', 'concat', 'flat', 'flatMap', 'toSorted', 'toReversed']);
  const counted = <T extends object>(array: T): T =>
    new Proxy(array, {
      get(target, key, receiver) {
        if (typeof key === 'string' && key.charCodeAt(0) - 48 < 10) state.reads++;
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function' || typeof key !== 'string' || !PRODUCERS.has(key)) return value;
        return (...args: unknown[]) => {
          const made: unknown = (value as (...a: unknown[]) => unknown).apply(receiver, args);
          return Array.isArray(made) ? counted(made) : made;
        };
      },
    });
  /** Count reads of an array a stage returns, and of the arrays its elements carry. */
  const countOutput = (value: unknown): unknown => {
    if (!Array.isArray(value)) return value;
    for (const element of value) {
      if (element && typeof element === 'object' && !Array.isArray(element)) {
        for (const [key, field] of Object.entries(element)) {
          if (Array.isArray(field)) (element as Record<string, unknown>)[key] = counted(field);
        }
      }
    }
    return counted(value);
  };
  const countStages = (module: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(module).map(([name, value]) => [
        name,
        typeof value === 'function' && !/^class\b/.test(Function.prototype.toString.call(value))
          ? (...args: unknown[]) => countOutput((value as (...a: unknown[]) => unknown)(...args))
          : value,
      ]),
    );
  return { state, countStages };
});

vi.mock('../../../lib/analyzer/sentences', async (load) => meter.countStages(await load()));
vi.mock('../../../lib/analyzer/attributions', async (load) => meter.countStages(await load()));
vi.mock('../../../lib/analyzer/asserters', async (load) => meter.countStages(await load()));
vi.mock('../../../lib/analyzer/responses', async (load) => meter.countStages(await load()));

function workOf(text: string): number {
  meter.state.reads = 0;
  analyze(text);
  return meter.state.reads;
}

/** Reads per character the analyzer may make on any input: a bound on the work per sentence. */
const MAX_READS_PER_CHAR = 40;

describe('the work the analyzer does', () => {
  beforeEach(() => {
    meter.state.reads = 0;
  });

  it('is counted at all (the stages hand on counted arrays)', () => {
    expect(workOf(newsText(300, 5))).toBeGreaterThan(300);
  });

  it('grows linearly with the length of news text', () => {
    const perWord = [1000, 4000, 16000].map((words) => workOf(newsText(words, 9)) / words);
    expect(perWord[2]! / perWord[0]!, `reads per word: ${perWord.map((x) => x.toFixed(1)).join(', ')}`).toBeLessThan(1.5);
  }, 120_000);

  it('stays within a fixed number of reads per character on any input', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fragmentSoup), (text) => {
        expect(workOf(text)).toBeLessThanOrEqual(MAX_READS_PER_CHAR * (text.length + 1));
      }),
      { numRuns: 1000, seed: 20261126 },
    );
  }, 120_000);

  it('stays linear on repeated adversarial units', () => {
    for (const unit of ['"He said, “they said ‘it said', 'According to the ministry, ', 'X said P, Y denied. ', '. . . ! ? ” “ ']) {
      // Past a few hundred repeats the windows the analyzer looks through are full: from there on
      // each repeat must cost the same.
      const small = workOf(unit.repeat(800));
      const large = workOf(unit.repeat(6400));
      expect(large / small, JSON.stringify(unit)).toBeLessThan(8 * 1.5);
    }
  }, 120_000);
});
