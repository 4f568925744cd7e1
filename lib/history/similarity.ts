// Whether two claims say the same thing in different words. Pure: text in, numbers out.
//
// A claim's core (its first clause, see claimCore) becomes a set of word shingles: content words,
// lower-cased, in American spelling, lightly stemmed, with synonyms, demonyms and numbers folded
// together ("retook" and "regained control" → recapture, "German" → germany, "forty-five" and "45"
// → 45, "$7.5bn" and "7.5 billion dollars" → 7500000000, "%", "3.2pc" and "per cent" → percent,
// "US" and a capital standing for its country, "Moscow said", → the country; "taken into custody"
// → arrest, "the death toll rose to 64" → 64 killed, "took 54% of the vote" → won 54 percent; a
// date however written, "next year" or "in 2026", → date). Words that name who acts ("troops",
// "ministry", a country, the asserter's side's own name or initials: "RSF", a titled person's given
// names: "President William Ruto") and the date count once and all others (a country a claim is
// aimed at: "aid to Ukraine") twice, so two claims about the same actor doing different things, or
// the same thing in different places, stay apart. Similarity is the share of those weighted sets the two claims hold in common, where a
// word only the longer claim adds weighs less than a word swapped for another (overlapScore);
// claims with different numbers, opposite polarity ("were not encircled") or different events
// ("captured" vs "withdrew from") never match.
// MinHash signatures of the sets, in LSH bands, let the repository find the few groups worth
// comparing without reading them all.
import lexicon from './data/similarity-lexicon.json';

