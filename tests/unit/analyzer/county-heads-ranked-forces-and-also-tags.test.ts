// Titled officials: one heading a county (or a county agency) speaks for the county, an officer with an office of
// their own does not; a business owner never speaks for the police force that spoke last; "X, also a Republican"
// gives X a party as "X, a Republican" does.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

function sidesOf(text: string, speaker: string): string[] {
  return analyze(text).claims.filter((c) => c.asserter.name === speaker).map((c) => c.asserter.side);
}

describe('a county named before an executive title', () => {
  const text =
    'BRAINERD, Minn. (AP) — A levee gave way north of the city on Monday, the National Weather Service said. ' +
    'Crow Wing County Manager Tessa Lindgren said about 60 homes had been evacuated before dawn. ' +
    'Pine Ridge County Public Works Director Arlo Beckstrom said two county roads would stay closed until Friday. ' +
    'Crow Wing County Attorney Gavin Roth said no charges were being considered against the levee district.';

  it('gives "X County Manager Y" the county', () => {
    expect(sidesOf(text, 'Crow Wing County Manager Tessa Lindgren')).toEqual(['Crow Wing County']);
  });

  it('gives the director of a county agency the county, not the agency that spoke last', () => {
    expect(sidesOf(text, 'Pine Ridge County Public Works Director Arlo Beckstrom')).toEqual(['Pine Ridge County']);
  });

  it('leaves an officer with an office of their own ("County Attorney") out of the county', () => {
    expect(sidesOf(text, 'Crow Wing County Attorney Gavin Roth')).not.toEqual(['Crow Wing County']);
  });
});

describe('a business owner after a police force spoke', () => {
  it('gives "Bakery owner X" themselves, not the police', () => {
    const text =
      'Two men were arrested after a break-in on Elm Street, the Dunmore Police said on Saturday. ' +
      'Bakery owner Celia Marchetti said the men had taken about $900 from her till.';
    expect(sidesOf(text, 'Bakery owner Celia Marchetti')).toEqual(['Celia Marchetti']);
  });
});

describe('a party given with "also"', () => {
  it('gives "X, also a Republican" the party, not the governor\'s', () => {
    const text =
      'OLYMPIA, Wash. (AP) — Gov. Miriam Castellanos, a Democrat, asked lawmakers on Monday for $200 million in wildfire aid. ' +
      'House Minority Leader Grant Whitcombe, also a Republican, said the chamber would hold a vote on the package next week.';
    expect(sidesOf(text, 'House Minority Leader Grant Whitcombe')).toEqual(['Republican Party']);
  });
});
