// The side of a public service named by its kind or rank (police, fire, schools, councils, a state's
// departments): the nearest body of that kind the article named, else the town's own.
import type { Sentence } from '../sentences';
import { isCapitalised, lastWord } from '../words';
import { isCivilBody, isCountrySide, isOrgWord, isPortfolio, isRankedBody, isRoleWord, isServiceBody, isServiceModifier, namedSide, placeKind, remembered, roleBody } from '../side-names';
import { mapped } from '../mapped';
import { genderOf } from '../gender';
import { isCalendarName } from '../phrases';
import type { ArticleFacts } from './article-facts';
import { DETERMINERS, isBodyName, personName, properName, stripThe } from './names';
import { byReference } from './references';

/** Sentences back in which "Station Commander X" looks for a body of the kind the rank implies. */
const ROLE_BODY_REACH = 3;
/** "The state transportation director", "state health officials": an office of a state's department by its portfolio. */
const STATE_PORTFOLIO_ROLE = /^(?:[Tt]he\s+)?state\s+(\p{Ll}+)\s+(?:director|secretary|commissioner|chief|officials?|spokes(?:man|woman|person))$/u;

/** "Superintendent X", "the superintendent", "Alder County Schools Superintendent X": a rank that heads a school district as often as a police force. */
const SCHOOLS_HEAD = /^(?:[Tt]he\s+)?(?:(?:\p{Lu}[\p{L}-]*\s+){0,3}[Ss]chools?\s+)?[Ss]uperintendent\b/u;
/** "Ashford Public Schools Superintendent X": the schools' name (group 1) before a superintendent's title. */
const SCHOOLS_TITLE = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}-]*\s+){1,4}Schools)\s+Superintendent\b/u;
/**
 * "Millbrook High School", "Riverton City School District", "the Dunmore Area School Corporation" (Indiana's word for
 * a district), "the Kessling Board of Education": a school or its district by name, ending in the word; "the Georgia
 * Association of School Librarians" is a body of people who work in schools, no school.
 */
const SCHOOL_NAME = /\b(?:(?:School|Schools|Academy)(?:\s+(?:District|Corporation|System))?|Board\s+of\s+Education)$/;

/** "Millbrook School District", "the Alder Unified School District": a school district named. */
const SCHOOL_DISTRICT_NAME = /\bSchool\s+District\b|\bSchools\b/u;

/**
 * "Fire officials in Carraway", "health authorities", "the fire service": a public service named by
 * what it does speaks for the place named after it, else for the body of that name the article
 * named ("Carraway Fire and Rescue Service"); a lone service ("the fire service") for itself.
 * Never for the capitalised modifier ("Fire").
 */
export function serviceSide(article: ArticleFacts, head: string, s: Sentence): string | null {
  const service = serviceName(head);
  if (!service) return null;
  const { words, from, body } = service;
  const after = words.slice(body + 1);
  const place = SERVICE_PLACE_LINKS.has(after[0] ?? '') ? properName(after.slice(1).join(' '), true) : null;
  if (place) return namedSide(place) ?? place;
  const nouns = mapped(words.slice(from, body + 1), (w) => w.toLowerCase());
  // Only a body named before, and by what it does: the sentence's own "Health" is no name, "Health officials" no "Election" body.
  const named = byReference(article, nouns, s.index - 1);
  if (named && nouns.slice(0, -1).some((n) => ` ${named.name} `.toLowerCase().includes(` ${n} `))) return named.side;
  if (!(words[body] as string).endsWith('s')) return nouns.join(' ');
  // "Health officials": the officials of the place in the dateline, else of the country in context.
  const dateline = article.discourse.datelinePlace;
  const country = article.discourse.recent(s.index, (x) => isCountrySide(x.side));
  return (dateline && (namedSide(dateline) ?? dateline)) ?? country?.side ?? article.discourse.datelineCountry ?? nouns.join(' ');
}

