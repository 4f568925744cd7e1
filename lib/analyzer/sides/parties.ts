// The side of a party: the party an appositive or the article gives a person, the party of an
// opposition office, the candidate a campaign speaks for.
import { isCapitalised, lastWord } from '../words';
import { isCountrySide, isPartySide, namedSide } from '../side-names';
import type { ArticleFacts } from './article-facts';
import { looksLikePersonName, personName, properName } from './names';
import { principalSide } from './owners';

/** "Gov. Martin Keel" or "Keel" where the article calls him "Keel, a Republican": the party given to the surname. */
export function partyOfName(article: ArticleFacts, head: string, person: boolean): string | null {
  // "Senate Majority Leader Ruth Okafor": the name after the titles.
  const words = (person ? (personName(head) ?? head) : head).split(/\s+/);
  const last = words[words.length - 1] ?? '';
  // "Eva Lund, a Conservative MP": a plain name of several words is a person's, taken for one or not.
  if (words.length > 4 || !isCapitalised(last) || (!person && words.length > 1 && !looksLikePersonName(head))) return null;
  return article.discourse.partyOf(last);
}

/**
 * The side of an opposition office ("the shadow health secretary, Edward Lamb"): the party named before
 * the office or that of the one named ("Lamb, the Conservative MP"), else the last party that spoke,
 * else the one named, or null.
 */
export function shadowSide(article: ArticleFacts, head: string, rest: string, at: number): string | null {
  // "Conservative shadow chancellor Nick Fairley": the party before the office.
  const before = namedSide(head.slice(0, head.search(/\b[Ss]hadow\b/)).replace(/^[Tt]he\s+/, '').trim());
  if (before && isPartySide(before)) return before;
  const name = personName(head) ?? properName(rest.replace(/^[\s,]+/, ''), true);
  const party = name ? article.discourse.partyOf(lastWord(name)) : null;
  return party ?? article.discourse.recent(at, (x) => isPartySide(x.side))?.side ?? name;
}

/** The side of a candidate's campaign: the candidate's, as the article gave it ("Sanders", a party), never a country. */
export function campaignSide(article: ArticleFacts, candidate: string, at: number): string {
  const side = principalSide(article, candidate, at);
  return isCountrySide(side) ? (article.discourse.partyOf(candidate) ?? candidate) : side;
}

/** Words that head a party's name: "Alliance for Democratic Change", "Unity Congress Party". */
const PARTY_NAME_WORDS = /\b(?:Party|Alliance|Movement|Front|Congress|Union|Coalition|League|Rally)\b/u;

export function isPartyName(name: string): boolean {
  return name.includes(' ') && PARTY_NAME_WORDS.test(name) && !isCountrySide(namedSide(name) ?? '');
}

/** ", a Democrat", ", a Republican who ...", ", the Democratic nominee": the party an appositive names. */
export function partyNamedAsAppositive(rest: string): string | null {
  const m = PARTY_APPOSITIVE.exec(rest);
  return m?.[1] ? namedSide(m[1]) : null;
}

const PARTY_APPOSITIVE = /^,\s+(?:an?|the)\s+(?:\p{Ll}{1,20}\s|\d{4}\s)?(Democrat|Republican|GOP)(?:ic)?\b/u;
