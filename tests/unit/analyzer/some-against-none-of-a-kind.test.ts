// Some of a thing against none of it, counted by two sides: "two of its members" counts members
// like "two members"; employees, workers, members and crews count one kind of people. Invented
// events, written for these tests.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('some against none of one kind of people, by another side', () => {
  it('disputes "none of its staff had been in the kiln shed" with "two of its members had been in the shed"', () => {
    const t =
      'The pottery owner, Harrow Ceramics, said in a statement that none of its staff had been in the kiln shed at the time of the fire.\n\n' +
      'Ada Pruitt, secretary of the Clayworkers Guild, said two of its members had been "in the shed, by the east door, loading pots" when the fire broke out and had escaped through a window.';
    expect(claim(t, 'none of its staff had been in the kiln shed').status).toBe('disputed');
  });

  it('leaves none of one kind against some of another ("no employees" / "two of its trucks")', () => {
    const t =
      'The haulier, Brisk Freight, said no employees were at the depot when the fire started on Monday. ' +
      'The fire service said two of its trucks were at the depot when the fire started.';
    expect(claim(t, 'no employees were at the depot').status).toBe('uncontested');
  });
});
