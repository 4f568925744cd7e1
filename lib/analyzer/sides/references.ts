// The side of a reference, a phrase that names no side of its own: "the bank", "the regulator" take
// the nearest actor of their kind; officials and bodies of state take the country in context.
import type { Sentence } from '../sentences';
import { RELATIVE_WORDS } from '../content';
import { beforeComma, isCapitalised, lastWord } from '../words';
import { kindConflicts } from '../discourse';
import { lexiconTag } from '../nlp';
import {
  type Actor,
  hasGovernmentWord,
  isCountrySide,
  isGenericGovernment,
  isPartySide,
  isPortfolio,
  isPrivateKind,
  isPublicServant,
  isRoleWord,
  isStateForce,
  isUnnamedSide,
  namedSide,
  placeKind,
  remembered,
} from '../side-names';
import type { ArticleFacts } from './article-facts';
import { countryNamed, DETERMINERS, FUNCTION_WORDS, personName, stripThe, withoutRelative, withoutThe } from './names';

const POSSESSIVE = /^(.*?)['\u2019]s?$/;
// Patterns with \p{...} are module constants: a bundler targeting older browsers rewrites such
// literals into `new RegExp(...)` calls, which inside a function run on every call.
const NOT_WORD_CHARS = /[^\p{L}-]/gu;

/** "in Beijing", "From Kyiv": never an owner ("called in Sri Lanka's envoy"). */
const IN_PLACE = /\b(?:[Ii]n|[Ff]rom)\s+(\p{Lu}[\p{L}.-]+(?:\s\p{Lu}[\p{L}.-]+)?)(?![\p{L}.'\u2019-])/u;

/** "The Department of Health and Social Care" (the whole phrase): its first portfolio word. */
export const STATE_DEPARTMENT = /^(?:[Tt]he\s+)?(?:Department|Ministry)\s+(?:of|for)\s+(?:the\s+)?(\p{Lu}\p{Ll}+)(?:,?\s+(?:and\s+)?\p{Lu}\p{Ll}+)*$/u;

/** Words that describe an armed body that is no state's: "the rebel group", "the militant movement". */
export const ARMED_QUALIFIERS = new Set(['armed', 'rebel', 'militant', 'separatist', 'insurgent', 'jihadist', 'islamist', 'paramilitary']);

/** "the health secretary", "Home Secretary": a portfolio before "secretary". */
const PORTFOLIO_SECRETARY = /\b(\p{L}+)\s+[Ss]ecretary\b/u;

/** "the regulator", "regulators": a body of state over an industry, never the company it oversees. */
export const REGULATOR = /^regulators?$/i;

/** Common nouns for organisations: unmatched, they point to the last organisation that acted. */
export const GENERIC_TYPES = new Set([
  'company', 'firm', 'group', 'organisation', 'organization', 'agency', 'carrier', 'airline', 'bank', 'club', 'operator',
  'union', 'coalition', 'miner', 'maker', 'manufacturer', 'carmaker', 'drugmaker', 'automaker', 'department', 'commission',
  'authority', 'regulator', 'charity', 'ngo', 'nonprofit', 'campaign', 'network', 'filing', 'lawsuit', 'statement', 'website', 'team', 'league',
  'board', 'retailer', 'lender', 'insurer', 'developer', 'utility', 'watchdog', 'business', 'corporation', 'service',
  'newspaper', 'paper', 'broadcaster', 'station', 'channel', 'outlet', 'publisher', 'label', 'museum', 'fund',
  'ad', 'advert', 'advertisement', 'spot', 'commercial', 'mailer',
]);
/** Kinds of body whose leader speaks for it ("Commission chairperson", "club captain", "party leader"). */
export const BODY_KINDS = new Set([...GENERIC_TYPES, 'party', 'diocese', 'church', 'alliance', 'society', 'association', 'federation', 'council', 'trust', 'foundation', 'community', 'hospital', 'school', 'university', 'pac', 'district']);

/** Words of a head of state's office: "an official in the presidency", "a presidential aide". */
const PRESIDENCY = /\bpresiden(?:cy|tial)\b/i;

/** Members of an armed body who speak for it: "the rebels", "the militants". */
const ARMED_MEMBERS = new Set(['rebels', 'militants', 'insurgents', 'fighters', 'guerrillas', 'jihadists']);
/** Sentences back (with the current one) in which "the rebels" may point to the armed body. */
const ARMED_REACH = 2;

/** Offices that speak for a state: the president, a minister, an ambassador, "an administration official". */
export const EXECUTIVE_ROLES = new Set(['president', 'minister', 'premier', 'chancellor', 'ambassador', 'envoy', 'king', 'queen', 'administration']);

/** What a common-noun reference points to: a named actor sharing its words, else the last organisation. */
export function byReference(article: ArticleFacts, nouns: string[], at: number, ownPhrase = nouns.join(' ')): Actor | undefined {
  // "the bank" is a lender named before, not the "Bank of Canada" (a body of state).
  const privateOnly = nouns.length === 1 && isPrivateKind(nouns[0] as string);
  // "The NGO said": the reference's own capitalised word is no earlier body.
  const last = nouns[nouns.length - 1] ?? '';
  const found = article.discourse.byReference(nouns, at, {
    ownPhrase,
    accept: (x) => (!privateOnly || !(isCountrySide(x.side) || isPartySide(x.side))) && !kindConflicts(last, x.name),
  });
  if (found && found.side === 'Police') return { ...found, side: article.localPolice() ?? found.side };
  if (found) return found;
  // "The rebels said" after "Fighters of the Free Coast Movement seized the town": the armed body that acted just before,
  // if it is the only one ("The guerrillas answered" in an exchange between two armed groups may be either).
  if (nouns.length === 1 && ARMED_MEMBERS.has(last.toLowerCase())) {
    const armedBodies: Actor[] = [];
    // Every armed body within reach is collected (the test never stops the walk).
    // "Soldiers clashed with ...": a common noun opening the sentence is no armed body's name.
    article.discourse.recent(at, (x) => {
      if (at - x.sentence <= ARMED_REACH && !x.person && !article.isSurname(x.name, at) && isArmedBody(x) && lexiconTag(x.side.toLowerCase()) !== 'NOUN') armedBodies.push(x);
      return false;
    });
    return armedBodies.every((x) => x.side === armedBodies[0]?.side) ? armedBodies[0] : undefined;
  }
  if (!nouns.some((n) => GENERIC_TYPES.has(n.toLowerCase()))) return undefined;
  // "the hospital trust", "the dockers' union": a qualifier no earlier name shares makes a body of its own;
  // "the rebel group" only describes the armed body named before, never a state's force.
  const qualifiers = nouns.slice(0, -1);
  const armed = qualifiers.length > 0 && qualifiers.every((n) => ARMED_QUALIFIERS.has(n.toLowerCase()));
  if (!armed && qualifiers.some((n) => !GENERIC_TYPES.has(n.toLowerCase()) && !isGenericGovernment(n))) return undefined;
  // "the company", "the charity": a private body, never the government or country that spoke last;
  // "the commerce department": a government body by its portfolio, never the company that spoke last;
  // "the regulator" oversees companies, it is never the one that spoke last.
  const kindOfPrivate = nouns.some(isPrivateKind);
  const kindOfGovernment = !kindOfPrivate && ((nouns.length > 1 && isGenericGovernment(nouns.join(' '))) || REGULATOR.test(last));
  // "the league" is not the club that spoke last ("Castlemoor FC").
  const head = kindOfPrivate ? (nouns[nouns.length - 1] ?? '') : '';
  return article.discourse.recent(
    at,
    (x) =>
      !x.person &&
      !article.isSurname(x.name, at) &&
      (!armed || isArmedBody(x)) &&
      (!kindOfPrivate || isPrivateActor(x)) &&
      (!kindOfGovernment || !isPrivateActor(x)) &&
      !kindConflicts(head, x.name),
  );
}

/** A side for a phrase that names none: an earlier actor of the same kind, the place, the last country. */
export function contextSide(article: ArticleFacts, phrase: string, s: Sentence): string {
  // A relative clause describes the speaker; it names no side ("Two researchers who worked at Reuters' request").
  // "Some of those who shared the photo": a clause after a pronoun is all it says of them.
  const bare = withoutRelative(phrase);
  const head = STANDING_PRONOUNS.has(lastWord(bare).toLowerCase()) ? phrase : bare;
  // "A local official in Aweil": the country of the place, a place unknown to the country data taken to be in the dateline's.
  const town = head.includes(' in ') && !OWNER_LINK.test(head) ? IN_PLACE.exec(head)?.[1] : undefined;
  const townSide = town ? namedSide(town) : undefined;
  if (town && townSide && isCountrySide(townSide)) return townSide;
  if (town && !townSide && article.discourse.datelineCountry) return article.discourse.datelineCountry;
  const nouns = commonNouns(head);
  // "The city says", "city spokeswoman X": the town the article is about.
  const local = nouns.some((n) => placeKind(n) === 'local') ? article.localPlace() : null;
  if (local) return local;
  if (nouns.length) {
    // "A hospital spokeswoman": a non-government word may name an organisation, not only an actor.
    const actorsOnly = nouns.every((n) => hasGovernmentWord(n));
    const same = article.discourse.byReference(nouns, s.index, { actorsOnly, ownPhrase: head });
    if (same) return same.side;
    // "The dockers' union", unmatched, is a body of its own rather than the last one named.
    const official = head.split(/\s+/).some((w) => isRoleWord(w));
    // "The energy ministry" is a body of state: it speaks for the country in context.
    // "The army", unmatched, is the state's force: the country in context.
    if (!official && !nouns.every((n) => hasGovernmentWord(n)) && !isGenericGovernment(nouns.join(' ')) && !isStateForce(nouns.join(' '))) return stripThe(head);
  }
  const place = placeOf(article.text, s);
  if (place) return place;
  // "President Obama", "the foreign minister": a head of state or government speaks for a country, never for the party that spoke last.
  // With no country in sight, the one the sentence names ("The White House ..., according to an administration official").
  // "the health secretary": a secretary by portfolio is a minister.
  const secretary = PORTFOLIO_SECRETARY.exec(head)?.[1];
  const executive = head.split(/\s+/).some((w) => EXECUTIVE_ROLES.has(w.toLowerCase().replace(/\.$/, ''))) || (!!secretary && isPortfolio(secretary));
  if (executive) {
    const named = namedSide(article.text.slice(s.start, s.end));
    // "In Athens, the government rejected the accusation. The defence minister said": the state that acted just before, not the dateline's.
    const last = article.discourse.recent(s.index, (x) => isCountrySide(x.side));
    const country = justBefore(last, s.index) ?? article.discourse.datelineCountry ?? last?.side ?? (named && isCountrySide(named) ? named : null);
    if (country) return country;
  }
  // "A senior official in the presidency": the state the article is about (the country it names most), not the last to speak.
  const presidency = PRESIDENCY.test(head);
  const main = presidency ? article.discourse.mostNamedAs(s.index, countryNamed) : null;
  if (main) return main;
  // "after the Sri Lankan navy detained ... the navy said": the country whose force of that kind the article named last.
  const force = isStateForce(withoutThe(head));
  const forceOwner = force ? article.forceCountry(withoutThe(head).toLowerCase(), s.start) : null;
  if (forceOwner) return forceOwner;
  const stateBody = isGenericGovernment(stripThe(head));
  const department = STATE_DEPARTMENT.test(head);
  // "Delhi's response was swift. The External Affairs Ministry said": a body of state takes the one country the sentence before names.
  const before = stateBody && s.index > 0 ? article.discourse.namesNear(s.index - 1, 1, (n) => countryNamed(n) !== null).map(countryNamed) : [];
  if (before.length > 0 && before.every((c) => c === before[0])) return before[0] as string;
  // A department of state is never the party that spoke last, nor is a public servant ("the returning officer").
  const stateOnly = department || head.split(/\s+/).some(isPublicServant);
  const last = executive ? undefined : stateOnly ? article.discourse.recent(s.index, (x) => isCountrySide(x.side)) : article.discourse.lastCountryOrParty(s.index);
  if (last) return last.side;
  // "The Minister of Finance", "the army" with no country in sight: the country the article names most.
  // "The government", "the Defence Ministry", "the health minister" with none in sight either: a body of state is its country's.
  const stateOffice = executive || force || stateBody || department;
  // A minister by portfolio with no country before him at all: the country the whole article names most.
  const about = stateOffice ? (article.discourse.mostNamedAs(s.index + 1, countryNamed) ?? (executive ? article.discourse.mostNamedInArticle(countryNamed) : null)) : null;
  if (about) return about;
  // No country in sight: "spokesman Pavel Ilic" speaks for the government body that spoke last.
  // "The council said" after "Police said": a body of state by its kind is no body of another kind.
  const kind = stateBody ? lastWord(stripThe(head)).toLowerCase() : null;
  const body = article.discourse.recent(s.index, (x) => !x.person && isGenericGovernment(beforeComma(x.name)) && (!kind || x.name.toLowerCase().includes(kind)));
  if (body) return body.side;
  // "The Department of Agriculture" is named whole, not cut at its first lower-case word like a person.
  const wholeName = stateBody || department ? stripThe(head) : null;
  return article.discourse.datelineCountry ?? wholeName ?? personName(head) ?? stripThe(head);
}

/** The common nouns of a phrase that names no side ("the energy ministry" → energy, ministry): never mutated. */
const commonNouns = remembered((head: string): readonly string[] =>
  head
    .split(/\s+/)
    .filter((w) => (!isCapitalised(w) || hasGovernmentWord(w)) && !isRoleWord(w.replace(/,$/, '')))
    .map((w) => w.replace(POSSESSIVE, '$1').replace(NOT_WORD_CHARS, ''))
    .filter((w) => w && !DETERMINERS.has(w.toLowerCase()) && !isRoleWord(w) && !FUNCTION_WORDS.has(w.toLowerCase())),
);

/** The side of `actor` when it spoke or acted in sentence `at` or the one before, else null. */
export function justBefore(actor: Actor | undefined, at: number): string | null {
  return actor && at - actor.sentence <= 1 ? actor.side : null;
}

/** An armed body that is no state's: named, never a country, nor a state's force ("the army"). */
function isArmedBody(actor: Actor): boolean {
  return !isCountrySide(actor.side) && !isUnnamedSide(actor.side) && !isStateForce(lastWord(actor.name));
}

export function isPrivateActor(actor: Actor): boolean {
  // "The regulator" is a body of state though no word of its name says so.
  return !isCountrySide(actor.side) && !isPartySide(actor.side) && !hasGovernmentWord(actor.name) && !REGULATOR.test(lastWord(actor.name)) && namedSide(actor.name) === null;
}

export function referenceNouns(words: readonly string[]): string[] {
  return words
    // "the 30-second spot", "the 12-page report": a measure is no qualifier naming another body.
    .filter((w) => !MEASURE.test(w))
    .map((w) => w.replace(POSSESSIVE, '$1').replace(NOT_WORD_CHARS, ''))
    // Relative words in lower case only: "who" is a relative pronoun, never the WHO.
    // "the book and the movie": the word joining two things is no word of a name ("Iraq and Afghanistan").
    .filter((w) => w && !DETERMINERS.has(w.toLowerCase()) && !RELATIVE_WORDS.has(w) && !CONJUNCTIONS.has(w));
}

const CONJUNCTIONS = new Set(['and', 'or', '&']);

const MEASURE = /^\d+-\p{Ll}/u;

const STANDING_PRONOUNS = new Set(['those', 'these', 'them', 'one', 'anyone', 'everyone', 'someone', 'people']);

const OWNER_LINK = /\s(?:for|of|at)\s/;

/** The country of a capital or country named as where the statement was made ("in Beijing"). */
function placeOf(text: string, s: Sentence): string | null {
  const sentence = text.slice(s.start, s.end);
  const m = IN_PLACE.exec(sentence);
  if (!m?.[1]) return null;
  const side = namedSide(m[1]);
  return side && isCountrySide(side) ? side : null;
}
