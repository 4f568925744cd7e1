// Asserters in clauses and appositives: the subject of a "when" clause after the main clause's subject
// speaks for what it told, and an account's handle after its description is its name; "the union
// representing X, the Y," is the Y its appositive names; an office in lower case before a department's
// role and a name speaks for the town when the article tells of the town's department of that kind.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('the subject of a "when" clause, not the main clause\'s', () => {
  const text =
    'Fans of striker Milo Brandt spent the weekend in uproar. The rumour surfaced late on Friday, when the sports gossip page @BenchWhispers told its 80,000 followers that Brandt had failed a drugs test. ' +
    'Brandt\'s club called the report false. The page claimed it had seen a letter from the league.';

  it('gives what the page told to the page, by its handle', () => {
    const c = claim(text, 'failed a drugs test');
    expect(c.asserter.name).toBe('the sports gossip page @BenchWhispers');
    expect(c.asserter.side).toBe('BenchWhispers');
    expect(claim(text, 'seen a letter').asserter.side).toBe('BenchWhispers');
  });

  it('keeps a description with a name of its own apart from the handle', () => {
    const c = claim('The Riverton Sports page @BenchWhispers told its followers that Milo Brandt had failed a drugs test.', 'failed a drugs test');
    expect(c.asserter.side).not.toBe('BenchWhispers');
  });
});

describe('"the union representing X, the Y," is the body its appositive names', () => {
  it('keeps the union in the asserter and gives the side to the name after it', () => {
    const text =
      'Flights at Castlemere airport were delayed for six hours on Tuesday. The union representing the airport\'s baggage handlers, the Ground Staff Federation, said the conveyor had failed twice in May.';
    const c = claim(text, 'conveyor had failed twice');
    expect(c.asserter.name.startsWith('The union representing')).toBe(true);
    expect(c.asserter.side).toBe('Ground Staff Federation');
  });
});

describe('an office of the town\'s department speaks for the town', () => {
  const opening =
    'HARTWELL, Ky. — Residents packed a hearing on Thursday over a plan for 200 homes on Mill Road. ' +
    'Crestline Homes, the firm that manages the site for the town, said in a statement that its plans met every county rule. ';
  const department = 'The town\'s planning department reviewed the site plans last month. ';
  const said = 'At the hearing, senior planning official Dana Whitcomb said the developer had not filed a drainage study.';

  it('gives "planning official X" the town the dateline names, not the firm described as working for the town', () => {
    expect(claim(`${opening}${department}${said}`, 'drainage study').asserter.side).toBe('Hartwell');
  });

  it('leaves the official alone when the article names no such department of the town', () => {
    expect(claim(`${opening}${said}`, 'drainage study').asserter.side).not.toBe('Hartwell');
  });
});

describe('a town and its state inside a participle phrase', () => {
  it('keeps "Corvell, based in Dayton, Ohio, said" the company\u2019s, and its defence disputes the suit', () => {
    const text =
      'Attorney General Mara Quist sued Corvell Foods on Monday. The lawsuit alleges that Corvell hid price rebates from state regulators. ' +
      'Corvell, based in Dayton, Ohio, said in a statement that it complies with all applicable laws.';
    expect(claim(text, 'complies with all applicable laws').asserter.side).toBe('Corvell');
    expect(claim(text, 'hid price rebates').status).toBe('disputed');
  });
});
