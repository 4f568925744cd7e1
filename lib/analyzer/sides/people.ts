// The side of private people, who speak for themselves: the name the article gives an unnamed
// expert, outlet or family, the person a description stands for, a person given by trade, age or
// home town, people named by what they do in a place.
import { POSSESSIVE_PRONOUNS, isCapitalised, lastWord } from '../words';
import {
  hasCorporateRole,
  hasGovernmentWord,
  hasOfficialTitle,
  isBusinessNoun,
  isFameNoun,
  isGroupNoun,
  isOutletNoun,
  isPrivatePersonNoun,
  isOrgWord,
  isPrivateKind,
  isRoleWord,
  isStateForce,
  namedSide,
  placeKind,
  remembered,
  roleBody,
  isTitleBeforeName,
} from '../side-names';
import type { ArticleFacts } from './article-facts';
import { DETERMINERS, FUNCTION_WORDS, isBodyName, looksLikePersonName, personName, properName, stripThe } from './names';
import { GENERIC_TYPES } from './references';
import { WORKPLACE_REACH } from './organisations';
import { ROLE_AGAIN, SPOKESPERSONS } from './roles';

/**
 * "A Texas woman", "a Leeds couple", "a Tarnow radio station": an unnamed private person or outlet with where
 * they are from (the noun is checked against the data).
 */
const PRIVATE_PERSON = /^(?:[Aa]n?|[Oo]ne)\s+(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,3}(?:\p{Ll}+\s+)?(\p{Ll}+)$/u;
/** "The family of a Danish aid worker kidnapped in Mali": the family of someone the article names after. */
const FAMILY_OF = /^(?:the\s+)?(?:family|relatives|parents)\s+of\s+an?\s|^the\s+\p{Ll}+['\u2019]s\s+(?:family|relatives|parents)$/iu;

/** Most words of a description that stands for a person named before ("the retired primary schoolteacher"). */
const DESCRIPTION_WORDS = 3;

/** "Marcus Greene of Decatur": a plain name, "of" and a place that is no country (after a role such as "passenger"). */
const RESIDENT = /^(\p{Lu}[\p{L}'\u2019-]+(?:\s\p{Lu}[\p{L}.'\u2019-]*){1,2})\s+of\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)$/u;

/**
 * "Sources close to the governor", "a person close to the Maddox campaign", "people familiar with the
 * campaign's finances": an unnamed source described by whom they are near or what they know.
 */
