// Anonymous sources speak as their description when it names no one; "her campaign" as the campaign met before.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

function sideOf(text: string, speaker: string): string | undefined {
  return analyze(text).claims.find((c) => c.asserter.name === speaker)?.asserter.side;
}

describe('sources described by what they know', () => {
  const text =
    'The Brenhall trust overspent by $4 million, according to four people briefed on the inquiry. ' +
    'One of the sources said the shortfall was hidden. The people said the board knew in March.';

  it('gives the group its description without its count', () => {
    expect(sideOf(text, 'four people briefed on the inquiry')).toBe('people briefed on the inquiry');
  });

  it('gives a later "One of the sources" or "The people" the side of the group it points back to', () => {
    expect(sideOf(text, 'One of the sources')).toBe('people briefed on the inquiry');
    expect(sideOf(text, 'The people')).toBe('people briefed on the inquiry');
  });

  it('leaves out a count such as "multiple"', () => {
    const told = 'The Arlow ferry line will close in June, according to multiple sources with knowledge of the plan.';
    expect(sideOf(told, 'multiple sources with knowledge of the plan')).toBe('sources with knowledge of the plan');
  });
});

describe('a campaign met before', () => {
  const text =
    'Councillor Mira Oduya, a Labour member, faces a primary in May. The Oduya campaign said the poll was wrong. ' +
    'Campaign ethics experts said the donations were legal. ' +
    'She raised $2 million last quarter, according to her campaign. ' +
    'A person close to the campaign said the ads would start in June.';

  it('gives "her campaign" and a source close to the campaign the candidate\'s side, not a group named with the word', () => {
    expect(sideOf(text, 'her campaign')).toBe('Labour Party');
    expect(sideOf(text, 'A person close to the campaign')).toBe('Labour Party');
  });

  it('gives "her campaign" the candidate whose campaign the text named, when no campaign spoke', () => {
    const told =
      'Councillor Mira Oduya, a Labour member, faces a primary in May. Donors to the Oduya campaign met on Friday. ' +
      'Campaign ethics experts said the donations were legal. ' +
      'She raised $2 million last quarter, according to her campaign.';
    expect(sideOf(told, 'her campaign')).toBe('Labour Party');
  });

  it('gives "The campaign of" a named candidate that candidate\'s side, not the campaign that spoke last', () => {
    const told =
      'Businesswoman Petra Lund, a Republican, leads the Senate race. Lund\'s campaign said the poll was fair. ' +
      'Democrats are enjoying the fight. The campaign of Sen. Dora Pellworth-Amadi, who faces no primary, said in an email that both Republicans backed the tax.';
    expect(analyze(told).claims.find((c) => c.asserter.name.startsWith('The campaign of'))?.asserter.side).toBe('Democratic Party');
  });
});
