// Stage 5, responses: counts set against counts. A later claim that gives the same thing another
// count (a rival figure, a conflicting tally, "the true toll", a split vote against "unanimously",
// "no correspondence from" a sender against its letter) disputes the earlier one; one that gives
// the same count (or none of the same thing, or says its figure matches), or tells the same act
// again, backs it.
import type { Asserted } from '../asserters';
import type { ClaimResponse } from '../types';
import { mapped } from '../mapped';
import { DENIAL_VERBS, CASUALTY_KINDS, CARE_WORDS, EVENT_WORDS, MATCHING_PHRASES, LETTER_NOUNS, SEND_VERBS, RECEIVE_VERBS, PhraseSet } from '../lexicon';
import type { Token } from '../nlp';
import type { Response } from './find-responses';
import { countsOtherwise, FIGURE_NOUNS, hasNumber } from './rival-figures';
import { ownersIn, matchesOwners } from './references';
import { claimText } from './claim-parts';
import { POSSESSIVE_MARKS, isVerb } from '../phrases';
import { isRumour } from './rumours';
import { OWN_WORDS } from './stance';
import { CONTRADICTION_REACH, claimAsResponse, ANSWER_REACH, answerable } from './counter-claims';
import {
  overlap,
  eventsWithin,
  sameEvent,
  sameNames,
  onlyEvents,
  MIN_CONTRADICTION_STEM,
  countOf,
  partitiveTotal,
  stem,
  ORDINALS,
  nameWords,
  countedWords,
  contentWords,
  topicStem,
} from './topic';

/** Sentences back a rival figure may answer: the figure it disputes is given just before it. */
const RIVAL_FIGURE_REACH = 2;

/**
 * "The unions said 200,000 people took part. Police put the number at about 35,000": another side's
 * figure for the same count, given right after it, disputes the claim that holds the first figure.
 */
export function linkRivalFigures(text: string, claims: readonly Asserted[], responses: readonly Response[], add: (c: Asserted, r: ClaimResponse) => void): void {
  for (const r of responses) {
    const { figure, by } = r;
    if (!figure || !by) continue;
    const response: ClaimResponse = { by, stance: 'denies', text: text.slice(r.sentence.start, r.sentence.end) };
    for (const c of claims) {
      const gap = r.sentence.index - c.attribution.sentence.index;
      if (gap > 0 && gap <= RIVAL_FIGURE_REACH && c.asserter.side !== by.side && countsOtherwise(c, figure)) add(c, response);
    }
  }
}

/**
 * A later claim by another side that gives the same count of the same thing ("all 14 arrests were
 * for blocking the road" / "its volunteers had counted 14 arrests"), or the same count of the same
 * harm with no noun ("two other workers were taken to hospital" / "two were hospitalized"), backs
 * the earlier one.
 */
export function linkEchoes(text: string, claims: Asserted[], negated: readonly boolean[], add: (c: Asserted, r: ClaimResponse) => void): void {
  const counts = mapped(claims, countsIn);
  const harms = mapped(claims, harmCountsIn);
  for (let j = 0; j < claims.length; j++) {
    const later = claims[j] as Asserted;
    if ((counts[j]?.size === 0 && harms[j]?.length === 0) || DENIAL_VERBS.has(later.attribution.cue.toLowerCase())) continue;
    for (const i of answerable(claims, j, CONTRADICTION_REACH)) {
      if (negated[i] !== negated[j]) continue;
      if (overlap(counts[i] ?? new Set(), counts[j] ?? new Set()) === 0 && !sameHarmCount(harms[i] ?? [], harms[j] ?? [])) continue;
      add(claims[i] as Asserted, claimAsResponse(text, later, 'supports'));
    }
  }
}

/**
 * "The chief said a second worker had not been located. / The company now says a second has not
 * been located": a later claim of another side that tells the same act of the same subject (every
 * word of the earlier claim from its verb on, counts included; a word of its subject; the same
 * negation) backs it.
 */
export function linkRestatedActs(text: string, claims: Asserted[], words: Set<string>[], negated: readonly boolean[], add: (c: Asserted, r: ClaimResponse) => void): void {
  const acts: Array<RestatableAct | null | undefined> = [];
  // A lede is told again below by its own source, often named only there: no second side; and a
  // rumour passed on ("Posts on social media claimed ...") backs no other telling of it.
  const untold = claims.map((c) => inLede(c) || isRumour(c));
  for (let j = 0; j < claims.length; j++) {
    const later = claims[j] as Asserted;
    if (DENIAL_VERBS.has(later.attribution.cue.toLowerCase()) || isRumour(later)) continue;
    const [a, b] = later.attribution.content;
    let laterWords: Set<string> | undefined;
    let laterNames: Set<string> | undefined;
    for (const i of answerable(claims, j, CONTRADICTION_REACH)) {
      if (negated[i] !== negated[j] || untold[i]) continue;
      const act = acts[i] === undefined ? (acts[i] = restatableAct(claims[i] as Asserted)) : acts[i];
      if (!act) continue;
      laterWords ??= countedWords(later.attribution.sentence.tokens, a, b, words[j]);
      laterNames ??= namingWords(later.attribution.sentence.tokens, a, b);
      const [told, named] = [laterWords, laterNames];
      if (act.predicate.every((w) => told.has(w)) && act.subject.some((w) => named.has(w))) add(claims[i] as Asserted, claimAsResponse(text, later, 'supports'));
    }
  }
}

