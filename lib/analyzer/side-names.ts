// The names that stand for sides: countries, demonyms and capitals from the world-countries data,
// institutions and parties from the JSON alias table, and the word lists that tell a person from
// an organisation, an official from someone speaking for themselves.
import countries from 'world-countries';
import type { CountryFields } from './country-data';
import aliases from './data/aliases.json';
import { beforeComma, isCapitalised } from './words';
import { mapped } from './mapped';
import { lexiconTag } from './nlp';
import { isFirstName } from './gender';

export interface Actor {
  /** The fullest name the article gives. */
  name: string;
  side: string;
  person: boolean;
  /** Index of the sentence where it was last mentioned. */
  sentence: number;
}

/** Canonical side for each name form, e.g. "Russian" → "Russia", "Kremlin" → "Russia". */
const SIDE_NAMES = new Map<string, string>();
/** Sides that are countries (or country-like aliases), as opposed to parties and organisations. */
const COUNTRY_SIDES = new Set<string>();
const NOT_SIDES = new Set(aliases.notSides);
const PARTY_SIDES = new Set(Object.values(aliases.partyTags).concat(aliases.parties));
const WIDELY_KNOWN = new Set(['Territory of the United States', 'United Nations']);

const COUNTRIES: readonly CountryFields[] = countries;
const CAPITALS = new Set<string>();

/** "Bosnian, Herzegovinian", "Kittitian or Nevisian": the data's demonym fields may list several. */
const DEMONYM_SEPARATOR = /,\s*|\s+or\s+/;

/** The demonyms the data gives for a country, one by one. */
function demonymsOf(c: CountryFields): string[] {
  return [c.demonyms?.eng?.m ?? '', c.demonyms?.eng?.f ?? ''].flatMap((d) => d.split(DEMONYM_SEPARATOR));
}

/**
 * Adjectives news forms from a country's name where the data gives another demonym: "Slovenian"
 * (data: "Slovene"), "Slovakian", "Icelandic". Registered after every form of the data, so that a
 * form the data gives another country keeps it.
 */
function derivedDemonyms(name: string): string[] {
  if (name.endsWith('a')) return [`${name}n`];
  if (name.endsWith('land')) return [`${name}ic`];
  return [];
}

/** The name English-language news gives a country where the data gives its own ("Türkiye"): sides use the common English name. */
const ENGLISH_NAMES = new Map([['Türkiye', 'Turkey']]);
function englishName(c: CountryFields): string {
  return ENGLISH_NAMES.get(c.name.common) ?? c.name.common;
}

