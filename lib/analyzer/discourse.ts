// What the article has named so far: organisations and people (runs of capitalised words) and
// the actors that spoke or acted, so that "it", "he", "the agency", "Rahimzoda" and
// "Skyvale's chief executive" can be traced back to a full name and a side.
import aliases from './data/aliases.json';
import { type Gender, genderOf } from './gender';
import { lexiconTag, type Token } from './nlp';
import type { Sentence } from './sentences';
import { ARTICLE_NAME, NAME_PARTICLES, POSSESSIVE_END, beforeComma, firstWord, isCapitalised, lastWord, unshouted } from './words';
import { type Actor, bodyBeforeTitle, isBranchNumber, isCountrySide, isCourtesyTitle, isMemberNoun, isOrgWord, isPartySide, isPortfolio, isRoleWord, isTimedOutlet, looksLikePerson, namedSide, partySide, placeKind, portfolioAfter, remembered, usStateNamed, withoutPostNominal } from './side-names';
import { DAY_PARTS, WEEKDAYS, isDatelineDash, isVerb } from './phrases';
import { WordIndex } from './word-index';

const RUN_LINKS = new Set(['of', 'for', 'and', '&', 'de', 'del', 'van', 'von', 'al', 'without', 'sans']);
const MAX_RECALL = 12;
const DATELINE_SENTENCES = 6;
const EMPTY: ReadonlySet<string> = new Set();
/** Reference noun → the words that name a body of that kind ("the union" → union, association, ...). */
const REFERENCE_TYPES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(aliases.referenceTypes).map(([noun, kinds]) => [noun, new Set(kinds)]),
);
/** What a body of members scores for a reference to its kind that does not name the members: less than any other body of that kind. */
const MEMBER_BODY_SCORE = 0.5;

/**
 * "The Canadian Bank Employees Union" → its last word, "union", when the name says whom the body is
 * made of; else null (shared between calls).
 */
export const memberBodyKind = remembered((name: string): string | null => {
  const words = beforeComma(name).toLowerCase().split(/\s+/);
  // "Friends of Kettleby Libraries": members "of" something are the body's name, not the members it is made of.
  return words.slice(0, -1).some((w, k) => isMemberNoun(w) && !MEMBERS_OF_LINKS.has(words[k + 1] ?? '')) ? (words[words.length - 1] ?? null) : null;
});
const MEMBERS_OF_LINKS = new Set(['of', 'for']);

/** Where a person's name ends and their employer begins: "Superintendent Alan Brierley of Wellsford Police". */
const EMPLOYER_LINK = / (?:of|at|for|from) /;

/** "A former aide to Rep. Adrian Delgado": a role whose holder serves the person named after "to". */
const SERVES_PERSON = /^(?:\p{L}+\s+){0,3}\p{Ll}+\s+to\s+\p{Lu}/u;

/** "X, a Washington group that ...", "X, the city's largest union": a name's appositive, up to any clause or place after its kind (group 1). */
const APPOSITIVE = /^[^,]+,\s+(?:an?|the)\s+(.*?)(?=,|\s(?:that|which|who|whose|based|in|of|from|for|with|on|at)\s|$)/u;

/** Does the name's appositive say the body is of this kind ("X, a Washington group" → group)? */
function describedAs(name: string, kind: string): boolean {
  const appositive = APPOSITIVE.exec(name)?.[1];
  return !!appositive && lastWord(appositive) === kind;
}

/** " who is locked in a primary with X", " which ...": a relative clause to the end of a speaker's description. */
const RELATIVE_CLAUSE = /\s(?:who|whose|which)\s.*$/u;

/**
 * The last word of each of the first two comma-separated parts of a name, before any "of X":
 * "Okoro's agent, Tomás Vilela" → Vilela; "Superintendent Alan Brierley of Wellsford Police" → Brierley.
 * Shared between calls (names recur): never mutated.
 */
const surnamesOf = remembered((name: string): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const part of name.split(',').slice(0, 2)) {
    // "A former aide to Rep. Adrian Delgado" is not Delgado: the surname is the boss's.
    if (SERVES_PERSON.test(part.trim())) continue;
    // "Ms. Marquardt, a former state treasurer who is in a primary with Dwayne Hollis" is not Hollis: a relative clause names another.
    const own = part.replace(RELATIVE_CLAUSE, '');
    // Both "Secretary of State Michael Adams" → Adams and "Alan Brierley of Wellsford Police" → Brierley.
    for (const piece of [own, own.split(EMPLOYER_LINK)[0] ?? own]) {
      // "Helen Strand KC" → Strand.
      const words = withoutPostNominal(piece.trim()).split(/\s+/);
      if (words.length > 1) out.add(words[words.length - 1] as string);
    }
  }
  return out;
});

/**
 * "The office of New Mexico Gov. Ana Delgado" → "Ana Delgado" for "Delgado": the person a body is
 * named after, when the surname ends the name after its link; else null.
 */
function personAfterEmployerLink(name: string, surname: string): string | null {
  const head = beforeComma(name);
  const link = head.search(EMPLOYER_LINK);
  // Only a body's name ("office of"), not a role's ("Secretary of State Michael Adams").
  if (link < 0 || !isOrgWord(head.slice(0, link).split(/\s+/).pop() ?? '')) return null;
  const words = head.slice(link).trim().split(/\s+/);
  if (words[words.length - 1] !== surname) return null;
  let from = words.length - 1;
  while (from > 1 && isCapitalised(words[from - 1] as string) && !/\.$/.test(words[from - 1] as string) && !isRoleWord(words[from - 1] as string)) from--;
  const person = words.slice(from);
  return person.length > 1 && !person.some(isOrgWord) ? person.join(' ') : null;
}

/** "Chief Executive Officer Karen Lindqvist" → "Karen Lindqvist": two or three plain capitalised words ending a name, or null. */
function personalNameEnding(words: readonly string[]): string | null {
  let a = words.length - 1;
  while (a > 0 && isCapitalised(words[a - 1] as string) && !isRoleWord(words[a - 1] as string) && !isOrgWord(words[a - 1] as string)) a--;
  // "Secretary of State Craig Whitcomb": the role's portfolio ("of State") is no part of the name.
  a += Math.max(0, portfolioAfter(words, a - 2) - 1);
  const n = words.length - a;
  return n >= 2 && n <= 3 && !isOrgWord(words[words.length - 1] as string) ? words.slice(a).join(' ') : null;
}

/** "Elena Rusk" (surname "Rusk") in "Professor Elena Rusk of Halverston University's Institute": the person's name before the "of" of their body, or null. */
function affiliatedPerson(words: readonly string[]): { surname: string; name: string } | null {
  const of = words.indexOf('of');
  const name = of > 1 ? personalNameEnding(words.slice(0, of)) : null;
  return name ? { surname: words[of - 1] as string, name } : null;
}

/** "D.": a middle initial inside a person's name ("Paul D. Ryan"). */
const MIDDLE_INITIAL = /^\p{Lu}\.$/u;

/**
 * "Speaker Paul D. Ryan" → "Paul D. Ryan": a person's name of two or three words after their capitalised role, a
 * middle initial in it, else null ("Sen. Sanders": a courtesy title makes no fuller name; "Khizr and Ghazala Khan"
 * names two).
 */
