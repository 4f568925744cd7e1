// Stage 2: attributions. In each sentence, find the reporting cues and split the sentence into
// who spoke (the source phrase) and what they said (the content): reported speech (see
// reported-speech.ts), "according to X, P", "X's claim that P", and quoted sentences that carry
// on a quote whose speaker was named earlier in the run or introduced before it ("X answered:").
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { mapQuotes, type QuoteMap } from './quotes';
import { CLAUSE_CUES, CRITICISM_CUES, DOCUMENT_NOUNS, ESTIMATE_CUES, FINDING_CUES, NAMING_CUES, NOMINAL_CUES, RUMOUR_NOUNS, RUMOUR_VERBS, isRumourWord } from './lexicon';
import {
  appositiveEnd,
  clauseStart,
  DASHES,
  hasVerb,
  isNounPhraseToken,
  isQuote,
  isVerb,
  POSSESSIVE_MARKS,
  RELATIVE_PRONOUNS,
  nounPhraseEndAfter,
  nounPhraseStartBefore,
  skipLead,
  subjectAt,
  subjectBefore,
} from './phrases';
import { COMPLEMENTISER, type Found, MIN_CONTENT_WORDS, clauseEnd, isWord, quotedStretch, splitContents, trimRange, verbReadOtherwise, wordCount } from './content';
import { ANSWERING_CUES, READING_CUES, endsSubjectNoun, isCueVerb, mainVerbAfterGap, naming, nextSpeakerAt, reported, secondVerbGroup, speakersGapAfter, verbPastAside } from './reported-speech';
import { mapped } from './mapped';
import { isCourtesyTitle } from './side-names';
import { isCapitalised } from './words';

/** 'introduction': "X answered at a press conference:" — no content of its own, the speaker of the quote that follows. */
export type AttributionKind = 'reported' | 'quote' | 'according' | 'nominal' | 'continued' | 'introduction';

export interface Attribution {
  sentence: Sentence;
  cue: string;
  /** Token range (within the sentence) naming who said it; null when the speaker is inherited. */
  source: [number, number] | null;
  /** Token range (within the sentence) of what was said. */
  content: [number, number];
  kind: AttributionKind;
  /** A quoted sentence with no cue of its own takes its speaker from this attribution. */
  speakerFrom?: Attribution;
  /** The quote run the content belongs to, or -1. */
  quoteRun: number;
  /**
   * Its words are no claim of their own, only the speaker's: they judge a rumour inside them ("Reports that
   * P were false, police said"), or are a quoted sentence that asserts nothing ('"Read the minutes," she said').
   */
  answersOnly?: boolean;
}

/** "According to X, P", "P, according to X", "The dam, according to X, could fail". */
function according(tokens: Token[], i: number): Found | null {
  const n = tokens.length;
  const lo = elaboratedClauseStart(tokens, clauseStart(tokens, i, 0), i);
  const s = i + 2;
  let e = nounPhraseEndAfter(tokens, s, n);
  // "according to a summary the company handed to reporters" / ", a Norwegian satellite company,"
  while (e < n && tokens[e]?.text !== ',' && tokens[e]?.text !== '.' && tokens[e]?.text !== ';' && e - s < 20 && !isQuote(tokens[e])) {
    if (tokens[e]?.pos === 'AUX') break;
    e++;
  }
  if (tokens[e]?.text === ',') {
    const app = appositiveEnd(tokens, e + 1, n);
    const opener = tokens[e + 1];
    if (app > 0 && opener && (opener.pos === 'DET' || opener.lower === 'which' || opener.lower === 'who')) e = app;
    else e = namedListEnd(tokens, e, clauseEnd(tokens, e));
  }
  // "according to police": the tagger may read "to police" as an infinitive; after "according to" it is the source.
  const infinitive = tokens[i + 1]?.pos === 'PART' && tokens[s]?.pos === 'VERB';
  if (!infinitive && !tokens.slice(s, e).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON')) return null;
  const source: [number, number] = [s, e];
  const atStart = skipLead(tokens, lo, i) === i || i === lo;
  if (atStart) {
    const contents = splitContents(tokens, e + 1, clauseEnd(tokens, e));
    return contents.length ? { cue: 'according to', source, contents, kind: 'according' } : null;
  }
  // ", which said ...": a relative clause about the source, not part of the claim.
  const relative = tokens[e]?.text === ',' && (tokens[e + 1]?.lower === 'which' || tokens[e + 1]?.lower === 'who');
  // "P, according to the water authority, but the authority said Q": the rest is another reporting clause, with its own claim.
  const reportedAfter = tokens[e]?.text === ',' && nextSpeakerAt(tokens, e - 1, clauseEnd(tokens, e)) === e;
  const restWords = relative || reportedAfter ? 0 : wordCount(tokens, e, clauseEnd(tokens, e));
  // "P -- nearly X -- according to Y": a closing dash sets the source off as a comma would.
  const setOff = tokens[i - 1]?.text === ',' || DASHES.has(tokens[i - 1]?.text ?? '');
  if (setOff && restWords === 0) {
    const contents = splitContents(tokens, afterToldSubject(tokens, skipLead(tokens, lo, i), i - 1), i - 1);
    return contents.length ? { cue: 'according to', source, contents, kind: 'according' } : null;
  }
  const whole = trimRange(tokens, skipLead(tokens, lo, i), clauseEnd(tokens, e));
  return wordCount(tokens, whole[0], whole[1]) >= MIN_CONTENT_WORDS
    ? { cue: 'according to', source, contents: [whole], kind: 'according' }
    : null;
}

/**
 * "according to the Office of Miners' Health, Safety and Training.": capitalised words joined by "and"
 * after the source's comma, closing the clause, are the rest of its name. Returns the name's end, or
 * `comma` when the words after it are anything else.
 */
function namedListEnd(tokens: Token[], comma: number, end: number): number {
  if (!isCapitalised(tokens[comma - 1]?.text ?? '')) return comma;
  let joined = false;
  let k = comma + 1;
  for (; k < end && (isWord(tokens[k]) || tokens[k]?.text === ','); k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'and' || t.text === '&') joined = true;
    else if (t.text !== ',' && !isCapitalised(t.text)) return comma;
  }
  return joined && isCapitalised(tokens[k - 1]?.text ?? '') && wordCount(tokens, k, end) === 0 ? k : comma;
}

/**
 * "Clinton had a bigger cash balance -- nearly $38 million, according to X": an elaboration after
 * a dash with no verb of its own belongs to the clause before the dash, which is what X says.
 */
function elaboratedClauseStart(tokens: Token[], lo: number, cue: number): number {
  if (lo === 0 || !DASHES.has(tokens[lo - 1]?.text ?? '') || hasVerb(tokens, lo, cue)) return lo;
  const start = clauseStart(tokens, lo - 1, 0);
  return hasVerb(tokens, start, lo - 1) ? start : lo;
}

