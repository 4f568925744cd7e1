import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('sides of real political prose', () => {
  it('a leader the aliases give a country speaks, as a candidate never titled President, for his party', () => {
    const text =
      'DES MOINES, Iowa — Republican presidential candidate Joe Biden drew a crowd of 3,000 to a rally on Saturday. ' +
      'Biden told the crowd that the state would decide the race for the nomination by a wide margin. ' +
      "Biden's Iowa state director, Marla Okonjo, said the campaign had knocked on 90,000 doors since the summer.";
    expect(claim(text, 'decide the race').asserter.side).toBe('Republican Party');
    expect(claim(text, 'knocked on 90,000 doors').asserter.side).toBe('Republican Party');
  });

  it('a candidate the article gives no party is his own side; one titled President is still the country', () => {
    const candidate =
      "Mr. Biden's campaign bought airtime in four states on Monday. " + 'Joseph Biden said the ads would run until the convention in July.';
    expect(claim(candidate, 'the ads would run').asserter.side).toBe('Joseph Biden');
    const incumbent =
      "President Joe Biden's re-election campaign bought airtime in four states on Monday. " + 'Biden said the ads would run until the convention in July.';
    expect(claim(incumbent, 'the ads would run').asserter.side).toBe('United States');
  });

  it('a senator, a governor or a state senate president with no party given is never the country', () => {
    const text =
      'The casino would close in October, its owners said on Friday. ' +
      'The White House said federal aid for the workers was not planned. ' +
      'Sen. Alma Rudnick said the closure was "a blow the city cannot absorb this year." ' +
      'State Senate President Hector Quill said lawmakers would hold hearings on the sale next month. ' +
      'Gov. Dale Pruitt said the state had offered the owners a loan in the spring.';
    expect(claim(text, 'a blow the city').asserter.side).toBe('Alma Rudnick');
    expect(claim(text, 'hold hearings on the sale').asserter.side).toBe('Hector Quill');
    expect(claim(text, 'offered the owners a loan').asserter.side).toBe('Dale Pruitt');
  });

  it('a lawmaker after a party that just spoke still speaks for that party', () => {
    const text = 'Democrats disputed the estimate. Sen. Ruth Calder of Oregon said the budget office had found no such savings.';
    expect(claim(text, 'found no such savings').asserter.side).toBe('Democratic Party');
  });

  it('a newspaper named after a capital is the paper, not the country', () => {
    const c = claim('The Washington Times reported that the senator would endorse the governor at a rally on Saturday.', 'endorse the governor');
    expect(c.asserter.side).toBe('Washington Times');
  });

  it('"A producer for X Studios" speaks for the studio, not "for X Studios"', () => {
    const c = claim('A producer for Vantage Studios told reporters on Tuesday that the interview had been cancelled without notice.', 'cancelled without notice');
    expect(c.asserter.side).toBe('Vantage Studios');
  });

  it('"a report Tuesday from KXRT" is the station\'s, never "Tuesday"', () => {
    const c = claim('The mayor will speak at the convention next week, according to a report Tuesday from KXRT, the NBC affiliate in Boise.', 'speak at the convention');
    expect(c.asserter.side).not.toBe('Tuesday');
    expect(c.asserter.side).toContain('KXRT');
  });

  it('one an appositive calls a former officer of a body speaks for themselves', () => {
    const text =
      'Lionel Ashdown, the former president of the Urban League, said the plan "leaves out the people it claims to help." ' +
      'Corinne Vail, a former director of the Office of Management and Budget, said the numbers did not add up.';
    expect(claim(text, 'leaves out the people').asserter.side).toBe('Lionel Ashdown');
    expect(claim(text, 'did not add up').asserter.side).toBe('Corinne Vail');
  });
});
