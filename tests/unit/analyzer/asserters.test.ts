// Who asserted it: full noun phrases, titles, pronouns and short references traced back.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { claim } from './claim-holding';

describe('asserters', () => {
  it('keeps titles, initials and abbreviations in the name and the sentence whole', () => {
    const text = 'Kremlin spokesperson Dmitri S. Peskov said the talks with the U.S. would continue in May.';
    const c = claim(text, 'talks with the U.S. would continue');
    expect(c.asserter.name).toBe('Kremlin spokesperson Dmitri S. Peskov');
    expect(c.sentence).toBe(text);
  });

  it('keeps an anonymous source with its description', () => {
    const c = claim('A ministry official, who spoke on condition of anonymity, said the convoy had turned back.', 'convoy had turned back');
    expect(c.asserter.name).toBe('A ministry official, who spoke on condition of anonymity');
  });

  it('resolves "It said" to the organisation named before', () => {
    const text = 'Brennor Airways said the flight landed safely. It said no passengers had been hurt.';
    const c = claim(text, 'no passengers had been hurt');
    expect(c.asserter.name).toBe('Brennor Airways');
    expect(c.asserter.side).toBe('Brennor Airways');
  });

  it('resolves "he added" to the person named before', () => {
    const text = 'Police Chief Arno Vell said the road would reopen on Monday. He added that two lanes would stay closed for repairs.';
    expect(claim(text, 'two lanes would stay closed').asserter.name).toContain('Arno Vell');
  });

  it('resolves a short reference such as "the agency" to the named agency', () => {
    const text =
      'The Nordic Food Safety Agency said it had tested 300 samples. Shops sold fewer eggs that week. ' +
      'The agency said none of the samples contained the banned dye.';
    const c = claim(text, 'none of the samples contained');
    expect(c.asserter.name).toContain('Nordic Food Safety Agency');
  });

  it('resolves a surname to the person introduced earlier', () => {
    const text =
      'Foreign ministry spokeswoman Ilse Varga said the ambassador had been recalled. ' +
      'Varga said the embassy would stay open.';
    expect(claim(text, 'embassy would stay open').asserter.name).toContain('Ilse Varga');
  });

  it('reads "X, Y, warned last year that P" forward, not as an inverted cue', () => {
    const text = 'The city auditors, Brandt & Kole, warned last year that the water accounts were incomplete.';
    const c = claim(text, 'water accounts were incomplete');
    expect(c.asserter.name).toContain('The city auditors');
  });

  it('does not split a sentence after the U.S. when a name or lower-case word follows', () => {
    const text = 'Exports to the U.S. fell by a third, the Halden trade ministry said.';
    expect(claim(text, 'Exports to the U.S. fell by a third').asserter.name).toBe('the Halden trade ministry');
  });

  it('splits a sentence the tagger ran on after the U.S.', () => {
    const text = 'Most of the cargo is bound for the U.S. It said the port handles 40 ships a week.';
    const { claims } = analyze(`Korsund Shipping moved its fleet. ${text}`);
    expect(claims.map((c) => c.text)).toContain('the port handles 40 ships a week');
  });

  it('reads a short reference whose noun is also an object property name ("the constructor") like any other', () => {
    const text = 'Skyvale Airways said the plane was safe. The constructor said the bridge was safe.';
    const c = claim(text, 'the bridge was safe');
    expect(c.asserter.name).toBe('The constructor');
    expect(c.asserter.side).toBe('constructor');
  });
});

describe('people named by where they are', () => {
  it.each([
    ['Tenants on Harbour Road told reporters that the heating had failed for a week.', 'heating had failed', 'Tenants on Harbour Road', 'Tenants'],
    ['Traders in Market Square said the stalls had been moved without notice.', 'stalls had been moved', 'Traders in Market Square', 'Traders'],
    ['Commuters from Brackley said the new timetable added an hour to their day.', 'new timetable added', 'Commuters from Brackley', 'Commuters'],
  ])('keeps the group named by a place, speaking for itself: %s', (text, words, name, side) => {
    const c = claim(text, words);
    expect(c.asserter.name).toBe(name);
    expect(c.asserter.side).toBe(side);
  });

  it('keeps a capital as the side of officials in it', () => {
    const c = claim('Officials in Kyiv said the bridge had been repaired overnight.', 'bridge had been repaired');
    expect(c.asserter.name).toBe('Officials in Kyiv');
    expect(c.asserter.side).toBe('Ukraine');
  });

  it('does not take a day after "on" as part of the name', () => {
    const c = claim('Officials on Monday said the bridge had been repaired.', 'bridge had been repaired');
    expect(c.asserter.name).toBe('Officials');
  });
});

describe('a participle opening the sentence', () => {
  it('is not the asserter of a coordinated cue: the clause subject is', () => {
    const c = claim(
      'Facing criticism from the opposition, Finance Minister Lena Holt published her figures but insisted that the budget was fair.',
      'the budget was fair',
    );
    expect(c.asserter.name).toBe('Finance Minister Lena Holt');
  });

  it('leaves "According to X," naming the source', () => {
    const text =
      'According to Halden Survey, a Norwegian mapping company, pictures taken at noon showed smoke over the river. ' +
      'The company said the bridge was closed.';
    const c = claim(text, 'bridge was closed');
    expect(c.asserter.name).toContain('Halden Survey');
    expect(c.asserter.side).toBe('Halden Survey');
  });
});