/** "X's claim that P", "an allegation by X, a Y, that P". */
function nominal(tokens: Token[], i: number): Found | null {
  const n = tokens.length;
  const noun = tokens[i];
  if (!noun) return null;
  let source: [number, number] | null = null;
  let j = i + 1;
  // "Podliska's most explosive claim": the owner may stand before a few modifiers,
  // or before the noun the claim noun qualifies ("the department's first line of defence").
  let p = modifiersStart(tokens, i);
  if (tokens[p]?.lower === 'of' && tokens[p - 1]?.pos === 'NOUN') p = modifiersStart(tokens, p - 1);
  const prev = tokens[p];
  if (prev && (prev.lower === "'s" || prev.lower === '\u2019s' || prev.lower === '\u2019' || prev.lower === "'")) {
    const a = nounPhraseStartBefore(tokens, p, 0);
    if (a < p) source = [a, p];
  } else if (prev && OWNER_PRONOUNS.has(prev.lower)) {
    // "his contention that P": the pronoun names the owner.
    source = [p, p + 1];
  } else if (tokens[j]?.lower === 'by') {
    const s = j + 1;
    let e = nounPhraseEndAfter(tokens, s, n);
    if (tokens[e]?.text === ',') {
      const app = appositiveEnd(tokens, e + 1, n, 32);
      if (app > 0) e = app;
    }
    source = [s, e];
    j = tokens[e]?.text === ',' ? e + 1 : e;
  }
  // "Trump made similarly bigoted charges that P": the subject of the verb that makes the claim.
  if (!source) source = makerOf(tokens, i);
  // "a claim first made on Reddit that P": no one owns it but where it was made.
  const madeOn = source || DOCUMENT_NOUNS.has(noun.lower) ? -1 : placeMadeEnd(tokens, j);
  if (madeOn > 0) {
    source = [nounPhraseStartBefore(tokens, i + 1, 0), madeOn];
    j = madeOn;
  }
  // "Podliska's most explosive claim is that P".
  const predicative = COPULAS.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === COMPLEMENTISER;
  if (predicative) j++;
  if (!source || tokens[j]?.lower !== COMPLEMENTISER) return null;
  let end = participleEnd(tokens, j + 1, clauseEnd(tokens, j + 1));
  // "Ortiz's claim that the plant was safe drew scorn": a claim that opens its sentence as the subject ends at the sentence's own verb.
  const phraseStart = nounPhraseStartBefore(tokens, i + 1, 0);
  if (!predicative && !hasVerb(tokens, clauseStart(tokens, phraseStart, 0), phraseStart)) end = lastVerbGroup(tokens, j + 1, speakerTagStart(tokens, j + 1, end));
  const contents = splitContents(tokens, j + 1, end);
  return contents.length ? { cue: noun.text, source, contents, kind: 'nominal' } : null;
}

/**
 * Where the last verb group in [from, end) that nothing links to the one before starts, or `end` if there is
 * only one: after a subject holding a clause ("the claim that the plant is safe and the town has nothing to
 * fear was repeated"), that group is the sentence's own verb.
 */
function lastVerbGroup(tokens: Token[], from: number, end: number): number {
  let last = end;
  for (let k = secondVerbGroup(tokens, from, end); k < end; k = secondVerbGroup(tokens, k, end)) last = k;
  return last;
}

/** The token just before the adjectives and adverbs (at most NOMINAL_MODIFIERS) that precede the noun at `noun`. */
function modifiersStart(tokens: Token[], noun: number): number {
  let p = noun - 1;
  while (noun - p <= NOMINAL_MODIFIERS && (tokens[p]?.pos === 'ADJ' || tokens[p]?.pos === 'ADV')) p--;
  return p;
}

const MADE_PARTICIPLES = new Set(['made', 'posted', 'published', 'shared', 'spread']);
/** Most tokens of "first made on Reddit" between a claim noun and its "that". */
const MADE_REACH = 6;

/** After a claim noun at `j`, the end of "(first) made on X" when "that" follows it; else -1. */
function placeMadeEnd(tokens: Token[], j: number): number {
  let k = tokens[j]?.pos === 'ADV' || tokens[j]?.pos === 'ADJ' ? j + 1 : j;
  if (!MADE_PARTICIPLES.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.pos !== 'ADP') return -1;
  for (k += 2; k < Math.min(tokens.length, j + MADE_REACH); k++) {
    if (tokens[k]?.lower === COMPLEMENTISER) return k;
    if (!isNounPhraseToken(tokens[k])) return -1;
  }
  return -1;
}

/** Participles of saying that open the answering side's own clause: "rejected claims by X that P, saying Q". */
const SAYING_PARTICIPLES = new Set(['saying', 'adding', 'insisting', 'arguing', 'noting', 'calling']);

/** Where a nominal claim's content [from, end) stops before ", saying ..." (the sentence subject's words), else end. */
function participleEnd(tokens: Token[], from: number, end: number): number {
  for (let k = from + 1; k < end - 1; k++) if (tokens[k]?.text === ',' && SAYING_PARTICIPLES.has(tokens[k + 1]?.lower ?? '')) return k;
  return end;
}

/** Verbs with which an outlet passes on someone's words: "quoted a ministry official as saying P". */
const QUOTING_VERBS = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing']);
/** Most tokens between "quoted" and "as saying": the one quoted. */
const QUOTED_REACH = 14;

/** "Interfax quoted a defence ministry official as saying (that) P": the one quoted asserts P. */
function quotedAs(tokens: Token[], i: number): Found | null {
  let v = i - 2;
  while (v > 0 && i - v <= QUOTED_REACH && !QUOTING_VERBS.has(tokens[v]?.lower ?? '')) v--;
  if (!QUOTING_VERBS.has(tokens[v]?.lower ?? '') || v + 1 >= i - 1) return null;
  const source: [number, number] = [v + 1, i - 1];
  const from = tokens[i + 1]?.lower === COMPLEMENTISER ? i + 2 : i + 1;
  const contents = splitContents(tokens, from, clauseEnd(tokens, from));
  return contents.length ? { cue: 'quoted', source, contents, kind: 'reported' } : null;
}

/** Passive verbs that pass on words the subject spoke: "is quoted as saying", "was heard saying". */
const PASSIVE_QUOTING = new Set(['quoted', 'reported', 'heard', 'overheard', 'recorded', 'filmed']);
/** Of those, the ones that need "as" before "saying" ("was reported saying" is rare, "was heard as saying" unheard of). */
const QUOTED_AS = new Set(['quoted', 'reported']);
const PASSIVE_AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'been', 'being', 'be']);

/** Prepositions of the outlet or place between "quoted" and "as saying": "quoted by local media", "quoted in the Herald". */
const QUOTED_IN = new Set(['by', 'in']);
/** Most tokens of such a phrase. */
const QUOTED_IN_REACH = 6;

/** The passive verb before "as saying" at `as`, past a short "by local media" or "in the Herald" on the way; or `as - 1`. */
function passiveVerbBeforeAs(tokens: Token[], as: number): number {
  for (let k = as - 2; k >= Math.max(0, as - QUOTED_IN_REACH - 1); k--) {
    if (QUOTED_IN.has(tokens[k]?.lower ?? '') && QUOTED_AS.has(tokens[k - 1]?.lower ?? '')) return k - 1;
    if (isVerb(tokens[k]) || tokens[k]?.text === ',' || isQuote(tokens[k])) break;
  }
  return as - 1;
}