/** A claim's subject words and its words from its verb on (restatableAct). */
interface RestatableAct {
  subject: readonly string[];
  predicate: readonly string[];
}

/** A claim of the headline or the opening paragraph. */
function inLede(c: Asserted): boolean {
  return c.attribution.sentence.headline || c.attribution.sentence.paragraph <= 1;
}

/** The words of tokens [a, b) that name a thing ("a second" of "a second worker"), as written. */
function namingWords(tokens: readonly Token[], a: number, b: number): Set<string> {
  const out = new Set<string>();
  for (let k = a; k < b; k++) if (NAMING_TAGS.has((tokens[k] as Token).pos)) out.add((tokens[k] as Token).lower);
  return out;
}
const NAMING_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);

/** A claim's subject words and its words from its verb on, when the act says something of its own (a word long enough to carry content). */
function restatableAct(c: Asserted): RestatableAct | null {
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  let verb = a;
  while (verb < b && !isVerb(tokens[verb])) verb++;
  if (verb === a || verb === b) return null;
  const predicate = [...countedWords(tokens, verb, b)];
  if (!predicate.some((w) => w.length >= MIN_CONTRADICTION_STEM)) return null;
  return { subject: [...namingWords(tokens, a, verb)], predicate };
}

/**
 * A later claim by another side that counts some of a thing where the earlier counted none ("no
 * one was hurt" / "three people were injured", "no crashes" / "two crashes"), or none where it
 * counted some, disputes the earlier one.
 */
export function linkCountConflicts(text: string, claims: Asserted[], words: Set<string>[], tallies: readonly Tallies[], add: (c: Asserted, r: ClaimResponse) => void): void {
  for (let j = 0; j < claims.length; j++) {
    const later = claims[j] as Asserted;
    const mine = tallies[j] as Tallies;
    if (mine.size === 0) continue;
    for (let i = j - 1; i >= 0; i--) {
      const earlier = claims[i] as Asserted;
      const gap = later.attribution.sentence.index - earlier.attribution.sentence.index;
      if (gap > CONTRADICTION_REACH) break;
      if (gap <= 0 || earlier.asserter.side === later.asserter.side) continue;
      // The cheap test first: most pairs count nothing in common.
      let conflict = false;
      for (const [thing, none] of tallies[i] as Tallies) if (mine.has(thing) && mine.get(thing) !== none) conflict = true;
      if (!conflict) continue;
      const wordsI = words[i] ?? new Set<string>();
      const wordsJ = words[j] ?? new Set<string>();
      // "nobody had been injured during the evacuation" / "two people injured in a car crash": another event.
      if (!eventsWithin(wordsI, wordsJ) && !eventsWithin(wordsJ, wordsI)) continue;
      // Counts further apart than a party's own answer must be about the same thing in other words
      // too, or be one event ("nobody had been injured during the evacuation" / "treated two people
      // for minor injuries"): named by both, placed by no name only one gives ("a field near Plauru"),
      // and one of them saying nothing else ("two dockers wounded at the terminal" / "nobody hurt
      // near the village" are two).
      const oneEvent = sameEvent(wordsI, wordsJ) && sameNames(earlier, later) && (onlyEvents(wordsI, wordsJ) || onlyEvents(wordsJ, wordsI));
      if (gap > ANSWER_REACH && overlap(wordsI, wordsJ, MIN_CONTRADICTION_STEM) < 2 && !oneEvent) continue;
      add(earlier, claimAsResponse(text, later, 'denies'));
    }
  }
}

/** Words that set a figure right: "the true saving", "the real cost", "the actual number". */
const CORRECTING = new Set(['true', 'real', 'actual']);
/** Most tokens between "the" and the noun of a figure it names: "the 38 per cent figure", "the £ 640,000 figure". */
const FIGURE_REACH = 5;

/** A word's root, its endings off: "saving" and "save" → "sav", "figures" → "figur". */
function rootOf(word: string): string {
  const root = word.replace(/(?:ings?|ed|es|e|s)$/, '');
  return root.length >= 3 ? root : word;
}

/**
 * What a claim sets right, when it opens by correcting a figure: "the true saving was far lower"
 * (the root of the thing counted) or "the 38 per cent figure did not count ..." (the count, when
 * the claim says no to it). Null for any other claim.
 */