/**
 * "A Las Cruces police spokeswoman": a place's public service speaks for the body of that name
 * the article gave ("the Las Cruces Police Department"), else for the place; never for another
 * body named after the place ("the Las Cruces Sun-News").
 */
export function placeServiceSide(article: ArticleFacts, head: string, at: number): string | null {
  const words = head.split(/\s+/);
  const role = words.findIndex((w) => isRoleWord(w) && !isCapitalised(w));
  let k = role - 1;
  while (k > 0 && !isCapitalised(words[k] as string) && (isServiceModifier(words[k] as string) || isServiceBody(words[k] as string))) k--;
  if (role < 2 || k === role - 1 || !isCapitalised(words[k] as string) || DETERMINERS.has((words[k] as string).toLowerCase())) return null;
  let from = k;
  while (from > 0 && isCapitalised(words[from - 1] as string) && !DETERMINERS.has((words[from - 1] as string).toLowerCase())) from--;
  const place = words.slice(from, k + 1).join(' ');
  const services = words.slice(k + 1, role).map((w) => w.toLowerCase());
  const body = article.discourse.byReference([...place.toLowerCase().split(' '), ...services], at);
  if (body && services.every((w) => ` ${body.name} `.toLowerCase().includes(` ${w} `))) return body.side;
  return namedSide(place) ?? place;
}

/** The nearest body the article named before sentence `at` (however far back) whose name passes `test`. */
function bodyNamed(article: ArticleFacts, at: number, test: (name: string) => boolean): string | undefined {
  return article.discourse.namesNear(at, at + 1, (n) => test(n) && isBodyName(n))[0];
}

/** The school district the article named before, else the school (a district's officials speak for the schools they run), or null. */
export function schoolDistrictNamed(article: ArticleFacts, at: number): string | null {
  const body = bodyNamed(article, at, (n) => SCHOOL_DISTRICT_NAME.test(n)) ?? bodyNamed(article, at, (n) => SCHOOL_NAME.test(n));
  return body ? (namedSide(body) ?? article.discourse.canonicalOrg(body)) : null;
}

/** "of Westshire police", "Caldwell State Police Chief": a force named by its place and its kind, in either case. */
const FORCE_NAMED = /(\p{Lu}[\p{L}'\u2019-]*(?:\s\p{Lu}[\p{L}'\u2019-]*){0,3})\s+(police|Police)(?![\p{L}-])/u;

/**
 * "Det Ch Supt Alan Brierley of Westshire police", "Caldwell State Police Chief Raymond Ostrowski": an
 * officer of a rank speaks for the force the phrase names ("Westshire Police"), never for themselves
 * nor for a country whose police it is ("Slovenian police"); null when the phrase names no force.
 */
export function forceOfRank(phrase: string): string | null {
  if (roleBody(phrase) !== 'police') return null;
  const town = FORCE_NAMED.exec(phrase)?.[1];
  // "Chief Inspector Police" is no place: every word of the place must be no rank.
  if (!town || town.split(/\s+/).some((w) => isRoleWord(w) || roleBody(w)) || isCountrySide(namedSide(town) ?? '')) return null;
  return `${town} Police`;
}

