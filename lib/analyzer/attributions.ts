// Stage 2: attributions. In each sentence, find the reporting cues and split the sentence into
// who spoke (the source phrase) and what they said (the content): "X said (that) P", "P, X said",
// "P, said X", "according to X, P", "X's claim that P", "X said: "P..."", and quoted sentences
// that carry on a quote whose speaker was named earlier in the run.
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { mapQuotes, type QuoteMap } from './quotes';
import {
  CLAUSE_CUES,
  IDIOM_OBJECTS,
  NOMINAL_CUES,
  NON_ASSERTION_OBJECTS,
  OBJECT_CUES,
  PARTICIPLE_CUES,
  RECIPIENT_CUES,
} from './lexicon';
import {
  CLOSE_QUOTES,
  OPEN_QUOTES,
  STRAIGHT_QUOTES,
  appositiveEnd,
  clauseStart,
  isNounPhraseToken,
  isQuote,
  nounPhraseEndAfter,
  nounPhraseStartBefore,
  skipLead,
  subjectBefore,
} from './phrases';

export type AttributionKind = 'reported' | 'quote' | 'according' | 'nominal' | 'continued';

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
}

/** Fewest words a claim's content may have. */
const MIN_CONTENT_WORDS = 3;
/** How far after the cue a complementiser "that" may be ("said in a statement on Sunday that"). */
const THAT_WINDOW = 16;
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'late', 'early', 'earlier', 'last', 'this', 'next', 'again', 'repeatedly', 'publicly',
]);
const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s"]);
const NEGATIONS = new Set(['not', "n't", 'never']);
const IDIOM_LEADS = new Set(['needless', 'suffice', 'sad', 'safe', 'fair', 'hard', 'not', 'strange', 'truth', 'so']);
const COMPLEMENTISER = 'that';
/** Reporting verbs that may come before their subject: "..., said the minister." */
const INVERTIBLE = new Set([
  'said', 'says', 'added', 'adds', 'wrote', 'writes', 'asked', 'continued', 'explained', 'insisted', 'noted', 'recalled',
  'sighed', 'warned', 'argued', 'replied', 'countered', 'claimed', 'declared', 'stated', 'tweeted', 'posted', 'cautioned',
]);
const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whose']);
const NEGATIVE_SUBJECTS = new Set(['neither', 'nobody', 'none', 'no']);
/** "did not say whether ...", "asked if ...": a question, not a claim. */
const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'when', 'what', 'who', 'where', 'which']);
const NAMING_CUES = new Set(['called', 'calls', 'call', 'described', 'describes', 'dubbed', 'termed', 'branded']);
/** Third-person verbs the tagger may read as plural nouns ("Lumora's website claims it is ..."). */
const VERB_LIKE_NOUNS = new Set(['says', 'claims', 'denies', 'insists', 'warns', 'argues', 'alleges', 'reports', 'states', 'asserts', 'maintains', 'estimates', 'notes']);
const CLAUSE_OPENERS = new Set(['that', 'it', 'he', 'she', 'they', 'we', 'i', 'the', 'a', 'an', 'there', 'its', 'his', 'her', 'their', 'this', 'these', 'no']);

function isVerb(t: Token | undefined): boolean {
  return !!t && (t.pos === 'VERB' || t.pos === 'AUX');
}

function hasVerb(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isVerb(tokens[k])) return true;
  return false;
}

function isWord(t: Token | undefined): boolean {
  return !!t && t.pos !== 'PUNCT' && t.pos !== 'SYM';
}

function wordCount(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (isWord(tokens[k])) n++;
  return n;
}

/** Trim punctuation and quote marks from both ends of a token range. */
function trimRange(tokens: Token[], a: number, b: number): [number, number] {
  while (a < b && !isWord(tokens[a])) a++;
  while (b > a && !isWord(tokens[b - 1])) b--;
  return [a, b];
}