function correctedFigure(c: Asserted, negated: boolean): { root: string } | { count: string } | null {
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  if (tokens[a]?.lower !== 'the') return null;
  const thing = tokens[a + 2];
  if (CORRECTING.has(tokens[a + 1]?.lower ?? '') && thing?.pos === 'NOUN') return { root: rootOf(thing.lower) };
  if (!negated) return null;
  let count: string | undefined;
  for (let k = a + 1; k < Math.min(b, a + 1 + FIGURE_REACH); k++) {
    const t = tokens[k] as Token;
    count ??= t.pos === 'NUM' ? countOf(t) : undefined;
    if (FIGURE_NOUNS.has(t.lower)) return count === undefined ? null : { count };
  }
  return null;
}

/**
 * "the true saving was far lower", "the 38 per cent figure did not count children": a claim that
 * sets right a figure another side gave disputes the claim that gave it (the latest such, when it
 * names the thing counted rather than the count).
 */
export function linkCorrections(text: string, claims: Asserted[], negated: readonly boolean[], add: (c: Asserted, r: ClaimResponse) => void): void {
  for (let j = 0; j < claims.length; j++) {
    const later = claims[j] as Asserted;
    const corrected = correctedFigure(later, !!negated[j]);
    if (!corrected) continue;
    for (const i of answerable(claims, j, CONTRADICTION_REACH)) {
      const earlier = claims[i] as Asserted;
      const [a, b] = earlier.attribution.content;
      const tokens = earlier.attribution.sentence.tokens.slice(a, b);
      const counts = tokens.map(countOf).filter((n): n is string => n !== undefined && /\d/.test(n));
      if ('count' in corrected) {
        if (counts.includes(corrected.count)) add(earlier, claimAsResponse(text, later, 'denies'));
      } else if (counts.length && tokens.some((t) => rootOf(t.lower) === corrected.root)) {
        add(earlier, claimAsResponse(text, later, 'denies'));
        break;
      }
    }
  }
}

/** How many tokens after ", not" a count it sets aside may come: ", not $3.1 million". */
const SET_ASIDE_REACH = 3;

/** The counts in digits a claim sets aside after ", not": "went out 58 minutes after the alert, not 22" → 22. */
function countsSetAside(c: Asserted): Set<string> {
  const out = new Set<string>();
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a + 1; k < b; k++) {
    if ((tokens[k] as Token).lower !== 'not' || tokens[k - 1]?.text !== ',') continue;
    for (let m = k + 1; m < Math.min(b, k + 1 + SET_ASIDE_REACH); m++) {
      const count = countOf(tokens[m] as Token);
      if (count !== undefined && /\d/.test(count)) out.add(count);
    }
  }
  return out;
}

/**
 * "She said the alert was cancelled within 22 minutes" / "the cancellation went out 58 minutes
 * after the alert, not 22": a later claim by another side that sets aside the very count an
 * earlier claim gave disputes it.
 */
export function linkSetAsideCounts(text: string, claims: Asserted[], add: (c: Asserted, r: ClaimResponse) => void): void {
  for (let j = 0; j < claims.length; j++) {
    const later = claims[j] as Asserted;
    const setAside = countsSetAside(later);
    if (setAside.size === 0) continue;
    for (const i of answerable(claims, j, CONTRADICTION_REACH)) {
      const earlier = claims[i] as Asserted;
      const [a, b] = earlier.attribution.content;
      if (earlier.attribution.sentence.tokens.slice(a, b).some((t) => setAside.has(countOf(t) ?? ''))) add(earlier, claimAsResponse(text, later, 'denies'));
    }
  }
}

/** Words that count nothing: "no one was hurt", "nobody died", "none of its fighters". */
const NONE_WORDS = new Set(['nobody', 'none', 'noone']);

/** Units a count measures in, not things or people it counts: "nine days", "40 miles". */
const MEASURE_NOUNS = new Set(
  ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'mile', 'kilometre', 'kilometer', 'metre', 'meter', 'foot', 'inch', 'percent', 'time'].flatMap((w) => [w, `${w}s`]).concat(['feet', 'inches']),
);

/**
 * Nouns for the people a body puts to work: "none of its employees" and "two of its members" (or
 * "its crews", "workers") count one kind of people, whatever the side calls them.
 */
const WORKFORCE_NOUNS = new Set(['employee', 'worker', 'member', 'crew', 'staff', 'staffer', 'personnel'].flatMap((w) => [w, `${w}s`]));
const WORKFORCE = 'workforce';

/** What a claim counts, each thing with whether it counts none of it. */
type Tallies = Map<string, boolean>;

/** What each claim counts, found once for the links that compare counts. */
export function talliesOf(claims: readonly Asserted[]): Tallies[] {
  return mapped(claims, talliesIn);
}

/**
 * What a claim counts, and whether it counts none of it: "no crashes" → crash: none, "two
 * crashes" → crash: some; with a word of harm in the claim, the people it counts are counted as
 * that harm ("no one was hurt" → hurt: none, "three people were injured" → hurt: some).
 */
