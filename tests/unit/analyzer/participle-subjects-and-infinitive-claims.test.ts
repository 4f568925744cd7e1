// Subjects carrying a participle phrase or a relative clause joined by "and"; claims in the infinitive
// ("claimed to have"), a noun's infinitive inside a reported clause's subject, a participle aside before
// "that", a quote opening inside a reported verb group, "saying P and asking Q", 'answered: "P"'.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

const claims = (text: string) => analyze(text).claims;
const only = (text: string) => {
  const [claim, ...rest] = claims(text);
  expect(rest).toEqual([]);
  return claim;
};

describe('who speaks when the subject carries a participle or a relative clause', () => {
  it('takes the opening noun phrase, not the object inside its participle phrase', () => {
    const claim = only('Grain prices\n\nThe owner of the barges carrying grain to the coast said the harvest was a third smaller than last year.');
    expect(claim?.text).toBe('the harvest was a third smaller than last year');
    expect(claim?.asserter.name).toBe('The owner of the barges carrying grain to the coast');
    expect(only('Grain prices\n\nEngineers working on the northern dam said the sluices had been opened twice.')?.asserter.name).toBe('Engineers working on the northern dam');
  });

  it('leaves "declined to comment" its own verb', () => {
    expect(claims('Grain prices\n\nThe ministry declined to comment on the allegation that the silos had been sold.').map((c) => c.asserter.name)).not.toContain(
      'The ministry declined to',
    );
  });

  it('keeps the name a group goes by', () => {
    const claim = only('Grain prices\n\nA collective calling itself Red Furrow said it had blocked the mill gates overnight.');
    expect(claim?.asserter.name).toBe('Red Furrow');
  });

  it('gives a cue joined to a relative clause by "and" to the relative\'s antecedent', () => {
    const claim = only('Grain prices\n\nThe audit was carried out by Oskar Lindqvist, who toured the depots and said the scales had been tampered with.');
    expect(claim?.text).toBe('the scales had been tampered with');
    expect(claim?.asserter.name).toBe('Oskar Lindqvist');
    const described = only('Grain prices\n\nThe audit was carried out by Oskar Lindqvist, a former customs officer, who toured the depots and said the scales had been tampered with.');
    expect(described?.asserter.name).toContain('Oskar Lindqvist');
  });
});

describe('what was said', () => {
  it('reads a noun with its infinitive as the subject of the reported clause', () => {
    expect(only('Grain prices\n\nThe minister said the plan to merge the two boards had been dropped.')?.text).toBe('the plan to merge the two boards had been dropped');
    expect(only('Grain prices\n\nThe minister said requests to export surplus wheat doubled in May.')?.text).toBe('requests to export surplus wheat doubled in May');
  });

  it('takes a claim in the infinitive after "claim"', () => {
    const claim = only('Grain prices\n\nThe trader claimed to have bought the entire crop before the frost.');
    expect(claim?.text).toBe('to have bought the entire crop before the frost');
    expect(claim?.asserter.name).toBe('The trader');
  });

  it('passes over a participle describing the document before "that"', () => {
    const claim = only('Grain prices\n\nThe growers argued in their petition, lodged with the High Court, that the quota breaches the trade treaty.');
    expect(claim?.text).toBe('the quota breaches the trade treaty');
  });

  it('keeps a quote opening inside the reported verb group, and stops at a second participle', () => {
    const claim = only('Grain prices\n\nThe board\'s account replaced the post with a notice saying it had "misread the customs figures" and thanking readers for their patience.');
    expect(claim?.text).toBe('it had "misread the customs figures');
    expect(claim?.asserter.name).toContain('board');
  });

  it('runs the issuer on past a quoted name to its noun', () => {
    const claim = only('Grain prices\n\nThe "Harvest Watch" page deleted the chart and replaced it with a notice saying it had misread the customs figures.');
    expect(claim?.asserter.name).toBe('The "Harvest Watch" page');
  });

  it('takes the quote after "answered:", but not "answered questions"', () => {
    const text = 'Grain prices\n\nAsked about the shortfall, the minister answered: "The reserves will cover the winter. Nobody will go hungry."\n\nHe answered questions from farmers for an hour.';
    expect(claims(text).map((c) => c.text)).toEqual(['The reserves will cover the winter', 'Nobody will go hungry']);
  });
});