const SOURCE_CLOSE_TO = /^(?:\S+\s+){0,3}?(?:sources?|people|persons?|insiders?|officials?|aides?)\s+(?:close\s+to|familiar\s+with|with\s+knowledge\s+of|briefed\s+on|inside|within)\s+(.+)$/iu;
/** "the campaign's finances", "the station's preparations for the debate" → the owner of what a source knows. */
const KNOWN_THING = /['\u2019]s?\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?(?:\s+(?:for|of|on|about|over|with|in)\s.*)?$/u;

/** "the police investigation", "the FBI inquiry": a body's word before the work it does → the body ("the police"). */
const BODY_WORK = /^(the\s+(?:police|\p{Lu}{2,}))\s+(?:investigation|inquiry|probe|review|case)$/u;

/**
 * The one an unnamed source speaks for when the description names them ("the governor", "the Maddox
 * campaign", the campaign whose finances they know), or null for a description that names no one
 * ("people familiar with the matter"), whose side stays the generic one.
 */
export function sourcePrincipal(head: string): string | null {
  const described = SOURCE_CLOSE_TO.exec(head)?.[1];
  if (!described) return null;
  const principal = described.replace(KNOWN_THING, '').replace(BODY_WORK, '$1');
  const last = lastWord(principal);
  // "A source close to the singer": a fame noun is the person the article is about.
  return isRoleWord(last) || isOrgWord(last) || isPrivateKind(last) || isFameNoun(last) || isCapitalised(last) ? principal : null;
}

/** The name of a person given with their home town ("Marcus Greene of Decatur"), or null. */
export function residentName(phrase: string): string | null {
  const m = RESIDENT.exec(phrase.trim());
  if (!m?.[1] || !m[2] || !looksLikePersonName(m[1]) || namedSide(m[2]) !== null || m[2].split(/\s+/).some(isOrgWord)) return null;
  return m[1];
}

/**
 * "A Texas woman", "The family of a Danish aid worker": private people (their place or demonym no
 * side) speak for the person the article names just after, else for themselves; "a British
 * tabloid" for itself; null for other phrases.
 */
export function privatePersonSide(article: ArticleFacts, head: string, at: number): string | null {
  const last = lastWord(head);
  // "A security researcher said P. ... researcher Jonas Weidmann": an unnamed expert, named just after, speaks for themselves.
  if (EXPERTS.has(last) && UNNAMED_EXPERT.test(head)) return article.expertNamedAfter(last) ?? stripThe(head);
  // "a business newspaper reported P. Dagens Kapital, the Oslo financial daily, ...": the outlet named next.
  const outlet = UNNAMED_OUTLET.exec(head)?.[1];
  const named = outlet && isOutletNoun(outlet) ? outletNamedAfter(article, at) : null;
  if (named) return namedSide(named) ?? named;
  const family = FAMILY_OF.test(head);
  if (!family && !isPrivatePersonNoun(last) && !isOutletNoun(last)) return null;
  const noun = family ? null : PRIVATE_PERSON.exec(head)?.[1];
  // "a British tabloid": an outlet not yet named speaks for itself.
  if (noun && isOutletNoun(noun)) return head;
  if (!family && !(noun && isPrivatePersonNoun(noun))) return null;
  return article.discourse.personNamedAfter(at) ?? stripThe(head);
}

/** The outlet the text names first after sentence `at` ("Dagens Kapital, the Oslo financial daily", "the Daily Clarion"), or null. */
function outletNamedAfter(article: ArticleFacts, at: number): string | null {
  const from = article.discourse.sentenceStart(at);
  const after = article.text.slice(from, from + OUTLET_REACH);
  const described = OUTLET_APPOSITIVE.exec(after);
  const appositive = described?.[2] && isOutletNoun(described[2]) ? described : null;
  const titled = OUTLET_TITLED.exec(after);
  const first = appositive && titled ? (appositive.index <= titled.index ? appositive : titled) : (appositive ?? titled);
  return first?.[1] ?? null;
}

/**
 * "A former aide to Rep. Adrian Delgado, D-N.J., ... filed by former correspondent Kyle Brannigan": one
 * who no longer works for a member speaks for themselves, by the name the appositive or the sentences
 * after give, else by their description ("former staffer for the state's purchasing office"), never
 * for the member's party or the body they left.
 */
export function formerStaffer(article: ArticleFacts, head: string, rest: string, at: number): string {
  const appositive = properName(rest.replace(/^[\s,]+/, ''), true);
  if (appositive && looksLikePersonName(appositive)) return appositive;
  const [first = '', ...description] = head.split(/\s+/);
  return article.discourse.personNamedAfter(at) ?? (DETERMINERS.has(first.toLowerCase()) ? description.join(' ') : head);
}

/**
 * "The retired schoolteacher said": the person the article described so ("Margaret Hollis, a retired
 * schoolteacher"), else the person a sentence just before opens with ("Carol Dempsey had eight minutes
 * to get out."); only a description of a private person, never a role, a body or a group.
 */
export function describedPerson(article: ArticleFacts, head: string, at: number): string | null {
  const unprized = withoutPrize(head);
  const prized = unprized !== head;
  const description = ROLE_AGAIN.exec(unprized)?.[1];
  if (!description) return null;
  const words = description.split(' ');
  if (words.length > DESCRIPTION_WORDS || words.some((w) => FUNCTION_WORDS.has(w)) || !isPrivateDescription(lastWord(description))) return null;
  const introduced = article.personsDescribed().get(description);
  const name = introduced && introduced.at < article.discourse.sentenceStart(at) ? introduced.name : article.discourse.subjectBefore(at, '', null, asWrittenPersonName);
  // "the Grammy winner": an epithet by a prize won stands for the person the article has named most.
  if (!name && prized) return article.discourse.mostNamedAs(at, fullPersonName);
  if (!name) return null;
  return article.discourse.bySurname(lastWord(name), at)?.side ?? name;
}

/** "Country star Jolene Ashby" → "Jolene Ashby": a person's name of two words or more, or null. */
export function fullPersonName(name: string): string | null {
  return asWrittenPersonName(personName(name) ?? name);
}

/** "Carol Dempsey": the name as written when it is a person's of two words or more, or null. */
function asWrittenPersonName(name: string): string | null {
  return name.includes(' ') && looksLikePersonName(name) && !isBodyName(name) ? name : null;
}

/** "the Grammy winner", "the Booker Prize nominee": a prize's name (group 2) before a noun for one who won or was put up for it. */
const PRIZE_DESCRIPTION = /^([Tt]he\s+)((?:\p{Lu}[\p{L}-]*\s+){1,3})(?=(?:\p{Ll}[\p{Ll}-]*\s+)?(?:winner|laureate|nominee|medall?ist)$)/u;

/** "the Grammy winner" → "the winner": the prize is no body the person speaks for; a party's nominee keeps the party. */
function withoutPrize(head: string): string {
  const m = PRIZE_DESCRIPTION.exec(head);
  return m?.[2] && namedSide(m[2].trim()) === null ? `${m[1]}${head.slice(m[0].length)}` : head;
}

/** "schoolteacher", "grandmother": a singular noun describing a private person, not a role, a body, a group or an outlet. */
function isPrivateDescription(noun: string): boolean {
  // "The woman", "the residents": left to the rules for people named by what they are.
  if ((noun.endsWith('s') && !noun.endsWith('ss')) || isPrivatePersonNoun(noun)) return false;
  return !isRoleWord(noun) && !isOrgWord(noun) && !isGroupNoun(noun) && !GENERIC_TYPES.has(noun) && !isPrivateKind(noun) && !isOutletNoun(noun) && !isBusinessNoun(noun) && !hasGovernmentWord(noun);
}

/** Members of the public by what they are doing or where they live (the tables call some of them roles). */
const PUBLIC_MEMBERS = new Set(['passenger', 'resident', 'neighbour', 'neighbor', 'witness', 'bystander', 'voter', 'commuter', 'shopper', 'patient', 'user']);

/** "passenger", "woman": a singular noun for a member of the public. */
export function isPublicMemberNoun(noun: string): boolean {
  return PUBLIC_MEMBERS.has(noun) || isPrivatePersonNoun(noun);
}

/** "Dad-of-three", "Mother-of-two": a description joined by hyphens, no part of a name. */
const JOINED_DESCRIPTION = /^\p{L}+-of-\p{L}+$/u;

/**
 * "Office worker Marco Bellini, 38", "Dad-of-three Tomasz Nowak, 41": a person given with their age
 * and no office or employer (no role, or a private one) speaks for themselves: their name; else null.
 */
export const agedPrivatePerson = remembered((head: string): string | null => {
  const words = head.split(/\s+/).filter((w) => !JOINED_DESCRIPTION.test(w));
  const role = words.findLastIndex((w) => isRoleWord(w));
  const office = role >= 0 && (hasGovernmentWord(words[role] as string) || hasCorporateRole(words[role] as string) || isCapitalised(words[role] as string));
  // "Heartbroken mum Julie Pearce, 52": the name follows the last word of the description, whatever opens it;
  // "Fan Chloe Brannigan, 19": a common noun opening the sentence before a name describes, as a lower-case one does.
  const described = words.findLastIndex((w, k) => !isCapitalised(w) || isTitleBeforeName(words, k));
  const name = words.slice(Math.max(role, described) + 1);
  if (office || hasOfficialTitle(head) || name.length < 2 || !name.every((w) => isCapitalised(w) && !isOrgWord(w)) || namedSide(name.join(' ')) !== null) return null;
  return name.join(' ');
});

/** ", a Romanian security researcher", ", a consultant neurologist at a London hospital": a description by trade, its last word before a clause or link. */
const TRADE_APPOSITIVE = /^,\s+an?\s+((?:[\p{L}-]+\s+){0,4}?)(\p{Ll}[\p{Ll}-]+)(?=\s+(?:who|at|in|from|with|and|based)\b|\s*,|\s*$)/u;
const BASED_IN = /^,\s+(?:who\s+(?:is|was)\s+based|who\s+lives|based)\s+in\s+\p{Lu}/u;
/** "at a London teaching hospital": an employer named only by its kind, and never before ("at the museum" is one the article named). */
const UNNAMED_EMPLOYER = /^\s+(?:at|with|for|of)\s+an?\s/u;

/**
 * A person named in full whose appositive gives a trade (and a place or nationality) and no office or
 * employer named: "Mirela Dobre, a Romanian security researcher who ...", "X, who is based in Bucharest".
 */
export function privatelyDescribed(head: string, rest: string): boolean {
  if (head.split(/\s+/).length < 2 || !looksLikePersonName(head.replace(/^(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+/, ''))) return false;
  if (BASED_IN.test(rest)) return true;
  const m = TRADE_APPOSITIVE.exec(rest);
  if (!m?.[2]) return false;
  const trade = m[2];
  const after = rest.slice((m.index ?? 0) + m[0].length);
  if (hasGovernmentWord(trade) || hasCorporateRole(trade) || isOrgWord(trade) || isBusinessNoun(trade) || SPOKESPERSONS.has(trade)) return false;
  // Nationality or place first ("Romanian", "Dublin"), or a trade with no more than an employer of a kind ("at a London hospital").
  const described = (m[1] ?? '').split(/\s+/);
  const placed = described.some((w) => isCapitalised(w) && namedSide(w) !== null);
  // "a Russian army officer", "a British government adviser": a state's service in the description makes them its.
  return (placed || UNNAMED_EMPLOYER.test(after) || SCHOLARS.has(trade)) && !described.some((w) => isStateForce(w) || STATE_SERVICES.has(w)) && !NAMED_EMPLOYER.test(after);
}

/** Trades of those who study a subject, who speak for themselves unless an employer is named: "a political scientist who has studied ...". */
const SCHOLARS = new Set(['researcher', 'scientist', 'academic', 'historian', 'economist', 'professor', 'lecturer', 'scholar']);

const NAMED_EMPLOYER = /^\s+(?:at|with|for|of)\s+(?:the\s+)?\p{Lu}/u;
const STATE_SERVICES = new Set(['government', 'ministry', 'police', 'embassy', 'intelligence', 'state', 'presidential', 'cabinet', 'border']);

/** "a business newspaper", "a newspaper report", "A local broadcaster": an outlet the phrase does not name. */
const UNNAMED_OUTLET = /^(?:[Aa]n?|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)(?:\s+(?:report|story|article))?$/u;
/** "Dagens Kapital, the Oslo financial daily": a name, then what kind of outlet it is. */
const OUTLET_APPOSITIVE = /(\p{Lu}[\p{L}'\u2019-]*(?:\s\p{Lu}[\p{L}'\u2019-]*){0,3}),\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}+)(?=\s*[,.;])/u;
/** "the Daily Clarion", "The Westbury Times": a name holding a newspaper's word. */
const OUTLET_TITLED = /\b((?:Daily|Sunday|Evening|Morning)\s\p{Lu}[\p{L}-]+|\p{Lu}[\p{L}-]+\s(?:Times|Post|Herald|Gazette|Tribune|Chronicle|Courier|Journal|Telegraph|Observer|Clarion|Standard|Examiner|Record))\b/u;
/** Characters after the phrase's sentence in which the outlet's name is looked for (a paragraph or two). */
const OUTLET_REACH = 600;
const EXPERTS = new Set(['researcher', 'scientist', 'academic', 'expert']);