/** End of the clause starting at `from`: the next semicolon or the sentence end. */
function clauseEnd(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) if (tokens[k]?.text === ';') return k;
  return tokens.length;
}

/** Does a clause (a subject followed by a verb) start at `a`? "the bill would lower ...". */
function startsClause(tokens: Token[], a: number, b: number): boolean {
  let k = a;
  const limit = Math.min(b, a + 16);
  while (k < limit) {
    const t = tokens[k];
    if (!t) return false;
    if (isVerb(t)) return k > a && !(t.pos === 'VERB' && t.lower.endsWith('ing')) && tokens[k - 1]?.pos !== 'CCONJ';
    const after = tokens[k + 1];
    if (t.pos === 'ADP' && !isNounPhraseToken(after) && after?.pos !== 'ADV' && after?.pos !== 'NUM') return false;
    if (t.text === ',') {
      // ", the Batken Volunteer Guard," inside the subject.
      const close = appositiveEnd(tokens, k + 1, limit);
      if (close < 0) return false;
      k = close + 1;
      continue;
    }
    if (k > a && RELATIVE_WORDS.has(t.lower)) return true;
    if (isNounPhraseToken(t) || t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'ADV') {
      k++;
      continue;
    }
    return false;
  }
  return false;
}

/** Split "P, and that Q" / "P but that Q" into separate contents. */
function splitContents(tokens: Token[], a: number, b: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let from = a;
  for (let k = a + 1; k + 1 < b; k++) {
    const t = tokens[k];
    if (t && (t.lower === 'and' || t.lower === 'but') && tokens[k + 1]?.lower === COMPLEMENTISER) {
      parts.push([from, k]);
      from = k + 2;
      k++;
    }
  }
  parts.push([from, b]);
  return parts.map(([x, y]) => trimRange(tokens, x, y)).filter(([x, y]) => wordCount(tokens, x, y) >= MIN_CONTENT_WORDS);
}

/** The quoted stretch opening at `open`: up to its closing mark or the sentence end. */
function quotedStretch(tokens: Token[], open: number): [number, number] {
  let k = open + 1;
  while (k < tokens.length && !(CLOSE_QUOTES.has(tokens[k]?.text ?? '') || STRAIGHT_QUOTES.has(tokens[k]?.text ?? ''))) k++;
  return [open + 1, k];
}

/** Does the source phrase after an inverted cue ("..., said X, a Y.") run on with appositives? */
function invertedSourceEnd(tokens: Token[], start: number): number {
  let end = nounPhraseEndAfter(tokens, start, tokens.length);
  for (let guard = 0; guard < 3 && tokens[end]?.text === ','; guard++) {
    const next = tokens[end + 1];
    if (!next || next.pos === 'VERB' || next.lower.endsWith('ing')) break;
    const close = appositiveEnd(tokens, end + 1, tokens.length);
    if (close > 0) {
      end = close;
      continue;
    }
    // The appositive runs to the sentence end: "..., general secretary of the union."
    let k = end + 1;
    while (k < tokens.length && !isQuote(tokens[k]) && tokens[k]?.text !== '.' && tokens[k]?.text !== ';') k++;
    end = k;
    break;
  }
  return end;
}

interface Found {
  cue: string;
  source: [number, number] | null;
  contents: Array<[number, number]>;
  kind: AttributionKind;
}

function isIdiom(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  const next = tokens[i + 1];
  if (next && IDIOM_OBJECTS.has(next.lower)) return true;
  if (next?.lower === 'to' || next?.lower === 'so') return true; // "said to be", "said so"
  if (prev?.lower === 'to' && prev2 && IDIOM_LEADS.has(prev2.lower)) return true; // "needless to say"
  if (prev?.lower === COMPLEMENTISER && i === 1 && next?.text === ',') return true; // "That said,"
  if (prev2?.lower === 'as' && prev?.pos === 'PRON') return true; // "as they say"
  return false;
}

