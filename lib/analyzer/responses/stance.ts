// Stage 5, responses: reading a sentence's stance. Which words of a sentence deny, refuse to
// confirm, support, agree or stand by ("denied the claims", "could not be independently verified",
// "stood by its report"), where the stance word stands, what a refusal is about, and which claims
// are vows ("would take all necessary measures").
import {
  PhraseSet,
  DENIAL_PHRASES,
  DENIAL_VERBS,
  DENIAL_WORDS,
  DENIAL_NAMES,
  DENIAL_OBJECT_PHRASES,
  EVIDENCE_VERBS,
  UNCONFIRMED_PHRASES,
  SUPPORT_VERBS,
  SUPPORT_PHRASES,
  AGREEMENT_VERBS,
  REAFFIRMATION_PHRASES,
  DEFENCE_PHRASES,
  SUPPORT_VERDICTS,
  UNREACHABLE_WORDS,
  VOW_PHRASES,
  ANAPHORIC_NOUNS,
  CLAUSE_CUES,
  STANCE_NAMING_CUES as NAMING_CUES,
  RUMOUR_NOUNS,
  DIFFERING_ACCOUNT_NOUNS,
  DIFFERING_ACCOUNT_VERBS,
} from '../lexicon';
import type { Token } from '../nlp';
import type { Stance } from '../types';
import { POSSESSIVE_PRONOUNS, isCapitalised } from '../words';
import { POSSESSIVE_MARKS, isQuote } from '../phrases';
import { mapped } from '../mapped';
import type { Asserted } from '../asserters';

export const DENIALS = new PhraseSet(DENIAL_PHRASES);

/** The checks stanceOf makes, one bit each. */
const DENIAL_VERB = 1;
const DENIAL_PHRASE = 2;
const DENIAL_WORD = 4;
const REFUSAL_PHRASE = 8;
const SUPPORT_VERB = 16;
const SUPPORT_PHRASE = 32;
const AGREEMENT_VERB = 64;
export const REAFFIRMATION = 128;
const DENIAL_OBJECT_PHRASE = 256;
const SUPPORT_VERDICT = 512;
export const DEFENCE = 1024;
/**
 * Every word that can start a stance, with the checks it can set off: a sentence makes only the
 * checks whose words it holds ("has" and "would" open many a phrase but are no denial verbs), and
 * a sentence holding none is skipped at once.
 */
const STANCE_TRIGGERS = new Map<string, number>();
const firstWords = (phrases: readonly (readonly string[])[]): string[] => phrases.flatMap((p) => p.slice(0, 1));
for (const [words, check] of [
  [DENIAL_VERBS, DENIAL_VERB],
  [firstWords(DENIAL_PHRASES), DENIAL_PHRASE],
  [DENIAL_WORDS, DENIAL_WORD],
  [DENIAL_NAMES, DENIAL_WORD],
  [firstWords(DENIAL_OBJECT_PHRASES), DENIAL_OBJECT_PHRASE],
  [firstWords(UNCONFIRMED_PHRASES), REFUSAL_PHRASE],
  [SUPPORT_VERBS, SUPPORT_VERB],
  [firstWords(SUPPORT_PHRASES), SUPPORT_PHRASE],
  [AGREEMENT_VERBS, AGREEMENT_VERB],
  [firstWords(REAFFIRMATION_PHRASES), REAFFIRMATION],
  [SUPPORT_VERDICTS, SUPPORT_VERDICT],
  [firstWords(DEFENCE_PHRASES), DEFENCE],
] as const) {
  for (const w of words) STANCE_TRIGGERS.set(w, (STANCE_TRIGGERS.get(w) ?? 0) | check);
}

/** "doesn't": the tokenizer's "n't", read as "not". */
const CONTRACTED_NOT = new Set(["n't", 'n\u2019t']);
for (const w of CONTRACTED_NOT) STANCE_TRIGGERS.set(w, (STANCE_TRIGGERS.get(w) ?? 0) | (STANCE_TRIGGERS.get('not') ?? 0));
/** A token's word as the stance lexicons spell it: "didn't immediately respond" is "did not immediately respond". */
const wordOf = (t: Token): string => (CONTRACTED_NOT.has(t.lower) ? 'not' : t.lower);

/** The checks of stanceOf that the words of a sentence can set off (0: none). */
export function stanceChecks(tokens: readonly Token[]): number {
  let checks = 0;
  for (const t of tokens) checks |= STANCE_TRIGGERS.get(t.lower) ?? 0;
  return checks;
}

