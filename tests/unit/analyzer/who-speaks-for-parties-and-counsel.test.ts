// Who a person or body speaks for (issue 4, second round): parties named in full or in the
// possessive, counsel "for" a named body, post-nominal letters and ranks that are no part of a name,
// public servants who answer a party, members and campaigners of a named body, an agent "of" a
// person, and a person described after their name in a relative clause.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

const TITLE = 'Count row\n\n';

describe('who speaks for whom, second round', () => {
  it('a party named in two words is not the one-word party inside it', () => {
    const c = claim(`${TITLE}Liberal Democrat agent Tom Barlow watched the count from the gallery. Barlow said the ballot boxes arrived late.`, 'arrived late');
    expect(c.asserter.side).toBe('Liberal Democrats');
  });

  it("a party's possessive before a name gives that name its party, and a list's dash is no part of the name", () => {
    const text =
      `${TITLE}LIVE | Last updated 04:06\n\nKey points\n- Labour's Naomi Fenn wins with a majority of 1,537, down from 4,212\n` +
      `- Reform UK's Gary Stoke second; Conservatives third\n- Stoke alleges "irregularities at the count"\n\nThe count went on until dawn.`;
    expect(claim(text, 'irregularities at the count').asserter.side).toBe('Reform UK');
  });

  it('a surname standing alone is no company that a role speaks for', () => {
    const text = `${TITLE}Voters in Millbrook turned out for Gary Stoke on Thursday. Stoke told the hall there had been irregularities. The returning officer, Andrea Lyle, said no agent had lodged an objection.`;
    expect(claim(text, 'lodged an objection').asserter.side).not.toBe('Stoke');
  });

  it('a public servant named by role answers a party, never speaks for it', () => {
    const text = `${TITLE}Labour said the count had been run fairly. Two hours later a returning officer said the seals on both boxes were intact.`;
    expect(claim(text, 'seals on both boxes').asserter.side).not.toBe('Labour Party');
    const council = `${TITLE}The Liberal Democrats said the closures would cost more than they saved. A council spokesman said a mobile library would visit every week.`;
    expect(claim(council, 'mobile library').asserter.side).not.toBe('Liberal Democrats');
  });

  it('counsel "for" a named body speaks for it, and so does the surname after, without the letters after the name', () => {
    const text = `${TITLE}Opening the case, Helen Marsh KC, for the Crown Prosecution Service, told the jury that the driver ignored two warnings. Marsh said the lorry had not been inspected for a year.`;
    expect(claim(text, 'ignored two warnings').asserter.side).toBe('Crown Prosecution Service');
    expect(claim(text, 'not been inspected').asserter.side).toBe('Crown Prosecution Service');
  });

  it('"heard from Dr X, a pathologist, who said" is the named person, who speaks for herself', () => {
    const text = `${TITLE}The jury heard from Dr Alice Morland, a consultant pathologist, who said the driver had been awake for 20 hours.`;
    const c = claim(text, 'awake for 20 hours');
    expect(c.asserter.name).toContain('Alice Morland');
    expect(c.asserter.side).toBe('Alice Morland');
  });

  it('a rank or a councillor\'s title is no part of a name speaking for itself', () => {
    const text = `${TITLE}Pte Josh Kendal, who was marching behind him, told the court he had heard him ask to stop.`;
    expect(claim(text, 'ask to stop').asserter.side).toBe('Josh Kendal');
    const councillor = `${TITLE}Council leader Mary Dunne told the meeting that the closures would save money. Cllr Dunne said visits had fallen by a third.`;
    expect(claim(councillor, 'fallen by a third').asserter.side).toBe('Mary Dunne');
  });

  it("a head of government's spokesman speaks for the state that acted just before", () => {
    const text = `${TITLE}Labour said the waiting lists had grown. Downing Street also pushed back. The prime minister's official spokesman said waiting times had fallen across the region.`;
    expect(claim(text, 'waiting times had fallen').asserter.side).toBe('United Kingdom');
  });

  it('campaigners from a body, and leaders of a community named with its kind, speak for it', () => {
    const campaigners = claim(`${TITLE}Campaigners from Save Ashcombe Meadows said the survey had missed two nesting sites.`, 'two nesting sites');
    expect(campaigners.asserter.side).toBe('Save Ashcombe Meadows');
    const leaders = claim(`${TITLE}Leaders of the Rio Claro fishing community said at least 40 nets had been lost.`, '40 nets');
    expect(leaders.asserter.side).toBe('Rio Claro');
  });

  it('"the group\'s chair" after campaigners from "Friends of X" speaks for the Friends, not a council named before', () => {
    const text =
      `${TITLE}Council leader Mary Dunne said the branches cost too much to run. ` +
      'Campaigners from Friends of Ashcombe Libraries, who handed in a petition last month, said the figures left out children. ' +
      '"This is our only quiet room," said the group\'s chair, Bernadette Hale. She said the petition had been signed by 9,000 people.';
    expect(claim(text, 'left out children').asserter.side).toBe('Friends of Ashcombe Libraries');
    expect(claim(text, 'signed by 9,000 people').asserter.side).toBe('Friends of Ashcombe Libraries');
  });

  it('"the agent of winger X" speaks for the player', () => {
    const text = `${TITLE}Ashford Rovers said no bid had been accepted. The agent of winger Luca Moretti, the club's player of the season, said Rovers had accepted an offer of 8 million euros.`;
    expect(claim(text, 'accepted an offer').asserter.side).toBe('Luca Moretti');
  });
});