/**
 * "The minister is quoted as saying P", "Police were quoted by local media as saying P", "The coach was heard
 * saying P", '"Get out," a man was heard saying.': the subject of the passive spoke P.
 */
function passivelyQuoted(tokens: Token[], i: number): Found | null {
  const as = tokens[i - 1]?.lower === 'as';
  const v = as ? passiveVerbBeforeAs(tokens, i - 1) : i - 1;
  const verb = tokens[v]?.lower ?? '';
  if (!PASSIVE_QUOTING.has(verb) || as !== QUOTED_AS.has(verb)) return null;
  let aux = v - 1;
  while (tokens[aux]?.pos === 'ADV') aux--;
  if (!PASSIVE_AUXILIARIES.has(tokens[aux]?.lower ?? '')) return null;
  // "has been quoted", "will be heard": the whole verb group stands between subject and cue.
  while (tokens[aux - 1]?.pos === 'AUX') aux--;
  const subject = subjectBefore(tokens, aux, clauseStart(tokens, aux, 0));
  if (!subject) return null;
  const from = tokens[i + 1]?.lower === COMPLEMENTISER ? i + 2 : i + 1;
  const contents = wordCount(tokens, from, clauseEnd(tokens, from)) > 0 ? splitContents(tokens, from, clauseEnd(tokens, from)) : quoteBefore(tokens, subject.start);
  return contents.length ? { cue: tokens[v]?.text ?? verb, source: [subject.start, subject.end], contents, kind: 'reported' } : null;
}

/** '"Get out of here," a man was heard saying.': the quote that closes right before the subject at `at`, if any. */
function quoteBefore(tokens: Token[], at: number): Array<[number, number]> {
  let close = at - 1;
  if (tokens[close]?.text === ',') close--;
  if (!isQuote(tokens[close])) return [];
  let open = close - 1;
  while (open >= 0 && !isQuote(tokens[open])) open--;
  return open >= 0 ? splitContents(tokens, open + 1, close) : [];
}

/** Verbs of describing that give a witness's account before a gerund of perceiving: "described hearing P". */
const DESCRIBING_VERBS = new Set(['described', 'describes', 'describe', 'recounted', 'recounts', 'recalled', 'recalls']);
/** Gerunds of perceiving: what a witness heard or saw is the account they give. */
const PERCEIVING = new Set(['hearing', 'seeing', 'watching', 'smelling', 'feeling', 'noticing', 'spotting']);

/** "Witnesses described hearing at least six shots", "Neighbours recalled seeing a man run": the witness's account. */
function describedPerceiving(tokens: Token[], i: number): Found | null {
  if (!PERCEIVING.has(tokens[i + 1]?.lower ?? '')) return null;
  const subject = subjectBefore(tokens, i, clauseStart(tokens, i, 0));
  const end = clauseEnd(tokens, i + 1);
  // "described hearing the news as a shock": a verdict on the perceiving, not an account of it.
  for (let k = i + 2; k < end; k++) if (tokens[k]?.lower === 'as' && tokens[k + 1]?.pos === 'DET') return null;
  if (!subject) return null;
  const contents = splitContents(tokens, i + 1, end);
  return contents.length ? { cue: tokens[i]?.text ?? '', source: [subject.start, subject.end], contents, kind: 'reported' } : null;
}

const COPULAS = new Set(['is', 'was', 'remains', 'remained']);
/** Most adjectives and adverbs between an owner and its claim noun: "Podliska's most explosive claim". */
const NOMINAL_MODIFIERS = 3;

/** How many words may stand between a rumour noun and its "that": "reports in local media that", "Rumours circulated on social media that". */
const RUMOUR_GAP = 6;

/**
 * "Police denied reports that P", "Rumours circulated online that P", "Reports that P were false,
 * police said": what unnamed reports say, with the reports themselves as the asserter. The claim
 * ends where the sentence's own verb or a trailing ", police said" takes over.
 */
function rumoured(tokens: Token[], i: number): Found | null {
  const n = tokens.length;
  const prev = tokens[i - 1];
  // An owner ("Dnevnik's reports", "reports by the BBC") makes it a nominal claim, not a rumour.
  if (prev && (POSSESSIVE_MARKS.has(prev.lower) || OWNER_PRONOUNS.has(prev.lower))) return null;
  if (carriesSpeakersWords(tokens, nounPhraseStartBefore(tokens, i, 0))) return null;
  let j = i + 1;
  while (j < n && j - i <= RUMOUR_GAP && tokens[j]?.lower !== COMPLEMENTISER) {
    const t = tokens[j] as Token;
    // "dismissed as speculation reports that P": the last rumour noun before "that" carries it.
    if (RUMOUR_NOUNS.has(t.lower)) return null;
    const bridging = t.pos === 'ADP' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'DET' || t.pos === 'ADV' || RUMOUR_VERBS.has(t.lower);
    // "a report in Japan's Asahi Daily that P", "a report by the Manila Ledger that P": the outlet's claim.
    if (PUBLISHED_IN.has(t.lower)) {
      const owned = publishedReport(tokens, i, j);
      if (owned) return owned;
    }
    if (!bridging || t.lower === 'by' || t.lower === 'from') return null;
    j++;
  }
  const after = tokens[j + 1];
  // "Messages that spread on WhatsApp said P": a relative clause, whatever the tagger made of its verb.
  if (tokens[j]?.lower !== COMPLEMENTISER || !after || after.pos === 'AUX' || after.pos === 'VERB' || RUMOUR_VERBS.has(after.lower)) return null;
  // "a report of that incident and ...": "that" before a noun with no verb after it is a determiner.
  const third = tokens[j + 2];
  if (after.pos === 'NOUN' && (!third || third.pos === 'CCONJ' || third.pos === 'PUNCT')) return null;
  if (speakersGapAfter(tokens, j + 1)) return null;
  // The words before the noun that belong to it ("Unconfirmed reports"), whatever the tagger made of the noun.
  const start = pastNoticing(tokens, nounPhraseStartBefore(tokens, i, 0));
  // "A post ..., which has 40,000 followers, claims that P": no words of its own, the verb of the noun before the aside.
  if (start === i && verbPastAside(tokens, i)) return null;
  const receiver = receiverOf(tokens, start);
  if (receiver) {
    const contents = splitContents(tokens, j + 1, rumourEnd(tokens, j + 1, clauseEnd(tokens, j + 1)));
    return contents.length ? { cue: (tokens[i] as Token).text, source: receiver, contents, kind: 'nominal' } : null;
  }
  // "A post shared 12,000 times on Facebook claims that P": the verb of a post named before.
  if (start > 0 && rumourSubjectBefore(tokens, i, start)) return null;
  const clause = clauseEnd(tokens, j + 1);
  if (isSubjectsVerb(tokens, i, start, j + 1, clause) || isRelativeSubject(tokens, start, j + 1, clause)) return null;
  const end = rumourEnd(tokens, j + 1, clause);
  const contents = splitContents(tokens, j + 1, end);
  return contents.length ? { cue: (tokens[i] as Token).text, source: [start, i + 1], contents, kind: 'nominal' } : null;
}