const REFUSALS = new PhraseSet(UNCONFIRMED_PHRASES);
export const PASSIVE_AUXILIARIES = new Set(['be', 'been', 'being']);
/**
 * "Neither account could be independently verified": a passive refusal whose "not" its subject
 * carries. The refusal phrases that are passives of checking, without their "not".
 */
const UNCHECKED_BY_SUBJECT = new PhraseSet(
  UNCONFIRMED_PHRASES.filter((p) => p.includes('not') && p.some((w) => PASSIVE_AUXILIARIES.has(w)) && !p.some((w) => UNREACHABLE_WORDS.has(w))).map((p) => p.filter((w) => w !== 'not')),
);
/** Subjects that say "not" of all they name: "neither account", "none of the claims". */
const NONE_SUBJECTS = new Set(['neither', 'none']);
for (const w of NONE_SUBJECTS) STANCE_TRIGGERS.set(w, (STANCE_TRIGGERS.get(w) ?? 0) | REFUSAL_PHRASE);
const VOWS = new PhraseSet(VOW_PHRASES);
/** Words a vow phrase can start with: a claim holding none is no vow. */
const VOW_STARTS = new Set(firstWords(VOW_PHRASES));
const REAFFIRMATIONS = new PhraseSet(REAFFIRMATION_PHRASES);
const DEFENCES = new PhraseSet(DEFENCE_PHRASES);
const SUPPORTS = new PhraseSet(SUPPORT_PHRASES);

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'nothing']);

/** Words after a refusal that give it a topic of its own: "declined to comment on whether ...". */
export const REFUSAL_TOPICS = new Set(['on', 'about', 'whether', 'if', 'when', 'why', 'how', 'what', 'which', 'who']);

const NEGATIVE_OPENERS = new Set([...NONE_SUBJECTS, 'nobody', 'nothing']);

function negated(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (NEGATIONS.has(tokens[k]?.lower ?? '')) return true;
  // "None of the figures could be verified", "Nobody confirmed it": a subject of no one negates its verb.
  return i > 0 && NEGATIVE_OPENERS.has(tokens[0]?.lower ?? '');
}

export interface Stanced {
  stance: Stance;
  at: number;
  passiveBy: boolean;
  /** "The death has not been confirmed": a passive with no agent, whose subject is what is answered. */
  agentless?: boolean;
  /** "consistent with a halt in loading": the token where what is backed begins. */
  object?: number;
}

/** The words a refusal phrase opens with when they are its subject: "nothing has been decided", "no decision has been made". */
const SUBJECT_OPENERS = new Set(['nothing', 'no']);
/** How far into a refusal its passive auxiliary may come: "could not be independently verified". */
const PASSIVE_REACH = 4;

/** Possessives with which "nothing to add to ..." points at the responder's own earlier words. */
export const OWN_WORDS = new Set(['his', 'her', 'its', 'their']);

/** An object between the verb and "by" ("rejected an allegation by X") means X is not the agent. */
const OBJECT_STARTS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'any']);

/** "was contradicted on Tuesday by X": the index of "by" introducing the agent, or -1. */
export function agentAfter(words: readonly string[], verb: number): number {
  for (let k = verb + 1; k < Math.min(words.length, verb + 5); k++) {
    if (words[k] === 'by') return k;
    if (words[k] === ',' || words[k] === 'that' || OBJECT_STARTS.has(words[k] ?? '')) return -1;
  }
  return -1;
}

/** "a disputed shoal", "the contested election", "the army-backed government": the verb form used as an adjective. */
function adjectival(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "army-backed": a verb hyphenated to the word before it.
  if (prev?.text === '-' && prev.end === (tokens[i] as Token).start && prev.start === tokens[i - 2]?.end) return true;
  // "their disputed border": a possessive before it too.
  return !!prev && !!next && (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'ADP' || POSSESSIVE_PRONOUNS.has(prev.lower)) && next.pos === 'NOUN';
}

const EITHER = new Set(['either', 'both', 'neither']);
const EITHER_REACH = 6;