/** "Station Commander Ruth Okafor": a rank implying a body speaks for such a body that spoke just before, else for themselves. */
export function rankSide(article: ArticleFacts, head: string, at: number): string | null {
  const kind = roleBody(head);
  if (!kind) return null;
  // "Ashford Public Schools Superintendent X" after the police spoke: no police rank; the school named before (below), else the schools the title names.
  const schools = kind === 'police' ? SCHOOLS_TITLE.exec(head)?.[1] : undefined;
  if (schools) return schoolNamed(article, at) ?? schools;
  const body = article.discourse.recent(at, (x) => !x.person && ` ${x.name} ${x.side} `.toLowerCase().includes(` ${kind} `) && !isCivilBody(lastWord(x.side)));
  if (body && at - body.sentence <= ROLE_BODY_REACH) return body.side;
  const named = bodyOfKindNamed(article, kind, at);
  if (named) return named;
  // "Superintendent Martin Greer" where no police force is named but a school is: the schools' head, not a police rank.
  const school = kind === 'police' && SCHOOLS_HEAD.test(head) ? schoolNamed(article, at) : null;
  if (school) return school;
  // "Pellston Falls police said P. ... Police Chief X said": a force that spoke by its town's name is named, however far back.
  if (body && isRankedBody(body.side)) return body.side;
  // "Fire Chief X said P ... Brenner's Landing Fire Department says": else the one body of that kind the article names, before or after.
  return titledDepartment(head, kind) ?? onlyBodyOfKind(article, kind) ?? localService(article, kind) ?? personName(head) ?? stripThe(head);
}

/** The school or school district the article named last before `at`, or null. */
function schoolNamed(article: ArticleFacts, at: number): string | null {
  const school = bodyNamed(article, at, (n) => SCHOOL_NAME.test(n));
  return school ? (namedSide(school) ?? school) : null;
}

/** The one body of a kind whose people hold ranks the whole article names ("Brenner's Landing Fire Department"), else null. */
function onlyBodyOfKind(article: ArticleFacts, kind: string): string | null {
  const all = article.discourse.sentenceCount;
  const names = article.discourse.namesNear(all, all + 1, (n) => isBodyOfKind(n, kind) && isBodyName(n));
  return names.length === 1 ? (namedSide(names[0] as string) ?? (names[0] as string)) : null;
}

/** "Kessling Fire Chief Roland Yoder": the town named before "Fire" in a fire officer's title (group 1). */
const TOWN_FIRE_TITLE = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}'\u2019-]*\s){1,3})Fire\s+\p{Lu}/u;

/** "Kessling Fire Chief X", no fire department named: the department of the town the title names ("Kessling Fire Department"), else null. */
function titledDepartment(head: string, kind: string): string | null {
  const town = kind === 'fire' ? TOWN_FIRE_TITLE.exec(head)?.[1]?.trim() : undefined;
  // "State Fire Marshal X", "City Fire Chief X" name no town.
  return town && !isPortfolio(town) && !placeKind(town) && !town.split(' ').some(isRoleWord) && namedSide(town) === null ? `${town} Fire Department` : null;
}

/**
 * "The Hickman County Sheriff's Office ... later deleted the post. Sheriff Wade Tillman said": a role
 * names its institution, the nearest body of that kind the article named before (however far back,
 * and though it never spoke), or null.
 */
export function bodyOfKindNamed(article: ArticleFacts, kind: string, at: number): string | null {
  const named = bodyNamed(article, at, (n) => isBodyOfKind(n, kind));
  return named ? (namedSide(named) ?? named) : null;
}

/**
 * "Hickman County Sheriff's Office", "Brenner's Landing Fire Department": a name holding the kind's word; never a body
 * of its members ("Marlow Heights Police Officers Association" is no police force).
 */
function isBodyOfKind(name: string, kind: string): boolean {
  return name.includes(' ') && ` ${name.toLowerCase().replace(/['\u2019]s\b/g, '')} `.includes(` ${kind} `) && !isCivilBody(lastWord(name));
}

/** "the state transportation director" → "Ohio Department of Transportation" when the article names such a department before; else null. */
export function stateDepartmentNamed(article: ArticleFacts, head: string, at: number): string | null {
  const portfolio = STATE_PORTFOLIO_ROLE.exec(head)?.[1];
  if (!portfolio || !isPortfolio(portfolio)) return null;
  const named = bodyNamed(article, at, (n) => n.includes('Department') && n.toLowerCase().includes(portfolio.toLowerCase()));
  return named ? (namedSide(named) ?? named) : null;
}