const UNNAMED_EXPERT = /^(?:[Aa]n?|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+$/u;

/** "in Cairo", "from Big Sky", "of the Bayview neighborhood": the words that put people where they live. */
const HOME_LINKS = new Set(['in', 'from', 'of']);

/** "A", "two", "several": a word counting the people a description names. */
const COUNTED = /^(?:an?|one|two|three|four|five|several|some)$/i;

/**
 * "A hiker from Ashby Falls", "Residents of the Quarry Hill neighbourhood": people come from a place that is
 * no body's name, and are no role ("a spokesman from Acme" works there); after "from", only people counted;
 * after "of", only a place its noun names, not "supporters of Dunn".
 */
function namesHome(link: string, described: string[], after: string[]): boolean {
  const place = properName(after.join(' ').replace(/^the\s+/, ''), true);
  if (!place || isBodyName(place) || isCapitalised(lastWord(described.join(' '))) || described.some(isRoleWord)) return false;
  // "data from FlightAware" is where data came from: only a counted one comes from a place.
  if (link === 'from') return COUNTED.test(described[0] as string);
  const next = after[after.indexOf(lastWord(place)) + 1];
  return next !== undefined && placeKind(next) !== null;
}

/**
 * "Traders in Cairo", "one currency dealer in the Mohandessin district": people named by what they do
 * only live or work in the place; they speak for themselves, not for its government.
 */
export const peopleInPlace = remembered((head: string): string | null => {
  const words = head.split(/\s+/);
  const link = words.findIndex((w) => HOME_LINKS.has(w));
  if (link < 1 || link > WORKPLACE_REACH + 1 || !isCapitalised(words[link + 1] === 'the' ? (words[link + 2] ?? '') : (words[link + 1] ?? ''))) return null;
  const described = words.slice(0, link);
  if (words[link] !== 'in' && !namesHome(words[link] as string, described, words.slice(link + 1))) return null;
  const first = (described[0] as string).toLowerCase();
  if (described.slice(1).some(isCapitalised) || POSSESSIVE_PRONOUNS.has(first) || namedSide(described.join(' ')) !== null) return null;
  if (described.some((w) => hasGovernmentWord(w) || isOrgWord(w) || isBusinessNoun(w) || roleBody(w) !== null || /^sources?$/i.test(w))) return null;
  return (DETERMINERS.has(first) || first === 'one' ? described.slice(1) : described).join(' ') || null;
});
