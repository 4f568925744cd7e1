// The side of a role or title: a spokesperson or leader by their body's kind, a role met again, the
// office of a role ("the Prime Minister's Office", "the governor's spokesman"), an office of a place
// named by its kind ("the city's mayor", "City officials").
import { POSSESSIVE_END, beforeComma, isCapitalised, lastWord } from '../words';
import {
  type Actor,
  hasGovernmentWord,
  isBusinessNoun,
  isCountrySide,
  isPartySide,
  isPrivateKind,
  isRankedBody,
  isStateForce,
  isStateOrCountry,
  isRoleWord,
  isUnnamedSide,
  namedSide,
  placeKind,
  remembered,
  roleBody,
  usStateNamed,
} from '../side-names';
import { kindConflicts } from '../discourse';
import type { ArticleFacts } from './article-facts';
import { countryNamed, DETERMINERS, isBodyName, OWNER_LINKS, personName, properName, stripThe, withoutThe } from './names';
import { BODY_KINDS, byReference, EXECUTIVE_ROLES, isPrivateActor, justBefore } from './references';
import { bodyOfKindNamed } from './services';

const PLACE_OWNER = /^(?:the|The)\s+(\p{Ll}+)['\u2019]s\s+(?=\p{Ll})/u;

export const SPOKESPERSONS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative']);
/** "spokeswoman Kelly Marsh": a spokesperson's role before their name, with no employer named. */
const NAMED_SPOKESPERSON = /^[Ss]pokes(?:man|woman|person)\s+(?:\p{Lu}\p{Ll}{1,4}\.\s+)?\p{Lu}[\p{L}'\u2019-]+(?:\s\p{Lu}[\p{L}'\u2019-]+){0,2}$/u;
/** "senior forecaster Dean Kovac", "Forecaster Lydia Sandoval": a forecaster's role before their name, with no service named. */
const NAMED_FORECASTER = /^(?:(?:[Ss]enior|[Cc]hief|[Ll]ead|[Dd]uty)\s+)?(?:[Ff]orecaster|[Mm]eteorologist)\s+\p{Lu}[\p{L}'\u2019-]+(?:\s\p{Lu}[\p{L}'\u2019-]+){0,2}$/u;
/** "a spokesman for Delgado", "an aide to Sen. Hale": who speaks for a named person. */
// "The agent of winger Ruben Costa": a lower-case word or two may say what the person is.
export const AGENT_FOR = /\b(?:spokes(?:man|woman|person)|representative|rep|agent|manager|lawyer|attorney|aide|adviser|advisor|publicist)\s+(?:for|to|of)\s+(?:\p{Ll}+\s){0,2}((?:\p{Lu}[\p{L}.'\u2019-]*\s){0,5}\p{Lu}[\p{L}'\u2019-]*)/u;

/** The words a name carries for a role: "Sen. Jo Hale" is a senator. */
export const ROLE_TITLES: Readonly<Record<string, readonly string[]>> = {
  senator: ['senator', 'sen.'],
  governor: ['governor', 'gov.'],
  congressman: ['congressman', 'rep.'],
  congresswoman: ['congresswoman', 'rep.'],
  representative: ['representative', 'rep.'],
  // "The prosecutor" after "District Attorney Janet Morrow", "the lawmaker" after "Rep. Carlos Ruiz": a role by its generic word.
  prosecutor: ['prosecutor', 'district attorney', "state's attorney", 'prosecuting attorney'],
  lawmaker: ['lawmaker', 'legislator', 'senator', 'sen.', 'representative', 'rep.', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'mp'],
};
/** "The chief executive", "the sporting director": a role in lower-case words after "the", and nothing else. */
export const ROLE_AGAIN = /^[Tt]he\s+((?:\p{Ll}[\p{Ll}-]*\s)*\p{Ll}[\p{Ll}-]*)$/u;
/** Offices of a US state's government: "the governor", "the state inspector general". */
const STATE_ROLES = /^(?:state\s+)?(?:(?:lieutenant\s+)?governor|attorney\s+general|secretary\s+of\s+state|inspector\s+general|treasurer|comptroller|auditor)$/i;
/** "Kansas Governor Adele X", "New Mexico Gov. Ana Y": a place's name (group 1) before the title of a state's office and a name. */
const PLACE_BEFORE_STATE_TITLE = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)\s+(?:Lt\.\s|Lieutenant\s)?(?:Gov\.|Governor|Attorney\sGeneral|Secretary\sof\sState|Treasurer|Comptroller|Auditor)\s+\p{Lu}/u;

