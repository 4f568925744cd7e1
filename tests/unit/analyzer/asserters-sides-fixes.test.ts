// Claims kept apart by side, names cleaned of punctuation, short references resolved by kind.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

function claimsOf(text: string) {
  return analyze(text).claims;
}

function asserterOf(text: string, phrase: string) {
  return claimsOf(text).find((c) => c.text.includes(phrase))?.asserter;
}

describe('claims from different asserters stay apart', () => {
  it('gives the same words from two sides two claims, each occurrence matching its text exactly', () => {
    const text =
      'The army said on Friday that the convoy had reached the bridge at Varna. ' +
      '"The convoy had reached the bridge at Varna," said Prof. Ilse Brandt.';
    const claims = claimsOf(text).filter((c) => /convoy had reached/i.test(c.text));
    expect(claims).toHaveLength(2);
    expect(new Set(claims.map((c) => c.asserter.side)).size).toBe(2);
    expect(new Set(claims.map((c) => c.id)).size).toBe(2);
    for (const c of claims) for (const [s, e] of c.occurrences) expect(text.slice(s, e)).toBe(c.text);
  });

  it('does not merge claims of one side that only share their first words', () => {
    const text =
      'The rebels said on Monday that they would not accept any truce in the northern hills under these terms. ' +
      'The rebels said on Tuesday that they would not accept any truce in the southern port under these terms.';
    const claims = claimsOf(text).filter((c) => c.text.includes('would not accept any truce'));
    expect(claims.map((c) => c.text)).toEqual([
      'they would not accept any truce in the northern hills under these terms',
      'they would not accept any truce in the southern port under these terms',
    ]);
  });
});

describe('asserter names and sides', () => {
  it('trims a leading dash or bullet from an asserter name', () => {
    const text =
      'What we know:\n- The Northgate Water Board said the reservoir was safe.\n- Firefighters said the blaze was out by noon.';
    const who = asserterOf(text, 'blaze was out');
    expect(who).toEqual({ name: 'Firefighters', side: 'Firefighters' });
  });

  it('prefers the proper name given in an appositive', () => {
    const who = asserterOf("The district's accountants, Grant Holloway, said the books were incomplete.", 'books were incomplete');
    expect(who?.side).toBe('Grant Holloway');
  });

  it('does not take an unrelated organisation as the antecedent of "the charity"', () => {
    const text =
      'The International Energy Agency said oil demand would fall. ' +
      "Marta Quill, who leads the charity's food campaign, said families were skipping meals.";
    const who = asserterOf(text, 'skipping meals');
    expect(who?.side).toBe('Marta Quill');
  });

  it('resolves "the company" to the last company, not the last actor', () => {
    const text =
      'The vessel\u2019s operator, Aegean Blue Shipping, said the ferry had passed its inspection. ' +
      'The Greek Coast Guard said 12 passengers were missing. ' +
      'In a statement, the company said the crew had followed every procedure.';
    const who = asserterOf(text, 'crew had followed');
    expect(who?.side).toBe('Aegean Blue Shipping');
  });

  it('never leaves an unresolved pronoun with an empty side', () => {
    const who = asserterOf('He said the bridge would close for a month.', 'bridge would close');
    expect(who?.name).toBe('He');
    expect(who?.side).not.toBe('');
  });

  it('does not guess a country for an official of a region the country data does not know', () => {
    const text =
      'Russia\u2019s defence ministry said its air defences had downed 30 drones overnight. ' +
      'Anna Vedrina, the governor of the Kherlan region, said a fuel depot had been hit.';
    expect(asserterOf(text, 'fuel depot')?.side).toBe('Anna Vedrina');
  });

  it('does not read a sentence-opening subject word as the employer of a private person', () => {
    const text = 'The Energy Ministry said prices would rise. Energy analyst Tomas Reyes said the forecast was too low.';
    expect(asserterOf(text, 'forecast was too low')?.side).toBe('Tomas Reyes');
  });

  it('resolves "he" to the one person named just before', () => {
    const text = 'Officers detained Colin Marsh, 52, near the depot on Friday. He said he had been walking his dog.';
    expect(asserterOf(text, 'walking his dog')).toEqual({ name: 'Colin Marsh', side: 'Colin Marsh' });
  });

  it('keeps "she" when two people were named just before, still with a side', () => {
    const text = 'Nurses treated Lena Ortiz and Carla Duarte at the clinic. She said the wait had lasted nine hours.';
    const who = asserterOf(text, 'wait had lasted');
    expect(who?.name).toBe('She');
    expect(who?.side).toBe('She');
  });

  it('takes the subject of the statement before "It said", not the last office named', () => {
    const text =
      'Ghana\u2019s fisheries agency said it had counted 40 damaged boats.\n\n' +
      'Togo\u2019s interior ministry dismissed the Ghanaian account of the collision as "pure fiction from the first line." ' +
      'It said Togolese boats had stayed in port all week.';
    expect(asserterOf(text, 'stayed in port')?.name).toBe('Togo\u2019s interior ministry');
  });
});
