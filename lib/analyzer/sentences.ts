// Stage 1: sentences. wink-nlp finds the boundaries; rules on its output repair the faults it
// is known for (a title or initial ending a "sentence", "the U.S. It said" kept together) and
// force a break at every line break. Each sentence knows its paragraph and whether it sits in
// the headline block above the body.
import aliases from './data/aliases.json';
import { readText, type Token } from './nlp';
import { INVERTIBLE_CUES } from './lexicon';
import { isCapitalised } from './words';
import { hasVerb, isDatelineDash, isVerb } from './phrases';
import { quotesAsRead } from './quote-marks';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  paragraph: number;
  /** In the headline / standfirst block at the top of the article. */
  headline: boolean;
}

/** Titles that end with a period but never end a sentence. */
const TITLE_ABBREVIATIONS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'sgt.', 'adm.', 'cmdr.',
  'sen.', 'rep.', 'gov.', 'pres.', 'rev.', 'hon.', 'ft.', 'mt.', 'no.', 'atty.', 'supt.', 'insp.', 'det.',
  'cpl.', 'pvt.', 'brig.', 'cdr.', 'vs.', 'v.', 'approx.', 'dept.',
]);
/** Abbreviations that may end a sentence ("... Haskins Jr. He said"), and initials. */
const TRAILING_ABBREVIATIONS = new Set(['jr.', 'sr.', 'inc.', 'co.', 'corp.', 'ltd.', 'st.', 'bros.']);
/** Words that commonly open a sentence after an abbreviation such as "U.S." or "Inc.". */
const SENTENCE_OPENERS = new Set([
  'it', 'he', 'she', 'they', 'we', 'i', 'the', 'this', 'that', 'these', 'those', 'but', 'and', 'in',
  'on', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'there', 'however', 'meanwhile', 'officials',
]);
const ABBREVIATION_WITH_DOTS = /^(?:[A-Za-z]\.){2,}$/;
const SHOUTED = /^\p{Lu}{2,}\.$/u;
const INITIAL = /^[A-Z]\.$/;
const LOWER_START = /^\p{Ll}/u;
const CONTINUING_PUNCT = /^[,;:)\]]/;
const LETTER_START = /^\p{L}/u;
const HEADLINE_MAX_TOKENS = 32;
/** Longest sentence the later stages see, in tokens; real sentences rarely pass 80. */
export const MAX_SENTENCE_TOKENS = 160;
const HEADLINE_MAX_PARAGRAPHS = 4;
const STANDFIRST_MAX_TOKENS = 20;

const NEWLINE = 10;

function startsParagraph(text: string, tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1];
  const cur = tokens[i];
  if (!prev || !cur) return false;
  for (let k = prev.end; k < cur.start; k++) if (text.charCodeAt(k) === NEWLINE) return true;
  return false;
}

/** Was the sentence ending at `last` cut after an abbreviation that does not end this sentence? */
function endsWithAbbreviation(tokens: Token[], last: number): boolean {
  const tok = tokens[last - 1];
  const next = tokens[last];
  if (!tok || !next) return false;
  // "Danish broadcaster DR. She said": a name in capitals, not the title "Dr.", before a sentence's opening word.
  if (TITLE_ABBREVIATIONS.has(tok.lower) && !(SHOUTED.test(tok.text) && SENTENCE_OPENERS.has(next.lower))) return true;
  // "Maj. Gen." opening a sentence: the tokenizer may split the title from its period.
  const word = tokens[last - 2];
  if (tok.text === '.' && word && word.end === tok.start && TITLE_ABBREVIATIONS.has(`${word.lower}.`)) return true;
  // A period with a letter right after it is inside an abbreviation the tokenizer split ("R-S.C.").
  if (tok.text.endsWith('.') && next.start === tok.end && LETTER_START.test(next.text)) return true;
  return (TRAILING_ABBREVIATIONS.has(tok.lower) || (INITIAL.test(tok.text) && !isLetterName(tokens, last - 1))) && !SENTENCE_OPENERS.has(next.lower);
}

/** "at 2.07am", "a 1.5 rise": the tokenizer cut a decimal point or a time's dot off the digits around it. */
function splitsNumber(tokens: Token[], last: number): boolean {
  const dot = tokens[last - 1];
  const before = tokens[last - 2];
  const after = tokens[last];
  return dot?.text === '.' && !!before && !!after && before.end === dot.start && dot.end === after.start && /\d$/.test(before.text) && /^\d/.test(after.text);
}

