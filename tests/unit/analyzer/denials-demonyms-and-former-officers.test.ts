// Denials worded without a denial verb, demonyms the country data spells otherwise, a
// described speaker before a relative clause, and a former officer's side. Invented events.
import { describe, expect, it } from 'vitest';
import { namedSide } from '../../../lib/analyzer/side-names';
import { claim } from './claim-holding';

describe('denials without a denial verb', () => {
  it('reads "shot down" as a denial when what is shot down is an account, with the object before or after "down"', () => {
    const after = 'The Fenwick Herald reported that the mill would close in May.\n\nThe owners shot down the report on Tuesday.';
    const between = 'The Fenwick Herald reported that the mill would close in May.\n\nThe owners shot the story down on Tuesday.';
    expect(claim(after, 'mill would close').status).toBe('disputed');
    expect(claim(between, 'mill would close').status).toBe('disputed');
  });

  it('does not read "shot down" of a thing as an answer', () => {
    const text = 'The rebels said they had captured the airport.\n\nThe army said it shot down three drones over the city on Tuesday.';
    expect(claim(text, 'captured the airport').status).toBe('uncontested');
  });

  it('reads "speculation" as a denial only as what a speaker names the claim', () => {
    const named = 'The Daily Courier reported that Corvin Motors would cut 400 jobs.\n\nCorvin Motors described the report as speculation.';
    const fuelled = 'The Daily Courier reported that Corvin Motors would cut 400 jobs.\n\nCorvin Motors said its new model had fuelled speculation about its plans.';
    expect(claim(named, 'cut 400 jobs').status).toBe('disputed');
    expect(claim(fuelled, 'cut 400 jobs').status).toBe('uncontested');
  });
});

describe('sides and speakers', () => {
  it('maps demonyms the country data spells otherwise to the country', () => {
    expect(namedSide('Slovenian')).toBe('Slovenia');
    expect(namedSide('Slovakian')).toBe('Slovakia');
    expect(namedSide('Icelandic')).toBe('Iceland');
    // The form the data gives still maps.
    expect(namedSide('Slovene')).toBe('Slovenia');
  });

  it('gives a speaker the country of the demonym in their own title, not a country their words name', () => {
    const text = 'LJUBLJANA - Slovenian Interior Minister Jana Kos said Croatia had refused to take back 300 migrants.\n\nThe Slovenian police said officers had detained 42 people.';
    expect(claim(text, 'refused to take back').asserter.side).toBe('Slovenia');
    expect(claim(text, 'detained 42 people').asserter.side).toBe('Slovenia');
  });

  it('keeps the whole described phrase before a relative clause as the speaker', () => {
    const text =
      'Senator Maria Delaney will spend heavily on television, according to people familiar with the plans.\n\n' +
      'A Democratic strategist close to the senator, who spoke on condition of anonymity, said the campaign had reserved $12 million of airtime.';
    const c = claim(text, 'reserved $12 million');
    expect(c.asserter.name.startsWith('A Democratic strategist close to the senator')).toBe(true);
    expect(c.asserter.side).toBe('Democratic Party');
  });

  it('lets a former officer of a company speak for themselves, so the company can dispute them', () => {
    const text =
      'Harbour City said its new stand would open in August.\n\n' +
      'Former chairman Keith Aldous claimed that the club had borrowed heavily to fund the stand. The club branded his claims fiction.';
    const c = claim(text, 'borrowed heavily');
    expect(c.asserter.side).toBe('Keith Aldous');
    expect(c.status).toBe('disputed');
  });
});