function isNegatedOrPassive(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = tokens[k];
    if (!t) break;
    if (NEGATIONS.has(t.lower)) return true;
    if (BE_FORMS.has(t.lower) && t.pos === 'AUX') return tokens[i + 1]?.lower !== 'by';
    if (t.pos !== 'ADV' && t.pos !== 'AUX') break;
  }
  return false;
}

/** "called it "the biggest win in a decade"": the quoted words are the claim. */
function naming(tokens: Token[], i: number): Found | null {
  const cue = tokens[i] as Token;
  const subject = subjectBefore(tokens, i, clauseStart(tokens, i, 0));
  if (!subject) return null;
  for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
    const t = tokens[k];
    if (!t || t.text === ',' || t.text === '.') return null;
    if (OPEN_QUOTES.has(t.text) || STRAIGHT_QUOTES.has(t.text)) {
      const contents = splitContents(tokens, ...quotedStretch(tokens, k));
      return contents.length ? { cue: cue.text, source: [subject.start, subject.end], contents, kind: 'quote' } : null;
    }
  }
  return null;
}

function reported(tokens: Token[], i: number, headline: boolean, previous: [number, number] | null): Found | null {
  const cue = tokens[i];
  if (!cue || isIdiom(tokens, i) || isNegatedOrPassive(tokens, i)) return null;
  // ", adding that ...", ", saying ...": the speaker of the clause before.
  if (previous && PARTICIPLE_CUES.has(cue.lower) && tokens[i - 1]?.text === ',') {
    let j = i + 1;
    if (tokens[j]?.lower === COMPLEMENTISER) j++;
    const contents = splitContents(tokens, j, clauseEnd(tokens, j));
    return contents.length ? { cue: cue.text, source: previous, contents, kind: 'reported' } : null;
  }
  const n = tokens.length;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const lo = clauseStart(tokens, i, 0);

  // Inverted: "P," said X / "P," said X, a Y.
  if (INVERTIBLE.has(cue.lower) && prev && (prev.text === ',' || isQuote(prev)) && next && isNounPhraseToken(next) && next.lower !== COMPLEMENTISER && hasVerb(tokens, lo, i)) {
    const end = invertedSourceEnd(tokens, i + 1);
    const after = tokens[end];
    if (end > i + 1 && (!after || after.text === '.' || after.text === ',' || isQuote(after) || after.text === ';')) {
      return { cue: cue.text, source: [i + 1, end], contents: contentBefore(tokens, lo, i), kind: 'reported' };
    }
  }

  const subject = subjectBefore(tokens, i, lo);
  if (!subject || NEGATIVE_SUBJECTS.has(tokens[subject.start]?.lower ?? '')) return null;

  // Forward: X said (that) P / X said: "P" / X told reporters (that) P
  let j = i + 1;
  if (RECIPIENT_CUES.has(cue.lower)) j = recipientEnd(tokens, j);
  let hasThat = false;
  for (let k = j; k < Math.min(n, j + THAT_WINDOW); k++) {
    const t = tokens[k];
    if (!t || t.text === ',' || isQuote(t) || t.text === ';' || t.text === '.') break;
    if (t.lower === COMPLEMENTISER) {
      const lead = tokens[j];
      if (k === j || (lead && (lead.pos === 'ADP' || lead.pos === 'ADV' || TIME_WORDS.has(lead.lower)))) {
        j = k + 1;
        hasThat = true;
      }
      break;
    }
  }
  if (!hasThat && tokens[j]?.text === ':') j++;
  if (!hasThat && tokens[j] && OPEN_QUOTES.has(tokens[j]?.text ?? '') || (!hasThat && STRAIGHT_QUOTES.has(tokens[j]?.text ?? ''))) {
    const [a, b] = quotedStretch(tokens, j);
    const contents = splitContents(tokens, a, b);
    if (contents.length) return { cue: cue.text, source: [subject.start, subject.end], contents, kind: 'quote' };
  }
  const end = clauseEnd(tokens, j);
  if (QUESTION_WORDS.has(tokens[j]?.lower ?? '') || opensWithNominal(tokens, j, end)) return null;
  const clause = hasThat || startsClause(tokens, j, end);
  const forwardOk = clause || objectContentOk(tokens, cue, j, end, headline);
  if (forwardOk && wordCount(tokens, j, end) >= MIN_CONTENT_WORDS && !IDIOM_OBJECTS.has(tokens[j]?.lower ?? '')) {
    // A headline's object runs to the next clause: "claims record output at X as row deepens".
    const contentEnd = headline && !clause ? headlineObjectEnd(tokens, j, end) : end;
    const contents = splitContents(tokens, j, contentEnd);
    if (contents.length) return { cue: cue.text, source: [subject.start, subject.end], contents, kind: 'reported' };
  }

  // Backward: P, X said. / "P," X said on Sunday.
  const before = tokens[subject.start - 1];
  if (!subject.fromClause && before && (before.text === ',' || isQuote(before))) {
    let restHasClause = false;
    for (let k = i + 1; k < end && tokens[k]?.text !== ','; k++) {
      const t = tokens[k];
      if (t?.pos === 'VERB' && !t.lower.endsWith('ing')) restHasClause = true;
    }
    if (!restHasClause || next?.text === ',') {
      const contents = contentBefore(tokens, lo, subject.start);
      // ", he said," in the middle: the whole clause around it is the content.
      if (next?.text === ',' && wordCount(tokens, i + 1, end) >= MIN_CONTENT_WORDS && !PARTICIPLE_CUES.has(tokens[i + 2]?.lower ?? '')) {
        const whole = trimRange(tokens, lo, end);
        return { cue: cue.text, source: [subject.start, subject.end], contents: [whole], kind: 'reported' };
      }
      if (contents.length) return { cue: cue.text, source: [subject.start, subject.end], contents, kind: 'reported' };
    }
  }
  return null;
}