/** "could not verify either account", "neither side's claims": a stance on both sides' versions. */
export function eitherAccount(tokens: readonly Token[], at: number): boolean {
  for (let k = at + 1; k < Math.min(tokens.length, at + EITHER_REACH); k++) {
    if (!EITHER.has(tokens[k]?.lower ?? '')) continue;
    const noun = tokens[k + 1]?.lower === 'side' || tokens[k + 1]?.lower === "side's" ? tokens[k + 3] : tokens[k + 1];
    return ACCOUNT_NOUNS.has(noun?.lower ?? '') || ANAPHORIC_NOUNS.has(noun?.lower ?? '');
  }
  return false;
}

/** "Neither account", "None of the claims", "Neither side's version": a sentence whose subject is every side's account. */
export function bothAccountsSubject(tokens: readonly Token[]): boolean {
  if (!NONE_SUBJECTS.has(tokens[0]?.lower ?? '')) return false;
  let k = 1;
  if (tokens[k]?.lower === 'of') k += tokens[k + 1]?.lower === 'the' ? 2 : 1;
  if (tokens[k + 1]?.lower === "'s" || tokens[k]?.lower === "side's") k += tokens[k]?.lower === "side's" ? 1 : 2;
  const noun = tokens[k]?.lower ?? '';
  return ACCOUNT_NOUNS.has(noun) || ANAPHORIC_NOUNS.has(noun);
}

/** Verbs of backing that take a policy or a person as readily as a claim. */
const BACKING_VERBS = new Set(['back', 'backed', 'backs', 'endorse', 'endorsed', 'endorses']);
const INDEFINITE = new Set(['a', 'an']);
/** How far past "a" the head of a backed thing may come: "a 2022 federal rule". */
const BACKED_HEAD_REACH = 4;

/**
 * "backed a 2022 federal rule", "endorsed a ban on trawling": backing something the article names
 * for the first time (a policy, a bill, a candidate) answers no claim; "backed the Philippine
 * version" and "backed an account given by X" do.
 */
function backsNewThing(tokens: readonly Token[], verb: number): boolean {
  if (!BACKING_VERBS.has(tokens[verb]?.lower ?? '') || !INDEFINITE.has(tokens[verb + 1]?.lower ?? '')) return false;
  for (let k = verb + 2; k < Math.min(tokens.length, verb + 2 + BACKED_HEAD_REACH); k++) {
    const t = tokens[k] as Token;
    if (ANAPHORIC_NOUNS.has(t.lower)) return false;
    if (t.pos === 'NOUN' && tokens[k + 1]?.pos !== 'NOUN') return true;
  }
  return true;
}

/** Tags of a word that can be the subject just before a verb. */
const SUBJECT_TAGS = new Set(['NOUN', 'PROPN', 'PRON']);
/** Tags of a word that can open the object just after a verb. */
const OBJECT_OPENING_TAGS = new Set(['DET', 'PRON']);

/**
 * Is the word at `i` a verb? "Campaigners dispute the premise", "The campaign disputes that" are
 * tagged as nouns after a noun; a noun between a subject and a determiner or pronoun is the verb
 * that joins them.
 */
function verbal(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.pos === 'VERB') return true;
  return t.pos === 'NOUN' && SUBJECT_TAGS.has(tokens[i - 1]?.pos ?? '') && OBJECT_OPENING_TAGS.has(tokens[i + 1]?.pos ?? '');
}

/** The first of `verbs` the sentence uses as an asserted verb (not negated, not adjectival). */
function assertedVerb(tokens: Token[], words: string[], verbs: ReadonlySet<string>, stance: Stanced['stance']): Stanced | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // "The Harlow Echo reported": a capitalised word before the verb is the name doing it ("Kremlin Denies Report" keeps its verb).
    const next = tokens[i + 1]?.pos;
    const inName = i > 0 && isCapitalised(t.text) && (next === 'VERB' || next === 'AUX');
    if (verbs.has(t.lower) && verbal(tokens, i) && !inName && !negated(tokens, i) && !adjectival(tokens, i) && !alternative(tokens, i) && !attempted(tokens, i)) {
      const passiveBy = agentAfter(words, i) > 0;
      // "had been admitted to hospital", "was confirmed dead": nobody named backs anything.
      if (stance === 'supports' && !passiveBy && COPULAS.has(words[i - 1] ?? '')) continue;
      if (stance === 'supports' && backsNewThing(tokens, i)) continue;
      return { stance, at: i, passiveBy };
    }
  }
  return null;
}

