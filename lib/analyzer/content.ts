// What was said: token ranges of a claim's content within its sentence — trimming, splitting
// "P and that Q", finding the clause a cue introduces, the quoted stretch after a quote mark.
import type { Token } from './nlp';
import type { AttributionKind } from './attributions';
import { COMMENT_NOUNS, SPEAKER_PARTICIPLES } from './lexicon';
import { CLOSE_QUOTES, DASHES, STRAIGHT_QUOTES, appositiveEnd, hasVerb, isNounPhraseToken, isQuote, isVerb, nounPhraseEndAfter } from './phrases';

/** Fewest words a claim's content may have. */
export const MIN_CONTENT_WORDS = 3;
/** How far after the cue a complementiser "that" may be ("said in a statement on Sunday that"). */
export const THAT_WINDOW = 16;
/** How far into the content its verb may come ("his frequent invocation of his rural state ... was"). */
const CLAUSE_WINDOW = 24;
export const COMPLEMENTISER = 'that';
export const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whose']);
const DEMONSTRATIVES = new Set(['that', 'this', 'these', 'those', 'there']);
const INDEFINITE_SUBJECTS = new Set(['nobody', 'everybody', 'everyone', 'somebody', 'someone', 'anybody', 'anyone', 'everything', 'something']);

/** An attribution found in a sentence, before its speaker is resolved. */
export interface Found {
  cue: string;
  source: [number, number] | null;
  contents: Array<[number, number]>;
  kind: AttributionKind;
}

export function isWord(t: Token | undefined): boolean {
  return !!t && ((t.pos !== 'PUNCT' && t.pos !== 'SYM') || t.text === '%');
}

export function wordCount(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (isWord(tokens[k])) n++;
  return n;
}

/** Trim punctuation and quote marks from both ends of a token range. */
export function trimRange(tokens: Token[], a: number, b: number): [number, number] {
  while (a < b && !isWord(tokens[a])) a++;
  while (b > a && !isWord(tokens[b - 1])) b--;
  return [a, b];
}

/** End of the clause starting at `from`: the next semicolon or the sentence end. */
export function clauseEnd(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) if (tokens[k]?.text === ';') return k;
  return tokens.length;
}

/** Words of a noun phrase that opens a clause as its subject: "The second one", "Her older brother", "the $5 million". */
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'SYM']);
/** Objects a verb takes straight after it: "the pictures", "my wall", "them". */
const OBJECT_OPENERS = new Set(['DET', 'PRON', 'NUM']);

/**
 * "The second one shook the pictures off my wall", "the message concerned the scheduling of a briefing":
 * the tagger may read a past-tense verb as a noun or an adjective. Such a word right after the clause's
 * opening noun phrase and right before an object is its verb.
 */
export function verbReadOtherwise(tokens: Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b - 1; k++) {
    const t = tokens[k] as Token;
    if (!SUBJECT_WORDS.has(tokens[k - 1]?.pos ?? '')) return false;
    // A noun right after figures is their unit: "£41m a year".
    const unit = /\d/.test(tokens[k - 1]?.text ?? '');
    const misread = (t.pos === 'NOUN' && t.text === t.lower && !unit) || (t.pos === 'ADJ' && t.lower.endsWith('ed'));
    if (misread && k - 1 > a && OBJECT_OPENERS.has(tokens[k + 1]?.pos ?? '')) return true;
  }
  return false;
}

/** Most tokens inside a party tag: "(R)", "(D-Nev.)", "(R-S.C.)". */
const PARTY_TAG_WORDS = 5;

/** The ")" closing a party tag opened at `open`, or -1. */
function partyTagClose(tokens: Token[], open: number): number {
  for (let m = open + 1; m < Math.min(tokens.length, open + PARTY_TAG_WORDS + 2); m++) if (tokens[m]?.text === ')') return m;
  return -1;
}

/** Is "to" at `k` an infinitive after the subject's noun ("the plan to close"), not a verb of its own? */
function nounsInfinitive(tokens: Token[], k: number, a: number): boolean {
  return k > a && tokens[k]?.lower === 'to' && tokens[k - 1]?.pos === 'NOUN' && tokens[k + 1]?.pos === 'VERB';
}