/**
 * "Kansas Governor Adele Marchetti": a US state's officer titled with the state's name speaks for the
 * state, never for the country that spoke last; null for any other phrase.
 */
export function stateOfTitledOfficer(head: string): string | null {
  const place = PLACE_BEFORE_STATE_TITLE.exec(head)?.[1];
  return place ? usStateNamed(place) : null;
}

/**
 * Watchdog titles: an inspector general, an auditor, a comptroller or an ethics commission checks the government and
 * speaks as its own office, never for the state, a party or a police force ("Inspector" is no rank here).
 */
export const WATCHDOG_TITLE = String.raw`(?:State\s+)?(?:Inspector\s+General|Auditor(?:\s+General)?|Comptroller|Ethics\s+Commission)`;
/**
 * "Indiana Inspector General Ana Ruiz", "State Auditor Jo Hale", "the Wisconsin Ethics Commission's office": the
 * office's name (its place, then its title) in group 1, maybe a holder's name after it.
 */
const WATCHDOG_OFFICE = new RegExp(
  String.raw`^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.]*\s+){0,3}?${WATCHDOG_TITLE})(?:['\u2019]s(?:\s+[Oo]ffice)?|(?:\s+\p{Lu}[\p{L}.'\u2019-]*){1,3})?$`,
  'u',
);
/** "the inspector general's office", "the state auditor": a watchdog by its title in lower case. */
const WATCHDOG_AGAIN = /^(?:[Tt]he\s+)?(?:state\s+)?(inspector\s+general|auditor(?:\s+general)?|comptroller|ethics\s+commission)(?:['\u2019]s\s+office)?$/u;
/** "Hale", "Jo Hale's office", "a review released Monday by State Auditor Jo Hale": the holder's name, their office's word dropped. */
const HOLDER_OFFICE = /['\u2019]s\s+office$/u;
/** Watchdog offices named in an article's text, capitalised, their place before them. */
const WATCHDOG_NAMED = new RegExp(String.raw`(?:(?!The\s)\p{Lu}[\p{L}.]*\s+){1,3}?${WATCHDOG_TITLE}`, 'gu');

/** A watchdog office by its name ("Indiana Inspector General", "State Auditor Jo Hale" → "State Auditor"), else null. */
export function watchdogOffice(head: string): string | null {
  return WATCHDOG_OFFICE.exec(head)?.[1] ?? null;
}

/**
 * The side of a watchdog office: the office by its name, and by its title in lower case ("the state auditor"), the
 * one the article named with that title before `end`; null for any other phrase.
 */
export function watchdogSide(article: ArticleFacts, head: string, end: number): string | null {
  const named = watchdogOffice(head) ?? watchdogOfHolder(article, head, end);
  if (named) return named;
  const title = WATCHDOG_AGAIN.exec(head)?.[1]?.toLowerCase().replace(/\s+/g, ' ');
  if (!title) return null;
  const offices = [...article.textBefore(end).matchAll(WATCHDOG_NAMED)].map((m) => m[0]).filter((n) => n.toLowerCase().endsWith(title));
  return offices.pop() ?? null;
}

/**
 * "Hale, a Democrat", "Hale's office" after "State Auditor Jo Hale": one the article titled as a watchdog speaks as the
 * office ("State Auditor"; "state Comptroller X" → "State Comptroller"), never for their party; else null.
 */
function watchdogOfHolder(article: ArticleFacts, head: string, end: number): string | null {
  const holders = article.watchdogHolders();
  const name = holders.length > 0 ? personName(head.replace(HOLDER_OFFICE, '')) : null;
  const surname = name ? lastWord(name) : null;
  return holders.find((h) => h.surname === surname && h.at < end)?.office ?? null;
}

/** A state's administrative offices named by their title alone ("Attorney General X"), and those written after "State". */
const STATE_OFFICES = ['attorney general', 'secretary of state'];
const STATE_PREFIXED_OFFICES = ['auditor', 'treasurer', 'comptroller', 'fire marshal', 'inspector general', 'superintendent'];
/**
 * The offices as one group of a pattern: capitalised as a title before a name ("Secretary of State"), or in
 * lower case; `stateKinds` are more patterns for what may follow "state" ("state mine safety office").
 */
const stateOffices = (capitalised: boolean, stateKinds: readonly string[] = []): string => {
  const form = (title: string): string => (capitalised ? title.replace(/\b(?!of\b)\p{Ll}/gu, (c) => c.toUpperCase()) : title).replace(/ /g, capitalised ? '\\s' : '\\s+');
  const state = capitalised ? 'State\\s' : 'state\\s+';
  return `(?:${STATE_OFFICES.map(form).join('|')}|${state}(?:${[...STATE_PREFIXED_OFFICES.map(form), ...stateKinds].join('|')}))`;
};

/** "Attorney General Clay Durden", "State Fire Marshal X": the title of a state's administrative office, no place before it, then a name. */
const STATE_OFFICER = new RegExp(String.raw`^(?:[Tt]he\s+)?${stateOffices(true)}\s+\p{Lu}`, 'u');
/**
 * ", a spokeswoman for the secretary of state", ", director of the state mine safety office": one who
 * works for such an office, or for a state's office by its kind, named by its title alone.
 */
const FOR_STATE_OFFICER = new RegExp(
  String.raw`^,\s+(?:(?:an?|the)\s+)?(?:\p{Ll}+\s+){1,2}(?:for|to|at|in|of)\s+the\s+` +
    stateOffices(false, [String.raw`(?:\p{Ll}+\s+){1,3}(?:office|agency|department|board|commission)`]) +
    String.raw`\b`,
  'u',
);

/**
 * "Attorney General Clay Durden", "X, a spokeswoman for the secretary of state": an officer of a US
 * state's administration, no state named, acts for the dateline's state, never for the party that
 * spoke last (a party the article gives them is taken before this); null for any other phrase.
 */
export function stateOfDatelineOfficer(article: ArticleFacts, head: string, rest: string): string | null {
  return STATE_OFFICER.test(head) || FOR_STATE_OFFICER.test(rest) ? article.discourse.datelineState : null;
}

/** Sentences back a bare "a spokesman" looks for the body that spoke. */
const SPOKESPERSON_REACH = 2;

/** Sentences just before in which "the country's" finds the country just named. */
const COUNTRY_REACH = 2;

/**
 * "The city's mayor", "the town's council", "the state's governor": a role owned by a place named
 * only by its kind speaks for the place the dateline names (the city or the country), never for
 * the last body that spoke; with no such place, for itself (the person named, else the role).
 */
export function placeRoleSide(article: ArticleFacts, head: string, rest: string, person: boolean, at: number): string | null {
  const kind = placeOfficeKind(head);
  if (!kind) return null;
  // "Venezuela's Defense Ministry did not respond. The country's defense minister said": the country just named.
  const named = kind === 'country' && at > 0 ? article.discourse.namesNear(at - 1, COUNTRY_REACH, (n) => isCountrySide(namedSide(n) ?? ''))[0] : undefined;
  if (named) return namedSide(named);
  const place = kind === 'local' ? article.localPlace() : kind === 'country' ? article.discourse.datelineCountry : countyOwner(head) ? countyNamed(article, at) : null;
  if (place) return place;
  return (person ? properName(rest.replace(/^[\s,]+/, ''), true) : null) ?? stripThe(head);
}

/**
 * "City officials", "the town council", "A spokeswoman for the city's public works department": the
 * offices of a town named only by its kind speak for the town the dateline names.
 */
export function placeOfficeSide(article: ArticleFacts, head: string): string | null {
  const place = article.localPlace();
  if (!place) return null;
  const words = head.split(/\s+/);
  const first = words[0]?.toLowerCase() === 'the' ? 1 : 0;
  const office = words[first + 1] ?? '';
  if (words.length === first + 2 && placeKind(words[first] ?? '') === 'local' && (isRoleWord(office) || hasGovernmentWord(office))) return place;
  const link = words.findIndex((w, k) => k > 0 && OWNER_LINKS.has(w) && words[k + 1] === 'the' && POSSESSIVE_END.test(words[k + 2] ?? ''));
  const owner = (words[link + 2] ?? '').replace(POSSESSIVE_END, '');
  return link > 0 && words.slice(0, link).some((w) => isRoleWord(w)) && placeKind(owner) === 'local' ? place : null;
}

/** Roles of a town department's staff: "chief building official X", "parks director X". */
const DEPARTMENT_STAFF_ROLES = new Set(['official', 'inspector', 'director']);
/** Most words before the role: "chief building official". */
const DEPARTMENT_STAFF_REACH = 3;

/**
 * "The city's building department sent an inspector ... chief building official Ray Okafor said": an office
 * in lower case before a department's role and a name speaks for the town when the article tells of the
 * town's department of that kind ("the city's building department", "the town planning department").
 */
export function townDepartmentStaffSide(article: ArticleFacts, head: string): string | null {
  const words = head.split(/\s+/);
  const role = words.findIndex((w) => DEPARTMENT_STAFF_ROLES.has(w));
  // The first word only may be capitalised, by the sentence.
  if (role < 1 || role > DEPARTMENT_STAFF_REACH || !isCapitalised(words[role + 1] ?? '') || words.slice(1, role).some(isCapitalised)) return null;
  const kind = (words[role - 1] as string).toLowerCase();
  const place = article.localPlace();
  // "police inspector X": a ranked service's people speak for its own body ("Pellingham Police"), not the town.
  return place && KIND_WORD.test(kind) && !isRankedBody(kind) && townDepartmentOf(kind).test(article.text) ? place : null;
}

const KIND_WORD = /^\p{Ll}+$/u;

/** "the city's building department", "the town planning department": a town's own department of `kind`. */
const townDepartmentOf = remembered((kind: string): RegExp => new RegExp(String.raw`\b(?:[Cc]ity|[Tt]own|[Vv]illage|[Bb]orough)(?:['\u2019]s)?\s+${kind}\s+[Dd]epartment\b`, 'u'));

/** "Greywater Records said ... A spokesman said ...": a spokesperson named by role alone speaks for the body that just spoke. */
export function spokespersonOf(article: ArticleFacts, head: string, at: number): string | null {
  // "spokeswoman Kelly Marsh", no employer named: the body that just spoke, like a bare "a spokesman", else the
  // body the sentence opens with ("The Halvorsen Police Department has not ruled out arson, spokesman Sgt. Y said").
  if (NAMED_SPOKESPERSON.test(head)) return lastBodyNear(article, at) ?? bodyOpeningSentence(article, at);
  // "The National Weather Service extended a flood warning. Forecaster Lydia Sandoval said": the service that spoke or was named just before.
  if (NAMED_FORECASTER.test(head)) return lastBodyNear(article, at) ?? bodyNamedBefore(article, at);
  // "A company spokeswoman, Helen Marsh", "Commission chairperson Justice Chifundo Banda", "Club captain
  // Jordan Ashby": the body of that kind the article has been speaking of.
  const kind = kindOfSpokesperson(head);
  const body = kind ? byReference(article, [kind], at, head) : undefined;
  if (body || (kind && isPrivateKind(kind))) return body?.side ?? (isBusinessNoun(kind ?? '') ? businessNamedBefore(article, at) : null);
  if (!isBareSpokesperson(head)) return null;
  // "A spokesperson for Ridley disputed that figure. ... the spokesperson, Claire Dunn, said": the one met before.
  const role = head.toLowerCase().split(/\s+/).find((w) => SPOKESPERSONS.has(w)) ?? '';
  const met = article.discourse.recent(at, (x) => !isBareSpokesperson(beforeComma(x.name)) && AGENT_FOR.test(x.name) && x.name.toLowerCase().includes(role));
  if (met && at - met.sentence <= SPOKESPERSON_REACH) return met.side;
  return bodyOpeningBefore(article, at) ?? lastBodyNear(article, at);
}

/**
 * "A spokesman for Moorland Travel said ... The firm said": the private body a spokesperson or agent spoke for
 * in the SPOKESPERSON_REACH sentences before `at`, if `kind` ("firm") may name it; else null.
 */
export function bodySpokenForBefore(article: ArticleFacts, kind: string, at: number): string | null {
  const agent = article.discourse.recent(at, (x) => x.person && at - x.sentence <= SPOKESPERSON_REACH && AGENT_FOR.exec(x.name)?.[1] === x.side);
  return agent && isPrivateActor({ ...agent, name: agent.side }) && !kindConflicts(kind, agent.side) ? agent.side : null;
}

/** "The museum declined to comment.": a body by its kind (group 1) as a sentence's subject. */
const KIND_OPENING = /^\s*The\s+(\p{Ll}+)\s+\p{Ll}/u;

/** "Halverson Museum of Art" for "museum": the capitalised names holding the kind's word, with an "of X" after it. */
const kindNamedIn = remembered((kind: string): RegExp => new RegExp(String.raw`(?:(?:\p{Lu}[\p{L}'\u2019-]*|&)\s)+${kind.charAt(0).toUpperCase()}${kind.slice(1)}(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*)?`, 'gu'));

/**
 * "The museum declined to address the claim. A spokeswoman, X, said": the body the sentence before opens
 * with by its kind, under the last name the article gave it ("Halverson Museum of Art"), though another body
 * spoke since; or null.
 */
function bodyOpeningBefore(article: ArticleFacts, at: number): string | null {
  if (at === 0) return null;
  const from = article.discourse.sentenceStart(at - 1);
  const kind = KIND_OPENING.exec(article.text.slice(from, article.discourse.sentenceStart(at)))?.[1];
  // "The army has responded": a state's force is no body named with its word ("Delta Renewal Army").
  if (!kind || isStateForce(kind)) return null;
  // "The railroad said ... A spokeswoman": a body of that kind that spoke keeps its name ("Allegheny & Lakes Railroad").
  const spoke = article.discourse.recent(at, (x) => !x.person && ` ${x.side.toLowerCase()} `.includes(` ${kind} `));
  if (spoke) return spoke.side;
  const named = [...article.textBefore(from).matchAll(kindNamedIn(kind))].pop()?.[0];
  return named ? (namedSide(named) ?? article.discourse.canonicalOrg(stripThe(named))) : null;
}

/**
 * "Velmora's chief executive said P. ... The chief executive, Tom Hale, said Q": a role met again
 * by "the" and its words alone keeps the side of the last one named with those words, or null.
 */
export function sameRoleBefore(article: ArticleFacts, head: string, at: number): string | null {
  const role = ROLE_AGAIN.exec(head)?.[1];
  if (!role || !isRoleWord(lastWord(role))) return null;
  const words = ` ${role.toLowerCase()} `;
  const met = article.discourse.recent(at, (x) => x.name !== head && ` ${beforeComma(x.name).toLowerCase()} `.includes(words) && !isUnnamedSide(x.side));
  return met?.side ?? null;
}

/** "Mine operator Appalon Coal": a business's name (group 2) after a word saying what kind of business it is (group 1). */
const BUSINESS_DESCRIBED = /^(?:\p{Lu}\p{Ll}*\s+)?(\p{Ll}+)\s+(\p{Lu}[\p{L}&'\u2019-]*(?:\s\p{Lu}[\p{L}&'\u2019-]*){0,3})$/u;

/**
 * "Mine operator Appalon Coal said P. ... company spokesman X said": the business the SPOKESPERSON_REACH
 * sentences before `at` name with its kind, nearest first, though it never spoke itself; or null.
 */
function businessNamedBefore(article: ArticleFacts, at: number): string | null {
  const described = (name: string): RegExpExecArray | null => {
    const m = BUSINESS_DESCRIBED.exec(name);
    return m?.[1] && isBusinessNoun(m[1]) ? m : null;
  };
  const name = at > 0 ? article.discourse.namesNear(at - 1, SPOKESPERSON_REACH, (n) => described(n) !== null)[0] : undefined;
  return name ? (described(name)?.[2] ?? null) : null;
}

/** The body ("National Weather Service") named nearest in the SPOKESPERSON_REACH sentences before `at`, no country or party, or null. */
function bodyNamedBefore(article: ArticleFacts, at: number): string | null {
  const isBody = (name: string): boolean => isBodyName(name) && !isCountrySide(namedSide(name) ?? '') && !isPartySide(namedSide(name) ?? '');
  const name = at > 0 ? article.discourse.namesNear(at - 1, SPOKESPERSON_REACH, isBody)[0] : undefined;
  return name ? (namedSide(name) ?? article.discourse.canonicalOrg(stripThe(name))) : null;
}

/** "Norvane Logistics has ...", "The Halvorsen Police Department has ...": a capitalised name (group 1) opening a sentence, then its verb. */
const SENTENCE_SUBJECT = /^\s*(?:The\s+)?((?:\p{Lu}[\p{L}'\u2019.&-]*\s+){0,5}\p{Lu}[\p{L}'\u2019.&-]*)\s+(?:has|have|had|is|was|were|will|would|did|does|do|\p{Ll}+(?:ed|s))\b/u;

/** The body (no person) whose name opens sentence `at` as its subject, or null. */
function bodyOpeningSentence(article: ArticleFacts, at: number): string | null {
  const sentence = article.text.slice(article.discourse.sentenceStart(at), article.discourse.sentenceStart(at + 1));
  const name = SENTENCE_SUBJECT.exec(sentence)?.[1];
  return name && isBodyName(name) ? (namedSide(name) ?? article.discourse.canonicalOrg(name)) : null;
}

/** The body (no person) that spoke within SPOKESPERSON_REACH sentences before `at`, or null. */
function lastBodyNear(article: ArticleFacts, at: number): string | null {
  const last = article.discourse.recent(at, (x) => !x.person);
  return last && at - last.sentence <= SPOKESPERSON_REACH ? last.side : null;
}

/**
 * "The Prime Minister's Office", "the governor's spokesman": the holder's side, else the dateline's;
 * with no dateline, a head of state's or government's office speaks for the country the article
 * names most ("Downing Street ... the prime minister's official spokesman"), never for the role word.
 */
export function officeSide(article: ArticleFacts, role: string, at: number): string {
  const office = namedOfficeOf(article, role);
  if (office) return office;
  // "The sheriff's office": the sheriff's office the article named ("Carver County Sheriff's Office"), not its holder's town.
  const kind = roleBody(role);
  const body = kind ? bodyOfKindNamed(article, kind, at) : null;
  if (body) return body;
  // "COLUMBUS, Ohio — ... the governor's office": a state's office speaks for the dateline's state, a town's for its town.
  const state = STATE_ROLES.test(withoutThe(role)) ? article.discourse.datelineState : null;
  const holder = roleOwnerSide(article, role, at) ?? article.discourse.datelineCountry ?? state ?? article.discourse.datelinePlace;
  if (holder) return holder;
  const word = lastWord(role).toLowerCase();
  const executive = EXECUTIVE_ROLES.has(word);
  // "Redmarsh's elected mayor, Colin Ashdown, ... The mayor's spokesman said": the holder the article named, who never spoke.
  const named = executive ? null : article.roleHolderNamed(word);
  if (named) return named;
  // "Downing Street also pushed back. The prime minister's official spokesman said": the state that acted just before.
  const national = executive ? (countryJustBefore(article, at) ?? article.discourse.mostNamedAs(at + 1, countryNamed)) : null;
  return national ?? roleOffice(role);
}

/** "Office of Inspector General", "the Office of the Ombudsman": an office named by its role, the role's words capitalised. */
const officeNamedBy = remembered((role: string): RegExp => {
  const words = role.split(/\s+/).map((w) => `${(w[0] ?? '').toUpperCase()}${w.slice(1)}`);
  return new RegExp(String.raw`\bOffice\s+of\s+(?:the\s+)?${words.join(String.raw`\s+`)}(?![\p{L}-])`, 'u');
});

/** "the inspector general" after "the Office of Inspector General at the Department of X": the office the article named for the role, or null. */
export function namedOfficeOf(article: ArticleFacts, role: string): string | null {
  if (!isRoleName(role)) return null;
  const office = officeNamedBy(withoutThe(role).toLowerCase()).exec(article.text)?.[0];
  return office ? article.discourse.canonicalOrg(office) : null;
}

/** "the inspector general's office", "The governor's office": a role's office mentioned in lower case (the role in group 1). */
const ROLE_OFFICE_MENTION = /\b[Tt]he\s+((?:\p{Ll}+\s)?\p{Ll}+)['\u2019]s\s+office\b/gu;

/** The side of the last role's office ("the inspector general's office") the sentence before `at` mentions, or null. */
export function officeNamedBefore(article: ArticleFacts, at: number): string | null {
  if (at < 1) return null;
  const before = article.text.slice(article.discourse.sentenceStart(at - 1), article.discourse.sentenceStart(at));
  let role: string | null = null;
  for (const m of before.matchAll(ROLE_OFFICE_MENTION)) if (m[1] && isRoleName(m[1])) role = m[1];
  return role ? officeSide(article, `the ${role}`, at) : null;
}

/** The country that spoke or acted in sentence `at` or the one before, or null. */
function countryJustBefore(article: ArticleFacts, at: number): string | null {
  return justBefore(article.discourse.recent(at, (x) => isCountrySide(x.side)), at);
}

/** "A senator", "an aide": one described by a role, not a holder named. */
const INDEFINITE = /^an?\s/iu;

/** "the governor's spokesman": the last person named with that role ("Gov. Ana Delgado"), or null. */
export function roleOwnerSide(article: ArticleFacts, owner: string, at: number): string | null {
  const role = withoutThe(owner).toLowerCase();
  if (role.includes(' ') && !isRoleName(owner)) return null;
  const titles = ROLE_TITLES[role] ?? [role];
  const holds = (x: Actor): boolean => {
    const name = ` ${x.name.toLowerCase().split(/\s+/).join(' ')} `;
    return titles.some((t) => name.includes(` ${t} `));
  };
  // A headline's role holder is named in the body below it.
  // "A senator gets a briefing", in someone's words, is any senator: "the senator" is one the article named.
  const named = (x: Actor): boolean => holds(x) && !INDEFINITE.test(x.name);
  const holder = article.discourse.recent(at, named) ?? article.discourse.following(at, named);
  if (holder) return holder.side;
  // "Governor Curtis Bramwell's administration ... The governor's budget director": the holder the article named in passing,
  // however long before, their party or state maybe before the title ("Republican Gov. Thomas Brandvold").
  const titled = (n: string): boolean => {
    const words = n.split(/\s+/);
    const title = words.findIndex((w) => titles.includes(w.toLowerCase()));
    return title >= 0 && words.length - title >= 3 && words.slice(0, title).every(isPartyOrPlace);
  };
  const titledName = article.discourse.namesNear(at, at + 1, titled)[0];
  // "Governor X, a Democrat": the party the article gives the holder, as the holder's own words take it.
  if (titledName) return article.discourse.bySurname(lastWord(titledName), at)?.side ?? article.discourse.partyOf(lastWord(titledName)) ?? personName(titledName) ?? titledName;
  // "A senator said P. The senator's aide": the one described before, named by nothing else.
  return article.discourse.recent(at, holds)?.side ?? null;
}

/** "Republican", "Missouri": a word naming a party or a state, which may stand before a holder's title. */
function isPartyOrPlace(word: string): boolean {
  return isPartySide(namedSide(word) ?? '') || isStateOrCountry(word);
}

/** "The county's economic development office": an office the county owns. */
function countyOwner(head: string): boolean {
  return PLACE_OWNER.exec(head)?.[1] === 'county';
}

/** "Tamsin County" in "the Tamsin County Commission": a county's name opening a name (group 1). */
const COUNTY_NAME = /^((?:\p{Lu}[\p{L}'\u2019.-]*\s){1,3}County)\b/u;
/** Sentences back in which the article's county is looked for. */
const COUNTY_REACH = 40;

/** The one county the article has named so far ("Tamsin County"), or null when none or several. */
function countyNamed(article: ArticleFacts, at: number): string | null {
  const counties = new Set(article.discourse.namesNear(at, COUNTY_REACH, (n) => COUNTY_NAME.test(n)).map((n) => COUNTY_NAME.exec(n)?.[1]));
  const [county] = counties;
  return counties.size === 1 && county ? (namedSide(county) ?? county) : null;
}

/** The kind of place owning an office ("the city's mayor" → the city's kind), or null when the phrase is no such office. */
const placeOfficeKind = remembered((head: string): string | null => {
  const m = PLACE_OWNER.exec(head);
  const kind = m?.[1] ? placeKind(m[1]) : null;
  // Only an office of the place: "the borough's auditors, Grant & Welby" are a firm of their own.
  const office = head.slice(m?.[0].length ?? 0).split(/\s+/).pop() ?? '';
  return kind && (isRoleWord(office) || hasGovernmentWord(office)) ? kind : null;
});

/** "a spokesman", "the spokeswoman": a spokesperson named by role alone ("her spokesman" speaks for her). */
const isBareSpokesperson = remembered((head: string): boolean => {
  const all = head.toLowerCase().split(/\s+/);
  if (all[0] === 'his' || all[0] === 'her') return false;
  const words = all.filter((w) => !DETERMINERS.has(w));
  return words.length === 1 && SPOKESPERSONS.has(words[0] ?? '');
});

/** "a company spokeswoman", "the firm spokesman": the private kind a spokesperson is named by, or null. */
const kindOfSpokesperson = remembered((head: string): string | null => {
  const all = head.split(/\s+/).filter((w) => !DETERMINERS.has(w.toLowerCase()));
  const [kind, role, ...name] = all;
  // "company spokeswoman Jenna Holt": the name after the role is the spokesperson's own.
  if (!kind || !role || !name.every(isCapitalised) || isCapitalised(role)) return null;
  const body = kind.toLowerCase();
  if (SPOKESPERSONS.has(role) && isPrivateKind(body)) return body;
  // "Commission chairperson X", "party leader X": one who leads a body of that kind, named with a name after.
  return LEADERS.has(role) && name.length > 0 && BODY_KINDS.has(body) ? body : null;
});

/** Roles of those who lead or speak for a body as a whole. */
const LEADERS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'chair', 'chairman', 'chairwoman', 'chairperson', 'president', 'leader', 'director', 'captain', 'skipper', 'manager', 'boss', 'head', 'chief', 'secretary-general']);

/** Words that make a role of the role word after them ("Prime Minister", "Vice President"). */
const ROLE_MODIFIERS = new Set(['prime', 'vice', 'deputy', 'first', 'lieutenant']);

/** "Governor", "the president", "Prime Minister": a role and nothing else, in any case. */
export function isRoleName(owner: string): boolean {
  const words = withoutThe(owner).split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return words.length <= 3 && isRoleWord(last) && words.slice(0, -1).every((w) => ROLE_MODIFIERS.has(w.toLowerCase()) || isRoleWord(w));
}

/** "the governor" with no holder named and no dateline: the office speaks ("governor's office"), never the bare role word. */
function roleOffice(owner: string): string {
  return `${withoutThe(owner).toLowerCase()}'s office`;
}