/** End of the recipient after "told": "told reporters", "told the BBC", "told him" — a determiner opens the content. */
function recipientEnd(tokens: Token[], j: number): number {
  const first = tokens[j];
  if (!first || first.lower === COMPLEMENTISER) return j;
  if (first.pos === 'PRON') return j + 1;
  let k = j + 1;
  while (k < tokens.length && isNounPhraseToken(tokens[k]) && tokens[k]?.pos !== 'DET' && tokens[k]?.pos !== 'PRON') k++;
  return nounPhraseEndAfter(tokens, j, k);
}

/** Does the content open with a nominal claim ("an allegation by X that", "Y's claim that")? It is X's, not the subject's. */
function opensWithNominal(tokens: Token[], j: number, end: number): boolean {
  for (let k = j; k < Math.min(end, j + 6); k++) {
    const t = tokens[k];
    if (!t || t.text === ',') return false;
    if (NOMINAL_CUES.has(t.lower) && t.pos === 'NOUN') {
      const next = tokens[k + 1]?.lower;
      const prev = tokens[k - 1]?.lower ?? '';
      return next === 'by' || (next === COMPLEMENTISER && (prev === "'s" || prev === '\u2019s'));
    }
  }
  return false;
}

const HEADLINE_BREAKS = new Set(['as', 'while', 'amid', 'after', 'despite', 'but', 'though', 'although', ',', ';', ':']);

function headlineObjectEnd(tokens: Token[], j: number, end: number): number {
  for (let k = j + 1; k < end; k++) if (HEADLINE_BREAKS.has(tokens[k]?.lower ?? '')) return k;
  return end;
}

