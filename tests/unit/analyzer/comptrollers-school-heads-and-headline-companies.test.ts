// A comptroller who audits speaks as the office, under a party tag too, and so does the audit's report; a superintendent
// where a "School Corporation" or "Board of Education" is named heads the schools; "Company says" over an update speaks
// for the body the update opens with; "Board chair X" for X; "Supporter X, 34," for X.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

function sides(text: string): string[] {
  return analyze(text).claims.map((c) => c.asserter.side);
}

describe('a comptroller who audits', () => {
  it('speaks as the office, by surname with a party tag, and through the audit called "the report"', () => {
    const text =
      'ALBANY, N.Y. (AP) — The Hudson Valley Water District overbilled 9,000 customers over two years, according to an audit released ' +
      'Thursday by state Comptroller Marcus Delacroix-Hale.\n\n' +
      'The 48-page report said managers at the district ignored meter errors flagged by staff.\n\n' +
      '"Customers paid for water they never used," Delacroix-Hale, a Republican, said at a news conference.\n\n' +
      "Delacroix-Hale's office said the district had been warned twice.";
    expect(sides(text)).toEqual(['State Comptroller', 'State Comptroller', 'State Comptroller', 'State Comptroller']);
  });
});

describe('a superintendent where a school corporation is named', () => {
  it('speaks for the school corporation, never for the dateline town’s police', () => {
    const text =
      'FENWICK, Ind. — The Fenwick Area School Corporation will close two elementary schools next year, its board decided Tuesday.\n\n' +
      'Superintendent Lorna Blaisdell said enrollment had fallen by a fifth since 2015.';
    expect(sides(text)).toEqual(['Fenwick Area School Corporation']);
  });

  it('speaks for a board of education named', () => {
    const text =
      'GRANTHAM, Ohio — The Grantham City Board of Education approved a new bus contract on Monday.\n\n' +
      'Superintendent Ray Okonkwo said the contract would save about $300,000 a year.';
    expect(sides(text)).toEqual(['Grantham City Board of Education']);
  });
});

describe('"Company says" over an update', () => {
  it('speaks for the body the update opens with', () => {
    const text =
      'LIVE: Chemical smell near Dunmore rail yard\n\n' +
      '6:15 a.m. — Company says tank hatch was left open\n\n' +
      'Orchard Line Freight, which runs the yard, said in a statement that a tank car hatch had been left open overnight.';
    expect(sides(text)[0]).toBe('Orchard Line Freight');
  });
});

describe('a capitalised kind of body before a role and a name', () => {
  it('"Board chair X" speaks for X when the article names no body by that word', () => {
    const text =
      'The Pellham library trustees voted 5-2 on Thursday to extend the branch hours.\n\n' +
      'Board chair Miriam Oduya, who backed the change, said the longer hours would cost nothing extra.\n\n' +
      'Board member Tobias Renn, who voted no, said the trustees had not seen a budget.';
    expect(sides(text)).toEqual(['Miriam Oduya', 'Tobias Renn']);
  });
});

describe('a common noun opening the sentence before an aged name', () => {
  it('"Supporter X, 34," speaks for X', () => {
    const text = 'Supporter Dominic Farrow, 34, who drove from Leeds for the match, said the gates were shut without warning.';
    expect(sides(text)).toEqual(['Dominic Farrow']);
  });
});
