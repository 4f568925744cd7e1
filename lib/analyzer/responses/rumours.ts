// Stage 5, responses: rumours, posts and media told again. A rumour retold ("another report",
// "posts sharing it") or a claim restated shares the answers of the first telling; a party that
// stands by its report keeps it; a photo said to be from elsewhere disputes what it was said to show.
import type { Asserted } from '../asserters';
import { MEDIA_NOUNS, RUMOUR_NOUNS, RUMOUR_ITEMS, isRumourWord, PROVENANCE_VERBS, PROVENANCE_WORDS } from '../lexicon';
import type { ClaimResponse } from '../types';
import { isUnnamedSide } from '../side-names';
import { mapped } from '../mapped';
import type { Token } from '../nlp';
import { type Response, namesResponder } from './find-responses';
import { TOPIC_REACH, contentWords, namedWords, overlap, MIN_CONTRADICTION_STEM, isNegated } from './topic';
import { CONTRADICTION_REACH, claimAsResponse } from './counter-claims';
import { askedBefore } from './stance';

/** Is a claim's subject a medium ("the photo had been posted by X")? */
export function aboutMedium(c: Asserted): boolean {
  const tokens = c.attribution.sentence.tokens;
  const a = c.attribution.content[0];
  const first = MEDIUM_DETERMINERS.has(tokens[a]?.lower ?? '') ? a + 1 : a;
  return MEDIA_NOUNS.has(tokens[first]?.lower ?? '');
}

/**
 * "The Financial Courier said it stood by its report": a party that keeps its own words disputes
 * the claims of other sides that denied them ("Kestrel said it was not in talks"), and the claim
 * about it that another side made just before, which challenged its words or acts.
 */
export function linkReaffirmations(
  text: string,
  claims: Asserted[],
  firstAt: (sentence: number) => number,
  responses: Response[],
  linked: Map<Asserted, ClaimResponse[]>,
  add: (c: Asserted, r: ClaimResponse) => void,
): void {
  for (const r of responses) {
    if (!r.reaffirms || !r.by) continue;
    const by = r.by;
    const earlier = claims.slice(firstAt(r.sentence.index - TOPIC_REACH), firstAt(r.sentence.index));
    const denials = new Set<string>();
    for (const c of earlier) {
      if (c.asserter.side !== by.side) continue;
      for (const x of linked.get(c) ?? []) if (x.stance === 'denies' && x.by.side !== by.side) denials.add(x.text);
    }
    const response: ClaimResponse = { by, stance: 'denies', text: text.slice(r.sentence.start, r.sentence.end) };
    const asked = askedBefore(r.sentence.tokens, r.at);
    if (asked) {
      for (const c of firstNamingEach(earlier, by.side, contentWords(r.sentence.tokens, asked[0], asked[1]))) add(c, response);
      continue;
    }
    for (const c of earlier) {
      const s = c.attribution.sentence;
      if (c.asserter.side !== by.side && (denials.has(text.slice(s.start, s.end)) || challengesRightBefore(c, r))) add(c, response);
    }
  }
}

/**
 * "Asked about the styrene readings, the company said it stands by its earlier statement": what it
 * was asked about is the challenge kept against, the first claim of each other side that names it.
 */
function firstNamingEach(earlier: Asserted[], own: string, asked: Set<string>): Asserted[] {
  const seen = new Set<string>([own]);
  const found: Asserted[] = [];
  for (const c of earlier) {
    if (seen.has(c.asserter.side)) continue;
    const [a, b] = c.attribution.content;
    if (overlap(asked, contentWords(c.attribution.sentence.tokens, a, b)) === 0) continue;
    seen.add(c.asserter.side);
    found.push(c);
  }
  return found;
}

/**
 * "The union said the closure broke the council's rules. The council stood by its decision.": another
 * side's claim about the responder, in the sentence right before in its paragraph, is the challenge kept against.
 */
function challengesRightBefore(c: Asserted, r: Response): boolean {
  const s = c.attribution.sentence;
  if (!r.by || s.index !== r.sentence.index - 1 || s.paragraph !== r.sentence.paragraph) return false;
  const said = contentWords(s.tokens, c.attribution.content[0], c.attribution.content[1]);
  return namesResponder(namedWords(`${r.by.name} ${r.by.side}`), said, c);
}

/** How many later rumours one rumour is compared with: the work stays linear in the number of rumours. */
const RUMOUR_RETELLINGS = 8;
/** Words, and the share of its words, a rumour must hold of a named source's earlier claim to restate it. */
const RESTATED_RUMOUR_WORDS = 3;
const RESTATED_RUMOUR_SHARE = 0.6;
/** Words two rumours must share to be the same rumour told again. */
const SAME_RUMOUR_WORDS = 2;

