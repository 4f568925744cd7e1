// Whether two claims say the same thing in different words. Pure: text in, numbers out.
//
// A claim's core (its first clause, see claimCore) becomes a set of word shingles: content words,
// lower-cased, in American spelling, lightly stemmed, with synonyms, demonyms and numbers folded
// together ("retook" and "regained control" → recapture, "German" → germany, "forty-five" and "45"
// → 45, "$7.5bn" and "7.5 billion dollars" → 7500000000 ("7.40am" is a time of day, not 7.4; "first-time" and "one of the" count nothing), "%", "3.2pc" and "per cent" → percent,
// "US" and a capital standing for its country, "Moscow said", → the country; "taken into custody"
// → arrest, "the death toll rose to 64" → 64 killed, "took 54% of the vote" → won 54 percent; a
// date however written, "next year", "in 2026" or "on Monday", → date; "knew" and "known" → know,
// "taking" and "takes" → one form; "four in ten" and "rise by up to a quarter" → a percent). Words
// that name who acts ("troops", "ministry", a country, the asserter's side's own name or initials:
// "RSF", a titled person's given names: "President William Ruto") and the date count once and all
// others (a country a claim is aimed at: "aid to Ukraine") twice, so two claims about the same actor doing different things, or
// the same thing in different places, stay apart. Similarity is the share of those weighted sets the two claims hold in common, where a
// word only the longer claim adds weighs less than a word swapped for another (overlapScore);
// claims with other numbers (compared by value: "6,500" and "six and a half thousand", "a fifth"
// and "20%", "24 hours" and "a single day"; one may give more of them), opposite polarity ("were not encircled"), different
// events ("captured" vs "withdrew from"), a plan and a deed ("plans to close" vs "has closed"),
// dates that cannot agree ("next year" vs "the autumn", "2023" vs "2024") or places neither names
// of the other's ("raids in Croydon" vs "raids in Bromley") never match.
// MinHash signatures of the sets, in LSH bands, let the repository find the few groups worth
// comparing without reading them all.
import aliases from '../analyzer/data/aliases.json';
import lexicon from './data/similarity-lexicon.json';

export interface ClaimFeatures {
  /** Weighted word shingles: a word that does not name an actor appears as `word` and `word#2`. */
  shingles: string[];
  /** The numbers the claim states, normalised to digits, sorted, each as often as stated; years are among its dates instead. */
  numbers: string[];
  /** What happened, as the lexicon's event words ("recapture", "withdraw"), sorted. */
  events: string[];
  /** Whether the claim is negated ("were not encircled"). */
  negated: boolean;
  /** Whether it says what is planned or expected ("will close", "plans to close") or what was done ("has closed"). */
  stage: Stage;
  /**
   * When it happens, as a kind of date and, for a named one, its name: "year 2024", "season
   * autumn", "week monday"; a date relative to when it was written ("next year") has the kind alone.
   */
  dates: string[];
  /** The proper names that follow a preposition of place anywhere in its text ("raids in Croydon"), lower-cased. */
  places: string[];
  /**
   * The currencies its figures are stated in (lexicon currencies: "eur" for "€95m"), as a bit each
   * (CURRENCIES order); none where it states a figure in no currency ("€95m for 2 players").
   */
  currencies: number;
}

export type Stage = 'planned' | 'done' | 'unmarked';

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
/**
 * A time of day ("7.40am", "10 p.m.", "19:05"): when, not how many, so it is a word of the claim's
 * (timeOfDay), not a number.
 */
const TIME_OF_DAY = /\b(\d{1,2})(?:[.:](\d\d))?\s?(?:([ap])\.?m\b\.?)|\b(\d{1,2}):(\d\d)\b/giu;

/** A time of day as one word, on the 24-hour clock: "7.40pm" and "19:40" → clock1940. */
function timeOfDay(hours12?: string, minutes12?: string, half?: string, hours24?: string, minutes24?: string): string {
  const hour = hours24 === undefined ? (Number(hours12) % 12) + (half?.toLowerCase() === 'p' ? 12 : 0) : Number(hours24);
  return ` clock${String(hour).padStart(2, '0')}${minutes24 ?? minutes12 ?? '00'} `;
}
/** A number run into its unit ("50kg", "12mm"), which comes apart unless the unit is a scale ("7.5bn"); not an ordinal ("3rd"). */
const UNIT_SUFFIXED = /^(\d+(?:[.,]\d+)*)(?!st$|nd$|rd$|th$)([a-z]+)$/;
const SPELLINGS = new Map(Object.entries(lexicon.spellings));
/** A short word ending in a silent "e" its "-ing" and "-ed" forms drop: "take", "vote", "rule". */
const SILENT_E = /^[^aeiou][aeiou][^aeiouwxy]e$/;
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
const NAMED_EITHER_WAY = new Set(lexicon.namedEitherWay);
/** What a person's camp is called ("campaign"): "the Hollister campaign" speaks for Hollister. */
const CAMPAIGNS = new Set(lexicon.campaigns);
const COUNTRY_WORD_SET = new Set(COUNTRY_WORDS);
const TOLL_RISES = new Set(lexicon.tollRises);
const VOTE_SHARE_VERBS = new Set(lexicon.voteShareVerbs);
const AIRBORNE_WORDS = lexicon.airborne.words;
const AIRBORNE_EVENTS = Object.entries(lexicon.airborne.events);
/** What a date reads as, however written ("next year", "by the end of the decade", "in 2026"); it weighs half. */
const DATE = 'date';
/** The lexicon's currencies, in the order of their bits (ClaimFeatures currencies). */
const CURRENCIES = Object.values(lexicon.currencies);
const escaped = (text: string) => text.replace(/[$.]/g, (sign) => `\\${sign}`);
const CURRENCY_SIGNS = CURRENCIES.map((names) => names.filter((name) => !/^[a-z]/.test(name)).map(escaped).join('|'));
const CURRENCY_WORDS = CURRENCIES.map((names) => names.filter((name) => /^[a-z]/.test(name)).join('|'));
/** A figure in each currency: its sign or code before the digits ("€95m", "GBP 81m"), its name after them ("95 million euros"). */
const MONEY = CURRENCIES.map(
  (_, at) => new RegExp(`(?:${CURRENCY_SIGNS[at]}|\\b(?:${CURRENCY_WORDS[at]}))\\s?\\d|\\d[\\d.,]*\\s?(?:[a-z]+\\s)?(?:${CURRENCY_WORDS[at]})\\b`, 'giu'),
);
/**
 * A currency's sign, code or name anywhere, in a word or not: a text without one holds no figure in
 * any currency (MONEY), found in one quick pass rather than one per currency.
 */
