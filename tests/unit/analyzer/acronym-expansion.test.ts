import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Discourse } from '../../../lib/analyzer/discourse';

/** The expansion as one pattern over the whole text, optional capitalised word first: what expandAcronym must give. */
function expandedByOnePattern(text: string, acronym: string): string | null {
  const words = [...acronym].map((c) => `${c}[\\p{Ll}'\u2019-]+`).join(`\\s+(?:(?:of|the|and|for|on)\\s+)*`);
  return new RegExp(`(?:\\p{Lu}\\p{Ll}+\\s+)?${words}\\b`, 'u').exec(text)?.[0] ?? null;
}

const expand = (text: string, acronym: string): string | null => new Discourse(text, []).expandAcronym(acronym);

describe('expandAcronym', () => {
  it('finds the name in full with the capitalised word before it', () => {
    expect(expand('Flights were held, and the Federal Aviation Administration said on Monday. An FAA spokesman', 'FAA')).toBe(
      'Federal Aviation Administration',
    );
    expect(expand('Officials at The Federal Aviation Administration said.', 'FAA')).toBe('The Federal Aviation Administration');
    expect(expand('The Bureau of Consular Intelligence said. A BCI spokesman', 'BCI')).toBe('The Bureau of Consular Intelligence');
    expect(expand('No name in full here. A BCI spokesman', 'BCI')).toBeNull();
  });

  it('takes the optional word from the start of the words themselves when it opens a longer match', () => {
    expect(expand('said Aa Aa Aa.', 'AA')).toBe('Aa Aa Aa');
  });

  it('gives what one pattern over the whole text gives', () => {
    const chars = fc.constantFrom('A', 'B', 'a', 'b', 'o', 'f', ' ', ' ', '\n', "'", '-', '.', 'É', 'é', 'Ω', 'ω');
    const text = fc.array(chars, { maxLength: 60 }).map((cs) => cs.join(''));
    const acronym = fc.array(fc.constantFrom('A', 'B', 'É', 'Ω'), { minLength: 1, maxLength: 3 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, acronym, (t, a) => {
        expect(expand(t, a)).toBe(expandedByOnePattern(t, a));
      }),
      { numRuns: 3000 },
    );
  });
});
