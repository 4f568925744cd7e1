// Which sentences are claims: an attack made through a document its maker issued, a claim noun
// qualified by another noun ("line of defence"), an elaboration after a dash before "according to".
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

const claims = (text: string) => analyze(text).claims.map((c) => ({ text: c.text, asserter: c.asserter.name }));

describe('an attack made through a document', () => {
  it('gives "X launched an ad accusing Y of P" to X', () => {
    const text = 'Senate race\n\nThe Okafor campaign launched a television ad on Monday accusing Linden of voting eleven times to raise the gas tax.';
    expect(claims(text)).toEqual([{ text: 'Linden of voting eleven times to raise the gas tax', asserter: 'The Okafor campaign' }]);
  });

  it('still leaves "a lawsuit accusing Y of P" to the filer\'s own words', () => {
    const text = 'Court\n\nThe city is facing a lawsuit accusing its police of hiding body camera footage from families.';
    expect(claims(text)).toEqual([]);
  });
});

describe('a claim noun qualified by another noun', () => {
  it('reads "X\'s first line of defence is that P"', () => {
    const text = 'Contract row\n\nThe department\'s first line of defence is that the contract was signed before the new rules took effect.';
    expect(claims(text)).toEqual([{ text: 'the contract was signed before the new rules took effect', asserter: "The department" }]);
  });
});

describe('an elaboration after a dash', () => {
  it('takes the clause before the dash as what "according to X" reports', () => {
    const text = 'Money race\n\nMarsh had a bigger cash balance at year\'s end -- nearly 38 million dollars, according to figures her campaign released Friday.';
    expect(claims(text)).toEqual([
      { text: "Marsh had a bigger cash balance at year's end -- nearly 38 million dollars", asserter: expect.stringMatching(/campaign/) },
    ]);
  });

  it('leaves a clause of its own after the dash alone', () => {
    const text = 'Money race\n\nMarsh outraised her rivals -- she collected 38 million dollars in the quarter, according to her campaign.';
    expect(claims(text).map((c) => c.text)).toEqual(['she collected 38 million dollars in the quarter']);
  });
});