/** "Police in Bulukumba": the force the article named for the town, else "Bulukumba Police". */
export function townPolice(article: ArticleFacts, town: string, at: number): string {
  const force = bodyOfKindNamed(article, 'police', at);
  return force?.includes(town) ? force : `${town} Police`;
}

/** A rank's body when the article names none: the dateline town's police ("Millbrook Police"), a fire chief's town (as a mayor's). */
function localService(article: ArticleFacts, kind: string): string | null {
  if (kind === 'police') return article.localPolice();
  return kind === 'fire' ? article.localPlace() : null;
}

/** "a port official", "an airport spokeswoman": one who works at a port of some kind (group 1), named by it. */
const PORT_STAFF = /^(?:[Aa]n?|[Tt]he)\s+(port|airport)\s+(?:officials?|spokes(?:man|woman|person)|director|manager)$/u;
/** Sentences back (this one too) in which the port may have spoken or its place been named: "The ship was to leave Galveston. ..., a port official said." */
const PORT_REACH = 2;

/**
 * "a port official": the port that spoke just before or that the article named ("Harlow Bay Port Authority"), else the port of the place
 * named last, in this sentence or the one before ("Port of Galveston"), never the country of a port of call
 * named further back; null for other phrases or when no place is near.
 */
export function portSide(article: ArticleFacts, head: string, at: number): string | null {
  const kind = PORT_STAFF.exec(head)?.[1];
  if (!kind) return null;
  // "the port authority in Avery said P. ... a port spokeswoman said": the port that spoke just before.
  const spoke = article.discourse.recent(at, (x) => !x.person && x.name.toLowerCase().split(/\s+/).includes(kind));
  if (spoke && at - spoke.sentence < PORT_REACH) return spoke.side;
  const named = bodyOfKindNamed(article, kind, at);
  if (named) return named;
  // A town or city, never a country ("Galveston" is in one), a day ("on Friday"), a person ("Dana Ruiz", by a first name)
  // or a body's short name ("Calder" for "Calder Ferries").
  const shortFor = (n: string): boolean => article.discourse.namesNear(at, at + 1, (e) => e.startsWith(`${n} `)).length > 0;
  const isPlace = (n: string): boolean => !isCalendarName(n) && !n.split(/\s+/).some(isOrgWord) && !shortFor(n) && !(n.includes(' ') && genderOf(n) !== null) && !article.isSurname(n, at) && !(namedSide(n) === n && isCountrySide(n));
  const place = article.discourse.namesNear(at, PORT_REACH, isPlace)[0];
  if (!place) return null;
  return kind === 'port' ? `Port of ${place}` : `${place} Airport`;
}

/** "The council": the council the article named ("Redmarsh Borough Council"), else the council of the article's town. */
export function councilSide(article: ArticleFacts, at: number): string | null {
  const named = article.discourse.byReference(['council'], at);
  if (named && / Council\b/.test(named.name)) return named.side;
  const town = article.localPlace();
  // "City Councilman X", "the city council": the town's council is its city council.
  return town ? `${town} ${article.callsCouncilCity() ? 'City ' : ''}Council` : null;
}

/**
 * Where a public service's name starts ("the fire service" → 1) and where its body noun stands
 * (→ 2) in the phrase's words, or null when the phrase names none (shared between calls: never mutated).
 */
const serviceName = remembered((head: string): { words: readonly string[]; from: number; body: number } | null => {
  const words = head.split(/\s+/);
  let k = DETERMINERS.has(words[0]?.toLowerCase() ?? '') ? 1 : 0;
  const from = k;
  while (k < words.length && (isServiceModifier(words[k] as string) || (k > from && words[k] === 'and'))) k++;
  if (k === from || words[k - 1] === 'and' || !isServiceBody(words[k] ?? '')) return null;
  return { words, from, body: k };
});

/** Words linking a public service to its place: "officials in Carraway", "police from Wellsford". */
const SERVICE_PLACE_LINKS = new Set(['in', 'from', 'at', 'for', 'of']);