function talliesIn(c: Asserted): Tallies {
  const out: Tallies = new Map();
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  let people: boolean | undefined;
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    let none: boolean | undefined;
    let noun = k + 1;
    if (t.lower === 'no' && tokens[k + 1]?.lower === 'one') people ??= true;
    else if (NONE_WORDS.has(t.lower) && tokens[k + 1]?.lower !== 'of') people ??= true;
    else if (NONE_WORDS.has(t.lower)) {
      none = true;
      noun = k + 2;
    } else if (t.lower === 'no') none = true;
    // "two of the four patients": the total after "of" is not a count of those the claim is about.
    else if (t.pos === 'NUM' && countOf(t) !== undefined && !partitiveTotal(tokens, k)) {
      none = /^0+$/.test(t.text);
      // "two of its members" counts members, as "none of its employees" counts employees.
      if (tokens[k + 1]?.lower === 'of') noun = k + 2;
    }
    if (none === undefined) continue;
    // "no serious crashes", "none of its fighters", "two armed men": the noun a word or two on.
    while (noun < Math.min(b, k + 4) && (tokens[noun]?.pos === 'DET' || tokens[noun]?.pos === 'ADJ' || tokens[noun]?.pos === 'PRON')) noun++;
    const counted = tokens[noun];
    if (counted?.pos !== 'NOUN') continue;
    out.set(WORKFORCE_NOUNS.has(counted.lower) ? WORKFORCE : stem(counted.lower), none);
    // "for nine days, nobody was hurt": a span or a measure counts no people.
    if (!MEASURE_NOUNS.has(counted.lower)) people ??= none;
  }
  if (people === undefined) return out;
  // The claim's first word of harm, looked for only once it counts people.
  let harm: string | undefined;
  for (let k = a; k < b && harm === undefined; k++) harm = CASUALTY_KINDS.get((tokens[k] as Token).lower);
  if (harm) out.set(`harm:${harm}`, people);
  return out;
}

/** Determiners before a count that point back at things already counted. */
const BACK_REFERENCES = new Set(['the', 'these', 'those']);

/** Most words between a count and the noun it counts: "two other contract workers". */
const COUNTED_NOUN_REACH = 3;

/**
 * The noun a count at `k` counts: the last noun of the words describing it right after the count,
 * so that "two contract workers" and "two other workers" both count workers. -1 for none.
 */
function countedNoun(tokens: readonly Token[], k: number, end: number): number {
  let noun = -1;
  for (let n = k + 1; n < Math.min(end, k + 1 + COUNTED_NOUN_REACH); n++) {
    const t = tokens[n] as Token;
    if (t.pos === 'NOUN') noun = n;
    else if (t.pos !== 'ADJ' || noun >= 0) break;
  }
  return noun;
}

/** "14 arrests", "two people": each number in a claim with the stem of the noun it counts. */
function countsIn(c: Asserted): Set<string> {
  const out = new Set<string>();
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a; k < b - 1; k++) {
    const t = tokens[k] as Token;
    if (t.pos !== 'NUM') continue;
    const noun = countedNoun(tokens, k, b);
    if (noun < 0) continue;
    // "any of the three firms" points back at firms already counted: it repeats no count of its own.
    if (k > a && BACK_REFERENCES.has((tokens[k - 1] as Token).lower)) continue;
    const count = countOf(t);
    if (count !== undefined) out.add(`${count} ${stem((tokens[noun] as Token).lower)}`);
  }
  return out;
}

/** A count and the harm told of it: "two were hospitalized" → 2, hospitalized, with no noun counted. */
type HarmCount = { count: string; harm: string; nounless: boolean };

/** Tags that end what is told of one count: "two workers were taken to hospital, one with burns and three ...". */
const COUNT_SCOPE_ENDS = new Set(['PUNCT', 'CCONJ', 'SCONJ', 'NUM']);

/**
 * Each count in a claim told with a word of harm before its clause ends ("two other workers were
 * taken to Morrow County Hospital" → 2 hospitalized), marked when no noun follows the count, its
 * subject the count alone ("two were hospitalized").
 */
function harmCountsIn(c: Asserted): HarmCount[] {
  const out: HarmCount[] = [];
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a; k < b - 1; k++) {
    const t = tokens[k] as Token;
    const count = t.pos === 'NUM' && !partitiveTotal(tokens, k) ? countOf(t) : undefined;
    if (count === undefined || (k > a && BACK_REFERENCES.has((tokens[k - 1] as Token).lower))) continue;
    let harm: string | undefined;
    for (let n = k + 1; n < b && harm === undefined && !COUNT_SCOPE_ENDS.has((tokens[n] as Token).pos); n++) harm = harmOf((tokens[n] as Token).lower);
    const next = tokens[k + 1] as Token;
    if (harm) out.push({ count, harm, nounless: next.pos === 'AUX' || next.pos === 'VERB' });
  }
  return out;
}

/** The harm a word tells, care ("hospitalized") as its own. */
function harmOf(word: string): string | undefined {
  return CASUALTY_KINDS.get(word) ?? (CARE_WORDS.has(word) ? 'care' : undefined);
}

/** Do two claims give one count of one harm, at least one of them with no noun that could set the two apart? */
function sameHarmCount(earlier: readonly HarmCount[], later: readonly HarmCount[]): boolean {
  return earlier.some((e) => later.some((l) => (e.nounless || l.nounless) && e.count === l.count && e.harm === l.harm));
}