const mainCountries = new Set<CountryFields>();
for (const c of COUNTRIES) {
  const name = englishName(c);
  const main = c.unMember || ['Taiwan', 'Kosovo', 'Palestine', 'Hong Kong', 'Vatican City'].includes(name);
  const forms = [name, c.name.common];
  if (main) {
    mainCountries.add(c);
    forms.push(...demonymsOf(c), ...c.capital);
    for (const capital of c.capital) CAPITALS.add(capital);
    forms.push(...c.altSpellings.filter((s) => s.length > 3 && /^[A-Za-z .'-]+$/.test(s)));
  }
  for (const form of forms) if (form && !NOT_SIDES.has(form) && !SIDE_NAMES.has(form)) SIDE_NAMES.set(form, name);
  COUNTRY_SIDES.add(name);
}
for (const c of mainCountries) {
  for (const form of derivedDemonyms(englishName(c))) if (!NOT_SIDES.has(form) && !SIDE_NAMES.has(form)) SIDE_NAMES.set(form, englishName(c));
}
/**
 * "the Lankan Navy": the last word of a demonym of two words ("Sri Lankan"), which news uses alone,
 * when no other country's demonym ends with it ("Korean" stays no side).
 */
const demonymEndings = new Map<string, string | null>();
for (const c of COUNTRIES) {
  const side = englishName(c);
  for (const form of [...demonymsOf(c), ...derivedDemonyms(side)]) {
    const words = form.split(' ');
    const last = words[1];
    if (words.length !== 2 || !last) continue;
    // "Puerto Rican" makes "Rican" no side, though Puerto Rico is none itself.
    const owner = SIDE_NAMES.get(form) === side && mainCountries.has(c) ? side : null;
    demonymEndings.set(last, demonymEndings.has(last) && demonymEndings.get(last) !== owner ? null : owner);
  }
}
for (const [form, side] of demonymEndings) if (side && !NOT_SIDES.has(form) && !SIDE_NAMES.has(form)) SIDE_NAMES.set(form, side);
/** Country names, demonyms and capitals as the data gives them: every form a country's side has before the alias table. */
const COUNTRY_FORMS: ReadonlySet<string> = new Set(SIDE_NAMES.keys());
for (const [form, side] of Object.entries(aliases.sides)) {
  SIDE_NAMES.set(form, side);
  if (COUNTRY_SIDES.has(side) || WIDELY_KNOWN.has(side)) COUNTRY_SIDES.add(side);
}

/** "Putin", "Kremlin": a name the alias table alone gives a country's side (a leader or an institution), no form of the country's own. */
export function isCountryAlias(word: string): boolean {
  return !COUNTRY_FORMS.has(word) && word in aliases.sides && isCountrySide(aliases.sides[word as keyof typeof aliases.sides]);
}
const MAX_NAME_WORDS = Math.max(...[...SIDE_NAMES.keys()].map((k) => k.split(' ').length));

const GENERIC_GOVERNMENT = new Set(aliases.genericGovernment);
/** A generic name must name a body of state: "Trade" alone is not one, "Foreign Ministry" is. */
const GOVERNMENT_BODIES = new Set([
  'ministry', 'department', 'council', 'office', 'government', 'military', 'army', 'navy', 'police', 'agency', 'service',
  'staff', 'guard', 'forces', 'parliament', 'cabinet', 'administration', 'committee', 'commission', 'embassy', 'senate',
  'house', 'command', 'force', 'presidency', 'kremlin', 'leader', 'leadership', 'minister', 'whip', 'majority', 'minority',
]);
const GOVERNMENT_WORDS = new Set(aliases.governmentWords);

/** A test of whether a word, in any case, is one of `words` (lower-case data). */
function inList(words: readonly string[]): (word: string) => boolean {
  const listed = new Set(words);
  return (word) => listed.has(word.toLowerCase());
}

const PERSON_ROLES = new Set(aliases.personRoles);
const TITLES = new Set(aliases.titles);
const INDEPENDENT = new RegExp(`\\b(?:${aliases.independentMarkers.join('|')})\\b`);
/** "(R-Ohio)", "D-NY", and a state official's bare "(R)": a party's letter, its state after a hyphen. */
const PARTY_TAG = /\(?\b([RDI])-(?:[A-Z][a-z]*|[A-Z]{2})\b\)?|\(([RDI])\)/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'\u2019&-]*/gu;
const INITIAL_IN_NAME = /\b\p{Lu}\.\s\p{Lu}/u;
const POSSESSIVE_OR_NON_LETTER = /['\u2019]s$|[^\p{L}.]/gu;

export function isCountrySide(side: string): boolean {
  return COUNTRY_SIDES.has(side);
}

export function isPartySide(side: string): boolean {
  return PARTY_SIDES.has(side);
}

/** A side no named party stands behind: "a story", "posts", "sources" (the side is the lower-case phrase itself). */
export function isUnnamedSide(side: string): boolean {
  return side === side.toLowerCase();
}

function words(text: string): string[] {
  return mapped(text.match(WORD) ?? [], (w) => w.replace(/['\u2019]s$/, '').replace(/\.$/, (dot) => (/^(?:[A-Z]\.)+$/.test(w) ? dot : '')));
}

const REMEMBERED_LIMIT = 5000;

/** A pure function of a phrase, remembered: the same names and phrases recur through an article. */
export function remembered<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const known = cache.get(text);
    if (known !== undefined || cache.has(text)) return known as T;
    const value = fn(text);
    if (cache.size >= REMEMBERED_LIMIT) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/** The first country, capital, demonym or institution named in `text`, with its side. */
export const namedSide = remembered(findNamedSide);

/** Heads of other parties' and movements' names: "Social Democratic Front", "Free Democratic Party". */
const OTHER_NAME_HEADS = new Set(['Front', 'Forces', 'Party', 'Alliance', 'Movement', 'Union', 'Rally', 'Congress', 'Coalition', 'League']);
const STATE_WORDS = new Set(Object.keys(aliases.placeAbbreviations).flatMap((place) => place.split(' ')));

/** Words after a portfolio that name an office of state: "Labour Minister X" holds the labour portfolio. */
const PORTFOLIO_OFFICES = new Set(['Minister', 'Ministry', 'Secretary']);
const NAME_OPENERS = new Set(['The', 'A', 'An']);
/** Words that join the words of an organisation's name: "Alliance for Democratic Renewal". */
const NAME_LINK_WORDS = new Set(['for', 'of']);
/** "State Democratic Party", "Allegheny County Republican Party": a branch of the party, not another party's name. */
const PARTY_BRANCHES = new Set(['State', 'County', 'City']);

/**
 * "Democratic" inside another name ("Social Democratic Front", "Peoples Democratic Party"), not the US
 * party ("Iowa Democratic Party" stays the party); "Labour Minister X": a portfolio, not the party.
 */
function partyWordInOtherName(ws: readonly string[], i: number, n: number, side: string): boolean {
  if (!isPartySide(side)) return false;
  const before = ws[i - 1];
  const after = ws[i + n];
  if (n === 1 && after && PORTFOLIO_OFFICES.has(after)) return true;
  // "Alliance for Democratic Renewal", "Movement for Democratic Change": the word after a name's own link word.
  if (n === 1 && before && NAME_LINK_WORDS.has(before) && isCapitalised(ws[i - 2] ?? '') && isCapitalised(after ?? '') && after !== 'Party') return true;
  const head = n === 1 ? after : ws[i + n - 1];
  return !!before && !!head && isCapitalised(before) && !NAME_OPENERS.has(before) && !PARTY_BRANCHES.has(before) && !STATE_WORDS.has(before) && !SIDE_NAMES.has(before) && OTHER_NAME_HEADS.has(head);
}

const US_STATES = new Set(Object.keys(aliases.placeAbbreviations));

/** "Montana", "Kenyan": a US state, or a country by its name or demonym. */
export function isStateOrCountry(word: string): boolean {
  return US_STATES.has(word) || isCountrySide(namedSide(word) ?? '');
}

/** "Dublin, Ohio": a capital's name followed by a US state's is a town of that state. */
function inUsState(ws: readonly string[], form: string, next: number): boolean {
  return CAPITALS.has(form) && (US_STATES.has(ws[next] ?? '') || US_STATES.has(`${ws[next]} ${ws[next + 1]}`));
}

/** "London Institute of Population Health", "Nairobi University": a research or teaching body named after a city speaks for itself. */
const ACADEMIC_BODIES = new Set(['Institute', 'University', 'College', 'School', 'Academy', 'Observatory']);

/** "Washington" of "Washington D.C.", "Delhi" of "New Delhi": each word of a capital's name, which news uses alone. */
const CAPITAL_WORDS = new Set([...CAPITALS].flatMap((capital) => capital.split(' ')));

/**
 * "Nairobi University", "Washington State University", "University of Ghana": a capital or country
 * in a research or teaching body's name is part of the name, not the state speaking.
 */
function inAcademicName(ws: readonly string[], form: string, at: number, n: number): boolean {
  const next = at + n;
  const afterPlace = CAPITAL_WORDS.has(form) && (ACADEMIC_BODIES.has(ws[next] ?? '') || ACADEMIC_BODIES.has(ws[next + 1] ?? ''));
  return afterPlace || (ws[at - 1] === 'of' && ACADEMIC_BODIES.has(ws[at - 2] ?? ''));
}

function findNamedSide(text: string): string | null {
  const party = partySide(text);
  const ws = words(text);
  let best: { at: number; n: number; side: string } | null = null;
  for (let i = 0; i < ws.length && !best; i++) {
    for (let n = Math.min(MAX_NAME_WORDS, ws.length - i); n >= 1; n--) {
      const form = ws.slice(i, i + n).join(' ');
      const side = SIDE_NAMES.get(form) ?? SIDE_NAMES.get(form.replace(/\.$/, ''));
      if (side && isCapitalised(form) && !partyWordInOtherName(ws, i, n, side) && !inUsState(ws, form, i + n) && !inAcademicName(ws, form, i, n) && !isCountryCodeInName(ws, form, i, side) && !(isCountrySide(side) && (inMembersName(ws, i) || isPaperTitle(ws[i + n])))) {
        best = { at: i, n, side };
        break;
      }
    }
  }
  if (party) return party;
  if (best && isCountrySide(best.side)) return sportBodyAt(ws, best.at, best.n) ?? best.side;
  return best?.side ?? null;
}

/** Newspapers' last words ("times", "post"), not those a state's own outlets take ("daily", "news"). */
const PAPER_TITLE_ENDINGS = new Set(aliases.referenceTypes.newspaper.filter((w) => w !== 'daily' && w !== 'news'));

/** "The Washington Times", "The Moscow Times": a place's name before a newspaper's word is that paper's, no side of the place's. */
function isPaperTitle(next: string | undefined): boolean {
  return !!next && isCapitalised(next) && PAPER_TITLE_ENDINGS.has(next.toLowerCase());
}

/** Bodies of members whose name goes on with "of": "Union of Canadian Correctional Officers". */
const MEMBERS_NAME_HEADS = new Set(['Union', 'Association', 'Federation', 'League', 'Society', 'Guild', 'Confederation']);

/**
 * "Union of Canadian Correctional Officers", "United Mine Workers of America": a country's word
 * after "of" in the name of a body of members is part of that name; the body is its own side.
 */
function inMembersName(ws: readonly string[], at: number): boolean {
  // A country's word opening the name, after its article or not ("American Federation of Teachers",
  // "The Canadian Union of Postal Workers of Alberta"): the body's word before the name's last "of".
  const opens = at === 0 || (at === 1 && NAME_OPENERS.has(ws[0] ?? ''));
  const of = opens ? ws.lastIndexOf('of') : ws.lastIndexOf('of', at - 1);
  if (of < 1 || !ws.slice(of + 1, at).every(isCapitalised)) return false;
  const kind = ws[of - 1] ?? '';
  return MEMBERS_NAME_HEADS.has(kind) || (isCapitalised(kind) && isMemberNoun(kind) && isCapitalised(ws[of - 2] ?? ''));
}

const SPORT_BODIES = new Set(aliases.sportBodies);

/** "Athletics Kenya", "Cycling New Zealand": a sport before the n words of a country's name at `at` is a federation of its own. */
function sportBodyAt(ws: readonly string[], at: number, n: number): string | null {
  const sport = ws[at - 1];
  return sport && SPORT_BODIES.has(sport.toLowerCase()) && isCapitalised(sport) ? [sport, ...ws.slice(at, at + n)].join(' ') : null;
}

const PARTY_NAME = /\b((?:\p{Lu}[\p{L}-]+\s){1,2}Party)\b/u;

/** Capitalised words before a country's code that open a phrase rather than a name: "In UK schools", "The US". */
const CODE_OPENERS = new Set(['The', 'A', 'An', 'In', 'At', 'From', 'To', 'For', 'By', 'On', 'Across', 'Outside', 'Inside', 'Within', 'Throughout', 'Both', 'All', 'Many', 'Most', 'Some']);

/** "FactLine UK", "Amnesty International USA": a country's code written after an organisation's name is part of that name. */
function isCountryCodeInName(ws: readonly string[], form: string, at: number, side: string): boolean {
  const before = ws[at - 1];
  return form.length <= 3 && form === form.toUpperCase() && isCountrySide(side) && !!before && isCapitalised(before) && !CODE_OPENERS.has(before) && !SIDE_NAMES.has(before);
}

/** A party named outright: "who leads the Green Party group" → "Green Party". */
export function partyNamed(text: string): string | null {
  const m = PARTY_NAME.exec(text);
  if (!m?.[1]) return null;
  return namedSide(m[1]) ?? m[1].replace(/^The\s+/, '');
}

const GROUP_NOUNS = String.raw`(?:parliamentary\s+)?(?:group|caucus|bloc|faction)\b`;
/** "The Green group in parliament", "the Labour group on the council": the body itself. */
const PARTY_GROUP = new RegExp(String.raw`^(?:[Tt]he\s+)?(\p{Lu}[\p{L}-]+)\s+${GROUP_NOUNS}`, 'u');
/** "who leads the Green group", "a member of the Republican caucus": someone who speaks for it. */
const PARTY_GROUP_ROLE = new RegExp(String.raw`\b(?:leads|led|heads|headed|chairs|chaired|coordinates|coordinated|of|for)\s+the\s+((?:\p{Lu}[\p{L}'\u2019-]+\s){0,2}?\p{Lu}[\p{L}-]+)\s+${GROUP_NOUNS}`, 'u');

/**
 * The party a party group belongs to ("the Green group" → "Green Party"); `member` reads the
 * description after a name ("who leads the Green group"). Null when the word names no party.
 */
export function partyOfGroup(text: string, member: boolean): string | null {
  const word = (member ? PARTY_GROUP_ROLE : PARTY_GROUP).exec(text)?.[1];
  if (!word) return null;
  const side = [word, `${word} Party`].map((form) => namedSide(form)).find((found) => !!found && (isPartySide(found) || found.endsWith(' Party')));
  // "the European People's Party group": a party named in full is that party, whatever country word it holds.
  return side ?? (word.endsWith(' Party') ? word : null);
}

/** The party of a tag such as "R-Ohio" or "(D-NY)", or null. */
export function partySide(text: string): string | null {
  const tag = PARTY_TAG.exec(text);
  const letter = tag?.[1] ?? tag?.[2];
  return letter ? aliases.partyTags[letter as keyof typeof aliases.partyTags] : null;
}

/** Words opening an appositive that says whom the named person is with: ", of Kingsmead Police,", ", for the Crown,". */
export const AFFILIATION_LINKS: ReadonlySet<string> = new Set(['of', 'for']);
const AFFILIATION_APPOSITIVE = new RegExp(`, (?:${[...AFFILIATION_LINKS].join('|')}) `);

/** "Secretary of State Craig Whitcomb": how many words after the role at `role` name its portfolio ("of State"), when a name follows. */
export function portfolioAfter(words: readonly string[], role: number): number {
  if (!isRoleWord(words[role] ?? '') || !AFFILIATION_LINKS.has(words[role + 1] ?? '')) return 0;
  let n = 1;
  while (isPortfolio(words[role + 1 + n] ?? '') && isCapitalised(words[role + 2 + n] ?? '')) n++;
  return n > 1 ? n : 0;
}

/** The lexicon's tags a word of a personal name may carry ("Hunter" a noun, "Quarrie" unknown). */
const NAME_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'UNK']);
/** A word of a title or a personal name: capitalised, ending in a lower-case letter (no initial, no acronym). */
const NAME_WORD = /^\p{Lu}[\p{L}'\u2019-]*\p{Ll}$/u;

/**
 * "state Assemblywoman Tamsin Okereke", "Forecaster Colette Varga of KQPT-TV": does the phrase name a person
 * after a title the role tables do not hold (before any body they are of)?
 */
export function hasUntabledTitle(head: string): boolean {
  const words = head.split(/\s+/);
  return words.some((_, i) => isTitleBeforeName(words, i));
}

/**
 * "City Councilwoman Rosalind Quarrie", "township Trustee Ignatius Brannock": a capitalised word the language
 * model knows as a common noun (no first name of the tables), then a given name and a surname that
 * end the phrase or come before the body they are of ("Forecaster Colette Varga of KQPT-TV"), is a
 * title the role tables do not hold; the person's name is the two words after it.
 */
export function isTitleBeforeName(words: readonly string[], at: number): boolean {
  const [title, given, surname] = [words[at] ?? '', words[at + 1] ?? '', words[at + 2] ?? ''];
  const end = words[at + 3];
  if ((end !== undefined && !AFFILIATION_LINKS.has(end)) || !NAME_WORD.test(title) || isRoleWord(title) || isOrgWord(title) || placeKind(title)) return false;
  const lower = title.toLowerCase();
  if (lexiconTag(lower) !== 'NOUN' || isFirstName(lower)) return false;
  // A name's words are unknown to the lexicon or nouns at most ("Hunter", never "Without"); two nouns ("Lake Street Bridge") name a place or a thing.
  const tags = [given, surname].map((w) => lexiconTag(w.toLowerCase()));
  return [given, surname].every((w) => NAME_WORD.test(w) && !isOrgWord(w) && !isRoleWord(w) && !placeKind(w)) && tags.every((t) => t === null || NAME_TAGS.has(t)) && !tags.every((t) => t === 'NOUN');
}

/** Is this phrase a person (a title, a role word, an initial, an age or a "who" clause)? */
export const looksLikePerson = remembered(personLike);

function personLike(text: string): boolean {
  const ws = text.split(/\s+/);
  // "The mall's owner, Castlegate Properties": the one named in the appositive is a company.
  const named = text.slice(text.lastIndexOf(',') + 1).trim().split(/\s+/);
  const name = beforeComma(text).trim().split(/\s+/);
  // "Tom Lee, of the Food Standards Agency", "Helen Strand KC, for the Crown": a plain name, then whom the person is with.
  if (AFFILIATION_APPOSITIVE.test(text) && name.length > 1 && name.length < 5 && name.every((w) => isCapitalised(w) && !isOrgWord(w) && !GOVERNMENT_WORDS.has(w.toLowerCase()))) return true;
  if (text.includes(',') && named.every((w) => isCapitalised(w)) && named.some(isOrgWord)) return false;
  // "The Minister of Finance, Chanda Mulenga": an office, then a plain name of two or three words.
  const office = text.includes(',') && name.some((w) => isCapitalised(w) && PERSON_ROLES.has(w.toLowerCase()));
  if (office && named.length >= 2 && named.length <= 3 && named.every((w) => isCapitalised(w) && !isOrgWord(w) && !GOVERNMENT_WORDS.has(w.toLowerCase()))) return true;
  // "Spencer Hall Capital, an activist investor": a name ending in an organisation's word is a body.
  if (text.includes(',') && name.length > 1 && name.every((w) => isCapitalised(w)) && isOrgWord(name[name.length - 1] as string)) return false;
  const titled = ws.some(
    (w, i) =>
      (TITLES.has(w) || (isCapitalised(w) && PERSON_ROLES.has(w.toLowerCase()))) &&
      isCapitalised(ws[i + 1] ?? '') &&
      !GOVERNMENT_WORDS.has((ws[i + 1] ?? '').toLowerCase()) &&
      !isOrgWord(ws[i + 1] ?? ''),
  );
  if (titled || hasUntabledTitle(beforeComma(text).trim())) return true;
  // "Secretary of State Michael Adams": a capitalised role, then a name of two plain capitalised words.
  const head = beforeComma(text).trim().split(/\s+/);
  const [first, last] = [head[head.length - 2] ?? '', head[head.length - 1] ?? ''];
  const plainName = head.length > 3 && [first, last].every((w) => isCapitalised(w) && !isOrgWord(w) && !GOVERNMENT_WORDS.has(w.toLowerCase()) && !PERSON_ROLES.has(w.toLowerCase()));
  if (plainName && head.slice(0, -2).some((w) => isCapitalised(w) && PERSON_ROLES.has(w.toLowerCase()))) return true;
  if (INITIAL_IN_NAME.test(text) && !/\b(?:U\.S|U\.K|U\.N)\./.test(text)) return true;
  // "Tomas Nowak, 41": an age given after a name.
  if (/,\s*\d{1,3}\s*(?:,|$)/.test(text) || /,\s*who\b/.test(text)) return true;
  // A role written in lower case ("spokesman", "president of"): capitalised, it may name a body ("General Staff").
  const role = ws.some((w) => PERSON_ROLES.has(w.replace(/[,.]$/, '')));
  return role && ws.some((w) => isCapitalised(w));
}

/** Does the phrase describe someone independent (a witness, a researcher "not involved")? */
const COURTESY_TITLES = new Set(aliases.courtesyTitles);

/** "Ms", "Dr.": a courtesy title, which a paper puts before a name ("Dr Clare Hughes") or a surname on later mentions ("Ms Ward"). */
export function isCourtesyTitle(word: string): boolean {
  return COURTESY_TITLES.has(word);
}

export function speaksForSelf(text: string): boolean {
  return INDEPENDENT.test(text.toLowerCase());
}

/** "Sgt. Ramon Dizon", "Lt. Col. X", "Sen. X": a title of office or rank, whose holder never speaks only for themselves. */
export function hasOfficialTitle(head: string): boolean {
  return head.split(/\s+/).some((w) => TITLES.has(w) && GOVERNMENT_WORDS.has(w.toLowerCase()));
}

/** Is every word of this name generic government vocabulary ("the foreign ministry", "National Security Council")? */
export const isGenericGovernment = remembered((name: string): boolean => {
  const ws = mapped(words(name), (w) => w.toLowerCase());
  const content = ws.filter((w) => w !== 'the' && w !== 'a' && w !== 'an' && w !== 'its' && w !== 'their');
  return content.length > 0 && content.every((w) => GENERIC_GOVERNMENT.has(w) || GOVERNMENT_WORDS.has(w)) && content.some((w) => GOVERNMENT_BODIES.has(w));
});

/** "Health", "Foreign Affairs": a government portfolio, which names no body of its own ("Health minister X"). */
export function isPortfolio(name: string): boolean {
  const ws = mapped(words(name), (w) => w.toLowerCase());
  return ws.length > 0 && ws.every((w) => GENERIC_GOVERNMENT.has(w));
}

export const hasGovernmentWord = remembered(governmentWordIn);

function governmentWordIn(name: string): boolean {
  for (const w of name.toLowerCase().split(' ')) {
    const bare = w.replace(POSSESSIVE_OR_NON_LETTER, '');
    if (GOVERNMENT_WORDS.has(bare) || GOVERNMENT_WORDS.has(bare.replace(/\.$/, ''))) return true;
  }
  return false;
}

export const isOrgWord = inList(aliases.orgWords);

/** Does this noun name a private body ("the company", "the charity", "the league"), never a government? */
export const isPrivateKind = inList(aliases.privateKinds);

const CORPORATE_ROLES = new Set(aliases.corporateRoles);

export const isBusinessNoun = inList(aliases.businessNouns);

/** Does this noun end the name of a body that is no part of a state ("... Employees Union")? */
export const isCivilBody = inList(aliases.civilBodies);

/** "the former president", "ex-governor": a role held before. */
export const FORMER = /\b(?:former|ex-)/i;

export const hasCorporateRole = remembered((text: string): boolean => text.toLowerCase().split(/[\s,]+/).some((w) => CORPORATE_ROLES.has(w)));

export function isRoleWord(word: string): boolean {
  return PERSON_ROLES.has(word.toLowerCase()) || TITLES.has(word);
}

const POST_NOMINALS = new Set(aliases.postNominals);
/** A POST_NOMINAL after a name of two words or more: "Helen Strand KC" → "Helen Strand". */
const POST_NOMINAL_END = /^(\S+\s\S+(?:\s\S+)*?)\s(\S+)$/;

/** "Helen Strand KC" → "Helen Strand": a name without the letters after it ("KC", "MP"); any other phrase unchanged. */
export function withoutPostNominal(name: string): string {
  const m = POST_NOMINAL_END.exec(name);
  return m?.[1] && POST_NOMINALS.has(m[2] ?? '') ? m[1] : name;
}

/** "officer", "coroner", "council": a role or body of public service, which no party holds ("the returning officer" answers a party, never speaks for it). */
export const isPublicServant = inList(aliases.publicServants);

/** "residents", "media", "users": a plural noun for an unnamed group that speaks for itself. */
export const isGroupNoun = inList(aliases.groupNouns);

const PLATFORMS = new Set(aliases.platforms);
/** "Twitter", "Telegram": a platform describing a group of its users, no side of its own here. */
export function isPlatform(word: string): boolean {
  return PLATFORMS.has(word);
}

const PLACE_KINDS = new Map(Object.entries(aliases.placeNouns).flatMap(([kind, nouns]) => nouns.map((n): [string, string] => [n, kind])));

/** "city" → local, "state" → region, "country" → country: what kind of place a common noun names, if any. */
export function placeKind(word: string): string | null {
  return PLACE_KINDS.get(word.toLowerCase()) ?? null;
}

/** "daughter", "friend": a relative or friend, who speaks for themselves when named. */
export const isKinRole = inList(aliases.kinRoles);
/** "residents", "households": private people who may act together through a lawyer (see aliases.json's note). */
export const isClientGroup = inList(aliases.clientGroups);
/** "nurses", "workers": the rank and file of a workplace, who speak for themselves rather than for it. */
export const isStaffGroup = inList(aliases.staffGroups);
/** "Supporters'", "employees": the people a body is made of (see aliases.json's note). */
export const isMemberNoun = inList(aliases.memberNouns);
/** "woman", "couple": a private person or household, named by what they are ("A Texas woman"). */
export const isPrivatePersonNoun = inList(aliases.privatePersonNouns);
/** "tabloid", "broadcaster": what an outlet is. */
export const isOutletNoun = inList(aliases.outletNouns);
/** "The Mail on Sunday": an outlet whose name holds a day. */
export const isTimedOutlet = inList(aliases.timedOutlets);
const OUTLET_NAME_ENDINGS = new Set([...aliases.referenceTypes.newspaper, ...aliases.referenceTypes.station]);
/** "Sunday Courier", "Dunmore FM": a name that ends like a newspaper's or a station's. */
export function isOutletName(name: string): boolean {
  return OUTLET_NAME_ENDINGS.has((name.split(/\s+/).pop() ?? '').toLowerCase());
}
/** "the star", "the singer": what a public figure is known as. */
export const isFameNoun = inList(aliases.fameNouns);

/** "army", "navy": a state's armed force named by its kind. */
export const isStateForce = inList(aliases.stateForces);

/** "fire", "health", "election": a common noun that says what a public service does. */
export const isServiceModifier = inList(aliases.serviceModifiers);

/** "officials", "authorities", "investigators": the people or body of a public service. */
export const isServiceBody = inList(aliases.serviceBodies);

/** "Executive", "Authority": a word that ends an organisation's name, even where it could be a role. */
export const isBodyEnding = inList(aliases.bodyEndings);

/** "Local 57", "Lodge 12", "District 9": a branch of a union or society named by its number, which is part of the name. */
const NUMBERED_BRANCHES = new Set(['Local', 'Lodge', 'Chapter', 'Branch', 'Division', 'Post', 'District']);
const NUMERAL = /^\d{1,5}$/;
/** Is `word` a number that continues a name ending with `before` ("Local" 57)? */
export function isBranchNumber(before: string, word: string): boolean {
  return NUMBERED_BRANCHES.has(before) && NUMERAL.test(word);
}

const ROLE_BODIES: ReadonlyArray<readonly [string, string]> = Object.entries(aliases.roleBodies).flatMap(([kind, roles]) =>
  roles.map((r): [string, string] => [` ${r} `, kind]),
);

/** "Station Commander Ruth Okafor" → fire: the kind of body a rank implies, or null. */
export const roleBody = remembered((text: string): string | null => {
  // "Det. Ch. Supt.": an abbreviated rank's full stops are no part of it.
  const padded = ` ${text.toLowerCase().replace(/[\s,]+|\.(?=[\s,]|$)/g, ' ').replace(/\s+/g, ' ')} `;
  for (const [role, kind] of ROLE_BODIES) if (padded.includes(role)) return kind;
  return null;
});

const RANKED_KINDS = new Set(Object.keys(aliases.roleBodies));

/** "Dunmore Police", "Hickman County Sheriff": a body of a kind whose people hold ranks (see roleBody). */
export function isRankedBody(side: string): boolean {
  return RANKED_KINDS.has((side.split(' ').pop() ?? '').toLowerCase());
}

/**
 * "Fresno Fire Department Battalion Chief Laura Mendes" → "Fresno Fire Department": a name of two
 * words or more up to its last organisation's word, run on into a capitalised title (a rank's first
 * word, "Battalion", is no part of the body; "Police" in "Caldwell State Police Chief X" is) or up to a county's
 * name before an executive's title ("Crow Wing County Manager X"); never a
 * body of state named only by its kind ("Senate Majority Leader X"); null for any other words.
 */
export function bodyBeforeTitle(words: readonly string[]): string | null {
  const title = words.findIndex((w, k) => k > 1 && isRoleWord(w) && isCapitalised(w));
  if (title < 0 || !words.slice(0, title).every(isCapitalised)) return null;
  let end = isRankWord(words[title - 1] as string, words[title] as string) ? title - 2 : title - 1;
  // "Crow Wing County Manager X", "Pine Ridge County Public Works Director X": one heading a county or its
  // agency speaks for the county; an officer with an office of their own ("Crow Wing County Attorney X") does not.
  const heads = CORPORATE_ROLES.has((words[title] as string).toLowerCase());
  while (end > 0 && !isOrgWord(words[end] as string) && !(heads && LOCAL_GOVERNMENTS.has(words[end] as string))) end--;
  // "Harlow County Prosecuting Attorney X", "Dorrance County Prosecutor X": a county's prosecutor speaks for that office, named by the title.
  if (end <= 0 && PROSECUTORS.has(words[title] as string)) return countyOffice(words.slice(0, title + 1));
  const body = words.slice(0, end + 1).join(' ');
  return end > 0 && !isGenericGovernment(body) ? body : null;
}

/** The words that end a local government's name ("Crow Wing County", "Jefferson Parish"). */
const LOCAL_GOVERNMENTS = new Set(['County', 'Parish', 'Borough', 'Township']);

/** "Harlan County", "Jefferson Parish": a local government's name (a place and its word), whole as it is. */
export function isLocalGovernment(name: string): boolean {
  const words = name.split(' ');
  return words.length > 1 && LOCAL_GOVERNMENTS.has(words[words.length - 1] as string) && words.every(isCapitalised);
}

/** Titles of a county's prosecutor, the last word of "County Attorney", "District Attorney", "Prosecuting Attorney", "Prosecutor". */
const PROSECUTORS = new Set(['Attorney', 'Prosecutor']);

/** "Harlow County Prosecuting Attorney": a local government's name, then the office's title in a word or two; else null. */
function countyOffice(words: readonly string[]): string | null {
  const county = words.findIndex((w) => LOCAL_GOVERNMENTS.has(w));
  return county > 0 && words.length - county <= 3 ? words.join(' ') : null;
}

/** "Battalion" before "Chief": the first word of a rank, unless it names the kind of body the rank is of ("Police Chief"). */
function isRankWord(word: string, title: string): boolean {
  const kind = roleBody(`${word} ${title}`);
  return kind !== null && kind !== word.toLowerCase();
}

const PLACE_FORMS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(aliases.placeAbbreviations).map(([place, short]): [string, readonly string[]] => [place, [place, ...short]]),
);

/** The forms a place takes in a name: "Minnesota" → Minnesota, Minn., MN (else the place alone). */
export function placeForms(place: string): readonly string[] {
  return PLACE_FORMS.get(place) ?? [place];
}

/** Each form of a US state ("Ohio", "Wis.", "OH") to the state; the first state to take a form keeps it. */
const STATE_BY_FORM: ReadonlyMap<string, string> = new Map([...PLACE_FORMS].reverse().flatMap(([place, forms]) => forms.map((form): [string, string] => [form, place])));

/** "Ohio", "Wis.", "OH", "S.C. (AP)": the US state a dateline's second part names (the agency after it left out), or null. */
export function usStateNamed(form: string): string | null {
  return STATE_BY_FORM.get(form.replace(AGENCY_AFTER, '')) ?? null;
}

/** " (AP)", " (Reuters)": the agency a dateline names after its place. */
const AGENCY_AFTER = /\s*\([^()]*\)$/;

/** "A former aide to Rep. X", "an ex-staffer for the senator": one who worked for someone and no longer does. */
const FORMER_STAFF = /^(?:[Aa]n?\s+|[Tt]he\s+)?(?:[Ff]ormer|[Ee]x-)\s*(?:\p{Ll}+\s+)?(?:aide|staffer|employee|adviser|advisor|assistant|correspondent|intern)\s+(?:to|for|of)\s/u;
/** Is this phrase one who no longer works for the person it names ("A former aide to Rep. Adrian Delgado")? */
export function isFormerStaff(phrase: string): boolean {
  return FORMER_STAFF.test(phrase);
}
