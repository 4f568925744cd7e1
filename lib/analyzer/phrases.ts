// Token-level helpers shared by the stages: quote marks, noun phrases, clause subjects.
// Every walk here is bounded by the sentence it runs in, so the work per sentence stays linear
// in its length (with small constant windows).
import type { Token } from './nlp';
import { CONTINUING_VERBS, MEDIA_NOUNS, NAMING_CUES, RUMOUR_VERBS, isRumourWord } from './lexicon';
import { NAME_PARTICLES, POSSESSIVE_PRONOUNS, isCapitalised } from './words';
import { AFFILIATION_LINKS, isOrgWord, isStateOrCountry, isTimedOutlet } from './side-names';
import { mapped } from './mapped';

export const OPEN_QUOTES = new Set(['\u201c', '\u00ab', '\u201e', '``']);
export const CLOSE_QUOTES = new Set(['\u201d', '\u00bb']);
/** Marks that open or close a quote depending on whether one is open: " and ''. */
export const STRAIGHT_QUOTES = new Set(['"', "''"]);

/** Words that negate the verb they stand by: "was not", "had never", "didn't". */
export const VERB_NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never']);

export function isQuote(t: Token | undefined): boolean {
  return !!t && (STRAIGHT_QUOTES.has(t.text) || OPEN_QUOTES.has(t.text) || CLOSE_QUOTES.has(t.text));
}

const NP_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET']);
export const POSSESSIVE_MARKS = new Set(["'s", '\u2019s', "'", '\u2019']);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
const RELATIVE = new Set(['who', 'which', 'that', 'whose']);
const NAME_LINKS = new Set(['of', 'for', 'at', 'and', '&', 'with', ...NAME_PARTICLES]);
const NAME_PUNCT = new Set(['-', '&', "'", '\u2019', '/']);
const LEAD_CONNECTORS = new Set([
  'however', 'meanwhile', 'but', 'and', 'still', 'later', 'separately', 'also', 'yet', 'instead', 'so',
  'now', 'then', 'earlier', 'previously', 'finally', 'moreover', 'further', 'furthermore', 'indeed', 'in',
  'on', 'at', 'after', 'before', 'during', 'while', 'when', 'asked', 'speaking', 'overall', 'elsewhere',
]);
const WH_WORDS = new Set(['why', 'how', 'when', 'where', 'what', 'whether']);
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
export const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const TIME_PHRASE_HEADS = new Set([
  ...WEEKDAYS, ...DAY_PARTS, 'week', 'month', 'year', 'day', 'weekend', 'statement', 'interview', 'briefing', 'conference', ...MONTHS,
]);
/** "Election Day", "Christmas Eve", "Sunday", "Aug. 7": a name that ends in a day or a month names a date, never a speaker. */
const CALENDAR_ENDINGS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS, 'day', 'eve']);
const MONTH_ABBREVIATION = /^(?:jan|feb|mar|apr|aug|sept?|oct|nov|dec)\.?$/;

export function isCalendarName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return CALENDAR_ENDINGS.has(last) || words.some((w) => MONTH_ABBREVIATION.test(w));
}
export const DASHES = new Set(['\u2014', '\u2013', '--']);

/** Most tokens before a wire dateline's hyphen: "LONDON, March 4 (Reuters) -". */
const DATELINE_HYPHEN_REACH = 12;

/** A dateline's place in capitals opening the sentence ("KATHMANDU", "SAN JOSE"). */
const CAPITALS_PLACE = /^\p{Lu}{2,}$/u;

/** A dash that may end a dateline: a long dash, or a hyphen after a wire's name ("(Reuters) -") or a place in capitals ("KATHMANDU, Aug 9 -"). */
export function isDatelineDash(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (DASHES.has(t.text)) return true;
  if (t.text !== '-' || k > DATELINE_HYPHEN_REACH) return false;
  if (tokens[k - 1]?.text === ')') return true;
  // A spaced hyphen only: "27-year-old" after the place is no dateline's end.
  const spaced = (tokens[k - 1]?.end ?? t.start) < t.start && t.end < (tokens[k + 1]?.start ?? t.end + 1);
  // "TAXI APP BOSSES LOSE COURT FIGHT - AND WARN ...": a headline in capitals goes on in capitals after its hyphen.
  const shouting = CAPITALS_PLACE.test(tokens[k + 1]?.text ?? '');
  return spaced && !shouting && CAPITALS_PLACE.test(tokens[0]?.text ?? '') && (k === 1 || tokens[1]?.text === ',' || CAPITALS_PLACE.test(tokens[1]?.text ?? ''));
}

/** "Us", "Them": object pronouns, which capitalised inside a sentence open a name ("Us Weekly"). */
const NAMING_OBJECTS = new Set(['Us', 'Them', 'Me']);

/** Can this token be part of a noun phrase naming someone? */
export function isNounPhraseToken(t: Token | undefined): boolean {
  if (!t) return false;
  if (NP_TAGS.has(t.pos)) return true;
  if (t.pos === 'PART' && (t.lower === "'s" || t.lower === '\u2019s' || t.lower === "'" || t.lower === '\u2019')) return true;
  if (t.pos === 'PRON' && (POSSESSIVE_PRONOUNS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower))) return true;
  if (t.pos === 'PRON' && NAMING_OBJECTS.has(t.text)) return true;
  if (t.pos === 'PUNCT' && NAME_PUNCT.has(t.text)) return true;
  // "E! News": an exclamation mark left inside a sentence is part of a name.
  if (t.text === '!' && t.pos === 'PUNCT') return true;
  // "managing director", "acting chief executive": a participle that is part of a title.
  if (TITLE_PARTICIPLES.has(t.lower)) return true;
  // Capitalised words the tagger calls verbs inside names ("Save Blue Creek"), or auxiliaries ("columnist Ai Jun").
  const auxiliary = t.pos === 'AUX' && AUXILIARY_WORDS.has(t.lower);
  return isCapitalised(t.text) && t.pos !== 'PUNCT' && t.pos !== 'PRON' && !auxiliary && t.pos !== 'SCONJ' && t.pos !== 'CCONJ' && t.pos !== 'ADP';
}

const TITLE_PARTICIPLES = new Set(['managing', 'acting', 'founding', 'presiding', 'outgoing', 'commanding', 'returning']);

/** Words that are auxiliaries when capitalised too ("Will", "May" open questions more often than they name people). */
const AUXILIARY_WORDS = new Set([
  'be', 'is', 'am', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'do', 'does', 'did', 'will', 'would',
  'shall', 'should', 'may', 'might', 'must', 'can', 'could', "'s", "'re", "'ve", "'d", "'ll", 'ca', 'wo',
]);

const JOINED_PARTICIPLES = new Set(['based', 'owned', 'run', 'backed', 'funded', 'led', 'headquartered', 'born', 'controlled', 'linked', 'affiliated', 'allied', 'aligned']);

/** The last part of a web address: "com", "lt", "co". */
const DOMAIN_END = /^[a-z]{2,4}$/;