/** Words before an event that say it was the only one: "a single blast", "the lone explosion". */
const ONLY_WORDS = new Set(['single', 'lone', 'only']);
/** Most tokens between a count and the event it counts: "a second, larger explosion". */
const EVENT_COUNT_REACH = 3;

/**
 * How many of each event a claim says there were, one or more: "There was one explosion" →
 * explosion: one; "heard two blasts", "a second explosion" → explosion: more. Events are named by
 * their group's first word, so that "blasts" counts explosions.
 */
function eventCountsIn(c: Asserted): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    const count = t.pos === 'NUM' ? countOf(t) : undefined;
    const more = ORDINALS.has(t.lower) || (count !== undefined && Number(count) > 1);
    // "one" is no count elsewhere ("one of the cars"): here it is one only before the event it counts.
    if (!more && count !== '1' && t.lower !== 'one' && !ONLY_WORDS.has(t.lower)) continue;
    for (let n = k + 1; n < Math.min(b, k + 1 + EVENT_COUNT_REACH); n++) {
      const next = tokens[n] as Token;
      const event = next.pos === 'NOUN' ? EVENT_WORDS.get(next.lower) : undefined;
      if (event) {
        out.set(event, !more);
        break;
      }
      if (next.pos !== 'ADJ' && next.text !== ',') break;
    }
  }
  return out;
}

/**
 * "There was one explosion" / "residents heard two blasts": claims of two sides, near each other,
 * one saying there was a single event and the other more of it, dispute each other.
 */
export function linkEventCounts(text: string, claims: Asserted[], add: (c: Asserted, r: ClaimResponse) => void): void {
  const counts = mapped(claims, eventCountsIn);
  for (let j = 0; j < claims.length; j++) {
    const later = claims[j] as Asserted;
    const mine = counts[j] as Map<string, boolean>;
    if (mine.size === 0) continue;
    for (const i of answerable(claims, j, ANSWER_REACH)) {
      const earlier = claims[i] as Asserted;
      for (const [event, one] of counts[i] as Map<string, boolean>) {
        if (mine.get(event) !== !one) continue;
        // Either may be told first (a live blog runs newest first); a rumour answers no one.
        if (!isRumour(later)) add(earlier, claimAsResponse(text, later, 'denies'));
        if (!isRumour(earlier)) add(later, claimAsResponse(text, earlier, 'denies'));
        break;
      }
    }
  }
}

const MATCHING = new PhraseSet(MATCHING_PHRASES);

/**
 * The words naming whose figure a claim says its own matches, from the phrase to the figure's noun:
 * ["the", "CDC", "'s"] of "rose to 121, matching the CDC's figure". Null when it names none.
 */
function matchedOwnerWords(c: Asserted): string[] | null {
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  const words = tokens.slice(a, b).map((t) => t.lower);
  const at = MATCHING.find(words);
  if (at < 0 || words[at - 1] === 'not') return null;
  const from = at + MATCHING.longestAt(words, at);
  for (let k = from; k < Math.min(words.length, from + FIGURE_REACH); k++) {
    if (FIGURE_NOUNS.has(words[k] as string)) return k > from ? ownerWords(tokens.slice(a + from, a + k)) : null;
  }
  return null;
}

/** Tokens as the words of a reference, each possessive mark back on its name: "department", "'s" → "department's". */
function ownerWords(tokens: readonly Token[]): string[] {
  const words: string[] = [];
  for (const t of tokens) {
    if (POSSESSIVE_MARKS.has(t.text) && words.length) words[words.length - 1] += t.text;
    else words.push(t.text);
  }
  return words;
}

/**
 * "Its count had risen to 121 guests and crew, matching the CDC's figure": a claim that says its
 * figure matches another side's backs that side's latest earlier claim giving a number.
 */
export function linkMatchedFigures(text: string, claims: Asserted[], add: (c: Asserted, r: ClaimResponse) => void): void {
  for (let j = 0; j < claims.length; j++) {
    const later = claims[j] as Asserted;
    const reference = matchedOwnerWords(later);
    const owners = reference ? ownersIn(reference) : [];
    if (owners.length === 0) continue;
    for (let i = j - 1; i >= 0; i--) {
      const earlier = claims[i] as Asserted;
      if (earlier.asserter.side === later.asserter.side || !matchesOwners(earlier, owners) || !hasNumber(claimText(text, earlier))) continue;
      add(earlier, claimAsResponse(text, later, 'supports'));
      break;
    }
  }
}

/**
 * "There is no device at the stadium" / "confirmed that no explosive device was found": a later
 * claim by another side that counts none of the same thing backs the earlier one, when it comes
 * within a party's answer of it or shares more than the thing counted.
 */