/** Content that precedes the source: the clause (or the quote) up to the comma or quote mark. */
function contentBefore(tokens: Token[], lo: number, sourceStart: number): Array<[number, number]> {
  let b = sourceStart;
  while (b > lo && !isWord(tokens[b - 1])) b--;
  let a = lo;
  // A quote that ends right before the source: take the quote, not what precedes it.
  const closing = tokens[sourceStart - 1];
  if (closing && isQuote(closing)) {
    let k = sourceStart - 2;
    while (k >= lo && !isQuote(tokens[k])) k--;
    if (k >= lo) a = k + 1;
    else a = lo;
    if (k >= lo && k > lo) {
      // Text before the opening quote belongs to the claim too ("Canberra "blocked ..."").
      const lead = skipLead(tokens, lo, k);
      if (lead < k && wordCount(tokens, lead, k) <= 4) a = lead;
    }
  } else a = skipLead(tokens, lo, b);
  return splitContents(tokens, a, b);
}

function objectContentOk(tokens: Token[], cue: Token, j: number, end: number, headline: boolean): boolean {
  if (!OBJECT_CUES.has(cue.lower) && !headline) return false;
  const objectEnd = nounPhraseEndAfter(tokens, j, end);
  if (objectEnd === j) return false;
  // The head noun decides: "claimed a 2-1 win" is no assertion, "claims record output" is.
  let head = objectEnd - 1;
  while (head > j && !(tokens[head]?.pos === 'NOUN' || tokens[head]?.pos === 'PROPN')) head--;
  if (NON_ASSERTION_OBJECTS.has(tokens[head]?.lower ?? '')) return false;
  if (!OBJECT_CUES.has(cue.lower)) return cue.lower === 'says' || cue.lower === 'claims' || cue.lower === 'claim';
  return true;
}

function according(tokens: Token[], i: number): Found | null {
  const n = tokens.length;
  const lo = clauseStart(tokens, i, 0);
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
  }
  if (!tokens.slice(s, e).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON')) return null;
  const source: [number, number] = [s, e];
  const atStart = skipLead(tokens, lo, i) === i || i === lo;
  if (atStart) {
    const contents = splitContents(tokens, e + 1, clauseEnd(tokens, e));
    return contents.length ? { cue: 'according to', source, contents, kind: 'according' } : null;
  }
  // ", which said ...": a relative clause about the source, not part of the claim.
  const relative = tokens[e]?.text === ',' && (tokens[e + 1]?.lower === 'which' || tokens[e + 1]?.lower === 'who');
  const restWords = relative ? 0 : wordCount(tokens, e, clauseEnd(tokens, e));
  if (tokens[i - 1]?.text === ',' && restWords === 0) {
    const contents = splitContents(tokens, skipLead(tokens, lo, i), i - 1);
    return contents.length ? { cue: 'according to', source, contents, kind: 'according' } : null;
  }
  const whole = trimRange(tokens, skipLead(tokens, lo, i), clauseEnd(tokens, e));
  return wordCount(tokens, whole[0], whole[1]) >= MIN_CONTENT_WORDS
    ? { cue: 'according to', source, contents: [whole], kind: 'according' }
    : null;
}