/** Verbs of trying before "to": "was working to confirm the reports" has confirmed nothing yet. */
const ATTEMPT_VERBS = new Set(['working', 'trying', 'seeking', 'attempting']);

/** "We are working to confirm", "was trying to verify": a verb only attempted asserts nothing. */
function attempted(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.lower === 'to' && ATTEMPT_VERBS.has(tokens[i - 2]?.lower ?? '');
}

/** "declined to confirm or deny", "would not say whether it approved or rejected": a verb offered as the other of a choice asserts nothing. */
function alternative(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.lower === 'or' && tokens[i - 2]?.pos === 'VERB';
}

/** "Ukraine gave a very different account", "reached the same conclusion": a stance phrase inside an object stands for the verb that takes it. */
function verbOfObject(tokens: Token[], phrase: number): number {
  for (let k = phrase - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'VERB') return k;
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'NUM')) break;
  }
  return phrase;
}

/** How far back from a word of denial the verb that takes it is looked for. */
const DESCRIPTION_REACH = 6;

export const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", 'seemed', 'appeared', 'became', 'remains', 'remained']);

/**
 * A word of denial used to describe rather than to answer: before its noun ("a fake news site",
 * "a doctored image"), after a preposition ("rules on misinformation"), as the object of a verb
 * that is not one of saying or calling ("study online misinformation"), or as the subject of a
 * verb ("the hoax spread"). "Called the accusation a provocation", "is false" and "dismissed as
 * propaganda" answer.
 */
function descriptive(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'VERB')) return !namedAs(tokens, i) && !(next.pos === 'VERB' && afterCopula(tokens, i)) && !(next.pos === 'NOUN' && verdictPhrase(tokens, i));
  for (let k = i - 1; k >= Math.max(0, i - DESCRIPTION_REACH); k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'NUM') continue;
    if (t.pos === 'ADP') return t.lower !== 'as';
    // "politically motivated nonsense": a participle describing the word, not a verb taking it.
    if (t.pos === 'VERB' && t.lower.endsWith('ed') && !CLAUSE_CUES.has(t.lower) && !NAMING_CUES.has(t.lower)) continue;
    if (t.pos === 'VERB') return !(CLAUSE_CUES.has(t.lower) || NAMING_CUES.has(t.lower) || COPULAS.has(t.lower));
    return false;
  }
  return false;
}

/** "These are lies meant to frighten families": the word is what its subject is called, with a participle after it. */
function afterCopula(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > i - DESCRIPTION_REACH && (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'ADV')) k--;
  return COPULAS.has(tokens[k]?.lower ?? '');
}

/** The copula just before a word, over adverbs and quote marks only ("is broadly correct", 'was "fake news"'), or -1. */
function copulaBefore(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k > i - DESCRIPTION_REACH && (tokens[k]?.pos === 'ADV' || isQuote(tokens[k]))) k--;
  return COPULAS.has(tokens[k]?.lower ?? '') ? k : -1;
}

/** "the report is accurate", "that account was broadly correct": the copula before a verdict whose subject names an account, or -1. */
function accountCopulaBefore(tokens: readonly Token[], i: number): number {
  const copula = copulaBefore(tokens, i);
  return copula > 0 && ANAPHORIC_NOUNS.has(tokens[copula - 1]?.lower ?? '') ? copula : -1;
}

/** "This is fake news", "the story was fake news.": a denial word and the noun closing its phrase, as the verdict after a copula; "a fake news site" and "a false alarm" describe. */
function verdictPhrase(tokens: readonly Token[], i: number): boolean {
  const after = tokens[i + 2];
  return copulaBefore(tokens, i) >= 0 && !(after && (after.pos === 'NOUN' || after.pos === 'PROPN'));
}

const MODIFIER_TAGS = new Set(['DET', 'ADJ', 'ADV', 'PUNCT']);
const OBJECT_WORD_TAGS = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ']);

/**
 * A phrase a speaker names something with: "branded the reports \"fake news designed to cause
 * panic\"", "dismissed the story as fake news". Its noun is the speaker's verdict, not a description.
 */