export function linkSharedAbsences(text: string, claims: Asserted[], words: Set<string>[], tallies: readonly Tallies[], add: (c: Asserted, r: ClaimResponse) => void): void {
  for (let j = 0; j < claims.length; j++) {
    const later = claims[j] as Asserted;
    const mine = tallies[j] as Tallies;
    if (![...mine.values()].some((none) => none) || DENIAL_VERBS.has(later.attribution.cue.toLowerCase())) continue;
    for (const i of answerable(claims, j, CONTRADICTION_REACH)) {
      const earlier = claims[i] as Asserted;
      let shared = false;
      for (const [thing, none] of tallies[i] as Tallies) if (none && mine.get(thing) === true) shared = true;
      if (!shared) continue;
      const gap = later.attribution.sentence.index - earlier.attribution.sentence.index;
      if (gap > ANSWER_REACH && overlap(words[i] ?? new Set(), words[j] ?? new Set(), MIN_CONTRADICTION_STEM) < 2) continue;
      add(earlier, claimAsResponse(text, later, 'supports'));
    }
  }
}

/** "unanimously", not "near-unanimous": a vote said to have had no one against. */
const UNANIMOUS = /(?<![-\w])unanimous(?:ly)?\b/i;
/** "the vote was 3-2": a tally of a vote with some against. */
const SPLIT_TALLY = /\b[1-9]\d?\s?[-–]\s?[1-9]\d?\b/;
const VOTE_WORD = /\bvot(?:e|es|ed|ing)\b/i;

/** Whether a claim says a vote was split ("the vote was 3-2") or unanimous; null when it says neither. */
function voteIn(text: string, c: Asserted, negated: boolean): 'split' | 'unanimous' | null {
  const said = claimText(text, c);
  // "was not unanimous" is left alone; "two voting no" is no negation of the tally.
  if (UNANIMOUS.test(said)) return negated ? null : 'unanimous';
  return SPLIT_TALLY.test(said) && VOTE_WORD.test(said) ? 'split' : null;
}

/**
 * "the board had recommended the pardon unanimously" / "the vote on the application was 3-2": a later
 * claim by another side that gives a split tally where the earlier said unanimous, or the other way
 * round, disputes the earlier one.
 */
export function linkSplitVotes(text: string, claims: Asserted[], negated: readonly boolean[], add: (c: Asserted, r: ClaimResponse) => void): void {
  const votes = claims.map((c, k) => voteIn(text, c, !!negated[k]));
  for (let j = 0; j < claims.length; j++) {
    const vote = votes[j];
    if (!vote) continue;
    for (const i of answerable(claims, j, CONTRADICTION_REACH)) {
      if (votes[i] && votes[i] !== vote) add(claims[i] as Asserted, claimAsResponse(text, claims[j] as Asserted, 'denies'));
    }
  }
}

/** Most tokens between a verb of sending and what was sent: "mailed a two - page letter". */
const SENT_REACH = 6;
/** Most tokens between "no" or "any" and what was not received: "no written correspondence". */
const UNRECEIVED_REACH = 3;
/** Most tokens of a sender's name after "from": "the Linden County District Attorney". */
const SENDER_REACH = 6;

/** Whose letter a sender calls its own: "had kept a copy of his letter". */
const SENDERS_OWN = new Set([...OWN_WORDS, 'my', 'our']);

/** Does a claim say its asserter's letter was sent: "had mailed a two-page letter to the board", "kept a copy of his letter"? */
function sendsLetter(c: Asserted, negated: boolean): boolean {
  if (negated) return false;
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a; k < b; k++) {
    const word = (tokens[k] as Token).lower;
    if (SENDERS_OWN.has(word) && LETTER_NOUNS.has(tokens[k + 1]?.lower ?? '')) return true;
    if (!SEND_VERBS.has(word)) continue;
    for (let m = k + 1; m < Math.min(b, k + SENT_REACH); m++) if (LETTER_NOUNS.has((tokens[m] as Token).lower)) return true;
  }
  return false;
}

/** The name of whom a claim says no letter came from: "Linden County District Attorney" of "contains no correspondence from the Linden County District Attorney". */
function unreceivedSender(c: Asserted, negated: boolean): ReadonlySet<string> | null {
  if (!negated) return null;
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a; k < b; k++) {
    if (!LETTER_NOUNS.has((tokens[k] as Token).lower) || tokens[k + 1]?.lower !== 'from') continue;
    const none = tokens.slice(Math.max(a, k - UNRECEIVED_REACH), k).some((t) => t.lower === 'no' || t.lower === 'any');
    if (!none) continue;
    return senderNamed(tokens.slice(k + 2, Math.min(b, k + 2 + SENDER_REACH)));
  }
  return null;
}

/** The words of the proper names among a letter's sender tokens ("the Linden County Clerk"), or null when none is named. */
function senderNamed(tokens: readonly Token[]): ReadonlySet<string> | null {
  const names = tokens.filter((t) => t.pos === 'PROPN');
  return names.length ? nameWords(names.map((t) => t.text).join(' ')) : null;
}

/** Least words a sender named after "from" shares with the names of the letter's side: "Linden County", not "County" alone. */
const MIN_SENDER_WORDS = 2;

/** Most tokens between a verb of receiving and the letter, past its sender's name: "received the Hollis Parents Council's letter". */
const RECEIVED_REACH = 8;