function nominal(tokens: Token[], i: number): Found | null {
  const n = tokens.length;
  const noun = tokens[i];
  if (!noun) return null;
  let source: [number, number] | null = null;
  let j = i + 1;
  const prev = tokens[i - 1];
  if (prev && (prev.lower === "'s" || prev.lower === '\u2019s' || prev.lower === '\u2019' || prev.lower === "'")) {
    const a = nounPhraseStartBefore(tokens, i - 1, 0);
    if (a < i - 1) source = [a, i - 1];
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
  if (!source || tokens[j]?.lower !== COMPLEMENTISER) return null;
  const contents = splitContents(tokens, j + 1, clauseEnd(tokens, j + 1));
  return contents.length ? { cue: noun.text, source, contents, kind: 'nominal' } : null;
}

function isCueVerb(tokens: Token[], i: number, headline: boolean): boolean {
  const t = tokens[i] as Token;
  if (!CLAUSE_CUES.has(t.lower)) return false;
  if (t.pos === 'VERB') return true;
  // "The Russian government claims that ...", "Farrow also alleged that ...": a verb the tagger
  // read as a noun or an adjective.
  let p = i - 1;
  while (tokens[p]?.pos === 'ADV') p--;
  const prev = tokens[p];
  const next = tokens[i + 1];
  if (!prev || !next || !(prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON')) return false;
  if (next.lower === COMPLEMENTISER && /(?:ed|s)$/.test(t.lower)) return true;
  if (VERB_LIKE_NOUNS.has(t.lower) && (CLAUSE_OPENERS.has(next.lower) || isQuote(next))) return true;
  return headline && (t.lower === 'says' || t.lower === 'claims' || t.lower === 'denies') && t.pos !== 'ADP';
}

function attributionsIn(s: Sentence, runs: Int32Array): Attribution[] {
  const tokens = s.tokens;
  const out: Attribution[] = [];
  const covered = new Uint8Array(tokens.length);
  let previous: [number, number] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || covered[i] || (runs[i] ?? -1) >= 0) continue;
    let found: Found | null = null;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') found = according(tokens, i);
    if (!found && NOMINAL_CUES.has(t.lower) && t.pos === 'NOUN') found = nominal(tokens, i);
    if (!found && isCueVerb(tokens, i, s.headline)) found = reported(tokens, i, s.headline, previous);
    if (!found && NAMING_CUES.has(t.lower) && t.pos === 'VERB') found = naming(tokens, i);
    if (!found) continue;
    previous = found.source;
    for (const content of found.contents) {
      for (let k = content[0]; k < content[1]; k++) covered[k] = 1;
      const inQuote = runs.slice(content[0], content[1]).find((r) => r >= 0);
      out.push({
        sentence: s,
        cue: found.cue,
        source: found.source,
        content,
        kind: found.kind === 'reported' && inQuote !== undefined ? 'quote' : found.kind,
        quoteRun: inQuote ?? -1,
      });
    }
  }
  return out;
}

/** Every attribution in the article, in reading order. */
export function findAttributions(sentences: Sentence[]): Attribution[] {
  const quotes: QuoteMap = mapQuotes(sentences);
  const perSentence = sentences.map((s) => attributionsIn(s, quotes.runOf[s.index] ?? new Int32Array(0)));
  // The speaker of each quote run: the first attribution that quotes from it.
  const speakerOfRun = new Map<number, Attribution>();
  for (const list of perSentence) for (const a of list) if (a.quoteRun >= 0 && !speakerOfRun.has(a.quoteRun)) speakerOfRun.set(a.quoteRun, a);
  // A run with no cue of its own continues the last speaker quoted in the same paragraph.
  let lastSpeaker: Attribution | undefined;
  const out: Attribution[] = [];
  sentences.forEach((s, idx) => {
    const own = perSentence[idx] ?? [];
    const runs = quotes.runOf[s.index] ?? new Int32Array(0);
    if (lastSpeaker && lastSpeaker.sentence.paragraph < s.paragraph - 1) lastSpeaker = undefined;
    if (own.length === 0) {
      const stretch = quotedPart(runs);
      if (stretch) {
        const run = runs[stretch[0]] ?? -1;
        const speaker = speakerOfRun.get(run) ?? (lastSpeaker && sameOrNextParagraph(lastSpeaker, s) ? lastSpeaker : undefined);
        const content = trimRange(s.tokens, stretch[0], stretch[1]);
        if (speaker && wordCount(s.tokens, content[0], content[1]) >= MIN_CONTENT_WORDS) {
          out.push({ sentence: s, cue: speaker.cue, source: null, content, kind: 'continued', speakerFrom: root(speaker), quoteRun: run });
        }
      }
    }
    for (const a of own) {
      out.push(a);
      if (a.quoteRun >= 0) lastSpeaker = a;
    }
  });
  return out;
}

function root(a: Attribution): Attribution {
  return a.speakerFrom ?? a;
}

function sameOrNextParagraph(a: Attribution, s: Sentence): boolean {
  return s.paragraph - a.sentence.paragraph <= 1;
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