/** "E! News", "Yahoo! Finance": an exclamation mark glued to a single capital letter or a name in the alias data is part of the name. */
function endsWithNamedBang(tokens: Token[], last: number): boolean {
  const bang = tokens[last - 1];
  const word = tokens[last - 2];
  return bang?.text === '!' && !!word && word.end === bang.start && (SINGLE_CAPITAL.test(word.text) || BANG_NAMES.has(word.text));
}
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const BANG_NAMES: ReadonlySet<string> = new Set(aliases.bangNames);

/** "... posted it on X. Moretti wrote": a letter after a preposition is a name (the platform), not a person's initial. */
function isLetterName(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.text.length === 2 && tokens[k - 1]?.pos === 'ADP' && INITIAL.test(t.text);
}


/** A short "X said." cut off from the quote it closes. */
function isTrailingAttribution(tokens: Token[], prev: [number, number], next: [number, number]): boolean {
  const last = tokens[prev[1] - 1];
  const beforeLast = tokens[prev[1] - 2];
  if (!last || !beforeLast || !QUOTE_ENDS.has(last.text)) return false;
  if (!/^[?!.,]$/.test(beforeLast.text) || next[1] - next[0] > 14) return false;
  for (let k = next[0]; k < Math.min(next[1], next[0] + 8); k++) {
    // "X said on Monday." closes the quote; "X said the singer had not ..." is a sentence of its own.
    if (INVERTIBLE_CUES.has(tokens[k]?.lower ?? '')) return isSpeakerBefore(tokens, next[0], k) && !hasVerb(tokens, k + 1, next[1]);
  }
  return false;
}

const CLOSING_QUOTES = new Set(['"', "''", '\u201d']);
/** Marks that close a quote, single ones included: a lone single mark after a full stop is no apostrophe. */
const QUOTE_ENDS = new Set([...CLOSING_QUOTES, "'", '\u2019']);

const ASIDE_OPENERS = new Set([',', 'who', 'whose', 'which', 'that']);

/**
 * Is [from, cue) the speaker of the cue? A verb there outside an aside ("a neighbour, who saw it, said") makes the
 * cue part of a sentence of its own: "Police would not discuss what the note said."
 */
function isSpeakerBefore(tokens: Token[], from: number, cue: number): boolean {
  for (let k = from; k < cue; k++) {
    if (ASIDE_OPENERS.has(tokens[k]?.lower ?? '')) return true;
    if (isVerb(tokens[k])) return false;
  }
  return true;
}

/** Token indices after which a sentence must be cut ("... the U.S. It said ..."). */
function isHiddenBoundary(tokens: Token[], i: number): boolean {
  const tok = tokens[i];
  const next = tokens[i + 1];
  if (!tok || !next) return false;
  // "... shortly after 6 a.m. "Since March, ...": a quote opening a new sentence.
  const afterQuote = tokens[i + 2];
  const opening = afterQuote && next.start > tok.end && afterQuote.start === next.end;
  if (tok.text.endsWith('.') && (next.text === '"' || next.text === '\u201c') && opening && isCapitalised(afterQuote.text)) return true;
  if (!isCapitalised(next.text)) return false;
  if (tok.text === '.' || tok.text === '?' || tok.text === '!') return true;
  if (isLetterName(tokens, i)) return true;
  // "... would be sent in. Local media ...": the tokenizer's "in." (inches) only measures after a number.
  if (tok.lower === 'in.' && tokens[i - 1]?.pos !== 'NUM') return true;
  // '... mostly for her fans." Daly said ...': a quote closed after its full stop ends the sentence.
  if (CLOSING_QUOTES.has(tok.text) && /^[.?!]$/.test(tokens[i - 1]?.text ?? '') && next.start > tok.end) return true;
  // "Danish broadcaster DR. She said": a name in capitals the tokenizer kept with its full stop.
  return (ABBREVIATION_WITH_DOTS.test(tok.text) || TRAILING_ABBREVIATIONS.has(tok.lower) || SHOUTED.test(tok.text)) && SENTENCE_OPENERS.has(next.lower);
}


