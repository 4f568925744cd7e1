// Whom an agent speaks for: the possessor ("Skyvale's chief executive", "her publicist"), the person
// an agent acts for ("a spokesman for Delgado"), the employer named by its kind ("an analyst at the firm").
import { RELATIVE_WORDS } from '../content';
import { POSSESSIVE_END, beforeComma, isCapitalised, lastWord } from '../words';
import { isPairOfPeople, kindConflicts } from '../discourse';
import { type Gender, genderOf, pronounGender } from '../gender';
import {
  hasGovernmentWord,
  isClientGroup,
  isCountrySide,
  isGenericGovernment,
  isKinRole,
  isOrgWord,
  isRoleWord,
  namedSide,
  isFormerStaff,
} from '../side-names';
import { type ArticleFacts, DESCRIBED_BODY_KIND } from './article-facts';
import { DETERMINERS, looksLikePersonName, OWNER_LINKS, personName, properName, withoutRelative, withoutThe } from './names';
import { byReference, GENERIC_TYPES, isPrivateActor, referenceNouns } from './references';
import { councilSide } from './services';
import { AGENT_FOR, isRoleName, officeNamedBefore, officeSide, roleOwnerSide } from './roles';
import { fullPersonName } from './people';

const OWNER_POSSESSIVE = /(?:^|\s)((?:[\p{L}.-]+\s){0,3}?[\p{L}.-]+)['\u2019]s\s+\p{Ll}/u;
/** A possessive "'s" before a word: what every OWNER_POSSESSIVE holds, and much quicker to look for (most phrases hold none). */
export const POSSESSIVE_S = /['\u2019]s\s/;
const OWNER_PRONOUN = /\b(Its|its|Their|their|His|his|Her|her)\s+\p{Ll}/u;

/** "colleague", "rival": one who stands beside or against the possessor, and so never speaks for them. */
const RELATION_NOUNS = new Set(['colleague', 'rival', 'opponent', 'challenger', 'critic', 'neighbour', 'neighbor', 'friend', 'classmate', 'predecessor', 'successor']);
/** "who is running for Hollister's seat", "who sued the city's": a relative clause about a contest, whose object is a rival. */
const CONTEST_CLAUSE = /\b(?:who|which)\s+(?:\p{Ll}+\s+){0,2}?(?:(?:running|ran|runs|campaigning|vying|competing)\s+(?:for|against)|(?:challeng|oppos|criticiz|criticis|su)(?:e|es|ed|ing)|(?:seek|seeks|seeking|sought)\s+to\s+unseat)\b/u;

const AT_THE_KIND = /\b(?:at|of|for|with)\s+the\s+(\p{Ll}+)\s*$/u;

/** "households in Quarry Road": the words linking a group of people to where they live. */
const PLACE_LINKS = new Set(['in', 'of', 'from', 'on']);

const OFFICE_OF = /^(?:the\s+|The\s+)?office\s+of\s+(the\s+(?:\p{Ll}+\s)?\p{Ll}+)$/u;

/** "a regional spokesman for the group", "a lawyer for the company": one who speaks or acts for a body named only by its kind. */
const AGENT_FOR_KIND = /\b(?:spokes(?:man|woman|person)|representative|lawyer|attorney|adviser|advisor|aide)\s+(?:for|to)\s+the\s+(\p{Ll}+)(?:$|,)/u;

/** "Nia Brandt, a Hollis spokeswoman": an appositive naming the person, by surname, whom the speaker speaks or works for. */
const AGENT_OF_SURNAME = /^,\s+an?\s+(\p{Lu}[\p{L}'\u2019-]+)\s+(?:spokes(?:man|woman|person)|aide|adviser|advisor)\b/u;

/** Sentences back (with the current one) in which "her publicist" looks for the person meant. */
const OWNER_REACH = 5;

/** "Skyvale's chief executive", "Its spokeswoman", "the agency's director": the possessor's side. */
export function possessorSide(article: ArticleFacts, part: string, at: number, whole = part): string | null {
  // "The office of the governor" is the governor's office.
  const m = (POSSESSIVE_S.test(part) ? OWNER_POSSESSIVE.exec(part) : null) ?? OWNER_PRONOUN.exec(part);
  const found = OFFICE_OF.exec(part)?.[1] ?? m?.[1];
  if (!found) return null;
  // "Pettibone's council colleague", "a lawyer who is running for Hollister's seat": the possessor is someone else's.
  if (m && (isRelationOf(part) || CONTEST_CLAUSE.test(part.slice(0, m.index + m[0].length)))) return null;
  const owner = ownerAfterLink(ownerAfterRelative(found.trim()));
  // The word after the possessive: "her publicist", "their lawyer"; a role named by two words, its second: "his campaign manager".
  const role = m ? roleAfterPossessive(part.slice(m.index + m[0].length - 1)) : '';
  // "Dozens of residents have sued the utility. Their lawyer, X, said": the group just named, not the body they sued.
  const group = /^their$/i.test(owner) && isRoleWord(role) ? clientGroupBefore(article, at, part) : null;
  if (group) return group;
  if (/^(its|their)$/i.test(owner)) return article.discourse.recent(at, (a) => !a.person)?.side ?? null;
  if (/^(his|her)$/i.test(owner)) {
    // "her publicist" speaks for her; "her record label" is a body of its own.
    // "His daughter, Grace Lam": a relative named speaks for themselves.
    if (isKinRole(role) && whole.includes(',') && properName(whole.slice(whole.indexOf(',') + 1).trim(), true)) return null;
    return isRoleWord(role) ? personOwner(article, owner.toLowerCase() === 'her' ? 'she' : 'he', at, whole) : null;
  }
  // "The council's monitoring officer": an officer of the council speaks for it, never for a party or the country.
  if (withoutThe(owner).toLowerCase() === 'council') return councilSide(article, at);
  // "the prime minister's office": a government named by role, resolved from context instead;
  // "the governor's spokesman": the governor named before.
  // "Governor's office denies P", "the Prime Minister's office": the holder of the role, never the role word.
  if (isRoleName(owner)) return officeSide(article, owner, at);
  if (!isCapitalised(withoutThe(owner)) && isRoleWord(owner.split(/\s+/).pop() ?? '')) return roleOwnerSide(article, owner, at);
  const named = namedSide(owner);
  if (named) return named;
  // "The Cabinet's media centre": a government named only by its kind is the country in context.
  if (isCapitalised(withoutThe(owner)) && isGenericGovernment(owner)) return article.discourse.datelineCountry ?? article.discourse.recent(at, (x) => isCountrySide(x.side))?.side ?? null;
  // "Quinn's co-star Jordan Reyes": one who does not act for the person named speaks for themselves.
  const owned = m ? (part.slice(m.index + m[0].length - 1).split(/[\s,]+/)[0] ?? '') : '';
  // "Hadley's aides": the plural of a role acts for the owner too; so does "Hadley's office".
  const ownerName = owned && !isRoleWord(owned) && !isRoleWord(owned.replace(/s$/, '')) && !isOrgWord(owned) && !owner.includes(' ') ? article.discourse.fullName(owner, at) : '';
  if (ownerName.includes(' ') && looksLikePersonName(ownerName)) return null;
  const words = owner.split(/\s+/);
  const properWords = words.filter((w) => isCapitalised(w) && !DETERMINERS.has(w.toLowerCase()));
  if (properWords.length > 0) {
    const key = properWords[0] as string;
    // "St Luke's headteacher": the body named in full before ("St Luke's Primary School").
    const whole = properWords.join(' ');
    const org = article.discourse.canonicalOrg(key);
    if (org !== key) return org;
    const wholeOrg = properWords.length > 1 ? article.discourse.canonicalOrg(whole) : whole;
    if (wholeOrg !== whole) return wholeOrg;
    const last = properWords[properWords.length - 1] as string;
    const known = article.discourse.bySurname(last, at);
    if (known) return known.side;
    // "Fenwick's campaign manager" before Fenwick spoke: the party the article gave him.
    // "Keller's communications director" after "Gov. Anne Keller": the person, without the title.
    const full = article.discourse.fullName(last, at);
    return article.discourse.partyOf(last) ?? personName(full) ?? full;
  }
  const nouns = referenceNouns(words);
  const described = nouns.length === 1 ? kindDescribedJustBefore(article, nouns[0] as string, at) : null;
  if (described) return described;
  const referred = byReference(article, nouns, at)?.side;
  if (referred) return referred;
  // "according to the trust's annual report" before the trust is named: the body of that kind named just after.
  const kind = nouns.length === 1 ? (nouns[0] as string).toLowerCase() : '';
  const after = kind && isOrgWord(kind) ? article.discourse.organisationNamedAfter(at) : null;
  return after && lastWord(after).toLowerCase() === kind ? (namedSide(after) ?? after) : null;
}

/** Words before a role that make it a post on a person's own staff: "his campaign manager", "her press secretary" (not "his team doctor"). */
const OWN_STAFF = new Set(['campaign', 'press', 'communications', 'policy', 'legal']);
/** Words before a role that say only how long it has been held: "her longtime publicist", "his personal lawyer". */
const TENURE_WORDS = new Set(['longtime', 'long-time', 'veteran', 'personal', 'trusted']);

/** "Pettibone's council colleague", "her longtime rival": one named by whom they stand beside or against. */
export function isRelationOf(head: string): boolean {
  const m = OWNER_POSSESSIVE.exec(head) ?? OWNER_PRONOUN.exec(head);
  return !!m && RELATION_NOUNS.has(ownedNoun(head.slice(m.index + m[0].length - 1)));
}

/** "council colleague, Miriam Osei" → colleague: the last of the lower-case words a possessive owns. */
function ownedNoun(words: string): string {
  return /^[\p{Ll}-]+(?:\s+[\p{Ll}-]+)*/u.exec(words.trim())?.[0].split(/\s+/).pop() ?? '';
}

/** "publicist, X" → publicist; "campaign manager, X", "longtime manager" → manager: the role word a possessive owns, else its first word. */
function roleAfterPossessive(words: string): string {
  const [first = '', second = ''] = words.split(/[\s,]+/);
  return (OWN_STAFF.has(first) || TENURE_WORDS.has(first)) && isRoleWord(second) ? second : first;
}

/**
 * "her publicist", "his lawyer": they speak for the person just named (the nearest name of that
 * gender within OWNER_REACH sentences, else the last person who spoke), and so for that person's
 * side.
 */
function personOwner(article: ArticleFacts, pronoun: string, at: number, phrase: string): string | null {
  const wanted = pronounGender(pronoun);
  // "Clay Harwood", whose first name says nothing, is a man where the article calls him "Mr. Harwood".
  const genderOfPerson = (name: string): Gender | null => genderOf(name) ?? article.discourse.genderShown(lastWord(name));
  const agrees = (name: string): boolean => {
    const g = genderOfPerson(name);
    return !g || g === wanted;
  };
  // "Gov. Ana Delgado": a title before the name is no part of who the person is.
  // "Whitcomb's office rejected the suit. His spokeswoman": a surname alone is the person the article named in full
  // before, without the title it was named with ("Osterbrook" after "state Sen. Kathleen Osterbrook").
  const untitled = (n: string): string => {
    const name = personName(n) ?? n;
    const full = name.includes(' ') ? name : article.discourse.fullName(name.replace(POSSESSIVE_END, ''), at);
    return personName(full) ?? full;
  };
  const near = article.discourse
    .namesNear(at, OWNER_REACH, (n) => !phrase.includes(n) && untitled(n).split(/\s+/).length >= 2 && looksLikePersonName(untitled(n)) && agrees(untitled(n)) && !article.isQuotedTitle(n))
    .map(untitled)[0];
  if (near) return principalSide(article, near, at);
  // "Colter's manager" speaks for Travis Colter: "her publicist" is no agent of his.
  const spoke = article.discourse.recent(at, (a) => a.person && agrees(a.name) && agrees(a.side))?.side;
  if (spoke) return spoke;
  // No one of hers spoke: the person the article has named most, of that gender ("the singer" the article is about).
  const most = article.discourse.mostNamedAs(at, (n) => {
    const name = fullPersonName(n);
    return name && agrees(name) ? name : null;
  });
  return most ? principalSide(article, most, at) : null;
}

/**
 * The side of a person someone speaks for: as the article has already resolved them ("Sanders"
 * for "Bernie Sanders", "Delgado" for "The office of New Mexico Gov. Ana Delgado"); not yet heard
 * from, the party the article gave them ("Ana Delgado, a Democrat"); else their name.
 */
export function principalSide(article: ArticleFacts, name: string, at: number): string {
  const surname = name.split(/\s+/).pop() ?? '';
  // "Tobias Renner" is not his father "Garrett Renner", who spoke before: a namesake speaks for himself.
  const namesake = (side: string): boolean => name.includes(' ') && side !== name && side.endsWith(` ${surname}`) && looksLikePersonName(side);
  // "Priya Sandhu and Marc-Andre Leblanc praised each other": a pair that acted together is neither one;
  // "A former aide to Rep. Adrian Delgado" is not Delgado, nor "Ms. Marquardt, who is in a primary with Dwayne Hollis" Hollis.
  const actor = article.discourse.recent(at + 1, (a) => !isPairOfPeople(a.side) && !isFormerStaff(a.name) && !namesake(a.side) && (withoutRelative(a.name).split(/\s+/).includes(surname) || a.side.split(/\s+/).includes(surname)));
  return actor?.side ?? article.discourse.partyOf(surname) ?? name;
}

const NUMBER_NEXT = /^\s\d/u;

/** "Luis Ortega, a spokesman for Delgado": an agent of a person the article named speaks for that person; "a spokesman for the group", for the group. */
export function agentOfPerson(article: ArticleFacts, phrase: string, at: number): string | null {
  const bySurname = agentOfSurname(article, phrase, at);
  if (bySurname) return bySurname;
  const m = AGENT_FOR.exec(phrase);
  // "a regional spokesman for the group": the group the article named.
  const kind = AGENT_FOR_KIND.exec(phrase)?.[1];
  const generic = !!kind && GENERIC_TYPES.has(kind);
  const kindBody = generic ? byReference(article, [kind], at)?.side : null;
  if (kindBody) return kindBody;
  // "The inspector general's office stood by its work. A spokeswoman for the office said": that role's office.
  const office = kind === 'office' ? officeNamedBefore(article, at) : null;
  if (office) return office;
  // "A spokeswoman for the senator, Laurie Moss": the holder the article named with the role ("Senator Tom Eberhart").
  const holder = kind && isRoleWord(kind) ? roleOwnerSide(article, kind, at) : null;
  if (holder) return holder;
  // "A spokeswoman for the bookmaker, Betwell": a one-word name (or a body's name) after the kind is the body's, not the spokeswoman's.
  const comma = kind ? phrase.indexOf(',') : -1;
  const named = comma > 0 ? properName(phrase.slice(comma + 1).trim(), true) : null;
  if (named && (!named.includes(' ') || !looksLikePersonName(named))) return namedSide(named) ?? article.discourse.canonicalOrg(named);
  // "business manager of Ironworkers Local 517": a name a number follows is a branch of a union, no person.
  if (generic || !m?.[1] || NUMBER_NEXT.test(phrase.slice(m.index + m[0].length))) return null;
  // "a spokesman for Ohio House Speaker Ron Pelham": the person after the titles; an office of state ("Defense Secretary X") is left to the rules for officials.
  const words = m[1].split(/\s+/);
  if (words.some((w) => hasGovernmentWord(w))) return null;
  const name = (words.some((w) => isRoleWord(w)) ? (personName(m[1]) ?? m[1]) : m[1]).replace(POSSESSIVE_END, '');
  const full = name.includes(' ') ? name : (personName(article.discourse.fullName(name, at)) ?? name);
  // Only a person: "a spokesman for Nvidia" is the company's, found by the organisation rules.
  if (full === name && !name.includes(' ')) return article.discourse.bySurname(name, at)?.side ?? null;
  return looksLikePersonName(full) ? principalSide(article, full, at) : null;
}

/** "Nia Brandt, a Hollis spokeswoman" after "Representative Dwayne Hollis": the side of the person the surname names, or null. */
function agentOfSurname(article: ArticleFacts, phrase: string, at: number): string | null {
  const surname = AGENT_OF_SURNAME.exec(phrase.slice(beforeComma(phrase).length))?.[1];
  const full = surname ? article.discourse.fullName(surname, at) : null;
  const principal = full ? (personName(full) ?? full) : null;
  return principal?.includes(' ') && looksLikePersonName(principal) ? principalSide(article, principal, at) : null;
}

/**
 * "Pell Parents for Transparency, a local group that ... The group's founder": the body the sentence before or the
 * possessive's own describes by that kind ("a local group"), or null; not whichever body acted last.
 */
function kindDescribedJustBefore(article: ArticleFacts, kind: string, at: number): string | null {
  const from = article.discourse.sentenceStart(Math.max(0, at - 1));
  const to = article.discourse.sentenceStart(at + 1);
  const described = [...article.text.slice(from, to).matchAll(DESCRIBED_BODY_KIND)].filter((m) => m[3]?.toLowerCase() === kind && !looksLikePersonName(m[1] ?? '')).pop()?.[1];
  return described ? (namedSide(described) ?? withoutThe(described)) : null;
}

/** "a food-sector analyst at the firm": the last private body that acted, or null. */
export function workplaceByKind(article: ArticleFacts, rest: string, at: number): string | null {
  const kind = AT_THE_KIND.exec(rest)?.[1];
  if (!kind || !GENERIC_TYPES.has(kind)) return null;
  return article.discourse.recent(at, (x) => !x.person && isPrivateActor(x) && !article.isSurname(x.name, at) && !kindConflicts(kind, x.name))?.side ?? null;
}

/**
 * "More than 40 households in Quarry Road", "dozens of Pine Hollow residents": the last group of private
 * people named in the sentence before or in sentence `at` before `part`, with the place that names them
 * ("Quarry Road households"), else null. Reads two sentences only.
 */
function clientGroupBefore(article: ArticleFacts, at: number, part: string): string | null {
  const from = article.discourse.sentenceStart(Math.max(0, at - 1));
  const start = article.discourse.sentenceStart(at);
  const end = article.discourse.sentenceStart(at + 1);
  const inSentence = article.text.slice(start, end).indexOf(part);
  const words = article.text.slice(from, inSentence < 0 ? end : start + inSentence).split(/\s+/).map((w) => w.replace(/[^\p{L}'\u2019-]+$/u, ''));
  const k = words.findLastIndex((w) => isClientGroup(w.toLowerCase()));
  if (k < 0) return null;
  const noun = (words[k] as string).toLowerCase();
  let a = k;
  while (a > 0 && isCapitalised(words[a - 1] as string) && !DETERMINERS.has((words[a - 1] as string).toLowerCase()) && k - a < 3) a--;
  const before = words.slice(a, k).join(' ');
  const after = PLACE_LINKS.has(words[k + 1] ?? '') ? properName(words.slice(k + 2).join(' '), true) : null;
  const place = before || after;
  return place ? `${place} ${noun}` : noun;
}

/** "spokeswoman for the governor" → "the governor": the owner of a possessive is the phrase after the last link word. */
function ownerAfterLink(owner: string): string {
  const words = owner.split(/\s+/);
  const k = words.findLastIndex((w) => OWNER_LINKS.has(w));
  return k >= 0 && k + 1 < words.length ? words.slice(k + 1).join(' ') : owner;
}

/** "who runs the charity" → "the charity": the owner is the noun phrase after a relative clause's verb. */
function ownerAfterRelative(owner: string): string {
  const words = owner.split(/\s+/);
  const k = words.findLastIndex((w) => RELATIVE_WORDS.has(w));
  return k >= 0 && k + 2 < words.length ? words.slice(k + 2).join(' ') : owner;
}
