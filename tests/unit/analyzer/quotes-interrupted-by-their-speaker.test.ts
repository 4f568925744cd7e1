// A quote the speaker's tag interrupts is one claim across the tag; subjects with a quoted title, a participle's
// aside or a relative clause still open what was said or name who said it.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

const claims = (text: string) => analyze(text).claims;
const texts = (text: string) => claims(text).map((c) => c.text);

describe('a quote interrupted by its speaker', () => {
  it('joins the halves of one sentence across "she said"', () => {
    const text = 'Ferry fares\n\n"The subsidy ran out in April," the operator\'s director said, "and every crossing now loses money."';
    const [claim, ...rest] = claims(text);
    expect(rest).toEqual([]);
    expect(claim?.text).toBe('The subsidy ran out in April," the operator\'s director said, "and every crossing now loses money');
    // The highlight is the page's own text, tag and all.
    const [start, end] = claim?.occurrences[0] ?? [0, 0];
    expect(text.slice(start, end)).toBe(claim?.text);
  });

  it('joins them across an inverted tag with an appositive', () => {
    const text = 'Stadium vote\n\n"The club has the money," said Ines Duarte, the council\'s finance chief, "but it has never shown us the accounts."';
    expect(texts(text)).toEqual(['The club has the money," said Ines Duarte, the council\'s finance chief, "but it has never shown us the accounts']);
    expect(claims(text)[0]?.asserter.name).toContain('Ines Duarte');
  });

  it('joins them across a tag with a circumstance', () => {
    const text = 'Mill closure\n\n"Orders fell by half last winter," the owner said in a radio interview, "and the bank called in the loan."';
    expect(texts(text)).toEqual(['Orders fell by half last winter," the owner said in a radio interview, "and the bank called in the loan']);
  });

  it('keeps a resumed quote that is a sentence of its own as its own claim', () => {
    const text = 'Mill closure\n\n"Orders fell by half last winter," the owner said, "The bank called in the loan. Forty jobs will go."';
    expect(texts(text)).toEqual(['Orders fell by half last winter', 'The bank called in the loan', 'Forty jobs will go']);
  });

  it('keeps the quote before the tag when ", adding," brings in a sentence of its own', () => {
    const text = 'Mill closure\n\n"Orders fell by half last winter," the owner said, adding, "Nobody at the bank would take my calls."';
    expect(texts(text)).toEqual(['Orders fell by half last winter', 'Nobody at the bank would take my calls']);
  });
});

describe('subjects of what was said', () => {
  it('leaves the day the words were said out of them ("said on Friday it would")', () => {
    const text = 'Bakery chain\n\nThe bakery chain said on Friday it would close nine of its shops before Christmas.';
    expect(texts(text)).toEqual(['it would close nine of its shops before Christmas']);
  });

  it('reads "that" before a noun, its phrases and an auxiliary as opening the clause', () => {
    const text = 'Mill\n\nThe mill said in a statement that demand for rye flour had fallen for three years.';
    expect(texts(text)).toEqual(['demand for rye flour had fallen for three years']);
  });

  it('reads a subject holding a quoted title', () => {
    const text = 'Film rights\n\nThe studio said the cut of "Northern Lights Road" on its website was cleared for festivals only.';
    expect(texts(text)).toEqual(['the cut of "Northern Lights Road" on its website was cleared for festivals only']);
  });

  it("reads a subject with a participle's aside", () => {
    const text = 'Tower checks\n\nThe engineer said the water tower, erected in 1971, had failed two inspections since May.';
    expect(texts(text)).toEqual(['the water tower, erected in 1971, had failed two inspections since May']);
  });

  it('takes plural posts described by a group as the subject of "claim"', () => {
    const text = 'Plant rumour\n\nSeveral messages in the "Millbrook Neighbours" WhatsApp group claim that the treatment plant was shut for a week.';
    expect(texts(text)).toEqual(['the treatment plant was shut for a week']);
  });

  it('names the part of a group a relative clause describes, not the clause', () => {
    const text = 'Talks\n\nFour aides spoke to the paper. One of them, who asked not to be named, said the offer "was withdrawn before anyone read it."';
    expect(claims(text)[0]?.asserter.name).toBe('One of them');
  });

  it('reads "claimed the ... \\"Title\\" singer had died" forward, not as an inverted tag', () => {
    const text = 'Hoax\n\nThe fake post, which spread on a page called "Music Row Today" overnight, claimed the 38-year-old "Gravel Road" singer had died in a fall.';
    const claim = claims(text).find((c) => c.text.includes('had died'));
    expect(claim?.text).toBe('the 38-year-old "Gravel Road" singer had died in a fall');
    expect(claim?.asserter.name).toBe('The fake post');
  });
});
