// Whom "her"/"she" points to when a speaker's side comes from it: the candidate named by surname
// after a title, a candidate the article calls "Mr." never taken for "her", a person named in
// apposition to a role, and never a dateline's place.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

const sideOf = (text: string, key: string): string => claim(text, key).asserter.side;

describe('whom "her campaign manager" speaks for', () => {
  it('takes a candidate named by surname after a titled first mention, not a nearer staffer of the rival', () => {
    const text =
      'A donor close to state Rep. Philippa Dunmore filed a complaint against council member Anselm Trevick on Monday. ' +
      'Trevick spokeswoman Marisela Orbach said the complaint was baseless. ' +
      'Dunmore, who has served three terms, did not comment. Her campaign manager, Jory Kessling, said the campaign had never seen the complaint before it was filed.';
    expect(sideOf(text, 'never seen the complaint')).toBe('Philippa Dunmore');
  });

  it('never gives "her" a candidate the article calls "Mr."', () => {
    const text =
      'Mr. Vantreight spent the debate on the port contract. Odalys Quenneville answered that Hollis Vantreight had voted for it twice. ' +
      'The Quenneville campaign said the attack was a distraction from Vantreight\u2019s record. Her spokesman, Tobiah Ruelle, said the contract had been cancelled in May.';
    expect(sideOf(text, 'cancelled in May')).toBe('Odalys Quenneville');
  });
});

describe('whom "she said" means', () => {
  it('takes the person named in apposition to a role the tables do not hold, and that person\u2019s body', () => {
    const text =
      'KESTON VALE \u2014 The county bridge on Mill Road reopened on Friday, the county highway department said.\n\n' +
      '"The deck is sound," the department\u2019s dock master, Ysolde Farrant, told reporters at the bridge. ' +
      'She said engineers had tested every bearing on Thursday.';
    expect(sideOf(text, 'tested every bearing')).toBe('county highway department');
  });

  it('never takes the all-capitals place of a dateline for the one a later "she" means', () => {
    const text = 'KESTON VALE \u2014 The county bridge on Mill Road reopened on Friday.\n\nShe said engineers had tested every bearing.';
    expect(sideOf(text, 'tested every bearing')).not.toMatch(/keston/i);
  });
});
