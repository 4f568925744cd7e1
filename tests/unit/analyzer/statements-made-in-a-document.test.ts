// A speaker's statement made in a document: "said in a report in June that P". The report is where the
// speaker said P; it is neither a rumour of its own nor a claim published "in June".
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

describe('"X said in a report that P"', () => {
  it('is one claim of X, with no second claim of the report', () => {
    const claims = analyze('Levee repairs\n\nThe county engineer said in a report in June that the levee had settled by six inches since the flood.').claims;
    expect(claims.map((c) => [c.asserter.name, c.text])).toEqual([['The county engineer', 'the levee had settled by six inches since the flood']]);
  });

  it('holds with a time phrase before "in"', () => {
    const claims = analyze('Levee repairs\n\nThe water authority wrote last week in a report in May that two pumps had been out of service all winter.').claims;
    expect(claims.map((c) => c.asserter.name)).toEqual(['The water authority']);
  });

  it('leaves a rumour a report carries when no one is said to have made it there', () => {
    const claims = analyze('Levee repairs\n\nThe county denied a report in the Valley Courier that the levee had been breached overnight.').claims;
    expect(claims.some((c) => c.text.includes('the levee had been breached overnight'))).toBe(true);
  });
});
