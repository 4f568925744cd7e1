// Subjects remembered whole and charges that name no one: a sentence opened by a thing ("Runway at
// Ashcombe airport has been closed") remembers the place named after it, not the thing, for a later
// "The airport says"; a verb the tagger read as a noun ("The House journal's tally names Ms. Pruitt")
// makes no subject that lends the body to the person named after it; a charge two sides trade
// ("each camp accusing the other of P") and a post "saying as much" state no claim of their own.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

const claimOf = (text: string, words: string) => analyze(text).claims.find((c) => c.text.includes(words));

describe('a sentence opened by a thing remembers the place named after it', () => {
  const blog = (thing: string) =>
    `Ashcombe airport crack: flights delayed – live\n\nKey events\n- ${thing} at Ashcombe airport closed since noon after reported crack\n- About 12 flights delayed\n\n` +
    `The airport says about 12 flights have been delayed.\n\n${thing} at Ashcombe airport has been closed since noon after pilots reported a crack in the surface.\n`;

  it('"Runway at Ashcombe airport ... The airport says P": the airport', () => {
    expect(claimOf(blog('Runway'), '12 flights have been delayed')?.asserter.name).toBe('Ashcombe airport');
  });

  it('"Terminal at Ashcombe airport": the airport too', () => {
    expect(claimOf(blog('Terminal'), '12 flights have been delayed')?.asserter.name).toBe('Ashcombe airport');
  });

  it('"Staff at Ashcombe airport reported a crack": people who may speak are remembered whole', () => {
    const text = 'Staff at Ashcombe airport reported a crack in the runway on Monday.\n\nThey said the crack was nearly a metre long.';
    expect(claimOf(text, 'nearly a metre long')?.asserter.name).not.toBe('Ashcombe airport');
  });
});

describe('a verb read as a noun before a courtesy title makes no subject', () => {
  it('"The House journal\'s tally names Ms. Pruitt among ...": Ms. Pruitt keeps her own side', () => {
    const text =
      'Representative Dana Pruitt and former Mayor Lou Becker met on Friday.\n\n' +
      '"Lou Becker has been saying this for weeks," Ms. Ortiz said. The House journal\'s tally names Ms. Pruitt among the members who opposed the measure.\n\n' +
      '"He spent the money twice," Ms. Pruitt said.';
    expect(claimOf(text, 'spent the money twice')?.asserter.side).toBe('Pruitt');
  });
});

describe('charges that state nothing of their own', () => {
  it('"with each camp accusing the other of P": no claim', () => {
    const text = 'The two mayoral campaigns traded blows on Friday, with each camp accusing the other of inflating the turnout figures.';
    expect(analyze(text).claims).toEqual([]);
  });

  it('"accused the other candidate of P" still charges someone named', () => {
    const text = 'The mayor, in a statement on Friday, accused the other candidate of inflating the turnout figures.';
    expect(claimOf(text, 'inflating the turnout figures')).toBeDefined();
  });

  it('"a message saying as much was viewed": the pro-form is no claim; the fans\' is kept', () => {
    const text = 'Several fans said stewards had locked the north gate early, and a message on the club forum saying as much was viewed thousands of times.';
    expect(analyze(text).claims.map((c) => c.text)).toEqual(['stewards had locked the north gate early']);
  });
});
