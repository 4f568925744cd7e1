// Stage 5: responses. Find the statements that answer a claim — denials, refusals to confirm,
// confirmations — say who made them and for which side, and link each to the claims it answers:
// by anaphora ("these claims", "that version of events", "Wrobel's claim"), by shared words, and
// by proximity. A response only counts against a claim of a different side.
import type { ClaimResponse, Party, Stance } from './types';
import type { Asserted } from './asserters';
import { reportsFor, type AsserterResolver } from './asserters';
import type { Sentence } from './sentences';
import type { Token } from './nlp';
import {
  AGREEMENT_VERBS,
  ANAPHORIC_DETERMINERS,
  ANTONYMS,
  BELIEF_VERBS,
  ANAPHORIC_NOUNS,
  SINGLE_ANAPHORA,
  CASUALTY_KINDS,
  CASUALTY_NOUNS,
  CASUALTY_WORDS,
  CARRIER_NOUNS,
  CONCESSION_VERBS,
  CONTRAST_OPENERS,
  CONTRAST_WORDS,
  EMPHATIC_REFLEXIVES,
  EVENT_WORDS,
  ACT_PHRASES,
  MEDIA_NOUNS,
  PROVENANCE_VERBS,
  PROVENANCE_WORDS,
  CLAUSE_CUES,
  CLAIMED_ASSERTIONS,
  DENIAL_NAMES,
  DENIAL_OBJECT_PHRASES,
  DENIAL_PHRASES,
  DENIAL_VERBS,
  DENIAL_WORDS,
  NAMING_CUES,
  PhraseSet,
  SUPPORT_PHRASES,
  SUPPORT_VERBS,
  SUPPORT_VERDICTS,
  UNCONFIRMED_PHRASES,
  REASON_PHRASES,
  VOW_PHRASES,
  REAFFIRMATION_PHRASES,
  RUMOUR_ITEMS,
  isRumourWord,
  RUMOUR_NOUNS,
  PUBLISHED_NOUNS,
  UNVERIFIED_SOURCE_WORDS,
  UNREACHABLE_WORDS,
  FALSE_CUE_ADVERBS,
  UNPROVEN_CUE_WORDS,
  UNPROVEN_CUE_PHRASES,
} from './lexicon';
import { isQuote, isVerb, nounPhraseEndAfter, POSSESSIVE_MARKS, subjectBefore, textOf } from './phrases';
import { GENERIC_TYPES } from './sides/references';
import { isCountrySide, isPartySide, isUnnamedSide, namedSide, remembered } from './side-names';
import { beforeComma, isCapitalised, POSSESSIVE_PRONOUNS } from './words';
import { isQuoted, wordCount } from './content';
import { writtenOrder } from './written-order';
import { mapped } from './mapped';

export interface Response {
  sentence: Sentence;
  stance: Stance;
  by: Party | null;
  /** Token index of the word that carries the stance. */
  at: number;
  /** Words naming what is answered ("the Tajik version", "Wrobel's claim"), if any. */
  reference: string[] | null;
  /** The reference states what it names: "rejected the union's claim that P". */
  restates: boolean;
  /** "consistent with a halt in loading": the token where what is backed begins, if the stance says. */
  object?: number;
  /** "stood by its report": the responder keeps its own claims against those who denied them. */
  reaffirms: boolean;
  /** "Police put the number at about 35,000": the rival figure a responder gives for what another side counted. */
  figure?: RivalFigure;
  /** "X did not respond, and Y declined to comment": the tokens of its own clause, when the sentence holds two responses. */
  clause?: [number, number];
  /** "On the requests to stop, Ashby was blunt. 'That is not what happened'": the words of the topic its paragraph opened with. */
  frame?: Set<string>;
}

const DENIALS = new PhraseSet(DENIAL_PHRASES);

/** The checks stanceOf makes, one bit each. */
const DENIAL_VERB = 1;
const DENIAL_PHRASE = 2;
const DENIAL_WORD = 4;
const REFUSAL_PHRASE = 8;
const SUPPORT_VERB = 16;
const SUPPORT_PHRASE = 32;
const AGREEMENT_VERB = 64;
const REAFFIRMATION = 128;
const DENIAL_OBJECT_PHRASE = 256;
const SUPPORT_VERDICT = 512;
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
] as const) {
  for (const w of words) STANCE_TRIGGERS.set(w, (STANCE_TRIGGERS.get(w) ?? 0) | check);
}

/** "doesn't": the tokenizer's "n't", read as "not". */
const CONTRACTED_NOT = new Set(["n't", 'n\u2019t']);
for (const w of CONTRACTED_NOT) STANCE_TRIGGERS.set(w, (STANCE_TRIGGERS.get(w) ?? 0) | (STANCE_TRIGGERS.get('not') ?? 0));
/** A token's word as the stance lexicons spell it: "didn't immediately respond" is "did not immediately respond". */
const wordOf = (t: Token): string => (CONTRACTED_NOT.has(t.lower) ? 'not' : t.lower);

/** The checks of stanceOf that the words of a sentence can set off (0: none). */
function stanceChecks(tokens: readonly Token[]): number {
  let checks = 0;
  for (const t of tokens) checks |= STANCE_TRIGGERS.get(t.lower) ?? 0;
  return checks;
}

const REFUSALS = new PhraseSet(UNCONFIRMED_PHRASES);
const PASSIVE_AUXILIARIES = new Set(['be', 'been', 'being']);
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
const SUPPORTS = new PhraseSet(SUPPORT_PHRASES);
/** Fewest words a sentence needs to report a response. */
const MIN_RESPONSE_WORDS = 3;
const HEADLINE_CLAUSE_ENDS = new Set([';', ',', '.', ':']);
/** How far (in sentences) shared words may link a response back to a claim. */
const TOPIC_REACH = 40;
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'nothing']);
/** How many sentences back a confirmation by a party a claim names may reach. */
const CONFIRM_REACH = 2;
/** Words after a refusal that give it a topic of its own: "declined to comment on whether ...". */
const REFUSAL_TOPICS = new Set(['on', 'about', 'whether', 'if', 'when', 'why', 'how', 'what', 'which', 'who']);

/** "His former employer", "Its owners": a responder named through someone the article told of just before. */
function namedThroughOthers(by: Party | null): boolean {
  return !!by && OWN_WORDS.has(by.name.split(/\s+/, 1)[0]?.toLowerCase() ?? '');
}

/** Words that open the thing a denial verb names: "denied any coordination", "denied all wrongdoing". */
const DENIED_THING_OPENERS = new Set(['any', 'all']);

/** "denied any coordination" → coord: the stems of the noun phrase a denial verb at `at` takes as its object, or null. */
function deniedThing(tokens: Token[], at: number, end: number): Set<string> | null {
  const verb = tokens[at] as Token;
  if (!DENIAL_VERBS.has(verb.lower) || !DENIED_THING_OPENERS.has(tokens[at + 1]?.lower ?? '')) return null;
  const words = contentWords(tokens, at + 2, nounPhraseEndAfter(tokens, at + 2, end));
  return words.size > 0 ? words : null;
}

/** "Harland Logistics declined to comment.": a refusal with no topic of its own. */
function isBareRefusal(r: Response): boolean {
  return !r.sentence.tokens.slice(r.at).some((t) => REFUSAL_TOPICS.has(t.lower));
}

/** How many sentences back a refusal to comment that names nothing answers the latest claim. */
const REFUSAL_REACH = 2;
/** How many sentences back a response with no explicit reference may reach. */
const PROXIMITY = 6;
/** How many paragraphs down a lede or headline may reach to answer a claim. */
const STOPWORDS = new Set(
  ('a an the of to in on at by for from with and or but that this these those it its their his her he she they we ' +
    'is was were are be been being has had have do did does not no will would could should may might can said says ' +
    'say told tell which who whom whose as than then there here about into over after before under up down out ' +
    'also any all some more most other such only own same so too very just our your my them him us one two ' +
    'within without since until during through across against among between including every each less per while ' +
    'year years day days week weeks month months time times people least nearly almost around roughly ' +
    'monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night today yesterday ' +
    'earlier later last next first second new late early statement told reporters percent').split(' '),
);

const NEGATIVE_OPENERS = new Set([...NONE_SUBJECTS, 'nobody', 'nothing']);

function negated(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (NEGATIONS.has(tokens[k]?.lower ?? '')) return true;
  // "None of the figures could be verified", "Nobody confirmed it": a subject of no one negates its verb.
  return i > 0 && NEGATIVE_OPENERS.has(tokens[0]?.lower ?? '');
}

interface Stanced {
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
const OWN_WORDS = new Set(['his', 'her', 'its', 'their']);

/** An object between the verb and "by" ("rejected an allegation by X") means X is not the agent. */
const OBJECT_STARTS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'any']);

/** "was contradicted on Tuesday by X": the index of "by" introducing the agent, or -1. */
function agentAfter(words: readonly string[], verb: number): number {
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

/** Is a claim's subject a medium ("the photo had been posted by X")? */
function aboutMedium(c: Asserted): boolean {
  const tokens = c.attribution.sentence.tokens;
  const a = c.attribution.content[0];
  const first = MEDIUM_DETERMINERS.has(tokens[a]?.lower ?? '') ? a + 1 : a;
  return MEDIA_NOUNS.has(tokens[first]?.lower ?? '');
}

/** Is the response's sentence the first of the body to hold claims (under a headline, standfirst and byline)? */
function opensBody(claims: readonly Asserted[], here: number): boolean {
  for (let k = 0; k < here; k++) if (!(claims[k] as Asserted).attribution.sentence.headline && (claims[k] as Asserted).attribution.sentence.paragraph > 1) return false;
  return true;
}

const EITHER = new Set(['either', 'both', 'neither']);
const EITHER_REACH = 6;

/** "could not verify either account", "neither side's claims": a stance on both sides' versions. */
function eitherAccount(tokens: readonly Token[], at: number): boolean {
  for (let k = at + 1; k < Math.min(tokens.length, at + EITHER_REACH); k++) {
    if (!EITHER.has(tokens[k]?.lower ?? '')) continue;
    const noun = tokens[k + 1]?.lower === 'side' || tokens[k + 1]?.lower === "side's" ? tokens[k + 3] : tokens[k + 1];
    return ACCOUNT_NOUNS.has(noun?.lower ?? '') || ANAPHORIC_NOUNS.has(noun?.lower ?? '');
  }
  return false;
}

/** "Neither account", "None of the claims", "Neither side's version": a sentence whose subject is every side's account. */
function bothAccountsSubject(tokens: readonly Token[]): boolean {
  if (!NONE_SUBJECTS.has(tokens[0]?.lower ?? '')) return false;
  let k = 1;
  if (tokens[k]?.lower === 'of') k += tokens[k + 1]?.lower === 'the' ? 2 : 1;
  if (tokens[k + 1]?.lower === "'s" || tokens[k]?.lower === "side's") k += tokens[k]?.lower === "side's" ? 1 : 2;
  const noun = tokens[k]?.lower ?? '';
  return ACCOUNT_NOUNS.has(noun) || ANAPHORIC_NOUNS.has(noun);
}

/** "these claims", "those allegations": all a speaker said lately. */
const CLAIMS_PLURALS = new Set(['claims', 'allegations', 'accusations', 'assertions', 'charges']);
const DEMONSTRATIVE_PLURALS = new Set(['these', 'those', 'such', 'the']);

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
    if (verbs.has(t.lower) && verbal(tokens, i) && !inName && !negated(tokens, i) && !adjectival(tokens, i) && !alternative(tokens, i)) {
      const passiveBy = agentAfter(words, i) > 0;
      // "had been admitted to hospital", "was confirmed dead": nobody named backs anything.
      if (stance === 'supports' && !passiveBy && COPULAS.has(words[i - 1] ?? '')) continue;
      if (stance === 'supports' && backsNewThing(tokens, i)) continue;
      return { stance, at: i, passiveBy };
    }
  }
  return null;
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

const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", 'seemed', 'appeared', 'became', 'remains', 'remained']);

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
  while (k >= 0 && i - k <= DESCRIPTION_REACH && OBJECT_WORD_TAGS.has((tokens[k] as Token).pos) && !NAMING_CUES.has((tokens[k] as Token).lower)) k--;
  return NAMING_CUES.has(tokens[k]?.lower ?? '') && tokens[k - 2]?.lower !== 'what';
}