/**
 * Whether a rumour word ("A post") heads the subject found before the noun phrase at `start`, its
 * participle or relative clause ("shared 12,000 times on Facebook", "that has been shared 9,000 times
 * on Facebook") ending right before the rumour noun at `i`, which is then that subject's verb.
 */
function rumourSubjectBefore(tokens: Token[], i: number, start: number): boolean {
  const subject = subjectBefore(tokens, i, clauseStart(tokens, i, 0));
  if (!subject) return false;
  const head = subject.end < start ? subject.end : nounPhraseEndAfter(tokens, subject.start, start);
  const modifier = tokens[head];
  // The clause's own words end in a noun ("on Facebook"), after which the rumour noun reads as a verb.
  const ended = tokens[i - 1]?.pos === 'NOUN' || tokens[i - 1]?.pos === 'PROPN';
  const modified = head === subject.end || (ended && (isVerb(modifier) || RELATIVE_PRONOUNS.has(modifier?.lower ?? '')));
  return head > subject.start && head < start && modified && isRumourWord(tokens[head - 1]?.lower ?? '');
}

/** Verbs by which reports reach someone who then passes them on: "said it had received reports that P". */
const RECEIVING = new Set(['received', 'receives', 'receiving', 'receive']);

/**
 * The subject of the receiving verb right before a rumour's noun phrase at `start`, or null: reports
 * someone "received" reach the reader through them, so P is theirs to answer for, not the reports'.
 */
function receiverOf(tokens: Token[], start: number): [number, number] | null {
  if (!RECEIVING.has(tokens[start - 1]?.lower ?? '')) return null;
  const subject = subjectBefore(tokens, start - 1, clauseStart(tokens, start - 1, 0));
  return subject ? [subject.start, subject.end] : null;
}

const PUBLISHED_IN = new Set(['by', 'in', 'from', 'on']);

/**
 * "a report in Japan's Asahi Daily that P": a report whose named source (a proper name after `link`) says P;
 * "a report on a tabloid website that P": one particular site it ran on (a determiner opens it; "on social
 * media" names none); or null.
 */
function publishedReport(tokens: Token[], noun: number, link: number): Found | null {
  const on = tokens[link]?.lower === 'on';
  if (on && tokens[link + 1]?.pos !== 'DET') return null;
  const start = tokens[link + 1]?.lower === 'the' || on ? link + 2 : link + 1;
  const end = nounPhraseEndAfter(tokens, start, Math.min(tokens.length, start + RUMOUR_GAP));
  if (end <= start || (!on && tokens[end - 1]?.pos !== 'PROPN') || tokens[end]?.lower !== COMPLEMENTISER) return null;
  const contents = splitContents(tokens, end + 1, clauseEnd(tokens, end + 1));
  return contents.length ? { cue: (tokens[noun] as Token).text, source: [start, end], contents, kind: 'nominal' } : null;
}

/**
 * "The company claims that P", "The BBC reports that P": a noun phrase opening the sentence and
 * then the rumour noun read as its verb — unless the sentence's own verb follows what was said
 * ("Media reports that P were false"), which makes the whole phrase its subject.
 */
function isSubjectsVerb(tokens: Token[], i: number, start: number, from: number, end: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || !endsSubjectNoun(tokens, i - 1) || start === i) return false;
  if (hasVerb(tokens, 0, start) && !opensWithPhrase(tokens, start)) return false;
  return secondVerbGroup(tokens, from, end) >= end;
}

/**
 * "In a television ad that began airing this month, his campaign claims that P": a phrase opening
 * the sentence with a preposition or a conjunction, closed by a comma before the subject at `start`,
 * whose verbs are not the sentence's own.
 */
function opensWithPhrase(tokens: Token[], start: number): boolean {
  const first = tokens[0];
  return tokens[start - 1]?.text === ',' && !!first && (first.pos === 'ADP' || first.pos === 'SCONJ');
}

/**
 * "Posts that users shared widely claimed that P": the rumour noun opens the sentence and a relative
 * clause ends in the sentence's own reporting verb, whose subject the posts are (the claim is then
 * found from that verb). After another verb ("denied reports that the mayor had said that P") the
 * rumour stands.
 */
function isRelativeSubject(tokens: Token[], start: number, from: number, end: number): boolean {
  if (hasVerb(tokens, 0, start)) return false;
  for (let k = from + 1; k < end; k++) {
    const t = tokens[k] as Token;
    if (!CLAUSE_CUES.has(t.lower) || t.pos !== 'VERB') continue;
    let p = k - 1;
    while (p > from && tokens[p]?.pos === 'ADV') p--;
    // "users shared widely claimed": the relative clause's verb stands right before the reporting one.
    const prev = tokens[p] as Token;
    return prev.pos === 'VERB' && !prev.lower.endsWith('ing');
  }
  return false;
}

/** Most words between a cue verb and the "in" of the document it was said in ("said on Tuesday in a report"). */
const MEDIUM_GAP = 3;

/**
 * "The inspector general said in a report in May that P": the report starting at `start` is where the
 * speaker said P, and its "that" is the cue verb's; no rumour of its own.
 */
