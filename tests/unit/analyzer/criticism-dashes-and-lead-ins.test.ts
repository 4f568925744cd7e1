// Which sentences are claims: a criticism "for" a gerund is an accusation, a pair of dashes sets off
// an elaboration and leaves "according to X" its source, a sentence adverb ("No wonder", "Of course")
// is no part of the speaker.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

const claims = (text: string) => analyze(text).claims.map((c) => ({ text: c.text, asserter: c.asserter.name }));

describe('a criticism "for" a gerund', () => {
  it('gives "X blasted Y for doing P" to X', () => {
    const text = 'Air safety\n\nSenator Maria Lopez blasted the aviation agency for taking six weeks to answer the pilots\' union.';
    expect(claims(text)).toEqual([{ text: "the aviation agency for taking six weeks to answer the pilots' union", asserter: 'Senator Maria Lopez' }]);
  });

  it('takes a pronoun as the one criticized', () => {
    const text = 'Air safety\n\nThe union criticized him for ignoring three written warnings about the runway.';
    expect(claims(text)).toEqual([{ text: 'him for ignoring three written warnings about the runway', asserter: 'The union' }]);
  });

  it('reports nothing when no gerund follows "for"', () => {
    const text = 'Air safety\n\nThe senator criticized the plan for its cost to the airports in rural states.';
    expect(claims(text)).toEqual([]);
  });

  it('reports nothing for a verb of criticism without "for"', () => {
    const text = 'Air safety\n\nThe mayor slammed the door on a proposal for building a second runway near the river.';
    expect(claims(text)).toEqual([]);
  });
});

describe('a pair of dashes before "according to"', () => {
  it('takes the clause and its elaboration, not the source, as what X reports', () => {
    const text = 'Money race\n\nThe campaign raised 52 million dollars in March -- nearly double its February total -- according to filings released on Friday.';
    expect(claims(text)).toEqual([
      { text: 'The campaign raised 52 million dollars in March -- nearly double its February total', asserter: 'filings released on Friday' },
    ]);
  });
});

describe('a sentence adverb before the speaker', () => {
  it('reads "No wonder X said" as X saying it', () => {
    const text = 'Letters\n\nNo wonder Harlan said, and I quote, "We love the voters nobody else will visit."';
    expect(claims(text)).toEqual([{ text: 'We love the voters nobody else will visit', asserter: 'Harlan' }]);
  });

  it('keeps "Of course" out of the speaker\'s name', () => {
    const text = 'Letters\n\nOf course Harlan said, "The voters in this district have been ignored for years."';
    expect(claims(text)).toEqual([{ text: 'The voters in this district have been ignored for years', asserter: 'Harlan' }]);
  });
});