export function splitSentences(text: string): Sentence[] {
  const { tokens, sentences: raw } = readText(quotesAsRead(text));
  // Token ranges after the repairs.
  const ranges: Array<[number, number]> = [];
  for (const s of raw) {
    let from = s.first;
    for (let i = s.first; i < s.last; i++) {
      if (i > from && startsParagraph(text, tokens, i)) {
        ranges.push([from, i]);
        from = i;
      }
      if (isHiddenBoundary(tokens, i) && i + 1 < s.last) {
        ranges.push([from, i + 1]);
        from = i + 1;
      }
    }
    if (from < s.last) ranges.push([from, s.last]);
  }
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const prev = merged[merged.length - 1];
    const nextTok = tokens[range[0]];
    if (
      prev &&
      nextTok &&
      !startsParagraph(text, tokens, range[0]) &&
      ((endsWithAbbreviation(tokens, prev[1]) && isCapitalised(nextTok.text)) ||
        endsWithNamedBang(tokens, prev[1]) ||
        splitsNumber(tokens, prev[1]) ||
        isTrailingAttribution(tokens, prev, range) ||
        // A sentence never opens in lower case ("Reed (D-Nev.) told reporters") nor with a comma
        // or closing bracket ("Cummings (D-Md.), chair of ...").
        LOWER_START.test(nextTok.text) ||
        CONTINUING_PUNCT.test(nextTok.text))
    ) {
      prev[1] = range[1];
    } else merged.push([range[0], range[1]]);
  }

  const sentences: Sentence[] = [];
  let paragraph = -1;
  for (const [first, last] of boundedRanges(merged)) {
    const toks = tokens.slice(first, last);
    const head = toks[0];
    const tail = toks[toks.length - 1];
    if (!head || !tail) continue;
    if (startsParagraph(text, tokens, first)) paragraph++;
    sentences.push({
      index: sentences.length,
      start: head.start,
      end: tail.end,
      tokens: toks,
      paragraph: Math.max(paragraph, 0),
      headline: false,
    });
  }
  markHeadlines(sentences);
  return sentences;
}

/**
 * Cut overlong "sentences" (a list, a table, text without punctuation) into pieces, so that the
 * work done per sentence by later stages stays bounded.
 */
function boundedRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [first, last] of ranges) {
    for (let from = first; from < last; from += MAX_SENTENCE_TOKENS) out.push([from, Math.min(last, from + MAX_SENTENCE_TOKENS)]);
  }
  return out;
}

/** The leading paragraphs that are single short sentences without a dateline form the headline block. */
function markHeadlines(sentences: Sentence[]): void {
  let paragraph = 0;
  let i = 0;
  while (paragraph < HEADLINE_MAX_PARAGRAPHS) {
    const list: Sentence[] = [];
    while (sentences[i]?.paragraph === paragraph) list.push(sentences[i++] as Sentence);
    const only = list[0];
    if (list.length !== 1 || !only || only.tokens.length > HEADLINE_MAX_TOKENS || hasDateline(only)) return;
    // Below the title, a full sentence of some length, or one told in the past, is the lede, not a standfirst.
    const punctuated = only.tokens[only.tokens.length - 1]?.text === '.';
    if (paragraph > 0 && punctuated && (only.tokens.length > STANDFIRST_MAX_TOKENS || isToldInPast(only.tokens))) return;
    only.headline = true;
    paragraph++;
  }
}

/** Auxiliaries of a past or perfect verb: "Police have dismissed rumours", "The agency was told". */
const PAST_AUXILIARIES = new Set(['was', 'were', 'did']);
const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had']);
const PAST_FORM = /^\p{Ll}{2,}ed$/u;

/**
 * Headline-style standfirsts speak in the present ("Police say the bag was harmless"); a lede
 * tells what happened: its first verb is past or perfect ("Police in Ashford have dismissed ...",
 * "The regulator denied ...", "The council said on Monday ...").
 */
function isToldInPast(tokens: readonly Token[]): boolean {
  const at = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const verb = tokens[at];
  if (!verb) return false;
  // "Obama has an admirer": "has" as a verb of its own is present.
  if (PERFECT_AUXILIARIES.has(verb.lower)) return tokens.slice(at + 1, at + 4).some((t) => t.pos === 'VERB');
  return PAST_AUXILIARIES.has(verb.lower) || PAST_FORM.test(verb.text) || IRREGULAR_PASTS.has(verb.lower);
}

/** Common irregular past forms, of reporting verbs and of what ledes tell. */
const IRREGULAR_PASTS = new Set(['said', 'told', 'wrote', 'spoke', 'found', 'took', 'made', 'gave', 'came', 'went', 'saw', 'sent', 'held', 'left', 'brought', 'kept', 'struck', 'shot', 'fell', 'rose', 'won', 'lost']);

function hasDateline(s: Sentence): boolean {
  return s.tokens.slice(0, 10).some((_, k) => isDatelineDash(s.tokens, k));
}