function carriesSpeakersWords(tokens: Token[], start: number): boolean {
  if (tokens[start - 1]?.lower !== 'in') return false;
  for (let k = start - 2; k >= Math.max(0, start - 2 - MEDIUM_GAP); k--) {
    const t = tokens[k] as Token;
    if (CLAUSE_CUES.has(t.lower) && t.pos === 'VERB') return true;
    if (t.pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * "reports" as a noun: so tagged, or read as a verb by the tagger after "the", "Initial", a
 * sentence-opening "Earlier", or opening the sentence; never after its subject ("The BBC reports that").
 */
function isRumourNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.pos === 'NOUN' || t.pos === 'PROPN') return true;
  const prev = tokens[i - 1];
  return t.pos === 'VERB' && (!prev || prev.pos === 'ADJ' || prev.pos === 'DET' || (i === 1 && prev.pos === 'ADV'));
}

/** Words that open the narrator's own clause after a rumour: "... before her publicist said". */
const RUMOUR_TIME_LINKS = new Set(['before', 'after', 'until', 'when', 'as', 'while']);

/**
 * End of a rumour's content: the sentence's own verb ("... were false"), a trailing ", police
 * said", "before her publicist said", or the narrator's ", prompting tributes".
 */
function rumourEnd(tokens: Token[], from: number, end: number): number {
  let stop = secondVerbGroup(tokens, from, end);
  for (let k = from + 1; k < stop; k++) {
    const t = tokens[k] as Token;
    if (spreadsRumour(tokens, from, k)) return k;
    const link = t.text === ',' || RUMOUR_TIME_LINKS.has(t.lower);
    if (!link) continue;
    const next = tokens[k + 1];
    // ", prompting tributes", ", after a video appeared": the narrator's own clause.
    if (t.text === ',' && next && ((next.pos === 'VERB' && next.lower.endsWith('ing')) || RUMOUR_TIME_LINKS.has(next.lower))) return k;
    if (speakerTagAfter(tokens, k, stop)) stop = k;
  }
  return stop;
}

/** Does a speaker and a cue follow the link at `k` (before `stop`): ", police said", ", but the Guard said"? */
function speakerTagAfter(tokens: Token[], k: number, stop: number): boolean {
  // ", but the Iowa National Guard said": the speaker may follow a conjunction.
  const speakerFrom = tokens[k]?.text === ',' && tokens[k + 1]?.pos === 'CCONJ' ? k + 2 : k + 1;
  const npEnd = nounPhraseEndAfter(tokens, speakerFrom, Math.min(stop, speakerFrom + 8));
  const verb = tokens[npEnd];
  return npEnd > speakerFrom && !!verb && CLAUSE_CUES.has(verb.lower) && verb.pos === 'VERB';
}

/** Where a trailing ", police said" starts in [from, end), or `end`. */
function speakerTagStart(tokens: Token[], from: number, end: number): number {
  for (let k = from + 1; k < end; k++) if (tokens[k]?.text === ',' && speakerTagAfter(tokens, k, end)) return k;
  return end;
}

/**
 * "Speculation that the owners would demolish the mill spread quickly online": after a content that
 * has its own verb, a rumour verb right after a noun is the sentence's own, whatever the tagger made of it;
 * so it is right after a verb group that ends the content ("Rumours that the plant would close spread").
 */
function spreadsRumour(tokens: Token[], from: number, k: number): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  if (!RUMOUR_VERBS.has(t.lower) || t.lower.endsWith('ing')) return false;
  if (prev?.pos === 'NOUN' || prev?.pos === 'PROPN') return hasVerb(tokens, from, k - 1);
  // The tagger may read "would close spread" as an auxiliary, an adjective and a noun.
  return !!prev && isWord(prev) && prev.pos !== 'AUX' && prev.pos !== 'ADV' && tokens[k - 2]?.pos === 'AUX' && k - 2 > from;
}

const OWNER_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
/**
 * Verbs that make a nominal claim their subject's: "made charges that", "repeated his claim that"; so do those
 * that take one back, which only the one who made it can ("later retracted the claim that P").
 */
const MAKING_VERBS = new Set(['made', 'make', 'makes', 'making', 'repeated', 'repeats', 'leveled', 'levelled', 'renewed', 'voiced', 'aired', 'reiterated', 'lodged', 'retracted', 'retracts', 'withdrew', 'withdraws']);

/** The subject of a making verb a few words before the claim noun ("made similarly bigoted charges"), or null. */
function makerOf(tokens: Token[], noun: number): [number, number] | null {
  for (let k = noun - 1; k >= Math.max(0, noun - 5); k--) {
    const t = tokens[k] as Token;
    if (MAKING_VERBS.has(t.lower) && t.pos === 'VERB') {
      const subject = subjectBefore(tokens, k, clauseStart(tokens, k, 0));
      return subject ? [subject.start, subject.end] : null;
    }
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'NUM')) return null;
  }
  return null;
}

/**
 * "A spokesman rejected claims that P, telling reporters that Q": the subject of the verb that
 * governs a rumour speaks the participle clause after it, not the rumour; or null.
 */
function dismisserOf(tokens: Token[], rumourStart: number): [number, number] | null {
  let k = rumourStart - 1;
  while (k > 0 && tokens[k]?.pos === 'ADV') k--;
  if (tokens[k]?.pos !== 'VERB') return null;
  const subject = subjectBefore(tokens, k, clauseStart(tokens, k, 0));
  return subject ? [subject.start, subject.end] : null;
}

/** Most tokens between a relative word and the cue inside its clause: "that social media users claimed". */
const TOLD_SUBJECT_REACH = 5;

/**
 * "A photograph that social media users claimed showed P in fact shows Q, according to experts": a
 * subject holding another's claim is theirs to answer for; the experts' words start at the main verb.
 */
function afterToldSubject(tokens: Token[], from: number, to: number): number {
  for (let r = from + 1; r < to; r++) {
    if (!RELATIVE_WORDS_OF_THINGS.has(tokens[r]?.lower ?? '')) continue;
    for (let c = r + 2; c < Math.min(to, r + TOLD_SUBJECT_REACH); c++) {
      if (!CLAUSE_CUES.has(tokens[c]?.lower ?? '') || tokens[c]?.pos !== 'VERB' || tokens[c + 1]?.pos !== 'VERB') continue;
      const main = mainVerbAfterGap(tokens, c + 1, to);
      return main < to ? main : from;
    }
    return from;
  }
  return from;
}
const RELATIVE_WORDS_OF_THINGS = new Set(['that', 'which']);

/** Every word that can carry a cue of one of the kinds below: the other words are passed over at once. */
const CUE_WORDS: ReadonlySet<string> = new Set(['according', ...DESCRIBING_VERBS, ...NOMINAL_CUES, ...RUMOUR_NOUNS, ...CLAUSE_CUES, ...NAMING_CUES, ...FINDING_CUES, ...ESTIMATE_CUES, ...CRITICISM_CUES, ...READING_CUES, ...ANSWERING_CUES, ...DOCUMENT_NOUNS]);

/** Words between a verb and the document it sends: "sent us this response", "issued a brief statement". */
const SENT_DOCUMENT_WORDS = new Set(['DET', 'ADJ', 'PRON']);

/** 'The department has just sent us this response: "P"': whoever sends the document speaks its quote. */
function documentGiven(tokens: Token[], i: number): Found | null {
  let v = i - 1;
  while (SENT_DOCUMENT_WORDS.has(tokens[v]?.pos ?? '')) v--;
  const verb = tokens[v];
  if (!verb || verb.pos !== 'VERB' || v === i - 1) return null;
  const subject = subjectBefore(tokens, v, clauseStart(tokens, v, 0));
  if (!subject) return null;
  const contents = splitContents(tokens, ...quotedStretch(tokens, i + 2));
  return contents.length ? { cue: verb.text, source: [subject.start, subject.end], contents, kind: 'quote' } : null;
}

