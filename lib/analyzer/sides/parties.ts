// The side of a party: the party an appositive or the article gives a person, the party of an
// opposition office, the candidate a campaign speaks for.
import { isCapitalised, lastWord, POSSESSIVE_END } from '../words';
import { isCountryAlias, isCountrySide, isPartySide, namedSide, remembered, usStateNamed } from '../side-names';
import type { ArticleFacts } from './article-facts';
import { isFirstName } from '../gender';
import { lexiconTag } from '../nlp';
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
    // A plain surname the alias table gives the country: "Ghana", "Moscow" and "Washington" (a state too) are no one's.
    if (!SURNAME.test(surname) || !isCountryAlias(surname) || usStateNamed(surname) || namedSide(surname) !== side) continue;
    const candidate = article.candidacy(surname, () => candidateIn(article, surname, side));
    if (candidate) return candidate;
  }
  return side;
}

const SURNAME = /^\p{Lu}\p{Ll}+$/u;

/**
 * "GOP presidential nominee X", "X, the Democratic front-runner", "X's campaign", "a running mate for X", "X rival Y":
 * a candidate described (group 1: the description, which may name the party).
 */
const candidateDescriptions = remembered((surname: string): RegExp[] => [
  new RegExp(String.raw`((?:\b[\p{L}-]+\s){0,2}?(?:nominee|candidate|front-?runner|frontrunner|hopeful|contender|running\smate\s(?:for|to)))\s(?:\p{Lu}[\p{L}.]*\s){0,2}${surname}\b`, 'u'),
  new RegExp(String.raw`\b${surname},\s(?:the|a)\s((?:[\p{L}\d-]+\s){0,3}?(?:nominee|candidate|front-?runner|frontrunner|hopeful|contender))\b`, 'u'),
  new RegExp(String.raw`\b${surname}(?:['\u2019]s?)?\s(?:presidential\s|primary\s)?(?:campaign|rivals?|running\smate)\b`, 'u'),
  // "Trump won the Nevada caucuses", "polls show X ahead", "after Super Tuesday, X": a contest in the same sentence.
  new RegExp(String.raw`\b${surname}\b[^.!?]{0,100}?\b${CONTEST}\b|\b${CONTEST}\b[^.!?]{0,100}?\b${surname}\b`, 'u'),
]);

/** Words of a contest for a nomination or an office ("the Republican National Convention" nominates the party's candidate). */
const CONTEST = String.raw`(?:primar(?:y|ies)|caucus(?:es)?|Super\sTuesday|nomination|delegates|polls?|(?:Republican|Democratic)\s(?:National\s)?Convention)`;

/** Does the article title someone other than `surname` President, of the leader's country `side` or of none it names? */
function anotherInOffice(article: ArticleFacts, surname: string, side: string): boolean {
  return article.titledPresidents().some((p) => p !== surname && (namedSide(p) ?? side) === side);
}

/** Characters either side of a surname within which its first name, title or description stands. */
const NEAR_SURNAME = 160;

/**
 * The stretches of the text around each mention of `surname`, one per line and each closed by a full stop, so that
 * the patterns below, which all hold the surname, read a few hundred characters per mention instead of the article.
 */
function aroundSurname(text: string, surname: string): string {
  const stretches: string[] = [];
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + surname.length)) {
    stretches.push(text.slice(Math.max(0, at - NEAR_SURNAME), at + surname.length + NEAR_SURNAME));
  }
  return stretches.join(' .\n');
}

/** Does the article describe `surname` as a candidate ("X's campaign", "the Democratic front-runner X")? */
export function isDescribedCandidate(article: ArticleFacts, surname: string): boolean {
  const near = aroundSurname(article.text, surname);
  return candidateDescriptions(surname).some((d) => d.test(near));
}

/** One titled "President X" in the text, not "a President X" (who might be) nor "former President X". */
const inOffice = remembered((surname: string): RegExp => new RegExp(String.raw`(?<!\b(?:[Aa]|[Ff]ormer|[Vv]ice|[Ee]x-)\s)\bPresident\s(?:\p{Lu}[\p{L}.]*\s){0,2}${surname}\b`, 'u'));

/** "Vice President Joe Biden": one in the government's second office speaks for it, whoever is President. */
const viceInOffice = remembered((surname: string): RegExp => new RegExp(String.raw`(?<!\b(?:[Ff]ormer|[Ee]x-)\s)\bVice\sPresident\s(?:\p{Lu}[\p{L}.]*\s){0,2}${surname}\b`, 'u'));

/** "Donald Trump", "Hillary R. Clinton": a capitalised word (group 1), maybe an initial, before the surname. */
const namedInFull = remembered((surname: string): RegExp => new RegExp(String.raw`\b(\p{Lu}\p{Ll}+)(?:\s\p{Lu}\.)?\s${surname}\b`, 'gu'));

/**
 * The side of the candidate `surname` the text describes, or of one out of office while another holds it (the party,
 * else the name it gives), or null if neither or in office.
 */
function candidateIn(article: ArticleFacts, surname: string, side: string): string | null {
  const text = aroundSurname(article.text, surname);
  // "Donald Trump", not "Absent Trump" in a headline nor "The Chinese": a first name, or no word of the lexicon.
  const name = [...text.matchAll(namedInFull(surname))].map((m) => m[1] as string).find((n) => isFirstName(n.toLowerCase()) || lexiconTag(n.toLowerCase()) === null);
  if (!name || inOffice(surname).test(text) || viceInOffice(surname).test(text)) return null;
  const described = candidateDescriptions(surname).map((d) => d.exec(text)).find((m) => m);
  if (!described && !anotherInOffice(article, surname, side)) return null;
  const party = (described?.[1] ?? '').split(/\s+/).map((w) => namedSide(w)).find((p) => p && isPartySide(p));
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