/** Does a clause (a subject followed by a verb) start at `a`? "the bill would lower ...". */
export function startsClause(tokens: Token[], a: number, b: number): boolean {
  if (verbReadOtherwise(tokens, a, b)) return true;
  let k = a;
  const limit = Math.min(b, a + CLAUSE_WINDOW);
  while (k < limit) {
    const t = tokens[k];
    if (!t) return false;
    const after = tokens[k + 1];
    // Gerunds and participles inside the subject: "the key to Republicans' taking the White House".
    if (t.pos === 'VERB' && (t.lower.endsWith('ing') || (k === a && t.lower.endsWith('ed') && after?.pos === 'NOUN'))) {
      k++;
      continue;
    }
    if (isVerb(t)) return k > a && tokens[k - 1]?.pos !== 'CCONJ';
    // "the decision to skip the port had been ...": a noun's infinitive belongs to the subject.
    if (nounsInfinitive(tokens, k, a)) {
      k += 2;
      continue;
    }
    // "said that was a mistake", "said there had been one attacker": a demonstrative or "there" as subject.
    if (k === a && (t.pos === 'PRON' || t.pos === 'ADV') && DEMONSTRATIVES.has(t.lower) && isVerb(after)) return true;
    // "said nobody had been hurt", "said everyone on board was safe": an indefinite pronoun heads the subject.
    if (k === a && INDEFINITE_SUBJECTS.has(t.lower)) {
      k++;
      continue;
    }
    // 'the cut of "Northern Lights Road" was cleared': a quoted title after the preposition.
    if (t.pos === 'ADP' && !isNounPhraseToken(after) && after?.pos !== 'ADV' && after?.pos !== 'NUM' && !isQuote(after) && !amountAt(tokens, k + 1)) return false;
    if (DASHES.has(t.text) && k > a) {
      // "closed primaries -- those open only to registered Democrats -- deny ...".
      let close = k + 1;
      while (close < limit && !DASHES.has(tokens[close]?.text ?? '')) close++;
      if (close >= limit) return false;
      k = close + 1;
      continue;
    }
    if (t.text === ',') {
      // ", the Batken Volunteer Guard," or ", in 2023," inside the subject.
      const close = Math.max(
        appositiveEnd(tokens, k + 1, limit),
        asideEnd(tokens, k + 1, limit),
        participleAsideEnd(tokens, k + 1, limit),
        conditionAsideEnd(tokens, k + 1, limit),
      );
      if (close < 0) return false;
      k = close + 1;
      continue;
    }
    if (k > a && RELATIVE_WORDS.has(t.lower)) return true;
    // "said Secretary of State Craig Whitcomb (R) removed ...": a party tag after a name.
    const tag = t.text === '(' && k > a ? partyTagClose(tokens, k) : -1;
    if (tag > 0) {
      k = tag + 1;
      continue;
    }
    // "said the $5 million came from ...", "households making under $150,000 could": a currency sign after an article or a preposition.
    const amount = (tokens[k - 1]?.pos === 'DET' && t.pos === 'SYM') || (tokens[k - 1]?.pos === 'ADP' && amountAt(tokens, k));
    if (isNounPhraseToken(t) || isQuote(t) || t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'ADV' || amount || t.lower === 'than') {
      k++;
      continue;
    }
    return false;
  }
  return false;
}

/** A currency sign and its figure at `k`: "$150,000", "£2m". */
function amountAt(tokens: Token[], k: number): boolean {
  return tokens[k]?.pos === 'SYM' && tokens[k + 1]?.pos === 'NUM';
}

/**
 * End (the closing comma) of a participle's aside starting at `start` (after a comma) when the subject's verb
 * follows it: "the water tower, erected in 1971, had failed"; or -1.
 */
function participleAsideEnd(tokens: Token[], start: number, hi: number): number {
  if (tokens[start]?.pos !== 'VERB') return -1;
  // The verb after the closing comma vouches for the aside, so it may run longer than a document's:
  // "its air monitors, set up at three points downwind of the plant since about 6:45 p.m., have detected".
  for (let k = start + 1; k < Math.min(hi, start + 2 + SUBJECT_ASIDE_WORDS); k++) {
    const t = tokens[k] as Token;
    if (t.text === ',') return k > start + 1 && isVerb(tokens[k + 1]) ? k : -1;
    if (isVerb(t) || isQuote(t) || t.pos === 'CCONJ' || (t.pos === 'PUNCT' && !isNounPhraseToken(t))) return -1;
  }
  return -1;
}

/** Most words of a participle's aside inside a subject ("the truck, operated by ground-services contractor AeroServe,"). */
const SUBJECT_ASIDE_WORDS = 12;

/** The comma closing a short participle phrase starting at `start` (after a comma): ", filed in circuit court,"; or -1. */
export function participleAsideClose(tokens: Token[], start: number, hi: number): number {
  if (tokens[start]?.pos !== 'VERB') return -1;
  for (let k = start + 1; k < Math.min(hi, start + 2 + ASIDE_WORDS); k++) {
    const t = tokens[k] as Token;
    if (t.text === ',') return k > start + 1 ? k : -1;
    if (!isNounPhraseToken(t) && t.pos !== 'ADP') return -1;
  }
  return -1;
}