export interface ClaimFeatures {
  /** Weighted word shingles: a word that does not name an actor appears as `word` and `word#2`. */
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

/**
 * Two claims this similar (or more) are the same claim. Set on the labelled pairs in
 * tests/fixtures/grouping (measure.ts prints precision and recall).
 */
export const MATCH_THRESHOLD = 0.8;
/** MinHash signature length: BANDS × ROWS. */
export const BANDS = 10;
export const ROWS = 2;
export const SIGNATURE_LENGTH = BANDS * ROWS;

const STOPWORDS = new Set(lexicon.stopwords);
const NEGATIONS = new Set(lexicon.negations);
const NUMBER_WORDS = new Map(Object.entries(lexicon.numbers.units));
const SCALES = new Map(Object.entries(lexicon.numbers.scales));
const SUFFIXES = new Map(Object.entries(lexicon.numbers.suffixes));
const ORDINALS = new Map(Object.entries(lexicon.numbers.ordinals));
const PERCENT_SUFFIXED = new RegExp(`^(\\d+(?:[.,]\\d+)*)(?:${lexicon.numbers.percentSuffixes.join('|')})$`);
const SPELLINGS = new Map(Object.entries(lexicon.spellings));
const WINDOW_STARTS = new Set(lexicon.timeWindows.before);
const WINDOW_UNITS = new Set(lexicon.timeWindows.units);
// Countries as one word each ("north korea" → northkorea), for their names and their demonyms.
const COUNTRIES = new Set([...Object.values(lexicon.demonyms), ...Object.values(lexicon.capitals)]);
const COUNTRY_WORDS = [...COUNTRIES].map((country) => country.replace(/ /g, ''));
const ACTORS = new Set([...lexicon.actors, ...COUNTRY_WORDS]);
const EVENTS = new Set(lexicon.events);
const ABBREVIATIONS = new Map(Object.entries(lexicon.abbreviations));
const CAPITALIZED = new Map(Object.entries(lexicon.capitalized));
const TITLES = new Set(lexicon.titles);
const TARGET_PREPOSITIONS = new Set(lexicon.targetPrepositions);
const PLACE_PREPOSITIONS = new Set([...lexicon.targetPrepositions, ...lexicon.locationPrepositions]);
const PLACE_QUALIFIERS = new Set(lexicon.placeQualifiers);
const COUNTRY_WORD_SET = new Set(COUNTRY_WORDS);
const TOLL_RISES = new Set(lexicon.tollRises);
const VOTE_SHARE_VERBS = new Set(lexicon.voteShareVerbs);
const YEAR_PREPOSITIONS = new Set(lexicon.yearPrepositions);
const AIRBORNE_WORDS = lexicon.airborne.words;
const AIRBORNE_EVENTS = Object.entries(lexicon.airborne.events);
/** What a date reads as, however written ("next year", "by the end of the decade", "in 2026"); it weighs half. */
const DATE = 'date';
const HUNDREDTHS = lexicon.numbers.hundredths.map((unit) => unit.split(' '));
const SYNONYMS = new Map<string, string>();
for (const [canonical, forms] of Object.entries(lexicon.synonyms)) {
  for (const form of [canonical, ...forms]) SYNONYMS.set(form, canonical);
}
// A canonical form stays as it is: "recapture" is never stemmed to "recaptur".
for (const canonical of [...Object.values(lexicon.phrases).flatMap((words) => words.split(' ')), ...COUNTRY_WORDS, ...lexicon.events, ...lexicon.actors]) {
  if (!SYNONYMS.has(canonical)) SYNONYMS.set(canonical, canonical);
}
/** A word sequence read as another; a capital's is read so only where it stands for its country. */
interface Phrase {
  words: string[];
  canonical: string[];
  capital?: boolean;
}

// Multi-word forms, country names, demonyms ("North Korean" → northkorea) and capitals ("Kyiv" →
// ukraine), as word sequences by first word, longest first.
const PHRASES = new Map<string, Phrase[]>();
const asCountry = (country: string) => country.replace(/ /g, '');
for (const [words, canonical, capital] of [
  ...Object.entries(lexicon.phrases).map(([words, canonical]): [string, string, boolean?] => [words, canonical]),
  ...Object.entries(lexicon.demonyms).map(([demonym, country]): [string, string] => [demonym, asCountry(country)]),
  ...[...COUNTRIES].filter((country) => country.includes(' ')).map((country): [string, string] => [country, asCountry(country)]),
  ...Object.entries(lexicon.capitals).map(([city, country]): [string, string, boolean] => [city, asCountry(country), true]),
]) {
  const phrase: Phrase = { words: words.split(/[\s-]+/), canonical: canonical.split(' '), ...(capital && { capital }) };
  PHRASES.set(phrase.words[0]!, [...(PHRASES.get(phrase.words[0]!) ?? []), phrase].sort((a, b) => b.words.length - a.words.length));
}

/**
 * Lower-case words; hyphenated words come apart ("ice-cream", "forty-five"), "%" is a word and so
 * is a percent suffix ("3.2pc"), a country's abbreviation is its name ("US" but not "us"), a
 * capitalized word that is a stopword in lower case reads as what it names ("May", the month), and the
 * initials of the asserter's side ("RSF" for the Rapid Support Forces) are its name. A titled person's
 * given names ("President William Ruto": up to three capitalized words after the title, the last
 * the surname) go into `givenNames`.
 */
function tokenize(text: string, side: SideName | undefined, givenNames?: Set<string>): string[] {
  const words: string[] = [];
  // The words of each capitalized word after a title, while reading a titled name.
  let name: string[][] | undefined;
  for (const [raw] of text.normalize('NFKC').matchAll(/[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*|%/gu)) {
    const start = words.length;
    const abbreviated = ABBREVIATIONS.get(raw) ?? CAPITALIZED.get(raw);
    if (raw === '%') words.push('percent');
    else if (abbreviated) words.push(...abbreviated.split(' '));
    else if (raw === side?.initials) words.push(...side.name);
    else {
      let word = raw.toLowerCase();
      // "didn't" → "did" + "n't"; a possessive "Russia's" or "Resources'" → "russia", "resources".
      if (word.includes("'") || word.includes('’')) word = word.replace(/[’]/g, "'").replace(/n't$/, " n't").replace(/'s?$/, '');
      if (/^\d/.test(word)) word = word.replace(PERCENT_SUFFIXED, '$1 percent');
      if (word.includes(' ')) words.push(...word.split(' '));
      else words.push(word);
    }
    if (name && name.length < 3 && /^\p{Lu}/u.test(raw)) name.push(words.slice(start));
    else {
      if (name) addGivenNames(name, givenNames!);
      name = givenNames && TITLES.has(words[start]!) ? [] : undefined;
    }
  }
  if (name) addGivenNames(name, givenNames!);
  return words;
}

/** All but the last word of a titled name (its surname). */
function addGivenNames(name: readonly string[][], givenNames: Set<string>): void {
  for (let i = 0; i < name.length - 1; i++) for (const word of name[i]!) givenNames.add(word);
}

/**
 * The asserter's side as its claims may name it: the words of its name, as canonical words, which
 * name who acts there ("the Bank of England raised…" / "the bank raised…"), and its initials
 * when the name has three words or more ("RSF" for the Rapid Support Forces), read as the name.
 */
interface SideName {
  words: Set<string>;
  initials: string | undefined;
  name: string[];
}

const SIDE_NAMES = new Map<string, SideName>();
/** Sides whose names are kept worked out; past it the cache starts again (a side is cheap to read). */
const SIDE_NAMES_KEPT = 4096;

function sideNameOf(side: string): SideName {
  const key = sideKey(side);
  const known = SIDE_NAMES.get(key);
  if (known) return known;
  if (SIDE_NAMES.size >= SIDE_NAMES_KEPT) SIDE_NAMES.clear();
  const name = tokenize(key, undefined);
  const named = name.filter((word) => !STOPWORDS.has(word));
  const sideName = {
    words: new Set(replacePhrases(named).map(canonicalWord)),
    initials: named.length >= 3 ? named.map((word) => word[0]!.toUpperCase()).join('') : undefined,
    name,
  };
  SIDE_NAMES.set(key, sideName);
  return sideName;
}

/**
 * Whether words[at] follows one of `prepositions`, with only other stopwords or words that narrow
 * a place between ("at several Tbilisi", "in central London").
 */
function follows(prepositions: ReadonlySet<string>, words: readonly string[], at: number): boolean {
  let before = at - 1;
  while (before >= 0 && (STOPWORDS.has(words[before]!) || PLACE_QUALIFIERS.has(words[before]!)) && !prepositions.has(words[before]!)) before -= 1;
  return before >= 0 && prepositions.has(words[before]!);
}

/** Phrases read as their canonical words; a capital after a preposition of place ("in Moscow") stays the city. */
function replacePhrases(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const phrase = PHRASES.get(words[i]!)?.find(
      (candidate) => candidate.words.every((word, k) => words[i + k] === word) && !(candidate.capital && follows(PLACE_PREPOSITIONS, words, i)),
    );
    if (phrase) {
      out.push(...phrase.canonical);
      i += phrase.words.length;
    } else {
      out.push(words[i]!);
      i += 1;
    }
  }
  return out;
}

/** The value of a number written in digits: "1,200", "7.5", "400m" → 400000000; undefined for other words. */
function digitsValue(word: string): number | undefined {
  const match = /^(\d+(?:,\d{3})*(?:\.\d+)?)([a-z]*)$/.exec(word);
  if (!match) return undefined;
  const value = Number(match[1]!.replace(/,/g, ''));
  if (!match[2]) return value;
  const scale = SUFFIXES.get(match[2]);
  return scale === undefined ? undefined : value * scale;
}

/**
 * Numbers however written, as digits: "forty five" → 45, "two hundred and ten" → 210,
 * "7.5 billion" and "7.5bn" → 7500000000, "a dozen" → 12; "third" → 3rd; "25 basis points" → 0.25 percent.
 */
function readNumbers(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let total = 0;
    let current = 0;
    let read = false;
    // What a following number must stay below to be part of this one: the last scale read, 10 after "forty".
    let below = Infinity;
    let j = i;
    for (; j < words.length; j++) {
      const word = words[j]!;
      const value = NUMBER_WORDS.get(word) ?? digitsValue(word);
      const scale = SCALES.get(word);
      if (value !== undefined) {
        if (read && value >= below) break;
        current += value;
        below = NUMBER_WORDS.has(word) && value >= 20 && value < 100 && value % 10 === 0 ? 10 : 0;
        read = true;
      } else if (scale !== undefined && read) {
        if (scale === 100) current *= 100;
        else {
          total += current * scale;
          current = 0;
        }
        below = scale;
      } else if (word === 'and' && below === 100 && NUMBER_WORDS.has(words[j + 1] ?? '')) {
        continue;
      } else if (word === 'a' && !read && SCALES.has(words[j + 1] ?? '')) {
        current = 1;
        read = true;
      } else break;
    }
    if (read) {
      const hundredths = HUNDREDTHS.find((unit) => unit.every((word, k) => words[j + k] === word));
      const value = hundredths ? (total + current) / 100 : total + current;
      out.push(String(Number(value.toPrecision(12))), ...(hundredths ? ['percent'] : []));
      i = j + (hundredths?.length ?? 0);
    } else {
      out.push(ORDINALS.get(words[i]!) ?? words[i]!);
      i += 1;
    }
  }
  return out;
}

/**
 * Without the reporting window ("in the past 24 hours"), which outlets add or drop and whose
 * number is not the claim's.
 */
function dropTimeWindows(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (WINDOW_STARTS.has(words[i]!) && /^\d/.test(words[i + 1] ?? '') && WINDOW_UNITS.has(words[i + 2] ?? '')) i += 2;
    else out.push(words[i]!);
  }
  return out;
}