function namedAs(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= DESCRIPTION_REACH && MODIFIER_TAGS.has((tokens[k] as Token).pos) && (tokens[k] as Token).lower !== ',') k--;
  const before = tokens[k];
  if (!before) return false;
  // "rebuttals of what it calls false news": the body's own kind of work, no verdict on a claim.
  if (NAMING_CUES.has(before.lower) && tokens[k - 2]?.lower === 'what') return false;
  if (before.lower === 'as' || NAMING_CUES.has(before.lower)) return true;
  // "called the Open Ledger complaint \"a partisan stunt\"": the object's words reach as far again as the verdict's.
  const objectEnd = k;
  while (k >= 0 && objectEnd - k <= DESCRIPTION_REACH && OBJECT_WORD_TAGS.has((tokens[k] as Token).pos) && !NAMING_CUES.has((tokens[k] as Token).lower)) k--;
  return NAMING_CUES.has(tokens[k]?.lower ?? '') && tokens[k - 2]?.lower !== 'what';
}

export const FIRST_PERSON = new Set(['i', 'we']);
/** How far before a word of denial "we"/"I" makes it an admission: "We got that wrong". */
const ADMISSION_REACH = 3;

/** "We got that wrong", "I was wrong": the speaker owns a mistake, answering no one. */
function ownMistake(words: readonly string[], i: number): boolean {
  for (let k = Math.max(0, i - ADMISSION_REACH); k < i; k++) if (FIRST_PERSON.has(words[k] ?? '')) return true;
  return false;
}

/**
 * The strongest stance a sentence takes, and the word that carries it. `inClaim`: whether a token
 * lies in what the sentence reports someone said, so that a word such as "false" or "wrong" there
 * is that speaker's stance.
 */
export function stanceOf(tokens: Token[], checks: number, inClaim: (i: number) => boolean): Stanced | null {
  const words = mapped(tokens, wordOf);
  const denied = checks & DENIAL_VERB ? assertedVerb(tokens, words, DENIAL_VERBS, 'denies') : null;
  if (denied) return denied;
  const denial = checks & DENIAL_PHRASE ? DENIALS.find(words) : -1;
  const found = denial >= 0 ? denial : checks & DENIAL_PHRASE ? noEvidenceAt(words) : -1;
  // "was not aware of any such suspension and had found no evidence of mail being discarded": the
  // sentence's first answer is its stance on the claim it names first.
  const firstRefusal = found > 0 && checks & REFUSAL_PHRASE ? REFUSALS.find(words.slice(0, found)) : -1;
  if (found >= 0 && firstRefusal < 0) return { stance: 'denies', at: verbOfObject(tokens, found), passiveBy: false };
  const differing = checks & DENIAL_PHRASE ? differingAccountAt(tokens) : -1;
  if (differing >= 0) return { stance: 'denies', at: differing, passiveBy: false };
  const deniedAccount = checks & DENIAL_OBJECT_PHRASE ? accountDenialAt(words) : -1;
  if (deniedAccount >= 0 && !negated(tokens, deniedAccount)) return { stance: 'denies', at: deniedAccount, passiveBy: false };
  for (let i = 0; i < tokens.length && checks & DENIAL_WORD; i++) {
    const w = words[i] ?? '';
    if (!(DENIAL_WORDS.has(w) || (DENIAL_NAMES.has(w) && namedAs(tokens, i))) || negated(tokens, i) || descriptive(tokens, i) || ownMistake(words, i)) continue;
    // The verb that reports it: the nearest cue or "called" before it in the same clause.
    for (let k = i - 1; k >= 0 && words[k] !== ';'; k--) {
      const w = tokens[k] as Token;
      if ((CLAUSE_CUES.has(w.lower) && w.pos === 'VERB') || NAMING_CUES.has(w.lower)) return { stance: 'denies', at: k, passiveBy: false };
    }
    if (inClaim(i)) return { stance: 'denies', at: i, passiveBy: false };
  }
  const refusal = checks & REFUSAL_PHRASE ? REFUSALS.find(words) : -1;
  if (refusal >= 0 && !inReducedRelative(tokens, refusal)) {
    // "could not be reached": its subject is who did not answer.
    const unreachable = words.slice(refusal, refusal + REFUSALS.longestAt(words, refusal)).some((w) => UNREACHABLE_WORDS.has(w));
    // "said nothing had been decided": a phrase opening with its own subject is passive of that, not of who answers.
    const ownSubject = SUBJECT_OPENERS.has(words[refusal] ?? '');
    const passive = !unreachable && !ownSubject && words.slice(refusal, refusal + PASSIVE_REACH).some((w) => PASSIVE_AUXILIARIES.has(w));
    const passiveBy = passive && agentAfter(words, refusal) > 0;
    return { stance: 'unconfirmed', at: refusal, passiveBy, agentless: passive && !passiveBy };
  }
  const unchecked = checks & REFUSAL_PHRASE && bothAccountsSubject(tokens) ? UNCHECKED_BY_SUBJECT.find(words) : -1;
  if (unchecked >= 0) return { stance: 'unconfirmed', at: unchecked, passiveBy: false, agentless: true };
  const supported = checks & SUPPORT_VERB ? assertedVerb(tokens, words, SUPPORT_VERBS, 'supports') : null;
  if (supported) return supported;
  const support = checks & SUPPORT_PHRASE ? SUPPORTS.find(words) : -1;
  if (support >= 0) {
    const end = support + SUPPORTS.longestAt(words, support);
    const object = OBJECT_PREPOSITIONS.has(words[end - 1] ?? '') ? end : undefined;
    return { stance: 'supports', at: verbOfObject(tokens, support), passiveBy: false, object };
  }
  for (let i = 0; i < tokens.length && checks & SUPPORT_VERDICT; i++) {
    if (SUPPORT_VERDICTS.has(words[i] ?? '') && !negated(tokens, i) && accountCopulaBefore(tokens, i) >= 0) return { stance: 'supports', at: i, passiveBy: false };
  }
  for (let i = 0; i < tokens.length && checks & AGREEMENT_VERB; i++) {
    if (AGREEMENT_VERBS.has(words[i] ?? '') && !negated(tokens, i) && agreesWithClaim(tokens, i)) return { stance: 'supports', at: i, passiveBy: false };
  }
  return null;
}