function plainPersonalName(name: string): string | null {
  const words = wordsOfName(name);
  const ending = personalNameEnding(words);
  const own = ending ? wordsOfName(ending) : [];
  const role = words.slice(0, words.length - own.length);
  const initialOrTitle = (w: string, k: number): boolean => isCourtesyTitle(w) || (w.endsWith('.') && !(k > 0 && MIDDLE_INITIAL.test(w)));
  return ending && own.length > 1 && role.every(isCapitalised) && !own.some(initialOrTitle) ? ending : null;
}

/** A name without the courtesy titles in it ("Ms Helen Ward" → "Helen Ward"). */
function untitled(words: readonly string[]): string {
  return words.filter((w) => !isCourtesyTitle(w)).join(' ');
}

function lowerWords(text: string): string[] {
  return text.toLowerCase().replace(/['\u2019]s\b/g, '').split(NOT_NAME_CHARS).filter(Boolean);
}
// "&" stays a word: "Grant & Welby" is a firm by its ampersand.
const NOT_NAME_CHARS = /[^\p{L}\p{N}&-]+/u;

/** The set of lowerWords(text), shared between calls (names recur): never mutated. */
const wordSets = new Map<string, ReadonlySet<string>>();
const WORD_SETS_LIMIT = 5000;
function lowerWordSet(text: string): ReadonlySet<string> {
  let set = wordSets.get(text);
  if (set) return set;
  if (wordSets.size >= WORD_SETS_LIMIT) wordSets.clear();
  set = new Set(lowerWords(text));
  wordSets.set(text, set);
  return set;
}

/** lowerWordSet of a name's head and its side together, remembered per name and side (both recur): never mutated. */
const properSets = new Map<string, Map<string, ReadonlySet<string>>>();
function properWordSet(name: string, side: string): ReadonlySet<string> {
  let bySide = properSets.get(name);
  if (!bySide) {
    if (properSets.size >= WORD_SETS_LIMIT) properSets.clear();
    properSets.set(name, (bySide = new Map()));
  }
  let set = bySide.get(side);
  if (!set) bySide.set(side, (set = lowerWordSet(`${beforeComma(name)} ${side}`)));
  return set;
}

/** How many earlier names a reference may be traced back over. */
const LOOKBACK = 80;

/** The patterns of an acronym's expansion, compiled once per acronym (the same acronyms recur from article to article). */
const LINKS_IN_NAMES = ['of', 'the', 'and', 'for', 'on', ...NAME_PARTICLES].join('|');
const expansionPatterns = remembered((acronym: string): { words: RegExp; whole: RegExp } => {
  // Each letter opens a capitalised word; "of the" and the like ("del" in "Frente Popular del Catatumbo") may
  // come between; a place may come first.
  const words = [...acronym].map((c) => `${c}[\\p{Ll}'\u2019-]+`).join(`\\s+(?:(?:${LINKS_IN_NAMES})\\s+)*`);
  return { words: new RegExp(`${words}\\b`, 'u'), whole: new RegExp(`(?:\\p{Lu}\\p{Ll}+\\s+)?${words}\\b`, 'uy') };
});

/** A capitalised word and the space after it, ending where `at` begins ("The " before "Federal Aviation Administration"); else ''. */
const WORD_BEFORE = /(?<=(\p{Lu}\p{Ll}+\s+))/uy;
function wordBefore(text: string, at: number): string {
  WORD_BEFORE.lastIndex = at;
  return WORD_BEFORE.exec(text)?.[1] ?? '';
}

const wordsOfName = remembered((name: string): readonly string[] => name.split(/\s+/));

/** A run of capitalised words naming something ("Calloway Marine Terminals"). */
export interface NamedEntity {
  name: string;
  /** Shared between names alike: never mutated. */
  words: readonly string[];
  sentence: number;
  side: string;
  /** Lower-cased words of the name, for matching references. */
  lowerSet: ReadonlySet<string>;
}

const FORMER_OPENING = /^(?:Former|Ex)$/;

function isNameWord(t: Token | undefined, sentenceStart: boolean): boolean {
  if (!t || !isCapitalised(t.text) || t.pos === 'PUNCT') return false;
  // "Former Rovers team-mate X": a sentence's opening "Former" describes, it names no body.
  if (sentenceStart && FORMER_OPENING.test(t.text)) return false;
  if (t.pos === 'PROPN') return true;
  return !sentenceStart && (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'VERB' || t.pos === 'X');
}

const POSSESSIVE_MARKS = new Set(["'s", '\u2019s']);

function nameRunEnd(t: readonly Token[], from: number): number {
  let k = from;
  while (isNameWord(t[k], false)) k++;
  return k;
}

/**
 * "Priya Sandhu and Marc-Andre Leblanc": an "and" at `j` after a name of two words or more with no
 * body's or place's word in it, before a run that ends in no body's word either, joins two people,
 * not one name ("Food and Drug Administration", "Natural Resources and Environment Ministry",
 * "Teller County Search and Rescue" stay whole).
 */
function joinsTwoPeople(t: readonly Token[], i: number, j: number): boolean {
  if (t[j]?.lower !== 'and' || j - i < 2) return false;
  for (let k = i; k < j; k++) if (isOrgWord(t[k]?.text ?? '') || placeKind(t[k]?.text ?? '')) return false;
  return !isOrgWord(t[nameRunEnd(t, j + 1) - 1]?.text ?? '');
}

/** "Priya Sandhu and Marc-Andre Leblanc": two people's names of two or three plain words each, joined by "and". */
export const isPairOfPeople = remembered((name: string): boolean => {
  const people = name.split(' and ');
  return people.length === 2 && people.every((p) => {
    const words = p.split(' ');
    return words.length >= 2 && words.length <= 3 && words.every((w) => isCapitalised(w) && !isOrgWord(w) && !isRoleWord(w));
  });
});

/** "Halverston University" in "Elena Rusk of Halverston University's Institute": a body's name (after any "of") owning what follows it, or null. */
function ownerBodyIn(words: readonly string[]): string | null {
  const owner = words.findIndex((w) => POSSESSIVE_END.test(w) && isOrgWord(w.replace(POSSESSIVE_END, '')));
  if (owner < 1) return null;
  const from = words.lastIndexOf('of', owner) + 1;
  return owner - from >= 1 && namedSide(words[from] as string) === null ? [...words.slice(from, owner), (words[owner] as string).replace(POSSESSIVE_END, '')].join(' ') : null;
}

/** Is token `k` a hyphen written tight between two name words that are no sides ("Marc-Andre", not "Israel-Hamas")? */
function isHyphenInName(t: readonly Token[], k: number): boolean {
  const [before, hyphen, after] = [t[k - 1], t[k], t[k + 1]];
  if (hyphen?.text !== '-' || !before || !isNameWord(after, false) || before.end !== hyphen.start || hyphen.end !== after?.start) return false;
  return namedSide(before.text) === null && namedSide(after.text) === null;
}

/** Does the possessive at `at` sit inside one name: an owner no side is known by, and a run after it ending in a body's word? */
function possessiveInName(text: string, t: readonly Token[], from: number, at: number): boolean {
  const end = nameRunEnd(t, at + 1);
  return isOrgWord(t[end - 1]?.text ?? '') && namedSide(text.slice(t[from]?.start ?? 0, t[at - 1]?.end ?? 0)) === null;
}

/** "Tuesday evening", "Sunday night" at `i`: a time, though a day's name is capitalised. */
function isDayAndPart(t: readonly Token[], i: number): boolean {
  return WEEKDAYS.has(t[i]?.lower ?? '') && DAY_PARTS.has(t[i + 1]?.text ?? '');
}

/**
 * "Civil rights groups sued", "Consumer groups said": a sentence's first word, a common word
 * the language knows, before a word in lower case (no link of a name) and capitalised nowhere else
 * inside a sentence of the article, names no one, whatever the tagger made of it.
 */
function opensWithCommonWord(text: string, t: readonly Token[]): boolean {
  const [first, next, third] = t;
  // "Immigration and Customs Enforcement": a link goes on with the name; "China's": an owner is named;
  // "Quarry operator Veldmark Stone": a kind before a name describes it.
  if (!first || !next || isCapitalised(next.text) || next.pos === 'PUNCT' || RUN_LINKS.has(next.lower) || POSSESSIVE_MARKS.has(next.lower)) return false;
  if (isCapitalised(third?.text ?? '')) return false;
  const tag = lexiconTag(first.lower);
  // "TV chef X": an acronym (or a word in capitals) is no word capitalised for opening the sentence.
  if ((tag !== 'NOUN' && tag !== 'ADJ') || !/^\p{Lu}\p{Ll}+$/u.test(first.text) || namedSide(first.text) !== null) return false;
  return !capitalisedInside(text).has(first.text);
}

/** A capitalised word written inside a sentence: after a word or a comma ("Workers' Union"), not after a full stop, a quote mark, a bracket or a dash. */
const CAPITALISED_INSIDE = /(?<=[^\s.!?:"\u201c(\u2014\u2013-][ \t\u00a0]+)\p{Lu}\p{Ll}+\b/gu;
/** The last article's capitalised words written inside a sentence, read in one pass over its text (every sentence asks). */
let insideOf: { text: string; words: ReadonlySet<string> } | undefined;

function capitalisedInside(text: string): ReadonlySet<string> {
  if (insideOf?.text !== text) insideOf = { text, words: new Set(text.match(CAPITALISED_INSIDE)) };
  return insideOf.words;
}

/**
 * Runs of capitalised words in a sentence, with "of"/"and" links and lower-case words between
 * capitals; `writes` tells whether the article writes a word as given (for a lede's "POLICE").
 */
export function namedEntities(text: string, s: Sentence, writes: (word: string) => boolean): NamedEntity[] {
  const out: NamedEntity[] = [];
  const t = s.tokens;
  let i = opensWithCommonWord(text, t) ? 1 : 0;
  while (i < t.length) {
    if (!isNameWord(t[i], i === 0)) {
      i++;
      continue;
    }
    // "Tuesday evening Sernageomin's director": a day and its part of the day name no one.
    if (isDayAndPart(t, i)) {
      i += 2;
      continue;
    }
    let j = i + 1;
    while (j < t.length) {
      if (isNameWord(t[j], false) || isBranchNumber(t[j - 1]?.text ?? '', t[j]?.text ?? '')) j++;
      else if ((t[j]?.text === "'" || t[j]?.text === '\u2019') && isNameWord(t[j + 1], false)) j += 2;
      // "Katiba Ansar al-Sahel": an Arabic article written onto the name's last word.
      else if (t[j + 1]?.text === '-' && isNameWord(t[j + 2], false) && ARTICLE_NAME.test(text.slice(t[j]?.start ?? 0, t[j + 2]?.end ?? 0))) j += 3;
      // "Marc-Andre Leblanc": a hyphen written between two name words joins them into one ("Russia-Ukraine" stays two sides).
      else if (isHyphenInName(t, j)) j += 2;
      // "St Luke's Primary School", "Macy's Inc": a possessive inside a body's name, not a possessor named before a body of its own ("Russia's Defense Ministry").
      else if (POSSESSIVE_MARKS.has(t[j]?.lower ?? '') && isNameWord(t[j + 1], false) && possessiveInName(text, t, i, j)) j = nameRunEnd(t, j + 1);
      else if ((RUN_LINKS.has(t[j]?.lower ?? '') || (t[j]?.pos === 'NOUN' && !isRoleWord(t[j]?.lower ?? ''))) && isNameWord(t[j + 1], false) && j + 1 < t.length && !joinsTwoPeople(t, i, j)) j += 2;
      // "The Mail on Sunday": a day that is part of an outlet's name.
      else if (t[j]?.lower === 'on' && t[j + 1] && isTimedOutlet(`${t[j - 1]?.text ?? ''} on ${t[j + 1]?.text}`)) j += 2;
      else break;
    }
    const first = t[i];
    const last = t[j - 1];
    if (first && last) {
      const name = unshouted(text.slice(first.start, last.end).replace(/['\u2019]s$/, ''), writes);
      const words = wordsOfName(name);
      out.push({ name, words, sentence: s.index, side: namedSide(name) ?? bodyBeforeTitle(words) ?? name, lowerSet: lowerWordSet(name) });
    }
    i = j;
  }
  return out;
}

const KIND_WORDS = new Set(Object.values(aliases.referenceTypes).flat());
const NAMED_KINDS = new Set(aliases.namedKinds);
const STREET_WORDS = new Set(aliases.streetWords);
/** "City Hall", "town hall": a town's government by its building. */
export const TOWN_HALL = /^(?:[Tt]he\s+)?(?:[Cc]ity|[Tt]own)\s+[Hh]all$/u;

/** "Gettysburg Avenue", "Mill Road": a street's or a landmark's name by its last word, which looks like a person's but is none. */
export function isStreetName(name: string): boolean {
  return STREET_WORDS.has(lastWord(name).toLowerCase());
}
/** "the army": a state's force, which a country's army named before answers before an armed group named "... Army". */
const STATE_FORCES = new Set(aliases.stateForces);

/**
 * "the league" cannot be "Castlemoor FC": a name showing another kind of body and none of this
 * one's; for bodies whose names say what they are ("... League", "... Union"), any name without it.
 */
export function kindConflicts(noun: string, name: string, named = true): boolean {
  const kind = noun.toLowerCase();
  const kinds = REFERENCE_TYPES.get(kind);
  if (!kinds) return false;
  // "Nordkyst Ferjer, which runs both ferries": what the appositive says it does is no word of its name.
  const own = beforeComma(name);
  const words = lowerWords(own);
  // "Tata Group" may be "the company"; "a ransomware group", a description, is not.
  if (words.includes(kind) || (words.some((w) => kinds.has(w)) && lowerWords(own.replace(DESCRIPTION_WORD, '')).some((w) => kinds.has(w)))) return false;
  return (named && NAMED_KINDS.has(kind)) || words.some((w) => KIND_WORDS.has(w));
}
/** A word in lower case after the first: "a ransomware group" describes, "Tata Group" names. */
const DESCRIPTION_WORD = /(?<=\s)\p{Ll}[\p{L}\p{N}&-]*/gu;

/**
 * Names of parties in the alias table, longest first: "Liberal Democrat" before "Democrat", so that
 * a party's longer name is never read as the shorter one inside it; "Republican", "Reform UK".
 */
const PARTY_FORMS = Object.entries(aliases.sides)
  .filter(([form, side]) => /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{L}+)*$/u.test(form) && isPartySide(side))
  .map(([form]) => form)
  .sort((a, b) => b.length - a.length)
  .join('|');
/**
 * "Whitlock (D-Ore.)", "Keel, a Republican", "Llanes, a longtime Democrat", "Halvorsen, an Idaho
 * Republican", "Reyes, the Republican nominee": a name with the party the article gives it (a state's
 * name before the party is tried last, so "a Liberal Democrat" stays one party). The name is capped in
 * length so that a long run of letters stays linear.
 */
// "Tom Eberhart, Republican of Kansas": a party and its member's state, with no article.
// "Whitcombe, also a Republican", "Vance, himself a Democrat": an adverb may come before the article.
const PARTY_MENTION = new RegExp(String.raw`(\p{Lu}[\p{L}'\u2019-]{1,30}),?\s\(?(?:([RD])(?:-\p{Lu}|\))|(?:(?:(?:also|himself|herself)\s)?(?:an?|the)\s(?:\p{Ll}{1,20}\s|(?:\p{Lu}[\p{L}.]+\s){1,2})??|(?=(?:${PARTY_FORMS})\sof\s\p{Lu}))(${PARTY_FORMS})\b)`, 'gu');
/**
 * "Republican Lauren Pike", "Democratic Sen. Carl Brennan", "the Labour MP Susan Clegg": a party
 * word, roles or titles, then a name of two or three words (checked by partyBeforeName).
 */
// The words after the party are looked ahead at, so that "Democrats say Republican Mark Tolliver" still tries "Republican".
// "Labour's Naomi Ferris", "the Liberal Democrats' Amira Shah": the party's possessive before the name.
const PARTY_BEFORE_NAME = new RegExp(String.raw`\b(${PARTY_FORMS})(?:['\u2019]s?)?\s(?=((?:[\p{L}.]+,?\s){0,3}?)(\p{Lu}[\p{L}'\u2019-]+(?:\s\p{Lu}[\p{L}'\u2019-]+){1,2}))`, 'gu');
/** "Reform UK's candidate, Gary Holt": a candidate of the body named, which is their party. */
const CANDIDATE_OF = /(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)['\u2019]s\s(?:candidate|nominee),\s(\p{Lu}[\p{L}'\u2019-]+(?:\s\p{Lu}[\p{L}'\u2019-]+){1,2})/gu;

/** What every PARTY_MENTION and PARTY_BEFORE_NAME holds: most sentences hold none, and this is much quicker to look for. */
const PARTY_WORD = new RegExp(String.raw`${PARTY_FORMS}|[RD]-|\([RD]\)`, 'u');
/** Every party the text names: "Democrats accused the Republican candidate" names two. */
const PARTY_NAMED = new RegExp(String.raw`\b(?:${PARTY_FORMS})`, 'gu');
/** "the September primary", "Republican primary voters", "primaries": a contest within one party. */
const PRIMARY_CONTEST = /\bprimar(?:y|ies)\b/u;
/** "a tight Democratic primary", "the Republican Senate primary", "GOP primary voters": the party whose primary it is. */
const PARTY_PRIMARY = new RegExp(String.raw`\b(${PARTY_FORMS})\s(?:\p{L}+\s)?primar(?:y|ies)\b`, 'gu');

/** "the Democratic challenger, X", "her Republican opponent, businessman X": who stands against a candidate. */
const RIVALS = new Set(['opponent', 'rival', 'challenger', 'contender', 'nominee', 'candidate']);
/** Words between a party and a role that keep the role the party's: "Republican state Senate candidate Mark Tolliver". */
const PARTY_NAME_QUALIFIERS = new Set(['state', 'former', 'federal', 'local', 'incumbent', 'U.S.', 'Senate', 'House', 'Assembly', 'Congress', 'Parliament', 'council', 'City', 'Council']);

/** The surname and party of a PARTY_BEFORE_NAME match whose words between are roles or titles and whose name is a person's; else null. */
function partyBeforeName(m: RegExpMatchArray): [surname: string, party: string] | null {
  const before = (m[2] ?? '').split(/\s+/).filter(Boolean);
  const words = (m[3] ?? '').split(/\s+/);
  // "Democratic challenger, state Senator Aisha Vanterpool": a capitalised title opening the run after the party's
  // own words is a role, not the name ("Labour Minister Grace Phiri" keeps its title: "Labour" may be the portfolio).
  const titled = before.length > 0 && words.length > 2 && isRoleWord(words[0] as string) ? 1 : 0;
  const between = [...before, ...words.slice(0, titled)];
  const name = words.slice(titled);
  // "her Republican opponent, businessman Tom Hadley": after a rival's comma, the person's own description.
  const rival = between.findIndex((w) => w.endsWith(','));
  const described = rival >= 0 && RIVALS.has(between[rival]?.slice(0, -1) ?? '') && between.slice(0, rival).every((w) => PARTY_NAME_QUALIFIERS.has(w));
  const fits = (w: string, k: number): boolean => isRoleWord(w) || PARTY_NAME_QUALIFIERS.has(w) || (described && (k === rival || (k > rival && /^\p{Ll}+$/u.test(w))));
  if (!between.every(fits) || name.some((w) => isRoleWord(w) || isOrgWord(w) || namedSide(w) !== null)) return null;
  const party = namedSide(m[1] ?? '');
  const surname = name[name.length - 1]?.replace(/['\u2019]s?$/u, '');
  return party && surname ? [surname, party] : null;
}

/** Sentences back in which a pronoun looks for the person the sentences before were about. */
const SUBJECT_REACH = 4;
const SUBJECT_OPENERS = new Set(['he', 'she']);
/** Most tokens before a sentence's first verb in which its subject is looked for. */
const OPENER_TOKENS = 12;

/**
 * What a sentence opens with before its first verb: "he"/"she", else the first name of capitalised
 * words not owning the noun after it ("Labour's candidate, Imran Siddiqui, spent" → Imran Siddiqui), else null.
 */
function openerOf(text: string, tokens: readonly Token[]): string | null {
  for (let k = 0; k < tokens.length && k < OPENER_TOKENS; k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'VERB' || t.pos === 'AUX') return null;
    if (SUBJECT_OPENERS.has(t.lower)) return k === 0 || tokens[k - 1]?.text === ',' ? t.lower : null;
    if (t.pos !== 'PROPN' || !isCapitalised(t.text) || (k === 0 && opensWithCommonWord(text, tokens))) continue;
    let end = k + 1;
    while (tokens[end]?.pos === 'PROPN' && isCapitalised(tokens[end]?.text ?? '')) end++;
    if (!/^['\u2019]s?$/.test(tokens[end]?.text ?? '')) return text.slice(t.start, (tokens[end - 1] as Token).end);
    k = end;
  }
  return null;
}

/** Tokens a dateline's dash may close at most: a short one ("MOSCOW, March 4 —") and one with its date and agency ("ASHBY, Kansas, March 14 (Reuters) -"). */
const SHORT_DATELINE = 8;
const DATELINE_REACH = 14;

/** The dash closing a sentence's dateline, or -1: past a short dateline's reach, only after words with no verb in them. */
function datelineDash(tokens: readonly Token[]): number {
  let verb = false;
  for (let k = 0; k < Math.min(tokens.length, DATELINE_REACH); k++) {
    if (isDatelineDash(tokens, k)) return k < SHORT_DATELINE || !verb ? k : -1;
    verb ||= isVerb(tokens[k]);
  }
  return -1;
}

/** Most words in a dateline's place ("SAN LUIS POTOSÍ"). */
const DATELINE_PLACE_WORDS = 4;

/** How Discourse.byReference narrows what a short reference may point to. */
export interface ReferenceOptions {
  actorsOnly?: boolean;
  ownPhrase?: string;
  accept?: (a: Actor) => boolean;
}

export class Discourse {
  private readonly entities: NamedEntity[] = [];
  private readonly mostInArticle = new Map<(name: string) => string | null, string | null>();
  private readonly actors: Actor[] = [];
  /** Surnames of the actors that are people. */
  private readonly surnames = new WordIndex();
  private readonly actorWords: Array<{ proper: ReadonlySet<string>; description: ReadonlySet<string> }> = [];
  private readonly entityIndex = new WordIndex();
  private readonly actorIndex = new WordIndex();
  private readonly orgByFirstWord = new Map<string, string>();
  private readonly orgByLastWord = new Map<string, string>();
  /** Surname → the names ending in it, in reading order, with their index among the entities; made on first use. */
  private namesBySurname: Map<string, Array<{ index: number; name: string }>> | null = null;
  /** Surname → the first plain name the article introduced it by (see introducedName), found once per surname. */
  private readonly introduced = new Map<string, { index: number; name: string } | null>();
  private readonly genders = new Map<string, Gender | null>();
  /** For organisations that spoke: their side by its first word. */
  private readonly orgSideByFirstWord = new Map<string, string>();
  /** For organisations that spoke under a name of several words: their side by its last word ("the Condors"). */
  private readonly orgSideByLastWord = new Map<string, string>();
  /** Whether a body has spoken under a name ending in "'s" ("Crispo's said"). */
  private spokeAsOwner = false;
  private readonly nameWordCounts = new Map<string, number>();
  /** Surname → the party the article gives it ("Whitlock (D-Ore.)" → Democratic Party). */
  private readonly parties = new Map<string, string>();
  /** Words in capitals asked about, and whether the text also writes them in lower case after the capital. */
  private readonly spelled = new Map<string, boolean>();
  private readonly acronyms = new Map<string, string | null>();
  /** Per sentence, what it opens with before its first verb: a name or "he"/"she" (see openerOf). */
  private readonly openers: Array<string | null> = [];
  private readonly text: string;
  private readonly sentenceStarts: readonly number[];

  /** Does the article write this word as given anywhere ("Palace" for a lede's "PALACE")? */
  readonly writes = (word: string): boolean => {
    let known = this.spelled.get(word);
    if (known === undefined) this.spelled.set(word, (known = this.text.includes(word)));
    return known;
  };

  /** The country of the article's dateline ("POTOSÍ, Bolivia —", "MOSCOW —"), if any. */
  readonly datelineCountry: string | null = null;
  /** The place the dateline names first ("WELLSFORD —" → Wellsford), if any. */
  readonly datelinePlace: string | null = null;
  /** The US state the dateline names after its town ("COLUMBUS, Ohio —" → Ohio), if any. */
  readonly datelineState: string | null = null;
  /** The one party whose primary the article tells of ("locked in a tight Democratic primary"), if any. */
  readonly primaryParty: string | null = null;

  constructor(text: string, sentences: Sentence[]) {
    this.text = text;
    this.sentenceStarts = sentences.map((s) => s.start);
    for (const s of sentences.slice(0, DATELINE_SENTENCES)) {
      const dash = datelineDash(s.tokens);
      if (dash <= 0) continue;
      const dateline = text.slice(s.start, s.tokens[dash]?.start ?? s.start).replace(/\b\p{Lu}+\b/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());
      // "MOSCOW —", "LEEDHAM, England —": the city, or failing that the country after it.
      const place = [dateline, ...dateline.split(',').reverse()].map((p) => namedSide(p.trim())).find((p) => p && isCountrySide(p));
      if (place) this.datelineCountry = place;
      this.datelineState = dateline.split(',').slice(1).map((p) => usStateNamed(p.trim())).find((p) => p !== null) ?? null;
      const first = beforeComma(dateline).trim().split(/\s+/);
      if (first.length <= DATELINE_PLACE_WORDS && first.every(isCapitalised)) this.datelinePlace = first.join(' ');
      break;
    }
    /** One-word names met so far. */
    const namedAlone = new Set<string>();
    for (const s of sentences) {
      if (s.headline) continue;
      this.openers[s.index] = this.speakerOpener(openerOf(text, s.tokens));
      const said = text.slice(s.start, s.end);
      if (PARTY_WORD.test(said)) {
        for (const m of said.matchAll(PARTY_MENTION)) {
          const party = m[2] ? partySide(`${m[2]}-X`) : m[3] ? namedSide(m[3]) : null;
          if (m[1] && party && !this.parties.has(m[1])) this.parties.set(m[1], party);
        }
        for (const m of said.matchAll(PARTY_BEFORE_NAME)) {
          const found = partyBeforeName(m);
          if (found && !this.parties.has(found[0])) this.parties.set(...found);
        }
      }
      if (said.includes('s candidate,') || said.includes('s nominee,')) for (const m of said.matchAll(CANDIDATE_OF)) {
        const surname = lastWord(m[2] ?? '');
        const named = namedSide(m[1] ?? '');
        const party = named && isPartySide(named) ? named : m[1];
        if (surname && party && !this.parties.has(surname)) this.parties.set(surname, party);
      }
      for (const e of namedEntities(text, s, this.writes)) {
        this.entityIndex.add(e.lowerSet, this.entities.length);
        this.entities.push(e);
        // Each word once per name.
        e.words.forEach((w, k) => {
          if (e.words.indexOf(w) === k) this.nameWordCounts.set(w, (this.nameWordCounts.get(w) ?? 0) + 1);
        });
        const first = e.words[0];
        const last = e.words[e.words.length - 1];
        if (first && e.words.length === 1) namedAlone.add(first);
        // "Local 57 president X" after "United Bakery Workers Local 57": a branch is found by its number too.
        const branch = e.words.length > 2 && isBranchNumber(e.words[e.words.length - 2] ?? '', last ?? '') ? e.words.slice(-2).join(' ') : null;
        if (branch && !this.orgByLastWord.has(branch)) this.orgByLastWord.set(branch, e.name);
        else if (last && e.words.length > 1 && isOrgWord(last) && !this.orgByLastWord.has(last)) this.orgByLastWord.set(last, e.name);
        // "Major League Soccer ... League spokesman X": a name's inner organisation word, when it ends with none.
        // "The Guild" after "the Pharmacy Guild of Australia": the body's word before "of".
        else if (last && e.words.length > 2 && !isOrgWord(last)) {
          const of = e.words.indexOf('of');
          const inner = e.words[of > 0 ? of - 1 : e.words.length - 2] as string;
          if (isOrgWord(inner) && !this.orgByLastWord.has(inner)) this.orgByLastWord.set(inner, e.name);
        }
        // "Halverston" after "Elena Rusk of Halverston University's Institute for Brain Ageing": the owning body by its first word.
        const owner = ownerBodyIn(e.words);
        const ownerFirst = owner ? firstWord(owner) : '';
        if (owner && !namedAlone.has(ownerFirst) && !this.orgByFirstWord.has(ownerFirst)) this.orgByFirstWord.set(ownerFirst, owner);
        // "Apple ... the next Apple Watch": a name used alone before the longer one is a name of its own, not its short form.
        if (first && last && e.words.length > 1 && isOrgWord(last) && !namedSide(first) && !namedAlone.has(first)) {
          const known = this.orgByFirstWord.get(first);
          if (!known || known.length < e.name.length) this.orgByFirstWord.set(first, e.name);
        }
      }
    }
    if (this.isOnePartyPrimary()) this.parties.clear();
    const primaries = new Set([...text.matchAll(PARTY_PRIMARY)].map((m) => namedSide(m[1] ?? '')));
    const [primary] = primaries;
    if (primaries.size === 1 && primary && isPartySide(primary)) this.primaryParty = primary;
  }

  /**
   * "Republican Dale Wrenfield ... the September primary": when the article tells of a primary and
   * names no party but one, the rivals are of that party, which tells no side apart (each speaks for
   * their own campaign); a party's own officers still speak for it by its name. An article naming a
   * second party ("Democrats accused the Republican candidate") crosses party lines.
   */
  private isOnePartyPrimary(): boolean {
    if (this.parties.size === 0 || !PRIMARY_CONTEST.test(this.text)) return false;
    const named = new Set([...this.text.matchAll(PARTY_NAMED)].map((m) => namedSide(m[0])));
    return named.size === 1;
  }

  /**
   * "Brennan, campaigning in Erie, did not mention the ad. He toured ... At a news conference, he
   * said P": the person the sentences before `at` were about, when one opens with a name (a pronoun
   * of `pronoun` carrying it on), nearest first, and no sentence after it names `speaker` (who spoke
   * last): the name `personOf` makes of it; else null.
   */
  subjectBefore(at: number, pronoun: string, speaker: string | null, personOf: (name: string) => string | null): string | null {
    for (let k = at - 1; k >= 0 && at - k <= SUBJECT_REACH; k--) {
      if (speaker && this.text.slice(this.sentenceStarts[k], this.sentenceStarts[k + 1]).includes(speaker)) return null;
      const opener = this.openers[k];
      const person = opener && opener !== pronoun && !SUBJECT_OPENERS.has(opener) ? personOf(opener) : null;
      if (person) return person;
    }
    return null;
  }

  /** "HARLOW BAY, Maine — ...": the dateline's place opens its sentence but is no one a later "she" may mean. */
  private speakerOpener(opener: string | null): string | null {
    return opener && this.isDatelinePlace(opener) ? null : opener;
  }

  /** Is this the dateline's place ("KESTON VALE"), in any case? */
  isDatelinePlace(name: string): boolean {
    return name.toLowerCase() === this.datelinePlace?.toLowerCase();
  }

  /** How many sentences the text has. */
  get sentenceCount(): number {
    return this.sentenceStarts.length;
  }

  /** Where sentence `at` starts in the text. */
  sentenceStart(at: number): number {
    return this.sentenceStarts[at] ?? this.text.length;
  }

  /** The party the article gives a person's surname, if any. */
  partyOf(surname: string): string | null {
    return this.parties.get(surname) ?? null;
  }

  /** The fullest organisation name that starts with this word ("Calloway" → "Calloway Marine Terminals"). */
  canonicalOrg(name: string): string {
    // An organisation that spoke under its full name ("Nuru Biologics said") comes first.
    const spoke = this.orgSideByFirstWord.get(firstWord(name));
    // "Westbury City" is not the "Westbury City Supporters' Trust": a name ending in a body's word is whole.
    const whole = (longer: string | undefined): boolean => name.includes(' ') && isOrgWord(lastWord(name)) && !!longer && isOrgWord(lastWord(longer)) && longer !== name;
    if (spoke && spoke.startsWith(`${name} `) && !whole(spoke)) return spoke;
    const owned = spoke || name.includes(' ') ? undefined : this.ownerNamed(name);
    if (owned) return owned;
    const full = this.orgByFirstWord.get(firstWord(name));
    if (full && full.startsWith(name) && !whole(full)) return full;
    // "Federation leader ...": the named organisation that ends with the word.
    if (!name.includes(' ') && isOrgWord(name)) return this.orgByLastWord.get(name) ?? name;
    const [branch, number] = name.split(' ');
    if (branch && number && isBranchNumber(branch, number)) return this.orgByLastWord.get(name) ?? name;
    // "Condors general manager X" after "The Albuquerque Condors say": the body that spoke under its full name.
    const ending = name.includes(' ') || namedSide(name) ? undefined : this.orgSideByLastWord.get(name);
    return ending && !isCountrySide(ending) ? ending : name;
  }

  /** "Crispo's" for "Crispo" (its possessive taken off) when a body spoke under that name ("Crispo's said"), else undefined. */
  ownerNamed(name: string): string | undefined {
    if (!this.spokeAsOwner) return undefined;
    const owned = this.orgSideByFirstWord.get(`${name}'s`) ?? this.orgSideByFirstWord.get(`${name}\u2019s`);
    return owned && !owned.includes(' ') ? owned : undefined;
  }

  /** The fullest name of a person the article mentioned earlier ("Okoro" → "Kwame Okoro"). */
  fullName(word: string, before: number): string {
    let best = word;
    const [from, to] = this.entityRange(before);
    for (let k = from; k < to; k++) {
      const e = this.entities[k] as NamedEntity;
      if (e.words[e.words.length - 1] !== word) {
        const affiliated = affiliatedPerson(e.words);
        if (affiliated?.surname === word && affiliated.name.length > best.length) best = affiliated.name;
        continue;
      }
      // "Swedish winger Elias Lindqvist": the name is the capitalised words after the description.
      const lower = e.words.findLastIndex((w) => !isCapitalised(w));
      // "Secretary of State Craig Whitcomb": the portfolio after the role is no part of the name.
      const name = lower < 0 ? e.words : e.words.slice(lower + Math.max(1, portfolioAfter(e.words, lower - 1)));
      if (name.length <= 4 && name.join(' ').length > best.length) best = name.join(' ');
    }
    return best;
  }

  /** The name an acronym stands for ("ICRC" → "International Committee of the Red Cross", "BCI" → "Ohio Bureau of Criminal Investigation"), if the article gave it. */
  expandAcronym(acronym: string): string | null {
    let found = this.acronyms.get(acronym);
    if (found === undefined) {
      // Scanning the text for the optional word first is many times slower: the words are found first,
      // with the capitalised word just before them if any; else the optional word may open the words
      // themselves ("Aa Aa Aa" for "AA"), and the whole pattern is matched where they start.
      const patterns = expansionPatterns(acronym);
      const m = patterns.words.exec(this.text);
      const before = m ? wordBefore(this.text, m.index) : '';
      if (m && !before) {
        const whole = patterns.whole;
        whole.lastIndex = m.index;
        found = whole.exec(this.text)?.[0] ?? null;
      } else found = m ? before + m[0] : null;
      this.acronyms.set(acronym, found);
    }
    return found;
  }

  /** The first organisation's name (two words or more, ending in a word like "Alliance") in the two sentences after `at`, if any. */
  organisationNamedAfter(at: number, reach = 2): string | null {
    for (let k = this.entityRange(at)[1]; k < this.entities.length; k++) {
      const e = this.entities[k] as NamedEntity;
      if (e.sentence > at + reach) break;
      if (e.words.length > 1 && isOrgWord(e.words[e.words.length - 1] as string) && !isCountrySide(namedSide(e.name) ?? '')) return e.name;
    }
    // "Katiba Ansar al-Sahel, an al-Qaeda-linked group": a name no person bears (a lower-case particle in it), opening the next sentence.
    const next = this.entities[this.entityRange(at)[1]];
    return next && next.sentence === at + 1 && next.words.length > 1 && next.words.some((w) => ARTICLE_NAME.test(w)) ? next.name : null;
  }

  /** The name opening the nearest of the `reach` sentences before `at` that opens with a name passing `test` ("Zalgiris were quick to ..."), if any. */
  openingNameBefore(at: number, reach: number, test: (name: string) => boolean): string | null {
    const [from, to] = this.entityRange(at - 1);
    for (let k = to - 1; k >= from; k--) {
      const e = this.entities[k] as NamedEntity;
      if (at - e.sentence > reach) break;
      const start = this.sentenceStarts[e.sentence] ?? -1;
      if (this.text.startsWith(e.name, start) && test(e.name)) return e.name;
    }
    return null;
  }

  /** The first name in the `reach` sentences after `at` that passes `test`, or null. */
  nameAfter(at: number, reach: number, test: (name: string) => boolean): string | null {
    for (let k = this.entityRange(at)[1]; k < this.entities.length; k++) {
      const e = this.entities[k] as NamedEntity;
      if (e.sentence > at + reach) break;
      if (test(e.name)) return e.name;
    }
    return null;
  }

  /** The first person's name ("Terrell Haynes", not "Gettysburg Avenue") in the three sentences after `at`, if any. */
  personNamedAfter(at: number): string | null {
    for (let k = this.entityRange(at)[1]; k < this.entities.length; k++) {
      const e = this.entities[k] as NamedEntity;
      if (e.sentence > at + 3) break;
      const personal = e.words.every((w) => isCapitalised(w) && !isOrgWord(w) && !isRoleWord(w)) && !isStreetName(e.name);
      if (e.words.length > 1 && e.words.length <= 3 && personal && namedSide(e.name) === null) return e.name;
    }
    return null;
  }

  /**
   * The fullest name ending in this surname among the last LOOKBACK names up to sentence `before`,
   * without courtesy titles; a name of more than four words cut to the plain name ending it ("Chief
   * Executive Officer Karen Lindqvist" → "Karen Lindqvist"); null when there is none. Like fullName,
   * by a look-up per surname.
   */
  personalName(word: string, before: number): string | null {
    const given = this.namesEndingIn().get(word);
    if (!given) return null;
    const [lo, hi] = this.entityRange(before);
    let best: string | null = null;
    for (let j = given.length - 1; j >= 0; j--) {
      const { index, name } = given[j] as { index: number; name: string };
      if (index >= hi) continue;
      if (index < lo) break;
      if (!best || name.length > best.length) best = name;
    }
    return best;
  }

  /**
   * The name a person was introduced by ("Priya Sandhu" for "Sandhu"): the first plain name of two
   * or three words ending in this surname before sentence `before` (a title is no part of it: "Sen.
   * Sanders" is no fuller name), or null. The same answer wherever the article asks.
   */
  introducedName(surname: string, before: number): string | null {
    let first = this.introduced.get(surname);
    if (first === undefined) {
      first = null;
      for (const { index, name } of this.namesEndingIn().get(surname) ?? []) {
        const plain = plainPersonalName(name);
        if (plain) {
          first = { index, name: plain };
          break;
        }
      }
      this.introduced.set(surname, first);
    }
    return first && first.index < this.entityRange(before)[1] ? first.name : null;
  }

  /**
   * The gender the article shows for a surname: the first name ending in it that shows one ("Mr. Harwood"
   * for "Clay Harwood", whose first name says nothing), or null.
   */
  genderShown(surname: string): Gender | null {
    let shown = this.genders.get(surname);
    if (shown === undefined) {
      const named = this.entities.find((e) => e.words[e.words.length - 1] === surname && genderOf(e.name) !== null);
      this.genders.set(surname, (shown = named ? genderOf(named.name) : null));
    }
    return shown;
  }

  private namesEndingIn(): Map<string, Array<{ index: number; name: string }>> {
    if (this.namesBySurname) return this.namesBySurname;
    const bySurname = new Map<string, Array<{ index: number; name: string }>>();
    this.entities.forEach((e, index) => {
      const affiliated = affiliatedPerson(e.words);
      const last = affiliated?.surname ?? e.words[e.words.length - 1];
      const name = affiliated?.name ?? (last && e.words.length > 1 ? (e.words.length <= 4 ? untitled(e.words) : personalNameEnding(e.words)) : null);
      if (!last || !name) return;
      const given = bySurname.get(last);
      if (given) given.push({ index, name });
      else bySurname.set(last, [{ index, name }]);
    });
    return (this.namesBySurname = bySurname);
  }

  /** Distinct names passing `test` mentioned in the `span` sentences up to and including `at`. */
  namesNear(at: number, span: number, test: (name: string) => boolean): string[] {
    const [from, to] = this.entityRange(at);
    const names = new Set<string>();
    for (let k = to - 1; k >= from; k--) {
      const e = this.entities[k] as NamedEntity;
      if (at - e.sentence >= span) break;
      if (test(e.name)) names.add(e.name);
    }
    return [...names];
  }

  /**
   * The surname named most often in the `span` sentences before `at` among names passing `test`,
   * when no other is named as often ("Sanders' only path ... Sanders' stated plans" before "The
   * Vermont senator"); else null.
   */
  mostNamed(at: number, span: number, test: (name: string) => boolean): string | null {
    const [from, to] = this.entityRange(at - 1);
    const counts = new Map<string, number>();
    for (let k = to - 1; k >= from; k--) {
      const e = this.entities[k] as NamedEntity;
      if (at - e.sentence > span) break;
      const surname = e.words[e.words.length - 1];
      if (surname && test(e.name)) counts.set(surname, (counts.get(surname) ?? 0) + 1);
    }
    let best: string | null = null;
    let top = 0;
    let tied = false;
    for (const [surname, n] of counts) {
      if (n > top) [best, top, tied] = [surname, n, false];
      else if (n === top) tied = true;
    }
    return tied ? null : best;
  }

  /**
   * The name `nameOf` finds most often in the named entities before sentence `at` (within
   * LOOKBACK), counted by its last word, in its longest form; on a tie, the one named first.
   */
  mostNamedAs(at: number, nameOf: (name: string) => string | null): string | null {
    const [from, to] = this.entityRange(at - 1);
    return this.mostNamedBetween(from, to, nameOf);
  }

  /** The name the whole article gives most often (under `nameOf`): "the health minister" of an article that names Britain once, lower down. */
  mostNamedInArticle(nameOf: (name: string) => string | null): string | null {
    // Once per article and reading: asked per mention, a pass each time would grow with the square of its length.
    let name = this.mostInArticle.get(nameOf);
    if (name === undefined) this.mostInArticle.set(nameOf, (name = this.mostNamedBetween(0, this.entities.length, nameOf)));
    return name;
  }

  private mostNamedBetween(from: number, to: number, nameOf: (name: string) => string | null): string | null {
    const counts = new Map<string, { name: string; n: number }>();
    for (let k = from; k < to; k++) {
      const name = nameOf((this.entities[k] as NamedEntity).name);
      const last = name?.split(/\s+/).pop();
      if (!name || !last) continue;
      const seen = counts.get(last);
      counts.set(last, { name: seen && seen.name.length >= name.length ? seen.name : name, n: (seen?.n ?? 0) + 1 });
    }
    let best: { name: string; n: number } | null = null;
    for (const c of counts.values()) if (!best || c.n > best.n) best = c;
    return best?.name ?? null;
  }

  /** Index range [from, to) of the last LOOKBACK named entities up to sentence `before`. */
  private entityRange(before: number): [number, number] {
    let hi = this.entities.length;
    let lo = 0;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.entities[mid]?.sentence ?? 0) <= before) lo = mid + 1;
      else hi = mid;
    }
    return [Math.max(0, lo - LOOKBACK), lo];
  }

  /** Does the article use this word as (part of) a name outside headlines? */
  isKnownName(name: string): boolean {
    const mentions = this.nameWordCounts.get(firstWord(name)) ?? 0;
    return mentions > 1 || (name.includes(' ') && mentions > 0);
  }

  remember(actor: Actor): void {
    const last = this.actors[this.actors.length - 1];
    if (last && last.name === actor.name && last.side === actor.side && last.person === actor.person) {
      last.sentence = Math.max(last.sentence, actor.sentence);
      return;
    }
    this.actors.push(actor);
    if (actor.person) this.surnames.add(surnamesOf(actor.name), this.actors.length - 1);
    // A pair that acted together ("Priya Sandhu and Marc-Andre Leblanc praised each other") is no organisation either one's name finds.
    if (!actor.person && !isPairOfPeople(actor.side)) {
      const first = firstWord(actor.side);
      const known = this.orgSideByFirstWord.get(first);
      if (!known || known.length < actor.side.length) this.orgSideByFirstWord.set(first, actor.side);
      if (actor.side.includes(' ') && actor.name.replace(/^the\s+/i, '') === actor.side && !this.orgSideByLastWord.has(lastWord(actor.side))) this.orgSideByLastWord.set(lastWord(actor.side), actor.side);
      this.spokeAsOwner ||= actor.side.endsWith("'s") || actor.side.endsWith('\u2019s');
    }
    const words = { proper: properWordSet(actor.name, actor.side), description: lowerWordSet(actor.name) };
    this.actorIndex.add(words.proper, this.actorWords.length);
    this.actorIndex.add(words.description, this.actorWords.length);
    this.actorWords.push(words);
  }

  /** Index one past the last actor mentioned at or before sentence `before` (actors are in reading order). */
  private actorsUpTo(before: number): number {
    let lo = 0;
    let hi = this.actors.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.actors[mid]?.sentence ?? 0) <= before) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The last actor (within reach) that passes `test`. */
  recent(before: number, test: (a: Actor) => boolean): Actor | undefined {
    for (let k = this.actorsUpTo(before) - 1; k >= 0; k--) {
      const a = this.actors[k] as Actor;
      if (before - a.sentence > MAX_RECALL) return undefined;
      if (test(a)) return a;
    }
    return undefined;
  }

  /** The first actor after sentence `after` (within reach) that passes `test`: a headline's actor named in the body. */
  following(after: number, test: (a: Actor) => boolean): Actor | undefined {
    for (let k = this.actorsUpTo(after); k < this.actors.length; k++) {
      const a = this.actors[k] as Actor;
      if (a.sentence - after > MAX_RECALL) return undefined;
      if (test(a)) return a;
    }
    return undefined;
  }

  /** An earlier person whose name ends with this surname ("Rahimzoda" → "Foreign ministry spokesman Shodmon Rahimzoda"). */
  bySurname(word: string, before: number): Actor | undefined {
    const end = this.actorsUpTo(before);
    const k = this.surnames.lastHolding(word, Math.max(0, end - LOOKBACK), end);
    const found = k >= 0 ? this.actors[k] : undefined;
    const person = found && personAfterEmployerLink(found.name, word);
    return found && person ? { ...found, name: person, person: true } : found;
  }

  /**
   * The actor or named organisation a short reference points to ("the agency", "the volunteer
   * group"): words of its proper name count double, words of its description once, ties go to the
   * most recent. Options: `actorsOnly` skips the names the text merely mentions; `ownPhrase` is
   * the referring phrase, whose own names in sentence `before` are not what it refers to; only
   * actors passing `accept` are taken.
   */
  byReference(nouns: readonly string[], before: number, { actorsOnly = false, ownPhrase = '', accept = () => true }: ReferenceOptions = {}): Actor | undefined {
    let best: { score: number; actor: Actor } | undefined;
    const wanted = nouns.map((n) => n.toLowerCase());
    // "the union" may name the "Gulf Longshore Workers Association", "the airline" "Skyvale Airways";
    // only the last noun of a kind gives it ("the hospital trust" is a trust, not a health body).
    const kindNoun = wanted.findLast((w) => REFERENCE_TYPES.has(w));
    const kinds = (kindNoun && REFERENCE_TYPES.get(kindNoun)) || EMPTY;
    // "the foreign ministry" is not the "defence ministry" named before: a portfolio must match.
    const portfolios = wanted.slice(0, -1).filter((w) => isPortfolio(w));
    const namesMembers = wanted.some((w) => isMemberNoun(w));
    const statePreferred = wanted.length === 1 && STATE_FORCES.has(wanted[0] as string);
    const scoreOf = (proper: ReadonlySet<string>, description: ReadonlySet<string>, name: string, side: string): number => {
      const score = wordScore(proper, description, name);
      return score > 0 && statePreferred && isCountrySide(side) ? score + 1 : score;
    };
    const wordScore = (proper: ReadonlySet<string>, description: ReadonlySet<string>, name: string): number => {
      if (portfolios.some((w) => !proper.has(w) && !description.has(w))) return 0;
      // "the bank" is not the "Bank Employees Union", and "the club" the "Supporters Club" only failing any other club.
      const members = namesMembers ? null : memberBodyKind(name);
      if (members !== null) return wanted.includes(members) || kinds.has(members) ? MEMBER_BODY_SCORE : 0;
      let score = 0;
      for (const w of wanted) score += proper.has(w) ? 2 : description.has(w) ? 1 : 0;
      // "the army" is a state's, never the "Rapid Support Forces" by their kind's word.
      if (score === 0 && kinds.size > 0 && !statePreferred) for (const w of proper) if (kinds.has(w)) return 1;
      return score;
    };
    // Ties go to the most recent; at the same place, to an actor (it carries a resolved side).
    const beats = (score: number, sentence: number, isActor: boolean): boolean =>
      score > 0 && (!best || score > best.score || (score === best.score && (sentence > best.actor.sentence || (sentence === best.actor.sentence && isActor))));
    // Only names holding one of the words can score.
    const lookup = kinds.size > 0 ? [...wanted, ...kinds] : wanted;
    if (!actorsOnly) {
      const [from, to] = this.entityRange(before);
      for (const k of this.entityIndex.holding(lookup, from, to)) {
        const e = this.entities[k] as NamedEntity;
        // "Presidential peace adviser X": the phrase's own capitalised words are no earlier body.
        if (e.sentence === before && ownPhrase.includes(e.name)) continue;
        // "a news conference at City Hall": a building where something happened is no body "the city" points back to.
        if (TOWN_HALL.test(e.name)) continue;
        const score = scoreOf(e.lowerSet, EMPTY, e.name, e.side);
        // "State Comptroller Gideon Ashworth": a person under their title is no body "the state" may mean.
        if (score > 0 && e.side === e.name && looksLikePerson(e.name)) continue;
        const actor = { name: e.name, side: e.side, person: false, sentence: e.sentence };
        if (beats(score, e.sentence, false) && accept(actor)) best = { score, actor };
      }
    }
    const end = this.actorsUpTo(before);
    for (const k of this.actorIndex.holding(lookup, Math.max(0, end - LOOKBACK), end)) {
      const a = this.actors[k];
      const words = this.actorWords[k];
      if (!a || !words || a.person) continue;
      // "the Fair Elections Docket, a Washington group": the article's own word for the body counts as its name does.
      const described = wanted.length === 1 && describedAs(a.name, wanted[0] as string);
      const score = described ? 2 : scoreOf(words.proper, words.description, a.name, a.side);
      if (beats(score, a.sentence, true) && accept(a)) best = { score, actor: a };
    }
    return best?.actor;
  }

  /** The last country or party that spoke or acted. */
  lastCountryOrParty(before: number): Actor | undefined {
    return this.recent(before, (a) => isCountrySide(a.side) || isPartySide(a.side));
  }
}