/** "Posts sharing it", "the video", "claims": an asserter that is a medium or an unnamed report, not a speaker. */
export function showsClaims(c: Asserted): boolean {
  // "A post on X" is one, "The Washington Post" is not.
  return c.asserter.name.split(/\s+/).some((w) => RUMOUR_NOUNS.has(w.toLowerCase()) || RUMOUR_ITEMS.has(w)) || showsMedium(c);
}

/** "the video", "a video that it said showed P", "a photo that its author said showed P": what a medium is said to show. */
function showsMedium(c: Asserted): boolean {
  if (c.asserter.name.toLowerCase().split(/\s+/).some((w) => MEDIA_NOUNS.has(w))) return true;
  const tokens = c.attribution.sentence.tokens;
  const start = c.attribution.content[0];
  for (let k = Math.max(0, start - MEDIUM_REACH); k < start; k++) if (MEDIA_NOUNS.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/** How many tokens before a claim's content its medium may be named. */
const MEDIUM_REACH = 6;

/** The word an asserter's name opens with after its article: "a separate report" → "separate". */
function openingWord(c: Asserted): string {
  const first = c.asserter.name.toLowerCase().split(/\s+/);
  return (first[0] === 'a' || first[0] === 'an' || first[0] === 'the' ? first[1] : first[0]) ?? '';
}

/** "a separate report that P", "another report": a rumour told apart from those before it. */
export function setApart(c: Asserted): boolean {
  return SET_APART.has(openingWord(c));
}
const SET_APART = new Set(['separate', 'another', 'different', 'second', 'new']);

/**
 * "a separate report", "a different account": a rumour its source's own words say is another
 * matter ("another message" may go on with the same rumour).
 */
function toldSeparately(c: Asserted): boolean {
  return SEPARATE.has(openingWord(c));
}
const SEPARATE = new Set(['separate', 'different']);

/** Reports, rumours, posts: what no named party asserts (their side is the lower-case phrase). */
export function isRumour(c: Asserted): boolean {
  const side = c.asserter.side;
  return isUnnamedSide(side) && isRumourWord(side.split(' ').pop() ?? '');
}

/** Words that end the head of an asserter's name: "Several posts in the ... group" → "posts". */
const AFTER_HEAD = /\s+(?:in|on|from|of|at|by)\s+/;

/**
 * "Several posts in the 'Valley Uncensored' Facebook group claim that P": a claim told by posts or
 * messages, a rumour even where the group they were posted in names a side.
 */
export function toldInPosts(c: Asserted): boolean {
  const head = c.asserter.name.toLowerCase().split(AFTER_HEAD)[0]?.split(/\s+/).pop() ?? '';
  return isRumourWord(head) || isRumourWord(head.replace(/s$/, ''));
}

/** "reports that P", "a Spanish newspaper report that P": a claim told as what a report said, whoever published it. */
export function namesReport(c: Asserted): boolean {
  return c.attribution.kind === 'nominal' && (isRumour(c) || isRumourWord(c.attribution.cue.toLowerCase()));
}

/**
 * "Police denied reports that a gunman was on the loose ... Rumours circulated that a second
 * attacker had escaped": the same rumour told twice is answered wherever it is answered.
 */
export function shareRumourAnswers(
  claims: Asserted[],
  words: Set<string>[],
  linked: Map<Asserted, ClaimResponse[]>,
  add: (c: Asserted, r: ClaimResponse) => void,
): void {
  const rumours = claims.map((c, k) => k).filter((k) => isRumour(claims[k] as Asserted));
  const separate = mapped(rumours, (k) => toldSeparately(claims[k] as Asserted));
  // "The Daily Post reported that P. Police denied reports that P": the report named earlier is the rumour answered.
  for (const k of rumours) {
    const rumour = claims[k] as Asserted;
    const mine = words[k] ?? new Set<string>();
    for (let i = k - 1; i >= 0; i--) {
      const earlier = claims[i] as Asserted;
      if (rumour.attribution.sentence.index - earlier.attribution.sentence.index > CONTRADICTION_REACH) break;
      if (isRumour(earlier) || earlier.asserter.side === rumour.asserter.side) continue;
      const shared = overlap(mine, words[i] ?? new Set());
      if (shared < RESTATED_RUMOUR_WORDS || shared < mine.size * RESTATED_RUMOUR_SHARE) continue;
      for (const r of linked.get(rumour) ?? []) if (r.by.side !== earlier.asserter.side) add(earlier, r);
    }
  }
  for (let x = 0; x < rumours.length; x++) {
    for (let y = x + 1; y < Math.min(rumours.length, x + 1 + RUMOUR_RETELLINGS); y++) {
      const a = claims[rumours[x] as number] as Asserted;
      const b = claims[rumours[y] as number] as Asserted;
      if (b.attribution.sentence.index - a.attribution.sentence.index > CONTRADICTION_REACH) break;
      // "a separate report that P": told apart from the rumours around it, it shares none of their
      // answers ("Another message claimed the same van ..." may go on with the same rumour).
      if (separate[x] || separate[y]) continue;
      if (overlap(words[rumours[x] as number] ?? new Set(), words[rumours[y] as number] ?? new Set()) < SAME_RUMOUR_WORDS) continue;
      shareAnswers(a, b, linked, add);
    }
  }
}

/** Two tellings of the same claim: what answers either answers the other. */
function shareAnswers(a: Asserted, b: Asserted, linked: Map<Asserted, ClaimResponse[]>, add: (c: Asserted, r: ClaimResponse) => void): void {
  const fromA = [...(linked.get(a) ?? [])];
  for (const r of linked.get(b) ?? []) add(a, r);
  for (const r of fromA) add(b, r);
}

/** Cues that tell a side's claim again: "repeated that P", "reiterated that P". */
const RESTATING_CUES = new Set(['repeated', 'repeats', 'reiterated', 'reiterates', 'restated', 'restates']);

/**
 * "Quilca said the tailings were contained within the lease. ... Its managing director repeated that
 * the spill had not left the lease": a restatement is its side's earlier claim told again (the one
 * sharing most words with it), and what answers either telling answers the other.
 */
export function shareRestatedAnswers(claims: Asserted[], words: Set<string>[], linked: Map<Asserted, ClaimResponse[]>, add: (c: Asserted, r: ClaimResponse) => void): void {
  for (let j = 1; j < claims.length; j++) {
    const again = claims[j] as Asserted;
    if (!RESTATING_CUES.has(again.attribution.cue.toLowerCase())) continue;
    let first: Asserted | undefined;
    let best = 0;
    for (let i = j - 1; i >= 0; i--) {
      const earlier = claims[i] as Asserted;
      if (again.attribution.sentence.index - earlier.attribution.sentence.index > CONTRADICTION_REACH) break;
      if (earlier.asserter.side !== again.asserter.side || earlier.attribution.sentence === again.attribution.sentence) continue;
      const shared = overlap(words[i] ?? new Set(), words[j] ?? new Set(), MIN_CONTRADICTION_STEM);
      if (shared > best) [first, best] = [earlier, shared];
    }
    if (first) shareAnswers(first, again, linked, add);
  }
}

/** Determiners with which a claim's medium points back to one already shown: "the photo", "that video". */
const MEDIUM_DETERMINERS = new Set(['the', 'that', 'this', 'those', 'these']);
/** How many tokens into a claim its medium may come: "the viral photo". */
const MEDIUM_START_REACH = 3;
const YEAR = /^(?:19|20)\d\d$/;

/**
 * "A photo that its author said showed water pouring over the levee. City officials said the photo
 * was taken during the 2008 flood": a claim that the medium was made at another time or place
 * disputes the latest claim of another side about what it showed.
 */
export function linkProvenance(text: string, claims: Asserted[], add: (c: Asserted, r: ClaimResponse) => void): void {
  for (let j = 0; j < claims.length; j++) {
    const later = claims[j] as Asserted;
    const tokens = later.attribution.sentence.tokens;
    const [a, b] = later.attribution.content;
    let medium = -1;
    for (let k = a + 1; k < Math.min(b, a + MEDIUM_START_REACH + 1); k++) {
      if (MEDIA_NOUNS.has((tokens[k] as Token).lower) && MEDIUM_DETERMINERS.has((tokens[a] as Token).lower)) medium = k;
    }
    if (medium < 0 || isNegated(tokens, a, b)) continue;
    const made = tokens.slice(medium + 1, b).some((t) => PROVENANCE_VERBS.has(t.lower));
    if (!made) continue;
    for (let i = j - 1; i >= 0; i--) {
      const earlier = claims[i] as Asserted;
      if (later.attribution.sentence.index - earlier.attribution.sentence.index > CONTRADICTION_REACH) break;
      if (earlier.asserter.side === later.asserter.side || !(showsMedium(earlier) || showsNamedMedium(earlier, (tokens[medium] as Token).lower))) continue;
      const shown = earlier.attribution.sentence.tokens;
      const elsewhere = tokens
        .slice(medium + 1, b)
        .some((t) => PROVENANCE_WORDS.has(t.lower) || (YEAR.test(t.text) && !shown.some((x) => x.text === t.text)));
      if (elsewhere) add(earlier, claimAsResponse(text, later, 'denies'));
      break;
    }
  }
}

const SHOWING_VERBS = new Set(['showed', 'shows', 'show', 'showing', 'depicted', 'depicts', 'depicting']);

/** "One clip ... came with a caption that its poster said showed P": what is shown, in a sentence naming the medium. */
function showsNamedMedium(c: Asserted, medium: string): boolean {
  const tokens = c.attribution.sentence.tokens;
  return SHOWING_VERBS.has(tokens[c.attribution.content[0]]?.lower ?? '') && tokens.some((t) => t.lower === medium);
}