function attributionsIn(s: Sentence, runs: Int32Array): Attribution[] {
  const tokens = s.tokens;
  const out: Attribution[] = [];
  const covered = new Uint8Array(tokens.length);
  let previous: [number, number] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || (runs[i] ?? -1) >= 0 || !CUE_WORDS.has(t.lower)) continue;
    const rumour = RUMOUR_NOUNS.has(t.lower) && isRumourNoun(tokens, i);
    // Inside another claim only a rumour is looked for: "Police said reports that P were false".
    if (covered[i] && !rumour) continue;
    let found: Found | null = null;
    if (!covered[i] && t.lower === 'according' && tokens[i + 1]?.lower === 'to') found = according(tokens, i);
    if (!found && !covered[i] && NOMINAL_CUES.has(t.lower) && t.pos === 'NOUN') found = nominal(tokens, i);
    if (!found && rumour) found = rumoured(tokens, i);
    if (!found && t.lower === 'saying') found = passivelyQuoted(tokens, i);
    if (!found && !covered[i] && DESCRIBING_VERBS.has(t.lower)) found = describedPerceiving(tokens, i);
    if (!found && t.lower === 'saying' && tokens[i - 1]?.lower === 'as') found = quotedAs(tokens, i);
    if (!found && isCueVerb(tokens, i, s.headline)) found = reported(tokens, i, s.headline, previous);
    if (!found && NAMING_CUES.has(t.lower) && t.pos === 'VERB') found = naming(tokens, i, previous);
    if (!found && !covered[i] && DOCUMENT_NOUNS.has(t.lower) && tokens[i + 1]?.text === ':' && isQuote(tokens[i + 2])) found = documentGiven(tokens, i);
    if (!found) continue;
    const named = shortQuoteSpeaker(s, runs, found);
    if (named) out.push(named);
    // "rejected claims by the opposition that P, saying Q": the owner named after the noun does not say Q.
    previous = (rumour && found.source && dismisserOf(tokens, Math.min(found.source[0], i))) || found.source;
    // A rumour's own words ("Reports circulating online claiming that P") carry no other cue.
    if (rumour && found.source) for (let k = found.source[0]; k < (found.contents[0]?.[0] ?? 0); k++) covered[k] = 1;
    // "X said P, people familiar with the talks said": the relaying speaker and cue are taken.
    const lastContent = found.contents[found.contents.length - 1];
    if (found.source && lastContent && found.source[0] > lastContent[1] && lastContent[0] > i) for (let k = found.source[0]; k <= found.source[1]; k++) covered[k] = 1;
    for (const content of found.contents) {
      for (let k = content[0]; k < content[1]; k++) covered[k] = 1;
      const inQuote = quoteRunIn(runs, content[0], content[1]);
      out.push({
        sentence: s,
        cue: found.cue,
        source: found.source,
        content,
        kind: found.kind === 'reported' && inQuote >= 0 ? 'quote' : found.kind,
        quoteRun: inQuote,
        ...(isQuestionPut(tokens, content, found.source) && { answersOnly: true }),
      });
    }
  }
  for (const a of out) if (a.kind !== 'nominal' && out.some((r) => answersRumour(a, r))) a.answersOnly = true;
  return out;
}

/** Words that open the question a reporter put: "Asked Thursday whether ...", "Pressed on whether ...". */
const QUESTIONED = new Set(['asked', 'pressed', 'questioned']);

/**
 * "Asked Thursday whether P, Lisk said no": words before the tag in a clause opening with "Asked" are the
 * question put to the speaker, who answers it without claiming it (the speaker is still the one quoted next).
 */
function isQuestionPut(tokens: Token[], content: [number, number], source: [number, number] | null): boolean {
  return !!source && content[1] <= source[0] && QUESTIONED.has(tokens[clauseStart(tokens, content[0], 0)]?.lower ?? '');
}

/**
 * '"Did he lose 20 minutes? Probably," said one official.': a quote too short to be a claim still names who
 * speaks its run, so the run's earlier sentences are that speaker's, not the last one quoted.
 */
function shortQuoteSpeaker(s: Sentence, runs: Int32Array, found: Found): Attribution | null {
  if (found.contents.length || found.kind !== 'reported' || !found.source) return null;
  const run = quoteRunIn(runs, 0, found.source[0]);
  if (run < 0) return null;
  let a = 0;
  while (runs[a] !== run) a++;
  let b = a;
  while (runs[b] === run) b++;
  return { sentence: s, cue: found.cue, source: found.source, content: trimRange(s.tokens, a, b), kind: 'quote', quoteRun: run, answersOnly: true };
}

/** The quote run of the first quoted token in [a, b), or -1. */
function quoteRunIn(runs: Int32Array, a: number, b: number): number {
  for (let k = a; k < b; k++) if ((runs[k] ?? -1) >= 0) return runs[k] as number;
  return -1;
}

/** Do the words of `a` only pass judgement on the rumour `r` inside them ("Reports that P were false")? */
function answersRumour(a: Attribution, r: Attribution): boolean {
  if (r.kind !== 'nominal' || !r.source || !RUMOUR_NOUNS.has(r.cue.toLowerCase())) return false;
  // The rumour's noun and words lie inside; a word before it ("Earlier reports") may have been left out of `a`.
  const [from, to] = [Math.max(r.source[0], a.content[0]), r.content[1]];
  if (r.source[1] <= a.content[0] || to > a.content[1]) return false;
  const tokens = a.sentence.tokens;
  return wordCount(tokens, a.content[0], from) + wordCount(tokens, to, a.content[1]) < MIN_CONTENT_WORDS || noticedOnly(tokens, from, to, a.content[1]);
}

/** "was aware of posts claiming P", "had seen reports that P", "is looking into rumours that P": words that only know of the rumour. */
const NOTICING = new Set(['aware', 'knew', 'know', 'knows', 'heard', 'seen', 'saw', 'monitoring', 'investigating', 'reviewing', 'tracking', 'looking']);
const NOTICED_LINKS = new Set(['of', 'into', 'about']);

/** Does the rumour at [from, to) end what was said, right after a word of noticing it? */
function noticedOnly(tokens: Token[], from: number, to: number, end: number): boolean {
  if (wordCount(tokens, to, end) > 0) return false;
  const verb = NOTICED_LINKS.has(tokens[from - 1]?.lower ?? '') ? from - 2 : from - 1;
  return NOTICING.has(tokens[verb]?.lower ?? '');
}

/** Past "aware of" at `k`, which a rumour noun's phrase may take in ("aware of social media posts"); else `k`. */
function pastNoticing(tokens: Token[], k: number): number {
  return NOTICING.has(tokens[k]?.lower ?? '') && NOTICED_LINKS.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k;
}

