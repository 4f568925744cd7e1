// Random and adversarial input: the analyzer never throws, its offsets stay inside the text and
// point at the claim's own words, and the same text always gives the same claims.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer/index';
import { newsText } from '../../fixtures/bench/news';
import { anyText, binaryJunk, fragmentSoup, mixedWith } from './inputs';
import { expectWellFormed } from './properties';

const NEWS = newsText(600, 7).split(/(?<=[.!?"])\s+/);
const SEED = 20261126;

describe('analyze on any input', () => {
  it('never throws and returns well-formed claims (random text, every Unicode category)', () => {
    fc.assert(
      fc.property(anyText, (text) => expectWellFormed(text, analyze(text))),
      { numRuns: 1500, seed: SEED },
    );
  }, 60_000);

  it('handles quote-mark and cue soup', () => {
    fc.assert(
      fc.property(fragmentSoup, (text) => expectWellFormed(text, analyze(text))),
      { numRuns: 1500, seed: SEED },
    );
  }, 60_000);

  it('keeps real claims well-formed when they sit among junk', () => {
    fc.assert(
      fc.property(mixedWith(NEWS), (text) => expectWellFormed(text, analyze(text))),
      { numRuns: 800, seed: SEED },
    );
  }, 60_000);

  it('gives the same claims for the same text, even after reading other texts', () => {
    fc.assert(
      fc.property(mixedWith(NEWS), fc.array(anyText, { maxLength: 3 }), (text, others) => {
        const first = analyze(text);
        for (const other of others) analyze(other);
        expect(analyze(text)).toEqual(first);
      }),
      { numRuns: 300, seed: SEED },
    );
  }, 60_000);

  it('finds claims in the generated news it is benchmarked on, deterministically', () => {
    const text = newsText(3000, 3);
    const first = analyze(text);
    expectWellFormed(text, first);
    expect(first.claims.length).toBeGreaterThan(10);
    analyze(newsText(3000, 4));
    expect(analyze(text)).toEqual(first);
  }, 60_000);

  it('survives binary junk dressed as an article', () => {
    fc.assert(
      fc.property(binaryJunk, binaryJunk, (a, b) => {
        const text = `${NEWS[0]}\n\n${a}\n\n${NEWS[1]}\n\n${b}`;
        expectWellFormed(text, analyze(text));
      }),
      { numRuns: 300, seed: SEED },
    );
  }, 60_000);
});

describe('analyze on huge input', () => {
  it('reads a single 200,000-character line without sentence breaks', () => {
    const line = 'the ministry said that "they were encircled, according to officials who said '.repeat(2600).slice(0, 200_000);
    expectWellFormed(line, analyze(line));
  }, 60_000);

  it('reads 5 MB of text once', () => {
    const chunk = `${newsText(5000, 11)}\n\n${'\u201c'.repeat(50)} said ${'"'.repeat(50)}\n\n`;
    const text = chunk.repeat(Math.ceil(5_000_000 / chunk.length)).slice(0, 5_000_000);
    const analysis = analyze(text);
    expectWellFormed(text, analysis);
    expect(analysis.claims.length).toBeGreaterThan(0);
  }, 300_000);
});
