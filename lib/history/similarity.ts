// Whether two claims say the same thing in different words. Pure: text in, numbers out.
//
// A claim's core (its first clause, see claimCore) becomes a set of word shingles: content words, lower-cased, lightly stemmed, with
// synonyms and number words folded together ("retook" and "regained control" → recapture,
// "two" → 2). Words that name who acts (capitalised names, "troops", "ministry") count once and
// the words that say what happened count twice, so two claims about the same actor doing
// different things stay apart. Similarity is the Jaccard index of those weighted sets; claims
// with different numbers, opposite polarity ("were not encircled") or different events
// ("captured" vs "withdrew from") never match.
// MinHash signatures estimate that index, and their LSH bands let the repository find the few
// groups worth comparing without reading them all.
import lexicon from './data/similarity-lexicon.json';

export interface ClaimFeatures {
  /** Weighted word shingles: a word that says what happened appears as `word` and `word#2`. */
  shingles: string[];
  /** The numbers the claim states, normalised to digits, sorted. */
  numbers: string[];
  /** What happened, as the lexicon's event words ("recapture", "withdraw"), sorted. */
  events: string[];
  /** Whether the claim is negated ("were not encircled"). */
  negated: boolean;
}

/**
 * A side as claims are keyed and matched by: any case, no spaces around, each run of white space
 * one space — so a side key never holds the line break a claim key puts after it.
 */
