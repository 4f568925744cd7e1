// Single quotation marks (British style) read as quotes, while apostrophes stay apostrophes.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { doubledQuotations, paragraphEnd, singleQuotations } from '../../../lib/analyzer/quote-marks';

/** The quoted stretches the pairing finds, as text between the marks. */
function quoted(text: string): string[] {
  return singleQuotations(text).map(({ open, close }) => text.slice(open + 1, close < 0 ? paragraphEnd(text, open) : close));
}

describe('pairing single quotation marks', () => {
  it('pairs curly and straight marks around a quotation', () => {
    expect(quoted('‘There is no substance to this,’ the firm said.')).toEqual(['There is no substance to this,']);
    expect(quoted("Ms Bell said: 'The pier was sold in secret.'")).toEqual(['The pier was sold in secret.']);
  });

  it('leaves apostrophes inside and at the ends of words alone', () => {
    expect(quoted("It's five o'clock and the Harts' dog won't stop; rock 'n' roll since the '80s.")).toEqual([]);
    expect(quoted('It’s the Harts’ dog, rock ’n’ roll since ’80s ‘glam’ days.')).toEqual(['glam']);
  });

  it('skips a plural possessive for the closing mark that follows', () => {
    expect(quoted('‘The Harts’ barn flooded twice,’ he said.')).toEqual(['The Harts’ barn flooded twice,']);
  });

  it('closes at a plural possessive when no other mark follows', () => {
    expect(quoted('So-called ‘open skies’ deals were signed.')).toEqual(['open skies']);
  });

  it('leaves single marks inside a double-marked quote as they are (US style)', () => {
    expect(quoted('"The guard told me \'wait\' twice," she said.')).toEqual([]);
    expect(quoted('“The guard told me ‘wait’ twice,” she said.')).toEqual([]);
  });

  it('runs a quotation on to a paragraph that reopens with a mark', () => {
    const text = 'She said: ‘The ward closed at noon.\n\n‘Nobody was told.’';
    expect(quoted(text)).toEqual(['The ward closed at noon.', 'Nobody was told.']);
    expect(quoted('She said: ‘The ward closed at noon.\n\nNobody was told.')).toEqual([]);
  });

  it('swaps the marks without moving any offset, a double-marked quote inside becoming single', () => {
    const text = '‘He told me “not yet” twice,’ she said of the Harts’ barn.';
    const doubled = doubledQuotations(text);
    expect(doubled).toBe('“He told me ‘not yet’ twice,” she said of the Harts’ barn.');
    expect(doubled.length).toBe(text.length);
  });
});

describe('claims in single quotation marks', () => {
  it('finds the speaker after the quote, and shows the page’s own marks', () => {
    const c = analyze('‘He told me “not yet” twice,’ said Mr Okoro, the harbour master.').claims[0];
    expect(c?.text).toBe('He told me “not yet” twice');
    expect(c?.asserter.name).toContain('Mr Okoro');
  });

  it('finds the speaker before a quote after a colon', () => {
    const c = analyze("Ms Lindqvist said: 'The tender was rigged from the start and the board knew it.'").claims[0];
    expect(c?.text).toBe('The tender was rigged from the start and the board knew it');
    expect(c?.asserter.name).toBe('Ms Lindqvist');
  });

  it('reads a denial in single quotes as a response', () => {
    const text = 'Ms Lindqvist said the tender had been rigged.\n\n‘That is completely false,’ a spokesman for Carrow Holdings said.';
    const c = analyze(text).claims.find((x) => x.text.includes('tender had been rigged'));
    expect(c?.status).toBe('disputed');
  });
});