/** Most words of a prepositional aside inside a subject: ", in its 2023 review,". */
const ASIDE_WORDS = 5;

/** End (the closing comma) of a prepositional aside starting at `start` (after a comma): ", in 2023,"; or -1. */
function asideEnd(tokens: Token[], start: number, hi: number): number {
  if (tokens[start]?.pos !== 'ADP') return -1;
  let joined = false;
  for (let k = start + 1; k < Math.min(hi, start + 1 + ASIDE_WORDS); k++) {
    const t = tokens[k] as Token;
    // ", after rebates and discounts, had fallen": two nouns joined need the subject's verb right after the aside.
    if (t.text === ',') return k > start + 1 && (!joined || isVerb(tokens[k + 1])) ? k : -1;
    joined ||= t.pos === 'CCONJ';
    if (!isNounPhraseToken(t) && t.pos !== 'CCONJ') return -1;
  }
  return -1;
}

/** Conjunctions opening a short condition with no verb of its own: ", if accurate,", ", though unconfirmed,". */
const CONDITION_OPENERS = new Set(['if', 'unless', 'though', 'although', 'once', 'when', 'while']);
/** Most words of such a condition after its conjunction (", if confirmed by the auditors," is a clause of the claim). */
const CONDITION_WORDS = 3;

/** End (the closing comma) of a verbless condition starting at `start` (after a comma): ", if accurate,", ", if true,"; or -1. */
function conditionAsideEnd(tokens: Token[], start: number, hi: number): number {
  if (!CONDITION_OPENERS.has(tokens[start]?.lower ?? '')) return -1;
  for (let k = start + 1; k < Math.min(hi, start + 2 + CONDITION_WORDS); k++) {
    const t = tokens[k] as Token;
    if (t.text === ',') return k > start + 1 ? k : -1;
    // "accurate", "true", "confirmed", "still": words describing the claim, not a subject and verb.
    const describing = t.pos === 'ADJ' || t.pos === 'ADV' || (t.pos === 'VERB' && t.lower.endsWith('ed'));
    if (!describing) return -1;
  }
  return -1;
}

/** Words that open a phrase about some of what was just counted: "many of them", "most of whom". */
const PART_QUANTIFIERS = new Set(['many', 'most', 'some', 'all', 'several', 'half', 'none']);

/**
 * "removed 61,000 registrations, many of them belonging to voters who had skipped two elections": a
 * phrase saying something of part of what was counted, with a participle of its own, is a second claim.
 */
function opensPartOf(tokens: Token[], k: number): boolean {
  const rest = tokens[k + 2]?.lower;
  return PART_QUANTIFIERS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'of' && (rest === 'them' || rest === 'whom') && isVerb(tokens[k + 3]);
}

/**
 * Does the "that" after "and" / "but" open a second content? Not when it points back: "and that's why they
 * bother him", "and that was unfair", nor, in the speaker's own words, "and that family was humiliated".
 */
function opensSecondContent(tokens: Token[], k: number): boolean {
  const that = tokens[k];
  const next = tokens[k + 1];
  if (that?.lower !== COMPLEMENTISER) return false;
  // The tagger also calls "that" a pronoun before a quote mark, "doing so" or "calls on the east side took":
  // only an auxiliary after it ("that's", "that was") shows one.
  if (that.pos === 'PRON' && next?.pos === 'AUX') return false;
  const demonstrative = that.pos === 'DET' && next?.pos === 'NOUN' && !next.lower.endsWith('s');
  return !(demonstrative && isQuoted(tokens, 0, k));
}

/** Split "P, and that Q" / "P but that Q", and "P, many of them Q-ing" into separate contents. */
export function splitContents(tokens: Token[], a: number, b: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let from = a;
  for (let k = a + 1; k + 1 < b; k++) {
    const t = tokens[k];
    if (t && (t.lower === 'and' || t.lower === 'but') && opensSecondContent(tokens, k + 1)) {
      parts.push([from, k]);
      from = k + 2;
      k++;
    } else if (t?.text === ',' && opensPartOf(tokens, k + 1)) {
      parts.push([from, k]);
      from = k + 1;
    }
  }
  parts.push([from, b]);
  return parts.map(([x, y]) => trimRange(tokens, x, withoutCircumstance(tokens, x, withoutComment(tokens, x, y)))).filter(([x, y]) => wordCount(tokens, x, y) >= MIN_CONTENT_WORDS);
}