export function sideKey(side: string): string {
  return side.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Two claims this similar (or more) are the same claim. */
export const MATCH_THRESHOLD = 0.5;
/** MinHash signature length: BANDS × ROWS. */
export const BANDS = 10;
export const ROWS = 2;
export const SIGNATURE_LENGTH = BANDS * ROWS;

const STOPWORDS = new Set(lexicon.stopwords);
const NEGATIONS = new Set(lexicon.negations);
const NUMBER_WORDS = new Map(Object.entries(lexicon.numbers));
const ACTORS = new Set(lexicon.actors);
const EVENTS = new Set(lexicon.events);
const SYNONYMS = new Map<string, string>();
for (const [canonical, forms] of Object.entries(lexicon.synonyms)) {
  for (const form of forms) SYNONYMS.set(form, canonical);
}
// Multi-word forms, longest first, as token sequences.
const PHRASES = [...Object.entries(lexicon.phrases), ...[...NUMBER_WORDS].filter(([words]) => words.includes(' '))]
  .map(([words, canonical]) => ({ words: words.split(/[\s-]+/), canonical: canonical.split(' ') }))
  .sort((a, b) => b.words.length - a.words.length);

interface Token {
  word: string;
  /** Written with a capital inside the text: a name, so it says who rather than what. */
  name: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*|n['’]t/gu;
  for (const match of text.normalize('NFKC').matchAll(pattern)) {
    const raw = match[0];
    // "didn't" → "did" + "n't"; a possessive "Russia's" → "russia".
    const parts = raw.toLowerCase().replace(/[’]/g, "'").replace(/n't$/, " n't").replace(/'s$/, '').split(' ');
    const name = /^\p{Lu}/u.test(raw);
    for (const word of parts) tokens.push({ word, name });
  }
  return tokens;
}

function replacePhrases(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    const phrase = PHRASES.find(({ words }) => words.every((word, k) => tokens[i + k]?.word === word));
    if (phrase) {
      for (const word of phrase.canonical) out.push({ word, name: false });
      i += phrase.words.length;
    } else {
      out.push(tokens[i]!);
      i += 1;
    }
  }
  return out;
}

/** A light suffix stripper: enough to fold plurals and tenses of regular words together. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3).replace(/(.)\1$/, '$1');
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2).replace(/(.)\1$/, '$1').replace(/i$/, 'y');
  if (/(?:s|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

function canonicalWord(word: string): string {
  const number = NUMBER_WORDS.get(word);
  if (number) return number;
  if (/^\d[\d,.]*$/.test(word)) return word.replace(/,/g, '');
  return SYNONYMS.get(word) ?? stem(word);
}

/**
 * The claim's core: its first clause, when that says enough on its own. Outlets append different
 * context to the same claim ("…near Sudzha, a town Ukraine captured last summer"), and the
 * analyzer keeps it in the claim's text.
 */
export function claimCore(text: string): string {
  const [first = text] = text.split(/\s*(?:[,;:()\u2013\u2014]|\s-\s)\s*|\s+(?:as|while|after|before|because|although|amid|despite)\s+/i);
  const contentWords = tokenize(first).filter(({ word }) => !STOPWORDS.has(word) && !NEGATIONS.has(word));
  return contentWords.length >= 3 ? first : text;
}

/** The features that claim matching compares. */
export function claimFeatures(text: string): ClaimFeatures {
  const shingles = new Set<string>();
  const numbers = new Set<string>();
  const events = new Set<string>();
  let negated = false;
  for (const { word, name } of replacePhrases(tokenize(claimCore(text)))) {
    if (NEGATIONS.has(word)) {
      negated = true;
      continue;
    }
    if (STOPWORDS.has(word)) continue;
    const canonical = canonicalWord(word);
    const isNumber = /^\d/.test(canonical);
    if (isNumber) numbers.add(canonical);
    if (EVENTS.has(canonical)) events.add(canonical);
    shingles.add(canonical);
    if (isNumber || !(name || ACTORS.has(canonical))) shingles.add(`${canonical}#2`);
  }
  return { shingles: [...shingles].sort(), numbers: [...numbers].sort(), events: [...events].sort(), negated };
}

/** The Jaccard index of two shingle sets. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 0;
  const first = new Set(a);
  let shared = 0;
  for (const shingle of new Set(b)) if (first.has(shingle)) shared += 1;
  return shared / (first.size + new Set(b).size - shared);
}

/** Both name some; then they must name the same (numbers) or share one (events). */
function conflicts(a: readonly string[], b: readonly string[], mustBeEqual: boolean): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return mustBeEqual ? a.join(' ') !== b.join(' ') : !a.some((item) => b.includes(item));
}

/** How alike two claims are, 0 to 1; 0 when their numbers, events or polarity disagree. */
export function similarity(a: ClaimFeatures, b: ClaimFeatures): number {
  if (a.negated !== b.negated) return 0;
  if (conflicts(a.numbers, b.numbers, true) || conflicts(a.events, b.events, false)) return 0;
  return jaccard(a.shingles, b.shingles);
}

export function isSameClaim(a: ClaimFeatures, b: ClaimFeatures): boolean {
  return similarity(a, b) >= MATCH_THRESHOLD;
}

/** A 32-bit FNV-1a hash of a string. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Murmur3's finaliser: mixes one 32-bit value into another. */
function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_LENGTH }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab));

/** The MinHash signature of a shingle set: per hash function, the least hash of any shingle. */
export function minHash(shingles: readonly string[]): number[] {
  const signature = new Array<number>(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const shingle of shingles) {
    const base = hashString(shingle);
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const value = mix(base ^ SEEDS[i]!);
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

/**
 * The LSH band keys of a claim for the asserter's `side`: claims sharing any key are candidates.
 * With 10 bands of 2 rows, a pair at similarity 0.5 shares a band with probability 0.94 (0.99 at
 * 0.6), a pair at 0.1 with probability 0.1. Each band is one index look-up, so few bands keep
 * matching fast.
 */
export function bandKeys(side: string, shingles: readonly string[]): string[] {
  if (shingles.length === 0) return [];
  // Signed by the words that say what happened (and numbers): actor words ("troops", "Ukrainian")
  // recur in countless claims of a side, and bands made of them would make all of those candidates.
  const events = shingles.filter((shingle) => shingle.endsWith('#2'));
  const signature = minHash(events.length > 0 ? events : shingles);
  return Array.from({ length: BANDS }, (_, band) => {
    const rows = signature.slice(band * ROWS, band * ROWS + ROWS);
    return `${sideKey(side)}|${band}|${rows.map((row) => row.toString(36)).join('.')}`;
  });
}
