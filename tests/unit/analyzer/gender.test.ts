// First names' gender from the names corpus package, less words the lexicon knows and surnames in it.
import { describe, expect, it } from 'vitest';
import { genderOf, isFirstName } from '../../../lib/analyzer/gender';
import { claim } from './claim-holding';

describe('genderOf with the names corpus', () => {
  it('knows first names no hand-typed table holds', () => {
    expect(genderOf('Gwendolyn Pryce')).toBe('female');
    expect(genderOf('Desmond Achebe')).toBe('male');
  });

  it('takes no common word, title or place for a first name', () => {
    for (const name of ['Major Ellis', 'Mayor Grant Hale', 'Marshal Hope Tan', 'Will Ferrell', 'Georgia Power']) expect(genderOf(name)).toBeNull();
    for (const word of ['mayor', 'sergeant', 'marshal', 'major', 'judge']) expect(isFirstName(word)).toBe(false);
  });

  it("reads a corpus name only before a capitalised word ('The Murdoch outlets' is no man)", () => {
    expect(genderOf('The Murdoch outlets')).toBeNull();
  });

  it("takes a city that is a corpus name for no man before a body's word ('Denver Police')", () => {
    for (const name of ['Denver Police Department', 'Cleveland City Council', 'Tyrone County Sheriff']) expect(genderOf(name)).toBeNull();
    expect(genderOf('Tyrone Pellham')).toBe('male');
  });
});

describe('"she said" after a man and a woman the corpus alone names', () => {
  const text =
    'Library Hours To Be Cut\n\n' +
    'Gwendolyn Pryce chairs the Harwick library board. Desmond Achebe, the town treasurer, met the board on Monday.\n\n' +
    '"The branch on Mill Road will close on Sundays from next month," she said.';
  it('is the woman', () => {
    expect(claim(text, 'branch on Mill Road will close').asserter.name).toContain('Pryce');
  });
});
