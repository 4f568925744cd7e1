// Who answers a rumour it rejects and what it goes on to tell reporters, campaigns and party groups
// as sides, federal offices that are part of a government, and the present perfect "has alleged".
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { claim } from './claim-holding';

describe('a rumour rejected by a named speaker', () => {
  const text =
    'A Nordavian army spokesman rejected claims that troops had crossed the river at Lesk, telling reporters at the daily briefing that the road to the border was still closed.';

  it('gives the participle clause after it to the rejecter, not to the rumour noun', () => {
    const told = claim(text, 'the road to the border was still closed');
    expect(told.asserter.name).toBe('A Nordavian army spokesman');
    expect(told.text).toBe('the road to the border was still closed');
  });

  it('is disputed by the rejecter even when a clause with its own wording follows', () => {
    const saying =
      'A Nordavian army spokesman rejected claims that troops had crossed the river at Lesk, saying the allegations were baseless.';
    const rumour = claim(saying, 'troops had crossed the river');
    expect(rumour.asserter.name).not.toBe('A Nordavian army spokesman');
    expect(rumour.status).toBe('disputed');
    expect(rumour.responses.map((r) => r.by.name)).toContain('A Nordavian army spokesman');
  });
});

describe('a rejected rumour that retells a named source', () => {
  it("is the named source's claim, disputed, with the rumour as another occurrence", () => {
    const text =
      'Lesk officials said on Monday that a Nordavian convoy had been destroyed near the dam. ' +
      'The Nordavian defence ministry rejected claims that a Nordavian convoy had been destroyed near the dam.';
    const found = analyze(text).claims.filter((c) => c.text.includes('convoy had been destroyed'));
    expect(found).toHaveLength(1);
    expect(found[0]?.asserter.name).toBe('Lesk officials');
    expect(found[0]?.status).toBe('disputed');
    expect(found[0]?.occurrences).toHaveLength(2);
  });

  it('stays a rumour of its own when it says something else', () => {
    const text =
      'Lesk officials said on Monday that a Nordavian convoy had been destroyed near the dam. ' +
      'The Nordavian defence ministry rejected claims that its soldiers had fled the town.';
    expect(claim(text, 'soldiers had fled').asserter.name).not.toBe('Lesk officials');
  });
});

describe('a participle of telling after the main clause', () => {
  it('starts the claim after "that" past the recipient and a place phrase', () => {
    const text = 'The port authority said the quay had reopened, telling reporters at a news conference in Darrow that ferries would sail on Friday.';
    expect(claim(text, 'ferries would sail').text).toBe('ferries would sail on Friday');
  });

  it('starts the claim after the recipient when no "that" follows', () => {
    const text = 'The port authority said the quay had reopened, telling reporters the ferries would sail on Friday.';
    expect(claim(text, 'ferries would sail').text).toBe('the ferries would sail on Friday');
  });
});

describe("a candidate's campaign", () => {
  const intro = 'Senator Jane Hollis, a Democrat, is running for governor. ';

  it('speaks for the party the article gave the candidate, possessive or not', () => {
    expect(claim(`${intro}Hollis's campaign said turnout would be high.`, 'turnout').asserter.side).toBe('Democratic Party');
    expect(claim(`${intro}Jane Hollis\u2019s campaign said the debate would go ahead.`, 'debate').asserter.side).toBe('Democratic Party');
    expect(claim(`${intro}The Hollis campaign said the poll was wrong.`, 'poll').asserter.side).toBe('Democratic Party');
  });

  it('takes the party from a "the Republican nominee" appositive', () => {
    const text = 'Tom Ardent, the Republican nominee, said the race was tied. The Ardent campaign said its volunteers had knocked on a million doors.';
    expect(claim(text, 'volunteers').asserter.side).toBe('Republican Party');
  });

  it("is the candidate's own when the article gives no party", () => {
    expect(claim("Mara Quint's campaign said the signatures were valid.", 'signatures').asserter.side).toBe('Quint');
  });
});

describe('federal offices', () => {
  it('an office of the White House speaks for the United States', () => {
    const text = 'The Office of Management and Budget said the cuts would save $4 billion a year.';
    expect(claim(text, 'cuts').asserter.side).toBe('United States');
  });

  it('a regulator named in full stays its own side', () => {
    const text = 'The National Highway Traffic Safety Administration said the recall covered 80,000 vans.';
    expect(claim(text, 'recall').asserter.side).toBe('National Highway Traffic Safety Administration');
  });

  it('a department with no country in sight keeps its whole name', () => {
    expect(claim('The Department of Agriculture said the harvest would be late.', 'harvest').asserter.side).toBe('Department of Agriculture');
  });

  it('a body whose name many governments use takes the dateline country', () => {
    const text = 'LONDON \u2014 The National Security Council said on Monday that the threat level was unchanged.';
    expect(claim(text, 'threat level').asserter.side).toBe('United Kingdom');
  });
});

describe('party groups', () => {
  it('a member or leader of a party group speaks for the party', () => {
    expect(claim('Anna Brek, who leads the Green group in parliament, said the law was unconstitutional.', 'law').asserter.side).toBe('Green Party');
    expect(claim('Tom Vale, a member of the Republican caucus, said the bill would fail.', 'bill').asserter.side).toBe('Republican Party');
  });

  it('the group itself speaks for the party', () => {
    expect(claim('The Labour group on the council said the cuts were unfair.', 'cuts').asserter.side).toBe('Labour Party');
  });

  it('a group that names no party, or a person who only criticised one, does not', () => {
    expect(claim('The Wagner group said its fighters had left the town.', 'fighters').asserter.side).not.toMatch(/Party$/);
    expect(claim('Anna Brek, who criticised the Green group, said the law was fine.', 'law').asserter.side).toBe('Anna Brek');
  });
});

describe('the present perfect "has alleged"', () => {
  it('reports a claim, with or without "that"', () => {
    const withThat = claim('The opposition has alleged that the ferry contract was steered to a donor.', 'steered');
    expect(withThat.cue).toBe('alleged');
    expect(withThat.asserter.name).toBe('The opposition');
    expect(claim('Senator Ruiz had alleged the tender was rigged.', 'tender').asserter.name).toBe('Senator Ruiz');
  });

  it('"has alleged" before a noun is no claim', () => {
    expect(analyze('The charity has alleged abuses at the camp near Lesk.').claims).toEqual([]);
  });
});
