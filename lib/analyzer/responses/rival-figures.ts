// Stage 5, responses: rival figures. "Police put the number at about 35,000": the figure a responder
// sets against another side's, whether a claim counts the same thing otherwise, and whether a
// claim gives a number or counts casualties.
import type { Token } from '../nlp';
import { CASUALTY_WORDS } from '../lexicon';
import type { Asserted } from '../asserters';
import { PASSIVE_AUXILIARIES, COPULAS } from './stance';
import { stem, contentWords, topicStem, countOf } from './topic';

/** A figure a responder sets against another side's: how many, and the noun it was put for ("the number", "the crowd"), if any. */
export interface RivalFigure {
  count: number;
  noun: string | null;
}

/** Verbs that put a figure on something: "put the number at 1,100", "estimated the crowd at 35,000". */
const FIGURE_PUTTING = new Set(['put', 'puts', 'placed', 'places', 'estimated', 'estimates', 'pegged', 'pegs']);
/** Verbs that give a figure as their object: "counted about 35,000". */
const FIGURE_COUNTING = new Set(['counted', 'counts']);
/** Words that put a figure above or below another's, the figure itself told after: "puts the number higher: it says 12 bodies". */
const FIGURE_COMPARED = new Set(['higher', 'lower']);
/** Most tokens between "put" and its "at": "put the total number at". */
const FIGURE_AT_REACH = 5;
/** Most tokens between the verb (or its "at") and the figure: "counted barely a sixth of that, about 35,000". */
const RIVAL_COUNT_REACH = 8;
/** Words that multiply the figure before them: "1.2 million". */
const MULTIPLIERS: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** The number a token gives, in digits or in words ("35,000", "1.2" of "1.2 million", "nine", "a dozen"), or NaN. */
function figureAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t) return NaN;
  const written = t.lower === 'dozen' && tokens[k - 1]?.lower === 'a' ? '12' : countOf(t);
  if (written === undefined || !/^\d[\d,]*(?:\.\d+)?$/.test(written)) return NaN;
  return Number(written) * (MULTIPLIERS[tokens[k + 1]?.lower ?? ''] ?? 1);
}

/** The first figure from token `from` on, within `reach` tokens and before the sentence's end. */
function firstFigure(tokens: readonly Token[], from: number, reach: number): number {
  for (let k = from; k < Math.min(tokens.length, from + reach); k++) {
    if (tokens[k]?.text === '.' || tokens[k]?.text === ';') break;
    const n = figureAt(tokens, k);
    if (!Number.isNaN(n)) return n;
  }
  return NaN;
}

/** "Police put the number at about 35,000", "police counted about 35,000": the verb giving a figure of its own, and the figure; null if none. */
export function rivalFigureIn(tokens: readonly Token[]): { at: number; figure: RivalFigure } | null {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // "were counted": a passive names what was counted, not who counted it.
    if (t.pos !== 'VERB' || PASSIVE_AUXILIARIES.has(tokens[k - 1]?.lower ?? '') || COPULAS.has(tokens[k - 1]?.lower ?? '')) continue;
    if (FIGURE_COUNTING.has(t.lower)) {
      const count = firstFigure(tokens, k + 1, RIVAL_COUNT_REACH);
      if (!Number.isNaN(count)) return { at: k, figure: { count, noun: null } };
    }
    if (!FIGURE_PUTTING.has(t.lower)) continue;
    const at = tokens.slice(k + 1, k + 1 + FIGURE_AT_REACH).findIndex((x) => x.lower === 'at' || FIGURE_COMPARED.has(x.lower) || x.pos === 'PUNCT') + k + 1;
    if (at <= k || (tokens[at]?.lower !== 'at' && !FIGURE_COMPARED.has(tokens[at]?.lower ?? ''))) continue;
    const count = firstFigure(tokens, at + 1, RIVAL_COUNT_REACH);
    const noun = tokens.slice(k + 1, at).filter((x) => x.pos === 'NOUN').pop()?.lower ?? null;
    if (!Number.isNaN(count)) return { at: k, figure: { count, noun } };
  }
  return null;
}

export const FIGURE_NOUNS = new Set(['figure', 'figures', 'number', 'numbers', 'estimate', 'estimates', 'toll', 'count', 'casualty']);
const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)\b/i;

export function hasNumber(s: string): boolean {
  return NUMBER.test(s);
}

const CASUALTY_STEMS = new Set([...CASUALTY_WORDS].map(stem));

export function countsCasualties(words: Set<string> | undefined): boolean {
  for (const w of words ?? []) if (CASUALTY_STEMS.has(w)) return true;
  return false;
}

/** Nouns a rival figure may be put for whatever the other side counted: "put the number at", "estimated the crowd at". */
const ANY_COUNT_NOUNS = new Set(['number', 'figure', 'total', 'count', 'tally', 'toll', 'estimate', 'crowd', 'turnout', 'attendance']);

/** Most times one figure may be the other for both to count the same thing: 35,000 against 200,000, not "five days" against 1,100 trucks. */
const RIVAL_FIGURE_RATIO = 10;
/** Fewest times one figure must be the other to set itself against it: $30 million against $31 million agrees. */
const AGREEING_FIGURE_RATIO = 1.25;

/** The figures, in digits or words, a claim gives. */
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
export function countsOtherwise(c: Asserted, figure: RivalFigure): boolean {
  const [a, b] = c.attribution.content;
  if (figure.noun && !ANY_COUNT_NOUNS.has(figure.noun) && !contentWords(c.attribution.sentence.tokens, a, b).has(topicStem(figure.noun))) return false;
  return figuresOf(c).some((n) => {
    const ratio = Math.max(n, figure.count) / Math.min(n, figure.count);
    return ratio >= AGREEING_FIGURE_RATIO && ratio <= RIVAL_FIGURE_RATIO;
  });
}
