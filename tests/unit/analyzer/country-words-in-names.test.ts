// A country's other spelling that is also an English word ("Island" for Iceland) names no country
// inside a body's or a place's name.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('English words among a country\u2019s spellings', () => {
  it('gives "Sound Island Ferries" its own side, not Iceland', () => {
    const text = 'Sound Island Ferries said the fire started in the starboard engine shortly before ten.';
    expect(claim(text, 'starboard engine').asserter.side).toBe('Sound Island Ferries');
  });

  it('never makes a Rhode Island official speak for Iceland', () => {
    const text = 'Rhode Island Gov. Ellen Marchetti said the state would cover the cost of the repairs.';
    expect(claim(text, 'cover the cost').asserter.side).not.toBe('Iceland');
  });
});

describe('a state named like a capital', () => {
  it('gives "Washington Attorney General X" the state of Washington, not the United States', () => {
    const text = 'Washington Attorney General Nora Pike said the lender had misled borrowers about its fees.';
    expect(claim(text, 'misled borrowers').asserter.side).toBe('Washington');
  });
});
