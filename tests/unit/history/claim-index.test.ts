import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimIndex } from '../../../lib/history/claim-index';
import { bandKeys, claimFeatures, MATCH_THRESHOLD, similarity } from '../../../lib/history/similarity';

function claim(key: string, side: string, text: string) {
  const features = claimFeatures(text);
  return { key, ...features, bands: bandKeys(side, features.shingles) };
}

const VILLAGES = 'it has regained control over two villages near Sudzha';

describe('the claims band index', () => {
  it('finds the most similar claim of the same side, and forgets deleted ones', () => {
    const index = new ClaimIndex<string>();
    index.add(claim('a', 'Russia', VILLAGES), 'villages');
    index.add(claim('b', 'Russia', 'Ukrainian fighters are encircled'), 'encircled');
    index.add(claim('c', 'Ukraine', 'Russian forces retook two villages near Sudzha'), 'other side');
    expect(index.size).toBe(3);
    expect(index.mostSimilar(claim('x', 'Russia', 'Russian forces retook two villages near Sudzha'))).toBe('villages');
    expect(index.mostSimilar(claim('x', 'Russia', 'it has regained control over three villages near Sudzha'))).toBeUndefined();

    index.delete('a');
    expect(index.mostSimilar(claim('x', 'Russia', VILLAGES))).toBeUndefined();
    index.add(claim('b', 'Russia', VILLAGES), 'replaced');
    expect(index.size).toBe(2);
    expect(index.mostSimilar(claim('x', 'Russia', VILLAGES))).toBe('replaced');
    expect(index.mostSimilar(claim('x', 'Russia', 'Ukrainian fighters are encircled'))).toBeUndefined();
  });

  it('scores exactly as the similarity measure does', () => {
    const words = ['troops', 'retook', 'captured', 'two', 'three', 'villages', 'near', 'Sudzha', 'Kursk', 'not', 'bridges', 'shelled'];
    const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 7 }).map((picked) => picked.join(' '));
    fc.assert(
      fc.property(text, text, (first, second) => {
        const a = claim('a', 'Russia', first);
        const b = claim('b', 'Russia', second);
        const index = new ClaimIndex<string>();
        index.add(a, 'a');
        const shareBand = a.bands.some((band) => b.bands.includes(band));
        const expected = shareBand && similarity(a, b) >= MATCH_THRESHOLD ? 'a' : undefined;
        expect(index.mostSimilar(b)).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });
});