function isLink(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  // "officials in Kyiv", "residents in Batken": a place after a common noun.
  // "reports on local Facebook groups", "rumours on social media": where unnamed reports appeared.
  // "Reports from the scene", "A post on X": where the reports came from is no speaker of its own.
  const reported = tokens[i - 1]?.lower ?? '';
  if ((t.lower === 'on' || t.lower === 'in' || t.lower === 'from') && isRumourWord(reported) && isNounPhraseToken(tokens[i + 1])) return true;
  // "Maj. Gen. Ana Ruiz": a title's period the tokenizer split from it.
  const before = tokens[i - 1];
  if (t.text === '.' && before && before.end === t.start && isCapitalised(before.text) && before.text.length <= TITLE_REACH && isCapitalised(tokens[i + 1]?.text ?? '')) return true;
  // "Melbourne-based Vestra", "state-owned Gazprom": a participle joined to the word before by a hyphen.
  if (before?.text === '-' && before.end === t.start && JOINED_PARTICIPLES.has(t.lower)) return true;
  // "Krepsinis.lt", "Rediff.com": an outlet named by its web address.
  if (t.text === '.' && before && before.end === t.start && t.end === tokens[i + 1]?.start && isCapitalised(before.text) && DOMAIN_END.test(tokens[i + 1]?.text ?? '')) return true;
  if (PLACE_LINKS.has(t.lower)) {
    // "critics in the United States": the article may come before the place.
    const place = tokens[i + 1]?.lower === 'the' ? tokens[i + 2] : tokens[i + 1];
    const head = tokens[i - 1];
    if (!head || !place || !isPlaceName(place) || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return false;
    // "residents on Mill Lane", "passengers from Leeds": only a group of people is named by where it is.
    return t.lower === 'in' || /\p{Ll}s$/u.test(head.text);
  }
  if (NAME_LINKS.has(t.lower)) return isNounPhraseToken(tokens[i - 1]) && isNounPhraseToken(tokens[i + 1]);
  // "a shopkeeper in Via Labicana": a capitalised preposition inside the sentence opens a name.
  if (i > 0 && t.pos === 'ADP' && isCapitalised(t.text) && tokens[i + 1]?.pos === 'PROPN') return true;
  return isNameInnerWord(tokens, i);
}

/**
 * "Doctors Without Borders", "Mothers Against Drunk Driving", "Committee to Protect Journalists":
 * a preposition inside a name, between capitalised words (capitalised itself unless it is "to").
 */
function isNameInnerWord(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (i === 0 || !prev || !next || !isCapitalised(prev.text) || !isCapitalised(next.text) || prev.pos === 'PUNCT' || next.pos === 'PUNCT') return false;
  return (t.pos === 'ADP' || t.pos === 'PART') && (isCapitalised(t.text) || (t.lower === 'to' && prev.pos === 'PROPN'));
}

/** Words that open a clause before a name without being part of it: "Monday the Kremlin said". */
const NOT_NAME_OPENERS = new Set(['today', 'yesterday', 'tonight', 'meanwhile', 'later', 'earlier', 'now', 'then', 'still', 'also']);

/**
 * "Save the Children said": a name holding "the" whose first word opens the clause, where only the
 * position shows it capitalised. Where the name starts (before the "the" at `det`), or `det`.
 */
function nameBeforeArticle(tokens: Token[], det: number, lo: number): number {
  const after = tokens[det + 1];
  if (!after || !isCapitalised(after.text) || (after.pos !== 'PROPN' && after.pos !== 'NOUN')) return det;
  let a = det;
  while (a - 1 >= lo) {
    const t = tokens[a - 1] as Token;
    const opener = t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB';
    if (!isCapitalised(t.text) || !opener || TIME_NOUNS.has(t.lower) || NOT_NAME_OPENERS.has(t.lower)) break;
    a--;
  }
  if (a === det) return det;
  const before = tokens[a - 1];
  return a === lo || !before || before.pos === 'PUNCT' || before.pos === 'CCONJ' || before.pos === 'SCONJ' ? a : det;
}

const PLACE_LINKS = new Set(['in', 'on', 'from']);
/** Longest abbreviated title whose period may stand apart ("Capt"). */
const TITLE_REACH = 5;
/** "by 9 a.m. Wellsford Police said": a clock time before a name is not part of it. */
const CLOCK_WORDS = new Set(['a.m.', 'p.m.', 'am', 'pm', "o'clock", 'gmt', 'utc', 'bst', 'est', 'edt', 'pst']);

/** "Kyiv", "Market Street" (the tagger may call "Market" a noun), but not "Monday". */
function isPlaceName(t: Token): boolean {
  return (t.pos === 'PROPN' || (t.pos === 'NOUN' && isCapitalised(t.text))) && !TIME_NOUNS.has(t.lower);
}

/** Start of the noun phrase that ends just before `end` (never before `lo`). */
export function nounPhraseStartBefore(tokens: Token[], end: number, lo: number): number {
  let a = end;
  while (a - 1 >= lo) {
    const t = tokens[a - 1];
    if (!t) break;
    // "Harry M. Reid (D-Nev.)": a short parenthesis inside the name.
    if (t.text === ')') {
      let k = a - 2;
      while (k >= Math.max(lo, a - 6) && tokens[k]?.text !== '(') k--;
      if (k >= lo && tokens[k]?.text === '(' && isNounPhraseToken(tokens[k - 1])) {
        a = k;
        continue;
      }
      break;
    }
    if (CLOCK_WORDS.has(t.lower)) break;
    // "Relatives of at least two soldiers": a bound on a number is part of the phrase.
    if (t.lower === 'least' && tokens[a - 2]?.lower === 'at' && tokens[a]?.pos === 'NUM' && tokens[a - 3]?.lower === 'of') {
      a -= 2;
      continue;
    }
    // "the company's thinking": a gerund owned by a possessive is a noun.
    const ownedGerund = t.pos === 'VERB' && t.lower.endsWith('ing') && POSSESSIVE_MARKS.has(tokens[a - 2]?.lower ?? '');
    // "the company's outside counsel": no preposition follows a possessive, so the tagger's "outside" qualifies the noun.
    const ownedQualifier = t.pos === 'ADP' && POSSESSIVE_MARKS.has(tokens[a - 2]?.lower ?? '') && a < end;
    if (isNounPhraseToken(t) || isLink(tokens, a - 1) || ownedGerund || ownedQualifier) {
      a--;
      // A determiner opens its phrase: "On Sunday the police department" stops at "the".
      // "Correio da Tarde": a name's own link word tagged as a determiner does not.
      if (t.pos === 'DET' && !isLink(tokens, a) && !isLink(tokens, a - 1) && !POSSESSIVE_MARKS.has(tokens[a - 1]?.lower ?? '')) {
        a = t.lower === 'the' ? nameBeforeArticle(tokens, a, lo) : a;
        break;
      }
      // A subject pronoun only opens a phrase, unless it is part of a name ("spokeswoman He Yadong").
      const named = isCapitalised(t.text) && a < end - 1 && (tokens[a - 1]?.pos === 'NOUN' || tokens[a - 1]?.pos === 'PROPN');
      if (t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.lower) && !named) break;
      continue;
    }
    break;
  }
  // "Tuesday evening Sernageomin's regional director": the day opening the clause is no part of the phrase.
  return afterDayLead(tokens, a, end);
}