/** Every attribution in the article, in reading order. */
export function findAttributions(sentences: Sentence[]): Attribution[] {
  const quotes: QuoteMap = mapQuotes(sentences);
  const perSentence = mapped(sentences, (s) => attributionsIn(s, quotes.runOf[s.index] ?? new Int32Array(0)));
  // The speaker of each quote run: the first attribution that quotes from it.
  const speakerOfRun = new Map<number, Attribution>();
  for (const list of perSentence) for (const a of list) if (a.quoteRun >= 0 && !speakerOfRun.has(a.quoteRun)) speakerOfRun.set(a.quoteRun, a);
  // A run with no cue of its own continues the last speaker quoted in the same paragraph.
  let lastSpeaker: Attribution | undefined;
  const out: Attribution[] = [];
  sentences.forEach((s, idx) => {
    const runs = quotes.runOf[s.index] ?? new Int32Array(0);
    if (lastSpeaker && lastSpeaker.sentence.paragraph < s.paragraph - 1) lastSpeaker = undefined;
    const block = lastSpeaker && !quotedPart(runs) ? blockQuoteOf(lastSpeaker, s) : null;
    // A cue inside the introduced block quote is the speaker's own wording, as it would be inside quote marks.
    const own = block ? [] : (perSentence[idx] ?? []);
    if (own.length === 0 && s.tokens[s.tokens.length - 1]?.text === ':') {
      // "The cooperative's president, Marcelo Choque, answered the federation at a press conference:"
      const intro = introduction(s);
      if (intro) {
        out.push(intro);
        lastSpeaker = intro;
        return;
      }
    }
    if (own.length === 0) {
      const stretch = quotedPart(runs);
      if (lastSpeaker && block) {
        const continued: Attribution = { sentence: s, cue: lastSpeaker.cue, source: null, content: block, kind: 'continued', speakerFrom: root(lastSpeaker), quoteRun: -1 };
        out.push(continued);
        lastSpeaker = continued;
      }
      if (stretch) {
        const run = runs[stretch[0]] ?? -1;
        const speaker = speakerOfRun.get(run) ?? (lastSpeaker && sameOrNextParagraph(lastSpeaker, s) ? lastSpeaker : undefined);
        const content = trimRange(s.tokens, stretch[0], stretch[1]);
        if (speaker && wordCount(s.tokens, content[0], content[1]) >= MIN_CONTENT_WORDS && asserts(s.tokens, content)) {
          const continued: Attribution = { sentence: s, cue: speaker.cue, source: null, content, kind: 'continued', speakerFrom: root(speaker), quoteRun: run };
          out.push(continued);
          // The rest of the run, over later paragraphs, keeps this speaker.
          if (run >= 0 && !speakerOfRun.has(run)) speakerOfRun.set(run, continued);
          lastSpeaker = continued;
        }
      }
    }
    for (const a of own) {
      if (quotesNothing(a, runs, quotes.runOf[s.index - 1])) a.answersOnly = true;
      out.push(a);
      if (a.quoteRun >= 0) lastSpeaker = a;
    }
  });
  return out;
}

/**
 * "The Ledger reports:" / "In a statement, Hale wrote:" above an unquoted paragraph: in web copy that
 * paragraph is the block quote the page set apart, so each of its sentences is the introduced
 * speaker's. Only the one paragraph directly below a reporting verb; returns the sentence's content.
 */
function blockQuoteOf(last: Attribution, s: Sentence): [number, number] | null {
  const intro = root(last);
  if (intro.kind !== 'introduction' || !BLOCK_CUES.has(intro.cue.toLowerCase()) || s.paragraph !== intro.sentence.paragraph + 1) return null;
  const content = trimRange(s.tokens, 0, s.tokens.length);
  return wordCount(s.tokens, content[0], content[1]) >= MIN_CONTENT_WORDS && hasVerb(s.tokens, content[0], content[1]) ? content : null;
}

const REPORT_VERBS = ['reports', 'reported', 'writes', 'wrote', 'tweeted', 'posted', 'reads', 'read', 'notes', 'noted', 'explains', 'explained'];
/** Verbs that introduce a statement's own words: "X reports:", "X wrote:", "X said in a statement:". */
const BLOCK_CUES: ReadonlySet<string> = new Set([...CLAUSE_CUES, ...REPORT_VERBS]);

function introduction(s: Sentence): Attribution | null {
  const tokens = s.tokens;
  const end = tokens.length - 1;
  const lo = clauseStart(tokens, Math.min(tokens.length, 12), 0);
  // "Fox News reports:": the tagger may read the reporting verb as a plural noun of the name.
  const cue = tokens[end - 1];
  const named = cue && cue.pos === 'NOUN' && BLOCK_CUES.has(cue.lower) ? subjectAt(tokens, lo, end - 1) : null;
  if (named && cue) return { sentence: s, cue: cue.text, source: named, content: [end, end], kind: 'introduction', quoteRun: -1 };
  const subject = subjectAt(tokens, lo, tokens.length);
  if (!subject) return null;
  const verb = tokens[subject[1]]?.text === ',' ? tokens[subject[1] + 1] : tokens[subject[1]];
  if (!verb || verb.pos !== 'VERB') return null;
  return { sentence: s, cue: verb.text, source: subject, content: [end, end], kind: 'introduction', quoteRun: -1 };
}

/**
 * '"Read the minutes," she said', '"The operator raised fares twice. Ask them yourself," he wrote': a quoted
 * sentence of the cue's own is judged like a quote's other sentences; one that asserts nothing still names
 * the speaker of the whole quote.
 */
function quotesNothing(a: Attribution, runs: Int32Array, previousRuns: Int32Array | undefined): boolean {
  if (a.kind !== 'quote' || a.quoteRun < 0) return false;
  const tokens = a.sentence.tokens;
  // Only a whole sentence of the speaker's, opening the sentence: 'called it "the biggest win in a decade"' stays.
  if (wordCount(tokens, 0, a.content[0]) > 0) return false;
  for (let k = a.content[0]; k < a.content[1]; k++) if (isWord(tokens[k]) && runs[k] !== a.quoteRun) return false;
  // A quote of one sentence with no verb the tagger read may hold one it misread ("Gregg talks to a lot of
  // clubs"): its cue vouches for it, as it does not for the last of several sentences ("Not a call, nothing").
  const alone = !previousRuns?.includes(a.quoteRun);
  return (!alone || hasVerb(tokens, ...a.content)) && !asserts(tokens, a.content);
}

/** The attribution that names who speaks `a`: `a` itself, or the one a continued quote takes its speaker from. */
export function root(a: Attribution): Attribution {
  return a.speakerFrom ?? a;
}

function sameOrNextParagraph(a: Attribution, s: Sentence): boolean {
  return s.paragraph - a.sentence.paragraph <= 1;
}

