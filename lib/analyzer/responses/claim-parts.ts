// Stage 5, responses: small readings of a claim shared with claims.ts. The span of a claim's words,
// whether a claim is only a verdict ("That is false") or a comment, and when two responses are one.
import type { Asserted } from '../asserters';
import { mapped } from '../mapped';
import { ANAPHORIC_NOUNS, ANAPHORIC_DETERMINERS, DENIAL_WORDS, DENIAL_VERBS, SUPPORT_VERBS } from '../lexicon';
import { POSSESSIVE_MARKS, textOf } from '../phrases';
import type { Token } from '../nlp';
import type { ClaimResponse } from '../types';
import { COPULAS, DENIALS } from './stance';

/** Pronouns that stand for an earlier claim as a whole: "said that was false". */
export const CLAIM_PRONOUNS = new Set(['that', 'this', 'it']);

/** "This is a handout dressed up as a rescue": a claim that only judges what was just spoken of. */
export function isComment(c: Asserted): boolean {
  const tokens = c.attribution.sentence.tokens;
  const a = c.attribution.content[0];
  return CLAIM_PRONOUNS.has(tokens[a]?.lower ?? '') && COPULAS.has(tokens[a + 1]?.lower ?? '');
}

/**
 * "said that claim was false", "said the allegation was 'completely untrue'": content that is only
 * a verdict on an earlier claim is a response to it, not a claim of its own.
 */
export function isVerdictOnly(c: Asserted): boolean {
  if (!copulaOpens(c)) return false;
  const tokens = c.attribution.sentence.tokens.slice(...c.attribution.content).filter((t) => t.pos !== 'PUNCT');
  const words = mapped(tokens, (t) => t.lower);
  let k = 1;
  if (!CLAIM_PRONOUNS.has(words[0] ?? '')) {
    const head = words.findIndex((w) => ANAPHORIC_NOUNS.has(w));
    // "that claim", "the union's claim", "these latest claims": a determiner or an owner, and a few words.
    const owned = words.slice(0, head).some((w) => POSSESSIVE_MARKS.has(w) || w.endsWith("'s"));
    // "said that claim was false" reads as "said that | claim was false": the determiner is the word before.
    const determiner = head === 0 ? c.attribution.sentence.tokens[c.attribution.content[0] - 1]?.lower : words[0];
    if (head < 0 || head > 3 || !(ANAPHORIC_DETERMINERS.has(determiner ?? '') || owned)) return false;
    k = head + 1;
  }
  if (!COPULAS.has(words[k] ?? '')) return false;
  // "was completely untrue": adverbs before the verdict say how much.
  let v = k + 1;
  while (v < words.length - 1 && tokens[v]?.pos === 'ADV') v++;
  const verdict = withoutAdditive(words.slice(v));
  if (verdict.length === 1) return DENIAL_WORDS.has(verdict[0] as string);
  return verdict.length > 1 && DENIALS.longestAt(verdict, 0) === verdict.length;
}

/** "that was nonsense too", "that was false as well": a word saying the verdict repeats an earlier one, which adds nothing to it. */
const ADDITIVE_ENDS = [['too'], ['as', 'well'], ['either'], ['also']];

function withoutAdditive(verdict: string[]): string[] {
  for (const end of ADDITIVE_ENDS) {
    if (verdict.length > end.length && end.every((w, i) => verdict[verdict.length - end.length + i] === w)) return verdict.slice(0, -end.length);
  }
  return verdict;
}

/** Last word (not counting punctuation) at which a verdict's copula may come: "these latest claims were". */
const VERDICT_COPULA_REACH = 4;

/** Is one of a claim's words 1 to VERDICT_COPULA_REACH (punctuation not counted) a copula? Any verdict has one there. */
function copulaOpens(c: Asserted): boolean {
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  let n = 0;
  for (let k = a; k < b && n <= VERDICT_COPULA_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'PUNCT') continue;
    if (n > 0 && COPULAS.has(t.lower)) return true;
    n++;
  }
  return false;
}

/** Words that join a second predicate of the asserter to the first: "confirmed P but rejected Q". */
const PREDICATE_JOINS = new Set(['but', 'and']);

/**
 * The tokens [a, b) of what a claim says: its content, up to a second answer of the asserter's own
 * ("confirmed the fans had stopped but rejected claims that ...", "said P and denied Q").
 */
export function claimSpan(c: Asserted): [number, number] {
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a + 1; k < b - 1; k++) {
    if (!PREDICATE_JOINS.has((tokens[k] as Token).lower)) continue;
    const next = tokens[k + 1] as Token;
    if (next.pos === 'VERB' && (DENIAL_VERBS.has(next.lower) || SUPPORT_VERBS.has(next.lower))) return [a, tokens[k - 1]?.text === ',' ? k - 1 : k];
  }
  return [a, b];
}

/** Are two responses one: the same words, by the same side, taking the same stance? */
export function sameResponse(x: ClaimResponse, y: ClaimResponse): boolean {
  return x.text === y.text && x.by.side === y.by.side && x.stance === y.stance;
}

export function claimText(text: string, c: Asserted): string {
  const [a, b] = claimSpan(c);
  return textOf(text, c.attribution.sentence.tokens, a, b);
}
