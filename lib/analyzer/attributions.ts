// Stage 2: attributions. In each sentence, find the reporting cues and split the sentence into
// who spoke (the source phrase) and what they said (the content): reported speech (see
// reported-speech.ts), "according to X, P", "X's claim that P", and quoted sentences that carry
// on a quote whose speaker was named earlier in the run or introduced before it ("X answered:").
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { mapQuotes, type QuoteMap } from './quotes';
import { NAMING_CUES, NOMINAL_CUES } from './lexicon';
import {
  appositiveEnd,
  clauseStart,
  isQuote,
  nounPhraseEndAfter,
  nounPhraseStartBefore,
  skipLead,
  subjectAt,
  subjectBefore,
} from './phrases';
import { COMPLEMENTISER, type Found, MIN_CONTENT_WORDS, clauseEnd, splitContents, trimRange, wordCount } from './content';
import { isCueVerb, naming, reported } from './reported-speech';

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
}

/** "According to X, P", "P, according to X", "The dam, according to X, could fail". */
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

/** "X's claim that P", "an allegation by X, a Y, that P". */
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
  } else if (prev && OWNER_PRONOUNS.has(prev.lower)) {
    // "his contention that P": the pronoun names the owner.
    source = [i - 1, i];
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
  if (!source || tokens[j]?.lower !== COMPLEMENTISER) return null;
  const contents = splitContents(tokens, j + 1, clauseEnd(tokens, j + 1));
  return contents.length ? { cue: noun.text, source, contents, kind: 'nominal' } : null;
}


const OWNER_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
/** Verbs that make a nominal claim their subject's: "made charges that", "repeated his claim that". */
const MAKING_VERBS = new Set(['made', 'make', 'makes', 'making', 'repeated', 'repeats', 'leveled', 'levelled', 'renewed', 'voiced', 'aired', 'reiterated', 'lodged']);

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
      if (stretch) {
        const run = runs[stretch[0]] ?? -1;
        const speaker = speakerOfRun.get(run) ?? (lastSpeaker && sameOrNextParagraph(lastSpeaker, s) ? lastSpeaker : undefined);
        const content = trimRange(s.tokens, stretch[0], stretch[1]);
        if (speaker && wordCount(s.tokens, content[0], content[1]) >= MIN_CONTENT_WORDS) {
          const continued: Attribution = { sentence: s, cue: speaker.cue, source: null, content, kind: 'continued', speakerFrom: root(speaker), quoteRun: run };
          out.push(continued);
          // The rest of the run, over later paragraphs, keeps this speaker.
          if (run >= 0 && !speakerOfRun.has(run)) speakerOfRun.set(run, continued);
          lastSpeaker = continued;
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

function introduction(s: Sentence): Attribution | null {
  const tokens = s.tokens;
  const subject = subjectAt(tokens, clauseStart(tokens, Math.min(tokens.length, 12), 0), tokens.length);
  if (!subject) return null;
  const verb = tokens[subject[1]]?.text === ',' ? tokens[subject[1] + 1] : tokens[subject[1]];
  if (!verb || verb.pos !== 'VERB') return null;
  const end = tokens.length - 1;
  return { sentence: s, cue: verb.text, source: subject, content: [end, end], kind: 'introduction', quoteRun: -1 };
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

