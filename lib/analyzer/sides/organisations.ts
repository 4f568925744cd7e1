// The side of an organisation a phrase names: a body of a country that is no part of its state, a
// body named after its kind or description, the employer after "of" or "at", the members of a body,
// the body before a role ("Lumora spokeswoman") or a title.
import { NAME_PARTICLES, POSSESSIVE_END, isCapitalised, lastWord } from '../words';
import { memberBodyKind } from '../discourse';
import {
  hasGovernmentWord,
  isBodyEnding,
  isBranchNumber,
  isBusinessNoun,
  isCivilBody,
  isCountrySide,
  isGenericGovernment,
  isMemberNoun,
  isOutletNoun,
  isOrgWord,
  isRoleWord,
  isStateOrCountry,
  namedSide,
  remembered,
} from '../side-names';
import type { ArticleFacts } from './article-facts';
import { ACRONYM, countryNamed, DETERMINERS, isBodyName, JOINED_PLACE, NAME_LINKS, OWNER_LINKS, PLACE_PREPOSITIONS, properName, withoutThe } from './names';
import { BODY_KINDS } from './references';

// "of United Bakery Workers Local 57": a branch's number stays in the name; "of Local 2290 of the United Chemical Workers": so does the body it is a branch of.
const BRANCH_NUMBER = /\s\d{1,5}$/u;
/** "WMGA-TV", "KQPT-FM": a station by its call letters. */
const CALL_SIGN = /^\p{Lu}{3,5}-(?:TV|FM|AM)$/u;
// A link word joins two capitalised parts only ("Center for an Informed Public"), never ends the name ("Center for").
const OF_ORGANISATION = /\b(?:of|for|at|with)\s+(?:the\s+)?(?:local\s+)?(?:\p{Lu}\p{Ll}+-based\s+)?((?:(?:\p{Lu}[\p{L}.'\u2019&-]*|(?<=(?:Local|Lodge|Chapter|Branch|Division|Post|District)\s)\d{1,5})\s?(?:(?:of|for|and|&)\s(?:(?:the|an?)\s)?(?=\p{Lu}))?)+)(\p{Ll}+)?/u;

/** Words that make a country's named body part of its state: "Germany's Federal Motor Transport Authority". */
const STATE_BODY_WORDS = new Set(['authority', 'agency', 'commission', 'bureau', 'federal', 'national', 'court', 'regulator', 'inspectorate']);
const COUNTRY_OWNED = /^(\p{Lu}[\p{L}.-]*)['\u2019]s?\s+(\p{Lu}[\p{L}'\u2019&.-]*(?:\s\p{Lu}[\p{L}'\u2019&.-]*){0,4})$/u;

/** "Sudan's paramilitary Rapid Support Forces", "Yemen's rebel Houthi movement": a country's, then what makes a body no part of its state. */
const COUNTRY_NON_STATE = /^(\p{Lu}[\p{L}.-]*)['\u2019]s?\s+(?:paramilitary|rebel|militant|separatist|insurgent|opposition|jihadist|Islamist)\s+(\p{Lu}[\p{L}'\u2019&.-]*(?:\s\p{Lu}[\p{L}'\u2019&.-]*){0,4})/u;

/** "Japan's Asahi Daily" → "Asahi Daily"; not "China's Foreign Ministry" or "Britain's Prime Minister" (the state's own). */
export function bodyOfCountryNamed(head: string): string | null {
  const force = COUNTRY_NON_STATE.exec(head);
  if (force?.[1] && force[2] && isCountrySide(namedSide(force[1]) ?? '')) return namedSide(force[2]) ?? force[2];
  const m = COUNTRY_OWNED.exec(head);
  if (!m?.[1] || !m[2] || !isCountrySide(namedSide(m[1]) ?? '')) return null;
  const words = m[2].split(/\s+/);
  if (words.some((w) => hasGovernmentWord(w) || isRoleWord(w) || isGenericGovernment(w) || STATE_BODY_WORDS.has(w.toLowerCase())) || namedSide(m[2]) !== null) return null;
  return m[2];
}

/** "the U.S. Consumer Product Safety Commission": a country's form, then a name of two words or more. */
const COUNTRY_PREFIXED = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.]*)\s+((?:\p{Lu}[\p{L}'\u2019&-]*\s(?:(?:of|for|and|&)\s)?){1,5}\p{Lu}[\p{L}-]*)$/u;

const DESCRIBED_BODY = /^,\s+(?:the|a|an)\s+((?:\p{Ll}[\p{L}-]*\s){1,3})(\p{Lu}[\p{L}'\u2019&.-]*(?:\s\p{Lu}[\p{L}'\u2019&.-]*){0,4})\s*(?:,|$)/u;

/**
 * "A local civil society group, the Kasheke Citizens' Forum": a body described by its kind in lower
 * case, with no role in the description ("a spokesman for the union, Jo Hale" is a person), then the
 * name the appositive gives it; else null.
 */
export function bodyNamedAfterKind(head: string, rest: string): string | null {
  // "The super PAC, Desert Forward Action": a kind written as initials is still a kind ("the Federation" is a name).
  const word = lastWord(head);
  const kind = ACRONYM.test(word) ? word.toLowerCase() : word;
  if (!rest.startsWith(', ') || !BODY_KINDS.has(kind) || head.split(/\s+/).some((w) => isRoleWord(w))) return null;
  return properName(rest.slice(2).replace(/^the\s+/, ''), true);
}

/** ", the pension fund Northgate Capital": a body named after a description of what it is (no role: ", the analyst Jo Hale" is a person); or null. */
export function describedBody(rest: string): string | null {
  const m = DESCRIBED_BODY.exec(rest);
  if (!m?.[1] || !m[2] || m[1].trim().split(/\s+/).some((w) => isRoleWord(w))) return null;
  return m[2];
}

/**
 * "Bramford Rovers" for "the Bramford Rovers Supporters' Trust": a body of a company's members
 * has no finance director or chief executive of the company's; the company its name opens with has.
 */
export function bodyOfMembers(side: string): string {
  if (memberBodyKind(side) === null) return side;
  const words = side.split(/\s+/);
  const owner = words.slice(0, words.findIndex((w) => isMemberNoun(w))).join(' ');
  return owner && isCapitalised(owner) ? owner : side;
}

/**
 * "the U.S. Consumer Product Safety Commission" in an article that also writes "the CPSC" or the
 * name without its country: the body's own name, as its other mentions give it; else null (the
 * country's form may be part of the name: "the UK Health Security Agency", "UKHSA").
 */
export function prefixedBody(article: ArticleFacts, head: string): string | null {
  const m = COUNTRY_PREFIXED.exec(head);
  if (!m?.[1] || !m[2] || !isCountrySide(namedSide(m[1]) ?? '')) return null;
  const [prefix, body] = [m[1], m[2]];
  if (!isBodyEnding(lastWord(body)) || isGenericGovernment(body) || namedSide(body) !== null) return null;
  const initials = body.split(/\s+/).filter(isCapitalised).map((w) => w[0]).join('');
  return article.writesWithout(body, prefix) || article.writesWord(initials) ? body : null;
}

/** "Local radio station Dunmore FM", "fact-checking group Clearview": the name after a description of what it is. */
export const describedName = remembered(findDescribedName);

/** "@StageLeftTea": an account's handle, the name it posts under. */
const HANDLE = /^@([\p{L}\d_]+)$/u;

function findDescribedName(head: string): string | null {
  const words = head.split(/\s+/);
  // "the celebrity gossip account @StageLeftTea": a handle after a description in lower case is the account's name.
  const handle = HANDLE.exec(words[words.length - 1] ?? '')?.[1];
  if (handle && words.length > 1) return words.slice(0, -1).some((w, k) => isCapitalised(w) && !(k === 0 && DETERMINERS.has(w.toLowerCase()))) ? null : handle;
  let a = words.length;
  while (a > 0 && (isCapitalised(words[a - 1] ?? '') || (NAME_LINKS.has(words[a - 1] ?? '') && a < words.length))) a--;
  const before = words[a - 1] ?? '';
  // "A producer for Vimeo Studios": a link word opens no name; the description is of someone working for the body.
  if (a === words.length || a < 2 || NAME_LINKS.has(words[a] ?? '') || PLACE_PREPOSITIONS.has(before.toLowerCase()) || DETERMINERS.has(before.toLowerCase())) return null;
  // Only the sentence may capitalise the description: "the Medicines and Healthcare products Regulatory Agency" is one name;
  // a state or country may open it ("The Montana rock band Copperline").
  if (words.slice(1, a).some((w, k) => isCapitalised(w) && !(k === 0 && isStateOrCountry(w)))) return null;
  return words.slice(a).join(' ').replace(/['\u2019]s$/, '');
}

/** The capitalised words before the first role word: "Lumora" in "Lumora spokeswoman Anneke Vos". */
export const affiliationBeforeRole = remembered(findAffiliationBeforeRole);

function findAffiliationBeforeRole(head: string): string | null {
  if (!isCapitalised(head)) return null;
  const words = head.split(/\s+/);
  const role = words.findIndex((w) => isRoleWord(w) && !isCapitalised(w));
  if (role <= 0) return null;
  // "Tennessee Department of Correction spokeswoman": a link word inside the name stays in it.
  const before = words.slice(0, role).filter((w, k, all) => (isCapitalised(w) && !DETERMINERS.has(w.toLowerCase()) && !isRoleWord(w)) || (k > 0 && NAME_LINKS.has(w) && isCapitalised(all[k - 1] as string) && isCapitalised(all[k + 1] ?? '')) || isBranchNumber(all[k - 1] ?? '', w));
  return before.length ? before.join(' ').replace(/['\u2019]s$/, '') : null;
}

const KIND_WORD = /^\p{L}+$/u;

/**
 * "Search and rescue commander Jill Amundsen" → "Search and rescue": the words of a body's kind, only the
 * first capitalised (by the sentence), before a lower-case role and a name; at least two words, or null.
 */
export function lowerCaseAffiliation(head: string): string | null {
  const words = head.split(/\s+/);
  const role = words.findIndex((w) => isRoleWord(w) && !isCapitalised(w));
  const kind = words.slice(0, role);
  const named = role > 0 && isCapitalised(words[role + 1] ?? '');
  const plain = kind.every((w) => KIND_WORD.test(w)) && kind.slice(1).every((w) => !isCapitalised(w));
  return named && kind.length >= 2 && plain && !DETERMINERS.has(kind[0]?.toLowerCase() ?? '') ? kind.join(' ') : null;
}

/** "A state police spokeswoman", "a fire department official": a body's kind in lower-case words (group 1) before an unnamed spokesperson. */
const KIND_SPOKESPERSON = /^(?:[Aa]n?|[Tt]he)\s+(\p{Ll}+(?:\s\p{Ll}+){1,2})\s+(?:spokes(?:man|woman|person)|official)$/u;

/**
 * "A state police spokesman" after "the Oregon State Police evidence unit": the body named before `upTo` with the
 * spokesperson's kind words (two or three) at its end and a name of its own before them; else null ("The Central
 * Bank of Egypt" gives "A central bank official" nothing).
 */
export function spokespersonBody(text: string, head: string, upTo: number): string | null {
  const kind = KIND_SPOKESPERSON.exec(head)?.[1];
  const body = kind ? bodyEndingIn(text, kind, upTo) : null;
  return body && kind && withoutThe(body).split(/\s+/).length > kind.split(' ').length ? body : null;
}

/** Most capitalised words a body's name may have before its kind words. */
const BODY_NAME_WORDS = 4;

/** The name the text gives a body whose name ends in these kind words ("Gallatin County Search and Rescue"), before `upTo`, or null. */
export function bodyEndingIn(text: string, kind: string, upTo: number): string | null {
  const words = kind.split(/\s+/).map((w) => (NAME_LINKS.has(w.toLowerCase()) ? w.toLowerCase() : `${w[0]?.toUpperCase()}${w.slice(1)}`));
  const kindWords = words.join(String.raw`\s`);
  const before = text.slice(0, upTo);
  // The kind words alone are quick to find; a name can begin no earlier than its few words before their first place.
  const first = new RegExp(`${kindWords}(?![\\p{L}])`, 'u').exec(before);
  if (!first) return null;
  const pattern = new RegExp(String.raw`(?:\p{Lu}[\p{L}.'\u2019-]*\s){1,${BODY_NAME_WORDS}}${kindWords}(?![\p{L}])`, 'gu');
  pattern.lastIndex = nameReach(before, first.index);
  let last: string | null = null;
  for (let m = pattern.exec(before); m; m = pattern.exec(before)) last = m[0];
  return last;
}

/** Where a name ending in words at `at` may begin at the earliest: after the space before its first possible word. */
function nameReach(text: string, at: number): number {
  let spaces = 0;
  for (let k = at - 1; k >= 0; k--) if (/\s/u.test(text[k] as string) && ++spaces > BODY_NAME_WORDS) return k + 1;
  return 0;
}

/** "president of the Gulf Longshore Workers Association": the organisation after of/for/at. */
export const ofOrganisation = remembered(findOfOrganisation);

function findOfOrganisation(rest: string): string | null {
  const m = OF_ORGANISATION.exec(rest);
  // "of the dementia charity Memory UK": the name after a description of what the body is.
  const kindNamed = m?.[1] ? null : OF_KIND_NAMED.exec(rest);
  const kindName = kindNamed?.[2] && (isOrgWord(kindNamed[1] as string) || isBusinessNoun(kindNamed[1] as string)) ? kindNamed[2].trim() : null;
  // "Memory UK" is a charity of its own, not the country its name ends with.
  if (kindName) return namedSide(kindName) && !isCountrySide(namedSide(kindName) ?? '') ? namedSide(kindName) : kindName;
  const national = nationalKindNamed(rest);
  if (national) return national;
  if (!m?.[1]) return null;
  // "at Reuters' request", "at the minister's invitation": whose wish, not whose staff.
  if (m[2] && BIDDING.has(m[2]) && /['\u2019]s?$/.test(m[1].trim())) return null;
  const org = owningBody(`${bodyWordBefore(rest, m)}${m[1].trim().replace(/['\u2019]s$/, '')}`);
  // "observers from the Malawi Election Monitoring Network": a civil body named for its country is its own.
  const side = nationalOrganisation(org) ?? namedSide(org);
  if (side) return side;
  // "governor of the Odesa region" names a place, not whom the governor speaks for;
  // "the Royal College of Midwives": an organisation's word inside the name makes it one.
  const kind = m[2] ?? '';
  // "Ironworkers Local 517": a branch by its number (OF_ORGANISATION takes a number only after a branch's word) is a body.
  if (org.split(/\s+/).some(isOrgWord) || BRANCH_NUMBER.test(org) || CALL_SIGN.test(org) || isOrgWord(kind) || isBusinessNoun(kind)) return org;
  // "the owner of the Copper Kettle": a role held at a named place of business ends the phrase with its name.
  const held = ROLE_AT_NAME.exec(rest.trim());
  return held?.[1] && isRoleWord(held[1]) && held[2] ? held[2].trim() : null;
}

/** "for the Italian newspaper ", "at the Dutch bank ": a country's word, then a kind of body (group 1, group 2). */
const OF_NATIONAL_KIND = /\b(?:of|for|at|with)\s+the\s+(\p{Lu}\p{Ll}+)\s+(\p{Ll}+)\s+(?=\p{Lu})/u;

/**
 * "a columnist for the Italian newspaper Corriere della Sera": the body named after its kind, not the country its
 * description opens with (a state's own body, "the Italian ministry X", is not of this kind); else null.
 */
function nationalKindNamed(rest: string): string | null {
  const m = OF_NATIONAL_KIND.exec(rest);
  if (!m?.[1] || !m[2] || !isCountrySide(namedSide(m[1]) ?? '') || !(isOrgWord(m[2]) || isBusinessNoun(m[2])) || hasGovernmentWord(m[2])) return null;
  const name = properName(rest.slice(m.index + m[0].length), true);
  return name && !isCountrySide(namedSide(name) ?? '') ? (namedSide(name) ?? name) : null;
}

const INNER_POSSESSIVE = /^(.+?)['\u2019]s\s+\p{Lu}/u;

/** "University of Marlow's Centre for Coastal Risk": a body's part speaks for the body that owns it, when the owner is a body's name. */
function owningBody(org: string): string {
  const owner = INNER_POSSESSIVE.exec(org)?.[1];
  return owner && owner.split(/\s+/).some(isOrgWord) ? owner : org;
}

/** "in the Office of": a body's word where one works, just before "of" (not "retired from the Department of"). */
const WORKS_IN_BODY = /\b(?:in|at|for|with)\s+the\s+(\p{Lu}\p{Ll}+)\s$/u;

/** "a staff member in the Office of Fiscal Review": a body's word just before "of" opens the name ("Office "), else nothing. */
function bodyWordBefore(rest: string, m: RegExpExecArray): string {
  const word = m[0].startsWith('of ') ? WORKS_IN_BODY.exec(rest.slice(0, m.index))?.[1] : undefined;
  return word && isOrgWord(word) ? `${word} of ` : '';
}

const OF_KIND_NAMED = /\b(?:of|for|at|with)\s+the\s+(?:\p{Ll}[\p{L}-]*\s+)?(\p{Ll}+)\s+(\p{Lu}[\p{L}.'\u2019&-]*(?:\s\p{Lu}[\p{L}.'\u2019&-]*){0,4})/u;

/** ", the Data Protection Commission": the body an appositive names (a name ending in an organisation's word). */
export function ownedBodyNamed(rest: string): string | null {
  if (!/^,\s+the\s+\p{Lu}/u.test(rest)) return null;
  const name = properName(rest.replace(/^,\s+the\s+/, ''), true);
  return name && name.includes(' ') && isOrgWord(lastWord(name)) && !isGenericGovernment(name) ? name : null;
}

const BIDDING = new Set(['request', 'invitation', 'behest', 'urging', 'expense', 'suggestion']);

const ROLE_AT_NAME = /(\p{Ll}+)\s+(?:of|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'\u2019&-]*\s?)+)$/u;

/**
 * "The Canadian Bank Employees Union", "Malawi Election Monitoring Network", "Epilepsy Alliance UK":
 * a name opening or ending with a country's word whose last (or next-to-country) word makes it a
 * civil body is a body of its own, not the country (a government body, "the Russian Defense
 * Ministry", is the country's).
 */
export const nationalOrganisation = remembered((head: string): string | null => {
  // "The independent Malawi Election Monitoring Network", "the charity Epilepsy Alliance UK": the name after its description.
  const name = properName(head, true) ?? properName(head.replace(DESCRIPTION_BEFORE_NAME, ''), true);
  const words = name?.split(/\s+/) ?? [];
  // "Britain's Trades Union Congress" is a body of the country named; "Women's Running Alliance UK" is a name.
  if (!name || words.length < 2 || (POSSESSIVE_END.test(words[0] ?? '') && namedSide(words[0] ?? '') !== null) || hasGovernmentWord(name)) return null;
  const ending = countryEnding(words);
  // "Epilepsy Alliance UK", "Cancer Research Society Ireland": a civil body's word before the country that ends the name.
  // ("Bank of Canada", "Insurance Council of Australia": a body "of" a country is left to bodyOfCountry.)
  if (ending > 0 && !OWNER_LINKS.has(words[ending - 1] ?? '') && words.slice(0, ending).some((w) => isCivilBody(w) || INDEPENDENT_BODIES.has(w.toLowerCase())) && namedSide(words.slice(0, ending).join(' ')) === null) return name;
  const first = words[0] ?? '';
  const country = namedSide(first);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  // "Nepal Red Cross Society" is a society of its own; "Nepal Rastra Bank" may be the state's.
  const ownedByName = first === country && !MEMBER_BODIES.has(last) && !INDEPENDENT_BODIES.has(last);
  if (words.length < 3 || !country || !isCountrySide(country) || ownedByName) return null;
  // "U.S. Consumer Product Safety Commission": a country's short form before a commission is the state's.
  if (!(isCivilBody(last) || (first === country && INDEPENDENT_BODIES.has(last))) || namedSide(name) !== country || namedSide(words.slice(1).join(' ')) !== null) return null;
  return name;
});

const DESCRIPTION_BEFORE_NAME = /^(?:[Tt]he\s+|[Aa]n?\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}(?=\p{Lu})/u;

/** Where the country's name (one or two words) that ends a name begins, or -1: "Epilepsy Alliance UK" → 2. */
function countryEnding(words: readonly string[]): number {
  for (const n of [1, 2]) {
    const at = words.length - n;
    if (at > 0 && countryNamed(words.slice(at).join(' '))) return at;
  }
  return -1;
}

/** Bodies that watch, monitor or campaign, never a state's own ministry: "Malawi Election Monitoring Network", "Malawi Electoral Commission". */
const INDEPENDENT_BODIES = new Set(['network', 'commission', 'alliance', 'coalition', 'foundation', 'trust', 'institute', 'observatory']);

/** Bodies of members, never a state's, whatever country their name begins with. */
const MEMBER_BODIES = new Set(['society', 'association', 'federation', 'union', 'league', 'guild', 'charity', 'church']);

/** Bodies that a country's name after "of" does not make the country's ("Insurance Council of Australia"). */
const BODY_OF_COUNTRY_WORDS = new Set(['council', 'association', 'federation', 'union', 'society', 'chamber', 'confederation', 'guild', 'alliance', 'league']);

/**
 * "The Insurance Council of Australia", "Dairy Farmers Association of Kenya": a trade or civil body
 * of a country speaks for itself (its whole name), unless its qualifier is government vocabulary
 * ("National Security Council of ...", "State Council of ...").
 */
export const bodyOfCountry = remembered((head: string): string | null => {
  const name = properName(withoutThe(head), true);
  const words = name?.split(/\s+/) ?? [];
  const of = words.indexOf('of');
  if (!name || of < 2 || words.length > of + 3) return null;
  const body = words.slice(0, of);
  const country = namedSide(words.slice(of + 1).join(' '));
  if (!country || !isCountrySide(country) || namedSide(body.join(' ')) !== null) return null;
  if (!BODY_OF_COUNTRY_WORDS.has((body[body.length - 1] ?? '').toLowerCase()) || isGenericGovernment(body.join(' '))) return null;
  return body.slice(0, -1).some((w) => !isGenericGovernment(w) && !hasGovernmentWord(w)) ? name : null;
});

/**
 * "Fact-checkers at FullFact", "Analysts at Desjardins": people named only by what they do speak for
 * where they work (never for their own job, capitalised by the sentence), "An aide in the Office of
 * Budget" too; "Passengers from Leeds" only come from there.
 */
export const workplaceOf = remembered((head: string): string | null => {
  const words = head.split(/\s+/);
  const link = words.findIndex((w) => WORKPLACE_LINKS.has(w));
  if (link < 1 || link > WORKPLACE_REACH) return null;
  const described = words.slice(0, link);
  if (described.slice(1).some(isCapitalised) || namedSide(described.join(' ')) !== null) return null;
  const workplace = properName(words.slice(link + 1).join(' ').replace(/^the\s+/, ''), true);
  // "An aide in the Office of Budget" works in a body; "Residents in Kherson" only live in a place.
  return words[link] === 'in' && !(workplace && isBodyName(workplace)) ? null : workplace;
});

/** Those who act as part of a body: "Rebels of the Kivu Liberation Front", "officials from Hamas". */
const BODY_MEMBERS = new Set(['officials', 'members', 'rebels', 'fighters', 'militants', 'leaders', 'executives', 'staff', 'employees', 'soldiers', 'troops', 'officers', 'representatives']);
const MEMBERS_OF = /^(?:[Tt]he\s+|[Ss]ome\s+|[Ss]enior\s+)?(\p{L}+)\s+(?:of|from)\s+(?:the\s+)?(?=\p{Lu})/u;

/**
 * "Rebels of the Kivu Liberation Front", "Fighters from the Delta Army": members of a body speak for
 * the body (its name holding a body's word, or one the alias table knows); "Residents of Leeds" only
 * come from there. Else null.
 */
export const membersOf = remembered((head: string): string | null => {
  const m = MEMBERS_OF.exec(head);
  const members = m?.[1]?.toLowerCase() ?? '';
  const campaigners = CAMPAIGNERS.has(members);
  if (!m || !(BODY_MEMBERS.has(members) || campaigners)) return null;
  const after = head.slice(m[0].length);
  const name = properName(after, true);
  if (!name) return null;
  // "Leaders of the Quebrada Honda farming community": a name, then the kind of body it is.
  const kind = KIND_AFTER_NAME.exec(after.slice(after.indexOf(name) + name.length))?.[1];
  // "Campaigners from Friends of Kettleby Libraries": those who campaign come from a body, not a town, when its name is of several words.
  const bodyOfCampaigners = campaigners && name.includes(' ') && !isCountrySide(namedSide(name) ?? '');
  return isBodyName(name) || namedSide(name) !== null || (!!kind && BODY_KINDS.has(kind)) || bodyOfCampaigners ? name : null;
});

/** "Rebels of the Kivu Liberation Front", "Campaigners from Friends of Kettleby Libraries": members who speak for a named body. */
export function speaksAsMembers(head: string): boolean {
  return membersOf(head) !== null;
}

/** Those who campaign or volunteer, always for a body: "Campaigners from Friends of Kettleby Libraries". */
const CAMPAIGNERS = new Set(['campaigners', 'activists', 'volunteers', 'organisers', 'organizers', 'protesters']);
/** " farming community", " residents' group": lower-case words after a name ending in the kind of body it names. */
const KIND_AFTER_NAME = /^\s+(?:[\p{Ll}'\u2019-]+\s+){0,2}(\p{Ll}+)(?=$|,)/u;

const WORKPLACE_LINKS = new Set(['at', 'in']);
/** Most words (with the determiner) describing what such people do: "Senior analysts", "The fact-checkers". */
export const WORKPLACE_REACH = 3;

/** An organisation named in a phrase that also names its country ("Kenyan drugmaker Nuru Biologics"). */
export const organisationIn = remembered(findOrganisationIn);

function findOrganisationIn(head: string): string | null {
  const words = head.split(/\s+/);
  // "Scooter maker Veltro": a name right after the business noun comes first; a capitalised one
  // inside a name ("The Canadian Bank Employees Union") is part of the name.
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    const noun = words[i - 1] as string;
    // "Daily Clarion": an outlet's kind opening its own name is part of it.
    if (!isBusinessNoun(noun) || (i > 1 && isCapitalised(noun)) || (isCapitalised(noun) && isOutletNoun(noun)) || !isCapitalised(w) || isRoleWord(w)) continue;
    let j = i;
    // "newspaper La Gazzetta dello Sport": a particle inside the name.
    while (j + 1 < words.length && (isCapitalised(words[j + 1] as string) || (NAME_PARTICLES.includes(words[j + 1] as string) && isCapitalised(words[j + 2] ?? '')))) j++;
    const run = words.slice(i, j + 1).join(' ').replace(/['\u2019]s$/, '');
    const alias = namedSide(run);
    if (alias && !isCountrySide(alias)) return alias;
    if (!alias && !isGenericGovernment(run)) return run;
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const country = namedSide(w);
    // "A Cincinnati-based supplier": where a body is based is no name of its own.
    if (!isCapitalised(w) || DETERMINERS.has(w.toLowerCase()) || isRoleWord(w) || (country && isCountrySide(country)) || JOINED_PLACE.test(w)) continue;
    let j = i;
    while (j + 1 < words.length && isCapitalised(words[j + 1] as string)) j++;
    const run = words.slice(i, j + 1).join(' ').replace(/['\u2019]s$/, '');
    const before = (words[i - 1] ?? '').toLowerCase();
    const after = words[j + 1] ?? '';
    const business = isBusinessNoun(before) || (isBusinessNoun(after) && !isGenericGovernment(run));
    const alias = namedSide(run);
    if (business && alias && !isCountrySide(alias)) return alias;
    if (business && !isGenericGovernment(run) && alias === null) return run;
    i = j;
  }
  return null;
}
