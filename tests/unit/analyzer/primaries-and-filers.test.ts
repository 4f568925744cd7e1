import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

const PRIMARY = `CONCORD, N.H. (AP) — A voter asked the commission on Tuesday to remove Republican Dale Harlow from the September primary ballot.

Harlow's campaign called the challenge "a stunt." In a statement, campaign spokeswoman Nina Cole said Harlow had owned a farm in Weare since 2010.

The state Republican Party has not endorsed in the race. Its chairman, Ed Rusk, said the party would stay out of the fight.`;

describe('a party that all the rivals share is no side', () => {
  it('in a primary, a candidate\'s campaign speaks for the candidate, not for the party they share', () => {
    const c = claim(PRIMARY, 'had owned a farm in Weare');
    expect(c.asserter.side).not.toBe('Republican Party');
  });

  it('outside a primary, the party given to a candidate is still their side', () => {
    const c = claim(PRIMARY.replace('primary ', ''), 'had owned a farm in Weare');
    expect(c.asserter.side).toBe('Republican Party');
  });

  it('an article naming a second party crosses party lines, so the party still tells the sides apart', () => {
    const c = claim(`${PRIMARY} Democrats said the seat was theirs to win.`, 'had owned a farm in Weare');
    expect(c.asserter.side).toBe('Republican Party');
  });
});

describe('who filed a document', () => {
  it('"filed by Derry resident X": the resident, not the town before the description', () => {
    const c = claim(
      'CONCORD, N.H. (AP) — A voter asked the commission on Tuesday to remove Wrenfield.\n\nThe complaint, filed by Derry resident Gary Mulcahey, says Wrenfield claimed a homestead tax exemption on a house in Greenwich.',
      'claimed a homestead tax exemption',
    );
    expect(c.asserter.side).toBe('Gary Mulcahey');
  });
});
