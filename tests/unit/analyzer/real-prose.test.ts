// Attribution patterns of real political prose, with our own example sentences.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('real prose', () => {
  it('keeps a dotted party-and-state tag inside the sentence and the name', () => {
    const text =
      'The hearing ran late.\n\nSen. Mark Hollins, R-S.C., a long-shot presidential candidate, said the ministry is overstating its gains against the militants.';
    const c = claim(text, 'overstating its gains');
    expect(c.asserter.name).toContain('Hollins');
    expect(c.sentence).toContain('Sen. Mark Hollins');
  });

  it('reads a tag in an inverted attribution as part of the speaker', () => {
    const text = 'The vote was close.\n\n"We are not winning this fight," said Rep. Dana Ortiz, D-N.M., after the vote.';
    expect(claim(text, 'not winning this fight').asserter.name).toContain('Ortiz');
  });

  it('passes over a person of the other gender when tracing "he" or "she"', () => {
    const text =
      'The count went on into the night across the state, and election officials in three counties asked for more staff. Turnout was the highest in two decades.\n\nGovernor Tom Baxter said the vote was fair.\n\n' +
      'Nancy Reyes, the party chair, said the count was slow.\n\n' +
      '"We will win this state," he said.';
    expect(claim(text, 'win this state').asserter.name).toContain('Baxter');
  });

  it('takes a title or a role noun as a sign of gender', () => {
    const text =
      'The budget talks resumed on Monday in the capital after a week-long break, with both parties still far apart on spending. A deal is due by the end of the month.\n\nMr. Alden Pryce said the budget was too large.\n\n' +
      'A campaign spokeswoman said the figures were old.\n\n' +
      'He said the plan "cannot pass this year."';
    expect(claim(text, 'cannot pass this year').asserter.name).toContain('Pryce');
  });

  it('keeps "in the" + place inside a plural source', () => {
    const text =
      'The tariff row deepened this week as exporters counted their losses and ports reported falling traffic. Talks are set for next month.\n\n' +
      'His critics in the United States, many of them farmers, argue that the tariffs hurt exports.';
    expect(claim(text, 'tariffs hurt exports').asserter.name).toMatch(/^His critics in the United States/);
  });

  it('keeps the name before a description that holds its own comma', () => {
    const text =
      'The summit opened on Monday in the capital after a week-long delay, with both delegations still far apart on trade. A deal is due by the end of the month.\n\n' +
      "Marco Ferri, editor of the ministry's official newspaper, La Voce, said the minister was right.";
    expect(claim(text, 'the minister was right').asserter.name).toMatch(/^Marco Ferri, editor/);
  });
});
