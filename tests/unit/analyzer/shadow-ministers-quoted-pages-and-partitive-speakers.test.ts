// Sides that came out malformed: an opposition office taken for the state, a page's quoted name cut
// inside its quotes, "One said" after a counted group, a street taken for "she", a body's name that
// lists its remit cut at a comma, and a lower-case affiliation before a role.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

const sideOf = (text: string, key: string): string => claim(text, key).asserter.side;
const asserterOf = (text: string, key: string): string => claim(text, key).asserter.name;

describe('an opposition spokesperson', () => {
  it('speaks for themselves when no party is named, never for the state whose department holds the portfolio', () => {
    const text =
      'LEEDS \u2014 Trains out of Wexley station were cancelled for a second day, the Department for Education said in an update on schools.\n\n' +
      'The shadow education secretary, Corwen Aldous, has responded. In a post on X, he said the closures had left pupils without transport for a week.';
    expect(sideOf(text, 'without transport for a week')).toBe('Corwen Aldous');
  });
});

describe('a page or group by its quoted name', () => {
  it('is the side of a post in it and of the page itself, with no stray quote mark', () => {
    const text =
      'A post in the \u201cBrackley Marsh Residents\u201d Facebook group claimed that the sluice gate had jammed open.\n\n' +
      'Later the "Upper Tarn Watch" Facebook page told followers that the footbridge had washed away.\n\n' +
      'The council said both structures were intact.';
    expect(sideOf(text, 'sluice gate had jammed open')).toBe('Brackley Marsh Residents');
    expect(sideOf(text, 'footbridge had washed away')).toBe('Upper Tarn Watch');
  });
});

describe('"One said" after a counted group', () => {
  it('takes the group for its side', () => {
    const text =
      'Councillor Ottoline Brisk, a Liberal Democrat, denied that the depot had been told to skip inspections.\n\n' +
      'But three former depot mechanics, who asked not to be named, disputed that. One said he had signed off buses without checking their brakes.';
    expect(sideOf(text, 'without checking their brakes')).toBe('former depot mechanics');
  });
});

describe('a street', () => {
  it('is never whom "she said" means', () => {
    const text =
      'PELLINGHAM \u2014 Water pipes burst along Tolland Road overnight, leaving dozens of homes without supply.\n\n' +
      'She said the water had been off since 3 a.m.';
    expect(asserterOf(text, 'off since 3 a.m.')).not.toBe('Tolland Road');
    expect(sideOf(text, 'off since 3 a.m.')).not.toBe('Tolland Road');
  });
});

describe('a body named by a list', () => {
  it('keeps the words before the comma of a name that lists its remit', () => {
    const text = 'Schools closed early on Tuesday.\n\nThe Forestry, Fisheries and Wildlife Agency said it had closed three reservoirs to boats.';
    expect(sideOf(text, 'closed three reservoirs')).toBe('Forestry, Fisheries and Wildlife Agency');
  });

  it('gives a lower-case affiliation before a role the body named with those words', () => {
    const text =
      'Two climbers were lifted off the glacier on Sunday, according to Harrowgate Valley Mountain Rescue.\n\n' +
      'Mountain rescue leader Brannoc Tully said both climbers had been wearing crampons.';
    expect(sideOf(text, 'wearing crampons')).toBe('Harrowgate Valley Mountain Rescue');
  });
});
