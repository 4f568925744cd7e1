// Stage 5, responses: finding the responses and who made them. A sentence with a stance (or a rival
// figure) is a response when its speaker answers someone else; this module says who responds, in
// which clause, and the words naming what is answered ("the union's claim").
import type { Sentence } from '../sentences';
import type { Stance, Party } from '../types';
import type { Asserted, AsserterResolver } from '../asserters';
import { mapped } from '../mapped';
import type { Token } from '../nlp';
import { ANAPHORIC_NOUNS, ANAPHORIC_DETERMINERS, DOCUMENT_NOUNS, RUMOUR_NOUNS, PhraseSet } from '../lexicon';
import { POSSESSIVE_MARKS, subjectBefore, nounPhraseEndAfter, type Subject } from '../phrases';
import { wordCount, isQuoted } from '../content';
import { beforeComma } from '../words';
import { type RivalFigure, rivalFigureIn } from './rival-figures';
import {
  REFUSAL_TOPICS,
  stanceChecks,
  REAFFIRMATION,
  reaffirmationAt,
  DEFENCE,
  defenceAt,
  type Stanced,
  stanceOf,
  agentAfter,
  FIRST_PERSON,
  OWN_WORDS,
  bothAccountsSubject,
  differingAccountAt,
  COPULAS,
} from './stance';
import { contentWords, VERB_TAGS, nameWords, stem } from './topic';

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
  /** "would fight the lawsuit": the responder answers what those who accused or sued it claimed of it. */
  defends?: boolean;
  /** "Police put the number at about 35,000": the rival figure a responder gives for what another side counted. */
  figure?: RivalFigure;
  /** "X did not respond, and Y declined to comment": the tokens of its own clause, when the sentence holds two responses. */
  clause?: [number, number];
  /** "On the requests to stop, Ashby was blunt. 'That is not what happened'": the words of the topic its paragraph opened with. */
  frame?: Set<string>;
}

/** Fewest words a sentence needs to report a response. */
const MIN_RESPONSE_WORDS = 3;
const HEADLINE_CLAUSE_ENDS = new Set([';', ',', '.', ':']);

/** "Harland Logistics declined to comment.": a refusal with no topic of its own. */
export function isBareRefusal(r: Response): boolean {
  return !r.sentence.tokens.slice(r.at).some((t) => REFUSAL_TOPICS.has(t.lower));
}