const FIRST_PERSON = new Set(['i', 'we']);
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
function stanceOf(tokens: Token[], checks: number, inClaim: (i: number) => boolean): Stanced | null {
  const words = mapped(tokens, wordOf);
  const denied = checks & DENIAL_VERB ? assertedVerb(tokens, words, DENIAL_VERBS, 'denies') : null;
  if (denied) return denied;
  const denial = checks & DENIAL_PHRASE ? DENIALS.find(words) : -1;
  // "was not aware of any such suspension and had found no evidence of mail being discarded": the
  // sentence's first answer is its stance on the claim it names first.
  const firstRefusal = denial > 0 && checks & REFUSAL_PHRASE ? REFUSALS.find(words.slice(0, denial)) : -1;
  if (denial >= 0 && firstRefusal < 0) return { stance: 'denies', at: verbOfObject(tokens, denial), passiveBy: false };
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

/** "said it does not comment on market rumours": which claims are themselves a refusal to answer (a refusal found inside them). */
function refusalClaims(claims: readonly Asserted[], responses: readonly Response[]): boolean[] {
  const refusalsAt = new Map<Sentence, number[]>();
  for (const r of responses) if (r.stance === 'unconfirmed') refusalsAt.set(r.sentence, [...(refusalsAt.get(r.sentence) ?? []), r.at]);
  return mapped(claims, (c) => {
    const [a, b] = c.attribution.content;
    return (refusalsAt.get(c.attribution.sentence) ?? []).some((at) => a <= at && at < b);
  });
}

/** Words that open what a refusal is about: "declined to comment on the condition of ...". */
const TOPIC_OPENERS = new Set(['on', 'about', 'whether']);
/** Words that close a refusal's topic: "would not discuss a fallback plan if ...". */
const TOPIC_ENDS = new Set([',', ';', '.', 'if', 'because', 'but', 'while', 'after', 'since', 'and']);
/** How many tokens after the refusal its topic may open. */
const TOPIC_OPENER_REACH = 6;

/** The token after the longest refusal phrase starting at `at`. */
function refusalEnd(tokens: readonly Token[], at: number): number {
  return at + Math.max(1, REFUSALS.longestAt(mapped(tokens, (t) => t.lower), at));
}

/** Tags that open a refusal's object: "would not discuss a fallback plan", "would not confirm the arrest". */
const OBJECT_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Token range [start, end) of what a refusal is about ("on ...", "whether ...", its object), or null when it names nothing. */
function refusalTopic(tokens: readonly Token[], at: number): [number, number] | null {
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
function askedAbout(tokens: readonly Token[], from: number): number {
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
function askedBefore(tokens: readonly Token[], at: number): [number, number] | null {
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

/** "said it stood by its report", "stood by its decision": the token where a party keeps its own words or acts, or -1. */
function reaffirmationAt(tokens: readonly Token[]): number {
  const words = mapped(tokens, (t) => t.lower);
  const at = REAFFIRMATIONS.find(words);
  if (at < 0) return -1;
  const from = at + REAFFIRMATIONS.longestAt(words, at);
  for (let k = from; k < Math.min(words.length, from + REAFFIRMED_REACH); k++) {
    const kept = words[k] ?? '';
    if ((ANAPHORIC_NOUNS.has(kept) || OWN_ACTS.has(kept)) && OWN_WORDS.has(words[k - 1] ?? '')) return at;
  }
  return -1;
}

/** A figure a responder sets against another side's: how many, and the noun it was put for ("the number", "the crowd"), if any. */
interface RivalFigure {
  count: number;
  noun: string | null;
}

/** Verbs that put a figure on something: "put the number at 1,100", "estimated the crowd at 35,000". */
const FIGURE_PUTTING = new Set(['put', 'puts', 'placed', 'places', 'estimated', 'estimates', 'pegged', 'pegs']);
/** Verbs that give a figure as their object: "counted about 35,000". */
const FIGURE_COUNTING = new Set(['counted', 'counts']);
/** Most tokens between "put" and its "at": "put the total number at". */
const FIGURE_AT_REACH = 5;
/** Most tokens between the verb (or its "at") and the figure: "counted barely a sixth of that, about 35,000". */
const RIVAL_COUNT_REACH = 8;
/** Words that multiply the figure before them: "1.2 million". */
const MULTIPLIERS: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** The number a token writes in digits ("35,000", "1.2" of "1.2 million"), or NaN. */
function figureAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t || !/^\d[\d,]*(?:\.\d+)?$/.test(t.text)) return NaN;
  return Number(t.text.replace(/,/g, '')) * (MULTIPLIERS[tokens[k + 1]?.lower ?? ''] ?? 1);
}

/** The first figure in digits from token `from` on, within `reach` tokens and before the sentence's end. */
function firstFigure(tokens: readonly Token[], from: number, reach: number): number {
  for (let k = from; k < Math.min(tokens.length, from + reach); k++) {
    if (tokens[k]?.text === '.' || tokens[k]?.text === ';') break;
    const n = figureAt(tokens, k);
    if (!Number.isNaN(n)) return n;
  }
  return NaN;
}

/** "Police put the number at about 35,000", "police counted about 35,000": the verb giving a figure of its own, and the figure; null if none. */
function rivalFigureIn(tokens: readonly Token[]): { at: number; figure: RivalFigure } | null {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // "were counted": a passive names what was counted, not who counted it.
    if (t.pos !== 'VERB' || PASSIVE_AUXILIARIES.has(tokens[k - 1]?.lower ?? '') || COPULAS.has(tokens[k - 1]?.lower ?? '')) continue;
    if (FIGURE_COUNTING.has(t.lower)) {
      const count = firstFigure(tokens, k + 1, RIVAL_COUNT_REACH);
      if (!Number.isNaN(count)) return { at: k, figure: { count, noun: null } };
    }
    if (!FIGURE_PUTTING.has(t.lower)) continue;
    const at = tokens.slice(k + 1, k + 1 + FIGURE_AT_REACH).findIndex((x) => x.lower === 'at' || x.pos === 'PUNCT') + k + 1;
    if (at <= k || tokens[at]?.lower !== 'at') continue;
    const count = firstFigure(tokens, at + 1, RIVAL_COUNT_REACH);
    const noun = tokens.slice(k + 1, at).filter((x) => x.pos === 'NOUN').pop()?.lower ?? null;
    if (!Number.isNaN(count)) return { at: k, figure: { count, noun } };
  }
  return null;
}

/**
 * "these claims", "the Tajik version", "Wrobel's claim", "the bank's statement": the words naming
 * what is answered, and whether "that P" follows them.
 */
function referenceAfter(tokens: Token[], from: number): { words: string[]; restates: boolean } | null {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!ANAPHORIC_NOUNS.has(t.lower)) continue;
    // "said that no audit had been finalized": what is said not to exist is no reference to anything said.
    if (tokens[i - 1]?.lower === 'no') continue;
    const words: string[] = [];
    for (let k = i - 1; k >= Math.max(from, i - 4); k--) {
      const w = tokens[k] as Token;
      if (w.text === ',' || w.pos === 'VERB' || w.pos === 'ADP') break;
      // "the union 's statement": the owner keeps its possessive mark, as in "Wrobel's claim".
      if (POSSESSIVE_MARKS.has(words[0] ?? '')) words[0] = w.text + words[0];
      else words.unshift(w.text);
      if (ANAPHORIC_DETERMINERS.has(w.lower)) break;
    }
    const first = words[0]?.toLowerCase() ?? '';
    const hasDeterminer = ANAPHORIC_DETERMINERS.has(first) || words.some((w) => /['\u2019]s?$/.test(w));
    if (hasDeterminer) return { words: words.concat(t.text), restates: tokens[i + 1]?.lower === 'that' };
  }
  return null;
}

/** Most words between a stance verb and the rumour it takes as its object: "rejected the claims". */
const OBJECT_REACH = 2;

/** Is `a` a rumour ("claims that P") standing as the object of the stance word at `at`? */
function isRumourObject(a: Asserted, at: number): boolean {
  const { kind, cue, source } = a.attribution;
  return kind === 'nominal' && !!source && RUMOUR_NOUNS.has(cue.toLowerCase()) && source[0] > at && source[0] - at <= OBJECT_REACH;
}

export function findResponses(sentences: Sentence[], resolver: AsserterResolver, asserted: Asserted[]): Response[] {
  const bySentence = new Map<Sentence, Asserted[]>();
  for (const a of asserted) {
    const list = bySentence.get(a.attribution.sentence) ?? [];
    list.push(a);
    bySentence.set(a.attribution.sentence, list);
  }
  const out: Response[] = [];
  for (const s of sentences) {
    const checks = stanceChecks(s.tokens);
    const own = bySentence.get(s) ?? [];
    const reaffirmed = checks & REAFFIRMATION ? reaffirmationAt(s.tokens) : -1;
    const inClaim = (i: number): boolean => own.some((a) => a.attribution.content[0] <= i && i < a.attribution.content[1]);
    // A label on the page ("disputed", "Fact check: false") is no one's statement.
    const statement = checks !== 0 && wordCount(s.tokens, 0, s.tokens.length) >= MIN_RESPONSE_WORDS;
    // "stood by its report": keeping one's words against those who denied them.
    const keeps: Stanced | null = reaffirmed >= 0 ? { stance: 'denies', at: reaffirmed, passiveBy: false } : null;
    const st = statement ? (stanceOf(s.tokens, checks, inClaim) ?? keeps) : null;
    if (!st) {
      // A figure is an answer only in a sentence that neither claims nor answers otherwise.
      const rival = own.length === 0 ? rivalFigureResponse(s, resolver) : null;
      if (rival) out.push(rival);
      continue;
    }
    const first = responseOf(s, st, 0, own, resolver, reaffirmed);
    if (!first) continue;
    const frame = framedTopic(s) ?? (sentences[s.index - 1]?.paragraph === s.paragraph ? framedTopic(sentences[s.index - 1] as Sentence) : null);
    if (frame) first.frame = frame;
    out.push(first);
    // "X did not respond, and Y's lawyers declined to comment": a later clause with a subject of its own answers too.
    const later = laterClause(s.tokens, st.at);
    if (later < 0 || !first.by) continue;
    const tail = s.tokens.slice(later);
    const st2 = stanceOf(tail, stanceChecks(tail), (i) => inClaim(i + later));
    if (!st2 || st2.stance === 'supports') continue;
    const second = subjectBefore(s.tokens, st2.at + later, later) ? responseOf(s, { ...st2, at: st2.at + later, object: st2.object === undefined ? undefined : st2.object + later }, later, own, resolver, -1) : null;
    if (!second?.by || second.by.name === first.by.name) continue;
    first.clause = [0, later];
    second.clause = [later, s.tokens.length];
    out.push(second);
  }
  return out;
}

/** "Police put the number at about 35,000": the answer a sentence makes by giving an actor's own figure, or null. */
function rivalFigureResponse(s: Sentence, resolver: AsserterResolver): Response | null {
  const rival = rivalFigureIn(s.tokens);
  const r = rival && responseOf(s, { stance: 'denies', at: rival.at, passiveBy: false }, 0, [], resolver, -1);
  return rival && r?.by && isActor(r.by) ? { ...r, reference: null, restates: false, figure: rival.figure } : null;
}

/** Words that open a sentence's topic before a comma: "On the requests to stop, ...", "As for the figures, ...". */
const FRAME_OPENERS = new PhraseSet([['on'], ['as', 'for'], ['as', 'to'], ['regarding'], ['about']]);
/** Most tokens of a framed topic before its comma. */
const FRAME_REACH = 8;

/** The content words of "On the requests to stop," opening a sentence, or null when it opens with no such topic. */
function framedTopic(s: Sentence): Set<string> | null {
  const words = mapped(s.tokens, (t) => t.lower);
  const from = FRAME_OPENERS.longestAt(words, 0);
  if (from === 0) return null;
  const comma = words.indexOf(',', from);
  if (comma < 0 || comma - from > FRAME_REACH || !s.tokens.slice(from, comma).some((t) => t.pos === 'NOUN')) return null;
  const topic = contentWords(s.tokens, from, comma);
  return topic.size ? topic : null;
}

/** Where a clause with its own subject begins after the stance at `at` (", and Y ...", "; Y ..."), or -1. */
function laterClause(tokens: readonly Token[], at: number): number {
  for (let k = at + 1; k < tokens.length - 1; k++) {
    const t = tokens[k] as Token;
    if (t.text === ';') return k + 1;
    if (t.text === ',' && tokens[k + 1]?.lower === 'and' && tokens[k + 2]?.pos !== 'VERB') return k + 2;
  }
  return -1;
}

/** The response a stance found in sentence `s` makes, its subject sought from token `lo` on. */
function responseOf(s: Sentence, st: Stanced, lo: number, own: readonly Asserted[], resolver: AsserterResolver, reaffirmed: number): Response | null {
  let by: Party | null = null;
  // A stance inside what someone is reported to say is theirs: "X said the accusation was false".
  const speaker = own.find((a) => a.attribution.content[0] <= st.at && st.at < a.attribution.content[1]);
  const ownSubject = subjectBefore(s.tokens, st.at, lo);
  if (st.passiveBy) {
    const a = agentAfter(mapped(s.tokens, (t) => t.lower), st.at) + 1;
    const b = nounPhraseEndAfter(s.tokens, a, s.tokens.length);
    if (b > a) by = resolver.resolve(s, a, b)?.party ?? null;
    // 'X said the account "was contradicted by what our inspectors found"': an agent that is no one leaves the stance its speaker's.
    if (!by && speaker && speaker.attribution.kind !== 'nominal') by = speaker.asserter;
  } else if (speaker && speaker.attribution.kind !== 'nominal' && !namesSomeoneElse(s, st.at, ownSubject, speaker)) by = speaker.asserter;
  else if (ownSubject && FIRST_PERSON.has(s.tokens[ownSubject.start]?.lower ?? '') && isQuoted(s.tokens, 0, st.at)) {
    // '"We do not comment on leaks," she said, "and ..."': "we" in a quote is whoever the sentence quotes.
    by = own.find((a) => a.attribution.kind === 'quote' || a.attribution.kind === 'continued')?.asserter ?? resolver.resolve(s, ownSubject.start, ownSubject.end)?.party ?? null;
  } else {
    if (ownSubject) by = resolver.resolve(s, ownSubject.start, ownSubject.end)?.party ?? null;
  }
  // "the board said the vessel did not respond to radio calls": a refusal told of someone else is what the claim says, no answer.
  if (st.stance === 'unconfirmed' && speaker && speaker.attribution.kind !== 'nominal' && refusalOfOther(s.tokens, speaker, st.at)) return null;
  // "ISIS has reportedly captured a base, a claim the Pentagon has denied": the answer is to its own sentence, which no one here claims.
  if (own.length === 0 && ownSubject && answersOwnClause(s.tokens, ownSubject.start)) return null;
  // "rejected claims that P, saying the allegations were baseless": the rumour the stance takes as its object is what it answers.
  const answersOwnRumour = own.some((a) => isRumourObject(a, st.at));
  // "The account did not respond": whoever declines to answer is an actor, whatever the noun.
  const declines = st.stance === 'unconfirmed' && !st.agentless;
  // "The parody account did not respond to a message about the post": what it was asked about, before the one declining.
  // "The statement said Denmark had provided no evidence": the noun naming the speaker is not what it answers.
  const source = speaker?.attribution.kind === 'nominal' ? null : speaker?.attribution.source;
  const afterSpeaker = source && source[1] <= (speaker?.attribution.content[0] ?? 0) ? source[1] : 0;
  const found = answersOwnRumour ? null : ((declines && by && ownSubject && referenceAfter(s.tokens, ownSubject.end)) || referenceAfter(s.tokens, Math.max(lo, afterSpeaker)));
  let reference = found?.words ?? null;
  // "had nothing to add to his earlier post": a refusal pointing at the responder's own words.
  if (s.tokens[st.at]?.lower === 'nothing' && OWN_WORDS.has(reference?.[0]?.toLowerCase() ?? '')) reference = null;
  // A headline's "rumours of trapped workers denied": the passive names what was denied, not who denied it.
  const stanceWord = s.tokens[st.at];
  const after = s.tokens[st.at + 1];
  const passiveHeadline = s.headline && !!stanceWord && stanceWord.lower.endsWith('ed') && (!after || HEADLINE_CLAUSE_ENDS.has(after.text));
  // "Neither account could be verified": every side's account, not one the subject names.
  if (st.agentless && bothAccountsSubject(s.tokens)) {
    by = null;
    reference = null;
  } else if (by && (st.agentless || passiveHeadline || (!declines && !isActor(by)))) {
    // "The Russian claim could not be verified": the subject names what is answered.
    reference = reference ?? by.name.split(/\s+/);
    by = null;
  }
  const reaffirms = st.at === reaffirmed;
  return { sentence: s, stance: st.stance, by, at: st.at, reference: reaffirms ? null : reference, restates: !!found?.restates, object: st.object, reaffirms };
}

/** Articles that open a noun phrase naming someone or something by what it is: "the vessel", "a patrol boat". */
const NOUN_PHRASE_ARTICLES = new Set(['the', 'a', 'an']);

/** Words of a question put by the press: a refusal of them is a speaker's own, whoever its subject ("the bureau does not comment"). */
const PRESS_QUESTIONS = /^(?:comment|request|question|inquir|enquir|messag|email|interview)/;

/**
 * Does a claim's content open with a subject other than its speaker ("the vessel ... did not
 * respond to radio calls")? "its spokesman", "it", and a refusal to comment are the speaker's.
 */
function refusalOfOther(tokens: readonly Token[], speaker: Asserted, at: number): boolean {
  const [a, b] = speaker.attribution.content;
  if (!NOUN_PHRASE_ARTICLES.has(tokens[a]?.lower ?? '')) return false;
  if (tokens.slice(at, b).some((t) => PRESS_QUESTIONS.test(t.lower))) return false;
  let end = a + 1;
  while (end < b && !VERB_TAGS.has((tokens[end] as Token).pos) && tokens[end]?.text !== ',') end++;
  if (!tokens.slice(a + 1, end).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return false;
  const speakerWords = nameWords(`${speaker.asserter.name} ${speaker.asserter.side}`);
  return ![...contentWords(tokens, a, end)].some((w) => speakerWords.has(w));
}

/** ", a claim (that) X has denied": an indefinite noun of saying in apposition before the stance's subject. */
function answersOwnClause(tokens: readonly Token[], subject: number): boolean {
  const noun = tokens[subject - 1]?.lower === 'that' ? subject - 2 : subject - 1;
  const article = tokens[noun - 1]?.lower;
  return ANAPHORIC_NOUNS.has(tokens[noun]?.lower ?? '') && (article === 'a' || article === 'an') && tokens[noun - 2]?.text === ',';
}

/**
 * Inside a claim, "..., a figure the World Health Organization confirmed": the verb has its own
 * named subject. A word or phrase of denial ("Mara is alive and well") says something of its
 * subject; the speaker is the one who says it.
 */
function namesSomeoneElse(s: Sentence, at: number, subject: { start: number; end: number } | null, speaker: Asserted): boolean {
  if (!subject || !speaker.attribution.source || s.tokens[at]?.pos !== 'VERB') return false;
  const [a, b] = speaker.attribution.source;
  const inContent = subject.start >= speaker.attribution.content[0];
  const outsideSource = subject.end <= a || subject.start >= b;
  return inContent && outsideSource && s.tokens.slice(subject.start, subject.end).some((t) => t.pos === 'PROPN');
}

/**
 * Does a claim's sentence name the responder, other than in the name of the claim's own asserter?
 * "Gov. Keel" in "... attacking Gov. Keel, ... she said" does; "Las Cruces" in "The Las Cruces
 * Sun-News said" names no Las Cruces body.
 */
function namesResponder(responder: ReadonlySet<string>, sentence: ReadonlySet<string>, c: Asserted): boolean {
  const asserter = nameWords(c.asserter.name);
  for (const w of responder) if (sentence.has(w) && !asserter.has(w)) return true;
  return false;
}

/** Words that end the clause a stance belongs to: "acknowledged the four cases but insisted that ...". */
const CLAUSE_BREAKS = new Set(['but', ';', 'while', 'although', 'whereas']);

/** Token range [start, end) of the clause holding token `at`. */
function clauseOf(tokens: readonly Token[], at: number): [number, number] {
  let start = at;
  while (start > 0 && !CLAUSE_BREAKS.has((tokens[start - 1] as Token).lower)) start--;
  let end = at;
  while (end < tokens.length && !CLAUSE_BREAKS.has((tokens[end] as Token).lower)) end++;
  return [start, end];
}

/** A subject like "The figure" or "The Russian claim" is what is answered, not who answers. */
function isActor(p: Party): boolean {
  const words = beforeComma(p.name).trim().toLowerCase().split(/\s+/);
  return !ANAPHORIC_NOUNS.has(words[words.length - 1] ?? '');
}

/** Ordinals, stopwords alone, which with their noun name one thing: "a second gunman" is "a second attacker". */
const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);

/** A model or code name of letters and digits ("V8", "F1"): short, but names one thing. */
const MODEL_NAME = /^(?=.*\d)(?=.*\p{L})[\p{L}\d]{2}$/u;

/** The stem a lower-cased word counts as in a topic ("shelled" → "attac"), or '' for a stopword or a short word. */
const topicStem = remembered((lower: string): string =>
  (lower.length > 2 && !STOPWORDS.has(lower)) || MODEL_NAME.test(lower) ? stem(EVENT_WORDS.get(lower) ?? lower) : '',
);

/** Stems of words for what was reported: a refusal to comment on "leaks" or "speculation" is about the reports. */
const REPORT_STEMS: ReadonlySet<string> = new Set([...RUMOUR_NOUNS, ...PUBLISHED_NOUNS, 'leak', 'leaks', 'leaked'].map((w) => topicStem(w)));

/** ACT_PHRASES by their first token. */
const ACTS_BY_FIRST = new Map<string, (readonly [readonly string[], string])[]>();
for (const act of ACT_PHRASES) {
  const first = act[0][0] as string;
  ACTS_BY_FIRST.set(first, [...(ACTS_BY_FIRST.get(first) ?? []), act]);
}

/** The token after an act phrase starting at token k and ending by b, with its group's stem; or null. */
function actAt(tokens: readonly Token[], k: number, b: number): [end: number, stem: string] | null {
  for (const [words, head] of ACTS_BY_FIRST.get((tokens[k] as Token).lower) ?? []) {
    if (k + words.length <= b && words.every((w, m) => tokens[k + m]?.lower === w)) return [k + words.length, stem(head)];
  }
  return null;
}

/** Stems of the content words of tokens [a, b), with "second gunman" as one more word and "slow-walked" as "delay". */
function contentWords(tokens: readonly Token[], a = 0, b = tokens.length): Set<string> {
  const out = new Set<string>();
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    const act = ACTS_BY_FIRST.has(t.lower) ? actAt(tokens, k, b) : null;
    if (act) {
      out.add(act[1]);
      k = act[0] - 1;
      continue;
    }
    if (t.pos !== 'PUNCT') {
      const topic = topicStem(t.lower);
      if (topic) out.add(topic);
    }
    const noun = tokens[k + 1];
    if (ORDINALS.has(t.lower) && k + 1 < b && noun?.pos === 'NOUN') out.add(`${t.lower} ${stem(EVENT_WORDS.get(noun.lower) ?? noun.lower)}`);
  }
  return out;
}

/** Stems of the words of the denial phrases ("still alive", "never happened"). */
const VERDICT_STEMS: ReadonlySet<string> = new Set(DENIAL_PHRASES.flatMap((p) => p.map(topicStem)).filter((w): w is string => !!w));