/** British spellings as American ones: "defence", "mobilisation", "centre", "labour". */
function americanSpelling(word: string): string {
  const listed = SPELLINGS.get(word);
  if (listed) return listed;
  if (word.length < 6) return word;
  return word
    .replace(/isation(s?)$/, 'ization$1')
    .replace(/(..)is(e|es|ed|ing)$/, '$1iz$2')
    .replace(/ys(e|es|ed|ing)$/, 'yz$1')
    .replace(/(..)our(s|ed|ing|ite|ites|hood|able|er|ers)?$/, '$1or$2')
    .replace(/([bt])re(s?)$/, '$1er$2');
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

/** A word's form for comparing: stemmed, a final "e" dropped, so "raise", "raised" and "raising" meet. */
function comparable(word: string): string {
  const stemmed = stem(word);
  return stemmed.length > 4 && stemmed.endsWith('e') ? stemmed.slice(0, -1) : stemmed;
}

function canonicalWord(word: string): string {
  if (/^\d/.test(word)) return word;
  const listed = SYNONYMS.get(word);
  if (listed) return listed;
  const spelled = americanSpelling(word);
  const stemmed = comparable(spelled);
  return SYNONYMS.get(spelled) ?? SYNONYMS.get(stemmed) ?? stemmed;
}

/**
 * The claim's core: its first clause, when that says enough on its own. Outlets append different
 * context to the same claim ("…near Sudzha, a town Ukraine captured last summer"), and the
 * analyzer keeps it in the claim's text. A comma inside a number ("1,200") ends no clause.
 */
export function claimCore(text: string): string {
  return core(text).text;
}

/** The claim's core (claimCore) and its words (tokenize), each worked out once. */
function core(text: string, side?: SideName, givenNames?: Set<string>): { text: string; words: string[] } {
  const [first = text] = text.split(
    /\s*(?:,(?!\d)|(?<!\d),|[;:()\u2013\u2014]|\s-\s)\s*|\s+(?:as(?!\s+an?\s)|while|after|before|because|although|amid|despite)\s+/i,
  );
  const words = tokenize(first, side, givenNames);
  const contentWords = words.filter((word) => !STOPWORDS.has(word) && !NEGATIONS.has(word));
  if (contentWords.length >= 3 || first === text) return { text: first, words };
  return { text, words: tokenize(text, side, givenNames) };
}

/** Whether words[at] takes a share of a vote: "took 54% of the vote" is "won 54%". */
function isVoteShare(words: readonly string[], at: number): boolean {
  return (
    VOTE_SHARE_VERBS.has(words[at]!) &&
    /^\d/.test(words[at + 1] ?? '') &&
    words[at + 2] === 'percent' &&
    words.some((word) => canonicalWord(word) === 'election')
  );
}

/**
 * The features that claim matching compares, for a claim asserted for `side`: the words of the
 * side's own name, or its initials, name who acts.
 */
export function claimFeatures(text: string, side = ''): ClaimFeatures {
  const shingles = new Set<string>();
  const numbers = new Set<string>();
  const events = new Set<string>();
  let negated = false;
  const sideName = sideNameOf(side);
  const givenNames = new Set<string>();
  const words = dropTimeWindows(readNumbers(replacePhrases(core(text, sideName, givenNames).words)));
  let toll = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (NEGATIONS.has(word)) {
      negated = true;
      continue;
    }
    // "the death toll has risen to 64" says "64 killed": the rise is the count's, not an event.
    if (STOPWORDS.has(word) || (toll && TOLL_RISES.has(word))) continue;
    toll ||= word === 'toll';
    const canonical = isVoteShare(words, i) ? 'win' : canonicalWord(word);
    if (STOPWORDS.has(canonical)) continue;
    // A year the claim is dated by ("by 2030", "in 2026") is a date, and compared as a word, not a number:
    // one outlet may write "next year" instead, or leave it out.
    const isYear = /^(?:19|20)\d\d$/.test(canonical) && YEAR_PREPOSITIONS.has(words[i - 1] ?? '');
    if (isYear) shingles.add(DATE);
    else if (/^\d/.test(canonical)) numbers.add(canonical);
    if (EVENTS.has(canonical)) events.add(canonical);
    shingles.add(canonical);
    // A country the claim happens to ("aid to Ukraine") is what it is about, not who acts.
    const isPlace = COUNTRY_WORD_SET.has(canonical) && follows(TARGET_PREPOSITIONS, words, i);
    // A titled person's given names ("President William Ruto"), which outlets give or leave out, weigh half.
    const isActor = sideName.words.has(canonical) || (ACTORS.has(canonical) && !isPlace) || canonical === DATE || givenNames.has(word);
    if (!isActor) shingles.add(`${canonical}#2`);
  }
  // What air defences destroy ("twelve drones were destroyed") they intercept.
  if (AIRBORNE_WORDS.some((word) => shingles.has(word))) {
    for (const [word, airborne] of AIRBORNE_EVENTS) {
      if (!shingles.delete(word)) continue;
      shingles.delete(`${word}#2`);
      shingles.add(airborne).add(`${airborne}#2`);
      events.delete(word);
      events.add(airborne);
    }
  }
  return { shingles: [...shingles].sort(), numbers: [...numbers].sort(), events: [...events].sort(), negated };
}

/**
 * How much of two shingle sets is shared, from their sizes: `shared` against what only one of them
 * holds. Words that each claim has and the other lacks (a swapped word: "Sudan" / "Yemen") weigh
 * fully, twice; words only the longer claim adds (a qualifier one outlet dropped: "in the Kursk
 * region") weigh a quarter.
 */
export function overlapScore(sizeA: number, sizeB: number, shared: number): number {
  if (shared === 0) return 0;
  const onlyA = sizeA - shared;
  const onlyB = sizeB - shared;
  return shared / (shared + 2 * Math.min(onlyA, onlyB) + 0.25 * Math.abs(onlyA - onlyB));
}

/** overlapScore of two shingle sets. */
function shingleOverlap(a: readonly string[], b: readonly string[]): number {
  const first = new Set(a);
  const second = new Set(b);
  let shared = 0;
  for (const shingle of second) if (first.has(shingle)) shared += 1;
  return overlapScore(first.size, second.size, shared);
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
  return shingleOverlap(a.shingles, b.shingles);
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