/** Words around "as" that make it a comparison ("the same as", "as high as", "by as much as"), not a clause of time. */
const COMPARISON_WORDS = new Set(['same', 'much', 'many', 'well', 'soon', 'long', 'far', 'such', 'just']);
/** "as it does after every siege", "as it has done before": a clause standing in for the one before it. */
const DO_FORMS = new Set(['do', 'does', 'did', 'done', 'doing']);

/**
 * End of a content without a closing "as"-clause that tells what else was happening: "they were trapped
 * against locked gates as a crowd surge tore through the concert" (the writer's circumstance, not the
 * claim). The clause needs a subject, a verb and more after it: "as the climate warms" and "as the law
 * requires" stay, as do comparisons and "described as", "known as".
 */
function withoutCircumstance(tokens: Token[], a: number, b: number): number {
  for (let k = a + 1; k < b - 1; k++) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1] as Token;
    // "but as the minority party they cannot ...": a reason joined to what was said is part of it.
    if (t.lower !== 'as' || isQuoted(tokens, a, k) || prev.pos === 'VERB' || prev.pos === 'ADV' || prev.pos === 'CCONJ' || COMPARISON_WORDS.has(prev.lower)) continue;
    if (wordCount(tokens, a, k) < MIN_CONTENT_WORDS || !hasVerb(tokens, a, k) || tokens.slice(a, k).some((x) => x.lower === 'as')) continue;
    if (circumstanceAt(tokens, k + 1, b)) return k;
  }
  return b;
}

/** Does a clause with a subject, a finite verb and words after the verb run from `from` to `b`? */
function circumstanceAt(tokens: Token[], from: number, b: number): boolean {
  const first = tokens[from];
  // The subject opens with an article, a pronoun, a name or a plural: "as part of a planned shutoff" is no clause.
  const subject = first?.pos === 'DET' || first?.pos === 'PRON' || first?.pos === 'PROPN' || (first?.pos === 'NOUN' && first.lower.endsWith('s'));
  if (!first || !subject || COMPARISON_WORDS.has(first.lower)) return false;
  const verb = nounPhraseEndAfter(tokens, from, b);
  const v = tokens[verb];
  if (verb === from || !isVerb(v) || v?.lower.endsWith('ing') || DO_FORMS.has(v?.lower ?? '')) return false;
  let after = verb + 1;
  while (isVerb(tokens[after])) after++;
  return !tokens.slice(verb, after).some((x) => DO_FORMS.has(x.lower)) && wordCount(tokens, after, b) >= 2;
}

/** How many words may come between the article and the noun of a comment (", the first official estimate since"). */
const COMMENT_REACH = 4;

/**
 * End of a content without its trailing comment on the whole clause: ", a narrative that was
 * echoed by X", ", the first time the company has ...", or the speaker's own act ", citing staff
 * shortages". An appositive about the last noun (", a town that Ukraine had captured") stays.
 */
function withoutComment(tokens: Token[], a: number, b: number): number {
  for (let k = a + 1; k < b - 1; k++) {
    if (tokens[k]?.text !== ',' || isQuoted(tokens, a, k)) continue;
    const next = tokens[k + 1] as Token;
    if (SPEAKER_PARTICIPLES.has(next.lower) && wordCount(tokens, a, k) >= MIN_CONTENT_WORDS) return k;
    if (next.lower !== 'a' && next.lower !== 'an' && next.lower !== 'the') continue;
    for (let m = k + 2; m < Math.min(b, k + 2 + COMMENT_REACH); m++) {
      const t = tokens[m] as Token;
      if (t.text === ',' || isVerb(t)) break;
      if (COMMENT_NOUNS.has(t.lower) && t.pos === 'NOUN' && wordCount(tokens, a, k) >= MIN_CONTENT_WORDS) return k;
    }
  }
  return b;
}

/** Is token `k` inside a quotation that opened after `a`? A comment inside the speaker's own words is theirs. */
export function isQuoted(tokens: readonly Token[], a: number, k: number): boolean {
  let open = false;
  for (let m = a; m < k; m++) if (isQuote(tokens[m])) open = !open;
  return open;
}

/** The quoted stretch opening at `open`: up to its closing mark or the sentence end. */
export function quotedStretch(tokens: Token[], open: number): [number, number] {
  let k = open + 1;
  while (k < tokens.length && !(CLOSE_QUOTES.has(tokens[k]?.text ?? '') || STRAIGHT_QUOTES.has(tokens[k]?.text ?? ''))) k++;
  return [open + 1, k];
}