/**
 * The name of whose letter a claim says came in: "Harrower" of "had received the Harrower
 * campaign's letter", "the Linden County Clerk" of "received a letter from the Linden County Clerk".
 */
function receivedSender(c: Asserted, negated: boolean): ReadonlySet<string> | null {
  if (negated) return null;
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a; k < b; k++) {
    if (!RECEIVE_VERBS.has((tokens[k] as Token).lower)) continue;
    for (let m = k + 1; m < Math.min(b, k + RECEIVED_REACH); m++) {
      if (!LETTER_NOUNS.has((tokens[m] as Token).lower)) continue;
      return senderNamed(tokens[m - 1]?.lower === "'s" ? tokens.slice(k + 1, m - 1) : tokens[m + 1]?.lower === 'from' ? tokens.slice(m + 2, Math.min(b, m + 2 + SENDER_REACH)) : []);
    }
  }
  return null;
}

/**
 * "had mailed a two-page letter to the board in March" / "the board's file contains no
 * correspondence from the district attorney": one side's letter and another side's saying none
 * came from that side dispute each other, the later answering the earlier; another side's saying
 * it received that side's letter backs it.
 */
export function linkLetters(text: string, claims: Asserted[], negated: readonly boolean[], add: (c: Asserted, r: ClaimResponse) => void): void {
  const sent = claims.map((c, k) => sendsLetter(c, !!negated[k]));
  const senders = claims.map((c, k) => unreceivedSender(c, !!negated[k]) ?? receivedSender(c, !!negated[k]));
  if (!sent.some(Boolean) || !senders.some(Boolean)) return;
  // The names each side's asserters go by: "Ostrowski said he had kept a copy of his letter" names
  // the district attorney his side's other claims call him.
  const sideNames = new Map<string, Set<string>>();
  for (const c of claims) {
    const names = sideNames.get(c.asserter.side) ?? new Set<string>();
    for (const w of nameWords(`${c.asserter.name} ${c.asserter.side}`)) names.add(w);
    sideNames.set(c.asserter.side, names);
  }
  const namedSender = (letter: Asserted, sender: ReadonlySet<string>): boolean =>
    overlap(sender, sideNames.get(letter.asserter.side) ?? new Set()) >= Math.min(MIN_SENDER_WORDS, sender.size);
  for (let j = 0; j < claims.length; j++) {
    if (!sent[j] && !senders[j]) continue;
    const later = claims[j] as Asserted;
    // The sender is named, so the two meet at any distance.
    for (const i of answerable(claims, j, Number.POSITIVE_INFINITY)) {
      const earlier = claims[i] as Asserted;
      const letterFirst = sent[i] && senders[j] && namedSender(earlier, senders[j] as ReadonlySet<string>);
      const letterLater = sent[j] && senders[i] && namedSender(later, senders[i] as ReadonlySet<string>);
      if (letterFirst || letterLater) add(earlier, claimAsResponse(text, later, negated[letterFirst ? j : i] ? 'denies' : 'supports'));
    }
  }
}

/** Words before a count that make it a floor: "at least 600", "more than 40", "over 300". */
const FLOOR_WORDS = new Set(['least', 'more', 'over', 'above', 'exceeding']);
/** Words before a count that make it a ceiling: "fewer than 10", "up to 12", "nearly 50". */
const CEILING_WORDS = new Set(['fewer', 'less', 'under', 'below', 'nearly', 'almost', 'to']);
/** Words before a count that make it a guess: "about 35,000", "roughly 200". */
const ROUGH_WORDS = new Set(['about', 'around', 'roughly', 'approximately', 'some', 'estimated']);
/** How far apart two rough counts must be to differ: "about 40" and "45" may be one count. */
const ROUGH_MARGIN = 0.25;
/** Marks of money before a figure: "$86,000" counts money, whatever noun follows. */
const MONEY_MARKS = new Set(['$', '£', '€', '¥']);

/** Words before a claim that date its telling before what was told above it: "Hours earlier, X had told reporters". */
const EARLIER_TELLING = new Set(['earlier', 'initially', 'originally', 'first']);

/** Is the claim told as said before the claims above it ("Hours earlier, a councilman had told reporters")? */
function toldEarlier(c: Asserted): boolean {
  return c.attribution.sentence.tokens.slice(0, c.attribution.content[0]).some((t) => EARLIER_TELLING.has(t.lower));
}

/** One count of a thing in a claim: how many, of what, and whether it is a floor, a ceiling or a guess. */
type NounCount = { count: number; noun: string; topic: string; bound: 'floor' | 'ceiling' | 'rough' | null };

/**
 * "the airport said 48 flights were cancelled" → 48 flight: each count of a thing (not a measure,
 * money, a year, nor a range's end or a part's total) in a claim, with the bound put on it.
 */
