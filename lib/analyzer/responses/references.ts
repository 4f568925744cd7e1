// Stage 5, responses: references to an earlier claim. "These claims", "the Tajik version",
// "Vilela's remarks", "the report": whose words a reference names (its owners), which claims it can
// stand for, and the outlets' reports "the report" may mean.
import { isCapitalised, beforeComma } from '../words';
import { ANAPHORIC_DETERMINERS, PUBLISHED_NOUNS, RUMOUR_NOUNS, STANCE_NAMING_CUES } from '../lexicon';
import { namedSide, remembered, isUnnamedSide, isCountrySide, isPartySide } from '../side-names';
import { type Asserted, reportsFor } from '../asserters';
import type { Token } from '../nlp';
import { POSSESSIVE_MARKS, isQuote } from '../phrases';
import { mapped } from '../mapped';
import { withoutPossessive, overlap } from './topic';
import type { Response } from './find-responses';
import { CLAIM_PRONOUNS } from './claim-parts';
import { COPULAS } from './stance';

/** "these claims", "those allegations": all a speaker said lately. */
export const CLAIMS_PLURALS = new Set(['claims', 'allegations', 'accusations', 'assertions', 'charges']);
export const DEMONSTRATIVE_PLURALS = new Set(['these', 'those', 'such', 'the']);

/** A name in a reference ("the Tajik version", "Vilela's remarks"), lower-cased, with the side it stands for. */
export interface Owner {
  lower: string;
  side: string | null;
}

