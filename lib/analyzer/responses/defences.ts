// Stage 5, responses: an accused party's answer with no word of denial ("complies with all applicable
// laws", "would fight the lawsuit") disputes what those who sued or accused it claimed of it.
import type { Asserted } from '../asserters';
import { ACCUSATION_WORDS } from '../lexicon';
import type { ClaimResponse } from '../types';
import { type Response, namesResponder } from './find-responses';
import { TOPIC_REACH, contentWords, namedWords } from './topic';

/**
 * "Nevada sued Calder, accusing it of P. The lawsuit alleges that Calder Q. ... Calder said it
 * would fight the lawsuit": the claims of other sides told in a sentence of the suit or accusation
 * ("sued", "alleges", "accusing") that names the defender are what it answers, whatever words they share.
 */
export function linkDefences(
  text: string,
  claims: Asserted[],
  firstAt: (sentence: number) => number,
  responses: readonly Response[],
  add: (c: Asserted, r: ClaimResponse) => void,
): void {
  for (const r of responses) {
    if (!r.defends || !r.by) continue;
    const by = r.by;
    const defender = namedWords(`${by.name} ${by.side}`);
    const response: ClaimResponse = { by, stance: 'denies', text: text.slice(r.sentence.start, r.sentence.end) };
    for (let k = firstAt(r.sentence.index - TOPIC_REACH); k < firstAt(r.sentence.index); k++) {
      const c = claims[k] as Asserted;
      if (c.asserter.side !== by.side && accuses(c, defender)) add(c, response);
    }
  }
}

/** Is a claim told in a sentence of a suit or accusation ("sued X, accusing it of P", "the lawsuit alleges") that names the defender? */
function accuses(c: Asserted, defender: ReadonlySet<string>): boolean {
  const tokens = c.attribution.sentence.tokens;
  return tokens.some((t) => ACCUSATION_WORDS.has(t.lower)) && namesResponder(defender, contentWords(tokens), c);
}