/** End (exclusive) of the noun phrase starting at `start` (never past `hi`). */
export function nounPhraseEndAfter(tokens: Token[], start: number, hi: number): number {
  let b = start;
  while (b < hi) {
    const t = tokens[b];
    if (!t) break;
    // "A Treasury source branded the story": a verb of naming the tagger read as an adjective ends the phrase.
    if (b > start && t.pos === 'ADJ' && NAMING_CUES.has(t.lower)) break;
    if (isNounPhraseToken(t) || (b > start && isLink(tokens, b))) {
      b++;
      // "Ministry spokeswoman He Yadong": a capitalised pronoun inside a name does not end it.
      const named = b - 1 > start && isCapitalised(t.text) && tokens[b]?.pos === 'PROPN';
      if (t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.lower) && !named) break;
      continue;
    }
    break;
  }
  return b;
}

const CAPITALISED_NAME = /^\p{Lu}\p{Ll}/u;
/** A US party-and-state tag: "R-S.C.", "D-Md.", "I-Vt". */
const PARTY_TAG = /^[RDI]-[A-Z][A-Za-z.]{0,5}$/;
const PARTY_TAG_MAX_TOKENS = 5;
/** How many tokens a dash-enclosed appositive may span. */
const DASH_REACH = 24;

/** End of a comma-delimited appositive or relative clause starting at `start` (after a comma), or -1. */
export function appositiveEnd(tokens: Token[], start: number, hi: number, maxLen = 40): number {
  const first = tokens[start];
  if (!first) return -1;
  const opens = first.pos === 'DET' || first.pos === 'PROPN' || first.pos === 'NUM' || RELATIVE.has(first.lower) ||
    first.pos === 'NOUN' || first.pos === 'ADJ' || (first.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(first.lower)) ||
    // A name the tagger reads as a verb ("Grant & Welby").
    (first.pos === 'VERB' && CAPITALISED_NAME.test(first.text));
  if (!opens) return -1;
  for (let k = start + 1; k < Math.min(hi, start + maxLen); k++) {
    const t = tokens[k];
    if (!t) return -1;
    if (t.text === ',') return k;
    if (t.text === ';' || t.text === ':' || isQuote(t) || DASHES.has(t.text)) return -1;
  }
  return -1;
}

/** First token of the clause that contains `at`: after a semicolon, colon or dateline dash. */
export function clauseStart(tokens: Token[], at: number, lo: number): number {
  for (let k = at - 1; k >= lo; k--) {
    const t = tokens[k];
    if (!t) continue;
    if (k === at - 1 && DASHES.has(t.text)) {
      // "A former candidate -- John McCain, who lost in 2008 -- said": a pair of dashes encloses an appositive.
      let open = k - 1;
      while (open > lo && k - open < DASH_REACH && !DASHES.has(tokens[open]?.text ?? '')) open--;
      if (open > lo && DASHES.has(tokens[open]?.text ?? '')) {
        k = open;
        continue;
      }
    }
    if (t.text === ';' || isDatelineDash(tokens, k)) return k + 1;
  }
  return lo;
}

/** Words of time that are no names, though capitalised (not "may", which is also a modal). */
export const TIME_NOUNS: ReadonlySet<string> = new Set([...WEEKDAYS, ...DAY_PARTS, 'week', 'weekend', 'month', 'year', ...MONTHS.filter((m) => m !== 'may')]);

/** "made" in "On Sunday Mr. Trump made ...": a verb that is neither a participle nor after "to". */
function isFiniteVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.pos === 'VERB' && !t.lower.endsWith('ing') && tokens[k - 1]?.lower !== 'to';
}

/**
 * "Facing mounting criticism, X said": a participle opening the clause, not a name ("Manning, ...")
 * and not "According to X," which names the source itself.
 */
function isLeadParticiple(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return t.pos === 'VERB' && t.lower.endsWith('ing') && t.lower !== 'according' && !!tokens[i + 1] && tokens[i + 1]?.text !== ',';
}

const LEAD_TIMES = new Set(['late', 'early', 'earlier', 'later']);
/** "Hours later,", "Two days earlier,", "A few minutes later": a span of time before "later" or "earlier". */
const DURATION_NOUNS = new Set(['seconds', 'minutes', 'moments', 'hours', 'days', 'weeks', 'months', 'years', 'minute', 'hour', 'day', 'week', 'month', 'year']);
/** Most words of the span before its "later": "Less than two hours later". */
const DURATION_REACH = 4;

/** Past "Hours later," opening the clause at `i`, or `i` when no such time phrase opens it. */
function afterDurationLead(tokens: Token[], i: number, hi: number): number {
  for (let k = i; k < Math.min(hi - 1, i + DURATION_REACH); k++) {
    if (!DURATION_NOUNS.has(tokens[k]?.lower ?? '')) continue;
    const when = tokens[k + 1]?.lower ?? '';
    if (when !== 'later' && when !== 'earlier') return i;
    return tokens[k + 2]?.text === ',' ? k + 3 : k + 2;
  }
  return i;
}

/** "Last year", "This week": a period near the time of writing. */
const NEAR_PERIOD_OPENERS = new Set(['last', 'this', 'next']);

