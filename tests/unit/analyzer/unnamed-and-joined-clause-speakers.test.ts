// Speakers the subject's nearest noun hides: the noun phrase opening a clause joined by ", and" with a
// relative clause ending in an object ("and the firm that owns it says"), an unnamed "someone" with the
// phrase that places it, a claim verb the tagger read as a plural noun before "to" ("claims to speak"), a
// second speaker after a quote the comma closes ('had "done Q," and its chair, X, said R'), and a verbless
// condition inside the claim's subject ("the figures, if accurate, show").
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

const only = (text: string) => {
  const [claim, ...rest] = analyze(text).claims;
  expect(rest).toEqual([]);
  return claim;
};

describe('the speaker of a clause joined by ", and"', () => {
  it('is the noun phrase its relative clause describes, not the object that clause ends on', () => {
    const claim = only('Ferry cuts\n\nThe crossing was cut to two sailings a day, and the operator that runs it says fuel costs have doubled since spring.');
    expect(claim?.text).toBe('fuel costs have doubled since spring');
    expect(claim?.asserter.name).toBe('the operator that runs it');
  });
});

describe('an unnamed speaker', () => {
  it('"Someone told X that P" is said by "Someone"', () => {
    const claim = only('Tender row\n\nSomeone told the council that the tender for the new depot had been rigged.');
    expect(claim?.text).toBe('the tender for the new depot had been rigged');
    expect(claim?.asserter.name).toBe('Someone');
  });

  it('keeps the phrase that places the speaker', () => {
    const claim = only('Tender row\n\nSomebody at the depot told reporters the pumps had failed twice in a week.');
    expect(claim?.asserter.name).toBe('Somebody at the depot');
  });
});

describe('a claim verb read as a plural noun', () => {
  it('"The firm claims to hold ..." is a claim of the firm, though the tagger read "firm" as an adjective', () => {
    const claim = only('Grid market\n\nThe firm claims to hold 40 percent of the regional grid market.');
    expect(claim?.text).toContain('hold 40 percent of the regional grid market');
    expect(claim?.asserter.name).toBe('The firm');
  });
});

describe('a second speaker after a quote that a comma closes', () => {
  it('ends the first claim at the quote and gives the second its own speaker, named in an appositive', () => {
    const claims = analyze(
      'Depot row\n\nThe tenants\' association said in a letter that the landlord had "ignored every repair request," and its secretary, Ines Varga of Block C, said the boilers had "failed three winters running."',
    ).claims;
    expect(claims.map((c) => [c.text, c.asserter.name])).toEqual([
      ['the landlord had "ignored every repair request', "The tenants' association"],
      ['the boilers had "failed three winters running', 'its secretary, Ines Varga of Block C'],
    ]);
  });
});

describe('a participle cue after a quote that a comma closes', () => {
  it('\'"P," adding that Q\' gives Q to the speaker of P', () => {
    const claims = analyze('Depot row\n\nMs. Ruiz said the audit was "a smear," adding that her staff "checked every invoice twice."').claims;
    expect(claims.map((c) => [c.text, c.asserter.name])).toEqual([
      ['the audit was "a smear', 'Ms. Ruiz'],
      ['her staff "checked every invoice twice', 'Ms. Ruiz'],
    ]);
  });
});

describe('a verbless condition inside the subject of what was said', () => {
  it('"said the ledgers, if accurate, revealed P" is a claim', () => {
    const claim = only('Depot row\n\nThe auditor said the ledgers, if accurate, revealed a shortfall of 2 million euros.');
    expect(claim?.text).toBe('the ledgers, if accurate, revealed a shortfall of 2 million euros');
    expect(claim?.asserter.name).toBe('The auditor');
  });
});