/** Stems of the first words of the event and act groups: "attac" for any word of an attack. */
const EVENT_STEMS: ReadonlySet<string> = new Set([...EVENT_WORDS.values(), ...ACT_PHRASES.map(([, head]) => head)].map(stem));

/**
 * Does a claim detail another ("the shells had struck the roof" after "forces had shelled the
 * plant")? It names the same event or act, or shares two words with it.
 */
function detailsOf(claimWords: ReadonlySet<string>, detailWords: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const w of detailWords) {
    if (!claimWords.has(w) || w.length < MIN_CONTRADICTION_STEM) continue;
    if (EVENT_STEMS.has(w) || ++shared >= 2) return true;
  }
  return false;
}

/**
 * The capitalised words of a claim's sentence other than its first and its asserter's name,
 * lower-cased: the names that place what it says (a sentence's other claims place it too: "debris
 * had fallen near Plauru, and that nobody had been hurt").
 */
function namesIn(c: Asserted): Set<string> {
  const tokens = c.attribution.sentence.tokens;
  const asserter = new Set(c.asserter.name.toLowerCase().split(/\s+/));
  const out = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (isCapitalised(t.text) && !asserter.has(t.lower)) out.add(t.lower);
  }
  return out;
}

/** Do two claims name the same places and parties (or none)? */
function sameNames(a: Asserted, b: Asserted): boolean {
  const x = namesIn(a);
  const y = namesIn(b);
  return x.size === y.size && [...x].every((w) => y.has(w));
}

/** Words of "nobody", "no one": they say how many, not what of. */
const NONE_STEMS = new Set(['nobody', 'none', 'one', 'noone'].map((w) => topicStem(w)).filter(Boolean));

/** Does a claim say nothing the other does not, but events and how many ("nobody had been injured during the evacuation")? */
function onlyEvents(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (!EVENT_STEMS.has(w) && !NONE_STEMS.has(w) && !b.has(w)) return false;
  return true;
}

/** Is every event or act one claim names named by the other too? */
function eventsWithin(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (EVENT_STEMS.has(w) && !b.has(w)) return false;
  return true;
}

/** Do two claims name the same event or act ("had ambushed a patrol" / "had opened fire on the patrol")? */
function sameEvent(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (EVENT_STEMS.has(w) && b.has(w)) return true;
  return false;
}

/** A possessive ending, which the tokenizer splits from its name. */
const POSSESSIVE_END = /['\u2019]s?(?=\s|$)/gu;
/** Stems of the words of a name (shared between calls: never mutated). */
const nameWords = remembered((text: string): ReadonlySet<string> => {
  const out = new Set<string>();
  // "Al-Mannai's lawyers": the words as the tokenizer reads them ("Al", "Mannai"), as a sentence's words are.
  for (const word of text.toLowerCase().replace(POSSESSIVE_END, '').split(/[^\p{L}\p{N}]+/u)) {
    if (word.length > 2) out.add(stem(word));
  }
  return out;
});

/** A crude stem: enough to meet "fired"/"fire", "crews"/"crew", "injuries"/"injured". */
function stem(word: string): string {
  if (word.length >= 6) return word.slice(0, 5);
  const last = word[word.length - 1];
  const before = word[word.length - 2];
  return (last === 'd' && before === 'e') || (last === 's' && before !== 's') ? word.slice(0, -1) : word;
}

/** "unlikely to dent production" says no as "would not affect output" does. */
const NEGATION_WORDS = new Set(['no', 'not', "n't", 'never', 'none', 'nobody', 'nothing', 'neither', 'unlikely']);

/** Does token k say no: a negation word, "-n't", or "zero" before what there is none of ("zero cyber contracts")? */
function negatesAt(tokens: readonly Token[], k: number): boolean {
  const w = (tokens[k] as Token).lower;
  if (NEGATION_WORDS.has(w) || w.endsWith("n't")) return true;
  const next = tokens[k + 1]?.pos;
  return w === 'zero' && (next === 'NOUN' || next === 'ADJ');
}

/** "no" or "zero" before a noun: what a claim says there is none of. */
function saysNoneAt(tokens: readonly Token[], k: number): boolean {
  const w = (tokens[k] as Token).lower;
  return w === 'no' || (w === 'zero' && negatesAt(tokens, k));
}

/** A negation inside a condition ("... if the bill did not pass") does not negate the claim. */
const CONDITIONS = new Set(['if', 'unless', 'whether']);

function isNegated(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = (tokens[k] as Token).lower;
    if (CONDITIONS.has(w)) return false;
    // "paid for contractors, not campaign staff" affirms what it pays for; the words set aside are wordsNegated's.
    if (w === 'not' && tokens[k - 1]?.text === ',') continue;
    if (negatesAt(tokens, k)) return true;
  }
  return false;
}

/** "no one had been hurt", "it had not been given a name": a claim whose subject or first verb says no. */
function saysNo(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (negatesAt(tokens, k)) return true;
    if ((tokens[k] as Token).pos === 'VERB') return k + 1 < b && negatesAt(tokens, k + 1);
  }
  return false;
}

/** How many words of at least `minLength` characters the two sets share. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>, minLength = 0): number {
  // The count is the same either way: walk the smaller set.
  if (a.size > b.size) return overlap(b, a, minLength);
  let n = 0;
  for (const w of a) if (w.length >= minLength && b.has(w)) n++;
  return n;
}

/** Words that say a speaker speaks for someone, not who: "spokesperson" is no topic ("spoken"). */
const SPEAKING_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen']);

const VERB_TAGS = new Set(['VERB', 'AUX']);
/** ", which represents corrections officers,": a relative clause after a responder's name. */
const RELATIVE_CLAUSE = /,\s+(?:which|who)\s[^,]*(?:,|$)/g;
/**
 * ", the trade body that represents bus operators,": a description of what the responder does,
 * naming no one (", a spokesman for the authority" and ", the firm that bought Harrow Foods" name whom).
 */
const DESCRIPTION = /,\s+(?:the|a|an)\s[^,A-Z]*\bthat\s[^,A-Z]*(?:,|$|(?=\s[A-Z]))/g;

/** The words of a name without its speaking role: "An FAA spokesperson" → "faa". */
const namedWords = remembered((name: string): ReadonlySet<string> =>
  nameWords(
    name
      // "X, which represents corrections officers", "X, the trade body that ...": what the responder is or does is not its name.
      .replace(RELATIVE_CLAUSE, ' ')
      .replace(DESCRIPTION, ' ')
      .split(/\s+/)
      .filter((w) => !SPEAKING_ROLES.has(w.toLowerCase()))
      .join(' '),
  ),
);

/** The one word two sets share (the first found), or "". */
function sharedWord(a: ReadonlySet<string>, b: ReadonlySet<string>): string {
  for (const w of a) if (b.has(w)) return w;
  return '';
}

/** A story word: one used by at least a quarter of an article's claims, and by five at least. */
const STORY_WORD_SHARE = 0.25;
const STORY_WORD_MIN = 5;
/** Share of the claims that use a word the whole story is about ("the dam" in a story of a dam). */
const WHOLE_STORY_SHARE = 0.5;

/** Words used by so many of the claims that they name the story, not one claim. */
function wordsOfManyClaims(words: readonly ReadonlySet<string>[], share = STORY_WORD_SHARE): Set<string> {
  const counts = new Map<string, number>();
  for (const ws of words) for (const w of ws) counts.set(w, (counts.get(w) ?? 0) + 1);
  const least = Math.max(STORY_WORD_MIN, words.length * share);
  const out = new Set<string>();
  for (const [w, n] of counts) if (n >= least) out.add(w);
  return out;
}

/** Shared words that can make two claims contradict: long enough to carry content ("card", "payme"). */
const MIN_CONTRADICTION_STEM = 4;

/** A name in a reference ("the Tajik version", "Vilela's remarks"), lower-cased, with the side it stands for. */
interface Owner {
  lower: string;
  side: string | null;
}