/** Negations that, before a verb of giving evidence, say there is none: "had never produced evidence", "has not provided any evidence". */
const EVIDENCE_NEGATIONS = new Set(['never', 'not']);

/** "the GOP had never produced evidence of a single illegal vote": the negation saying there is no evidence, or -1. */
function noEvidenceAt(words: readonly string[]): number {
  for (let i = 1; i < words.length - 1; i++) {
    if (!EVIDENCE_VERBS.has(words[i] ?? '') || !EVIDENCE_NEGATIONS.has(words[i - 1] ?? '')) continue;
    const noun = words[i + 1] === 'any' ? i + 2 : i + 1;
    if (words[noun] === 'evidence') return i - 1;
  }
  return -1;
}

/** Object phrases by their verb: "shot" → its particles ("down"). */
const ACCOUNT_DENIAL_PARTICLES = new Map<string, Set<string>>();
for (const [verb, particle] of DENIAL_OBJECT_PHRASES) {
  if (!verb || !particle) continue;
  const particles = ACCOUNT_DENIAL_PARTICLES.get(verb) ?? new Set<string>();
  particles.add(particle);
  ACCOUNT_DENIAL_PARTICLES.set(verb, particles);
}
/** Most words of the object between a verb and its particle ("shot the latest transfer story down"), or after the particle. */
const ACCOUNT_OBJECT_REACH = 5;

/** Is one of the words in [a, b) a noun naming an account ("the reports", "the story", "claims")? */
function namesAccount(words: readonly string[], a: number, b: number): boolean {
  for (let k = a; k < Math.min(b, words.length); k++) if (ANAPHORIC_NOUNS.has(words[k] ?? '') || RUMOUR_NOUNS.has(words[k] ?? '')) return true;
  return false;
}

/** "shot down the reports", "shot the story down": the verb of an object phrase whose object is an account, or -1. */
function accountDenialAt(words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) {
    const particles = ACCOUNT_DENIAL_PARTICLES.get(words[i] ?? '');
    if (!particles) continue;
    for (let p = i + 1; p <= i + ACCOUNT_OBJECT_REACH + 1 && p < words.length; p++) {
      if (!particles.has(words[p] ?? '')) continue;
      if (p > i + 1 ? namesAccount(words, i + 1, p) : namesAccount(words, p + 1, p + 1 + ACCOUNT_OBJECT_REACH)) return i;
      break;
    }
  }
  return -1;
}

/** Last words of a stance phrase after which comes what it is about: "consistent with P". */
const OBJECT_PREPOSITIONS = new Set(['with']);

/** "urged residents not to share posts they could not verify": a refusal describing a noun, answering nothing. */
function inReducedRelative(tokens: readonly Token[], at: number): boolean {
  const subject = tokens[at - 1];
  return subject?.pos === 'PRON' && tokens[at - 2]?.pos === 'NOUN';
}