/** "said it does not comment on market rumours": which claims are themselves a refusal to answer (a refusal found inside them). */
export function refusalClaims(claims: readonly Asserted[], responses: readonly Response[]): boolean[] {
  const refusalsAt = new Map<Sentence, number[]>();
  for (const r of responses) if (r.stance === 'unconfirmed') refusalsAt.set(r.sentence, [...(refusalsAt.get(r.sentence) ?? []), r.at]);
  return mapped(claims, (c) => {
    const [a, b] = c.attribution.content;
    return (refusalsAt.get(c.attribution.sentence) ?? []).some((at) => a <= at && at < b);
  });
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
    const defended = keeps || !(checks & DEFENCE) ? -1 : defenceAt(s.tokens);
    const defends: Stanced | null = defended >= 0 ? { stance: 'denies', at: defended, passiveBy: false } : null;
    const st = statement ? (stanceOf(s.tokens, checks, inClaim) ?? keeps ?? defends) : null;
    if (!st) {
      // A figure is an answer only in a sentence that answers nothing otherwise, and outside what it claims:
      // "The hospital puts the number higher: it says 12 bodies ..." both claims and sets a figure against another.
      const rival = rivalFigureResponse(s, own, resolver);
      if (rival) out.push(rival);
      continue;
    }
    const first = responseOf(s, st, 0, own, resolver, reaffirmed);
    if (!first || reportsBacking(first, own)) continue;
    if (defended >= 0 && first.at === defended) first.defends = true;
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

/**
 * "Brandvold told supporters that former Gov. Weeks had endorsed him": backing by a party that
 * another speaker's claim names as the backer is that speaker's claim, not the party's answer.
 */
function reportsBacking(r: Response, own: readonly Asserted[]): boolean {
  if (r.stance !== 'supports' || !r.by) return false;
  const tokens = r.sentence.tokens;
  const byWords = nameWords(r.by.name);
  return own.some((a) => {
    const [from, to] = a.attribution.content;
    if (r.at < from || r.at >= to || a.asserter.name === r.by?.name) return false;
    const backer = subjectBefore(tokens, r.at, from);
    return !!backer && backer.start >= from && tokens.slice(backer.start, backer.end).some((t) => byWords.has(stem(t.lower)));
  });
}

/** "Police put the number at about 35,000": the answer a sentence makes by giving an actor's own figure, or null. */
function rivalFigureResponse(s: Sentence, own: readonly Asserted[], resolver: AsserterResolver): Response | null {
  const rival = rivalFigureIn(s.tokens);
  if (rival && own.some((a) => a.attribution.content[0] <= rival.at && rival.at < a.attribution.content[1])) return null;
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

/** "The hospital's account is markedly different.": the owner of an account said to differ is who answers, or null. */
function accountOwner(tokens: Token[], at: number): Subject | null {
  if (differingAccountAt(tokens) !== at || !COPULAS.has(tokens[at]?.lower ?? '')) return null;
  const owner = subjectBefore(tokens, at - 2, 0);
  return owner && owner.end === at - 2 ? owner : null;
}

/** The response a stance found in sentence `s` makes, its subject sought from token `lo` on. */
function responseOf(s: Sentence, st: Stanced, lo: number, own: readonly Asserted[], resolver: AsserterResolver, reaffirmed: number): Response | null {
  let by: Party | null = null;
  // A stance inside what someone is reported to say is theirs: "X said the accusation was false".
  const speaker = own.find((a) => a.attribution.content[0] <= st.at && st.at < a.attribution.content[1]);
  const ownSubject = accountOwner(s.tokens, st.at) ?? documentSender(s.tokens, st.at, lo) ?? subjectBefore(s.tokens, st.at, lo);
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
  } else if (ownSubject && !FIRST_PERSON.has(s.tokens[ownSubject.start]?.lower ?? '')) {
    // Outside a quote, "We have not been able to verify it" is the newsroom's own voice: no party answers.
    by = resolver.resolve(s, ownSubject.start, ownSubject.end)?.party ?? null;
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

/** Most tokens from the verb of sending to a document's naming word: "sent reporters a four-page memo calling". */
const SENT_DOCUMENT_REACH = 8;

/**
 * "the campaign had sent reporters a four-page memo calling the line 'a fabrication'": a document
 * whose words are the stance; who sent or issued it is the subject of the verb before it, or null.
 */
function documentSender(tokens: Token[], at: number, lo: number): { start: number; end: number } | null {
  if (!DOCUMENT_NOUNS.has(tokens[at - 1]?.lower ?? '') || !tokens[at]?.lower.endsWith('ing')) return null;
  for (let k = at - 2; k >= Math.max(lo, at - SENT_DOCUMENT_REACH); k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'VERB') return subjectBefore(tokens, k, lo);
    if (!(t.pos === 'NOUN' || t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'ADJ' || t.text === '-')) return null;
  }
  return null;
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
export function namesResponder(responder: ReadonlySet<string>, sentence: ReadonlySet<string>, c: Asserted): boolean {
  const asserter = nameWords(c.asserter.name);
  for (const w of responder) if (sentence.has(w) && !asserter.has(w)) return true;
  return false;
}

/** Words that end the clause a stance belongs to: "acknowledged the four cases but insisted that ...". */
const CLAUSE_BREAKS = new Set(['but', ';', 'while', 'although', 'whereas']);

/** Token range [start, end) of the clause holding token `at`. */
export function clauseOf(tokens: readonly Token[], at: number): [number, number] {
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
