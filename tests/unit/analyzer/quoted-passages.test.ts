// Several sentences of one quotation that the speaker's tag closes, in one paragraph: one passage, one claim.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

const claims = (text: string) => analyze(text).claims;
const texts = (text: string) => claims(text).map((c) => c.text);

describe('a quoted passage of several sentences', () => {
  it('is one claim from its first sentence to its last, tag at the end', () => {
    const text = 'Bridge repairs\n\n"The bridge will close in May. Repairs will cost four million dollars. Traffic will move to the ferry," Mayor Jane Holt said.';
    const [claim, ...rest] = claims(text);
    expect(rest).toEqual([]);
    expect(claim?.text).toBe('The bridge will close in May. Repairs will cost four million dollars. Traffic will move to the ferry');
    expect(claim?.sentence).toBe(text.slice(text.indexOf('"')));
    // One highlight, the page's own text.
    const [start, end] = claim?.occurrences[0] ?? [0, 0];
    expect(text.slice(start, end)).toBe(claim?.text);
  });

  it('keeps each sentence its own claim when the tag opens the quote', () => {
    const text = 'Bridge repairs\n\nMayor Jane Holt said: "The bridge will close in May. Repairs will cost four million dollars."';
    expect(texts(text)).toEqual(['The bridge will close in May', 'Repairs will cost four million dollars']);
  });

  it('keeps a quote opened again after the tag apart from the one before it', () => {
    const text = 'Bridge repairs\n\n"We tested the cables last year," Holt said. "They failed the load test. The council ignored the report."';
    expect(texts(text)).toEqual(['We tested the cables last year', 'They failed the load test', 'The council ignored the report']);
  });

  it('ends at the paragraph: the speaker quoted on in the next one is another claim', () => {
    const text = 'Bridge repairs\n\n"The bridge will close in May. Repairs will cost four million dollars," Holt said.\n\n"Traffic will move to the ferry," she said.';
    expect(texts(text)).toEqual(['The bridge will close in May. Repairs will cost four million dollars', 'Traffic will move to the ferry']);
  });
});