/** Words of a reference that name whose words are answered: "Tajik", "Vilela's", "union's". */
export function ownerWordsOf(reference: string[]): string[] {
  // Built by push (see mapped): an empty filter() result has another shape in each compiler tier.
  const owners: string[] = [];
  for (const w of reference) {
    if ((isCapitalised(w) || /\p{L}['\u2019]s?$/u.test(w)) && !ANAPHORIC_DETERMINERS.has(w.toLowerCase()) && w.toLowerCase() !== 'the') owners.push(w);
  }
  return owners;
}

export function ownersIn(reference: string[]): Owner[] {
  return ownerWordsOf(reference).map((w) => {
    const owner = withoutPossessive(w);
    return { lower: owner.toLowerCase(), side: namedSide(owner) };
  });
}

/**
 * The owner a claim of another side names before the reference's noun ("assessing the CHOICE
 * findings" → CHOICE), latest first, with the claims that name it so (they speak about, not for, it).
 */
export function mentionedOwner(claims: readonly Asserted[], from: number, to: number, noun: string, other: (c: Asserted) => boolean): { owner: string; about: Set<number> } | null {
  let owner = '';
  const about = new Set<number>();
  for (let k = to - 1; k >= from; k--) {
    const c = claims[k] as Asserted;
    if (!other(c)) continue;
    const tokens = c.attribution.sentence.tokens;
    for (let i = c.attribution.content[0] + 1; i < c.attribution.content[1]; i++) {
      if (tokens[i]?.lower !== noun) continue;
      const before = tokens[i - 1] as Token;
      const named = POSSESSIVE_MARKS.has(before.text) ? (tokens[i - 2] as Token | undefined)?.text ?? '' : before.text;
      if (!isCapitalised(named) || ANAPHORIC_DETERMINERS.has(named.toLowerCase())) continue;
      if (!owner) owner = named;
      if (named === owner) about.add(k);
    }
  }
  return owner ? { owner, about } : null;
}

const PLAN_MODALS = new Set(['will', 'would', "'ll"]);
/** "I want every voter to know", "we hope": a wish of the speaker's own, said in the first person. */
const WISH_VERBS = new Set(['want', 'hope']);
const FIRST_PERSON_SUBJECTS = new Set(['i', 'we']);
const SELF_PRONOUNS = new Set(['we', 'it', 'they', 'he', 'she', 'i']);

/** "Denmark would raise the matter with NATO", "we will appeal", "I want voters to know": what the asserter's side will do or wants, not its account of what happened. */
export function isPlan(c: Asserted): boolean {
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  if (FIRST_PERSON_SUBJECTS.has(tokens[a]?.lower ?? '') && WISH_VERBS.has(tokens[a + 1]?.lower ?? '')) return true;
  for (let k = a + 1; k < Math.min(a + 4, b); k++) {
    if (!PLAN_MODALS.has((tokens[k] as Token).lower)) continue;
    const subject = tokens[k - 1] as Token;
    return k - a === 1 && (SELF_PRONOUNS.has(subject.lower) || namedSide(subject.text) === c.asserter.side);
  }
  return false;
}

/** Pronouns by which a speaker's own words name someone else: "They would rather shut down the government". */
const THIRD_PERSON = new Set(['it', 'they', 'he', 'she']);

/** A plan of the asserter's own side: in a quote, "they would" is what others will do. */
export function isOwnPlan(c: Asserted): boolean {
  const subject = c.attribution.sentence.tokens[c.attribution.content[0]]?.lower ?? '';
  return isPlan(c) && !((c.attribution.kind === 'quote' || c.attribution.kind === 'continued') && THIRD_PERSON.has(subject));
}

/** Does the claim's asserter match the names of a reference (any asserter, when it names none)? */
export function matchesOwners(claim: Asserted, owners: readonly Owner[]): boolean {
  if (owners.length === 0) return true;
  const name = claim.asserter.name.toLowerCase();
  const side = claim.asserter.side;
  const sideLower = side.toLowerCase();
  return owners.some((o) => name.includes(o.lower) || sideLower.includes(o.lower) || o.side === side);
}

/** A word lower-cased without its possessive ("union's" → union). */
export function bareOwner(word: string): string {
  return withoutPossessive(word).toLowerCase();
}

/** The last word of a name before any comma, bare: "The dockworkers' union" → union. */
export const headNoun = remembered((name: string): string => {
  const head = beforeComma(name).trim().split(/\s+/);
  return bareOwner(head[head.length - 1] ?? '');
});

/** What an article's whole story is called by those who answer it: "the reports", "the rumours", not "these claims". */
export const STORY_NOUNS: ReadonlySet<string> = new Set([...PUBLISHED_NOUNS, 'reports', 'rumours', 'rumors', 'rumour', 'rumor', 'stories']);

/** Said by no one named: "a story", "the article", "posts", "sources". */
function isUnsourced(c: Asserted): boolean {
  return isUnnamedSide(c.asserter.side);
}

/** An outlet's report or what unnamed sources told one ("sources tell Variety"): what "the report" may mean. */
export function isReported(c: Asserted): boolean {
  return isOutletReport(c) || isUnsourced(c);
}

/**
 * A claim an outlet reported: "X reported that P", "according to a report in X", "The report said P"
 * (resolved to X); not a state's or a party's "report".
 */
export function isOutletReport(c: Asserted): boolean {
  return reportsFor(c.attribution, c.asserter) && !isCountrySide(c.asserter.side) && !isPartySide(c.asserter.side);
}

/**
 * The reports of [from, to) by an outlet whose words the response names after its stance: "the
 * Courier's story", "the Ledger report" (not "..., Reuters said", the wire that carried it).
 */
export function namedOutletReports(claims: readonly Asserted[], from: number, to: number, r: Response, other: (c: Asserted) => boolean): Asserted[] {
  // The owners the response names come first: most name none, and then no claim need be read.
  const owners = namedOwnersAfter(r.sentence.tokens, r.at);
  if (owners.length === 0) return [];
  const byHead = new Map<string, Asserted[]>();
  for (let k = from; k < to; k++) {
    const c = claims[k] as Asserted;
    if (!other(c) || !isOutletReport(c) || isUnnamedSide(c.asserter.side)) continue;
    const head = headNoun(c.asserter.side);
    const reports = byHead.get(head);
    if (reports) reports.push(c);
    else byHead.set(head, [c]);
  }
  const named: Asserted[] = [];
  for (const owner of owners) named.push(...(byHead.get(owner) ?? []));
  return named;
}

/** The bare owners named after token `at` as whose words they are ("the Courier's story" → courier), each once, in order. */
function namedOwnersAfter(tokens: readonly Token[], at: number): string[] {
  const owners = new Set<string>();
  for (let k = at + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (isCapitalised(t.text) && namesWords(tokens, k)) owners.add(bareOwner(t.lower));
  }
  return [...owners];
}

/** Does the name at k say whose words they are: "Courier's", "Courier 's story", "Courier report"? */
function namesWords(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1]?.lower ?? '';
  return withoutPossessive(t.text) !== t.text || POSSESSIVE_MARKS.has(next) || PUBLISHED_NOUNS.has(next) || RUMOUR_NOUNS.has(next);
}

/**
 * The reporting verb a reference noun points back to: "the warning" → warned, "the charge" → accused,
 * "the findings" → what a report found (news tells findings in the past: "found that P").
 */
const REFERENCE_CUE_STEMS: Readonly<Record<string, string>> = {
  warning: 'warn', warnings: 'warn', charge: 'accus', charges: 'accus', accusation: 'accus', accusations: 'accus',
  allegation: 'alleg', allegations: 'alleg', estimate: 'estimat', estimates: 'estimat', assertion: 'assert',
  assertions: 'assert', announcement: 'announc', prediction: 'predict', report: 'report', reports: 'report', claim: 'claim',
  finding: 'found', findings: 'found',
};

/** The reporting verb a reference points back to ("the charge" → accus), if it names one. */
export function cueStemOf(reference: readonly string[]): string | undefined {
  return mapped(reference, (w) => REFERENCE_CUE_STEMS[w.toLowerCase()]).find(Boolean);
}

/**
 * Can a claim be what a reference names? "Beijing says P; Washington calls the charge baseless":
 * "the charge" is what was alleged, not P; "Moscow's claim" is Moscow's. No reference fits any claim.
 */
export function fitsReference(c: Asserted, reference: readonly string[] | null, sameSentence = false): boolean {
  if (!reference) return true;
  const cueStem = cueStemOf(reference);
  // "X said P, but Y called the claim a fabrication": in the claim's own sentence "the claim" is P, whatever the cue.
  if (cueStem && !(sameSentence && cueStem === 'claim') && !madeWith(c, cueStem)) return false;
  return matchesOwners(c, ownersIn(reference.filter((w) => isCapitalised(w))));
}

/** Was the claim made with a verb of this stem: its cue, or the verb its cue carries on ("claimed responsibility, saying P")? */
export function madeWith(c: Asserted, stem: string): boolean {
  if (c.attribution.cue.toLowerCase().startsWith(stem)) return true;
  const tokens = c.attribution.sentence.tokens;
  for (let k = 0; k < c.attribution.content[0]; k++) if (tokens[k]?.pos === 'VERB' && tokens[k]?.lower.startsWith(stem)) return true;
  return false;
}

/** Determiners that point at what was just said: "that charge", "this claim". */
export const DEMONSTRATIVES = new Set(['that', 'this']);

/**
 * "The claim could not be independently verified.": a bare definite reference opening its sentence
 * points at what was just said, as "that claim" does.
 */
export function opensWithDefinite(tokens: readonly Token[], reference: readonly string[]): boolean {
  return reference.length === 2 && tokens[0]?.lower === 'the' && tokens[1]?.text === reference[1];
}

/**
 * The claims of [from, to) a framed topic names ("On the requests to stop"): every one sharing a
 * word of it the story does not keep using.
 */
export function framedClaims(claims: readonly Asserted[], from: number, to: number, frame: ReadonlySet<string>, words: readonly Set<string>[], story: ReadonlySet<string>, eligible: (k: number) => boolean): Asserted[] {
  const telling = new Set([...frame].filter((w) => !story.has(w)));
  const named: Asserted[] = [];
  for (let k = from; k < to; k++) if (eligible(k) && overlap(telling, words[k] ?? new Set()) > 0) named.push(claims[k] as Asserted);
  return named;
}

/** Is the stance word at `at` followed only by "that", "this" or "it" and the sentence's end? */
export function pronounObjectEnds(tokens: readonly Token[], at: number): boolean {
  const end = tokens[at + 2];
  return CLAIM_PRONOUNS.has(tokens[at + 1]?.lower ?? '') && (!end || (end.pos === 'PUNCT' && end.text !== ','));
}

const POINTING_SUBJECTS = new Set(['that', 'this', 'these', 'those']);

/** '"These are lies meant to ...," X said': a verdict whose subject points at what was just said. */
export function pointedVerdict(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k > 0 && (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'ADV')) k--;
  const opens = tokens[k - 2];
  return COPULAS.has(tokens[k]?.lower ?? '') && POINTING_SUBJECTS.has(tokens[k - 1]?.lower ?? '') && (!opens || isQuote(opens));
}

/** Determiners of the thing a naming verdict names: "calling the line a fabrication", "called that figure invented". */
const NAMED_THING_DETERMINERS = new Set(['the', 'that', 'this']);

/** 'a memo calling the line "a fabrication"': a verdict naming one thing just said, whatever its noun. */
export function namedThingVerdict(tokens: readonly Token[], at: number): boolean {
  return STANCE_NAMING_CUES.has(tokens[at]?.lower ?? '') && NAMED_THING_DETERMINERS.has(tokens[at + 1]?.lower ?? '') && tokens[at + 2]?.pos === 'NOUN' && tokens[at + 3]?.pos !== 'NOUN';
}
