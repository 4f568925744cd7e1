// Stage 5, responses: counter-claims and concessions. A later claim of another side taken as a
// response to an earlier one ("acknowledged P but said Q", a contrary reason), and the article's
// own verdict on a source ("falsely claimed", "unconfirmed reports").
import type { Party, Stance, ClaimResponse } from '../types';
import {
  PhraseSet,
  UNPROVEN_CUE_PHRASES,
  FALSE_CUE_ADVERBS,
  UNPROVEN_CUE_WORDS,
  UNVERIFIED_SOURCE_WORDS,
  SUPPORT_VERBS,
  CONCESSION_VERBS,
  REASON_PHRASES,
  CAUSE_PHRASES,
  UNSETTLED_CAUSE_WORDS,
} from '../lexicon';
import type { Token } from '../nlp';
import { mapped } from '../mapped';
import type { Asserted } from '../asserters';
import { countedWords, weightedOverlap, MIN_CONTRADICTION_STEM } from './topic';
import { clauseOf } from './find-responses';

/** Who answers a claim that nobody could verify. */
export const UNVERIFIED: Party = { name: 'not independently verified', side: '' };
/** The article's own verdict: "X falsely claimed that P". */
const CALLED_FALSE: Party = { name: 'called false by the article', side: '' };
const UNPROVEN = new PhraseSet(UNPROVEN_CUE_PHRASES);
/** Most tokens between a source and what it said in which the article's verdict is looked for: "falsely claimed in a post on X that". */
const VERDICT_REACH = 8;
/** Tokens of an unproven phrase that may open the content: "without offering evidence". */
const UNPROVEN_OPENING = 4;

/** "Another post falsely claimed that P" (denies), "claimed without evidence that P" (unconfirmed), between the source's end and the content. */
function verdictOnCue(tokens: readonly Token[], from: number, to: number): Stance | null {
  if (to < from || to - from > VERDICT_REACH) return null;
  const words = mapped(tokens.slice(from, to), (t) => t.lower);
  if (words.some((w) => FALSE_CUE_ADVERBS.has(w))) return 'denies';
  // "claimed without evidence that P": the tagger may leave the phrase at the start of the content.
  const unproven = UNPROVEN.find(mapped(tokens.slice(from, to + UNPROVEN_OPENING), (t) => t.lower));
  return words.some((w) => UNPROVEN_CUE_WORDS.has(w)) || (unproven >= 0 && from + unproven <= to) ? 'unconfirmed' : null;
}

/** "Unconfirmed reports said P": the article itself says the source is unverified. */
export function linkUnverifiedSources(text: string, claims: Asserted[], add: (c: Asserted, r: ClaimResponse) => void): void {
  for (const c of claims) {
    const source = c.attribution.source;
    if (!source) continue;
    const tokens = c.attribution.sentence.tokens;
    const verdict = verdictOnCue(tokens, source[1], c.attribution.content[0]);
    if (verdict) {
      const s = c.attribution.sentence;
      add(c, { by: verdict === 'denies' ? CALLED_FALSE : UNVERIFIED, stance: verdict, text: text.slice(s.start, s.end) });
    }
    for (let k = source[0]; k < source[1]; k++) {
      if (!UNVERIFIED_SOURCE_WORDS.has((tokens[k] as Token).lower)) continue;
      const s = c.attribution.sentence;
      add(c, { by: UNVERIFIED, stance: 'unconfirmed', text: text.slice(s.start, s.end) });
      break;
    }
  }
}

/** Weighted words (see weightedOverlap) a conceded claim must share with another side's claim to back it. */
const CONCEDED_WORDS = 3;
/** Fewest, for a concession of fewer words than that: "confirmed the fans had stopped". */
const MIN_CONCEDED_WORDS = 2;

/** Weighted words a concession must share with a claim to back it: a short one, all of its own. */
function wordsToBack(conceded: ReadonlySet<string>): number {
  return Math.min(CONCEDED_WORDS, Math.max(MIN_CONCEDED_WORDS, conceded.size));
}

/** The counted words of a concession's first clause: "the fans had stopped" of "the fans had stopped but rejected ...". */
function concededWords(c: Asserted): Set<string> {
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  return countedWords(tokens, a, Math.min(b, clauseOf(tokens, a)[1]));
}

/**
 * "Brandt acknowledged that two workers had been injured": a claim made with a verb of conceding
 * or confirming backs an earlier claim of another side that says the same thing in its own words
 * ("two of our members have been seriously hurt").
 */
export function linkConcessions(text: string, claims: Asserted[], words: Set<string>[], negated: readonly boolean[], add: (c: Asserted, r: ClaimResponse) => void): void {
  const counted: Array<Set<string> | undefined> = [];
  const wordsOf = (k: number): Set<string> => {
    const c = claims[k] as Asserted;
    return (counted[k] ??= countedWords(c.attribution.sentence.tokens, c.attribution.content[0], c.attribution.content[1], words[k]));
  };
  for (let j = 0; j < claims.length; j++) {
    const later = claims[j] as Asserted;
    if (negated[j] || !SUPPORT_VERBS.has(later.attribution.cue.toLowerCase())) continue;
    // "confirmed the fans had stopped but rejected ...": what is conceded ends with its clause, and
    // a short concession backs a claim by restating all of it.
    const conceded = concededWords(later);
    const needed = wordsToBack(conceded);
    for (const i of answerable(claims, j, CONTRADICTION_REACH)) {
      if (negated[i] || weightedOverlap(conceded, wordsOf(i)) < needed) continue;
      add(claims[i] as Asserted, claimAsResponse(text, later, 'supports'));
    }
  }
}

