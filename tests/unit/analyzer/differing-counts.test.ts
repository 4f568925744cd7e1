// Counts of one thing by two sides: a later side's different count disputes the earlier one; a
// floor the other count meets ("at least 30"), a count told earlier in time ("Hours earlier"), or
// a count of another act of the same thing does not. Invented events, written for these tests.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('a different count of the same thing by another side', () => {
  it('disputes the earlier count ("48 flights were cancelled" / "61 flights were cancelled")', () => {
    const t =
      'Dunmore Airport said 48 flights were cancelled on Friday because of the fuel shortage. ' +
      'Northline Airways said 61 flights were cancelled at Dunmore on Friday.';
    expect(claim(t, '48 flights were cancelled').status).toBe('disputed');
  });

  it('disputes a part counted another way ("at least 90 of the recalled heaters" / "35 of the faulty heaters")', () => {
    const t =
      'A consumer group, Safe Homes Alliance, said at least 90 of the recalled heaters had already been sold in Ohio. ' +
      'The manufacturer, Corvan Appliances, said 35 of the faulty heaters had been sold in Ohio before the recall.';
    expect(claim(t, 'at least 90 of the recalled heaters').status).toBe('disputed');
  });

  it('leaves a floor the later count meets ("at least 30 workers" / "41 workers")', () => {
    const t =
      'The union said at least 30 workers had walked off the line at the Pelham plant. ' +
      'The company said 41 workers had walked off the line.';
    expect(claim(t, 'at least 30 workers').status).toBe('uncontested');
  });

  it('leaves a count told as said before the one above it', () => {
    const t =
      'Fire Chief Nora Blake said four people had been confirmed dead in the warehouse fire. ' +
      'Hours earlier, a council member, Paul Dray, had told reporters that seven people were dead in the fire.';
    expect(claim(t, 'four people had been confirmed dead').status).toBe('uncontested');
  });

  it('leaves a count of another act of the same thing ("taken to hospital" / "were underground")', () => {
    const t =
      'The mine operator said nine miners were underground when the fire started. ' +
      'The governor said three miners had been taken to a hospital in Welby.';
    expect(claim(t, 'nine miners were underground').status).toBe('uncontested');
  });
});