/** Words of a reference that name whose words are answered: "Tajik", "Vilela's", "union's". */
function ownerWordsOf(reference: string[]): string[] {
  // Built by push (see mapped): an empty filter() result has another shape in each compiler tier.
  const owners: string[] = [];
  for (const w of reference) {
    if ((isCapitalised(w) || /\p{L}['\u2019]s?$/u.test(w)) && !ANAPHORIC_DETERMINERS.has(w.toLowerCase()) && w.toLowerCase() !== 'the') owners.push(w);
  }
  return owners;
}

function ownersIn(reference: string[]): Owner[] {
  return ownerWordsOf(reference).map((w) => {
    const owner = withoutPossessive(w);
    return { lower: owner.toLowerCase(), side: namedSide(owner) };
  });
}

/**
 * The owner a claim of another side names before the reference's noun ("assessing the CHOICE
 * findings" → CHOICE), latest first, with the claims that name it so (they speak about, not for, it).
 */
function mentionedOwner(claims: readonly Asserted[], from: number, to: number, noun: string, other: (c: Asserted) => boolean): { owner: string; about: Set<number> } | null {
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

/** "confirmed in a statement that P": the verb at `at` takes "that P" after a phrase with no verb of its own. */
function saysOwnAfter(tokens: readonly Token[], at: number, content: number): boolean {
  if (content <= at || content - at > 6 || tokens[content - 1]?.lower !== 'that') return false;
  for (let k = at + 1; k < content - 1; k++) if (VERB_TAGS.has((tokens[k] as Token).pos) || tokens[k]?.text === ',') return false;
  return true;
}

const PLAN_MODALS = new Set(['will', 'would', "'ll"]);
const SELF_PRONOUNS = new Set(['we', 'it', 'they', 'he', 'she', 'i']);

/** "Denmark would raise the matter with NATO", "we will appeal": what the asserter's side will do, not its account of what happened. */
function isPlan(c: Asserted): boolean {
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
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
function isOwnPlan(c: Asserted): boolean {
  const subject = c.attribution.sentence.tokens[c.attribution.content[0]]?.lower ?? '';
  return isPlan(c) && !((c.attribution.kind === 'quote' || c.attribution.kind === 'continued') && THIRD_PERSON.has(subject));
}

/** Does the claim's asserter match the names of a reference (any asserter, when it names none)? */
function matchesOwners(claim: Asserted, owners: readonly Owner[]): boolean {
  if (owners.length === 0) return true;
  const name = claim.asserter.name.toLowerCase();
  const side = claim.asserter.side;
  const sideLower = side.toLowerCase();
  return owners.some((o) => name.includes(o.lower) || sideLower.includes(o.lower) || o.side === side);
}

/** A word without its possessive mark ("Vilela's" → Vilela). */
function withoutPossessive(word: string): string {
  return word.replace(/['\u2019]s?$/, '');
}

/** A word lower-cased without its possessive ("union's" → union). */
function bareOwner(word: string): string {
  return withoutPossessive(word).toLowerCase();
}

/** The last word of a name before any comma, bare: "The dockworkers' union" → union. */
const headNoun = remembered((name: string): string => {
  const head = beforeComma(name).trim().split(/\s+/);
  return bareOwner(head[head.length - 1] ?? '');
});

const ACCOUNT_NOUNS = new Set(['version', 'account', 'narrative']);
/** What an article's whole story is called by those who answer it: "the reports", "the rumours", not "these claims". */
const STORY_NOUNS: ReadonlySet<string> = new Set([...PUBLISHED_NOUNS, 'reports', 'rumours', 'rumors', 'rumour', 'rumor', 'stories']);

/** Said by no one named: "a story", "the article", "posts", "sources". */
function isUnsourced(c: Asserted): boolean {
  return isUnnamedSide(c.asserter.side);
}

/** An outlet's report or what unnamed sources told one ("sources tell Variety"): what "the report" may mean. */
function isReported(c: Asserted): boolean {
  return isOutletReport(c) || isUnsourced(c);
}

/**
 * A claim an outlet reported: "X reported that P", "according to a report in X", "The report said P"
 * (resolved to X); not a state's or a party's "report".
 */
function isOutletReport(c: Asserted): boolean {
  return reportsFor(c.attribution, c.asserter) && !isCountrySide(c.asserter.side) && !isPartySide(c.asserter.side);
}

/**
 * The reports of [from, to) by an outlet whose words the response names after its stance: "the
 * Courier's story", "the Ledger report" (not "..., Reuters said", the wire that carried it).
 */
function namedOutletReports(claims: readonly Asserted[], from: number, to: number, r: Response, other: (c: Asserted) => boolean): Asserted[] {
  const byHead = new Map<string, Asserted[]>();
  for (let k = from; k < to; k++) {
    const c = claims[k] as Asserted;
    if (!other(c) || !isOutletReport(c) || isUnnamedSide(c.asserter.side)) continue;
    const head = headNoun(c.asserter.side);
    const reports = byHead.get(head);
    if (reports) reports.push(c);
    else byHead.set(head, [c]);
  }
  if (byHead.size === 0) return [];
  const named: Asserted[] = [];
  const tokens = r.sentence.tokens;
  for (let k = r.at + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!isCapitalised(t.text) || !namesWords(tokens, k)) continue;
    const reports = byHead.get(bareOwner(t.lower));
    if (reports) named.push(...reports);
    byHead.delete(bareOwner(t.lower));
  }
  return named;
}

/** Does the name at k say whose words they are: "Courier's", "Courier 's story", "Courier report"? */
function namesWords(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1]?.lower ?? '';
  return withoutPossessive(t.text) !== t.text || POSSESSIVE_MARKS.has(next) || PUBLISHED_NOUNS.has(next) || RUMOUR_NOUNS.has(next);
}

const FIGURE_NOUNS = new Set(['figure', 'figures', 'number', 'numbers', 'estimate', 'estimates', 'toll', 'count', 'casualty']);
const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)\b/i;

function hasNumber(s: string): boolean {
  return NUMBER.test(s);
}

const CASUALTY_STEMS = new Set([...CASUALTY_WORDS].map(stem));

function countsCasualties(words: Set<string> | undefined): boolean {
  for (const w of words ?? []) if (CASUALTY_STEMS.has(w)) return true;
  return false;
}
/** The reporting verb a reference noun points back to: "the warning" → warned, "the charge" → accused. */
const REFERENCE_CUE_STEMS: Readonly<Record<string, string>> = {
  warning: 'warn', warnings: 'warn', charge: 'accus', charges: 'accus', accusation: 'accus', accusations: 'accus',
  allegation: 'alleg', allegations: 'alleg', estimate: 'estimat', estimates: 'estimat', assertion: 'assert',
  assertions: 'assert', announcement: 'announc', prediction: 'predict', report: 'report', reports: 'report', claim: 'claim',
};

/** The reporting verb a reference points back to ("the charge" → accus), if it names one. */
function cueStemOf(reference: readonly string[]): string | undefined {
  return mapped(reference, (w) => REFERENCE_CUE_STEMS[w.toLowerCase()]).find(Boolean);
}

/**
 * Can a claim be what a reference names? "Beijing says P; Washington calls the charge baseless":
 * "the charge" is what was alleged, not P; "Moscow's claim" is Moscow's. No reference fits any claim.
 */
function fitsReference(c: Asserted, reference: readonly string[] | null, sameSentence = false): boolean {
  if (!reference) return true;
  const cueStem = cueStemOf(reference);
  // "X said P, but Y called the claim a fabrication": in the claim's own sentence "the claim" is P, whatever the cue.
  if (cueStem && !(sameSentence && cueStem === 'claim') && !madeWith(c, cueStem)) return false;
  return matchesOwners(c, ownersIn(reference.filter((w) => isCapitalised(w))));
}

/** Was the claim made with a verb of this stem: its cue, or the verb its cue carries on ("claimed responsibility, saying P")? */
function madeWith(c: Asserted, stem: string): boolean {
  if (c.attribution.cue.toLowerCase().startsWith(stem)) return true;
  const tokens = c.attribution.sentence.tokens;
  for (let k = 0; k < c.attribution.content[0]; k++) if (tokens[k]?.pos === 'VERB' && tokens[k]?.lower.startsWith(stem)) return true;
  return false;
}

/**
 * Link each response to the claims it answers; returns, per claim, the responses that answer it.
 * A live blog with its newest update first is read in the order its updates were written.
 */
export function linkResponses(text: string, claims: Asserted[], responses: Response[]): Map<Asserted, ClaimResponse[]> {
  const written = writtenOrder(text, [...claims.map((c) => c.attribution.sentence), ...responses.map((r) => r.sentence)]);
  if (!written) return linkInOrder(text, claims, responses);
  const retimed = (s: Sentence): Sentence => written.get(s) ?? s;
  const original = new Map<Asserted, Asserted>();
  const timedClaims = claims.map((c) => {
    const timed = { ...c, attribution: { ...c.attribution, sentence: retimed(c.attribution.sentence) } };
    original.set(timed, c);
    return timed;
  });
  const byIndex = (x: Sentence, y: Sentence): number => x.index - y.index;
  timedClaims.sort((x, y) => byIndex(x.attribution.sentence, y.attribution.sentence));
  const timedResponses = responses.map((r) => ({ ...r, sentence: retimed(r.sentence) })).sort((x, y) => byIndex(x.sentence, y.sentence));
  const linked = linkInOrder(text, timedClaims, timedResponses);
  return new Map([...linked].map(([c, list]) => [original.get(c) ?? c, list]));
}

function linkInOrder(text: string, claims: Asserted[], responses: Response[]): Map<Asserted, ClaimResponse[]> {
  const linked = new Map<Asserted, ClaimResponse[]>();
  const words = claims.map((c) => contentWords(c.attribution.sentence.tokens, c.attribution.content[0], c.attribution.content[1]));
  const sentenceWords = new Map<Sentence, Set<string>>();
  const wordsOfSentence = (s: Sentence): Set<string> => {
    let w = sentenceWords.get(s);
    if (!w) sentenceWords.set(s, (w = contentWords(s.tokens)));
    return w;
  };
  const add = (c: Asserted, response: ClaimResponse): void => {
    const list = linked.get(c) ?? [];
    // "confirmed that P but said it was because Q": one sentence of one side that backs a claim and
    // sets another reason against it is one response, a denial.
    const backing = list.findIndex((x) => sameResponse(x, { ...response, stance: 'supports' }));
    if (response.stance === 'denies' && backing >= 0) list.splice(backing, 1);
    if (!list.some((x) => sameResponse(x, response))) list.push(response);
    linked.set(c, list);
  };
  // Claims are in reading order: each response looks only at those within reach of it.
  const firstAt = (sentence: number): number => {
    let lo = 0;
    let hi = claims.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((claims[mid]?.attribution.sentence.index ?? 0) < sentence) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const negated = claims.map((c) => isNegated(c.attribution.sentence.tokens, c.attribution.content[0], c.attribution.content[1]));
  const sayingNo = new Set(claims.filter((c, k) => negated[k] && saysNo(c.attribution.sentence.tokens, c.attribution.content[0], c.attribution.content[1])));
  const vows = claims.map(isVow);
  const plans = claims.map(isPlan);
  // "said it does not comment on rumours": a refusal reported as a claim, which no other refusal answers.
  const refusals = refusalClaims(claims, responses);
  // predicateWords per claim, worked out on first use and shared with linkContradictions.
  const predicates: Array<Set<string> | undefined> = [];
  // Whether a claim gives a number, worked out on first use.
  const givesNumber: Array<boolean | undefined> = [];
  // What a denial may answer by shared words alone: not a conditional ("If ballots were thrown
  // away, ..."), and not a claim that itself says no ("no official reported missing ballots").
  const deniable = claims.map((c, k) => !negated[k] && !CONDITIONS.has(c.attribution.sentence.tokens[c.attribution.content[0]]?.lower ?? ''));
  // Each response is linked by a function of its own: as a loop body of this function it made the
  // optimizing compiler's work on linkInOrder (redone after each deoptimization) cost more than linking.
  let story: Set<string> | undefined;
  const storyWords = (): Set<string> => (story ??= wordsOfManyClaims(words));
  let wholeStory: Set<string> | undefined;
  const wholeStoryWords = (): Set<string> => (wholeStory ??= wordsOfManyClaims(words, WHOLE_STORY_SHARE));
  // What each sentence's response by a named side answered, for a verdict that points back at it next.
  const answered = new Map<number, { side: string; paragraph: number; targets: ReadonlySet<Asserted> }>();
  const linkResponse = (r: Response): void => {
    if (r.reaffirms || r.figure) return;
    const rSide = r.by?.side ?? '';
    const byTopic = (k: number): boolean => (r.stance === 'denies' ? !!deniable[k] : !(r.stance === 'unconfirmed' && refusals[k]));
    const other = (c: Asserted): boolean => !rSide || c.asserter.side !== rSide;
    const rIndex = r.sentence.index;
    // Words of the responder's own name say nothing about which claim it answers.
    const [inStart, inEnd] = clauseOf(r.sentence.tokens, r.at);
    const clauseStart = Math.max(inStart, r.clause?.[0] ?? 0);
    const clauseEnd = Math.min(inEnd, r.clause?.[1] ?? inEnd);
    // "declined to comment on the condition of individual patients": a word of its topic reaches
    // further, and what follows the topic ("... if he is not able to build support") is not its concern.
    const topic = r.stance === 'unconfirmed' ? refusalTopic(r.sentence.tokens, r.at) : null;
    const topicWords = topic ? contentWords(r.sentence.tokens, topic[0], topic[1]) : null;
    const asked = topic ? askedBefore(r.sentence.tokens, r.at) : null;
    if (topicWords && asked) for (const w of contentWords(r.sentence.tokens, asked[0], asked[1])) topicWords.add(w);
    const rWords = contentWords(r.sentence.tokens, clauseStart, topic ? Math.min(topic[1], clauseEnd) : clauseEnd);
    const responderWords = nameWords(`${r.by?.name ?? ''} ${rSide}`);
    for (const w of responderWords) rWords.delete(w);
    // "did not respond when the Courier asked him about the notice": who asked is not what about.
    if (topic && topicWords) {
      const opened = refusalEnd(r.sentence.tokens, r.at);
      for (const w of contentWords(r.sentence.tokens, opened, askedAbout(r.sentence.tokens, opened))) if (!topicWords.has(w)) rWords.delete(w);
    }
    // "My father is alive" shares "alive" with "the hostage was alive": a verdict's own words say nothing of what it denies.
    if (r.stance === 'denies') for (const w of rWords) if (VERDICT_STEMS.has(w)) rWords.delete(w);
    // "The club's goalkeeper, Luke Ferris, has not commented.": the words naming who refused, up to
    // the first verb, say nothing of what a bare refusal is about.
    if (r.stance === 'unconfirmed' && r.by && isBareRefusal(r)) {
      let k = clauseStart;
      while (k < r.at && !VERB_TAGS.has((r.sentence.tokens[k] as Token).pos)) k++;
      for (const w of contentWords(r.sentence.tokens, clauseStart, k)) rWords.delete(w);
    }
    // The window [from, to) of claims within reach; [here, next) are those of the response's own sentence.
    const from = firstAt(rIndex - TOPIC_REACH);
    const here = firstAt(rIndex);
    const next = firstAt(rIndex + 1);
    const to = firstAt(rIndex + TOPIC_REACH + 1);
    const targets = new Set<Asserted>();

    // In the same sentence: "..., a narrative that was echoed by X"; "declined to comment on X's claim that P".
    // A response naming the claim it answers ("X's claim that P was echoed by Y") answers only
    // that claim, even when it comes from the same side and so does not count.
    let named = false;
    for (let k = here; k < next; k++) {
      const c = claims[k] as Asserted;
      if (c.attribution.kind === 'nominal') named = true;
      if (!other(c) || !fitsReference(c, r.reference, true)) continue;
      // "A video that its poster said showed P could not be independently verified": the claim in the subject.
      const before = r.by ? c.attribution.content[0] < r.at : r.stance === 'unconfirmed' && c.attribution.content[1] <= r.at && clauseStart <= c.attribution.content[0];
      if (before || c.attribution.kind === 'nominal') targets.add(c);
    }

    if (targets.size === 0 && r.reference) {
      const reference = r.reference;
      const wantsFigure = reference.some((w) => FIGURE_NOUNS.has(w.toLowerCase()));
      // "the warning" answers what was warned, "the charge" what was alleged.
      const cueStem = cueStemOf(reference);
      // "the Tajik version", "Moscow's account": a side's whole account, which it first gave earliest.
      let ownerNames = ownerWordsOf(reference);
      const noun = reference[reference.length - 1]?.toLowerCase() ?? '';
      // Earlier claims whose asserter the reference's words name. A headline above a body response
      // usually restates a claim (or the response itself), so the body answers the body; the
      // headline's claim only when the body has none of that owner's.
      const ownedBy = (words: string[]): number[] => {
        const owners = ownersIn(words);
        const body: number[] = [];
        const headline: number[] = [];
        for (let k = from; k < here; k++) {
          const c = claims[k] as Asserted;
          if (!matchesOwners(c, owners)) continue;
          if (c.attribution.sentence.headline && !r.sentence.headline) headline.push(k);
          else body.push(k);
        }
        return body.length ? body : headline;
      };
      // "X was assessing the CHOICE findings. Y rejected the findings.": a claim naming whose findings
      // they are is about them, and points to their owner's claims.
      const mention = ownerNames.length === 0 ? mentionedOwner(claims, from, here, noun, other) : null;
      if (mention) ownerNames = [mention.owner];
      let owned = ownedBy(mention ? [mention.owner] : reference).filter((k) => !mention?.about.has(k));
      // "the airline's account" when the airline spoke as "Skyrail": a kind of owner no name holds says only "an account".
      if (owned.length === 0 && ownerNames.every((w) => !isCapitalised(w))) {
        owned = ownedBy(reference.filter((w) => !ownerNames.includes(w)));
        ownerNames = [];
      }
      const wantsAccount = ownerNames.length > 0 && reference.some((w) => ACCOUNT_NOUNS.has(w.toLowerCase()));
      const otherOwned = owned.filter((k) => other(claims[k] as Asserted));
      // "the union's statement": the union's own claims before those of its officials.
      const owners = new Set(ownerNames.map(bareOwner));
      const itself = otherOwned.filter((k) => owners.has(headNoun((claims[k] as Asserted).asserter.name)));
      // "dismissed the video": what the video or the posts sharing it claim, not "X asked the FBI to look into the video".
      const shown = reference.some((w) => MEDIA_NOUNS.has(w.toLowerCase()));
      // "did not respond to a message asking about the post": what an unnamed poster said, not a named body's statement.
      const posted = r.stance === 'unconfirmed' && reference.some((w) => RUMOUR_ITEMS.has(w.toLowerCase()) && !PUBLISHED_NOUNS.has(w.toLowerCase()));
      // "the rumours were a smear": the rumours the article reported, when it reported any.
      const rumoured = reference.some((w) => RUMOUR_NOUNS.has(w.toLowerCase())) ? otherOwned.filter((k) => isRumour(claims[k] as Asserted)) : [];
      // "branded the story fake news": what "a story on a website" said, when a source is named so.
      const bySource = otherOwned.filter((k) => headNoun((claims[k] as Asserted).asserter.side) === noun);
      // "neither confirmed nor denied the report": what an outlet or unnamed sources reported, not a named speaker's quote.
      const published = PUBLISHED_NOUNS.has(noun) ? otherOwned.filter((k) => isReported(claims[k] as Asserted)) : [];
      // "X gave the same account": the account told just before; told by X's own side, it is an echo that backs nothing.
      let lastTold = here - 1;
      while (lastTold >= from && (claims[lastTold] as Asserted).attribution.sentence.headline) lastTold--;
      const sameSideEcho = reference.some((w) => w.toLowerCase() === 'same') && lastTold >= from && !other(claims[lastTold] as Asserted);
      const candidates = sameSideEcho
        ? []
        : CARRIER_NOUNS.has(noun)
        ? // "slammed the complaint as the work of a disgruntled aide": only what "the complaint" says, though it speaks for whoever filed it.
          otherOwned.filter((k) => headNoun((claims[k] as Asserted).asserter.name) === noun || bySource.includes(k))
        : shown
        ? otherOwned.filter((k) => showsClaims(claims[k] as Asserted))
        : posted
          ? otherOwned.filter((k) => isUnnamedSide((claims[k] as Asserted).asserter.side))
          : rumoured.length
          ? rumoured
          : itself.length
            ? itself
            : bySource.length
              ? bySource
              : published.length
                ? published
                : otherOwned;
      if ((ownerNames.length > 0 && owned.length > 0) || sameSideEcho) named = true;
      const sameCue = cueStem ? candidates.filter((k) => madeWith(claims[k] as Asserted, cueStem)) : [];
      // "the casualty figures", "the same figure": a claim that gives a number.
      const numbered = wantsFigure ? candidates.filter((k) => (givesNumber[k] ??= hasNumber(claimText(text, claims[k] as Asserted)))) : [];
      // "the casualty figures", "the death toll": a number of people killed or hurt.
      const wantsCasualties = reference.some((w) => CASUALTY_NOUNS.has(w.toLowerCase()));
      const casualties = wantsCasualties ? numbered.filter((k) => countsCasualties(words[k])) : [];
      const numeric = casualties.length ? casualties : numbered;
      const single = sameCue.length ? sameCue : numeric;
      // The words naming whose account it is ("the Tajik version") say nothing about which of its claims.
      const ownerWords = nameWords(ownerNames.join(' '));
      // "did not respond to a request for comment on that claim": the words of what it refused to
      // discuss, not of the refusal ("respond" would meet a claim about response times).
      // "called the number inflated": that a number is answered says nothing of which claim gave it.
      const figureNoun = wantsFigure ? topicStem(noun) : '';
      const referenceWords = new Set([...(topicWords ?? rWords)].filter((w) => !ownerWords.has(w) && w !== figureNoun));
      // "the allegation", "Ferrante's assertion": one claim, the one its words point to.
      const singular = reference.some((w) => SINGLE_ANAPHORA.has(w.toLowerCase()));
      // "the allegation", "the charge": against the responder.
      const accuses = cueStem === 'alleg' || cueStem === 'accus';
      const responder = accuses && r.by ? nameWords(`${r.by.name} ${rSide}`) : null;
      const namesIt = (c: Asserted): boolean => !!responder && namesResponder(responder, wordsOfSentence(c.attribution.sentence), c);
      // "These accusations are pure fiction," the agent said: every claim against the agent, whatever verb made it.
      if (responder && !singular) for (const k of candidates) if (namesIt(claims[k] as Asserted)) targets.add(claims[k] as Asserted);
      // "rejected that charge": one made against the responder, when a claim names it.
      const against = responder && singular ? candidates.filter((k) => namesIt(claims[k] as Asserted)) : [];
      // "... the Treasury stalls," said an aide. The Treasury rejected that charge.": "that" points at
      // what another side said last, in this paragraph or the one before; a verdict on the matter
      // ("This is a handout") is comment, not the charge.
      const latest = candidates.filter((k) => !isComment(claims[k] as Asserted)).pop();
      const demonstrative = singular && (DEMONSTRATIVES.has(reference[0]?.toLowerCase() ?? '') || opensWithDefinite(r.sentence.tokens, reference));
      const near = latest !== undefined && r.sentence.paragraph - (claims[latest] as Asserted).attribution.sentence.paragraph <= 1;
      const pointed = demonstrative && near && latest !== undefined ? [latest] : [];
      // "the account", not "that account": a demonstrative points at one telling of it.
      const account = ownerNames.length === 0 && ACCOUNT_NOUNS.has(noun) && reference[0]?.toLowerCase() === 'the';
      let best: { score: number; claim: Asserted; at: number } | undefined;
      const choice = single.length ? single : pointed.length ? pointed : against.length ? against : candidates;
      // "branded the Georgian report fiction": what the report says happened, before its "no one had been hurt".
      const affirmed = r.stance === 'denies' ? choice.filter((k) => !sayingNo.has(claims[k] as Asserted)) : choice;
      for (const k of affirmed.length ? affirmed : choice) {
        const c = claims[k] as Asserted;
        if (account && plans[k]) continue;
        const score = overlap(referenceWords, words[k] ?? new Set());
        // Ties go to the latest mention, but "the Tajik version" to the first telling of that account,
        // and of one sentence ("said P and that Q") to its first claim, the one the sentence is about.
        const later = !!best && c.attribution.sentence !== best.claim.attribution.sentence;
        if (!best || score > best.score || (score === best.score && !wantsAccount && later)) best = { score, claim: c, at: k };
      }
      // "hit back at the split reports", no word of which any claim holds, nor any report told as one:
      // the reports are the story the article opened with, its first claim.
      const untold = candidates === otherOwned && STORY_NOUNS.has(noun);
      if (best && best.score === 0 && untold) {
        const first = (affirmed.length ? affirmed : choice).find((k) => !(claims[k] as Asserted).attribution.sentence.headline);
        if (first !== undefined) best = { score: 0, claim: claims[first] as Asserted, at: first };
      }
      // "rejected the union's claim that P": an earlier claim of the union's answered only if it says P.
      // "no basis for the suggestion that the dam is unsafe" meets "the dam cost 40 jobs" only in the word all the story uses: no link.
      if (best && r.restates && (best.score === 0 || (best.score === 1 && wholeStoryWords().has(sharedWord(referenceWords, words[best.at] ?? new Set()))))) best = undefined;
      // "what the video showed": only what the medium shows, not all its sharer said.
      // "has not commented on the report", "branded the story fiction": all the outlet reported.
      const whole = best && reference.some((w) => PUBLISHED_NOUNS.has(w.toLowerCase()));
      if (best && whole) {
        // Every outlet that reported it, with all else each one said: "The Mail reported that P. The paper said Q."
        const outlets = new Set([best.claim.asserter.side]);
        // Reports chosen among the reports: all else their outlets said counts too ("The paper said Q").
        const pool = candidates === published ? otherOwned : candidates;
        for (const k of pool) if ((claims[k] as Asserted).attribution.cue.toLowerCase().startsWith('report')) outlets.add((claims[k] as Asserted).asserter.side);
        for (const k of pool) if (outlets.has((claims[k] as Asserted).asserter.side)) targets.add(claims[k] as Asserted);
        // "said there was no truth to the story": the story is also what unnamed users posted of it.
        if (r.stance === 'denies' && noun === 'story') {
          for (let k = firstAt(rIndex - PROXIMITY); k < here; k++) {
            const c = claims[k] as Asserted;
            if (other(c) && isUnnamedSide(c.asserter.side) && !c.attribution.sentence.headline) targets.add(c);
          }
        }
        // "The Information reported P. … The report said Q. … Apple declined to comment on the report": an
        // outlet's report is all it reported, though a rumour's words chose only Q.
        if (isOutletReport(best.claim)) {
          for (let k = from; k < here; k++) {
            const c = claims[k] as Asserted;
            if (other(c) && isOutletReport(c) && c.asserter.side === best.claim.asserter.side) targets.add(c);
          }
        }
      }
      // "branded the reports fake news": what such sources said anywhere ("posts on social media" in the lede, "Posts on X" below).
      const plural = reference.some((w) => RUMOUR_NOUNS.has(w.toLowerCase()) && w.toLowerCase().endsWith('s'));
      if (best && plural && !single.length) for (const k of rumoured) if ((claims[k] as Asserted).asserter.side === best.claim.asserter.side) targets.add(claims[k] as Asserted);
      // "There is no truth to the reports of an escape": what an outlet reported nearby is among the reports.
      if (best && plural && !single.length && reference.some((w) => w.toLowerCase() === 'reports')) {
        for (const k of otherOwned) {
          const c = claims[k] as Asserted;
          if (isOutletReport(c) && c.attribution.cue.toLowerCase().startsWith('report') && rIndex - c.attribution.sentence.index <= PROXIMITY) targets.add(c);
        }
      }
      // "rejected the findings" of an owner a claim named: all its findings within reach.
      if (best && mention && !singular && noun.endsWith('s')) for (const k of candidates) targets.add(claims[k] as Asserted);
      // "dismissed the complaint": all the complaint is told to say, in any paragraph.
      if (best && CARRIER_NOUNS.has(noun)) for (const k of candidates) targets.add(claims[k] as Asserted);
      if (best && (single.length || shown)) targets.add(best.claim);
      else if (best) {
        // The account answered is what that speaker said in the chosen claim's paragraph; of one
        // claim, what the speaker went on to say to detail it ("the accusation": the shelling, then
        // the shells that struck the roof and where the attack came from).
        const chosen = best.claim;
        const at = best.at;
        // The owner's own words, not its country's: "ministry" of "the Russian ministry's account".
        const bodyOwners = ownersIn(reference).filter((o) => o.side === null).map((o) => o.lower);
        const chosenWords = words[at] ?? new Set<string>();
        // "There is no truth to these claims": what the speaker said in the paragraph before the chosen one too.
        const reach = CLAIMS_PLURALS.has(noun) && DEMONSTRATIVE_PLURALS.has(reference[0]?.toLowerCase() ?? '') ? 1 : 0;
        for (let k = singular ? at : from; k < here; k++) {
          const c = claims[k] as Asserted;
          // "the army's account": what the army's officers went on to say of the same event too.
          const sameAccount = wantsAccount && k > at && c.asserter.side === chosen.asserter.side;
          if (sameAccount && bodyOwners.some((w) => c.asserter.name.toLowerCase().includes(w)) && sameEvent(chosenWords, words[k] ?? new Set())) targets.add(c);
          const sameName = c.asserter.name === chosen.asserter.name;
          if (!sameName && !account) continue;
          const gap = chosen.attribution.sentence.paragraph - c.attribution.sentence.paragraph;
          const details = singular ? detailsOf(chosenWords, words[k] ?? new Set()) : gap <= reach && gap >= 0;
          // "would raise the matter with NATO": a plan is no part of the account answered.
          if (c === chosen || (sameName && details && !(account && plans[k]))) targets.add(c);
          // "contradicted the account", no owner named: the whole account of the chosen claim's side.
          else if (account && c.asserter.side === chosen.asserter.side && !vows[k] && !plans[k] && !c.attribution.sentence.headline) targets.add(c);
        }
      }
      // "..., saying that P and that Q. That claim was challenged by X": "that claim" is the one telling, every clause of it.
      if (best && choice === pointed) {
        for (const k of candidates) {
          const c = claims[k] as Asserted;
          if (c.attribution.sentence === best.claim.attribution.sentence && c.asserter.name === best.claim.asserter.name) targets.add(c);
        }
      }
      // "rejected the union's account": of all the union said, not what it says did not happen ("it had
      // not been shown a buyer's name", "no one had been hurt"), which a denial of the account does not
      // contradict - unless the account is what did not happen ("no tank was breached and no oil leaked").
      if (best && r.stance === 'denies' && !sayingNo.has(best.claim)) for (const c of targets) if (c !== best.claim && sayingNo.has(c)) targets.delete(c);
    }
    // "could not independently verify either account": all that each of the two sides said.
    // "Neither account could be verified": the accounts just told, in its paragraph or the one before.
    const subjectAccounts = bothAccountsSubject(r.sentence.tokens);
    if (targets.size === 0 && !named && r.stance === 'unconfirmed' && (subjectAccounts || eitherAccount(r.sentence.tokens, r.at))) {
      let first = from;
      if (subjectAccounts) while (first < here && (claims[first] as Asserted).attribution.sentence.paragraph < r.sentence.paragraph - 1) first++;
      const counts = new Map<string, number>();
      for (let k = first; k < here; k++) if (other(claims[k] as Asserted)) counts.set((claims[k] as Asserted).asserter.side, (counts.get((claims[k] as Asserted).asserter.side) ?? 0) + 1);
      const two = new Set([...counts].sort((x, y) => y[1] - x[1]).slice(0, 2).map(([side]) => side));
      for (let k = first; k < here; k++) if (two.has((claims[k] as Asserted).asserter.side) && !refusals[k]) targets.add(claims[k] as Asserted);
    }
    // It names what it answers, the accounts: no other claim by shared words or nearness.
    if (subjectAccounts) named = true;
    // "... and branded the Courier's story fiction": a denial naming an outlet answers all that outlet reported.
    if (r.stance === 'denies') for (const c of namedOutletReports(claims, from, here, r, other)) targets.add(c);
    const lede = r.sentence.headline || r.sentence.paragraph <= 1;
    // "Scientists have disowned newspaper reports that P. ... The Daily Express reported that P'": an
    // outlet's report below, on the same matter, is among the reports the lede's denial answers
    // ("denied a Spanish newspaper report that P" too, though "Spanish" gives the report a side).
    if (r.stance === 'denies' && [...targets].some(namesReport) && opensBody(claims, here)) {
      for (let k = next; k < to; k++) {
        const c = claims[k] as Asserted;
        if (other(c) && isOutletReport(c) && byTopic(k) && overlap(rWords, words[k] ?? new Set()) >= 3) targets.add(c);
      }
    }
    if (lede && targets.size === 0 && !named) {
      // A headline or lede denial may answer a claim detailed further down.
      for (let k = next; k < to; k++) {
        const c = claims[k] as Asserted;
        if (other(c) && byTopic(k) && overlap(rWords, words[k] ?? new Set()) >= 3) targets.add(c);
      }
    }
    // "Rebels said they had seized Marova, a claim the army rejected. / Their spokesman said its fighters had
    // taken full control of Marova": a lede's denial of its own claim answers that side's telling of it just below.
    if (lede && !r.sentence.headline && r.stance === 'denies') {
      for (let k = next; k < to; k++) {
        const c = claims[k] as Asserted;
        if (c.attribution.sentence.paragraph > r.sentence.paragraph + 1) break;
        if (c.attribution.sentence.paragraph !== r.sentence.paragraph + 1) continue;
        for (let j = here; j < next; j++) {
          const told = claims[j] as Asserted;
          if (targets.has(told) && told.asserter.side === c.asserter.side && deniable[k] && overlap(words[j] ?? new Set(), words[k] ?? new Set()) > 0) targets.add(c);
        }
      }
    }
    // "Brandt agreed.": with what another side said just before; but "X confirmed that P" confirms P,
    // its own claim, which backs another side's claim only by saying the same (linkConcessions).
    // "said that was false": a verdict is no claim of its own, and one on "that" points back.
    let ownClaim = false;
    let pronounVerdict = false;
    for (let k = here; k < next && !ownClaim; k++) {
      const c = claims[k] as Asserted;
      if (!other(c) && isVerdictOnly(c)) {
        pronounVerdict ||= CLAIM_PRONOUNS.has(c.attribution.sentence.tokens[c.attribution.content[0]]?.lower ?? '');
        continue;
      }
      const gap = c.attribution.content[0] - r.at;
      ownClaim = !other(c) && (gap === 1 || (gap === 2 && r.sentence.tokens[r.at + 1]?.lower === 'that') || saysOwnAfter(r.sentence.tokens, r.at, c.attribution.content[0]));
    }
    // "On the requests to stop, Ashby was blunt. 'That is simply not what happened'": the claims the topic names.
    if (targets.size === 0 && !named && r.frame) for (const c of framedClaims(claims, from, here, r.frame, words, storyWords(), (k) => other(claims[k] as Asserted) && byTopic(k) && !vows[k])) targets.add(c);
    // "denied that.", "said that was false", "This is a fairy tale": a response pointing at what was just said.
    const pointsBack = pronounVerdict || pronounObjectEnds(r.sentence.tokens, r.at) || pointedVerdict(r.sentence.tokens, r.at);
    // "X's lawyer hit back at the reports. 'This is a fairy tale,' she said": a denial only pointing
    // back answers what its speaker's answer just before did.
    if (targets.size === 0 && !named && r.by && r.stance === 'denies' && !r.reference && pointsBack) {
      const last = answered.get(rIndex - 1);
      if (last && last.side === rSide && last.paragraph === r.sentence.paragraph) for (const c of last.targets) targets.add(c);
    }
    if (targets.size === 0 && !named && !(ownClaim && r.stance === 'supports')) {
      let bestShared = 0;
      const scored: Array<[Asserted, number]> = [];
      // "acknowledged the four cases" backs what a claim says of its subject, not the subject itself.
      const confirms = r.stance === 'supports' ? countedWords(r.sentence.tokens, r.object ?? clauseStart, clauseEnd) : null;
      // "consistent with fire from the Tajik side": the side named says nothing of which claim is backed.
      if (confirms && r.object !== undefined) for (const t of r.sentence.tokens.slice(r.object, clauseEnd)) if (namedSide(t.text) !== null) confirms.delete(topicStem(t.lower));
      if (confirms) for (const w of responderWords) confirms.delete(w);
      // "Tiller's agent declined to say whether his client had been offered the job": a refusal by
      // someone a nearby claim names answers that claim, not another sharing one word of its topic.
      // (Worked out on first need: most responses never ask.)
      let refuser: ReadonlySet<string> | undefined;
      const namesRefuser = (c: Asserted): boolean => namesResponder((refuser ??= namedWords(`${r.by?.name ?? ''} ${rSide}`)), wordsOfSentence(c.attribution.sentence), c);
      let refuserNamed: boolean | undefined;
      const refuserNamedNear = (): boolean => {
        if (refuserNamed !== undefined) return refuserNamed;
        refuserNamed = false;
        for (let k = firstAt(rIndex - PROXIMITY); k < here && !refuserNamed; k++) refuserNamed = other(claims[k] as Asserted) && namesRefuser(claims[k] as Asserted);
        return refuserNamed;
      };
      // What the response is about reaches further than a word shared by chance: a refusal's topic,
      // or the thing a denial names ("denied any coordination" answers "had coordinated" six sentences up).
      const aboutWords = topicWords ?? (r.stance === 'denies' && !r.reference ? deniedThing(r.sentence.tokens, r.at, clauseEnd) : null);
      for (let k = from; k < here; k++) {
        const c = claims[k] as Asserted;
        const distance = rIndex - c.attribution.sentence.index;
        // "Denmark had provided no evidence" shares only a name with "Denmark would raise the matter": a plan is no fact to deny.
        if (!other(c) || !byTopic(k) || vows[k] || (r.stance === 'denies' && plans[k])) continue;
        // "consistent with a halt in loading" names a whole claim ("loading had stopped") as a noun: all its words count.
        const shared = confirms
          ? weightedOverlap(confirms, r.object === undefined ? (predicates[k] ??= predicateWords(c)) : (words[k] ?? new Set<string>()))
          : overlap(rWords, words[k] ?? new Set());
        const onTopic = !!aboutWords && distance <= PROXIMITY && overlap(aboutWords, words[k] ?? new Set()) > 0;
        // "consistent with a halt in loading" must hold the claim's words to name it; "denied that its
        // troops had used mortars" says what it denies, which one shared word ("troops") does not meet.
        const saysWhat = r.object !== undefined || (ownClaim && r.stance === 'denies');
        if (!(shared >= 2 || (shared >= 1 && !saysWhat && (distance <= 3 || onTopic)))) continue;
        // "declined to say whether the engine had been damaged": a word the whole story keeps using
        // ("engine", the accused's name) does not say which claim a refusal's topic is about.
        // "There is no basis for the suggestion that the dam is unsafe" neither: its suggestion says what it answers.
        if ((aboutWords || r.restates) && shared === 1 && storyWords().has(sharedWord(rWords, words[k] ?? new Set()))) continue;
        if (r.stance === 'unconfirmed' && r.by && shared === 1 && distance > 3 && refuserNamedNear() && !namesRefuser(c)) continue;
        scored.push([c, shared]);
        bestShared = Math.max(bestShared, shared);
      }
      // "acknowledged that two exits had been locked" answers the claim it concedes: a later
      // response on the same topic answers that claim, not the concession.
      // (Loops, not filtered arrays: arrays that are sometimes empty gave the optimizing compiler maps to deoptimize on.)
      const concedes = (c: Asserted): boolean => !SUPPORT_VERBS.has(c.attribution.cue.toLowerCase());
      const anyConceded = scored.some(([c, shared]) => shared === bestShared && concedes(c));
      for (const [c, shared] of scored) if (shared === bestShared && (!anyConceded || concedes(c))) targets.add(c);
    }
    // "denied that its troops had used mortars" says what it denies: sharing no word with a claim, it answers none.
    if (targets.size === 0 && !named && r.stance !== 'supports' && !(ownClaim && r.stance === 'denies')) {
      // "Jinhai did not respond": the latest nearby claim about the responder; "could not be
      // verified" (no responder): the latest nearby claim.
      // "Ms Imenda denied that.": a pronoun object ending the sentence points at the last claim, whoever it names.
      // Its names, not its role: "An FAA spokesperson" names no one in "the pilots had spoken to passengers".
      const responder = r.by && !pointsBack ? namedWords(`${r.by.name} ${r.by.side}`) : null;
      const firstNear = firstAt(rIndex - PROXIMITY);
      let latest: Asserted | undefined;
      for (let k = firstNear; k < here; k++) {
        const c = claims[k] as Asserted;
        if (other(c) && !refusals[k] && (!responder || namesResponder(responder, wordsOfSentence(c.attribution.sentence), c))) latest = c;
      }
      // "A neighbour said he had lost his job at a warehouse. His former employer declined to
      // comment.": a refusal right after another side's claim, when no claim names the responder.
      // Only a responder named through that claim ("His former employer"): "Turkey's foreign ministry
      // declined to comment." after another side's claim not about Turkey answers nothing.
      if (!latest && r.stance === 'unconfirmed' && isBareRefusal(r) && namedThroughOthers(r.by)) {
        for (let k = firstAt(rIndex - REFUSAL_REACH); k < here; k++) if (other(claims[k] as Asserted) && !refusals[k]) latest = claims[k];
      }
      if (latest) targets.add(latest);
      // '"There is no truth to it," said X': a denial naming nothing answers the whole unsourced story just told, not its last line.
      const told = (c: Asserted): boolean => (isRumour(c) || isOutletReport(c)) && !c.attribution.sentence.headline;
      // "We do not comment on leaks": a refusal to discuss what was reported leaves all of it unconfirmed.
      const refusesReports = r.stance === 'unconfirmed' && !!topicWords && [...topicWords].some((w) => REPORT_STEMS.has(w));
      if (latest && refusesReports) {
        const outlets = new Set<string>();
        for (let k = firstNear; k < here; k++) if (other(claims[k] as Asserted) && isOutletReport(claims[k] as Asserted)) outlets.add((claims[k] as Asserted).asserter.side);
        for (let k = firstNear; k < here; k++) {
          const c = claims[k] as Asserted;
          if (other(c) && (told(c) || outlets.has(c.asserter.side))) targets.add(c);
        }
      }
      // Not a report set apart as "a separate report" or "another report": that one alone is denied.
      if (latest && r.stance === 'denies' && told(latest) && !setApart(latest)) {
        // "The Athletic reported P. ... the site said Q.": all else the outlet said of it nearby too.
        const outlet = isOutletReport(latest) ? latest.asserter.side : null;
        for (let k = firstNear; k < here; k++) {
          const c = claims[k] as Asserted;
          if (other(c) && (told(c) || c.asserter.side === outlet)) targets.add(c);
        }
        // "A post claimed P. The Herald reported that the photo had been posted by X. 'That never
        // happened,' the city said": a report of where a rumour's medium came from is not the rumour denied.
        if ([...targets].some(isRumour)) for (const c of targets) if (isOutletReport(c) && aboutMedium(c)) targets.delete(c);
      }
    }
    if (targets.size === 0 && !named && r.stance === 'supports' && r.by) {
      // "The company notified the commission. The commission confirmed that it had received ...":
      // the party a claim names confirms it just after.
      // Whole capitalised words: "Border Protection" names no one in "to protect Chinese exporters",
      // nor "Lakeshore Bank" in "outside a bank in Lebanon".
      const responder = new Set(r.by.name.toLowerCase().split(/\s+/).filter((w) => w.length > 2 && !STOPWORDS.has(w)));
      // "Bellmont confirmed that its finance director had left" confirms what it says, not "Bellmont had
      // raised prices": a claim about the confirming party's own doing needs a word of what it confirms.
      for (let k = firstAt(rIndex - CONFIRM_REACH); k < here; k++) {
        const c = claims[k] as Asserted;
        const [a, b] = c.attribution.content;
        const tokens = c.attribution.sentence.tokens;
        let start = a;
        if (ownClaim && overlap(rWords, words[k] ?? new Set()) === 0) while (start < b && !VERB_TAGS.has((tokens[start] as Token).pos)) start++;
        if (other(c) && tokens.slice(start, b).some((t) => isCapitalised(t.text) && responder.has(t.lower))) targets.add(c);
      }
    }
    if (targets.size === 0 && !named && !ownClaim && r.stance === 'supports') {
      for (let k = firstAt(rIndex - 1); k < here; k++) {
        const c = claims[k] as Asserted;
        if (other(c)) targets.add(c);
      }
    }
    if (r.by && targets.size) answered.set(rIndex, { side: rSide, paragraph: r.sentence.paragraph, targets });
    const response: ClaimResponse = {
      by: r.by ?? UNVERIFIED,
      stance: r.stance,
      text: text.slice(r.sentence.start, r.sentence.end),
    };
    for (const c of targets) add(c, response);
  };
  for (const r of responses) linkResponse(r);
  linkUnverifiedSources(text, claims, add);
  // A vow ("would take all necessary measures") says what a side will do, not what is so: the
  // links by meaning neither answer it nor answer with it.
  // A refusal ("does not comment on rumours") says nothing of what is so either.
  const facts = claims.map((_, k) => k).filter((k) => !vows[k] && !refusals[k]);
  const factClaims = facts.map((k) => claims[k] as Asserted);
  const factWords = facts.map((k) => words[k] as Set<string>);
  const factNegated = facts.map((k) => !!negated[k]);
  linkContradictions(text, factClaims, factWords, factNegated, facts.map((k) => predicates[k]), add);
  linkEchoes(text, factClaims, factNegated, add);
  linkConcessions(text, factClaims, factWords, factNegated, add);
  linkContraryReasons(text, factClaims, factWords, factNegated, add);
  linkProvenance(text, claims, add);
  linkCountConflicts(text, factClaims, factWords, add);
  linkCorrections(text, factClaims, factNegated, add);
  shareRumourAnswers(claims, words, linked, add);
  shareRestatedAnswers(claims, words, linked, add);
  linkReaffirmations(text, claims, firstAt, responses, linked, add);
  linkRivalFigures(text, claims, responses, add);
  return linked;
}

/**
 * "The Financial Courier said it stood by its report": a party that keeps its own words disputes
 * the claims of other sides that denied them ("Kestrel said it was not in talks"), and the claim
 * about it that another side made just before, which challenged its words or acts.
 */
function linkReaffirmations(
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
    for (const c of earlier) {
      const s = c.attribution.sentence;
      if (c.asserter.side !== by.side && (denials.has(text.slice(s.start, s.end)) || challengesRightBefore(c, r))) add(c, response);
    }
  }
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

/** Nouns a rival figure may be put for whatever the other side counted: "put the number at", "estimated the crowd at". */
const ANY_COUNT_NOUNS = new Set(['number', 'figure', 'total', 'count', 'tally', 'toll', 'estimate', 'crowd', 'turnout', 'attendance']);
/** Sentences back a rival figure may answer: the figure it disputes is given just before it. */
const RIVAL_FIGURE_REACH = 2;
/** Most times one figure may be the other for both to count the same thing: 35,000 against 200,000, not "five days" against 1,100 trucks. */
const RIVAL_FIGURE_RATIO = 10;
/** Fewest times one figure must be the other to set itself against it: $30 million against $31 million agrees. */
const AGREEING_FIGURE_RATIO = 1.25;

/** The figures in digits a claim gives. */
function figuresOf(c: Asserted): number[] {
  const [a, b] = c.attribution.content;
  const out: number[] = [];
  for (let k = a; k < b; k++) {
    const n = figureAt(c.attribution.sentence.tokens, k);
    if (!Number.isNaN(n)) out.push(n);
  }
  return out;
}

/** Does a claim count the same thing as a rival figure, with another number of the same order? */
function countsOtherwise(c: Asserted, figure: RivalFigure): boolean {
  const [a, b] = c.attribution.content;
  if (figure.noun && !ANY_COUNT_NOUNS.has(figure.noun) && !contentWords(c.attribution.sentence.tokens, a, b).has(topicStem(figure.noun))) return false;
  return figuresOf(c).some((n) => {
    const ratio = Math.max(n, figure.count) / Math.min(n, figure.count);
    return ratio >= AGREEING_FIGURE_RATIO && ratio <= RIVAL_FIGURE_RATIO;
  });
}

/**
 * "The unions said 200,000 people took part. Police put the number at about 35,000": another side's
 * figure for the same count, given right after it, disputes the claim that holds the first figure.
 */
function linkRivalFigures(text: string, claims: readonly Asserted[], responses: readonly Response[], add: (c: Asserted, r: ClaimResponse) => void): void {
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

/** Does a claim say what its side will do ("would take all necessary measures")? Phrases are looked for only where one can start. */
function isVow(c: Asserted): boolean {
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a; k < b; k++) if (VOW_STARTS.has((tokens[k] as Token).lower)) return VOWS.find(mapped(tokens.slice(a, b), (t) => t.lower)) >= 0;
  return false;
}

/** A count in a set of words: "#4" for "four" or "4". */
const COUNT_MARK = '#';

/**
 * Stems of tokens [a, b) with each count as "#n" in place of its word, leaving out a total a part
 * is taken from ("two of the four patients" counts two, not four). `content`: their contentWords, if already known.
 */
function countedWords(tokens: readonly Token[], a: number, b: number, content?: ReadonlySet<string>): Set<string> {
  const out = content ? new Set(content) : contentWords(tokens, a, b);
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    if (t.pos !== 'NUM') continue;
    out.delete(stem(t.lower));
    const count = countOf(t);
    if (count !== undefined && !partitiveTotal(tokens, k)) out.add(COUNT_MARK + count);
  }
  return out;
}

/** What a claim says of its subject: its counted words from its first verb on. */
function predicateWords(c: Asserted): Set<string> {
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  let verb = a;
  while (verb < b && !isVerb(tokens[verb])) verb++;
  return countedWords(tokens, verb < b ? verb : a, b);
}

/** Shared words, a shared count weighing as two: a number names one thing more surely than a word. */
function weightedOverlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n += w.startsWith(COUNT_MARK) ? 2 : 1;
  return n;
}

/** How many later rumours one rumour is compared with: the work stays linear in the number of rumours. */
const RUMOUR_RETELLINGS = 8;
/** Words, and the share of its words, a rumour must hold of a named source's earlier claim to restate it. */
const RESTATED_RUMOUR_WORDS = 3;
const RESTATED_RUMOUR_SHARE = 0.6;
/** Words two rumours must share to be the same rumour told again. */
const SAME_RUMOUR_WORDS = 2;

/** "Posts sharing it", "the video", "claims": an asserter that is a medium or an unnamed report, not a speaker. */
function showsClaims(c: Asserted): boolean {
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
function setApart(c: Asserted): boolean {
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
function isRumour(c: Asserted): boolean {
  const side = c.asserter.side;
  return isUnnamedSide(side) && isRumourWord(side.split(' ').pop() ?? '');
}

/** "reports that P", "a Spanish newspaper report that P": a claim told as what a report said, whoever published it. */
function namesReport(c: Asserted): boolean {
  return c.attribution.kind === 'nominal' && (isRumour(c) || isRumourWord(c.attribution.cue.toLowerCase()));
}

/**
 * "Police denied reports that a gunman was on the loose ... Rumours circulated that a second
 * attacker had escaped": the same rumour told twice is answered wherever it is answered.
 */
function shareRumourAnswers(
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
function shareRestatedAnswers(claims: Asserted[], words: Set<string>[], linked: Map<Asserted, ClaimResponse[]>, add: (c: Asserted, r: ClaimResponse) => void): void {
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

/** Who answers a claim that nobody could verify. */
const UNVERIFIED: Party = { name: 'not independently verified', side: '' };
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
function linkUnverifiedSources(text: string, claims: Asserted[], add: (c: Asserted, r: ClaimResponse) => void): void {
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

/**
 * A later claim by another side that gives the same count of the same thing ("all 14 arrests were
 * for blocking the road" / "its volunteers had counted 14 arrests") backs the earlier one.
 */
function linkEchoes(text: string, claims: Asserted[], negated: readonly boolean[], add: (c: Asserted, r: ClaimResponse) => void): void {
  const counts = mapped(claims, countsIn);
  for (let j = 0; j < claims.length; j++) {
    const later = claims[j] as Asserted;
    if (counts[j]?.size === 0 || DENIAL_VERBS.has(later.attribution.cue.toLowerCase())) continue;
    for (let i = j - 1; i >= 0; i--) {
      const earlier = claims[i] as Asserted;
      const gap = later.attribution.sentence.index - earlier.attribution.sentence.index;
      if (gap > CONTRADICTION_REACH) break;
      if (gap <= 0 || earlier.asserter.side === later.asserter.side || negated[i] !== negated[j]) continue;
      if (overlap(counts[i] ?? new Set(), counts[j] ?? new Set()) === 0) continue;
      add(earlier, claimAsResponse(text, later, 'supports'));
    }
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
function linkProvenance(text: string, claims: Asserted[], add: (c: Asserted, r: ClaimResponse) => void): void {
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
function linkConcessions(text: string, claims: Asserted[], words: Set<string>[], negated: readonly boolean[], add: (c: Asserted, r: ClaimResponse) => void): void {
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
    for (let i = j - 1; i >= 0; i--) {
      const earlier = claims[i] as Asserted;
      const gap = later.attribution.sentence.index - earlier.attribution.sentence.index;
      if (gap > CONTRADICTION_REACH) break;
      if (gap <= 0 || negated[i] || earlier.asserter.side === later.asserter.side) continue;
      if (weightedOverlap(conceded, wordsOf(i)) < needed) continue;
      add(earlier, claimAsResponse(text, later, 'supports'));
    }
  }
}

/**
 * "confirmed that the tender had been reopened twice but said both times were because bidders had
 * withdrawn": a reason given right after conceding what another side claimed sets another cause
 * against what that side said of it ("until the right company won"), and disputes it. A negated
 * reason ("but said neither injury was caused by fatigue") only sets aside a cause nobody claimed.
 */
function linkContraryReasons(text: string, claims: Asserted[], words: Set<string>[], negated: readonly boolean[], add: (c: Asserted, r: ClaimResponse) => void): void {
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

/**
 * A later claim by another side that counts some of a thing where the earlier counted none ("no
 * one was hurt" / "three people were injured", "no crashes" / "two crashes"), or none where it
 * counted some, disputes the earlier one.
 */
function linkCountConflicts(text: string, claims: Asserted[], words: Set<string>[], add: (c: Asserted, r: ClaimResponse) => void): void {
  const tallies = mapped(claims, talliesIn);
  for (let j = 0; j < claims.length; j++) {
    const later = claims[j] as Asserted;
    const mine = tallies[j] as Map<string, boolean>;
    if (mine.size === 0) continue;
    for (let i = j - 1; i >= 0; i--) {
      const earlier = claims[i] as Asserted;
      const gap = later.attribution.sentence.index - earlier.attribution.sentence.index;
      if (gap > CONTRADICTION_REACH) break;
      if (gap <= 0 || earlier.asserter.side === later.asserter.side) continue;
      // The cheap test first: most pairs count nothing in common.
      let conflict = false;
      for (const [thing, none] of tallies[i] as Map<string, boolean>) if (mine.has(thing) && mine.get(thing) !== none) conflict = true;
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
function linkCorrections(text: string, claims: Asserted[], negated: readonly boolean[], add: (c: Asserted, r: ClaimResponse) => void): void {
  for (let j = 0; j < claims.length; j++) {
    const later = claims[j] as Asserted;
    const corrected = correctedFigure(later, !!negated[j]);
    if (!corrected) continue;
    for (let i = j - 1; i >= 0; i--) {
      const earlier = claims[i] as Asserted;
      const gap = later.attribution.sentence.index - earlier.attribution.sentence.index;
      if (gap > CONTRADICTION_REACH) break;
      if (gap <= 0 || earlier.asserter.side === later.asserter.side) continue;
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

/** "of the four patients", "of 12 crew": a total a part is taken from. */
function partitiveTotal(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1]?.lower;
  return prev === 'of' || (prev === 'the' && tokens[k - 2]?.lower === 'of');
}

/** Words that count nothing: "no one was hurt", "nobody died", "none of its fighters". */
const NONE_WORDS = new Set(['nobody', 'none', 'noone']);

/**
 * What a claim counts, and whether it counts none of it: "no crashes" → crash: none, "two
 * crashes" → crash: some; with a word of harm in the claim, the people it counts are counted as
 * that harm ("no one was hurt" → hurt: none, "three people were injured" → hurt: some).
 */
function talliesIn(c: Asserted): Map<string, boolean> {
  const out = new Map<string, boolean>();
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
    else if (t.pos === 'NUM' && countOf(t) !== undefined && !partitiveTotal(tokens, k)) none = /^0+$/.test(t.text);
    if (none === undefined) continue;
    // "no serious crashes", "none of its fighters", "two armed men": the noun a word or two on.
    while (noun < Math.min(b, k + 4) && (tokens[noun]?.pos === 'DET' || tokens[noun]?.pos === 'ADJ' || tokens[noun]?.pos === 'PRON')) noun++;
    const counted = tokens[noun];
    if (counted?.pos !== 'NOUN') continue;
    out.set(stem(counted.lower), none);
    people ??= none;
  }
  if (people === undefined) return out;
  // The claim's first word of harm, looked for only once it counts people.
  let harm: string | undefined;
  for (let k = a; k < b && harm === undefined; k++) harm = CASUALTY_KINDS.get((tokens[k] as Token).lower);
  if (harm) out.set(`harm:${harm}`, people);
  return out;
}

/** Counts written as words ("two people"); "one" is left out, it is mostly a pronoun-like determiner. */
const NUMBER_WORDS = new Map(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, k) => [w, String(k + 2)]),
);

/** The count a number token gives ("14", "1,200" → "1200", "two" → "2"), if any. */
function countOf(t: Token): string | undefined {
  return /\d/.test(t.text) ? t.text.replace(/,/g, '') : NUMBER_WORDS.get(t.lower);
}

/** Determiners before a count that point back at things already counted. */
const BACK_REFERENCES = new Set(['the', 'these', 'those']);

/** "14 arrests", "two people": each number in a claim with the stem of the noun it counts. */
function countsIn(c: Asserted): Set<string> {
  const out = new Set<string>();
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a; k < b - 1; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (t.pos !== 'NUM' || next.pos !== 'NOUN') continue;
    // "any of the three firms" points back at firms already counted: it repeats no count of its own.
    if (k > a && BACK_REFERENCES.has((tokens[k - 1] as Token).lower)) continue;
    const count = countOf(t);
    if (count !== undefined) out.add(`${count} ${stem(next.lower)}`);
  }
  return out;
}

/** A later claim taken as a response to an earlier one: by its asserter, quoting its sentence. */
function claimAsResponse(text: string, later: Asserted, stance: Stance): ClaimResponse {
  const s = later.attribution.sentence;
  return { by: later.asserter, stance, text: text.slice(s.start, s.end) };
}

/** How far apart (in sentences) two claims may be for the later one to contradict the earlier. */
const CONTRADICTION_REACH = 20;

/**
 * A later claim by another side that says the opposite in the same words ("it had never stored
 * card numbers" against "the database included partial card numbers") disputes the earlier one.
 */
function linkContradictions(
  text: string,
  claims: Asserted[],
  words: Set<string>[],
  negatedContent: readonly boolean[],
  predicates: Array<Set<string> | undefined>,
  add: (c: Asserted, r: ClaimResponse) => void,
): void {
  // "denied that it had refused to discuss overtime" says the opposite of "the trust refused to discuss overtime".
  const negated = mapped(claims, (c, k) => negatedContent[k] !== DENIAL_VERBS.has(c.attribution.cue.toLowerCase()));
  // What each claim names and negates, worked out only for the pairs that need it.
  const names: Array<ClaimNames | undefined> = [];
  // "Speaker Ridley" in two claims names who they are about, not what: the capitalised words of every speaker's name.
  const speakers = new Set<string>();
  for (const c of claims) for (const w of speakerStems(c.asserter.name)) speakers.add(w);
  const namesOf = (k: number): ClaimNames => (names[k] ??= claimNames(claims[k] as Asserted, speakers));
  const plans = mapped(claims, isOwnPlan);
  const negatedWords: Array<Set<string> | undefined> = [];
  const scopes: Array<Set<string> | undefined> = [];
  const acts: Array<Set<string> | undefined> = [];
  const deniedActs: Array<Set<string> | undefined> = [];
  const negatedActs: Array<Set<string> | undefined> = [];
  const marks: Array<Set<number> | undefined> = [];
  const preempted: Array<string[] | undefined> = [];
  const nones: Array<readonly (readonly string[])[] | undefined> = [];
  // Does claim x say there were none of a noun that claim y does not mention? "No offer has been
  // received, and there is no agreement" is about agreements too: y must lack what each "no" names.
  const lacksNegatedNoun = (x: number, y: number): boolean => {
    if (!negatedContent[x]) return false;
    const said = (nones[x] ??= negatedNouns(claims[x] as Asserted));
    return said.length > 0 && said.every((nouns) => (nouns[0] === NO_ONE ? ![...(words[y] ?? [])].some((w) => PEOPLE_STEMS.has(w)) : nouns.some((noun) => !words[y]?.has(noun))));
  };
  // "Hearthly said it had contacted the family" / "no one from the company had been in touch": its own act, denied of it.
  const deniesOwnAct = (i: number, j: number, gap: number): boolean =>
    !!negated[j] &&
    gap <= ANSWER_REACH &&
    (SELF_SUBJECTS.has((claims[i] as Asserted).attribution.sentence.tokens[(claims[i] as Asserted).attribution.content[0]]?.lower ?? '') ||
      claimsOwnPart(claims[i] as Asserted)) &&
    overlap((negatedActs[j] ??= actsNegated(claims[j] as Asserted)), (acts[i] ??= actsOf(claims[i] as Asserted)), MIN_CONTRADICTION_STEM) > 0 &&
    namesAsserter(claims[j] as Asserted, claims[i] as Asserted);
  const unreceived: Array<Set<string> | undefined> = [];
  // "its inspectors had ordered the company to close the level" / the company "never received a closure order".
  const deniesReceipt = (i: number, j: number, gap: number): boolean =>
    !!negated[j] &&
    gap <= ANSWER_REACH &&
    overlap(
      (unreceived[j] ??= thingsNotReceived(claims[j] as Asserted, (negatedActs[j] ??= actsNegated(claims[j] as Asserted)))),
      (acts[i] ??= actsOf(claims[i] as Asserted)),
      MIN_CONTRADICTION_STEM,
    ) > 0 &&
    namesAsserter(claims[i] as Asserted, claims[j] as Asserted);
  for (let j = 0; j < claims.length; j++) {
    const later = claims[j] as Asserted;
    // A rumour is what gets answered: "rumours circulated that a second attacker had escaped" answers no one.
    if (isRumour(later)) continue;
    let answerer: Answerer | undefined;
    for (let i = j - 1; i >= 0; i--) {
      const earlier = claims[i] as Asserted;
      const gap = later.attribution.sentence.index - earlier.attribution.sentence.index;
      if (gap > CONTRADICTION_REACH) break;
      if (gap <= 0 || earlier.asserter.side === later.asserter.side) continue;
      // "France would veto any budget that merged the fund" opposes the plan a report tells of, and
      // "the budget had grown faster than inflation" does not answer France's vow: a plan meets
      // another side's claim only where that claim is about the planner.
      if ((plans[j] && !namesPlanner(earlier, later)) || (plans[i] && !namesPlanner(later, earlier))) continue;
      const opposed = opposes((marks[i] ??= antonymMarks(earlier)), (marks[j] ??= antonymMarks(later)));
      if (negated[i] === negated[j]) {
        // "every exit had been opened" / "the doors had stayed locked": opposite words, both affirmed.
        if (opposed && (topicOverlap(namesOf(i), namesOf(j), words[i], words[j]) >= 2 || sharesPlace(namesOf(i), namesOf(j)))) {
          add(earlier, claimAsResponse(text, later, 'denies'));
        } else if (preempts((preempted[j] ??= preemptedNouns(later)), earlier) && overlap((acts[j] ??= actsOf(later)), words[i] ?? new Set(), MIN_CONTRADICTION_STEM) > 0) {
          add(earlier, claimAsResponse(text, later, 'denies'));
        } else if (negated[i] && deniesPremise(later, earlier, (acts[i] ??= actsOf(earlier)))) {
          add(earlier, claimAsResponse(text, later, 'denies'));
        } else if (overlap((negatedWords[j] ??= wordsNegated(later)), words[i] ?? new Set(), MIN_CONTRADICTION_STEM) > 0) {
          // "caused by third-party chargers, not by the vent": the very word set aside is the other claim's.
          add(earlier, claimAsResponse(text, later, 'denies'));
        }
        continue;
      }
      // "every ballot accounted for" / "no ballots were missing": the negation of the opposite word says the same.
      if (opposed) continue;
      // "no Democratic official had reported missing ballots" is about officials: a claim without them does not answer it.
      if ((lacksNegatedNoun(i, j) || lacksNegatedNoun(j, i)) && !deniesOwnAct(i, j, gap)) continue;
      // "The ministry said 40 rebels were captured. The rebels said none of their fighters were
      // taken": the party the claim is about answers it with a denial of its own.
      // "they do not expect the incident to escalate" is a forecast, no answer to what happened.
      const answersAboutItself = gap <= ANSWER_REACH && negated[j] && !negatesExpectation(later) && isAbout((answerer ??= answererWords(later)), namesOf(i).subject);
      // "caused by third-party chargers, not by the vent": the very word set aside is the other claim's.
      // "There is no annex": what the other claim speaks of ("signed a confidential annex") does not exist.
      const negatesItsWord =
        overlap((negatedWords[j] ??= wordsNegated(later)), words[i] ?? new Set(), MIN_CONTRADICTION_STEM) > 0 ||
        overlap((deniedActs[j] ??= actsDenied(later)), (acts[i] ??= actsOf(earlier)), MIN_CONTRADICTION_STEM) > 0 ||
        (deniesExistence(later) && overlap(deniedActs[j] ?? new Set(), words[i] ?? new Set(), MIN_CONTRADICTION_STEM) > 0) ||
        // "No offer has arrived" against "had sent a formal offer".
        (opensWithNone(later) && introduces(earlier, deniedActs[j] ?? new Set()));
      // The words a negation governs must be the ones shared: "An image of armed officers at the
      // cafe was not taken in Dunmore" says nothing against "a man armed with a shotgun held six people in a cafe".
      const wordsI = negatedContent[i] ? (scopes[i] ??= negationScope(earlier)) : words[i];
      const wordsJ = negatedContent[j] ? (scopes[j] ??= negationScope(later)) : words[j];
      // "has slow-walked the permits" / "had not delayed a single application, following the permitting law":
      // where the negation governs the very act claimed, the rest of the answer may name its object.
      const negatesItsAct = negated[j] && overlap((negatedActs[j] ??= actsNegated(later)), (acts[i] ??= actsOf(earlier)), MIN_CONTRADICTION_STEM) > 0;
      const shared = negatesItsAct ? topicOverlap(namesOf(i), namesOf(j), words[i], words[j]) : topicOverlap(namesOf(i), namesOf(j), wordsI, wordsJ);
      // "Tajikistan denied that its troops had used mortars" against a monitor's "fragments of mortar
      // rounds ..., consistent with fire from the Tajik side": the side a claim accuses denies its act
      // (the sides its sentence names read last, only for a pair nothing else ties: the dearest check).
      const accusedDenies = (): boolean =>
        !!negated[j] && !negatedContent[j] && overlap((predicates[j] ??= predicateWords(later)), words[i] ?? new Set(), MIN_CONTRADICTION_STEM) > 0 && sentenceNamesSide(earlier, later.asserter.side);
      if (!answersAboutItself && !negatesItsWord && shared < 2 && !accusedDenies() && !deniesOwnAct(i, j, gap) && !deniesReceipt(i, j, gap)) continue;
      add(earlier, claimAsResponse(text, later, 'denies'));
    }
    const contrasted = contrasts(later.attribution.sentence.tokens, later.attribution.content[0]);
    const replying = !contrasted && answersBefore(later.attribution.sentence.tokens, later.attribution.content[0]);
    if (!contrasted && !replying) continue;
    // A reply answers the side that spoke just before it, not all the sides within reach.
    const answered = replying ? lastSpeakerRun(claims, j) : 0;
    // "acknowledged that P but said no fan had been crushed": after a concession, the contrast
    // answers another side only where it says no to what that side affirmed (or the reverse).
    const conceding = followsConcession(claims, j);
    const laterName = partyWords(later.asserter.name);
    // "But the coast guard said it had issued a warning", "the regulator said it had ordered the
    // pause itself", "X said P, but Y said Q": a counter-claim set against what another side just
    // said about the same thing (in the same sentence, the contrast itself ties them).
    for (let i = j - 1; i >= 0; i--) {
      const earlier = claims[i] as Asserted;
      const gap = later.attribution.sentence.index - earlier.attribution.sentence.index;
      if (gap > COUNTER_CLAIM_REACH || i < answered) break;
      if (gap < 0 || earlier.asserter.side === later.asserter.side) continue;
      const sameSentence = gap === 0 && earlier.attribution.content[1] <= later.attribution.content[0];
      if ((gap === 0 && !sameSentence) || lacksNegatedNoun(i, j)) continue;
      // "but said neither injury was caused by fatigue" says no to the cause, not to the injuries.
      if (conceding && (negated[i] === negated[j] || overlap((predicates[j] ??= predicateWords(later)), words[i] ?? new Set(), MIN_CONTRADICTION_STEM) === 0)) continue;
      // "... followed every instruction from the coast guard. But the coast guard said ...": the party named answers.
      const named = mentions(earlier, laterName);
      if (!sameSentence && !named && (gap > (replying ? COUNTER_CLAIM_REACH : TOPIC_CONTRAST_REACH) || topicOverlap(namesOf(i), namesOf(j), words[i], words[j]) < 1)) continue;
      add(earlier, claimAsResponse(text, later, 'denies'));
    }
  }
}

/** Stems of the capitalised words of a speaker's name (shared between calls: never mutated). */
const speakerStems = remembered((name: string): readonly string[] =>
  beforeComma(name)
    .split(/\s+/)
    .filter((w) => isCapitalised(w))
    .map((w) => stem(withoutPossessive(w).toLowerCase())),
);

/** Does a claim's sentence name a side by one of its capitalised words ("the Tajik side" names Tajikistan)? */
function sentenceNamesSide(c: Asserted, side: string): boolean {
  return c.attribution.sentence.tokens.some((t) => isCapitalised(t.text) && namedSide(t.text) === side);
}

/** Words after which a noun is said to have had no part yet: "before any regulator had been in touch". */
const PREEMPTING = new Set(['before', 'without']);
const ANY = new Set(['any', 'anyone']);

/**
 * "We stopped dosing on Tuesday, before any regulator had been in touch with us" against the
 * regulator's "it had ordered the pause itself": a claim that something was done before (or
 * without) any of another side's people took part answers that side's claim to have done it (the
 * caller checks that it is the same act).
 */
function preempts(preempted: readonly string[], earlier: Asserted): boolean {
  // The party's words only when the claim holds a pre-empting phrase: most claims hold none.
  if (preempted.length === 0) return false;
  const party = nameWords(`${earlier.asserter.name} ${earlier.asserter.side}`);
  return preempted.some((noun) => party.has(noun));
}

/** Stems of the nouns a claim says something was done before (or without) any of: "before any regulator" → regul. */
function preemptedNouns(c: Asserted): string[] {
  const out: string[] = [];
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a; k + 2 < b; k++) {
    if (!PREEMPTING.has((tokens[k] as Token).lower) || !ANY.has((tokens[k + 1] as Token).lower)) continue;
    const noun = tokens[k + 2] as Token;
    if (noun.pos === 'NOUN') out.push(stem(noun.lower));
  }
  return out;
}

/**
 * "acknowledged that P but said Q", "acknowledged the two earlier shutdowns but said Q": is claim
 * j's contrast set against its own speaker's concession just before it?
 */
function followsConcession(claims: readonly Asserted[], j: number): boolean {
  const later = claims[j] as Asserted;
  const c = claims[j - 1];
  if (c && c.attribution.sentence === later.attribution.sentence && c.asserter.side === later.asserter.side) {
    const cue = c.attribution.cue.toLowerCase();
    if (CONCESSION_VERBS.has(cue)) return true;
    // "confirmed that P, but said Q": what it confirms, it concedes.
    if (SUPPORT_VERBS.has(cue) && butBetween(later.attribution.sentence.tokens, c.attribution.content[1], later.attribution.content[0])) return true;
  }
  // A concession with a plain object, which is no claim of its own: "acknowledged the shutdowns but said".
  const tokens = later.attribution.sentence.tokens;
  let conceded = false;
  for (let k = 0; k < later.attribution.content[0]; k++) {
    const t = tokens[k] as Token;
    if (CONCESSION_VERBS.has(t.lower) && t.pos === 'VERB') conceded = true;
    else if (conceded && t.lower === 'but') return true;
  }
  return false;
}

/** Does "but" open a clause in [a, b)? */
function butBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k]?.lower === 'but') return true;
  return false;
}

/**
 * What a claim's words say about sides: the stems of its capitalised words (true when they name a
 * country), of its side's name, and of the nouns of its subject (who or what it is about).
 */
interface ClaimNames {
  capitalised: Map<string, boolean>;
  side: ReadonlySet<string>;
  /** Stems of the capitalised words of the names of everyone who speaks in the article. */
  speakers: ReadonlySet<string>;
  subject: Set<string>;
}

function claimNames(c: Asserted, speakers: ReadonlySet<string>): ClaimNames {
  const capitalised = new Map<string, boolean>();
  const subject = new Set<string>();
  const tokens = c.attribution.sentence.tokens;
  let inSubject = true;
  for (let k = c.attribution.content[0]; k < c.attribution.content[1]; k++) {
    const t = tokens[k] as Token;
    if (isCapitalised(t.text)) capitalised.set(stem(t.lower), namedSide(t.text) !== null);
    if (t.pos === 'VERB' || t.pos === 'AUX') inSubject = false;
    if (inSubject && (t.pos === 'PROPN' || t.pos === 'NOUN')) subject.add(stem(t.lower));
  }
  return { capitalised, side: nameWords(c.asserter.side), speakers, subject };
}

/**
 * Content words of a negated claim from its negation on, with the head noun of its subject: "An
 * image showing armed officers ... was not taken in Dunmore" → image, taken, Dunmore.
 */
/** Words that open a clause a negation before them does not govern. */
const SCOPE_ENDS = new Set(['until', 'unless', 'if', 'because', 'before', 'after', 'while', 'when', 'since', 'but', ';']);

function negationScope(c: Asserted): Set<string> {
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  let from = a;
  while (from < b && !negatesAt(tokens, from)) from++;
  if (from === b) return contentWords(tokens, a, b);
  let verb = a;
  while (verb < from && !isVerb(tokens[verb])) verb++;
  // "will not go back underground until an engineer has inspected every gallery": the condition is not denied.
  let end = from;
  while (end < b && !SCOPE_ENDS.has((tokens[end] as Token).lower)) end++;
  const out = contentWords(tokens, from, end);
  for (let k = verb - 1; k >= a; k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      for (const w of contentWords(tokens, k, k + 1)) out.add(w);
      break;
    }
  }
  return out;
}

/** The antonym marks of a claim's words (see ANTONYMS). */
function antonymMarks(c: Asserted): Set<number> {
  const out = new Set<number>();
  const tokens = c.attribution.sentence.tokens;
  for (let k = c.attribution.content[0]; k < c.attribution.content[1]; k++) {
    const mark = ANTONYMS.get((tokens[k] as Token).lower);
    if (mark !== undefined) out.add(mark);
  }
  return out;
}

/** Does one claim hold a word whose antonym the other holds? */
function opposes(a: Set<number>, b: Set<number>): boolean {
  for (const m of a) if (b.has(m ^ 1)) return true;
  return false;
}

/**
 * "no Democratic official ...": the stems of what a negated claim says there were none of, one list
 * for each "no" and its noun, when its first negation is one (none when it is not): another claim
 * without them is about something else. "no one had been inside": [NO_ONE], people, whom a claim
 * without any does not answer.
 */
function negatedNouns(c: Asserted): readonly (readonly string[])[] {
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  let k = a;
  while (k < b && !negatesAt(tokens, k)) k++;
  if (k === b || !saysNoneAt(tokens, k)) return [];
  const out: (readonly string[])[] = [];
  for (; k < b; k++) {
    if (!saysNoneAt(tokens, k)) continue;
    const nouns = noneOf(tokens, k, b);
    if (nouns.length > 0) out.push(nouns);
  }
  return out;
}

/** What the "no" at token k (of a claim ending at b) says there were none of: a noun's stem, people, or nothing. */
function noneOf(tokens: readonly Token[], k: number, b: number): readonly string[] {
  // "no one with gunshot wounds": people of that kind, whom a claim not naming it (every word of it) does not answer.
  if (tokens[k + 1]?.lower === 'one') return tokens[k + 2]?.lower === 'with' ? kindOfPeople(tokens, k + 3, b) : [NO_ONE];
  let noun = k + 1;
  while (noun < Math.min(b, k + 4) && (tokens[noun]?.pos === 'ADJ' || tokens[noun]?.pos === 'PROPN')) noun++;
  const t = tokens[noun];
  return noun < b && t?.pos === 'NOUN' ? [stem(EVENT_WORDS.get(t.lower) ?? t.lower)] : [];
}

const NO_ONE = 'one';
/** How many tokens after "no one with" the noun naming what they have may come: "no one with serious gunshot wounds". */
const KIND_REACH = 3;

/** "no one with gunshot wounds" → shooting, injury: the stems of the first nouns after "with", else [NO_ONE]. */
function kindOfPeople(tokens: readonly Token[], from: number, end: number): readonly string[] {
  for (let k = from; k < Math.min(end, from + KIND_REACH); k++) {
    if (tokens[k]?.pos !== 'NOUN') continue;
    const kind: string[] = [];
    for (let m = k; m < end && tokens[m]?.pos === 'NOUN'; m++) kind.push(topicStem((tokens[m] as Token).lower) || stem((tokens[m] as Token).lower));
    return kind;
  }
  return [NO_ONE];
}
/** Stems of words for people, which a claim answering "no one had been hurt" names. */
const PEOPLE_STEMS = new Set(
  ['people', 'person', 'persons', 'workers', 'staff', 'employees', 'residents', 'civilians', 'soldiers', 'children', 'patients', 'members', 'victims', 'men', 'women', 'anyone', 'someone', 'casualties', 'injured', 'dead'].map(stem),
);

/** Stems of the nouns a claim says there were none of: "made no demands of that kind" → demand, "no proposal" → offer. */
function actsDenied(c: Asserted): Set<string> {
  const out = new Set<string>();
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a; k < b - 1; k++) if (saysNoneAt(tokens, k) && tokens[k + 1]?.pos === 'NOUN') out.add(actStem(tokens[k + 1] as Token));
  return out;
}

/** "No offer has arrived at this club": a claim that opens by saying there was none of a thing. */
function opensWithNone(c: Asserted): boolean {
  const tokens = c.attribution.sentence.tokens;
  const a = c.attribution.content[0];
  return tokens[a]?.lower === 'no' && tokens[a + 1]?.pos === 'NOUN';
}

/** How far before its noun the article or number introducing a thing may stand: "a formal offer". */
const INTRODUCTION_REACH = 3;

/** Does the claim bring in one of the things (by stem) as a verb's object with "a", "an" or a number: "had sent a formal offer"? */
function introduces(c: Asserted, stems: ReadonlySet<string>): boolean {
  if (stems.size === 0 || CONDITIONS.has(c.attribution.sentence.tokens[c.attribution.content[0]]?.lower ?? '')) return false;
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    if (t.pos !== 'NOUN' || !stems.has(actStem(t))) continue;
    // As the object of a verb: "sent a formal offer", not "debris from one drone".
    for (let m = Math.max(a + 1, k - INTRODUCTION_REACH); m < k; m++) {
      const w = tokens[m] as Token;
      if ((w.lower === 'a' || w.lower === 'an' || w.pos === 'NUM') && isVerb(tokens[m - 1])) return true;
    }
  }
  return false;
}

/** "There is no annex", "there were no such talks": a claim that something does not exist. */
function deniesExistence(c: Asserted): boolean {
  const tokens = c.attribution.sentence.tokens;
  const a = c.attribution.content[0];
  return tokens[a]?.lower === 'there' && COPULAS.has(tokens[a + 1]?.lower ?? '') && (tokens[a + 2]?.lower === 'no' || tokens[a + 3]?.lower === 'no');
}

/** "(claimed) responsibility for the bombing": a claim that opens with the part its asserter says it had. */
function claimsOwnPart(c: Asserted): boolean {
  return CLAIMED_ASSERTIONS.has(c.attribution.sentence.tokens[c.attribution.content[0]]?.lower ?? '');
}

/** Stems of a claim's verbs: what it says was done ("had demanded the release" → demand, "slow-walked" → delay). */
function actsOf(c: Asserted): Set<string> {
  const out = new Set<string>();
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  if (claimsOwnPart(c)) out.add(actStem(tokens[a] as Token));
  for (let k = a; k < b; k++) {
    const act = actAt(tokens, k, b);
    if (act) out.add(act[1]);
    else if (namesAct(tokens[k] as Token)) out.add(actStem(tokens[k] as Token));
  }
  return out;
}

/** A verb, or an adjective one of the acts said in other words names: "was involved", "was responsible". */
function namesAct(t: Token): boolean {
  return t.pos === 'VERB' || (t.pos === 'ADJ' && EVENT_WORDS.has(t.lower));
}

/** A verb's stem, as its group's first word when it names an act said in other words too ("delayed" → delay). */
function actStem(t: Token): string {
  return topicStem(t.lower) || stem(t.lower);
}

/** How many tokens after "not" its verb may come: "had not yet been delayed". */
const NEGATED_VERB_REACH = 4;

/** Stems of the verbs a claim negates: "had not delayed a single application" → delay. */
function actsNegated(c: Asserted): Set<string> {
  const out = new Set<string>();
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a; k < b; k++) {
    const w = (tokens[k] as Token).lower;
    // "no one from the company had been in touch": a subject of no one negates its verb.
    const noOne = k === a && (w === 'nobody' || (w === 'no' && tokens[k + 1]?.lower === 'one'));
    if (noOne) k = subjectVerbBefore(tokens, k, b);
    else if (w !== 'not' && w !== 'never' && !w.endsWith("n't")) continue;
    for (let m = k + 1; m < Math.min(b, k + 1 + NEGATED_VERB_REACH); m++) {
      const act = actAt(tokens, m, b);
      const t = tokens[m] as Token;
      if (act) out.add(act[1]);
      else if (BELIEF_VERBS.has(t.lower)) {
        const believed = actBelieved(tokens, m + 1, b);
        if (believed) out.add(believed);
      } else if (namesAct(t)) out.add(actStem(t));
      if (act || t.pos === 'VERB' || !(t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART')) break;
    }
  }
  return out;
}

/** How many tokens after a verb of belief the act it governs may come: "believe that the group was involved". */
const BELIEVED_ACT_REACH = 6;

/** The act of the clause a verb of belief governs, from token `from`: "(did not believe) the group was involved" → involved. */
function actBelieved(tokens: readonly Token[], from: number, b: number): string | null {
  for (let m = from; m < Math.min(b, from + BELIEVED_ACT_REACH); m++) {
    const act = actAt(tokens, m, b);
    if (act) return act[1];
    if (namesAct(tokens[m] as Token)) return actStem(tokens[m] as Token);
  }
  return null;
}

/** Verbs of getting what another side says it sent, ordered or served: "never received", "was not given". */
const RECEIPT_STEMS: ReadonlySet<string> = new Set(['receive', 'received', 'got', 'given', 'served'].map((w) => topicStem(w)));

/** Stems of the nouns a claim says it never got ("had never received a closure order" → closure, order), from its negated acts (actsNegated). */
function thingsNotReceived(c: Asserted, negatedActs: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  let at = a;
  while (at < b && !((tokens[at] as Token).pos === 'VERB' && RECEIPT_STEMS.has(actStem(tokens[at] as Token)))) at++;
  if (at === b || !negatedActs.has(actStem(tokens[at] as Token))) return out;
  for (let m = at + 1; m < Math.min(b, at + 1 + NEGATION_SCOPE); m++) {
    const t = tokens[m] as Token;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') break;
    if (t.pos === 'NOUN') out.add(actStem(t));
  }
  return out;
}

/** Verbs of expecting: negated, they forecast what will not happen rather than deny what did. */
const EXPECTATION_VERBS = /^(?:expect|anticipat|foresee|predict)/;

/** Does the claim negate only an expectation ("do not expect it to escalate")? */
function negatesExpectation(c: Asserted): boolean {
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  let negations = 0;
  let expectations = 0;
  for (let k = a; k < b; k++) {
    const w = (tokens[k] as Token).lower;
    if (w !== 'not' && w !== 'never' && !w.endsWith("n't")) continue;
    negations++;
    let m = k + 1;
    while (m < b && (tokens[m]?.pos === 'ADV' || tokens[m]?.pos === 'PART')) m++;
    if (EXPECTATION_VERBS.test(tokens[m]?.lower ?? '')) expectations++;
  }
  return negations > 0 && negations === expectations;
}

/** Most tokens of a "no one from the company" subject. */
const NO_ONE_REACH = 6;

/** The last token of a "no one (from X)" subject opening at `k`, before its verb group. */
function subjectVerbBefore(tokens: readonly Token[], k: number, b: number): number {
  let m = k + 1;
  while (m + 1 < Math.min(b, k + NO_ONE_REACH) && !isVerb(tokens[m + 1])) m++;
  return m;
}

/** How many words after ", not" the contrast still governs: ", not by the vent". */
const NEGATION_SCOPE = 3;

/** Stems of the nouns a claim sets aside by contrast: "caused by chargers, not by the vent" → vent. */
function wordsNegated(c: Asserted): Set<string> {
  const out = new Set<string>();
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a + 1; k < b; k++) {
    if ((tokens[k] as Token).lower !== 'not' || tokens[k - 1]?.text !== ',') continue;
    for (let m = k + 1; m < Math.min(b, k + 1 + NEGATION_SCOPE); m++) {
      const t = tokens[m] as Token;
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') break;
      if (t.pos === 'NOUN') out.add(stem(t.lower));
    }
  }
  return out;
}

/** Subjects that say no one does an act: "Nobody is exposing anyone's data". */
const NO_ONE_SUBJECTS = new Set(['nobody', 'nothing', 'noone']);

/** The acts a claim says no one does: "Nobody is exposing anyone's data" → expose. */
function actsOfNoOne(c: Asserted): Set<string> {
  const out = new Set<string>();
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  let k = a;
  if (NO_ONE_SUBJECTS.has(tokens[k]?.lower ?? '')) k += 1;
  else if (tokens[k]?.lower === 'no' && tokens[k + 1]?.lower === 'one') k += 2;
  else return out;
  for (let m = k; m < Math.min(b, k + NEGATED_VERB_REACH); m++) {
    const t = tokens[m] as Token;
    if (t.pos === 'VERB') {
      out.add(actStem(t));
      break;
    }
    if (!(t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART')) break;
  }
  return out;
}

/**
 * "will not leave Americans' data exposed" / "Nobody is exposing anyone's data": the earlier side
 * vows to stop a harm, the later says no one is doing it; a denial of the threat, though both say no.
 * Only where the earlier negation governs another act: "no one was hurt" / "nobody was hurt" agree.
 */
function deniesPremise(later: Asserted, earlier: Asserted, earlierActs: ReadonlySet<string>): boolean {
  const denied = actsOfNoOne(later);
  if (denied.size === 0) return false;
  for (const act of actsNegated(earlier)) if (denied.has(act)) return false;
  const tokens = earlier.attribution.sentence.tokens;
  const [a, b] = earlier.attribution.content;
  const earlierWords = new Set(tokens.slice(a, b).map(actStem));
  for (const act of denied) if (act.length >= MIN_CONTRADICTION_STEM && (earlierWords.has(act) || earlierActs.has(act)) && !actsOfNoOne(earlier).has(act)) return true;
  return false;
}

/** How far (in sentences) a party's own denial reaches back to a claim about it. */
const ANSWER_REACH = 5;

/**
 * Who a negated claim may be the answer of: its asserter's side ("The rebels said none of their
 * fighters ..."), or a name it opens with ("Leo never asked to leave").
 */
interface Answerer {
  /** When it speaks of its own people: the stems of the last words of its side and of its name ("militia" for "Tessaro Valley Militia"). */
  heads: Set<string>;
  names: Set<string>;
}

function answererWords(c: Asserted): Answerer {
  const names = new Set<string>();
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a; k < Math.min(b, a + 3); k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
    if (t.pos === 'PROPN' && namedSide(t.text) === null) names.add(stem(t.lower));
  }
  // "none of its fighters", "they had done nothing of the kind": a denial about the speaker's own
  // people; "no one at the plant" is not.
  const ownPeople = tokens.slice(a, b).some((t) => SELF_REFERENCES.has(t.lower)) || SUBJECT_SELVES.has(tokens[a]?.lower ?? '');
  const heads = new Set<string>();
  if (ownPeople) for (const name of [c.asserter.side, beforeComma(c.asserter.name)]) heads.add(headStem(name));
  heads.delete('');
  return { heads, names };
}

/** The stem of the last word of a name: "milit" for "Tessaro Valley Militia", "repub" for "Republicans". */
function headStem(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  return stem((words[words.length - 1] ?? '').replace(/[^\p{L}\p{N}]+/gu, ''));
}

/** Subject pronouns that, opening a speaker's words, are the speaker: "Republicans said they had ...". */
const SUBJECT_SELVES = new Set(['they', 'we']);

const SELF_REFERENCES = new Set(['its', 'their', 'our', 'we', 'us', 'itself', 'themselves', 'ourselves']);

/** Is the claim whose subject has these stems about the answerer: the name its denial opens with, else its side's head word? */
function isAbout(answerer: Answerer, subject: Set<string> | undefined): boolean {
  if (!subject) return false;
  // "Idris never left the valley" is about Idris, whoever says it.
  if (answerer.names.size > 0) return overlap(answerer.names, subject) > 0;
  return overlap(answerer.heads, subject) > 0;
}

/** Shared content words of two claims, leaving out names of sides ("Tajik" in both says nothing of the topic). */
function topicOverlap(a: ClaimNames, b: ClaimNames, aWords: Set<string> | undefined, bWords: Set<string> | undefined): number {
  let n = 0;
  for (const w of aWords ?? []) if (w.length >= MIN_CONTRADICTION_STEM && bWords?.has(w) && !namesSide(w, a, b)) n++;
  return n;
}

/** Do two claims name the same place or thing by a proper name that is no side ("Krynky", "the Ubeji pipeline")? */
function sharesPlace(a: ClaimNames, b: ClaimNames): boolean {
  for (const [w, side] of a.capitalised) if (!side && b.capitalised.get(w) === false && w.length >= MIN_CONTRADICTION_STEM && !namesSide(w, a, b)) return true;
  return false;
}

/** Does a word shared by two claims name a side: a country, one of their sides, or someone who speaks? */
function namesSide(w: string, a: ClaimNames, b: ClaimNames): boolean {
  const country = a.capitalised.get(w) ?? b.capitalised.get(w);
  return country !== undefined && (country || a.side.has(w) || b.side.has(w) || a.speakers.has(w));
}

/** Words naming a party that say who it is, lower-cased: not its country ("Ukrainian") nor function words. */
const SELF_SUBJECTS = new Set(['it', 'we', 'they']);

/** Does a claim name another's asserter, by name or by the kind of body it is ("the company")? */
function namesAsserter(c: Asserted, other: Asserted): boolean {
  const names = nameAndSideWords(other.asserter);
  const [a, b] = c.attribution.content;
  return c.attribution.sentence.tokens.slice(a, b).some((t) => names.has(t.lower) || (GENERIC_TYPES.has(t.lower) && t.pos === 'NOUN'));
}

/**
 * Does a claim name the party of a planner: its side ("the plan would hurt France"), its name, or
 * the kind of body its name holds ("the company" for "the company's spokesman")? "the Commission"
 * names no French minister.
 */
function namesPlanner(c: Asserted, planner: Asserted): boolean {
  const names = nameAndSideWords(planner.asserter);
  const kinds = new Set(planner.asserter.name.toLowerCase().split(/\s+/).filter((w) => GENERIC_TYPES.has(w)));
  const [a, b] = c.attribution.content;
  return c.attribution.sentence.tokens.slice(a, b).some((t) => names.has(t.lower) || kinds.has(t.lower) || (isCapitalised(t.text) && namedSide(t.text) === planner.asserter.side));
}

/** The words of a party's name and of its side (partyWords). */
function nameAndSideWords(party: Party): Set<string> {
  const names = partyWords(party.name);
  for (const w of partyWords(party.side)) names.add(w);
  return names;
}

function partyWords(name: string): Set<string> {
  const out = new Set<string>();
  for (const w of beforeComma(name).split(/\s+/)) {
    const word = w.replace(/['\u2019]s$/u, '').replace(/[^\p{L}\p{N}]+/gu, '');
    if (word.length > 2 && !STOPWORDS.has(word.toLowerCase()) && namedSide(word) === null) out.add(word.toLowerCase());
  }
  return out;
}

/** Does a claim's content name a party by one of its whole words ("the coast guard"; "to protect" names no "Border Protection")? */
function mentions(c: Asserted, party: ReadonlySet<string>): boolean {
  const [a, b] = c.attribution.content;
  return c.attribution.sentence.tokens.slice(a, b).some((t) => party.has(t.lower));
}

/** How far back (in sentences) a contrast that names no one ties a counter-claim to a claim by topic alone. */
const TOPIC_CONTRAST_REACH = 2;

/** How far back (in sentences) a contrast-marked counter-claim reaches. */
const COUNTER_CLAIM_REACH = 4;

/** Is a claim starting at token `content` set against what came before ("But ...", ", but Y said", "... itself", "in fact")? */
function contrasts(tokens: readonly Token[], content: number): boolean {
  for (let k = 0; k < content; k++) if (CONTRAST_OPENERS.has((tokens[k] as Token).lower)) return true;
  for (let k = 0; k < tokens.length; k++) {
    const w = (tokens[k] as Token).lower;
    if ((CONTRAST_WORDS.has(w) && !inParticipleClause(tokens, k)) || (w === 'in' && tokens[k + 1]?.lower === 'fact')) return true;
    // "the pause itself" stresses a thing; "a group calling itself X" does not.
    if (EMPHATIC_REFLEXIVES.has(w) && tokens[k - 1]?.pos === 'NOUN') return true;
  }
  return false;
}

/**
 * ", leaning instead on automated systems", ", instead relying on ...": a contrast inside a
 * participle clause says how the claim's own subject acted, not that the claim answers another.
 */
function inParticipleClause(tokens: readonly Token[], k: number): boolean {
  const participle = (t: Token | undefined): boolean => !!t && t.pos === 'VERB' && t.lower.endsWith('ing');
  return (participle(tokens[k - 1]) && tokens[k - 2]?.text === ',') || (participle(tokens[k + 1]) && tokens[k - 1]?.text === ',');
}

/**
 * Words before a claim that make it a reply: "countered that P", "insisted P", "Responding, X said P".
 * A reply answers what another side said a few sentences before, not only in the sentence just before.
 */
const REPLY_MARKS = new Set(['countered', 'counters', 'retorted', 'retorts', 'insisted', 'insists', 'insisting', 'responding', 'replying']);

/** Is a claim starting at token `content` told as a reply ("X countered that", "Responding, X said")? */
function answersBefore(tokens: readonly Token[], content: number): boolean {
  for (let k = 0; k < content; k++) if (REPLY_MARKS.has((tokens[k] as Token).lower)) return true;
  return false;
}

/**
 * Where the run of claims just before claim j, told by one other side, begins ("The experts say P.
 * The agency insisted Q": P's run); j itself when the claim just before is j's own side's.
 */
function lastSpeakerRun(claims: readonly Asserted[], j: number): number {
  const side = claims[j - 1]?.asserter.side;
  if (side === undefined || side === claims[j]?.asserter.side) return j;
  let k = j - 1;
  while (k > 0 && claims[k - 1]?.asserter.side === side) k--;
  return k;
}

/** Determiners that point at what was just said: "that charge", "this claim". */
const DEMONSTRATIVES = new Set(['that', 'this']);

/**
 * "The claim could not be independently verified.": a bare definite reference opening its sentence
 * points at what was just said, as "that claim" does.
 */
function opensWithDefinite(tokens: readonly Token[], reference: readonly string[]): boolean {
  return reference.length === 2 && tokens[0]?.lower === 'the' && tokens[1]?.text === reference[1];
}

/**
 * The claims of [from, to) a framed topic names ("On the requests to stop"): every one sharing a
 * word of it the story does not keep using.
 */
function framedClaims(claims: readonly Asserted[], from: number, to: number, frame: ReadonlySet<string>, words: readonly Set<string>[], story: ReadonlySet<string>, eligible: (k: number) => boolean): Asserted[] {
  const telling = new Set([...frame].filter((w) => !story.has(w)));
  const named: Asserted[] = [];
  for (let k = from; k < to; k++) if (eligible(k) && overlap(telling, words[k] ?? new Set()) > 0) named.push(claims[k] as Asserted);
  return named;
}

/** Pronouns that stand for an earlier claim as a whole: "said that was false". */
const CLAIM_PRONOUNS = new Set(['that', 'this', 'it']);

/** Is the stance word at `at` followed only by "that", "this" or "it" and the sentence's end? */
function pronounObjectEnds(tokens: readonly Token[], at: number): boolean {
  const end = tokens[at + 2];
  return CLAIM_PRONOUNS.has(tokens[at + 1]?.lower ?? '') && (!end || (end.pos === 'PUNCT' && end.text !== ','));
}

const POINTING_SUBJECTS = new Set(['that', 'this', 'these', 'those']);

/** '"These are lies meant to ...," X said': a verdict whose subject points at what was just said. */
function pointedVerdict(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k > 0 && (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'ADV')) k--;
  const opens = tokens[k - 2];
  return COPULAS.has(tokens[k]?.lower ?? '') && POINTING_SUBJECTS.has(tokens[k - 1]?.lower ?? '') && (!opens || isQuote(opens));
}

/** "This is a handout dressed up as a rescue": a claim that only judges what was just spoken of. */
function isComment(c: Asserted): boolean {
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
  const verdict = words.slice(v);
  if (verdict.length === 1) return DENIAL_WORDS.has(verdict[0] as string);
  return verdict.length > 1 && DENIALS.longestAt(verdict, 0) === verdict.length;
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

function claimText(text: string, c: Asserted): string {
  const [a, b] = claimSpan(c);
  return textOf(text, c.attribution.sentence.tokens, a, b);
}