const ANY_CURRENCY = new RegExp(CURRENCIES.flat().map(escaped).join('|'), 'iu');
const HUNDREDTHS = lexicon.numbers.hundredths.map((unit) => unit.split(' '));
const FRACTIONS = new Map(Object.entries(lexicon.numbers.fractions));
const DURATIONS = new Map(Object.entries(lexicon.numbers.durations) as [string, [string, number]][]);
/** Words that make the number after them approximate, each with what its figure is read at: "fewer than 100" is about 90. */
const APPROXIMATORS = Object.entries(lexicon.numbers.approximators).map(([phrase, factor]) => ({ words: phrase.split(' '), factor }));
/** What marks a number as approximate (roughly) among a claim's words. */
const ROUGH_MARK = '~';
/** A year as written ("2024", never "2,024"), and how readNumbers marks it so it is not read as a count. */
const YEAR = /^(?:19|20)\d\d$/;
const YEAR_MARK = '@';
const RELATIVE_DATES = new Set(lexicon.dates.relative);
const DATE_SPANS = new Map(Object.entries(lexicon.dates.spans));
const PRESENT_DATES = new Set(lexicon.dates.present);
/** The shorter spans a span holds: "this year" is some month, season and week of it, as "since January" or "in the spring" name. */
const SPANS_WITHIN = new Map(Object.entries(lexicon.dates.within));
const NAMED_DATES = new Map(Object.entries(lexicon.dates.named));
/** A named date as two words, "month may" (as tokenize reads "May"), or as one; undefined for other words. */
function namedDateAt(words: readonly string[], at: number): { kind: string; name: string; length: number } | undefined {
  const word = words[at]!;
  const pair = word === 'month' ? NAMED_DATES.get(`month ${words[at + 1]}`) : undefined;
  if (pair) return { kind: pair, name: words[at + 1]!, length: 2 };
  const kind = NAMED_DATES.get(word);
  return kind ? { kind, name: word, length: 1 } : undefined;
}
const MODALS = new Set(lexicon.stages.modals);
/** Modals of what must or can be ("should reach", "must pay"): verbs, though they mark no plan (stageOf). */
const OBLIGATIONS = new Set(lexicon.stages.obligations);
const INTENTIONS = new Set(lexicon.stages.intentions);
const DELIBERATIONS = new Set(lexicon.stages.deliberations);
const PERFECT = new Set(lexicon.stages.perfect);
const PAST_BE = new Set(lexicon.stages.pastBe);
const PRESENT_BE = new Set(lexicon.stages.presentBe);
const STAGE_ADVERBS = new Set(lexicon.stages.adverbs);
const MODIFIERS = new Set(lexicon.stages.modifiers);
const IRREGULAR_PAST = new Set(lexicon.stages.irregularPast);
/** Verbs whose past is their present ("cut", "put"): a verb after an insertion (withoutInsertion) as much as "laid". */
const SAME_FORM_PAST = new Set(lexicon.stages.sameFormPast);
/** The words a description set between commas starts with ("Hollister Freight, the trucking firm…,"). */
const DESCRIPTION_STARTS = new Set(lexicon.insertions.descriptionStarts);
/** The verbs of saying: one ends an insertion saying who says the claim (", she said,"); a plan after one is what was said (stageOf). */
const REPORTING_VERBS = new Set(lexicon.insertions.reportingVerbs);
const PARTICIPLES = new Set([...lexicon.stages.participles, ...lexicon.stages.irregularPast]);
const CAPITAL_CITIES = new Set(Object.keys(lexicon.capitals));
const PLACE_ROLES = new Set([...PLACE_PREPOSITIONS, ...lexicon.placeRolePrepositions]);
/** Words that may stand between a preposition and the names it takes: "in the Gaza Strip", "in Croydon and Bromley". */
const PLACE_JOINERS = new Set([...PLACE_QUALIFIERS, ...lexicon.placeJoiners]);
const SYNONYMS = new Map<string, string>();
for (const [canonical, forms] of Object.entries(lexicon.synonyms)) {
  for (const form of [canonical, ...forms]) SYNONYMS.set(form, canonical);
}
// A canonical form stays as it is: "recapture" is never stemmed to "recaptur".
for (const canonical of [...Object.values(lexicon.phrases).flatMap((words) => words.split(' ')), ...COUNTRY_WORDS, ...lexicon.events, ...lexicon.actors]) {
  if (!SYNONYMS.has(canonical)) SYNONYMS.set(canonical, canonical);
}
// An irregular verb's past forms ("knew", "known") read as its other forms do ("know", "knowing").
for (const [verb, forms] of Object.entries(lexicon.irregularVerbs)) {
  const canonical = canonicalWord(verb);
  for (const form of forms) if (!SYNONYMS.has(form)) SYNONYMS.set(form, canonical);
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
  const normalized = text.normalize('NFKC').replace(TIME_OF_DAY, (_, hours12, minutes12, half, hours24, minutes24) => timeOfDay(hours12, minutes12, half, hours24, minutes24));
  for (const { 0: raw, index } of normalized.matchAll(/[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*|%/gu)) {
    const start = words.length;
    const abbreviated = ABBREVIATIONS.get(raw.replace(/['’]s$/, '')) ?? CAPITALIZED.get(raw);
    if (raw === '%') words.push('percent');
    // An ordinal joined to a word ("a first-time candidate", "the second-largest") counts nothing.
    else if (ORDINALS.has(raw.toLowerCase()) && /^-\p{L}/u.test(normalized.slice(index + raw.length, index + raw.length + 2))) continue;
    else if (abbreviated) words.push(...abbreviated.split(' '));
    else if (raw === side?.initials) words.push(...side.name);
    else {
      let word = raw.toLowerCase();
      // "didn't" → "did" + "n't"; a possessive "Russia's" or "Resources'" → "russia", "resources".
      if (word.includes("'") || word.includes('’')) word = word.replace(/[’]/g, "'").replace(/n't$/, " n't").replace(/'s?$/, '');
      if (/^\d/.test(word)) word = word.replace(PERCENT_SUFFIXED, '$1 percent').replace(UNIT_SUFFIXED, (whole, value: string, unit: string) => (SUFFIXES.has(unit) ? whole : `${value} ${unit}`));
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
  /** Its canonical words in order, an organisation named either way round as "defense ministry" (sidesAgree). */
  sequence: string[];
  /** The sequence as one string, with a space before and after each word. */
  run: string;
  /** Whether each word of the sequence names who acts ("police", a country): many sides share such a name. */
  generic: boolean;
  /** The lower-case initials of a name of two words or more ("nbs"), or the one word of a one-word name. */
  acronym: string | undefined;
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
  const sequence = withoutCampaign(
    replacePhrases(eitherWayRound(name))
      .filter((word) => !STOPWORDS.has(word))
      .map(canonicalWord),
  );
  const sideName = {
    words: new Set(replacePhrases(named).map(canonicalWord)),
    initials: named.length >= 3 ? named.map((word) => word[0]!.toUpperCase()).join('') : undefined,
    name,
    sequence,
    run: ` ${sequence.join(' ')} `,
    generic: sequence.every((word) => ACTORS.has(word)),
    acronym: named.length >= 2 ? named.map((word) => word[0]!).join('') : named[0],
  };
  SIDE_NAMES.set(key, sideName);
  return sideName;
}

/**
 * "hollister campaign" as "hollister": a person's campaign speaks for the person, so it agrees with
 * "Grant Hollister" as "Hollister" does (sidesAgree).
 */
function withoutCampaign(sequence: string[]): string[] {
  return sequence.length >= 2 && CAMPAIGNS.has(sequence.at(-1)!) ? sequence.slice(0, -1) : sequence;
}

/** "ministry of defence" as "defence ministry": the organisation's word after what it is of. */
function eitherWayRound(name: readonly string[]): string[] {
  const at = name.findIndex((word, i) => NAMED_EITHER_WAY.has(word) && name[i + 1] === 'of');
  return at < 0 ? [...name] : [...name.slice(0, at), ...name.slice(at + 2), name[at]!];
}

/**
 * Whether two sides are one as outlets name it: the same key; one name the initials of the
 * other ("NBS" / "National Bureau of Statistics"); or one name's words a run of the other's, with
 * "the", case, punctuation and "X Ministry" / "Ministry of X" aside ("Calloway Foods" / "The
 * Calloway Foods Inc", "Tolliver" / "Mark Tolliver", "Emergency Response Room" / "Um Sayala
 * Emergency Response Room"). A name made only of words many sides share ("police", "the
 * government", a country) agrees with no longer one, nor does a name whose words the other holds
 * apart ("Democratic Party" / "Democratic Unionist Party").
 */
export function sidesAgree(a: string, b: string): boolean {
  if (sideKey(a) === sideKey(b)) return true;
  const [first, second] = [sideNameOf(a), sideNameOf(b)];
  const [shorter, longer] = first.sequence.length <= second.sequence.length ? [first, second] : [second, first];
  if (shorter.sequence.length === 0) return false;
  if (shorter.sequence.length === 1 && longer.sequence.length >= 2 && shorter.acronym === longer.acronym) return true;
  return !shorter.generic && longer.run.includes(shorter.run);
}

const REGIONS = new Set(Object.keys(aliases.placeAbbreviations).map((place) => place.toLowerCase()));

/**
 * Whether a side names no one who asserts: a time ("this week"), a state ("Arizona") or words many
 * sides share and no country ("the company", "officials"), as the analyzer gives when it finds no
 * speaker. A claim of such a side may be any side's (corroboration's SIDELESS_THRESHOLD).
 */
export function isNoSide(side: string): boolean {
  const { name, sequence, generic } = sideNameOf(side);
  if (REGIONS.has(sideKey(side)) || datesOf(name).length > 0) return true;
  return sequence.length > 0 && generic && !sequence.some((word) => COUNTRY_WORD_SET.has(word));
}

/**
 * The words a side is looked up by to find the sides that agree with it (sidesAgree): its
 * canonical words but those many sides share ("ministry", a country), and its acronym. Two sides
 * that agree share one.
 */
export function sideLookupWords(side: string): string[] {
  const { sequence, acronym } = sideNameOf(side);
  return distinctiveWords(sequence, acronym);
}

/**
 * The words by which a claim names a side: the last of its name's words that not many sides share
 * (a surname, "Voltaro", "board"; not "ministry" or a country), and the initials of a name of two
 * words or more ("rsf"). Another word of the name alone names no side: a "harbour patrol boat" is
 * not the Fjord Harbour Patrol Service, "Mark" is not Mark Tolliver. A time names no side.
 */
export function sideMentions(side: string): string[] {
  const { name, sequence, acronym } = sideNameOf(side);
  // A time ("this week") stands where the analyzer found no speaker: a claim's own date names no side.
  if (datesOf(name).length > 0) return [];
  const head = sequence.findLast((word) => !ACTORS.has(word));
  return distinctiveWords(head === undefined ? [] : [head], sequence.length >= 2 ? acronym : undefined);
}

/** A side's canonical words but those many sides share, and `acronym` when there is one. */
function distinctiveWords(sequence: readonly string[], acronym: string | undefined): string[] {
  const distinctive = sequence.filter((word) => !ACTORS.has(word));
  return [...new Set(acronym === undefined ? distinctive : [...distinctive, acronym])];
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

/** A number as a word: at most 12 significant digits, so 0.1 + 0.2 reads 0.3. */
function numberWord(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/**
 * Numbers however written, as digits: "forty five" → 45, "two hundred and ten" → 210,
 * "7.5 billion" and "7.5bn" → 7500000000, "six and a half thousand" → 6500, "a dozen" → 12;
 * "third" → 3rd; "25 basis points" → 0.25 percent; "one-fifth" and "a fifth of" → 20 percent;
 * "48 hours" → 2 day, "14 days" → 2 week; "a single day" → 1 day. A year ("2024") is marked
 * (YEAR_MARK), not read as a count.
 */
function readNumbers(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    if (isOneOfMany(words, i)) {
      i += 1;
      continue;
    }
    if (YEAR.test(words[i]!) && !SCALES.has(words[i + 1] ?? '')) {
      out.push(YEAR_MARK + words[i]!);
      i += 1;
      continue;
    }
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
      } else if (word === 'and' && read && words[j + 1] === 'a' && words[j + 2] === 'half') {
        current += 0.5;
        below = 0;
        j += 2;
      } else if (word === 'half' && !read && words[j + 1] === 'a' && SCALES.has(words[j + 2] ?? '')) {
        current = 0.5;
        read = true;
        j += 1;
      } else if ((word === 'a' || word === 'an') && !read && startsNumberAfterA(words, j + 1)) {
        current = 1;
        read = true;
        if (words[j + 1] === 'single') j += 1;
      } else break;
    }
    const denominator = FRACTIONS.get(words[j] ?? '');
    const scaleAfter = SCALES.get(words[j + 3] ?? '');
    if (read && denominator !== undefined && total === 0 && words[j + 1] === 'of' && ['a', 'an'].includes(words[j + 2]!) && scaleAfter !== undefined) {
      // "a quarter of a million" is 250000, "a third of a billion" about 333 million.
      out.push(numberWord(Math.round((current / denominator) * scaleAfter)));
      i = j + 4;
    } else if (read && denominator !== undefined && total === 0 && Number.isInteger(current)) {
      out.push(numberWord(asPercent(current / denominator)), 'percent');
      i = j + 1;
    } else if (read) {
      const hundredths = HUNDREDTHS.find((unit) => unit.every((word, k) => words[j + k] === word));
      let value = hundredths ? (total + current) / 100 : total + current;
      let unit = hundredths ? 'percent' : words[j];
      for (let larger = DURATIONS.get(unit ?? ''); larger && value % larger[1] === 0; larger = DURATIONS.get(unit!)) {
        value /= larger[1];
        unit = larger[0];
      }
      out.push(numberWord(value), ...(unit !== undefined && unit !== words[j] ? [unit] : []));
      i = j + (hundredths?.length ?? (unit !== words[j] ? 1 : 0));
    } else {
      out.push(ORDINALS.get(words[i]!) ?? words[i]!);
      i += 1;
    }
  }
  return out;
}

/**
 * Whether words[at] is the "one" of "one of the largest carriers", which picks one out of many and
 * counts nothing; not "one of every five" or "one of 12", a share or a count.
 */
function isOneOfMany(words: readonly string[], at: number): boolean {
  const after = words[at + 2] ?? '';
  return words[at] === 'one' && words[at + 1] === 'of' && after !== 'every' && !NUMBER_WORDS.has(after) && digitsValue(after) === undefined;
}

/** The words that join the two numbers of a share: "four in ten", "nine out of ten", "two of every five". */
const SHARE_JOINS = [['in'], ['out', 'of'], ['of', 'every']];

/**
 * A figure as outlets round it, for comparing an approximate one: one significant digit ("about
 * 212,000" is 200000, 38% is 40), two where the first is 1 (140 stays 140, so "about 140" and
 * "about 110" still differ).
 */
export function roughly(value: number): number {
  const digits = Math.floor(Math.log10(Math.abs(value)) + 1e-9);
  const leading = Math.floor(Math.abs(value) / 10 ** digits + 1e-9);
  return Number(value.toPrecision(leading === 1 ? 2 : 1));
}

/** A plain figure's value ("212000", "38", "7.5"), not an ordinal, a unit or a year. */
function figureValue(word: string): number | undefined {
  return /^\d+(?:\.\d+)?$/.test(word) && Number(word) > 0 ? Number(word) : undefined;
}

/**
 * Numbers (readShares) with each approximate one ("about 212,000", "more than three million",
 * "nearly two in five", "fewer than 100") marked (ROUGH_MARK) and rounded (roughly): outlets round
 * one figure differently, and only its rounding can be compared.
 */
function markApproximations(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const approximator = APPROXIMATORS.find(({ words: phrase }) => phrase.every((word, k) => words[i + k] === word) && figureValue(words[i + phrase.length] ?? '') !== undefined);
    if (!approximator) {
      out.push(words[i]!);
      continue;
    }
    const at = i + approximator.words.length;
    out.push(...approximator.words, ROUGH_MARK + numberWord(roughly(figureValue(words[at]!)! * approximator.factor)));
    i = at;
  }
  return out;
}

/** Numbers (readNumbers) with each share of two whole ones read as a percent: "four in ten" → 40 percent. */
function readShares(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const join = SHARE_JOINS.find((joining) => joining.every((word, k) => words[i + 1 + k] === word));
    const part = Number(words[i]);
    const whole = join ? Number(words[i + 1 + join.length]) : NaN;
    if (join && Number.isInteger(part) && Number.isInteger(whole) && part > 0 && part < whole) {
      out.push(numberWord(asPercent(part / whole)), 'percent');
      i += 1 + join.length;
    } else out.push(words[i]!);
  }
  return out;
}

/**
 * Whether words[at] goes on a number begun by "a" or "an": "a thousand", "a single day", "an
 * eighth of", or a share something changes by ("rose by up to a quarter").
 */
function startsNumberAfterA(words: readonly string[], at: number): boolean {
  const word = words[at] ?? '';
  return SCALES.has(word) || word === 'single' || (FRACTIONS.has(word) && (words[at + 1] === 'of' || words.slice(Math.max(0, at - 4), at - 1).includes('by')));
}

/** A share as outlets round it in percent: 1/8 → 12.5, 1/3 → 33. */
function asPercent(share: number): number {
  const percent = share * 100;
  return Number.isInteger(percent * 10) ? percent : Math.round(percent);
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
  // A noun's plural of "-ing" as the "-ing" is stemmed: "warnings" as "warning" and "warned".
  if (word.endsWith('ings') && word.length > 6) return stem(word.slice(0, -1));
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3).replace(/(.)\1$/, '$1');
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2).replace(/(.)\1$/, '$1').replace(/i$/, 'y');
  if (/(?:s|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/**
 * A stemmed word's form for comparing: a final "e" dropped and a final "ll" undoubled (as stem
 * undoubles "recalling"), so "raise", "raised" and "raising" meet, and "recall" and "recalling";
 * a short word's final "e" is dropped only after one vowel and one consonant ("take" / "taking").
 */
function comparable(stemmed: string): string {
  if (stemmed.length <= 4) return SILENT_E.test(stemmed) ? stemmed.slice(0, -1) : stemmed;
  return stemmed.endsWith('e') || stemmed.endsWith('ll') ? stemmed.slice(0, -1) : stemmed;
}

function canonicalWord(word: string): string {
  if (/^\d/.test(word)) return word;
  const listed = SYNONYMS.get(word);
  if (listed) return listed;
  const spelled = americanSpelling(word);
  // An inflected British form is respelled once its ending is off: "licences" as "licenses".
  const stemmed = americanSpelling(stem(spelled));
  const compared = comparable(stemmed);
  return SYNONYMS.get(spelled) ?? SYNONYMS.get(stemmed) ?? SYNONYMS.get(compared) ?? compared;
}

/**
 * The claim's core: its first clause, when that says enough on its own. Outlets append different
 * context to the same claim ("…near Sudzha, a town Ukraine captured last summer"), and the
 * analyzer keeps it in the claim's text. A comma inside a number ("1,200") ends no clause.
 */
export function claimCore(text: string): string {
  return core(text).text;
}

/**
 * Where the analyzer joins the halves of "X said P and that Q" into one claim ("P, and that Q" and
 * "P; and that Q" too: lib/analyzer/claims.ts joinedHalves).
 */
const HALVES_JOIN = /\s*[,;]?\s+and\s+that\s+/i;
/** The content words a half must have to be matched on its own ("and that was all" joins no half). */
const HALF_WORDS = 3;

/**
 * The halves of a claim the analyzer joined from "said P and that Q": one outlet prints them as one
 * claim, another, printing a response to one half, as two, and either half is the claim another
 * outlet's matches. None when the claim is not joined, or a part has too few words to be a claim.
 */
export function claimHalves(text: string): string[] {
  const halves = text.split(HALVES_JOIN);
  if (halves.length < 2) return [];
  const saysEnough = (half: string) => tokenize(half, undefined).filter((word) => !STOPWORDS.has(word) && !NEGATIONS.has(word)).length >= HALF_WORDS;
  return halves.every(saysEnough) ? halves : [];
}

/** The claim's core (claimCore) and its words (tokenize), each worked out once. */
function core(whole: string, side?: SideName, givenNames?: Set<string>): { text: string; words: string[] } {
  // A condition put first ("if the ruling stood, fares could rise…", "once scholarships are
  // counted, the true share is…") is not what the claim says.
  const text = withoutInsertion(withoutVerdictFirst(whole.replace(CONDITION_FIRST, '')));
  const [clause = text] = text.split(CLAUSE_BREAK);
  // The first clause without a second one joined by "and", else the whole first clause (once, when they are one).
  for (const first of new Set([clause.slice(0, secondClauseAt(clause)), clause])) {
    const words = tokenize(first, side, givenNames);
    const contentWords = words.filter((word) => !STOPWORDS.has(word) && !NEGATIONS.has(word));
    if (contentWords.length >= 3 || first === text) return { text: first, words };
  }
  return { text, words: tokenize(text, side, givenNames) };
}

/**
 * Where a second clause with a subject of its own, joined by "and", starts ("nine officers were
 * injured and six people arrested", "fares could rise 25% and fewer drivers would find work"): a
 * verb before the "and", and after it a word that is not a verb, then a verb. An "and" joining
 * names or things ("in Spain and Portugal", "two missiles and 178 drones were downed") or two
 * things one subject did ("summoned the envoy and conveyed its concern", "and never consulted
 * the union"), or in a number ("two hundred and ten"), starts none. The clause's length where
 * none starts.
 */
function secondClauseAt(clause: string): number {
  for (const { index } of clause.matchAll(/(?<!hundred)\sand\s/gi)) {
    const [next, ...after] = plainWords(clause.slice(index + 5))
      .map(({ word }) => word)
      .filter((word) => !NEGATIONS.has(word) && !STAGE_ADVERBS.has(word))
      .slice(0, 3);
    if (next === undefined || isVerb(next) || !after.some(isVerb)) continue;
    if (plainWords(clause.slice(0, index)).some(({ word }) => isVerb(word))) return index;
  }
  return clause.length;
}

/** Whether a word is a verb as stageOf reads them: a modal, a form of "be" or "have", or a past form. */
function isVerb(word: string): boolean {
  return MODALS.has(word) || PERFECT.has(word) || PAST_BE.has(word) || PRESENT_BE.has(word) || IRREGULAR_PAST.has(word) || isRegularPast(word);
}

/** The words after an "as" that make it a comparison's ("as much as", "as far back as") or a role's ("as a"). */
const AS_COMPARED = '(?:an?|much|many|far(?:\\s+back)?|early|recently|late|long|little|few|high|low)';
/**
 * Where a claim's first clause ends: punctuation, or a conjunction ("while", "because", "so
 * that"). An "as" of a comparison ("as much as 25%", "as far back as last September", "as a
 * result") ends none.
 */
const CLAUSE_BREAK = new RegExp(
  '\\s*(?:,(?!\\d)|(?<!\\d),|(?<!\\d):(?!\\d)|[;()\\u2013\\u2014]|\\s-\\s)\\s*' +
    `|(?<!\\bas\\s+${AS_COMPARED})\\s+as(?!\\s+${AS_COMPARED}\\s)\\s+` +
    '|\\s+(?:while|after|before|because|although|amid|despite|in\\s+order\\s+to|so\\s+that)\\s+',
  'i',
);

const CONDITION_FIRST = /^\s*(?:if|unless|once)\s[^,;:]*,\s*(?=\S)/i;

/** A colon between words, not inside a time or a score ("19:05", "2:1"). */
const COLON = /(?<!\d):(?!\d)/;

/**
 * A claim without a verdict or summary put before a colon ("that was untrue: 14 people were
 * treated for minor injuries", "her promise was practical: a probe hole should reach the
 * collapse"): words whose only verb is a form of "be", then a colon, then a clause with a verb of
 * its own, which is what the claim says. Words with another verb before the colon ("the minister
 * said: …", "the report found: …") are kept as they are.
 */
function withoutVerdictFirst(text: string): string {
  const [verdict = '', ...rest] = text.split(COLON);
  if (rest.length === 0) return text;
  const verbs = plainWords(verdict).map(({ word }) => word).filter(isVerb);
  if (verbs.length === 0 || !verbs.every((word) => PRESENT_BE.has(word) || PAST_BE.has(word))) return text;
  const claim = rest.join(':').trim();
  return plainWords(claim).some(({ word }) => isVerb(word) || SAME_FORM_PAST.has(word) || OBLIGATIONS.has(word)) ? claim : text;
}

/** Commas that set words apart, but not those inside a number ("1,200"). */
const INSERTION_COMMA = /\s*(?:,(?!\d)|(?<!\d),)\s*/;
/** The most words a subject before an insertion, or a reporting insertion ("the union said"), may have. */
const INSERTION_WORDS = 6;

/**
 * A claim without what outlets insert between its subject and its verb: a description ("Hollister
 * Freight, the trucking firm he ran for 17 years, laid off 240 workers"), a name ("the governor,
 * Ibrahim Touré, was killed") or who says it ("the memo, she said, was never sent"). One outlet
 * adds it and another leaves it out, and its words and numbers are not the claim's. The text as it
 * is when the words before the first comma hold a verb or the words after the insertion do not
 * start with one.
 */
function withoutInsertion(text: string): string {
  const [subject = '', insertion = '', ...rest] = text.split(INSERTION_COMMA);
  if (rest.length === 0) return text;
  const subjectWords = plainWords(subject);
  if (subjectWords.length > INSERTION_WORDS || subjectWords.some(({ word }) => isVerb(word))) return text;
  const inserted = plainWords(insertion);
  const described = DESCRIPTION_STARTS.has(inserted[0]?.word ?? '') || (inserted.length > 0 && inserted.every(({ capitalized }) => capitalized));
  const reported = inserted.length <= INSERTION_WORDS && REPORTING_VERBS.has(inserted.at(-1)?.word ?? '');
  if (!described && !reported) return text;
  const after = plainWords(rest[0]!).map(({ word }) => word).find((word) => !STAGE_ADVERBS.has(word));
  if (after === undefined || !(isVerb(after) || SAME_FORM_PAST.has(after))) return text;
  const restStart = text.indexOf(rest[0]!, subject.length + insertion.length);
  return `${subject} ${text.slice(restStart)}`;
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
  const numbers: string[] = [];
  const events = new Set<string>();
  let negated = false;
  const sideName = sideNameOf(side);
  const givenNames = new Set<string>();
  const clause = core(text, sideName, givenNames);
  const words = dropTimeWindows(markApproximations(readShares(readNumbers(replacePhrases(clause.words)))));
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
    // An approximate figure ("about 212,000") is its rounding alone, compared (numbersConflict) and shared as a word.
    if (word.startsWith(ROUGH_MARK)) {
      numbers.push(word);
      shingles.add(word).add(`${word}#2`);
      continue;
    }
    // A year or a named date ("in 2026", "on Monday", "in the autumn") reads as a date, as "next year"
    // does: outlets date a claim differently, and dates are compared apart (datesOf, datesConflict).
    const named = namedDateAt(words, i);
    if (named) i += named.length - 1;
    const canonical = named || word.startsWith(YEAR_MARK) ? DATE : isVoteShare(words, i) ? 'win' : canonicalWord(word);
    if (STOPWORDS.has(canonical)) continue;
    if (/^\d/.test(canonical)) numbers.push(canonical);
    // An exact figure also as it would be rounded, which another outlet's approximate one must agree with;
    // as a word it is its rounding, shared with that one's (two exact figures that differ are told apart by their numbers).
    const figure = figureValue(canonical);
    const rounded = figure === undefined ? undefined : ROUGH_MARK + numberWord(roughly(figure));
    if (rounded) numbers.push(rounded);
    const shingle = rounded ?? canonical;
    if (EVENTS.has(canonical)) events.add(canonical);
    shingles.add(shingle);
    // A country the claim happens to ("aid to Ukraine") is what it is about, not who acts.
    const isPlace = COUNTRY_WORD_SET.has(canonical) && follows(TARGET_PREPOSITIONS, words, i);
    // A titled person's given names ("President William Ruto"), which outlets give or leave out, weigh half.
    const isActor = sideName.words.has(canonical) || (ACTORS.has(canonical) && !isPlace) || canonical === DATE || givenNames.has(word);
    if (!isActor) shingles.add(`${shingle}#2`);
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
  return {
    shingles: [...shingles].sort(),
    numbers: numbers.sort(),
    events: [...events].sort(),
    negated,
    // A claim that something was not done or will not be ("refused to resign", "would not resign") says no stage.
    stage: negated ? 'unmarked' : stageOf(clause.text),
    dates: datesOf(clause.words),
    // The asserter's own name in the claim's text ("…, the Department of Job and Family Services said") is who speaks, not where;
    // a description inserted after the subject ("Grant Hollister, who built the firm into one of the Midwest's largest,") is not where either.
    places: placesOf(withoutInsertion(text)).filter((place) => !sideName.name.includes(place)),
    currencies: currenciesOf(clause.text, numbers.filter(isRounding).length),
  };
}

/**
 * The currencies of the figures a claim states, a bit each (ClaimFeatures currencies), where each of
 * its `figures` is stated in one: none where a count stands beside them, which is compared as ever.
 */
function currenciesOf(text: string, figures: number): number {
  if (figures === 0 || !ANY_CURRENCY.test(text)) return 0;
  let sums = 0;
  let bits = 0;
  MONEY.forEach((money, at) => {
    const found = text.match(money)?.length ?? 0;
    sums += found;
    if (found > 0) bits |= 1 << at;
  });
  return sums >= figures ? bits : 0;
}

/**
 * Both state figures in currencies, none the same: "a fee of €95m" / "an £81m fee" may be one
 * sum converted, so their figures cannot be compared (numbersConflict).
 */
export function currenciesApart(a: number, b: number): boolean {
  return a !== 0 && b !== 0 && (a & b) === 0;
}

/**
 * When a claim's words say it happens: a year, a named month, weekday or season, or a span
 * relative to when it was written ("next year", "by the end of the decade", "in the coming weeks");
 * the present one ("this year") also as the shorter spans within it, relative (SPANS_WITHIN).
 */
function datesOf(words: readonly string[]): string[] {
  const dates = new Set<string>();
  words.forEach((word, i) => {
    const span = DATE_SPANS.get(word);
    const named = namedDateAt(words, i);
    if (YEAR.test(word)) dates.add(`year ${word}`);
    else if (named) dates.add(`${named.kind} ${named.name}`);
    else if (span) {
      const before = words.slice(Math.max(0, i - 3), i);
      if (!before.some((word) => RELATIVE_DATES.has(word) || word === 'end')) return;
      dates.add(span);
      // "this year" agrees with a month, season or week named without its year; "next year" does not.
      const present = before.some((word) => PRESENT_DATES.has(word)) && !before.some((word) => RELATIVE_DATES.has(word) && !PRESENT_DATES.has(word));
      if (present) for (const within of SPANS_WITHIN.get(span) ?? []) dates.add(within);
    }
  });
  return [...dates].sort();
}

/** A claim's words as written, lower-cased, "n't" cut off ("hasn't" → "has"), "'ll" read as "will". */
function plainWords(text: string): { word: string; capitalized: boolean; hyphenated: boolean }[] {
  return [...text.normalize('NFKC').matchAll(/[\p{L}\p{N}]+(?:[-.,'’][\p{L}\p{N}]+)*/gu)].map(([raw]) => {
    const word = raw.toLowerCase().replace(/’/g, "'").replace(/n't$/, '');
    return { word: /'ll$/.test(word) ? 'will' : word, capitalized: /^\p{Lu}/u.test(raw), hyphenated: raw.includes('-') };
  });
}

/**
 * Whether a claim says what is planned, expected or possible ("will close", "plans to close", "is
 * reviewing an application to approve") or what was done ("has closed", "were delivered",
 * "closed"), as its verbs say: a plan anywhere in the clause (but for one said after its first verb:
 * "had reported a fault and was told it would be checked"), or else its first verb. Present and
 * past of the same stage ("is encircled" / "have been surrounded") are not told apart.
 */
function stageOf(text: string): Stage {
  const words = plainWords(text);
  let first: Stage | undefined;
  for (let i = 0; i < words.length; i++) {
    const { word, capitalized, hyphenated } = words[i]!;
    // A verb after "than" is a comparison's ("more deaths than would be expected"), not the claim's.
    if (words[i - 1]?.word === 'than') continue;
    let after = i + 1;
    while (STAGE_ADVERBS.has(words[after]?.word ?? '')) after += 1;
    const next = words[after]?.word ?? '';
    // What someone was told after the claim's own verb ("had reported a fault and was told it would be checked") is their plan, not the claim's.
    if (first && REPORTING_VERBS.has(word)) break;
    if (MODALS.has(word) || (INTENTIONS.has(word) && next === 'to') || ((PRESENT_BE.has(word) || PAST_BE.has(word)) && DELIBERATIONS.has(next))) return 'planned';
    if (first) continue;
    if (PERFECT.has(word)) first = next === 'to' ? 'unmarked' : 'done';
    else if (PAST_BE.has(word)) first = PARTICIPLES.has(next) || isRegularPast(next) ? 'done' : 'unmarked';
    else if (PRESENT_BE.has(word)) first = 'unmarked';
    // A past form after a determiner or "be" is an adjective or a passive ("the upgraded Siri"), a name's ("Armed Forces") is the name's.
    else if (!capitalized && !hyphenated && (IRREGULAR_PAST.has(word) || isRegularPast(word)) && !MODIFIERS.has(words[i - 1]?.word ?? '')) first = 'done';
  }
  return first ?? 'unmarked';
}

function isRegularPast(word: string): boolean {
  return word.length > 4 && word.endsWith('ed') && !word.endsWith('eed') && !SCALES.has(word);
}

/**
 * The proper names a claim puts after a preposition of place or role ("raids in Croydon", "the
 * warmest year for Wales", "sanctions on Moscow"), anywhere in its text: each name's words
 * lower-cased, a country's name, abbreviation or demonym as the country ("the UK" → unitedkingdom),
 * and a capital as the city and its country ("Moscow" → moscow, russia).
 */
function placesOf(text: string): string[] {
  const places = new Set<string>();
  let name: string[] = [];
  const endName = () => {
    for (const word of [...name.filter((word) => CAPITAL_CITIES.has(word)), ...replacePhrases(name)]) if (!STOPWORDS.has(word)) places.add(word);
    name = [];
  };
  let afterPreposition = false;
  for (const [raw] of text.normalize('NFKC').matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)) {
    const bare = raw.replace(/['’]s?$/, '');
    const word = bare.toLowerCase();
    if (afterPreposition && /^\p{Lu}/u.test(raw) && !NAMED_DATES.has(word)) {
      name.push(...(ABBREVIATIONS.get(bare) ?? word).split(' '));
      continue;
    }
    endName();
    if (PLACE_ROLES.has(word)) afterPreposition = true;
    else if (!PLACE_JOINERS.has(word)) afterPreposition = false;
  }
  endName();
  return [...places].sort();
}

/**
 * How much of two shingle sets is shared, from their sizes: `shared` against what only one of them
 * holds. Words that each claim has and the other lacks (a swapped word: "Sudan" / "Yemen") weigh
 * fully, twice; words only the longer claim adds (a qualifier one outlet dropped: "in the Kursk
 * region") weigh a quarter. 0 where they share one word alone (sharesOneWord) and differ, but for
 * `pinned` claims: asserted for one side, or sharing a number or a place (isPinned).
 */
export function overlapScore(sizeA: number, sizeB: number, shared: number, pinned: boolean): number {
  if (shared === 0 || (sharesOneWord(shared, pinned) && (sizeA !== shared || sizeB !== shared))) return 0;
  const onlyA = sizeA - shared;
  const onlyB = sizeB - shared;
  return shared / (shared + 2 * Math.min(onlyA, onlyB) + 0.25 * Math.abs(onlyA - onlyB));
}

/**
 * Whether two shingle sets of these sizes could score `least` (overlapScore) were all of the
 * smaller one shared.
 */
export function mayScore(sizeA: number, sizeB: number, least: number): boolean {
  return overlapScore(sizeA, sizeB, Math.min(sizeA, sizeB), true) >= least;
}

/**
 * The fewest shared shingles with which two sets of these sizes could score `least` (overlapScore,
 * pinned), where they may (mayScore). overlapScore grows with `shared` (its numerator grows and
 * its denominator, summed exactly from small integers and quarters, shrinks), so claims sharing
 * fewer never score `least`.
 */
export function leastShared(sizeA: number, sizeB: number, least: number): number {
  if (least <= 0) return 0;
  let shared = Math.min(sizeA, sizeB);
  while (shared > 1 && overlapScore(sizeA, sizeB, shared - 1, true) >= least) shared -= 1;
  return shared;
}

/**
 * Whether the words two claims share weigh no more than one word that does not name who acts
 * (2 shingles), with nothing else to pin them together (isPinned): "he had been killed", as a
 * broadcaster reported it, and "24 people had been killed", as the government did, share only
 * "killed", which says nothing of whom. Such claims are one only when neither adds a word.
 */
function sharesOneWord(shared: number, pinned: boolean): boolean {
  return shared <= 2 && !pinned;
}

/**
 * Whether something besides their words ties two claims together: one side asserts both (its "he"
 * is most likely the one it named), or they share a number or a place, their others not disagreeing.
 */
export function isPinned(acrossSides: boolean, numbersA: number, numbersB: number, placesA: number, placesB: number): boolean {
  return !acrossSides || (numbersA > 0 && numbersB > 0) || (placesA > 0 && placesB > 0);
}

/** overlapScore of two claims' shingle sets. */
function shingleOverlap(a: ClaimFeatures, b: ClaimFeatures, acrossSides: boolean): number {
  const first = new Set(a.shingles);
  const second = new Set(b.shingles);
  let shared = 0;
  for (const shingle of second) if (first.has(shingle)) shared += 1;
  return overlapScore(first.size, second.size, shared, isPinned(acrossSides, a.numbers.length, b.numbers.length, a.places.length, b.places.length));
}

/** Both name some events and none the same. */
function eventsConflict(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((item) => b.includes(item));
}

/** Whether a claim's number (ClaimFeatures numbers) is a rounding (ROUGH_MARK), which sorts after the exact ones. */
export function isRounding(number: string): boolean {
  return number.startsWith(ROUGH_MARK);
}

/**
 * Numbers as ascending lists, a number as often as the claim states it, exact ones before the
 * roundings (`isRounding`: ClaimFeatures holds each exact figure's rounding, and an approximate
 * figure as its rounding alone): both name some and, among the exact ones or among the roundings,
 * the claim naming fewer names one the other does not. One outlet gives more of the figures
 * ("fell to 21.4% from 22.9%" / "fell to 21.4 per cent"), but never other ones ("killed 12" /
 * "killed 14"; "the No. 2 engine swallowed two geese" / "the No. 1 engine swallowed two geese");
 * one rounds a figure the other gives ("about 300 metres" / "300 metres"), but not to another one
 * ("about 300" / "about 120"). b's numbers are b[bFrom, bTo): a packed claim's, read in place.
 */
export function numbersConflict<T>(a: ArrayLike<T>, b: ArrayLike<T>, isRounding: (number: T) => boolean, bFrom = 0, bTo = b.length): boolean {
  const aRounded = firstRounding(a, 0, a.length, isRounding);
  const bRounded = firstRounding(b, bFrom, bTo, isRounding);
  return fewerNamesOther(a, 0, aRounded, b, bFrom, bRounded) || fewerNamesOther(a, aRounded, a.length, b, bRounded, bTo);
}

/** Where a claim's roundings start among its numbers, numbers[from, to). */
function firstRounding<T>(numbers: ArrayLike<T>, from: number, to: number, isRounding: (number: T) => boolean): number {
  let at = from;
  while (at < to && !isRounding(numbers[at]!)) at++;
  return at;
}

/** Both ascending ranges hold some, and the one holding fewer holds one the other does not. */
function fewerNamesOther<T>(a: ArrayLike<T>, aFrom: number, aTo: number, b: ArrayLike<T>, bFrom: number, bTo: number): boolean {
  if (aTo === aFrom || bTo === bFrom) return false;
  return aTo - aFrom <= bTo - bFrom ? namesOneMissing(a, aFrom, aTo, b, bFrom, bTo) : namesOneMissing(b, bFrom, bTo, a, aFrom, aTo);
}

/** Whether the ascending range `fewer` holds one that `more` does not. */
function namesOneMissing<T>(fewer: ArrayLike<T>, fewerFrom: number, fewerTo: number, more: ArrayLike<T>, moreFrom: number, moreTo: number): boolean {
  let j = moreFrom;
  for (let i = fewerFrom; i < fewerTo; i++, j++) {
    while (j < moreTo && more[j]! < fewer[i]!) j++;
    if (j === moreTo || more[j] !== fewer[i]) return true;
  }
  return false;
}

/** Both name some and none the same: "raids in Croydon" / "raids in Bromley". b's names are b[bFrom, bTo). */
export function namesConflict<T>(a: ArrayLike<T>, b: ArrayLike<T>, bFrom = 0, bTo = b.length): boolean {
  if (a.length === 0 || bTo === bFrom) return false;
  for (let i = 0; i < a.length; i++) for (let j = bFrom; j < bTo; j++) if (a[i] === b[j]) return false;
  return true;
}

/** A plan and a deed: "plans to close three factories" / "has closed three factories". */
export function stagesConflict(a: Stage, b: Stage): boolean {
  return a !== b && a !== 'unmarked' && b !== 'unmarked';
}

/**
 * Dates as flat [kind, name, kind, name…] lists, `relative` for the name of a relative date: both
 * name some and no two agree, where two agree when of one kind and of the same name or one
 * relative ("next year" agrees with "in 2026", not with "in the autumn"; "2024" not with "2023").
 * b's dates are b[bFrom, bTo): a packed claim's, read in place.
 */
export function datesConflict<T>(a: ArrayLike<T>, b: ArrayLike<T>, relative: T, bFrom = 0, bTo = b.length): boolean {
  if (a.length === 0 || bTo === bFrom) return false;
  for (let i = 0; i < a.length; i += 2) {
    for (let j = bFrom; j < bTo; j += 2) {
      if (a[i] === b[j] && (a[i + 1] === b[j + 1] || a[i + 1] === relative || b[j + 1] === relative)) return false;
    }
  }
  return true;
}

/** ClaimFeatures dates ("year 2024", "year") as datesConflict reads them, '' naming a relative date. */
export function datePairs(dates: readonly string[]): string[] {
  return dates.flatMap((date) => {
    const [kind = '', name = ''] = date.split(' ');
    return [kind, name];
  });
}

/**
 * How alike two claims are, 0 to 1; 0 when their numbers, events, polarity, stage, dates or places
 * disagree. `acrossSides`: their asserters' sides do not agree (sidesAgree).
 */
export function similarity(a: ClaimFeatures, b: ClaimFeatures, acrossSides = false): number {
  if (a.negated !== b.negated || stagesConflict(a.stage, b.stage)) return 0;
  if (!currenciesApart(a.currencies, b.currencies) && numbersConflict(a.numbers, b.numbers, isRounding)) return 0;
  if (eventsConflict(a.events, b.events)) return 0;
  if (datesConflict(datePairs(a.dates), datePairs(b.dates), '') || namesConflict(a.places, b.places)) return 0;
  return shingleOverlap(a, b, acrossSides);
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
 * The LSH band keys of a claim: claims sharing any key are candidates. They do not depend on the
 * side, so a claim can be looked up among the claims of sides that agree with its own (sidesAgree).
 * With 10 bands of 2 rows, a pair at similarity 0.5 shares a band with probability 0.94 (0.99 at
 * 0.6), a pair at 0.1 with probability 0.1. Each band is one index look-up, so few bands keep
 * matching fast.
 */
export function bandKeys(shingles: readonly string[]): string[] {
  if (shingles.length === 0) return [];
  // Signed by the words that say what happened (and numbers): actor words ("troops", "Ukrainian")
  // recur in countless claims of a side, and bands made of them would make all of those candidates.
  const events = shingles.filter((shingle) => shingle.endsWith('#2'));
  const signature = minHash(events.length > 0 ? events : shingles);
  return Array.from({ length: BANDS }, (_, band) => {
    const rows = signature.slice(band * ROWS, band * ROWS + ROWS);
    return `${band}|${rows.map((row) => row.toString(36)).join('.')}`;
  });
}
