// An unnamed source who knows a body's work ("the police investigation") speaks for the body; a rival introduced
// with a capitalised title after the party ("Republican challenger, state Senator X") is given that party.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

function sidesOf(text: string, speaker: string): string[] {
  return analyze(text).claims.filter((c) => c.asserter.name === speaker).map((c) => c.asserter.side);
}

describe('a source familiar with a body\'s work', () => {
  it('gives "a person familiar with the police investigation" the town\'s police', () => {
    const text =
      'ORRIN LAKE — Two paintings were taken from the Harwell Gallery overnight, and Orrin Lake Police said Friday they had no suspect. ' +
      'A person familiar with the police investigation said officers had found a ladder behind the gallery.';
    expect(sidesOf(text, 'A person familiar with the police investigation')).toEqual(['Orrin Lake Police']);
  });
});

describe('a rival introduced with a capitalised title', () => {
  it('gives "Pellham\'s campaign" the party of "his Republican challenger, state Senator Dora Pellham"', () => {
    const text =
      'Mayor Hugo Strand, a Democrat, leads his Republican challenger, state Senator Dora Pellham, by six points in a new poll. ' +
      'Pellham\'s campaign said in a statement that the mayor "has run out of ideas."';
    expect(sidesOf(text, "Pellham's campaign")).toEqual(['Republican Party']);
  });
});