/** Past "Tuesday evening", "Late Monday", "Last year" opening the clause at `i` before its subject ("Tuesday evening the regional director said"), or `i`. */
function afterDayLead(tokens: Token[], i: number, hi: number): number {
  let k = LEAD_TIMES.has(tokens[i]?.lower ?? '') || NEAR_PERIOD_OPENERS.has(tokens[i]?.lower ?? '') ? i + 1 : i;
  if (!WEEKDAYS.has(tokens[k]?.lower ?? '') && !(k > i && NEAR_PERIOD_OPENERS.has(tokens[i]?.lower ?? '') && TIME_NOUNS.has(tokens[k]?.lower ?? ''))) return i;
  k++;
  if (DAY_PARTS.has(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.text === ',') k++;
  const subject = tokens[k];
  return k < hi && subject && (subject.pos === 'DET' || subject.pos === 'PROPN' || subject.pos === 'NOUN' || subject.pos === 'PRON') ? k : i;
}

/** How far an introductory phrase may run to its comma: "In response to Donald Trump's proposal to bar ... States,". */
const LEAD_REACH = 20;

/** Skip sentence-opening connectors and introductory phrases ("However,", "In a statement,"). */
export function skipLead(tokens: Token[], lo: number, hi: number): number {
  let i = lo;
  for (let guard = 0; guard < 3 && i < hi; guard++) {
    const t = tokens[i];
    if (!t) break;
    const timed = Math.max(afterDurationLead(tokens, i, hi), afterDayLead(tokens, i, hi));
    if (timed > i) {
      i = timed;
      continue;
    }
    // "But Guardian, the first Republican mayor, stopped ...": a conjunction opens no phrase of its own.
    if (t.pos === 'CCONJ' && isCapitalised(tokens[i + 1]?.text ?? '') && tokens[i + 1]?.pos === 'PROPN') {
      i++;
      continue;
    }
    // "Late on Thursday,": a time word the tagger may read as a name.
    const lateOn = LEAD_TIMES.has(t.lower) && tokens[i + 1]?.pos === 'ADP';
    if (LEAD_CONNECTORS.has(t.lower) || lateOn || t.pos === 'ADV' || t.pos === 'SCONJ' || t.pos === 'ADP' || isLeadParticiple(tokens, i)) {
      // Up to the next comma if it is close and no verb comes first ("In an updated statement,": a participle after
      // a determiner describes the noun).
      let k = i + 1;
      while (k < Math.min(hi, i + LEAD_REACH) && tokens[k]?.text !== ',' && tokens[k]?.pos !== 'AUX' && !(isFiniteVerb(tokens, k) && tokens[k - 1]?.pos !== 'DET')) k++;
      if (tokens[k]?.text === ',') {
        i = k + 1;
        continue;
      }
      if (t.pos === 'ADP' && k > i + 1) {
        // "On Sunday the police department ...": a short time or place phrase without a comma.
        let end = i + 1;
        while (end < Math.min(hi, i + 5) && isNounPhraseToken(tokens[end]) && !(end > i + 1 && tokens[end]?.pos === 'DET')) end++;
        // "On Sunday morning Mr. Trump made ...": the time phrase ends at its last time word.
        let lastTime = -1;
        for (let k = i + 1; k < end; k++) if (TIME_NOUNS.has(tokens[k]?.lower ?? '')) lastTime = k;
        if (lastTime > 0 && lastTime + 1 < end) end = lastTime + 1;
        const next = tokens[end];
        if (end > i + 1 && next && (next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'NOUN')) {
          i = end;
          continue;
        }
        break;
      }
      if (t.pos === 'ADV' || t.pos === 'CCONJ' || LEAD_CONNECTORS.has(t.lower)) {
        if (t.pos === 'ADP' || t.pos === 'SCONJ') break;
        i++;
        continue;
      }
    }
    break;
  }
  return i;
}

/** The subject noun phrase at the start of the clause beginning at `lo`, with appositives. */
export function subjectAt(tokens: Token[], lo: number, hi: number): [number, number] | null {
  const a = skipLead(tokens, lo, hi);
  let b = nounPhraseEndAfter(tokens, a, hi);
  if (b === a) return null;
  if (tokens[b]?.lower === 'on' && b + 2 <= hi && endsTimedOutlet(tokens, b, b + 2)) b += 2;
  b = namedAs(tokens, b, hi);
  // Appositives and relative clauses: "Save Blue Creek, the coalition that organised the march,"
  for (let guard = 0; guard < 3; guard++) {
    if (tokens[b]?.text !== ',') break;
    // "Dr Rachel Oduya, of the dementia charity Memory UK, backed": whom a named person is with.
    const end = tokens[b + 1]?.lower === 'of' && tokens[b - 1]?.pos === 'PROPN' ? appositiveEnd(tokens, b + 2, hi) : appositiveEnd(tokens, b + 1, hi);
    if (end < 0) break;
    const after = tokens[end + 1];
    // "branded": a verb of naming the tagger may read as an adjective.
    if (!after || !(after.pos === 'VERB' || after.pos === 'AUX' || after.pos === 'ADV' || after.pos === 'ADP' || NAMING_CUES.has(after.lower))) break;
    if (after.pos === 'ADP') break;
    b = end;
  }
  return [a, b];
}

/** Most tokens of a post's noun phrase and the participle phrase after it. */
const SHARED_RUMOUR_REACH = 16;
/** How far into the clause the post's noun may stand: "A viral Facebook post". */
const RUMOUR_HEAD_REACH = 4;

/**
 * "A post shared more than 12,000 times on Facebook", "A video viewed two million times": a post,
 * message or medium at the clause start, followed by a past participle saying what was done with
 * it; where its noun phrase ends, or -1.
 */
function sharedRumourEnd(tokens: Token[], lo: number, a: number): number {
  if (a - lo > SHARED_RUMOUR_REACH) return -1;
  // Cheap first: a post or medium among the clause's first words.
  let named = false;
  for (let k = lo; k < Math.min(a, lo + RUMOUR_HEAD_REACH) && !named; k++) named = isRumourWord(tokens[k]?.lower ?? '') || MEDIA_NOUNS.has(tokens[k]?.lower ?? '');
  if (!named) return -1;
  const end = nounPhraseEndAfter(tokens, lo, a);
  const head = tokens[end - 1];
  const participle = tokens[end];
  if (end <= lo || end >= a || !head || !participle || participle.pos !== 'VERB' || !participle.lower.endsWith('ed')) return -1;
  if (!isRumourWord(head.lower) && !MEDIA_NOUNS.has(head.lower)) return -1;
  for (let k = end + 1; k < a; k++) if (tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX' || opensSubordinateClause(tokens, k)) return -1;
  return end;
}

/**
 * "The rumour started just after 3 a.m., when the account X told ...": a comma and a word opening a
 * clause of its own; the noun before it is that sentence's subject, not a post the cue's speaker shared.
 */
function opensSubordinateClause(tokens: Token[], k: number): boolean {
  const opener = tokens[k + 1];
  return tokens[k]?.text === ',' && !!opener && (WH_WORDS.has(opener.lower) || opener.pos === 'SCONJ');
}

/** Do the one or two words before `at` and the time phrase [at, b) name an outlet ("The Mail on Sunday")? */
function endsTimedOutlet(tokens: readonly Token[], at: number, b: number): boolean {
  for (const from of [at - 1, at - 2]) {
    if (from >= 0 && isTimedOutlet(tokens.slice(from, b).map((t) => t.text).join(' '))) return true;
  }
  return false;
}

/** Where "to" may stand back from a cue's "to" in "took to X ... to deny": after a platform of one or two words and a short time phrase. */
const PLATFORM_GAPS = [3, 4, 5, 6, 7];

const SKIP_BEFORE_CUE = new Set([
  'himself', 'herself', 'itself', 'themselves',
  'not', "n't", 'also', 'later', 'again', 'then', 'firmly', 'repeatedly', 'has', 'have', 'had', 'would', 'will',
  'could', 'did', 'does', 'do', 'further', 'previously', 'earlier', 'quickly', 'publicly', 'privately', 'flatly',
  'strongly', 'immediately', 'separately', 'recently', 'once', 'still', 'now', 'has', 'had', 'formally', 'officially', 'long',
]);

export interface Subject {
  start: number;
  end: number;
  /** The subject sits at the clause start because the cue is coordinated or a participle. */
  fromClause: boolean;
}

/**
 * The subject of the reporting verb at `cue`: the noun phrase just before it (with appositives),
 * or the clause's subject when the verb is coordinated ("... and said") or a participle.
 */
/** Verbs that give a work its title: 'headlined "..."', 'titled "..."'. */
const TITLING = new Set(['headlined', 'titled', 'entitled', 'captioned', 'headed']);
/** Most tokens of a quoted title. */
const QUOTED_TITLE_REACH = 14;

/** Is the quote closing just after `comma` a title given by a titling verb ('headlined "X,"')? */
function titledBefore(tokens: Token[], comma: number, lo: number): boolean {
  for (let k = comma - 1; k > lo && comma - k <= QUOTED_TITLE_REACH; k--) if (isQuote(tokens[k])) return TITLING.has(tokens[k - 1]?.lower ?? '');
  return false;
}

/** "One of them", "one of those": a pick from a group the sentence before named. */
const GROUP_PRONOUNS = new Set(['them', 'those', 'these']);
/** "Some of those who ...": a demonstrative standing for people, and the words picking a part of them. */
const THOSE = new Set(['those', 'these']);
const GROUP_PICKS = new Set(['some', 'many', 'most', 'several', 'all', 'few', 'one']);

/** "Two of them", "most of those" ending at `b`: a pick from a group named before, its start, or -1. */
function groupPickBefore(tokens: Token[], b: number, lo: number): number {
  const pick = tokens[b - 3];
  const picks = !!pick && (GROUP_PICKS.has(pick.lower) || pick.pos === 'NUM');
  return b - 3 >= lo && picks && tokens[b - 2]?.lower === 'of' && GROUP_PRONOUNS.has(tokens[b - 1]?.lower ?? '') ? b - 3 : -1;
}

/** "Main Street Forward said": a capitalised word the tagger calls an adverb ends a name, outside title-case headlines. */
function endsName(tokens: Token[], i: number, cue: number): boolean {
  const t = tokens[i] as Token;
  return isCapitalised(t.text) && tokens[i - 1]?.pos === 'PROPN' && !isCapitalised(tokens[cue]?.text ?? '');
}

/** "X appeared to undercut", "seemed to contradict": the verb carried by one that hedges it, whose subject it keeps. */
const SEEMING_VERBS = new Set(['appear', 'appears', 'appeared', 'seem', 'seems', 'seemed']);

export function subjectBefore(tokens: Token[], cue: number, lo: number): Subject | null {
  let b = cue;
  while (b - 1 >= lo) {
    const t = tokens[b - 1];
    if (!t) break;
    if ((t.pos === 'ADV' && !WH_WORDS.has(t.lower) && !endsName(tokens, b - 1, cue)) || t.pos === 'AUX' || SKIP_BEFORE_CUE.has(t.lower)) {
      b--;
      continue;
    }
    // "Republicans continue to warn that", "was quick to point out": the cue carried by another verb.
    if (t.lower === 'to') {
      // "went on to say": the particle sits between the verb and "to".
      const verb = tokens[b - 2]?.lower === 'on' ? b - 3 : b - 2;
      if (verb >= lo && (CONTINUING_VERBS.has(tokens[verb]?.lower ?? '') || SEEMING_VERBS.has(tokens[verb]?.lower ?? ''))) {
        b = verb;
        continue;
      }
      // "took to Twitter to deny", "took to Instagram on Monday to deny": a platform (and a time) between the verb and "to".
      const via = mapped(PLATFORM_GAPS, (gap) => b - gap).find((k) => k - 1 >= lo && tokens[k]?.lower === 'to' && CONTINUING_VERBS.has(tokens[k - 1]?.lower ?? ''));
      if (via !== undefined) {
        b = via - 1;
        continue;
      }
    }
    // "opened by telling the audience that", "responded by saying": the cue is how the subject's act was done.
    if (b === cue && t.lower === 'by' && tokens[cue]?.lower.endsWith('ing') && b - 2 >= lo && tokens[b - 2]?.pos === 'VERB') {
      b -= 2;
      continue;
    }
    break;
  }
  // "..., the Milan-based maker of scooters, on Monday rejected": a time phrase before the verb.
  for (let k = b - 1; k >= Math.max(lo, b - 3); k--) {
    if (tokens[k]?.pos === 'ADP' && TIME_PHRASE_HEADS.has(tokens[b - 1]?.lower ?? '') && k < b - 1 && !endsTimedOutlet(tokens, k, b)) {
      b = k;
      break;
    }
  }
  const prev = tokens[b - 1];
  if (!prev) return null;
  // "..., which said" / "..., who said": the antecedent before the comma.
  if (RELATIVE.has(prev.lower) && tokens[b - 2]?.text === ',') {
    const head = nounPhraseStartBefore(tokens, b - 2, lo);
    return head < b - 2 ? { start: describedName(tokens, head, lo), end: b - 2, fromClause: false } : null;
  }
  // "on a graphic that claimed P", "spoke to a man who claimed P": the object the relative clause hangs on.
  if (RELATIVE.has(prev.lower) && b === cue && (tokens[b - 2]?.pos === 'NOUN' || tokens[b - 2]?.pos === 'PROPN')) {
    const head = nounPhraseStartBefore(tokens, b - 1, lo);
    const object = tokens[head - 1]?.pos === 'ADP' || tokens[head - 1]?.pos === 'VERB';
    if (head < b - 1 && object && (tokens[head]?.lower === 'a' || tokens[head]?.lower === 'an')) return { start: head, end: b - 1, fromClause: false };
  }
  if (prev.pos === 'CCONJ' || (prev.text === ',' && tokens[cue]?.lower.endsWith('ing'))) {
    const s = subjectAt(tokens, clauseStart(tokens, b, lo), b);
    return s ? { start: s[0], end: s[1], fromClause: true } : null;
  }
  // 'The article, headlined "Sabbath Mower," said': a title's comma inside its closing quote still closes the appositive.
  if (isQuote(tokens[b - 1]) && tokens[b - 2]?.text === ',' && titledBefore(tokens, b - 2, lo)) b--;
  // "X, chief technology officer of Y, which makes Z, said": a relative clause on the last name is passed over.
  let passedRelative = false;
  for (let guard = 0; guard < 3 && tokens[b - 1]?.text === ','; guard++) {
    // ", in a statement issued late on Thursday, denied" or an appositive before the verb.
    let k = b - 2;
    let listed = false;
    while (k >= lo && (tokens[k]?.text !== ',' || isPlaceListComma(tokens, k, b)) && b - k < 24) {
      listed ||= tokens[k]?.text === ',';
      k--;
    }
    const opener = tokens[k + 1];
    if (!(k >= lo && tokens[k]?.text === ',' && opener)) break;
    // "X, a teacher from Columbus, Ohio, who spent four days isolated, said": "who" never hangs on the place.
    const relativeOnName = opener.lower === 'which' || (opener.lower === 'who' && closesTownsState(tokens, k));
    if (relativeOnName && !passedRelative && appositiveBefore(tokens, k, lo) && hasVerb(tokens, k + 2, b - 1)) {
      passedRelative = true;
      b = k + 1;
      continue;
    }
    // ", of Kingsmead Police,": whom the named person is with, an appositive of the name.
    // ", of the dementia charity Memory UK,": a description of the body may come before its name.
    const named = tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2;
    const described = named + (tokens[named]?.pos === 'NOUN' || tokens[named]?.pos === 'ADJ' ? (tokens[named + 1]?.pos === 'NOUN' ? 2 : 1) : 0);
    // ", for the Service Prosecuting Authority,": counsel for a named body speaks for it.
    const affiliation = AFFILIATION_LINKS.has(opener.lower) && (CAPITALISED_NAME.test(tokens[named]?.text ?? '') || (described < b && CAPITALISED_NAME.test(tokens[described]?.text ?? '')));
    if (!affiliation && (opener.pos === 'ADP' || (opener.pos === 'VERB' && !CAPITALISED_NAME.test(opener.text)) || opener.pos === 'ADV')) {
      b = k;
      continue;
    }
    // "One of them, Linda Morales, said": the appositive names the one who spoke.
    if (k - 3 >= lo && tokens[k - 3]?.lower === 'one' && tokens[k - 2]?.lower === 'of' && GROUP_PRONOUNS.has(tokens[k - 1]?.lower ?? '')) return { start: k + 1, end: b - 1, fromClause: false };
    // "A Democratic strategist close to the senator, who spoke on condition of anonymity, said": the whole described phrase.
    const phrase = nounPhraseStartBefore(tokens, k, lo);
    // "The union representing the ferry's crews, the Marine Crew Alliance, said": the participle's noun heads the phrase.
    const describedStart = describedSubject(tokens, phrase, lo);
    const linked = describedStart >= 0 ? describedStart : participleCarrierStart(tokens, phrase, lo);
    const head = nameBeforeDescription(tokens, nameBeforePartyTag(tokens, linked >= 0 ? linked : phrase, k, lo), lo);
    // "The spot, which will air in Charlotte, Greensboro and Raleigh, says", "X, a teacher from Columbus, Ohio, said":
    // an appositive or relative clause holding places.
    if (head < k && (affiliation || listed || appositiveEnd(tokens, k + 1, b) === b - 1)) return { start: outerName(tokens, head, lo), end: b - 1, fromClause: false };
    // "The president of the local lodge, Mike Brannigan, said" with "lodge" read as a verb: the name set off by commas.
    if (head >= k && b - k > 2 && tokens.slice(k + 1, b - 1).every((t) => t.pos === 'PROPN')) return { start: tokens[lo]?.pos === 'DET' ? lo : k + 1, end: b - 1, fromClause: false };
    break;
  }
  if (passedRelative && tokens[b - 1]?.text === ',') b--;
  // "A former candidate -- John McCain, who lost in 2008 -- said": the dashes close an appositive.
  if (DASHES.has(tokens[b - 1]?.text ?? '')) {
    let k = b - 2;
    while (k > lo && b - k < DASH_REACH && !DASHES.has(tokens[k]?.text ?? '')) k--;
    const head = DASHES.has(tokens[k]?.text ?? '') ? nounPhraseStartBefore(tokens, k, lo) : k;
    if (head < k) return { start: head, end: b - 1, fromClause: false };
  }
  const tagged = partyTaggedName(tokens, b, lo);
  if (tagged >= 0) return { start: tagged, end: b, fromClause: false };
  let a = nounPhraseStartBefore(tokens, b, lo);
  // "Workers at branches in Leeds, Sheffield and Nottingham have posted": the end of a list of places is no subject.
  if (a > lo && isPlaceListComma(tokens, a - 1, b)) {
    const s = subjectAt(tokens, clauseStart(tokens, a, lo), a - 1);
    if (s) return { start: s[0], end: s[1], fromClause: false };
  }
  a = listedNameStart(tokens, a, b, lo);
  if (a === b) {
    const pick = groupPickBefore(tokens, b, lo);
    if (pick >= 0) return { start: pick, end: b, fromClause: false };
    // "progressive organizations that have endorsed him say": a relative clause ending in its object.
    const antecedent = OBJECT_PRONOUNS.has(tokens[b - 1]?.lower ?? '') ? relativeAntecedent(tokens, b - 1, lo) : -1;
    return antecedent >= 0 ? { start: antecedent, end: b, fromClause: false } : objectRelativeSubject(tokens, b, lo);
  }
  // "Sen. Marco Rubio, R-Fla., appearing on Fox News, said": a short tag after the name.
  if (tokens[a - 1]?.text === ',' && b - a <= 3 && tokens[a]?.pos === 'PROPN' && /-/.test(tokens[a]?.text ?? '')) {
    const head = nounPhraseStartBefore(tokens, a - 1, lo);
    if (head < a - 1 && tokens[head]?.pos === 'PROPN') a = head;
  } else a = nameBeforePartyTag(tokens, a, b, lo);
  const carrier = participleCarrierStart(tokens, a, lo);
  if (carrier >= 0) return { start: carrier, end: b, fromClause: false };
  // "A lawyer for the family of a man shot and killed by an officer said": the agent of a passive
  // participle after the subject's noun is not who spoke.
  if (tokens[a - 1]?.lower === 'by') {
    let p = a - 2;
    while (p > lo && (tokens[p]?.lower === 'and' || (tokens[p]?.pos === 'VERB' && !tokens[p]?.lower.endsWith('ing')))) p--;
    // The tagger may read the first participle as a noun ("man shot/NOUN and killed by").
    const start = p < a - 2 && tokens[a - 2]?.pos === 'VERB' && (tokens[p]?.pos === 'NOUN' || tokens[p]?.pos === 'PROPN') ? nounPhraseStartBefore(tokens, p + 1, lo) : -1;
    if (start === lo) return { start, end: b, fromClause: false };
  }
  // "A post shared more than 12,000 times on Facebook claims": a post and what was done with it.
  const shared = sharedRumourEnd(tokens, lo, a);
  if (shared >= 0) return { start: lo, end: shared, fromClause: false };
  // "Researchers who study online misinformation said": the relative clause belongs to its antecedent.
  const relative = tokens[a - 1];
  // "The man who she said had attacked her": a pronoun there is the cue's own subject.
  const pronounSubject = b - a === 1 && SUBJECT_PRONOUNS.has(tokens[a]?.lower ?? '');
  if (relative && !pronounSubject && (relative.lower === 'who' || relative.lower === 'that') && (relative.pos === 'PRON' || relative.pos === 'SCONJ' || relative.pos === 'DET')) {
    const start = nounPhraseStartBefore(tokens, a - 1, lo);
    if (start < a - 1 && start === lo && (tokens[a - 2]?.pos === 'NOUN' || tokens[a - 2]?.pos === 'PROPN')) return { start, end: b, fromClause: false };
  }
  const antecedent = relativeAntecedent(tokens, a, lo);
  if (antecedent >= 0) return { start: antecedent, end: b, fromClause: false };
  const described = describedSubject(tokens, a, lo);
  if (described >= 0) return { start: described, end: b, fromClause: false };
  // "Senate Republicans on Wednesday accused": the time phrase is not the subject.
  if (tokens[a - 1]?.pos === 'ADP' && TIME_PHRASE_HEADS.has(tokens[b - 1]?.lower ?? '') && !endsTimedOutlet(tokens, a - 1, b)) {
    const end = a - 1;
    const start = nounPhraseStartBefore(tokens, end, lo);
    if (start < end) {
      a = start;
      b = end;
    }
  }
  // ", a charge Khartoum dismissed": the claim answered, then who answered it.
  if (b - a > 2 && ANSWERED_NOUNS.has(tokens[a + 1]?.lower ?? '') && (tokens[a]?.lower === 'a' || tokens[a]?.lower === 'an') && tokens[a + 2]?.pos === 'PROPN') a += 2;
  return { start: conjunctAfterObject(tokens, a, b, lo), end: b, fromClause: false };
}

/**
 * "Posts sharing it claimed": a participle phrase before the phrase at `a` belongs to the noun it
 * follows, opening the clause at `lo`; where that noun's phrase starts, or -1.
 */
function participleCarrierStart(tokens: Token[], a: number, lo: number): number {
  const participle = tokens[a - 1];
  // "Two aides tracking the vote": the tagger may call the participle a noun when its object follows.
  const participial = participle?.pos === 'VERB' || (participle?.pos === 'NOUN' && tokens[a]?.pos === 'DET');
  if (!participial || !participle.lower.endsWith('ing') || !(tokens[a - 2]?.pos === 'NOUN' || tokens[a - 2]?.pos === 'PROPN')) return -1;
  const start = nounPhraseStartBefore(tokens, a - 1, lo);
  return start < a - 1 && start === lo ? start : -1;
}

/** Prepositions a list of places follows: "in Leeds, Sheffield and Nottingham", "across Kent, Surrey and Sussex". */
const PLACE_LIST_HEADS = new Set(['in', 'at', 'across', 'from', 'to', 'including', 'throughout']);

/**
 * Is the comma at `k` inside a list of places a preposition opens ("in Leeds, Sheffield and
 * Nottingham"), the list ending with "and" or "or" before `hi`, rather than setting off an appositive?
 */
function isPlaceListComma(tokens: Token[], k: number, hi: number): boolean {
  if (tokens[k]?.text !== ',' || !isCapitalised(tokens[k - 1]?.text ?? '')) return false;
  let item = k - 1;
  while (item > 0 && isCapitalised(tokens[item - 1]?.text ?? '') && tokens[item - 1]?.pos === 'PROPN') item--;
  if (!PLACE_LIST_HEADS.has(tokens[item - 1]?.lower ?? '') || tokens[item - 1]?.pos !== 'ADP') return false;
  // "Calder, based in Princeton, New Jersey, said", "X, a retired teacher from Columbus, Ohio, said": a town and
  // its state (or country) closing a participle's or a noun's phrase.
  const after = tokens.slice(k + 1, hi - 1);
  const carrier = tokens[item - 2];
  const placed = (JOINED_PARTICIPLES.has(carrier?.lower ?? '') || carrier?.pos === 'NOUN') && tokens[hi - 1]?.text === ',' && after.length <= 2;
  if (placed && after.every((t) => isCapitalised(t.text)) && isStateOrCountry(after.map((t) => t.text).join(' '))) return true;
  const next = tokens[k + 1]?.lower === 'the' ? tokens[k + 2] : tokens[k + 1];
  if (!next || !isCapitalised(next.text) || next.pos !== 'PROPN') return false;
  for (let j = k + 1; j < hi; j++) {
    const t = tokens[j];
    if (t?.lower === 'and' || t?.lower === 'or') return true;
    if (t?.text === ';' || isVerb(t)) return false;
  }
  return false;
}

/**
 * "The Meteorology, Climatology and Geophysics Agency", "the Office of Roads, Bridges and Tunnels": a body's
 * name listing its remit goes on before the comma the phrase [a, b) starts after; where the name starts, else a.
 */
function listedNameStart(tokens: Token[], a: number, b: number, lo: number): number {
  const span = tokens.slice(a, b);
  const and = span.findIndex((t) => t.lower === 'and');
  if (tokens[a - 1]?.text !== ',' || and < 1 || !span.every((t) => t.lower === 'and' || isCapitalised(t.text))) return a;
  let comma = a - 1;
  // Items of one capitalised word each, back to the first: ", Climatology", ", Bridges".
  while (tokens[comma - 2]?.text === ',' && isCapitalised(tokens[comma - 1]?.text ?? '')) comma -= 2;
  const start = nounPhraseStartBefore(tokens, comma, lo);
  const first = tokens.slice(start, comma);
  const named = first.length > 0 && isCapitalised(first[first.length - 1]?.text ?? '') && comma - start <= 4;
  return named && [...first, ...span].some((t) => isOrgWord(t.text)) ? start : a;
}

const ANSWERED_NOUNS = new Set(['charge', 'claim', 'accusation', 'allegation', 'assertion', 'version', 'figure', 'account']);

/** Does the comma at `k` follow a town and its state or country ("Columbus, Ohio", "Tacoma, Washington")? */
function closesTownsState(tokens: Token[], k: number): boolean {
  let start = k;
  while (start - 1 >= 0 && isCapitalised(tokens[start - 1]?.text ?? '') && tokens[start - 1]?.pos === 'PROPN') start--;
  const place = tokens.slice(start, k).map((t) => t.text).join(' ');
  return start < k && k - start <= 2 && tokens[start - 1]?.text === ',' && isStateOrCountry(place);
}

/** Does an appositive's comma come shortly before the comma at `k`? */
function appositiveBefore(tokens: Token[], k: number, lo: number): boolean {
  for (let c = k - 1; c > lo && k - c < 24; c--) if (tokens[c]?.text === ',') return true;
  return false;
}

export function isVerb(t: Token | undefined): boolean {
  return !!t && (t.pos === 'VERB' || t.pos === 'AUX');
}

/** Index of the first comma in tokens [a, b), or b. */
export function commaAfter(tokens: readonly Token[], a: number, b: number): number {
  for (let k = a; k < b; k++) if (tokens[k]?.text === ',') return k;
  return b;
}

export function hasVerb(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isVerb(tokens[k])) return true;
  return false;
}

/**
 * "X called the claim a fabrication and the man's family said": a phrase opening after the
 * object of another verb holds that object, "and", then the subject; the subject is what follows "and".
 */
function conjunctAfterObject(tokens: Token[], a: number, b: number, lo: number): number {
  const before = tokens[a - 1];
  if (a <= lo || !before || (before.pos !== 'NOUN' && before.pos !== 'VERB')) return a;
  for (let k = b - 2; k > a; k--) if (tokens[k]?.lower === 'and' && tokens[k + 1]?.pos === 'DET') return k + 1;
  return a;
}

/**
 * "Posts that users shared widely claimed": a relative clause whose own subject and verb stand
 * before the cue; the sentence's subject is its antecedent, from the sentence start to the cue.
 */
function objectRelativeSubject(tokens: Token[], b: number, lo: number): Subject | null {
  const verb = tokens[b - 1];
  if (!verb || verb.pos !== 'VERB' || verb.lower.endsWith('ing')) return null;
  // The relative word may be tagged a determiner, so it is looked for rather than taken from the noun phrase.
  let r = b - 3;
  while (r > lo && b - r <= OBJECT_RELATIVE_REACH && !OBJECT_RELATIVES.has(tokens[r]?.lower ?? '')) r--;
  const head = tokens[r - 1];
  if (!OBJECT_RELATIVES.has(tokens[r]?.lower ?? '') || !head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return null;
  for (let k = r + 1; k < b - 1; k++) if (!isNounPhraseToken(tokens[k])) return null;
  const start = nounPhraseStartBefore(tokens, r, lo);
  return start === lo && start < r ? { start, end: b, fromClause: false } : null;
}

/** Most tokens from the relative word to the cue: "that social media users shared". */
const OBJECT_RELATIVE_REACH = 6;

const OBJECT_RELATIVES = new Set(['that', 'which']);

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us', 'me']);

/** "executives who have worked with X", "A post on X that was shared 10,000 times". */
export const RELATIVE_PRONOUNS = new Set(['who', 'that', 'which']);

/** How many tokens a relative clause may span between its antecedent and the cue's noun phrase. */
const RELATIVE_REACH = 10;

/**
 * "Though executives who have worked with Lachlan Murdoch say": the phrase before the cue closes a
 * relative clause whose antecedent opens the clause; the antecedent's start, or -1.
 */
function relativeAntecedent(tokens: Token[], a: number, lo: number): number {
  let verb = false;
  for (let k = a - 1; k > lo && a - k <= RELATIVE_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',' || isQuote(t) || DASHES.has(t.text)) return -1;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
    // "Messages that spread on WhatsApp said": a rumour verb the tagger may read as a noun.
    const rumour = RUMOUR_VERBS.has(tokens[k + 1]?.lower ?? '');
    verb ||= rumour;
    if (!RELATIVE_PRONOUNS.has(t.lower) || (t.pos !== 'PRON' && !rumour)) continue;
    const head = tokens[k - 1];
    // "Some of those who shared the photo claimed": a demonstrative standing for people, after a quantity.
    const those = !!head && THOSE.has(head.lower);
    if (!verb || !head || (head.pos !== 'NOUN' && head.pos !== 'PROPN' && !those)) return -1;
    const start = those ? (tokens[k - 2]?.lower === 'of' && GROUP_PICKS.has(tokens[k - 3]?.lower ?? '') ? k - 3 : k - 1) : nounPhraseStartBefore(tokens, k, lo);
    // Only a connector or two ("Though", "But") may precede it.
    for (let c = lo; c < start; c++) if (start - lo > 2 || !(tokens[c]?.pos === 'SCONJ' || tokens[c]?.pos === 'CCONJ' || tokens[c]?.pos === 'ADV')) return -1;
    return start < k ? start : -1;
  }
  return -1;
}

/**
 * "People briefed on the talks said", "Sources close to the team said", "Residents near the plant
 * said": the phrase before the cue hangs on a noun opening the clause, after a preposition and
 * perhaps a participle or adjective; where that noun's phrase starts, or -1.
 */
function describedSubject(tokens: Token[], a: number, lo: number): number {
  const prep = tokens[a - 1];
  if (!prep || !(prep.pos === 'ADP' || prep.lower === 'to') || CLOCK_WORDS.has(prep.lower)) return -1;
  let k = a - 1;
  const modifier = tokens[k - 1];
  if (modifier && (modifier.pos === 'ADJ' || (modifier.pos === 'VERB' && modifier.lower.endsWith('ed')))) k--;
  const head = tokens[k - 1];
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return -1;
  const start = nounPhraseStartBefore(tokens, k, lo);
  // "But a source close to the couple told": a conjunction may open the clause.
  const opens = start === lo || (start === lo + 1 && tokens[lo]?.pos === 'CCONJ');
  return start < k && start === skipLead(tokens, lo, k) && opens ? start : -1;
}

/** How many tokens back an appositive may open before a second one: "X, an adviser to the head of Y, Z's company, said". */
const NESTED_APPOSITIVE_REACH = 12;

/**
 * "Renat Karchaa, an adviser to the head of Rosatom, Russia's state nuclear corporation, said":
 * when the phrase found before the last appositive is itself an appositive of a name opening the
 * clause, the name is where the subject starts.
 */
function outerName(tokens: Token[], head: number, lo: number): number {
  let c = head - 1;
  let verb = false;
  while (c > lo && head - c < NESTED_APPOSITIVE_REACH && tokens[c]?.text !== ',') {
    // "A shop assistant who was working on the lower level, Dean Howell, said": the antecedent of the relative clause.
    if (tokens[c]?.lower === 'who' && nounPhraseStartBefore(tokens, c, lo) === lo && c > lo) return lo;
    if (tokens[c]?.pos === 'VERB' || tokens[c]?.pos === 'AUX') verb = true;
    c--;
  }
  if (verb) return head;
  if (tokens[c]?.text !== ',' || c <= lo) return head;
  const start = nounPhraseStartBefore(tokens, c, lo);
  return start === lo && tokens[start]?.pos === 'PROPN' ? start : head;
}

/** "Sen. Marco Rubio, R-Fla." ending at `b` (the tag split into pieces by the tokenizer): where the name starts, or -1. */
function partyTaggedName(tokens: Token[], b: number, lo: number): number {
  let c = b - 1;
  while (c > lo && b - c <= PARTY_TAG_MAX_TOKENS + 1 && tokens[c]?.text !== ',') c--;
  if (tokens[c]?.text !== ',' || c + 1 >= b) return -1;
  let tag = '';
  for (let k = c + 1; k < b; k++) tag += tokens[k]?.text ?? '';
  if (!/^\(?[RDI]-/.test(tag) || !PARTY_TAG.test(tag)) return -1;
  const head = nounPhraseStartBefore(tokens, c, lo);
  return head < c && tokens[head]?.pos === 'PROPN' ? head : -1;
}

/** "Sen. Jo Hale, R-S.C., a candidate, said": the name before a party-and-state tag [a, b) heads the phrase. */
function nameBeforePartyTag(tokens: Token[], a: number, b: number, lo: number): number {
  if (b - a > PARTY_TAG_MAX_TOKENS || tokens[a - 1]?.text !== ',') return a;
  let tag = '';
  for (let k = a; k < b; k++) tag += tokens[k]?.text ?? '';
  if (!PARTY_TAG.test(tag)) return a;
  const head = nounPhraseStartBefore(tokens, a - 1, lo);
  return head < a - 1 && tokens[head]?.pos === 'PROPN' ? head : a;
}

/** "Marco Ferri, editor of the ministry's newspaper, La Voce, said": a lower-case description at `a` follows the name. */
function nameBeforeDescription(tokens: Token[], a: number, lo: number): number {
  const first = tokens[a];
  if (!first || isCapitalised(first.text) || tokens[a - 1]?.text !== ',') return a;
  const head = nounPhraseStartBefore(tokens, a - 1, lo);
  // "In a statement on Sunday, a spokesman ...": a time or place after a preposition is no name.
  if (tokens[head - 1]?.pos === 'ADP' || TIME_NOUNS.has(tokens[head]?.lower ?? '')) return a;
  return head < a - 1 && tokens[head]?.pos === 'PROPN' ? head : a;
}

/**
 * "heard from Dr Alice Morrow, a Home Office pathologist, who said": a description at `a` opened by
 * "a"/"an" after a full name (two capitalised words or more) set off by a comma describes that
 * person, who heads the phrase; else `a`.
 */
export function describedName(tokens: Token[], a: number, lo: number): number {
  if (tokens[a - 1]?.text !== ',' || !INDEFINITE_ARTICLES.has(tokens[a]?.lower ?? '')) return a;
  const head = nounPhraseStartBefore(tokens, a - 1, lo);
  const name = tokens.slice(head, a - 1);
  return name.length >= 2 && name.every((t) => t.pos === 'PROPN' && !TIME_NOUNS.has(t.lower)) ? head : a;
}

/** "a", "an": the articles that open a description of what someone is. */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/** "a group calling itself Nightjar", "a militia known as X": the name belongs to the phrase. */
function namedAs(tokens: Token[], b: number, hi: number): number {
  const w = tokens[b]?.lower;
  const w2 = tokens[b + 1]?.lower;
  let k = -1;
  if ((w === 'calling' && (w2 === 'itself' || w2 === 'themselves')) || (w === 'known' && w2 === 'as')) k = b + 2;
  else if (w === 'called' || w === 'named') k = b + 1;
  if (k < 0 || !isCapitalised(tokens[k]?.text ?? '')) return b;
  const end = nounPhraseEndAfter(tokens, k, hi);
  return end > k ? end : b;
}

export function textOf(text: string, tokens: Token[], a: number, b: number): string {
  const first = tokens[a];
  const last = tokens[b - 1];
  return first && last && b > a ? text.slice(first.start, last.end) : '';
}