/** A pronoun with its verb, which the tagger may read as one name ("I'm", "they’re"). */
const PRONOUN_WITH_VERB = /^(?:i|you|we|they|he|she|it|that|there|who|what)['’](?:m|re|s|ve|ll|d)$/;

/** Pronouns that after an order's verb are its object: "Ask them", "Leave it", "Tell her". */
const ORDERED_OBJECTS = new Set(['it', 'me', 'us', 'him', 'her', 'them']);

/** Endings of a verb that is not the bare form an order opens with ("Given that ..." is no order). */
const INFLECTED_VERB = /(?:s|ed|en|ing)$/;

/**
 * Does a quoted sentence state something? An order ("Leave the laptops", "Don't believe everything
 * you read"), thanks, words addressed to someone by name, words with no verb at all ("Sorry Tunde,
 * sorry to his family"), a verb phrase left to the sentence before ("Councils do not"), the speaker's
 * own intention ("I'll keep asking") or a consequence of a supposition ("That would help") assert nothing.
 * An order that leads into a statement ("Let's be very clear: it was ...") keeps it.
 */
function asserts(tokens: Token[], [a, b]: [number, number]): boolean {
  const said = tokens.slice(a, b);
  if (!hasVerb(tokens, a, b) && !said.some((t) => PRONOUN_WITH_VERB.test(t.lower)) && !verbReadOtherwise(tokens, a, b)) return false;
  const colon = said.findIndex((t) => t.text === ':');
  if (colon >= 0 && hasVerb(tokens, a + colon + 1, b)) return true;
  const first = tokens[a] as Token;
  // A pronoun right after the first word is its subject, whatever the tagger made of that word ("Then I'm ..."),
  // unless it can only be an object ("Ask them", "Tell me").
  const negated = first.lower === 'do' && (tokens[a + 1]?.lower === "n't" || tokens[a + 1]?.lower === 'not');
  const second = tokens[a + 1];
  const subjectNext = second?.pos === 'PRON' && !ORDERED_OBJECTS.has(second.lower);
  const bare = first.pos === 'VERB' && !INFLECTED_VERB.test(first.lower) && !subjectNext;
  const thanks = first.lower === 'thanks' || (first.lower === 'thank' && tokens[a + 1]?.lower === 'you');
  if ((negated || bare) && !joinsStatement(tokens, a, b)) return false;
  if (first.lower === 'please' || thanks || addressed(tokens, a, b)) return false;
  return !(elliptic(said) || ownIntention(said) || supposedOnly(said));
}

/**
 * "Take this bus away and half of them will lose their jobs", "Don't worry, I'm not leaving": an order joined
 * to a clause with a subject of its own states that clause. So does an order whose object it says is something:
 * "Don't let the perfect be the enemy of the good" ("Let them come and see" states nothing).
 */
function joinsStatement(tokens: Token[], a: number, b: number): boolean {
  const verb = tokens[a]?.pos === 'VERB' ? a : a + 2;
  for (let k = a + 1; k < b - 1; k++) {
    const joined = tokens[k - 1]?.text === ',' || tokens[k - 1]?.pos === 'CCONJ';
    if (joined && subjectWithVerbAt(tokens, k, b) >= 0) return true;
  }
  const objectVerb = tokens[verb + 1]?.pos === 'PRON' ? -1 : subjectWithVerbAt(tokens, verb + 1, b);
  return tokens[objectVerb]?.lower === 'be';
}

/** Parts of speech of a noun phrase standing as a subject: "the perfect", "half of them". */
const SUBJECT_PHRASE_WORDS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/** The verb of a subject opening at `from` ("I'm leaving", "they left", "the perfect be", "half of them will"), or -1. */
function subjectWithVerbAt(tokens: Token[], from: number, b: number): number {
  const first = tokens[from];
  if (!first) return -1;
  if (PRONOUN_WITH_VERB.test(first.lower)) return from;
  if (first.pos === 'PRON') return isVerb(tokens[from + 1]) ? from + 1 : -1;
  let k = from;
  while (k < b && (SUBJECT_PHRASE_WORDS.has(tokens[k]?.pos ?? '') || (k > from && tokens[k]?.lower === 'of') || (tokens[k - 1]?.lower === 'of' && tokens[k]?.pos === 'PRON'))) k++;
  return k > from && isVerb(tokens[k]) ? k : -1;
}

/** Negations that may follow the auxiliary an elliptic sentence ends on ("It isn't"). */
const NEGATIONS = new Set(['not', "n't", 'n\u2019t']);
/** Words that make a closing auxiliary part of a clause of their own: "It is what it is", "as fast as they can". */
const CLAUSE_WORDS = new Set(['what', 'who', 'whom', 'which', 'where', 'when', 'how', 'why', 'whatever', 'than', 'as', 'if']);

/**
 * "School boards do not", "But the voters can", "It isn't": the sentence ends on an auxiliary whose verb
 * phrase was said in the sentence before; it only answers that sentence. In "He is not a conservative and
 * never has been" the phrase left out is the sentence's own.
 */
function elliptic(said: Token[]): boolean {
  const words = said.filter(isWord);
  let last = words.length - 1;
  if (NEGATIONS.has(words[last]?.lower ?? '')) last--;
  if (words[last]?.pos !== 'AUX') return false;
  const conjoined = words.slice(1).some((t) => t.pos === 'CCONJ');
  return !conjoined && !words.some((t) => t.pos === 'VERB' || CLAUSE_WORDS.has(t.lower));
}

/** Forms of "will": with "I" before them, what the speaker means to do ("we will", a body's pledge, stays a claim). */
const WILL_FORMS = new Set(['will', "'ll", '\u2019ll', 'shall']);
/** Auxiliaries of what would follow were something so: "That would help", "This could settle it". */
const SUPPOSING_MODALS = new Set(['would', 'could', 'might']);
/** Pronouns that point back at something just said. */
const POINTING_PRONOUNS = new Set(['that', 'this']);

/** The first word of the sentence's clause, past a linking word ("But I'll ...", "And that would ..."). */
function clauseOpening(words: Token[]): number {
  return words[0]?.pos === 'CCONJ' ? 1 : 0;
}

/**
 * "I'll keep pulling the thread", "I'll be calling them tonight": the speaker's own intention. Where the speaker
 * says they will be ("I will be in my office on Monday") they foretell a state, which may be disputed.
 */
function ownIntention(said: Token[]): boolean {
  const words = said.filter(isWord);
  const k = clauseOpening(words);
  if (words[k]?.lower !== 'i' || !WILL_FORMS.has(words[k + 1]?.lower ?? '')) return false;
  const after = words[k + 3];
  return words[k + 2]?.lower !== 'be' || (after?.pos === 'VERB' && after.lower.endsWith('ing'));
}

/**
 * "That would narrow it down a lot": what would follow from something supposed, no fact of its own.
 * "That would be a false reason" judges it, and stays.
 */
function supposedOnly(said: Token[]): boolean {
  const words = said.filter(isWord);
  const k = clauseOpening(words);
  const pointing = POINTING_PRONOUNS.has(words[k]?.lower ?? '') && words[k]?.pos === 'PRON';
  return pointing && SUPPOSING_MODALS.has(words[k + 1]?.lower ?? '') && words[k + 2]?.lower !== 'be';
}

/** "That is simply wrong, Ms. Okafor": words turned to someone present by title and name answer them, they state nothing of their own. */
function addressed(tokens: Token[], a: number, b: number): boolean {
  let end = b;
  while (end > a && tokens[end - 1]?.pos === 'PUNCT') end--;
  let k = end;
  while (k > a && tokens[k - 1]?.pos === 'PROPN' && !isCourtesyTitle(tokens[k - 1]?.text ?? '')) k--;
  return k < end && k - 2 >= a && tokens[k - 2]?.text === ',' && isCourtesyTitle(tokens[k - 1]?.text ?? '');
}

/** The quoted token range of a sentence that is (mostly) a quote, or null. */
function quotedPart(runs: Int32Array): [number, number] | null {
  let a = -1;
  let b = -1;
  let quoted = 0;
  for (let k = 0; k < runs.length; k++) {
    if ((runs[k] ?? -1) >= 0) {
      if (a < 0) a = k;
      b = k + 1;
      quoted++;
    }
  }
  if (a < 0 || quoted * 2 < runs.length) return null;
  return [a, b];
}