/** Words that open what a refusal is about: "declined to comment on the condition of ...". */
const TOPIC_OPENERS = new Set(['on', 'about', 'whether']);
/** Words that close a refusal's topic: "would not discuss a fallback plan if ...". */
const TOPIC_ENDS = new Set([',', ';', '.', 'if', 'because', 'but', 'while', 'after', 'since', 'and']);
/** How many tokens after the refusal its topic may open. */
const TOPIC_OPENER_REACH = 6;

/** The token after the longest refusal phrase starting at `at`. */
export function refusalEnd(tokens: readonly Token[], at: number): number {
  return at + Math.max(1, REFUSALS.longestAt(mapped(tokens, (t) => t.lower), at));
}

/** Tags that open a refusal's object: "would not discuss a fallback plan", "would not confirm the arrest". */
const OBJECT_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Token range [start, end) of what a refusal is about ("on ...", "whether ...", its object), or null when it names nothing. */
export function refusalTopic(tokens: readonly Token[], at: number): [number, number] | null {
  const from = askedAbout(tokens, refusalEnd(tokens, at));
  for (let k = from; k < Math.min(tokens.length, from + TOPIC_OPENER_REACH); k++) {
    const t = tokens[k] as Token;
    // "no evidence that P": a proposition, which must meet a claim in as many words as any other.
    if (TOPIC_ENDS.has(t.lower) || t.lower === 'that') break;
    const opener = TOPIC_OPENERS.has(t.lower);
    if (!opener && !OBJECT_TAGS.has(t.pos)) continue;
    const start = opener ? k + 1 : k;
    let end = start;
    while (end < tokens.length && !TOPIC_ENDS.has((tokens[end] as Token).lower)) end++;
    if (end > start) return [start, end];
    break;
  }
  return askedBefore(tokens, at);
}

/** Verbs of asking after which "about" opens what was asked: "when the Courier asked him about ...". */
const ASKING = new Set(['asked', 'questioned', 'pressed']);

/**
 * "did not respond when the Courier asked him about the Derby notice": the token after "about",
 * when a "when ... asked" clause opens at `from`; otherwise `from`.
 */
export function askedAbout(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.lower !== 'when') return from;
  for (let k = from + 1; k < Math.min(tokens.length - 1, from + TOPIC_OPENER_REACH); k++) {
    if (!ASKING.has((tokens[k] as Token).lower)) continue;
    for (let j = k + 1; j <= Math.min(tokens.length - 1, k + 2); j++) if (TOPIC_OPENERS.has((tokens[j] as Token).lower)) return j;
    return from;
  }
  return from;
}

/** Words after "Asked" that open what was asked: "Asked about the sale talks", "Asked whom the panel had spoken to". */
const ASKED_OPENERS = new Set([...REFUSAL_TOPICS, 'whom']);

/**
 * "Asked whom the panel had spoken to, a spokesperson said it did not disclose details of ...": the
 * question the sentence opens with is what the refusal answers too. Token range [start, end) of the
 * question, when it comes before the refusal at `at`, or null.
 */
export function askedBefore(tokens: readonly Token[], at: number): [number, number] | null {
  const k = tokens[0]?.lower === 'when' ? 1 : 0;
  if (tokens[k]?.lower !== 'asked' || !ASKED_OPENERS.has(tokens[k + 1]?.lower ?? '')) return null;
  const start = TOPIC_OPENERS.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  const end = tokens.findIndex((t, i) => i > start && t.text === ',');
  return end > start && end < at ? [start, end] : null;
}

/** "Brandt agreed, saying ...", "agreed that P": agreeing with what was said, not "agreed to a ceasefire". */
function agreesWithClaim(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !next || next.pos === 'PUNCT' || next.lower === 'that' || next.lower === 'with';
}

/** How far after "stood by" the noun it stands by may come: "stood by all of its reporting". */
const REAFFIRMED_REACH = 4;

/** What a party did, which it may stand by when challenged as it would by its words: "stood by its decision". */
const OWN_ACTS = new Set(['decision', 'decisions', 'handling', 'actions', 'action', 'call', 'choice']);

/** Words that say which of its own words a party keeps: "stands by its earlier statement". */
const EARLIER_WORDS = new Set(['earlier', 'original', 'initial', 'previous', 'prior']);