/**
 * "confirmed that the tender had been reopened twice but said both times were because bidders had
 * withdrawn": a reason given right after conceding what another side claimed sets another cause
 * against what that side said of it ("until the right company won"), and disputes it. A negated
 * reason ("but said neither injury was caused by fatigue") only sets aside a cause nobody claimed.
 */
export function linkContraryReasons(text: string, claims: Asserted[], words: Set<string>[], negated: readonly boolean[], add: (c: Asserted, r: ClaimResponse) => void): void {
  for (let j = 1; j < claims.length; j++) {
    const later = claims[j] as Asserted;
    const conceding = claims[j - 1] as Asserted;
    const cue = conceding.attribution.cue.toLowerCase();
    if (negated[j] || conceding.attribution.sentence !== later.attribution.sentence || conceding.asserter.side !== later.asserter.side) continue;
    if (!(SUPPORT_VERBS.has(cue) || CONCESSION_VERBS.has(cue)) || !givesReason(later)) continue;
    const conceded = concededWords(conceding);
    const needed = wordsToBack(conceded);
    for (let i = j - 2; i >= 0; i--) {
      const earlier = claims[i] as Asserted;
      if (later.attribution.sentence.index - earlier.attribution.sentence.index > CONTRADICTION_REACH) break;
      if (negated[i] || earlier.asserter.side === later.asserter.side) continue;
      const earlierWords = countedWords(earlier.attribution.sentence.tokens, earlier.attribution.content[0], earlier.attribution.content[1], words[i]);
      // The earlier claim must say more than was conceded: what it says of the cause.
      const beyond = [...earlierWords].some((w) => w.length >= MIN_CONTRADICTION_STEM && !conceded.has(w));
      if (beyond && weightedOverlap(conceded, earlierWords) >= needed) add(earlier, claimAsResponse(text, later, 'denies'));
    }
  }
}

const REASONS = new PhraseSet(REASON_PHRASES);

/** Does a claim give a cause: "because ...", "due to ...", "caused by ..."? */
function givesReason(c: Asserted): boolean {
  const [a, b] = c.attribution.content;
  return REASONS.find(mapped(c.attribution.sentence.tokens.slice(a, b), (t) => t.lower)) >= 0;
}

const CAUSES = new PhraseSet(CAUSE_PHRASES);

/** Does a claim name a cause of an event: "the outbreak was caused by norovirus"? */
function namesCause(c: Asserted): boolean {
  const [a, b] = c.attribution.content;
  return CAUSES.find(mapped(c.attribution.sentence.tokens.slice(a, b), (t) => t.lower)) >= 0;
}

/** Does a negated claim leave a cause unsettled: "the cause of the fire has not been determined"? */
function leavesCauseUnsettled(c: Asserted): boolean {
  const [a, b] = c.attribution.content;
  const words = mapped(c.attribution.sentence.tokens.slice(a, b), (t) => t.lower);
  const cause = words.findIndex((w) => w === 'cause');
  return cause >= 0 && words.slice(cause + 1).some((w) => UNSETTLED_CAUSE_WORDS.has(w));
}

/**
 * "The company said the outbreak was caused by norovirus" / "the agency said the cause of the
 * illness had not yet been determined": a side that says the cause is not yet known leaves the
 * cause another side named, near it in either order, unconfirmed.
 */
export function linkUnsettledCauses(text: string, claims: Asserted[], negated: readonly boolean[], add: (c: Asserted, r: ClaimResponse) => void): void {
  for (let j = 0; j < claims.length; j++) {
    const unsettled = claims[j] as Asserted;
    if (!negated[j] || !leavesCauseUnsettled(unsettled)) continue;
    for (const i of nearby(claims, j, ANSWER_REACH)) {
      const named = claims[i] as Asserted;
      if (named.attribution.sentence.index === unsettled.attribution.sentence.index || negated[i] || named.asserter.side === unsettled.asserter.side) continue;
      if (namesCause(named)) add(named, claimAsResponse(text, unsettled, 'unconfirmed'));
    }
  }
}

/** The claims within `reach` sentences of claim `j`, before or after it (claims are in reading order). */
function nearby(claims: readonly Asserted[], j: number, reach: number): number[] {
  const at = (claims[j] as Asserted).attribution.sentence.index;
  let from = j;
  while (from > 0 && at - (claims[from - 1] as Asserted).attribution.sentence.index <= reach) from--;
  const found: number[] = [];
  for (let i = from; i < claims.length && (claims[i] as Asserted).attribution.sentence.index - at <= reach; i++) if (i !== j) found.push(i);
  return found;
}

/** A later claim taken as a response to an earlier one: by its asserter, quoting its sentence. */
export function claimAsResponse(text: string, later: Asserted, stance: Stance): ClaimResponse {
  const s = later.attribution.sentence;
  return { by: later.asserter, stance, text: text.slice(s.start, s.end) };
}

/**
 * The claims claim `j` can answer, nearest first: told by another side in an earlier sentence, at
 * most `reach` sentences before it.
 */
export function answerable(claims: readonly Asserted[], j: number, reach: number): number[] {
  const later = claims[j] as Asserted;
  const found: number[] = [];
  for (let i = j - 1; i >= 0; i--) {
    const earlier = claims[i] as Asserted;
    const gap = later.attribution.sentence.index - earlier.attribution.sentence.index;
    if (gap > reach) break;
    if (gap > 0 && earlier.asserter.side !== later.asserter.side) found.push(i);
  }
  return found;
}

/** How far apart (in sentences) two claims may be for the later one to contradict the earlier. */
export const CONTRADICTION_REACH = 20;

/** How far (in sentences) a party's own denial reaches back to a claim about it. */
export const ANSWER_REACH = 5;
