// Claims s24 round 3: "X said P and that Q" is read as two attributions (a response may answer one half), and reported
// as one claim "P and that Q" when the halves have the same asserter and no response tells them apart. Only the
// "and that" shape: "but that Q", ", adding that Q" and "and <second cue> Q" keep two claims.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

function told(text: string): Array<[string, string]> {
  return analyze(text).claims.map((c) => [c.text, c.status]);
}

const DREDGING = 'The harbour authority said the channel would be dredged in April and that two berths would stay shut until then.';

describe('"said P and that Q"', () => {
  it('reports both halves as one claim, with one occurrence over the whole span', () => {
    const [claim] = analyze(DREDGING).claims;
    expect(claim?.text).toBe('the channel would be dredged in April and that two berths would stay shut until then');
    expect(claim?.occurrences).toEqual([[DREDGING.indexOf('the channel'), DREDGING.indexOf(' until then.') + ' until then'.length]]);
    expect(analyze(DREDGING).claims).toHaveLength(1);
  });

  it('reports both halves as one claim across a comma', () => {
    expect(told('A spokeswoman for the ferry line, Odile Marchetti, said fares would rise by 4 percent in June, and that season tickets were exempt.')).toEqual([
      ['fares would rise by 4 percent in June, and that season tickets were exempt', 'uncontested'],
    ]);
  });

  it('keeps two claims when a response answers one half only', () => {
    const claims = told(`${DREDGING} The dockers' union disputed that two berths would stay shut, saying only one was affected.`);
    expect(claims.slice(0, 2)).toEqual([
      ['the channel would be dredged in April', 'uncontested'],
      ['two berths would stay shut until then', 'disputed'],
    ]);
  });

  it('keeps two claims on "but that", ", adding that" and a second cue', () => {
    expect(told('The harbour master said the crane had been inspected in May but that its brakes were never tested.')).toHaveLength(2);
    expect(told('The harbour master said the crane had been inspected in May, adding that its brakes were tested weekly.')).toHaveLength(2);
    expect(told('The harbour master said the crane had been inspected in May and added that its brakes were tested weekly.')).toHaveLength(2);
  });
});