function nounCountsIn(c: Asserted): NounCount[] {
  const out: NounCount[] = [];
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a; k < b - 1; k++) {
    const t = tokens[k] as Token;
    const written = t.pos === 'NUM' ? countOf(t) : undefined;
    if (written === undefined || !/^\d+$/.test(written) || /^(?:19|20)\d\d$/.test(t.text)) continue;
    const before = tokens[k - 1]?.lower ?? '';
    const after = tokens[k + 1]?.lower ?? '';
    // "between 5 and 10", "5 to 10", "two of the four patients", "$86,000", "the three firms".
    if (before === 'between' || after === 'to' || after === 'and' || after === '-' || after === 'or' || partitiveTotal(tokens, k)) continue;
    if (MONEY_MARKS.has(before) || BACK_REFERENCES.has(before) || (tokens[k - 1]?.pos === 'NUM')) continue;
    const head = countedNoun(tokens, k, b);
    const noun = head >= 0 ? head : partOf(tokens, k, b);
    if (noun < 0 || MEASURE_NOUNS.has((tokens[noun] as Token).lower)) continue;
    const bound = FLOOR_WORDS.has(before) || (before === 'than' && FLOOR_WORDS.has(tokens[k - 2]?.lower ?? ''))
      ? 'floor'
      : CEILING_WORDS.has(before) || (before === 'than' && CEILING_WORDS.has(tokens[k - 2]?.lower ?? ''))
        ? 'ceiling'
        : ROUGH_WORDS.has(before)
          ? 'rough'
          : null;
    const counted = (tokens[noun] as Token).lower;
    out.push({ count: Number(written), noun: stem(counted), topic: topicStem(counted), bound });
  }
  return out;
}

/** "600 of the misprinted ballots": the noun a count takes a part of, -1 for none. */
function partOf(tokens: readonly Token[], k: number, end: number): number {
  if (tokens[k + 1]?.lower !== 'of') return -1;
  let n = k + 2;
  while (n < end && (tokens[n]?.pos === 'DET' || tokens[n]?.pos === 'ADJ' || tokens[n]?.pos === 'VERB')) n++;
  return tokens[n]?.pos === 'NOUN' ? n : -1;
}

/** The stems of a claim's words that are no name: "treated 63 wounded people at a Goma hospital" → treat, wound, peopl, hospi. */
function plainWords(c: Asserted): Set<string> {
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  const out = new Set<string>();
  for (const w of contentWords(tokens, a, b)) out.add(w);
  for (let k = a; k < b; k++) if ((tokens[k] as Token).pos === 'PROPN') out.delete(topicStem((tokens[k] as Token).lower));
  return out;
}

/** Can two counts of one thing both hold: "at least 600" and 640, "about 40" and 45? */
function compatibleCounts(x: NounCount, y: NounCount): boolean {
  if (x.count === y.count) return true;
  const [low, high] = x.count < y.count ? [x, y] : [y, x];
  if (low.bound === 'floor' || high.bound === 'ceiling') return true;
  if (low.bound === 'rough' || high.bound === 'rough') return high.count - low.count <= ROUGH_MARGIN * high.count;
  return false;
}

/**
 * "The airport said 48 flights were cancelled" / "the airline put it at 61 flights": a later claim by
 * another side giving a different count of the same thing disputes the earlier one, when it comes
 * within a party's answer of it or shares more than the thing counted. An earlier count does not
 * dispute a later claim: it reacts to nothing.
 */
export function linkDifferingCounts(text: string, claims: Asserted[], negated: readonly boolean[], add: (c: Asserted, r: ClaimResponse) => void): void {
  const counts = mapped(claims, nounCountsIn);
  // Each claim's words but its names, worked out on first use.
  const plain: Array<Set<string> | undefined> = [];
  for (let j = 0; j < claims.length; j++) {
    const mine = counts[j] as NounCount[];
    if (mine.length === 0 || negated[j]) continue;
    for (const i of answerable(claims, j, CONTRADICTION_REACH)) {
      const theirs = counts[i] as NounCount[];
      if (negated[i] || theirs.length === 0) continue;
      // Told again by the later side ("the 48 flights, and 13 more"), a count is not set aside.
      const differs = mine.some((m) => theirs.some((e) => e.noun === m.noun && !compatibleCounts(e, m)) && !theirs.some((e) => e.noun === m.noun && compatibleCounts(e, m)));
      if (!differs) continue;
      // "three miners were taken to hospital" / "nine miners were underground": a count of the same thing,
      // but what is told of it must meet too, beyond the thing counted.
      // Names ("at a Goma hospital" / "fled towards Goma") place the counts, and say nothing of what is told of them.
      const told = (plain[i] ??= plainWords(claims[i] as Asserted));
      const shared = overlap(told, (plain[j] ??= plainWords(claims[j] as Asserted)), MIN_CONTRADICTION_STEM) - mine.filter((m) => told.has(m.topic)).length;
      const gap = (claims[j] as Asserted).attribution.sentence.index - (claims[i] as Asserted).attribution.sentence.index;
      if (shared < 1 || (gap > ANSWER_REACH && shared < 2) || toldEarlier(claims[j] as Asserted)) continue;
      add(claims[i] as Asserted, claimAsResponse(text, claims[j] as Asserted, 'denies'));
    }
  }
}