/** "said it stood by its report", "stood by its decision": the token where a party keeps its own words or acts, or -1. */
export function reaffirmationAt(tokens: readonly Token[]): number {
  const words = mapped(tokens, (t) => t.lower);
  const at = REAFFIRMATIONS.find(words);
  if (at < 0) return -1;
  const from = at + REAFFIRMATIONS.longestAt(words, at);
  for (let k = from; k < Math.min(words.length, from + REAFFIRMED_REACH); k++) {
    const kept = words[k] ?? '';
    const owner = EARLIER_WORDS.has(words[k - 1] ?? '') ? k - 2 : k - 1;
    if ((ANAPHORIC_NOUNS.has(kept) || OWN_ACTS.has(kept)) && OWN_WORDS.has(words[owner] ?? '')) return at;
  }
  return -1;
}

/** "said it complies with all applicable laws and would fight the lawsuit": the token where an accused party answers the accusation, or -1. */
export function defenceAt(tokens: readonly Token[]): number {
  return DEFENCES.find(mapped(tokens, (t) => t.lower));
}

export const ACCOUNT_NOUNS = new Set(['version', 'account', 'narrative']);

/** Most tokens from a stance word to the account it gives: "gave a very different account of". */
const ACCOUNT_REACH = 5;
/** Words after an account that say what it is of: "a different account of the tank cars". */
const ACCOUNT_TOPIC_MARKS = new Set(['of', 'about']);

/**
 * "gave a different account of the tank cars": an account of a thing, not a proposition, which
 * answers whatever another side said of that thing, what it said did not happen as well.
 */
export function accountOfThing(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < Math.min(tokens.length - 1, at + ACCOUNT_REACH); k++) {
    const noun = (tokens[k] as Token).lower.replace(/s$/, '');
    if (ACCOUNT_NOUNS.has(noun)) return ACCOUNT_TOPIC_MARKS.has((tokens[k + 1] as Token).lower);
  }
  return false;
}

/** "The union gave a different account.": an account naming nothing, which answers the account just told. */
export function accountEnds(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < Math.min(tokens.length - 1, at + ACCOUNT_REACH); k++) {
    if (!ACCOUNT_NOUNS.has((tokens[k] as Token).lower)) continue;
    const end = tokens[k + 1] as Token;
    return end.pos === 'PUNCT' && end.text !== ',';
  }
  return false;
}

/** Words between a verb and "different": "has a very different picture". */
const DIFFERENCE_MODIFIER_TAGS = new Set(['DET', 'ADJ', 'ADV']);
const isSentenceEnd = (t: Token | undefined): boolean => !!t && t.pos === 'PUNCT' && t.text !== ',';

/**
 * "The union has a different picture.", "The governor's office tells a different story.", "The
 * hospital's account is markedly different.": an account set against the one just told, ending its
 * sentence; the verb that gives it (or the copula after its owner's account), or -1. Its owner
 * disputes that account. "The enforcement is a different story" names no owner and answers nothing.
 */
export function differingAccountAt(tokens: readonly Token[]): number {
  for (let i = 1; i < tokens.length - 1; i++) {
    if ((tokens[i] as Token).lower !== 'different') continue;
    let k = i - 1;
    if (DIFFERING_ACCOUNT_NOUNS.has((tokens[i + 1] as Token).lower) && isSentenceEnd(tokens[i + 2])) {
      while (k > 0 && DIFFERENCE_MODIFIER_TAGS.has((tokens[k] as Token).pos)) k--;
      if (DIFFERING_ACCOUNT_VERBS.has((tokens[k] as Token).lower)) return k;
    } else if (isSentenceEnd(tokens[i + 1])) {
      while (k > 0 && (tokens[k] as Token).pos === 'ADV') k--;
      const owned = POSSESSIVE_MARKS.has(tokens[k - 2]?.lower ?? '');
      if (COPULAS.has((tokens[k] as Token).lower) && DIFFERING_ACCOUNT_NOUNS.has(tokens[k - 1]?.lower ?? '') && owned) return k;
    }
  }
  return -1;
}

/** Does a claim say what its side will do ("would take all necessary measures")? Phrases are looked for only where one can start. */
export function isVow(c: Asserted): boolean {
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a; k < b; k++) if (VOW_STARTS.has((tokens[k] as Token).lower)) return VOWS.find(mapped(tokens.slice(a, b), (t) => t.lower)) >= 0;
  return false;
}
