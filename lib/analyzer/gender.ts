// The grammatical gender a name shows, for matching "he"/"she" to the person meant.
import genders from './data/genders.json';
import { beforeComma } from './words';

export type Gender = 'female' | 'male';

interface Markers {
  titles: ReadonlySet<string>;
  nouns: ReadonlySet<string>;
  firstNames: ReadonlySet<string>;
}

const markers = (m: { titles: string[]; nouns: string[]; firstNames: string[] }): Markers => ({
  titles: new Set(m.titles),
  nouns: new Set(m.nouns),
  firstNames: new Set(m.firstNames),
});

const FEMALE = markers(genders.female);
const MALE = markers(genders.male);
/** Names are read only up to an appositive; a few words say all the gender there is. */
const MAX_WORDS = 6;
const WORD_EDGES = /^[^\p{L}.]+|[^\p{L}.]+$/gu;

function shows(words: string[], m: Markers): boolean {
  return words.some((w, k) => m.nouns.has(w) || m.titles.has(w) || (m.firstNames.has(w) && k + 1 < words.length));
}

/** "Ms. Ortiz", "Hillary Clinton", "a campaign spokeswoman" → female; null when the name does not say. */
export function genderOf(name: string): Gender | null {
  const head = beforeComma(name);
  const words = head.toLowerCase().split(/\s+/, MAX_WORDS).map((w) => w.replace(WORD_EDGES, '')).filter(Boolean);
  const female = shows(words, FEMALE);
  const male = shows(words, MALE);
  if (female === male) return null;
  return female ? 'female' : 'male';
}

/** "elizabeth", "tom": a first name in the tables (lower case), never a title however the lexicon knows the word. */
export function isFirstName(word: string): boolean {
  return FEMALE.firstNames.has(word) || MALE.firstNames.has(word);
}

/** The gender a subject pronoun asks for. */
export function pronounGender(pronoun: string): Gender | null {
  if (pronoun === 'she') return 'female';
  if (pronoun === 'he') return 'male';
  return null;
}
