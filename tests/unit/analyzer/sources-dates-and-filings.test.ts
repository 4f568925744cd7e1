import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';
import { isCalendarName } from '../../../lib/analyzer/phrases';
import { personName, properName } from '../../../lib/analyzer/sides/names';
import { partySide } from '../../../lib/analyzer/side-names';

describe('who an anonymous source speaks for', () => {
  const lede = 'DENVER — Governor Ellen Maddox, a Democrat, signed the budget on Monday. State Republicans said the plan would raise taxes. ';

  it('a source close to a person or a body speaks for them', () => {
    expect(claim(`${lede}Sources close to the governor said she would veto any repeal.`, 'veto any repeal').asserter.side).toBe('Democratic Party');
    expect(claim(`${lede}A person close to the Maddox campaign said the campaign had raised $4 million.`, 'raised $4 million').asserter.side).toBe('Democratic Party');
    expect(claim(`${lede}People familiar with the Maddox campaign's finances said it had spent half of its money.`, 'spent half').asserter.side).toBe('Democratic Party');
  });

  it('a description that names no one is the side, without its article or count', () => {
    expect(claim(`${lede}People familiar with the matter said the vote would be delayed.`, 'vote would be delayed').asserter.side).toBe('people familiar with the matter');
  });

  it('a source close to a body the article has not named keeps the generic side', () => {
    expect(claim("A source close to the council's leadership said the request would be looked at.", 'request would be').asserter.side).not.toBe('council');
  });
});

describe('what is never a side', () => {
  it('a day or a month names a date, never a person', () => {
    expect(isCalendarName('Election Day')).toBe(true);
    expect(isCalendarName('Christmas Eve')).toBe(true);
    expect(isCalendarName('Aug. 7')).toBe(true);
    expect(isCalendarName('Dana Holloway')).toBe(false);
  });

  it('"His spokeswoman" after a line naming a day and a county speaks for him', () => {
    const text =
      'Secretary of State Craig Whitcomb, a Republican, defended the removals on Tuesday. ' +
      'Voters will be turned away on Election Day in Jackson County, the groups said. ' +
      'His spokeswoman, Jolene Parrish, said every voter had been mailed two notices.';
    expect(claim(text, 'mailed two notices').asserter.side).toBe('Republican Party');
  });

  it('the outlet that interviewed a group is not its side', () => {
    const c = claim('Several residents interviewed by Reuters said they had smelled a chemical odour.', 'chemical odour');
    expect(c.asserter.side).toBe('residents');
  });
});

describe('names of officials and bodies', () => {
  it('"Secretary of State X (R)": the portfolio is no part of the name, the bare letter is the party', () => {
    expect(personName('Secretary of State Craig Whitcomb')).toBe('Craig Whitcomb');
    expect(partySide('Secretary of State Craig Whitcomb (R)')).toBe('Republican Party');
    expect(partySide('Sen. Ann Ruiz (D-Ohio)')).toBe('Democratic Party');
  });

  it('a body named by its remit keeps "on" in its name', () => {
    expect(properName('The Texas Commission on Environmental Quality')).toBe('Texas Commission on Environmental Quality');
  });

  it('"According to the complaint": whoever the article says filed the lawsuit', () => {
    const text =
      'The lawsuit, filed in federal court in Portland by the Cascade Ballot Project, seeks to restore the voters. ' +
      'According to the complaint, at least 4,000 voters were dropped without any notice.';
    expect(claim(text, '4,000 voters').asserter.side).toBe('Cascade Ballot Project');
  });
});
