import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';
import { ArticleFacts } from '../../../lib/analyzer/sides/article-facts';
import { Discourse } from '../../../lib/analyzer/discourse';

describe('a kind word takes the full name the article gave that body', () => {
  it('"the railroad" is the railway named in the same sentence, also when the article calls it a railroad later', () => {
    const text =
      'Nine cars of a Prairie Line & Western Railway train derailed near the grain silos on Tuesday, the railroad said. ' +
      'The railroad said none of the tank cars had leaked. ' +
      'Prairie Line & Western, a regional railroad that runs 900 miles of track, has had two derailments since 2020.';
    expect(claim(text, 'none of the tank cars had leaked').asserter.side).toMatch(/^Prairie Line & Western/);
  });

  it('"the super PAC" is the body the article described as one', () => {
    const text =
      'A shell company gave $2 million to Lakeshore Renewal Fund, a super PAC that has run ads against the senator. ' +
      'In a post on X, the super PAC wrote that it "has never spoken to any candidate."';
    expect(claim(text, 'never spoken to any candidate').asserter.side).toBe('Lakeshore Renewal Fund');
  });

  it("a name's last word is the whole name: \"Lakeshore Renewal Fund's lawyer\"", () => {
    const text =
      'A shell company gave $2 million to Lakeshore Renewal Fund in June. ' +
      "Lakeshore Renewal Fund's lawyer, Owen Petrakis, wrote that the group had followed every rule.";
    expect(claim(text, 'followed every rule').asserter.side).toBe('Lakeshore Renewal Fund');
  });

  it('"the local\'s president" speaks for the numbered local the article named', () => {
    const text =
      'Workers at the plant belong to United Mill Workers Local 212. ' +
      '"We warned them for months," said the local\'s president, Dora Vance.';
    expect(claim(text, 'warned them for months').asserter.side).toBe('United Mill Workers Local 212');
  });

  it('a qualifier the article never gave the body makes another body: "the central bank"', () => {
    const text = 'Customers queued outside Harbour Savings Bank on Friday. The central bank said deposits were protected.';
    expect(claim(text, 'deposits were protected').asserter.side).not.toBe('Harbour Savings Bank');
  });

  it('a kind the article gave two bodies names neither', () => {
    const facts = (text: string) => new ArticleFacts(text, new Discourse(text, []));
    expect(facts('Harrow Valley Fund bought ads. Northgate Civic Fund bought more.').bodyOfKind('fund')).toBeNull();
    expect(facts('Harrow Valley Fund bought ads. The fund said so.').bodyOfKind('fund')).toBe('Harrow Valley Fund');
  });
});
