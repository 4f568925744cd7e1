// The side of a party: the party an appositive or the article gives a person, the party of an
// opposition office, the candidate a campaign speaks for.
import { isCapitalised, lastWord, POSSESSIVE_END } from '../words';
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

/**
 * "Mr. Trump said", "Trump's Virginia state director, X" in an article on "Republican presidential nominee Donald
 * Trump": a leader the aliases give a country speaks for it only in office; one the article calls a candidate
 * (a nominee, a front-runner, a campaign of his) and never titles "President" speaks for his party, else for himself.
 * `side` unchanged when the head names no such leader.
 */
export function candidateSide(article: ArticleFacts, head: string, side: string): string {
  if (!isCountrySide(side)) return side;
  for (const word of head.split(/\s+/)) {
    const surname = word.replace(POSSESSIVE_END, '');
    // A plain surname only ("U.S." is no one's): it goes into the patterns below as it is.
    if (!SURNAME.test(surname) || namedSide(surname) !== side) continue;
    const candidate = article.candidacy(surname, () => candidateIn(article, surname));
    if (candidate) return candidate;
  }
  return side;
}

const SURNAME = /^\p{Lu}\p{Ll}+$/u;

/**
 * "GOP presidential nominee X", "X, the Democratic front-runner", "X's campaign", "a running mate for X", "X rival Y":
 * a candidate described (group 1: the description, which may name the party).
 */
const candidateDescriptions = (surname: string): RegExp[] => [
  new RegExp(String.raw`((?:\b[\p{L}-]+\s){0,2}?(?:nominee|candidate|front-?runner|frontrunner|hopeful|contender|running\smate\s(?:for|to)))\s(?:\p{Lu}[\p{L}.]*\s){0,2}${surname}\b`, 'u'),
  new RegExp(String.raw`\b${surname},\s(?:the|a)\s((?:[\p{L}\d-]+\s){0,3}?(?:nominee|candidate|front-?runner|frontrunner|hopeful|contender))\b`, 'u'),
  new RegExp(String.raw`\b${surname}(?:['\u2019]s)?\s(?:presidential\s|primary\s)?(?:campaign|rivals?|running\smate)\b`, 'u'),
];

/** One titled "President X" in the text, not "a President X" (who might be) nor "former President X". */
const inOffice = (surname: string): RegExp => new RegExp(String.raw`(?<!\b(?:[Aa]|[Ff]ormer|[Vv]ice|[Ee]x-)\s)\bPresident\s(?:\p{Lu}[\p{L}.]*\s){0,2}${surname}\b`, 'u');

/** The side of the candidate `surname` the text describes (the party, else the name it gives), or null if none or in office. */
function candidateIn(article: ArticleFacts, surname: string): string | null {
  const text = article.text;
  const name = new RegExp(String.raw`\b(\p{Lu}\p{Ll}+)(?:\s\p{Lu}\.)?\s${surname}\b`, 'u').exec(text)?.[1];
  if (!name || inOffice(surname).test(text)) return null;
  const described = candidateDescriptions(surname).map((d) => d.exec(text)).find((m) => m);
  if (!described) return null;
  const party = (described[1] ?? '').split(/\s+/).map((w) => namedSide(w)).find((p) => p && isPartySide(p));
  return party ?? article.discourse.partyOf(surname) ?? `${name} ${surname}`;
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
