// Quote marks as outlets print them, the "X said." cut off from its quote, and other languages.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { decidingResponse } from '../../../lib/analyzer/status';

describe('quote marks', () => {
  it("reads two apostrophes as a quote mark (''...'')", () => {
    const text = "''We have built a network that campaigns spend years trying to build,'' said Mr. Brandt, a county organiser.";
    const c = analyze(text).claims.find((x) => x.text.includes('network that campaigns spend years'));
    expect(c?.asserter.name).toContain('Mr. Brandt');
  });

  it('joins "X said." to the question it closes', () => {
    const text = '"Did the minister know about the leak?" Senator Ada Cole said. "Nobody has told us."';
    const c = analyze(text).claims.find((x) => x.text.includes('Did the minister know'));
    expect(c?.asserter.name).toContain('Ada Cole');
  });

  it('keeps a short parenthesis inside a name', () => {
    const text = 'Senate Minority Leader Harold M. Reed (D-Nev.) told reporters that the vote would be delayed.';
    const c = analyze(text).claims.find((x) => x.text.includes('vote would be delayed'));
    expect(c?.asserter.name).toBe('Senate Minority Leader Harold M. Reed (D-Nev.)');
    expect(c?.asserter.side).toBe('Democratic Party');
  });

  it('keeps a claim whose pronoun cannot be traced, naming the pronoun', () => {
    const c = analyze('She said the shelter had run out of blankets by midnight.').claims[0];
    expect(c?.asserter.name).toBe('She');
  });
});

describe('contradiction between claims', () => {
  it('lets a later claim by another side that says the opposite in the same words dispute the earlier', () => {
    const text =
      'Rendal Telecom said hackers had copied the card numbers of 40,000 customers. ' +
      'The Meridian payment network said it had never processed card numbers for Rendal customers.';
    const c = analyze(text).claims.find((x) => x.text.includes('copied the card numbers'));
    expect(c?.status).toBe('disputed');
    expect(decidingResponse(c?.responses ?? [])?.by.side).toBe('Meridian');
  });
});

describe('language', () => {
  it('does not analyze text in another language', () => {
    const text =
      'El alcalde aseguró este martes que los cortes de agua que sufren desde hace tres semanas unos 12.000 vecinos ' +
      'se deben a la sequía y no a la falta de inversión en la red, como sostiene la oposición.';
    const a = analyze(text);
    expect(a.analyzed).toBe(false);
    expect(a.language).toBe('es');
    expect(a.reason).toContain('es');
    expect(a.claims).toEqual([]);
  });
});
