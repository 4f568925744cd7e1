// Stage 4: sides. Which side an asserter speaks for: a country (its name, demonym or capital), an
// institution or party (the alias table), a named organisation (its own name), the employer named
// in a role ("Lumora spokeswoman", "president of the X Association"), or, for a person speaking
// for themselves, their own name. A phrase that names no side of its own ("the ministry", "a
// military spokesman") takes one from the article: an earlier actor of the same kind, the place
// the statement was made, the last country or party that spoke, the dateline.
import type { Sentence } from './sentences';
import { RELATIVE_WORDS } from './content';
import { ARTICLE_NAME, NAME_PARTICLES, POSSESSIVE_END, POSSESSIVE_PRONOUNS, beforeComma, isCapitalised, lastWord } from './words';
import { type Discourse, isPairOfPeople, kindConflicts, memberBodyKind } from './discourse';
import { genderOf, pronounGender } from './gender';
import {
  type Actor,
  FORMER,
  hasCorporateRole,
  hasGovernmentWord,
  hasOfficialTitle,
  isBodyEnding,
  isBranchNumber,
  isCourtesyTitle,
  isTimedOutlet,
  isBusinessNoun,
  isCivilBody,
  isClientGroup,
  isGroupNoun,
  isCountrySide,
  isGenericGovernment,
  isKinRole,
  isMemberNoun,
  isOutletNoun,
  isOutletName,
  isPrivatePersonNoun,
  isOrgWord,
  isPartySide,
  isPortfolio,
  isPrivateKind,
  isPublicServant,
  isRoleWord,
  isServiceBody,
  isServiceModifier,
  isStateForce,
  isUnnamedSide,
  looksLikePerson,
  namedSide,
  partyNamed,
  partyOfGroup,
  partySide,
  placeKind,
  remembered,
  roleBody,
  isFormerStaff,
  speaksForSelf,
  withoutPostNominal,
} from './side-names';
import { mapped } from './mapped';

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'another', 'one', 'some',
  'many', 'several', 'other', 'two', 'three', 'four', 'five', 'most', 'few', 'both', 'each', 'every', 'any',
]);
const POSSESSIVE = /^(.*?)['\u2019]s?$/;
// Patterns with \p{...} are module constants: a bundler targeting older browsers rewrites such
// literals into `new RegExp(...)` calls, which inside a function run on every call.
const NOT_WORD_CHARS = /[^\p{L}-]/gu;
const OWNER_POSSESSIVE = /(?:^|\s)((?:[\p{L}.-]+\s){0,3}?[\p{L}.-]+)['\u2019]s\s+\p{Ll}/u;
/** A possessive "'s" before a word: what every OWNER_POSSESSIVE holds, and much quicker to look for (most phrases hold none). */
const POSSESSIVE_S = /['\u2019]s\s/;
const OWNER_PRONOUN = /\b(Its|its|Their|their|His|his|Her|her)\s+\p{Ll}/u;
// "of United Bakery Workers Local 57": a branch's number stays in the name.
const OF_ORGANISATION = /\b(?:of|for|at|with)\s+(?:the\s+)?(?:local\s+)?(?:\p{Lu}\p{Ll}+-based\s+)?((?:(?:\p{Lu}[\p{L}.'\u2019&-]*|(?<=(?:Local|Lodge|Chapter|Branch|Division|Post)\s)\d{1,5})\s?(?:(?:of|for|and|&)\s)?)+)(\p{Ll}+)?/u;
/** "in Beijing", "From Kyiv": never an owner ("called in Sri Lanka's envoy"). */
const IN_PLACE = /\b(?:[Ii]n|[Ff]rom)\s+(\p{Lu}[\p{L}.-]+(?:\s\p{Lu}[\p{L}.-]+)?)(?![\p{L}.'\u2019-])/u;
const PLACE_OF = /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}.'\u2019-]*(?:\s\p{Lu}[\p{L}.'\u2019-]*)*)\s+(?:region|province|oblast|state|district|county|city|town|municipality|prefecture|governorate)\b/u;
const OWNER_LINKS = new Set(['for', 'of', 'at']);
/** Words that make a country's named body part of its state: "Germany's Federal Motor Transport Authority". */
const STATE_BODY_WORDS = new Set(['authority', 'agency', 'commission', 'bureau', 'federal', 'national', 'court', 'regulator', 'inspectorate']);
const COUNTRY_OWNED = /^(\p{Lu}[\p{L}.-]*)['\u2019]s?\s+(\p{Lu}[\p{L}'\u2019&.-]*(?:\s\p{Lu}[\p{L}'\u2019&.-]*){0,4})$/u;

/** "Sudan's paramilitary Rapid Support Forces", "Yemen's rebel Houthi movement": a country's, then what makes a body no part of its state. */
const COUNTRY_NON_STATE = /^(\p{Lu}[\p{L}.-]*)['\u2019]s?\s+(?:paramilitary|rebel|militant|separatist|insurgent|opposition|jihadist|Islamist)\s+(\p{Lu}[\p{L}'\u2019&.-]*(?:\s\p{Lu}[\p{L}'\u2019&.-]*){0,4})/u;

/** "Japan's Asahi Daily" → "Asahi Daily"; not "China's Foreign Ministry" or "Britain's Prime Minister" (the state's own). */
function bodyOfCountryNamed(head: string): string | null {
  const force = COUNTRY_NON_STATE.exec(head);
  if (force?.[1] && force[2] && isCountrySide(namedSide(force[1]) ?? '')) return namedSide(force[2]) ?? force[2];
  const m = COUNTRY_OWNED.exec(head);
  if (!m?.[1] || !m[2] || !isCountrySide(namedSide(m[1]) ?? '')) return null;
  const words = m[2].split(/\s+/);
  if (words.some((w) => hasGovernmentWord(w) || isRoleWord(w) || isGenericGovernment(w) || STATE_BODY_WORDS.has(w.toLowerCase())) || namedSide(m[2]) !== null) return null;
  return m[2];
}

const ACRONYM = /^\p{Lu}{2,6}$/u;
const LETTER = /\p{L}/u;
/** "Minister of Finance", "Secretary for Enterprise, Trade and Employment": the portfolio an office of state is named by. */
const PORTFOLIO_OFFICE = /\b(?:Minister|Ministry|Secretary)\s+(?:of|for)\s+(?:the\s+)?(\p{Lu}\p{L}*(?:,?\s+(?:and\s+)?\p{Lu}\p{L}*)*)/u;
/** "the U.S. Consumer Product Safety Commission": a country's form, then a name of two words or more. */
const COUNTRY_PREFIXED = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.]*)\s+((?:\p{Lu}[\p{L}'\u2019&-]*\s(?:(?:of|for|and|&)\s)?){1,5}\p{Lu}[\p{L}-]*)$/u;
/** "The Department of Health and Social Care" (the whole phrase): its first portfolio word. */
const STATE_DEPARTMENT = /^(?:[Tt]he\s+)?(?:Department|Ministry)\s+(?:of|for)\s+(?:the\s+)?(\p{Lu}\p{Ll}+)(?:,?\s+(?:and\s+)?\p{Lu}\p{Ll}+)*$/u;
const AT_THE_KIND = /\b(?:at|of|for|with)\s+the\s+(\p{Ll}+)\s*$/u;
/** "A lawyer for the family of a man", "attorney Denise Carter": counsel for someone unnamed, or named counsel. */
const COUNSEL = /^(?:(?:an?|the)\s+)?(?:family\s+)?(lawyer|attorney)(?!\s+general)(\s+for\s+the\s+family\s+of\s+(?:an?|the)\s)?/iu;
/** "Rusk, through her lawyer, said", "a lawyer for Elena Rusk": the client the article names for its counsel. */
const CLIENT_OF_COUNSEL = /(\p{Lu}[\p{L}'\u2019-]+(?:\s\p{Lu}[\p{L}'\u2019-]+){0,3}),?\s+through\s+(?:his|her|their|its)\s+(?:lawyers?|attorneys?|solicitors?)\b|\b(?:lawyers?|attorneys?|solicitors?)\s+for\s+(\p{Lu}[\p{L}'\u2019-]+(?:\s\p{Lu}[\p{L}'\u2019-]+){0,3})/u;
/** "Council leader Moira Tennant", "Cllr Tennant", "the deputy leader of the council": one who sits on a council. */
const COUNCILLOR = /^(?:(?:the|her|his)\s+)?(?:deputy\s+)?(?:council\s+leader\b|leader\s+of\s+the\s+council\b|cllr\b|councill?or\b)/iu;
/** "the Labour-run authority", "Conservative-controlled": a party the article says runs something. */
const RUN_BY_PARTY = /\b(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)-(?:run|led|controlled)\b/gu;
/** An earlier speaker who was such counsel. */
const COUNSEL_FOR = /^(?:an?|the)\s+(?:family\s+)?(?:lawyer|attorney)\s+for\s+the\s+family\s+of\s/iu;
/** "Haynes' mother", "Morimoto's wife": a relative of someone named. */
const NAMED_KIN = /^\p{Lu}[\p{L}.-]*(?:['\u2019]s|s['\u2019])\s+(\p{Ll}+)$/u;
/** An acronym and the word after it: "BCI spokesman". */
const ACRONYM_BEFORE_WORD = /(?:^|\s)(\p{Lu}{2,6})\s+(\p{Ll}+)/u;
/** "a man who gave his name as X", "who identified herself as X". */
const SELF_NAMED = /\bwho\s+(?:gave\s+(?:his|her|their)\s+name|identified\s+(?:himself|herself|themselves))\s+(?:only\s+)?as\s+(\p{Lu}.*)$/u;
/** Quote marks around a title: straight, curly, single. */
const QUOTE_MARKS: ReadonlyArray<readonly [string, string]> = [['"', '"'], ['\u201c', '\u201d'], ["'", "'"], ['\u2018', '\u2019']];
/** "Kent Police", "Dunmore Police Service": a police force named. */
const NAMED_POLICE = /\p{Lu}\p{Ll}+\s(?:Police|Constabulary)\b/u;
/** "A Texas woman", "a Leeds couple": an unnamed private person with where they are from (the noun is checked against the data). */
const PRIVATE_PERSON = /^(?:[Aa]n?|[Oo]ne)\s+(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,3}(\p{Ll}+)$/u;
/** "The family of a Danish aid worker kidnapped in Mali": the family of someone the article names after. */
const FAMILY_OF = /^(?:the\s+)?(?:family|relatives|parents)\s+of\s+an?\s|^the\s+\p{Ll}+['\u2019]s\s+(?:family|relatives|parents)$/iu;
/** Words that describe an armed body that is no state's: "the rebel group", "the militant movement". */
const ARMED_QUALIFIERS = new Set(['armed', 'rebel', 'militant', 'separatist', 'insurgent', 'jihadist', 'islamist', 'paramilitary']);
/** "an armed group", "a rebel movement", "a militia": an armed body not yet named. */
const UNNAMED_ARMED_GROUP = new RegExp(`^(?:an?|one)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:(?:${[...ARMED_QUALIFIERS].join('|')})\\s+(?:group|movement|faction|coalition|alliance)|militia)\\b`, 'iu');
/** "Kestrel's largest shareholder": a head owned by a named body. */
const OWNED_HEAD = /^\p{Lu}[\p{L}.-]*['\u2019]s?\s+\p{Ll}/u;
const DESCRIBED_BODY = /^,\s+(?:the|a|an)\s+((?:\p{Ll}[\p{L}-]*\s){1,3})(\p{Lu}[\p{L}'\u2019&.-]*(?:\s\p{Lu}[\p{L}'\u2019&.-]*){0,4})\s*(?:,|$)/u;

/**
 * "A local civil society group, the Kasheke Citizens' Forum": a body described by its kind in lower
 * case, with no role in the description ("a spokesman for the union, Jo Hale" is a person), then the
 * name the appositive gives it; else null.
 */
function bodyNamedAfterKind(head: string, rest: string): string | null {
  // "The super PAC, Desert Forward Action": a kind written as initials is still a kind ("the Federation" is a name).
  const word = lastWord(head);
  const kind = ACRONYM.test(word) ? word.toLowerCase() : word;
  if (!rest.startsWith(', ') || !BODY_KINDS.has(kind) || head.split(/\s+/).some((w) => isRoleWord(w))) return null;
  return properName(rest.slice(2).replace(/^the\s+/, ''), true);
}

/** ", the pension fund Northgate Capital": a body named after a description of what it is (no role: ", the analyst Jo Hale" is a person); or null. */
function describedBody(rest: string): string | null {
  const m = DESCRIBED_BODY.exec(rest);
  if (!m?.[1] || !m[2] || m[1].trim().split(/\s+/).some((w) => isRoleWord(w))) return null;
  return m[2];
}

/**
 * "The petition", "the 41-page report", "the complaint": a document that makes claims, by its kind
 * (responses still find "slammed the complaint" by the document's own name: see CARRIER_NOUNS).
 */
const DOCUMENT_VOICE = /^(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+)?(?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,2}?(report|referral|petition|indictment|complaint|lawsuit|memo|filing)$/u;
/** Verbs by which someone brings a document into being, and when: "a petition filed on Monday by X". */
const FILED_BY = String.raw`,?\s+(?:which\s+was\s+|that\s+was\s+)?(?:filed|written|prepared|brought|submitted|compiled|drafted|lodged)\s+(?:[\p{L}\d-]+\s+){0,3}?by\s+`;
/** "filed by X": a document's author after its kind, with the lower-case words that describe the author ("former county clerk Jo Hale"). */
const documentFiledBy = remembered((kind: string): RegExp => new RegExp(String.raw`\b${eitherCase(kind)}s?${FILED_BY}((?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}\p{Lu}[\p{L}.'\u2019-]*(?:\s(?:of\s|for\s)?\p{Lu}[\p{L}.'\u2019-]*){0,5})`, 'u'));

/** "The researchers", "a study that", "the study's authors", "lead author Dr X", "The lead author": who speaks for a study. */
const STUDY_VOICE = /^(?:(?:the|a|an)\s+)?(?:(?:study|research|report)(?:['\u2019]s\s+authors)?|researchers|authors|research\s+team|(?:lead|senior)\s+(?:author|researcher)(?:\s+\p{Lu}.*)?)(?:\s+that)?$/iu;
/** "The study, by the", "a study from", "Researchers at the", "scientists from": a study's authors are named next. */
const STUDY_BY = /\b(?:(?:study|report|research|analysis|paper)\s*,?\s+(?:by|from|led\s+by|carried\s+out\s+by|conducted\s+by)|(?:[Rr]esearchers|[Ss]cientists|[Ee]xperts|[Aa]cademics)\s+(?:at|from))\s+(?:the\s+)?(?=\p{Lu})/u;
/** Verbs of leading a body: "who chairs", "who captains". */
const LEAD_VERBS = 'chairs|leads|heads|runs|directs|manages|captains|coaches';
/** "who chairs the commission", "who captains the club": a verb of leading, then a body by its kind. */
const LEADS_KIND = new RegExp(String.raw`^\swho\s+(?:${LEAD_VERBS})\s+the\s+(\p{Ll}+)(?![\p{L}'\u2019])`, 'u');
/** "who chairs the Alder Green Residents' Association", "who founded the X": a verb of leading, then a body by its name. */
const LEADS_NAMED = new RegExp(String.raw`^\swho\s+(?:${LEAD_VERBS}|founded|co-founded)\s+the\s+(?=\p{Lu})`, 'u');
/** "the shadow health secretary", "shadow chancellor": an office of the opposition's front bench. */
const SHADOW_OFFICE = /\b[Ss]hadow\s+(?:[\p{Ll}-]+\s+){0,3}(?:secretary|minister|chancellor|spokesman|spokeswoman|spokesperson)\b/u;
/** "the health secretary", "Home Secretary": a portfolio before "secretary". */
const PORTFOLIO_SECRETARY = /\b(\p{L}+)\s+[Ss]ecretary\b/u;
const CAMPAIGN_FOR = /\b(?:for|of|with|on)\s+the\s+(\p{Lu}[\p{L}-]+)\s+campaign\b/u;
const FORMER_OPENING = /^(?:[Tt]he\s+)?(?:[Ff]ormer|[Ee]x-)/u;
const TEACHES = /^\swho\s+(?:teaches|lectures|lectured|taught)\b/u;
const FORCE_OWNER = /^[Tt]he\s+(army|navy|military)['\u2019]s\s/u;
/** "Redmarsh's elected mayor, Colin Ashdown", "the council's monitoring officer, Sarah Ndlovu": a role and its holder's full name. */
const ROLE_HOLDER_APPOSITIVE = /(?:\b[Tt]he|\p{Lu}[\p{L}.-]*['\u2019]s)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+),\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}'\u2019-]+){1,2})(?=[\s,.])/gu;
/** "households in Quarry Road": the words linking a group of people to where they live. */
const PLACE_LINKS = new Set(['in', 'of', 'from', 'on']);
/** Most words of a description that stands for a person named before ("the retired primary schoolteacher"). */
const DESCRIPTION_WORDS = 3;
/** "Margaret Hollis, a retired schoolteacher who ...": a person's full name and the description after it. */
const DESCRIBED_PERSON = /(\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}'\u2019-]+){1,2}),\s+an?\s+((?:\p{Ll}[\p{Ll}-]*\s){0,2}\p{Ll}[\p{Ll}-]*)(?=\s+(?:who|from|in|at|with)\b|[,.;])/gu;
const MAYOR_TITLE = /^(?:[Tt]he\s+)?Mayor\s+\p{Lu}/u;
const TOWN_MAYOR = /^((?:\p{Lu}[\p{L}.'\u2019-]*\s){1,3})Mayor\s+\p{Lu}/u;
/** "The Hartley campaign", "Jane Hartley's campaign", "the Hartley-Reyes campaign": the candidate's surname. */
const CAMPAIGN_OF = /^(?:[Tt]he\s+|[Aa]\s+)?(?:\p{Lu}[\p{L}.-]*\s+)?(\p{Lu}[\p{L}-]+)(?:['\u2019]s)?\s+campaign$/u;
const ROLE_OFFICE = /(?:^|\s)((?:\p{Lu}\p{Ll}+\s)?\p{Lu}\p{Ll}+)['\u2019]s\s+Office$/u;
const OFFICE_OF_PERSON = /^(?:[Tt]he\s+)?[Oo]ffice\s+of\s+(\p{Lu}.*)$/u;
const OFFICE_OF = /^(?:the\s+|The\s+)?office\s+of\s+(the\s+(?:\p{Ll}+\s)?\p{Ll}+)$/u;
const PLACE_OWNER = /^(?:the|The)\s+(\p{Ll}+)['\u2019]s\s+(?=\p{Ll})/u;
const NAME_LINKS = new Set(['of', 'for', 'and', '&', ...NAME_PARTICLES]);
/** Lower-case words inside an organisation's name before a capitalised word: "Save the Children". */
const INNER_NAME_WORDS = new Set(['the', 'to']);
const FUNCTION_WORDS = new Set(['of', 'for', 'and', 'at', 'in', 'on', 'to', 'with', 'by', 'from', 'who', 'which', 'that']);
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

/** Words of a head of state's office: "an official in the presidency", "a presidential aide". */
const PRESIDENCY = /\bpresiden(?:cy|tial)\b/i;

/** The country a name names ("Cameroon's government" → Cameroon), or null. */
function countryNamed(name: string): string | null {
  const side = namedSide(name);
  return side && isCountrySide(side) ? side : null;
}

/** Offices that speak for a state: the president, a minister, an ambassador, "an administration official". */
const EXECUTIVE_ROLES = new Set(['president', 'minister', 'premier', 'chancellor', 'ambassador', 'envoy', 'king', 'queen', 'administration']);

const SPOKESPERSONS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative']);
/** "spokeswoman Kelly Marsh": a spokesperson's role before their name, with no employer named. */
const NAMED_SPOKESPERSON = /^[Ss]pokes(?:man|woman|person)\s+\p{Lu}[\p{L}'\u2019-]+(?:\s\p{Lu}[\p{L}'\u2019-]+){0,2}$/u;
/** "a spokesman for Delgado", "an aide to Sen. Hale": who speaks for a named person. */
// "The agent of winger Ruben Costa": a lower-case word or two may say what the person is.
const AGENT_FOR = /\b(?:spokes(?:man|woman|person)|representative|rep|agent|manager|lawyer|attorney|aide|adviser|advisor|publicist)\s+(?:for|to|of)\s+(?:\p{Ll}+\s){0,2}((?:\p{Lu}[\p{L}.'\u2019-]*\s){0,5}\p{Lu}[\p{L}'\u2019-]*)/u;

/** "The company's outside counsel", "the club's lawyer": an agent owned by whom they act for. */
const OWNED_AGENT = /['\u2019]s\s+(?:\p{Ll}+\s+)?(?:counsel|lawyer|attorney|solicitor|barrister|spokes(?:man|woman|person)|representative|agent)$/u;

/** "a regional spokesman for the group", "a lawyer for the company": one who speaks or acts for a body named only by its kind. */
const AGENT_FOR_KIND = /\b(?:spokes(?:man|woman|person)|representative|lawyer|attorney|adviser|advisor|aide)\s+(?:for|to)\s+the\s+(\p{Ll}+)(?:$|,)/u;

/** The words a name carries for a role: "Sen. Jo Hale" is a senator. */
export const ROLE_TITLES: Readonly<Record<string, readonly string[]>> = {
  senator: ['senator', 'sen.'],
  governor: ['governor', 'gov.'],
  congressman: ['congressman', 'rep.'],
  congresswoman: ['congresswoman', 'rep.'],
  representative: ['representative', 'rep.'],
};
/** "The chief executive", "the sporting director": a role in lower-case words after "the", and nothing else. */
const ROLE_AGAIN = /^[Tt]he\s+((?:\p{Ll}[\p{Ll}-]*\s)*\p{Ll}[\p{Ll}-]*)$/u;
/** Sentences back a bare "a spokesman" looks for the body that spoke. */
const SPOKESPERSON_REACH = 2;

/** Sentences just before in which "the country's" finds the country just named. */
const COUNTRY_REACH = 2;

/** Sentences back in which "Station Commander X" looks for a body of the kind the rank implies. */
const ROLE_BODY_REACH = 3;
/** "The state transportation director", "state health officials": an office of a state's department by its portfolio. */
const STATE_PORTFOLIO_ROLE = /^(?:[Tt]he\s+)?state\s+(\p{Ll}+)\s+(?:director|secretary|commissioner|chief|officials?|spokes(?:man|woman|person))$/u;
/** "Police in Bulukumba": a force by the town it serves. */
const POLICE_IN_TOWN = /^(?:[Tt]he\s+)?[Pp]olice\s+in\s+(\p{Lu}[\p{L}'\u2019-]*(?:\s\p{Lu}[\p{L}'\u2019-]*)?)$/u;
/** "Superintendent X", "the superintendent": a rank that heads a school district as often as a police force. */
const SCHOOLS_HEAD = /^(?:[Tt]he\s+)?(?:[Ss]chools?\s+)?[Ss]uperintendent\b/;
/** "Millbrook High School", "Riverton City School District": a school or its district by name. */
const SCHOOL_NAME = /\b(?:School|Schools|Academy)\b/;
/** "district officials", "the school district", "a district spokeswoman": a school district by its kind alone. */
const SCHOOL_DISTRICT_VOICE = /^(?:(?:[Tt]he|[Aa])\s+)?(?:school\s+)?district(?:\s+(?:officials?|spokes(?:man|woman|person)|leaders|administrators))?$/u;
/** "Millbrook School District", "the Alder Unified School District": a school district named. */
const SCHOOL_DISTRICT_NAME = /\bSchool\s+District\b|\bSchools\b/u;

/** Sentences back (with the current one) in which "her publicist" looks for the person meant. */
const OWNER_REACH = 5;

/** "Marcus Greene of Decatur": a plain name, "of" and a place that is no country (after a role such as "passenger"). */
const RESIDENT = /^(\p{Lu}[\p{L}'\u2019-]+(?:\s\p{Lu}[\p{L}.'\u2019-]*){1,2})\s+of\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)$/u;

/** The name of a person given with their home town ("Marcus Greene of Decatur"), or null. */
function residentName(phrase: string): string | null {
  const m = RESIDENT.exec(phrase.trim());
  if (!m?.[1] || !m[2] || !looksLikePersonName(m[1]) || namedSide(m[2]) !== null || m[2].split(/\s+/).some(isOrgWord)) return null;
  return m[1];
}

/** "Mara Quinn": capitalised words with no organisation, place or role among them. */
function looksLikePersonName(name: string): boolean {
  return name.split(/\s+/).every((w) => isCapitalised(w) && !isOrgWord(w) && !isRoleWord(w)) && namedSide(name) === null;
}

/** Does the text write the name between a pair of QUOTE_MARKS? One pass over the text, for the name's occurrences. */
function inQuotes(text: string, name: string): boolean {
  if (!name) return QUOTE_MARKS.some(([open, close]) => text.includes(open + close));
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1];
    const after = text[at + name.length];
    if (QUOTE_MARKS.some(([open, close]) => before === open && after === close)) return true;
  }
  return false;
}

/** "Court of Appeal", "Hickman County Sheriff's Office": a name holding an organisation's word that is no person's ("Police Chief Raymond Doyle"). */
function isBodyName(name: string): boolean {
  return isOrgWord(lastWord(name)) || (name.split(' ').some(isOrgWord) && !looksLikePerson(name));
}

/** Finds sides against what the article has said so far. */
export class SideResolver {
  private namesPolice: boolean | undefined;
  private author: string | null | undefined;
  private mayorsTown: string | null | undefined;
  private ruling: string | null | undefined;
  private readonly titled = new Map<string, boolean>();
  private readonly quotedTitles = new Map<string, boolean>();
  // What one pass over the whole text found, kept per article: asked once per mention, a pass
  // each time would make the cost grow with the square of the article's length.
  private readonly writtenWords = new Map<string, boolean>();
  private readonly writtenWithout = new Map<string, boolean>();
  private readonly experts = new Map<string, string | null>();
  private readonly forces = new Map<string, { at: number; country: string }[]>();
  private roleHolders: Map<string, string> | undefined;
  private descriptions: Map<string, { name: string; at: number }> | undefined;

  constructor(
    private readonly text: string,
    private readonly discourse: Discourse,
  ) {}

  /** What a common-noun reference points to: a named actor sharing its words, else the last organisation. */
  byReference(nouns: string[], at: number, ownPhrase = nouns.join(' ')): Actor | undefined {
    // "the bank" is a lender named before, not the "Bank of Canada" (a body of state).
    const privateOnly = nouns.length === 1 && isPrivateKind(nouns[0] as string);
    // "The NGO said": the reference's own capitalised word is no earlier body.
    const last = nouns[nouns.length - 1] ?? '';
    const found = this.discourse.byReference(nouns, at, {
      ownPhrase,
      accept: (x) => (!privateOnly || !(isCountrySide(x.side) || isPartySide(x.side))) && !kindConflicts(last, x.name),
    });
    if (found && found.side === 'Police') return { ...found, side: this.localPolice() ?? found.side };
    if (found) return found;
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
    return this.discourse.recent(
      at,
      (x) =>
        !x.person &&
        !this.isSurname(x.name, at) &&
        (!armed || isArmedBody(x)) &&
        (!kindOfPrivate || isPrivateActor(x)) &&
        (!kindOfGovernment || !isPrivateActor(x)) &&
        !kindConflicts(head, x.name),
    );
  }


  /** "Gov. Martin Keel" or "Keel" where the article calls him "Keel, a Republican": the party given to the surname. */
  private partyOfName(head: string, person: boolean): string | null {
    // "Senate Majority Leader Ruth Okafor": the name after the titles.
    const words = (person ? (personName(head) ?? head) : head).split(/\s+/);
    const last = words[words.length - 1] ?? '';
    // "Eva Lund, a Conservative MP": a plain name of several words is a person's, taken for one or not.
    if (words.length > 4 || !isCapitalised(last) || (!person && words.length > 1 && !looksLikePersonName(head))) return null;
    return this.discourse.partyOf(last);
  }

  /** "A security researcher said P. ... researcher Jonas Weidmann": the name the article gives the expert, if any. */
  private expertNamedAfter(noun: string): string | null {
    let name = this.experts.get(noun);
    if (name === undefined) this.experts.set(noun, (name = expertThenName(noun).exec(this.text)?.[1] ?? null));
    return name;
  }

  /** "The city", "city officials": the dateline's town, else the town whose mayor the article names ("Riverton Mayor X", "Riverton's mayor"). */
  private localPlace(): string | null {
    if (this.discourse.datelinePlace) return this.discourse.datelinePlace;
    if (this.mayorsTown === undefined) {
      const mayor = this.text.includes('ayor') ? MAYORS_TOWN.exec(this.text) : null;
      const town = mayor?.[1] ?? mayor?.[2];
      this.mayorsTown = town && !DETERMINERS.has(town.toLowerCase()) && !isRoleWord(town) && namedSide(town) === null ? town : null;
    }
    return this.mayorsTown;
  }

  /** "Serrat" after "agent Paulo Serrat": a person's surname standing alone, not an organisation. */
  private isSurname(name: string, at: number): boolean {
    return !name.includes(' ') && this.discourse.fullName(name, at) !== name;
  }

  /** The side a phrase speaks for (see sides.ts for the tables). */
  sideOf(phrase: string, s: Sentence, person: boolean): string {
    const head = beforeComma(phrase).trim();
    // "A lawyer for the family of a 27-year-old man ...": the man, named in the sentences after;
    // "attorney Denise Carter" later: the same lawyer's side.
    const counsel = head.includes('awyer') || head.includes('ttorney') ? COUNSEL.exec(head) : null;
    const client = counsel?.[2] ? this.discourse.personNamedAfter(s.index) : counsel ? (this.discourse.recent(s.index, (x) => COUNSEL_FOR.test(x.name))?.side ?? this.counselClient(s)) : null;
    if (client) return client;
    // "The researchers", "the study", "lead author Dr Priya Raman": the body the article names as the study's author.
    const author = STUDY_VOICE.test(head) ? this.studyAuthor() : null;
    if (author) return author;
    // "The petition demands P", "according to the report": whoever the article says filed or wrote it.
    const document = DOCUMENT_VOICE.exec(head)?.[1];
    const filer = document ? this.documentFiler(document, s) : null;
    if (filer) return filer;
    // "The Dublin firm", "the Kenyan charity": a private body by its kind and where it is from is the one of that kind named before.
    const placed = PLACED_KIND.exec(head);
    const placedBody = placed?.[2] && isPrivateKind(placed[2]) && namedSide(placed[1] as string) !== null ? this.byReference([placed[2]], s.index, head) : undefined;
    if (placedBody && !isCountrySide(placedBody.side)) return placedBody.side;
    const rest = phrase.slice(head.length);
    // "The Norwegian pilots' union, Norsk Flygerforbund": the name the appositive gives, not the country of the description.
    const kindNamed = bodyNamedAfterKind(head, rest);
    if (kindNamed) return namedSide(kindNamed) ?? this.discourse.canonicalOrg(kindNamed);
    // "Botswana's main opposition party said P. X, leader of the Alliance for Democratic Change, ...": the party named next.
    const party = UNNAMED_PARTY.test(head) ? this.discourse.nameAfter(s.index, 2, isPartyName) : null;
    if (party) return namedSide(party) ?? this.discourse.canonicalOrg(party);
    // "Police said" with no police force named: the force of the dateline's town.
    const localPolice = !person && head.length <= 10 && withoutThe(head).toLowerCase() === 'police' ? this.localPolice() : null;
    if (localPolice) return this.byReference(['police'], s.index)?.side ?? localPolice;
    // "Police in Bulukumba": the force of the town named, as "Bulukumba Police" (a country's police is its state's).
    const policeTown = person ? undefined : POLICE_IN_TOWN.exec(head)?.[1];
    if (policeTown && namedSide(policeTown) === null) return this.townPolice(policeTown, s.index);
    // "district officials said", "the district said": the school district the article names, else the school it names.
    const schoolDistrict = !person && SCHOOL_DISTRICT_VOICE.test(head) ? this.schoolDistrictNamed(s.index) : null;
    if (schoolDistrict) return schoolDistrict;
    // "The council said": the council named before, else the town's, never the country of the last official.
    const council = !person && withoutThe(head).toLowerCase() === 'council' ? this.councilSide(s.index) : null;
    if (council) return council;
    const aged = person && AGE_APPOSITIVE.test(rest) ? agedPrivatePerson(head) : null;
    if (aged) return aged;
    // "Officials in Barekot, the rural municipality in ...": a local government's officials speak for it.
    const localBody = head.includes('fficials') ? LOCAL_OFFICIALS.exec(head)?.[1] : undefined;
    if (localBody && LOCAL_BODY_APPOSITIVE.test(rest) && !isCountrySide(namedSide(localBody) ?? '')) return localBody;
    // "The Minister of Finance, Wale Bankole", "the Minister for Enterprise": an office of state by its portfolio.
    const portfolioOffice = head.includes('inist') || head.includes('ecretary') ? PORTFOLIO_OFFICE.exec(head)?.[1] : undefined;
    if (portfolioOffice && isPortfolio(portfolioOffice)) return this.contextSide(head, s);
    // "The state transportation director, Ellen Novak": the state's department of that portfolio the article names.
    const stateDepartment = head.includes('state ') ? this.stateDepartmentNamed(head, s.index) : null;
    if (stateDepartment) return stateDepartment;
    // "The Department of Health and Social Care": a department named by a portfolio first is the state's.
    const department = STATE_DEPARTMENT.exec(head)?.[1];
    if (department && isPortfolio(department) && namedSide(head) === null) return this.contextSide(head, s);
    // "The shadow health secretary, Edward Lamb": an opposition spokesman speaks for his party, not the state.
    const shadow = head.includes('hadow') && SHADOW_OFFICE.test(head) ? this.shadowParty(rest, s.index) : null;
    if (shadow) return shadow;
    const formerAide = person && isFormerStaff(head) ? this.formerStaffer(rest, s.index) : null;
    if (formerAide) return formerAide;
    const tag = partySide(phrase) ?? partyNamedAsAppositive(rest) ?? partyOfGroup(head, false) ?? partyOfGroup(rest, true) ?? this.partyOfName(head, person);
    if (tag) return tag;
    // "Council leader Moira Tennant" of "the Labour-run authority": the ruling party, else the council (its staff speak for the council only).
    // "Councillor X, who represents the Canal ward" / "who leads the Independent group": the clause says whom they speak for.
    const councillor = person && COUNCILLOR.test(head) && !rest.includes(' who ') ? (this.rulingParty() ?? this.councilSide(s.index)) : null;
    if (councillor) return councillor;
    // "The Trump campaign": a campaign is partisan, never the state its candidate may lead.
    const campaign = head.endsWith('campaign') ? CAMPAIGN_OF.exec(head)?.[1] : undefined;
    if (campaign) return this.campaignSide(campaign, s.index);
    // "The office of Senate Majority Leader Ruth Okafor" speaks for her.
    const holder = OFFICE_OF_PERSON.exec(head)?.[1];
    if (holder && looksLikePerson(holder)) return this.sideOf(holder, s, true);
    // "The Prime Minister's Office", "a spokesman for the Governor's Office": the holder's side, else the dateline's.
    const role = head.endsWith('Office') ? ROLE_OFFICE.exec(head)?.[1] : undefined;
    if (role && isRoleName(role)) return this.officeSide(role, s.index);
    // "A BCI spokesman", "an ICRC spokeswoman": the body the article named in full.
    const initialled = ACRONYM_BEFORE_WORD.exec(head);
    const initials = initialled && isRoleWord(initialled[2] as string) ? initialled[1] : null;
    const expanded = initials ? this.discourse.expandAcronym(initials) : null;
    if (initials && expanded) return namedSide(initials) ?? this.sideOf(stripThe(expanded), s, false);
    // "The NBS", "the CPSC": the side of the name the article spelled out.
    const acronym = withoutThe(head);
    const spelled = ACRONYM.test(acronym) && !namedSide(acronym) ? this.discourse.expandAcronym(acronym) : null;
    if (spelled) return this.sideOf(stripThe(spelled), s, false);
    // "The army's spokesman, Brig. Gen. X": a state's force that no country owns in the phrase speaks for the country in context.
    const force = FORCE_OWNER.exec(head)?.[1];
    if (force) return this.contextSide(`the ${force}`, s);
    const again = this.sameRoleBefore(head, s.index);
    if (again) return again;
    const described = rest === '' ? this.describedPerson(head, s.index) : null;
    if (described) return described;
    const spokesperson = this.spokespersonOf(head, s.index);
    if (spokesperson) return spokesperson;
    const placeRole = this.placeRoleSide(head, rest, person, s.index) ?? this.placeOfficeSide(head);
    if (placeRole) return placeRole;
    const service = person ? null : this.serviceSide(head, s);
    if (service) return service;
    const workplace = workplaceOf(head) ?? membersOf(head);
    if (workplace) return namedSide(workplace) ?? this.discourse.canonicalOrg(workplace);
    const people = head.includes(' in ') && !APPOSITIVE_NAME.test(rest) ? peopleInPlace(head) : null;
    if (people) return people;
    // "Japan's Asahi Daily": a named body of a country that is no part of its state speaks for itself.
    const ownName = person ? null : bodyOfCountryNamed(head);
    if (ownName) return this.discourse.canonicalOrg(ownName);
    // "Kenyan drugmaker Nuru Biologics", "Yemen's Houthi movement": an organisation from a country.
    const org = organisationIn(head);
    if (org) return namedSide(org) ?? this.discourse.canonicalOrg(org);
    // "Atlantic City Mayor Don Guardian": a town's mayor speaks for the town.
    const town = person ? TOWN_MAYOR.exec(head)?.[1]?.trim() : undefined;
    if (town && !namedSide(town)) return town;
    // "Mayor Tom Reddick", no town named: the mayor of the dateline's town (or the town the article gives a mayor).
    const mayorsPlace = person && MAYOR_TITLE.test(head) ? this.localPlace() : null;
    if (mayorsPlace) return mayorsPlace;
    // "Former City striker Gary Pollard, who scored 88 goals for the club": one who no longer plays or works for a body speaks for himself.
    const formerly = person && FORMER_OPENING.test(head) && !hasGovernmentWord(head) ? personName(head) : null;
    if (formerly) return formerly;
    if (person) {
      // "Haynes' mother, Gloria Haynes": a relative named speaks for themselves.
      const kin = head.includes("'") || head.includes('\u2019') ? NAMED_KIN.exec(head)?.[1] : undefined;
      const relative = kin && isKinRole(kin) ? properName(rest.replace(/^[\s,]+/, ''), true) : null;
      if (relative) return relative;
      // "a man who gave his name as Corporal Didier Bahati": someone known only by the name they gave.
      const given = phrase.includes(' as ') ? SELF_NAMED.exec(phrase)?.[1] : undefined;
      if (given) return personName(given) ?? given;
      const principal = this.agentOfPerson(phrase, s.index);
      if (principal) return principal;
      // "who runs the charity's access campaign": whose work they speak for.
      // "an analyst at Tianfeng Securities who tracks Orchard's suppliers": where they work, not what their work is about.
      // "who tracks Apple's suppliers for Haitong International Securities": the employer the clause names.
      const who = rest.indexOf(' who ');
      // "Howard Kim, who teaches election law at Allegheny Law School": an academic commenting speaks for himself.
      const teacher = who >= 0 && TEACHES.test(rest.slice(who)) ? personName(head) : null;
      if (teacher) return teacher;
      // "Justice Chifundo Banda, who chairs the commission": the body of that kind the article named.
      const led = who >= 0 ? LEADS_KIND.exec(rest.slice(who))?.[1] : undefined;
      const ledBody = led && BODY_KINDS.has(led) ? this.byReference([led], s.index, phrase) : undefined;
      if (ledBody) return ledBody.side;
      // "Tadeusz Wronka, who leads the Lublin Farmers' Protest Committee": the body named (not "X, a Texas Republican who chairs ...").
      const ledName = who === 1 ? LEADS_NAMED.exec(rest.slice(who)) : null;
      const namedBody = ledName ? properName(rest.slice(who + ledName[0].length), true) : null;
      if (namedBody && isBodyName(namedBody)) return namedSide(namedBody) ?? this.discourse.canonicalOrg(namedBody);
      // "Mirela Dobre, a Romanian security researcher", "Siobhán Kerrigan, a Dublin solicitor", "X, who is based in
      // Bucharest", "X, a political scientist who has studied Botswana's elections": a private person speaks for themselves.
      const described = privatelyDescribed(head, rest) ? personName(head) : null;
      if (described) return described;
      // "a spokeswoman for the Hadley campaign": the candidate's side.
      const candidate = rest.includes(' campaign') ? CAMPAIGN_FOR.exec(rest)?.[1] : undefined;
      if (candidate) return this.campaignSide(candidate, s.index);
      const employedAt = who >= 0 ? (ofOrganisation(rest.slice(0, who)) ?? ofOrganisation(rest.slice(who))) : null;
      const employer = employedAt ?? this.possessorSide(rest, s.index) ?? this.workplaceByKind(rest, s.index);
      if (employer) return employer;
      // "FBI Director James Comey", "RCMP Commissioner Bob Paulson": the body an acronym names.
      const [acronym, role] = head.split(/\s+/);
      if (acronym && role && ACRONYM.test(acronym) && isRoleWord(role)) return namedSide(acronym) ?? this.discourse.canonicalOrg(acronym);
      // "Retired nurse Beverly Tran": the name after the role, not a word the sentence capitalised.
      // "Another passenger, Marcus Greene of Decatur": the name without the home town.
      if (speaksForSelf(phrase) && !hasOfficialTitle(head)) return personName(head) ?? residentName(rest.replace(/^[\s,]+/, '')) ?? properName(rest) ?? head;
    }
    const privatePerson = this.privatePersonSide(head, s.index);
    if (privatePerson) return privatePerson;
    const prefixed = person ? null : this.prefixedBody(head);
    if (prefixed) return this.discourse.canonicalOrg(prefixed);
    const own = person ? null : (nationalOrganisation(head) ?? bodyOfCountry(head));
    if (own) return own;
    // "An armed group in eastern Congo said P. The Kivu Patriotic Alliance (KPA) ...": named just after, never the country it is in.
    const armed = !person && UNNAMED_ARMED_GROUP.test(head) ? this.discourse.organisationNamedAfter(s.index) : null;
    if (armed) return namedSide(armed) ?? armed;
    // "The company said P" before any company is named: the one the article names a few sentences on.
    // Only a body that may be a company: "the company said" is not "The Drivers and Couriers Union" named next.
    const theCompany = !person && THE_COMPANY.test(head);
    const company = theCompany ? this.discourse.organisationNamedAfter(s.index, COMPANY_REACH) : null;
    if (company && !kindConflicts(withoutThe(head).toLowerCase(), company)) return namedSide(company) ?? company;
    // "drivers for the ride-hailing app Zipra ..., a decision the company said it would challenge": the business the sentence names.
    const business = theCompany ? organisationIn(this.text.slice(s.start, s.end)) : null;
    if (business) return this.discourse.canonicalOrg(business);
    // "Judges said": a body's members by their rank speak for the body of that kind named before.
    const ranked = !person && !withoutThe(head).includes(' ') && roleBody(head) ? this.rankSide(head, s.index) : null;
    if (ranked) return ranked;
    // "Ireland's data watchdog, the Data Protection Commission": the body the appositive names, as other mentions name it.
    const watchdog = OWNED_BY_COUNTRY.test(head) ? ownedBodyNamed(rest) : null;
    if (watchdog) return this.discourse.canonicalOrg(watchdog);
    const direct = namedSide(head);
    if (direct) return direct;
    // "Kestrel's largest shareholder, the pension fund Northgate Capital": the body the appositive names speaks for itself.
    const appositive = OWNED_HEAD.test(head) ? describedBody(rest) : null;
    if (appositive) return namedSide(appositive) ?? this.discourse.canonicalOrg(appositive);
    // "The artist's agency, Halide Projects": a body named by its kind and owner, then by its name.
    const ownedBody = !person && rest !== '' && GENERIC_TYPES.has(lastWord(head).toLowerCase()) && POSSESSIVE_S.test(head) ? properName(rest.replace(/^[\s,]+/, ''), true) : null;
    if (ownedBody) return namedSide(ownedBody) ?? this.discourse.canonicalOrg(ownedBody);
    const possessor = this.possessorSide(head, s.index, phrase);
    if (possessor) return possessor;
    const written = (person ? null : describedName(head)) ?? properName(withoutRelative(head));
    // "Boat owners said", "Local radio reported": a word only the sentence capitalised names no one.
    const sentenceWord = written !== null && this.sentenceCapitalised(written, head, s);
    const name = sentenceWord ? null : written;
    // "A consumer group, Drivers for Safety": the name comes in the appositive.
    if (!name && !person) {
      const appositive = properName(rest.replace(/^[\s,]+/, ''), true);
      if (appositive) return namedSide(appositive) ?? this.discourse.canonicalOrg(stripThe(appositive));
    }
    const local = this.placeServiceSide(head, s.index);
    if (local) return local;
    // "Lumora spokeswoman Anneke Vos", "National Security Council spokesman ...": who they work for.
    const found = affiliationBeforeRole(head);
    // A portfolio names a government only for a government role: "Health minister X", not "Trade lawyer X".
    const portfolio = !!found && isPortfolio(found);
    const affiliation = portfolio && !hasGovernmentWord(head) ? null : found;
    // Only a name the article uses as a name: "Trade lawyer Jennifer Sato" is capitalised by the sentence.
    // "Enterprise Minister Siobhan Kehoe": a portfolio with a government role is an office of state, named once or not.
    if (affiliation && !this.commonWordOpening(affiliation, s) && (portfolio || this.discourse.isKnownName(affiliation) || isGenericGovernment(affiliation))) {
      if (!isGenericGovernment(affiliation) && !portfolio) return this.discourse.canonicalOrg(affiliation);
      return this.contextSide(head, s);
    }
    if (person) {
      // "The company's outside counsel, Niamh Carroll of the Dublin firm Carroll Whelan": counsel acts for the owner, not for their own firm.
      const client = OWNED_AGENT.test(head) ? this.possessorSide(head, s.index, phrase) : null;
      if (client) return client;
      const employer = ofOrganisation(head) ?? ofOrganisation(rest) ?? partyNamed(rest) ?? namedSide(rest);
      if (employer) return employer;
      // "Fresno Fire Department Battalion Chief Laura Mendes": the body named before the capitalised title.
      const titledBy = bodyBeforeTitle(head);
      if (titledBy) return namedSide(titledBy) ?? this.discourse.canonicalOrg(titledBy);
      // "The mall's owner, Castlegate Properties": the owner named is a company, which speaks for itself.
      const appositive = properName(rest.replace(/^[\s,]+/, ''), true);
      if (appositive && appositive.split(/\s+/).some(isOrgWord)) return namedSide(appositive) ?? this.discourse.canonicalOrg(appositive);
      // "chief executive Giulia Ferrante": the company that spoke last.
      // Not a rank of the police or fire service ("Chief Inspector X"), nor "posts" that spoke last.
      // "Former chairman Keith Aldous": who held the role before speaks for themselves.
      if (hasCorporateRole(head) && !FORMER.test(head) && !hasGovernmentWord(head) && !roleBody(head)) {
        // Never an outlet that reported on them ("Manager Steve Lindqvist" after "The Sunday Courier reported"),
        // nor a person's surname standing alone ("Stott told the hall").
        const isCompany = (x: Actor): boolean => !x.person && !isCountrySide(x.side) && !isPartySide(x.side) && !isUnnamedSide(x.side) && !isOutletName(x.side) && !this.isSurname(x.name, s.index);
        // "Halberd has been looking to expand, Chief Executive X has said": a company the sentence names before the one that spoke last.
        const names = s.tokens.filter((t) => t.pos === 'PROPN').map((t) => t.text);
        const named = (x: Actor): boolean => isCompany(x) && names.includes(x.side.split(' ')[0] ?? '') && !(x.side.includes(' ') && looksLikePersonName(x.side));
        const company = this.discourse.recent(s.index, named) ?? this.discourse.recent(s.index, isCompany);
        if (company) return this.bodyOfMembers(company.side);
      }
      // "the governor of the Odesa region": a place the country data does not know is no clue to a
      // country, and the last country that spoke is a guess; the official is their own side.
      // In a datelined article the region is taken to be in the dateline's country.
      const place = PLACE_OF.exec(phrase);
      if (place?.[1] && !isCountrySide(namedSide(place[1]) ?? '')) return this.discourse.datelineCountry ?? personName(head) ?? stripThe(head);
      const rank = this.rankSide(head, s.index);
      if (rank) return rank;
      // An official named only by role speaks for the government the article is about.
      if (hasGovernmentWord(phrase)) return this.contextSide(head, s);
      // "Two other researchers who examined his findings at Reuters' request": the clause names no one of theirs.
      const own = withoutRelative(head);
      return personName(own) ?? properName(rest.replace(/^[\s,]+/, ''), true) ?? stripThe(own);
    }
    // "The Gaza health ministry, which is run by Hamas": who runs a body named only by its place.
    const runner = hasGovernmentWord(head) ? namedSide(rest) : null;
    if (runner) return runner;
    if (name && !isGenericGovernment(name)) {
      const org = this.discourse.canonicalOrg(stripThe(name));
      // "The Athletic", "The Economist": a one-word name the article never writes without its article keeps it.
      return org === name && !person && THE_NAME.exec(head)?.[1] === name ? this.titledOutlet(name) : org;
    }
    // "Rebel commanders denied", "Local officials said": people described, not named, speak for themselves.
    return sentenceWord ? stripThe(withoutRelative(head)) : this.contextSide(head, s);
  }

  /**
   * "Bramford Rovers" for "the Bramford Rovers Supporters' Trust": a body of a company's members
   * has no finance director or chief executive of the company's; the company its name opens with has.
   */
  private bodyOfMembers(side: string): string {
    if (memberBodyKind(side) === null) return side;
    const words = side.split(/\s+/);
    const owner = words.slice(0, words.findIndex((w) => isMemberNoun(w))).join(' ');
    return owner && isCapitalised(owner) ? owner : side;
  }

  /** The party of the one named in the appositive ("Lamb, the Conservative MP"), else the last party that spoke, or null. */
  private shadowParty(rest: string, at: number): string | null {
    const name = properName(rest.replace(/^[\s,]+/, ''), true);
    const party = name ? this.discourse.partyOf(lastWord(name)) : null;
    return party ?? this.discourse.recent(at, (x) => isPartySide(x.side))?.side ?? null;
  }

  /** The side of the one the article says filed or wrote a document of this kind ("a petition filed by X"), or null. */
  private documentFiler(kind: string, s: Sentence): string | null {
    // The sentence's full stop is no part of the name.
    const filer = documentFiledBy(kind).exec(this.text)?.[1]?.replace(/\.$/, '');
    return filer ? this.sideOfNamed(filer, s) : null;
  }

  /** The side of someone the article names in passing (a filer, a client), a person or a body as the name looks. */
  private sideOfNamed(name: string, s: Sentence): string {
    return this.sideOf(name, s, looksLikePerson(personName(name) ?? name));
  }

  /** The organisation the article names as a study's author ("a study by the X Institute", "researchers at X University"), or null. */
  studyAuthor(): string | null {
    if (this.author === undefined) {
      const m = STUDY_BY.exec(this.text);
      const name = m ? properName(this.text.slice(m.index + m[0].length, m.index + m[0].length + 120), true) : null;
      this.author = name && name.split(/\s+/).some(isOrgWord) ? (namedSide(name) ?? this.discourse.canonicalOrg(name)) : null;
    }
    return this.author;
  }

  /** "The Athletic" for "Athletic" when the article never writes the one word without its article. */
  titledOutlet(name: string): string {
    return ONE_WORD_NAME.test(name) && !name.endsWith('s') && namedSide(name) === null && this.alwaysAfterThe(name) ? `The ${name}` : name;
  }

  /** Is every mention of this word in the article right after "the"? (Once per word: one pass over the text.) */
  private alwaysAfterThe(word: string): boolean {
    let known = this.titled.get(word);
    if (known !== undefined) return known;
    known = true;
    for (let at = this.text.indexOf(word); at >= 0 && known; at = this.text.indexOf(word, at + word.length)) {
      if (/\p{L}/u.test(this.text[at + word.length] ?? '')) continue;
      known = /\b[Tt]he\s$/.test(this.text.slice(Math.max(0, at - 4), at));
    }
    this.titled.set(word, known);
    return known;
  }


  /**
   * "A Texas woman", "The family of a Danish aid worker": private people (their place or demonym no
   * side) speak for the person the article names just after, else for themselves; "a British
   * tabloid" for itself; null for other phrases.
   */
  private privatePersonSide(head: string, at: number): string | null {
    const last = lastWord(head);
    // "A security researcher said P. ... researcher Jonas Weidmann": an unnamed expert, named just after, speaks for themselves.
    if (EXPERTS.has(last) && UNNAMED_EXPERT.test(head)) return this.expertNamedAfter(last) ?? stripThe(head);
    // "a business newspaper reported P. Dagens Kapital, the Oslo financial daily, ...": the outlet named next.
    const outlet = UNNAMED_OUTLET.exec(head)?.[1];
    const named = outlet && isOutletNoun(outlet) ? this.outletNamedAfter(at) : null;
    if (named) return namedSide(named) ?? named;
    const family = FAMILY_OF.test(head);
    if (!family && !isPrivatePersonNoun(last) && !isOutletNoun(last)) return null;
    const noun = family ? null : PRIVATE_PERSON.exec(head)?.[1];
    // "a British tabloid": an outlet not yet named speaks for itself.
    if (noun && isOutletNoun(noun)) return head;
    if (!family && !(noun && isPrivatePersonNoun(noun))) return null;
    return this.discourse.personNamedAfter(at) ?? stripThe(head);
  }

  /** The outlet the text names first after sentence `at` ("Dagens Kapital, the Oslo financial daily", "the Daily Clarion"), or null. */
  private outletNamedAfter(at: number): string | null {
    const from = this.discourse.sentenceStart(at);
    const after = this.text.slice(from, from + OUTLET_REACH);
    const described = OUTLET_APPOSITIVE.exec(after);
    const appositive = described?.[2] && isOutletNoun(described[2]) ? described : null;
    const titled = OUTLET_TITLED.exec(after);
    const first = appositive && titled ? (appositive.index <= titled.index ? appositive : titled) : (appositive ?? titled);
    return first?.[1] ?? null;
  }

  /**
   * "The city's mayor", "the town's council", "the state's governor": a role owned by a place named
   * only by its kind speaks for the place the dateline names (the city or the country), never for
   * the last body that spoke; with no such place, for itself (the person named, else the role).
   */
  private placeRoleSide(head: string, rest: string, person: boolean, at: number): string | null {
    const kind = placeOfficeKind(head);
    if (!kind) return null;
    // "Venezuela's Defense Ministry did not respond. The country's defense minister said": the country just named.
    const named = kind === 'country' && at > 0 ? this.discourse.namesNear(at - 1, COUNTRY_REACH, (n) => isCountrySide(namedSide(n) ?? ''))[0] : undefined;
    if (named) return namedSide(named);
    const place = kind === 'local' ? this.localPlace() : kind === 'country' ? this.discourse.datelineCountry : null;
    if (place) return place;
    return (person ? properName(rest.replace(/^[\s,]+/, ''), true) : null) ?? stripThe(head);
  }

  /**
   * "City officials", "the town council", "A spokeswoman for the city's public works department": the
   * offices of a town named only by its kind speak for the town the dateline names.
   */
  private placeOfficeSide(head: string): string | null {
    const place = this.localPlace();
    if (!place) return null;
    const words = head.split(/\s+/);
    const first = words[0]?.toLowerCase() === 'the' ? 1 : 0;
    const office = words[first + 1] ?? '';
    if (words.length === first + 2 && placeKind(words[first] ?? '') === 'local' && (isRoleWord(office) || hasGovernmentWord(office))) return place;
    const link = words.findIndex((w, k) => k > 0 && OWNER_LINKS.has(w) && words[k + 1] === 'the' && POSSESSIVE_END.test(words[k + 2] ?? ''));
    const owner = (words[link + 2] ?? '').replace(POSSESSIVE_END, '');
    return link > 0 && words.slice(0, link).some((w) => isRoleWord(w)) && placeKind(owner) === 'local' ? place : null;
  }

  /**
   * "Fire officials in Carraway", "health authorities", "the fire service": a public service named by
   * what it does speaks for the place named after it, else for the body of that name the article
   * named ("Carraway Fire and Rescue Service"); a lone service ("the fire service") for itself.
   * Never for the capitalised modifier ("Fire").
   */
  private serviceSide(head: string, s: Sentence): string | null {
    const service = serviceName(head);
    if (!service) return null;
    const { words, from, body } = service;
    const after = words.slice(body + 1);
    const place = SERVICE_PLACE_LINKS.has(after[0] ?? '') ? properName(after.slice(1).join(' '), true) : null;
    if (place) return namedSide(place) ?? place;
    const nouns = mapped(words.slice(from, body + 1), (w) => w.toLowerCase());
    // Only a body named before, and by what it does: the sentence's own "Health" is no name, "Health officials" no "Election" body.
    const named = this.byReference(nouns, s.index - 1);
    if (named && nouns.slice(0, -1).some((n) => ` ${named.name} `.toLowerCase().includes(` ${n} `))) return named.side;
    if (!(words[body] as string).endsWith('s')) return nouns.join(' ');
    // "Health officials": the officials of the place in the dateline, else of the country in context.
    const dateline = this.discourse.datelinePlace;
    const country = this.discourse.recent(s.index, (x) => isCountrySide(x.side));
    return (dateline && (namedSide(dateline) ?? dateline)) ?? country?.side ?? this.discourse.datelineCountry ?? nouns.join(' ');
  }

  /**
   * "A Las Cruces police spokeswoman": a place's public service speaks for the body of that name
   * the article gave ("the Las Cruces Police Department"), else for the place; never for another
   * body named after the place ("the Las Cruces Sun-News").
   */
  private placeServiceSide(head: string, at: number): string | null {
    const words = head.split(/\s+/);
    const role = words.findIndex((w) => isRoleWord(w) && !isCapitalised(w));
    let k = role - 1;
    while (k > 0 && !isCapitalised(words[k] as string) && (isServiceModifier(words[k] as string) || isServiceBody(words[k] as string))) k--;
    if (role < 2 || k === role - 1 || !isCapitalised(words[k] as string) || DETERMINERS.has((words[k] as string).toLowerCase())) return null;
    let from = k;
    while (from > 0 && isCapitalised(words[from - 1] as string) && !DETERMINERS.has((words[from - 1] as string).toLowerCase())) from--;
    const place = words.slice(from, k + 1).join(' ');
    const services = words.slice(k + 1, role).map((w) => w.toLowerCase());
    const body = this.discourse.byReference([...place.toLowerCase().split(' '), ...services], at);
    if (body && services.every((w) => ` ${body.name} `.toLowerCase().includes(` ${w} `))) return body.side;
    return namedSide(place) ?? place;
  }

  /** The nearest body the article named before sentence `at` (however far back) whose name passes `test`. */
  private bodyNamed(at: number, test: (name: string) => boolean): string | undefined {
    return this.discourse.namesNear(at, at + 1, (n) => test(n) && isBodyName(n))[0];
  }

  /** The school district the article named before, else the school (a district's officials speak for the schools they run), or null. */
  private schoolDistrictNamed(at: number): string | null {
    const body = this.bodyNamed(at, (n) => SCHOOL_DISTRICT_NAME.test(n)) ?? this.bodyNamed(at, (n) => SCHOOL_NAME.test(n));
    return body ? (namedSide(body) ?? this.discourse.canonicalOrg(body)) : null;
  }

  /** "Station Commander Ruth Okafor": a rank implying a body speaks for such a body that spoke just before, else for themselves. */
  private rankSide(head: string, at: number): string | null {
    const kind = roleBody(head);
    if (!kind) return null;
    const body = this.discourse.recent(at, (x) => !x.person && ` ${x.name} ${x.side} `.toLowerCase().includes(` ${kind} `));
    if (body && at - body.sentence <= ROLE_BODY_REACH) return body.side;
    const named = this.bodyOfKindNamed(kind, at);
    if (named) return named;
    // "Superintendent Martin Greer" where no police force is named but a school is: the schools' head, not a police rank.
    const school = kind === 'police' && SCHOOLS_HEAD.test(head) ? this.bodyNamed(at, (n) => SCHOOL_NAME.test(n)) : undefined;
    if (school) return namedSide(school) ?? school;
    return this.localService(kind) ?? personName(head) ?? stripThe(head);
  }

  /**
   * "The Hickman County Sheriff's Office ... later deleted the post. Sheriff Wade Tillman said": a role
   * names its institution, the nearest body of that kind the article named before (however far back,
   * and though it never spoke), or null.
   */
  private bodyOfKindNamed(kind: string, at: number): string | null {
    const named = this.bodyNamed(at, (n) => n.includes(' ') && ` ${n.toLowerCase().replace(/['\u2019]s\b/g, '')} `.includes(` ${kind} `));
    return named ? (namedSide(named) ?? named) : null;
  }

  /** "the state transportation director" → "Ohio Department of Transportation" when the article names such a department before; else null. */
  private stateDepartmentNamed(head: string, at: number): string | null {
    const portfolio = STATE_PORTFOLIO_ROLE.exec(head)?.[1];
    if (!portfolio || !isPortfolio(portfolio)) return null;
    const named = this.bodyNamed(at, (n) => n.includes('Department') && n.toLowerCase().includes(portfolio.toLowerCase()));
    return named ? (namedSide(named) ?? named) : null;
  }

  /**
   * "A former aide to Rep. Adrian Delgado, D-N.J., ... filed by former correspondent Kyle Brannigan": one
   * who no longer works for a member speaks for themselves, by the name the appositive or the sentences
   * after give, never for the member's party.
   */
  private formerStaffer(rest: string, at: number): string | null {
    const appositive = properName(rest.replace(/^[\s,]+/, ''), true);
    return appositive && looksLikePersonName(appositive) ? appositive : this.discourse.personNamedAfter(at);
  }

  /** "Police in Bulukumba": the force the article named for the town, else "Bulukumba Police". */
  private townPolice(town: string, at: number): string {
    const force = this.bodyOfKindNamed('police', at);
    return force?.includes(town) ? force : `${town} Police`;
  }

  /** A rank's body when the article names none: the dateline town's police ("Millbrook Police"), a fire chief's town (as a mayor's). */
  private localService(kind: string): string | null {
    if (kind === 'police') return this.localPolice();
    return kind === 'fire' ? this.localPlace() : null;
  }

  /**
   * "the U.S. Consumer Product Safety Commission" in an article that also writes "the CPSC" or the
   * name without its country: the body's own name, as its other mentions give it; else null (the
   * country's form may be part of the name: "the UK Health Security Agency", "UKHSA").
   */
  private prefixedBody(head: string): string | null {
    const m = COUNTRY_PREFIXED.exec(head);
    if (!m?.[1] || !m[2] || !isCountrySide(namedSide(m[1]) ?? '')) return null;
    const [prefix, body] = [m[1], m[2]];
    if (!isBodyEnding(lastWord(body)) || isGenericGovernment(body) || namedSide(body) !== null) return null;
    const initials = body.split(/\s+/).filter(isCapitalised).map((w) => w[0]).join('');
    return this.writesWithout(body, prefix) || this.writesWord(initials) ? body : null;
  }

  /** Does the text write `name` anywhere but right after `prefix`? */
  private writesWithout(name: string, prefix: string): boolean {
    const key = `${prefix}\n${name}`;
    let written = this.writtenWithout.get(key);
    if (written === undefined) {
      written = false;
      for (let at = this.text.indexOf(name); at >= 0 && !written; at = this.text.indexOf(name, at + 1)) {
        written = !this.text.slice(Math.max(0, at - prefix.length - 2), at).trimEnd().endsWith(prefix);
      }
      this.writtenWithout.set(key, written);
    }
    return written;
  }

  /** Does the text write `word` as a whole word? */
  private writesWord(word: string): boolean {
    let written = this.writtenWords.get(word);
    if (written === undefined) {
      written = false;
      for (let at = this.text.indexOf(word); at >= 0 && !written; at = this.text.indexOf(word, at + 1)) {
        written = !LETTER.test(this.text[at - 1] ?? '') && !LETTER.test(this.text[at + word.length] ?? '');
      }
      this.writtenWords.set(word, written);
    }
    return written;
  }

  /** The country named last before `upTo` with a force of this kind ("the Sri Lankan navy", "Sri Lanka's navy"), or null. */
  private forceCountry(force: string, upTo: number): string | null {
    let named = this.forces.get(force);
    if (!named) {
      named = [];
      for (const m of this.text.matchAll(forceNamed(force))) {
        const country = countryNamed(m[1] as string);
        if (country) named.push({ at: m.index ?? 0, country });
      }
      this.forces.set(force, named);
    }
    let found: string | null = null;
    for (const { at, country } of named) {
      if (at >= upTo) break;
      found = country;
    }
    return found;
  }

  /** "Millbrook Police" for an article datelined "MILLBROOK, Ohio —" that names no police force ("Kent Police"). */
  private localPolice(): string | null {
    const place = this.discourse.datelinePlace;
    this.namesPolice ??= NAMED_POLICE.test(this.text);
    return place && !this.namesPolice && !isCountrySide(namedSide(place) ?? '') ? `${place} Police` : null;
  }

  /** "Greywater Records said ... A spokesman said ...": a spokesperson named by role alone speaks for the body that just spoke. */
  private spokespersonOf(head: string, at: number): string | null {
    // "spokeswoman Kelly Marsh", no employer named: the body that just spoke, like a bare "a spokesman".
    if (NAMED_SPOKESPERSON.test(head)) return this.lastBodyNear(at);
    // "A company spokeswoman, Helen Marsh", "Commission chairperson Justice Chifundo Banda", "Club captain
    // Jordan Ashby": the body of that kind the article has been speaking of.
    const kind = kindOfSpokesperson(head);
    const body = kind ? this.byReference([kind], at, head) : undefined;
    if (body || (kind && isPrivateKind(kind))) return body?.side ?? null;
    if (!isBareSpokesperson(head)) return null;
    // "A spokesperson for Ridley disputed that figure. ... the spokesperson, Claire Dunn, said": the one met before.
    const role = head.toLowerCase().split(/\s+/).find((w) => SPOKESPERSONS.has(w)) ?? '';
    const met = this.discourse.recent(at, (x) => !isBareSpokesperson(beforeComma(x.name)) && AGENT_FOR.test(x.name) && x.name.toLowerCase().includes(role));
    if (met && at - met.sentence <= SPOKESPERSON_REACH) return met.side;
    return this.lastBodyNear(at);
  }

  /**
   * "Velmora's chief executive said P. ... The chief executive, Tom Hale, said Q": a role met again
   * by "the" and its words alone keeps the side of the last one named with those words, or null.
   */
  private sameRoleBefore(head: string, at: number): string | null {
    const role = ROLE_AGAIN.exec(head)?.[1];
    if (!role || !isRoleWord(lastWord(role))) return null;
    const words = ` ${role.toLowerCase()} `;
    const met = this.discourse.recent(at, (x) => x.name !== head && ` ${beforeComma(x.name).toLowerCase()} `.includes(words) && !isUnnamedSide(x.side));
    return met?.side ?? null;
  }

  /**
   * "The retired schoolteacher said": the person the article described so ("Margaret Hollis, a retired
   * schoolteacher"), else the person a sentence just before opens with ("Carol Dempsey had eight minutes
   * to get out."); only a description of a private person, never a role, a body or a group.
   */
  private describedPerson(head: string, at: number): string | null {
    const description = ROLE_AGAIN.exec(head)?.[1];
    if (!description) return null;
    const words = description.split(' ');
    if (words.length > DESCRIPTION_WORDS || words.some((w) => FUNCTION_WORDS.has(w)) || !isPrivateDescription(lastWord(description))) return null;
    const introduced = this.personsDescribed().get(description);
    const fullName = (n: string): string | null => (n.includes(' ') && looksLikePersonName(n) && !isBodyName(n) ? n : null);
    const name = introduced && introduced.at < this.discourse.sentenceStart(at) ? introduced.name : this.discourse.subjectBefore(at, '', null, fullName);
    if (!name) return null;
    return this.discourse.bySurname(lastWord(name), at)?.side ?? name;
  }

  /** "Margaret Hollis, a retired schoolteacher": each description's first person and where, found in one pass per article. */
  private personsDescribed(): Map<string, { name: string; at: number }> {
    if (!this.descriptions) {
      this.descriptions = new Map();
      for (const m of this.text.matchAll(DESCRIBED_PERSON)) {
        const [, name, description] = m;
        if (name && description && looksLikePersonName(name) && !this.descriptions.has(description)) this.descriptions.set(description, { name, at: m.index });
      }
    }
    return this.descriptions;
  }

  /** The body (no person) that spoke within SPOKESPERSON_REACH sentences before `at`, or null. */
  private lastBodyNear(at: number): string | null {
    const last = this.discourse.recent(at, (x) => !x.person);
    return last && at - last.sentence <= SPOKESPERSON_REACH ? last.side : null;
  }

  /** "Skyvale's chief executive", "Its spokeswoman", "the agency's director": the possessor's side. */
  private possessorSide(part: string, at: number, whole = part): string | null {
    // "The office of the governor" is the governor's office.
    const m = (POSSESSIVE_S.test(part) ? OWNER_POSSESSIVE.exec(part) : null) ?? OWNER_PRONOUN.exec(part);
    const found = OFFICE_OF.exec(part)?.[1] ?? m?.[1];
    if (!found) return null;
    const owner = ownerAfterLink(ownerAfterRelative(found.trim()));
    // The word after the possessive: "her publicist", "their lawyer".
    const role = m ? (part.slice(m.index + m[0].length - 1).split(/[\s,]+/)[0] ?? '') : '';
    // "Dozens of residents have sued the utility. Their lawyer, X, said": the group just named, not the body they sued.
    const group = /^their$/i.test(owner) && isRoleWord(role) ? this.clientGroupBefore(at, part) : null;
    if (group) return group;
    if (/^(its|their)$/i.test(owner)) return this.discourse.recent(at, (a) => !a.person)?.side ?? null;
    if (/^(his|her)$/i.test(owner)) {
      // "her publicist" speaks for her; "her record label" is a body of its own.
      // "His daughter, Grace Lam": a relative named speaks for themselves.
      if (isKinRole(role) && whole.includes(',') && properName(whole.slice(whole.indexOf(',') + 1).trim(), true)) return null;
      return isRoleWord(role) ? this.personOwner(owner.toLowerCase() === 'her' ? 'she' : 'he', at, whole) : null;
    }
    // "The council's monitoring officer": an officer of the council speaks for it, never for a party or the country.
    if (withoutThe(owner).toLowerCase() === 'council') return this.councilSide(at);
    // "the prime minister's office": a government named by role, resolved from context instead;
    // "the governor's spokesman": the governor named before.
    // "Governor's office denies P", "the Prime Minister's office": the holder of the role, never the role word.
    if (isRoleName(owner)) return this.officeSide(owner, at);
    if (!isCapitalised(withoutThe(owner)) && isRoleWord(owner.split(/\s+/).pop() ?? '')) return this.roleOwnerSide(owner, at);
    const named = namedSide(owner);
    if (named) return named;
    // "The Cabinet's media centre": a government named only by its kind is the country in context.
    if (isCapitalised(withoutThe(owner)) && isGenericGovernment(owner)) return this.discourse.datelineCountry ?? this.discourse.recent(at, (x) => isCountrySide(x.side))?.side ?? null;
    // "Quinn's co-star Jordan Reyes": one who does not act for the person named speaks for themselves.
    const owned = m ? (part.slice(m.index + m[0].length - 1).split(/[\s,]+/)[0] ?? '') : '';
    // "Hadley's aides": the plural of a role acts for the owner too.
    const ownerName = owned && !isRoleWord(owned) && !isRoleWord(owned.replace(/s$/, '')) && !owner.includes(' ') ? this.discourse.fullName(owner, at) : '';
    if (ownerName.includes(' ') && looksLikePersonName(ownerName)) return null;
    const words = owner.split(/\s+/);
    const properWords = words.filter((w) => isCapitalised(w) && !DETERMINERS.has(w.toLowerCase()));
    if (properWords.length > 0) {
      const key = properWords[0] as string;
      // "St Luke's headteacher": the body named in full before ("St Luke's Primary School").
      const whole = properWords.join(' ');
      const org = this.discourse.canonicalOrg(key);
      if (org !== key) return org;
      const wholeOrg = properWords.length > 1 ? this.discourse.canonicalOrg(whole) : whole;
      if (wholeOrg !== whole) return wholeOrg;
      const last = properWords[properWords.length - 1] as string;
      const known = this.discourse.bySurname(last, at);
      if (known) return known.side;
      // "Fenwick's campaign manager" before Fenwick spoke: the party the article gave him.
      return this.discourse.partyOf(last) ?? this.discourse.fullName(last, at);
    }
    const nouns = referenceNouns(words);
    const referred = this.byReference(nouns, at)?.side;
    if (referred) return referred;
    // "according to the trust's annual report" before the trust is named: the body of that kind named just after.
    const kind = nouns.length === 1 ? (nouns[0] as string).toLowerCase() : '';
    const after = kind && isOrgWord(kind) ? this.discourse.organisationNamedAfter(at) : null;
    return after && lastWord(after).toLowerCase() === kind ? (namedSide(after) ?? after) : null;
  }


  /**
   * "her publicist", "his lawyer": they speak for the person just named (the nearest name of that
   * gender within OWNER_REACH sentences, else the last person who spoke), and so for that person's
   * side.
   */
  private personOwner(pronoun: string, at: number, phrase: string): string | null {
    const wanted = pronounGender(pronoun);
    const agrees = (name: string): boolean => {
      const g = genderOf(name);
      return !g || g === wanted;
    };
    // "Gov. Ana Delgado": a title before the name is no part of who the person is.
    const untitled = (n: string): string => personName(n) ?? n;
    const near = this.discourse
      .namesNear(at, OWNER_REACH, (n) => !phrase.includes(n) && untitled(n).split(/\s+/).length >= 2 && looksLikePersonName(untitled(n)) && agrees(n) && !this.isQuotedTitle(n))
      .map(untitled)[0];
    if (near) return this.principalSide(near, at);
    return this.discourse.recent(at, (a) => a.person && agrees(a.name))?.side ?? null;
  }

  /** 'The "Harbor Lights" actress': a name the article writes in quotes is a title, not a person. */
  private isQuotedTitle(name: string): boolean {
    let quoted = this.quotedTitles.get(name);
    if (quoted === undefined) this.quotedTitles.set(name, (quoted = inQuotes(this.text, name)));
    return quoted;
  }

  /**
   * The side of a person someone speaks for: as the article has already resolved them ("Sanders"
   * for "Bernie Sanders", "Delgado" for "The office of New Mexico Gov. Ana Delgado"); not yet heard
   * from, the party the article gave them ("Ana Delgado, a Democrat"); else their name.
   */
  private principalSide(name: string, at: number): string {
    const surname = name.split(/\s+/).pop() ?? '';
    // "Priya Sandhu and Marc-Andre Leblanc praised each other": a pair that acted together is neither one;
    // "A former aide to Rep. Adrian Delgado" is not Delgado.
    const actor = this.discourse.recent(at + 1, (a) => !isPairOfPeople(a.side) && !isFormerStaff(a.name) && (a.name.split(/\s+/).includes(surname) || a.side.split(/\s+/).includes(surname)));
    return actor?.side ?? this.discourse.partyOf(surname) ?? name;
  }

  /** "Luis Ortega, a spokesman for Delgado": an agent of a person the article named speaks for that person; "a spokesman for the group", for the group. */
  private agentOfPerson(phrase: string, at: number): string | null {
    const m = AGENT_FOR.exec(phrase);
    // "a regional spokesman for the group": the group the article named.
    const kind = AGENT_FOR_KIND.exec(phrase)?.[1];
    const generic = !!kind && GENERIC_TYPES.has(kind);
    const kindBody = generic ? this.byReference([kind], at)?.side : null;
    if (kindBody) return kindBody;
    // "A spokeswoman for the bookmaker, Betwell": a one-word name (or a body's name) after the kind is the body's, not the spokeswoman's.
    const comma = kind ? phrase.indexOf(',') : -1;
    const named = comma > 0 ? properName(phrase.slice(comma + 1).trim(), true) : null;
    if (named && (!named.includes(' ') || !looksLikePersonName(named))) return namedSide(named) ?? this.discourse.canonicalOrg(named);
    if (generic || !m?.[1]) return null;
    // "a spokesman for Ohio House Speaker Ron Pelham": the person after the titles; an office of state ("Defense Secretary X") is left to the rules for officials.
    const words = m[1].split(/\s+/);
    if (words.some((w) => hasGovernmentWord(w))) return null;
    const name = (words.some((w) => isRoleWord(w)) ? (personName(m[1]) ?? m[1]) : m[1]).replace(POSSESSIVE_END, '');
    const full = name.includes(' ') ? name : (personName(this.discourse.fullName(name, at)) ?? name);
    // Only a person: "a spokesman for Nvidia" is the company's, found by the organisation rules.
    if (full === name && !name.includes(' ')) return this.discourse.bySurname(name, at)?.side ?? null;
    return looksLikePersonName(full) ? this.principalSide(full, at) : null;
  }

  /** The side of a candidate's campaign: the candidate's, as the article gave it ("Sanders", a party), never a country. */
  private campaignSide(candidate: string, at: number): string {
    const side = this.principalSide(candidate, at);
    return isCountrySide(side) ? (this.discourse.partyOf(candidate) ?? candidate) : side;
  }

  /** "a food-sector analyst at the firm": the last private body that acted, or null. */
  private workplaceByKind(rest: string, at: number): string | null {
    const kind = AT_THE_KIND.exec(rest)?.[1];
    if (!kind || !GENERIC_TYPES.has(kind)) return null;
    return this.discourse.recent(at, (x) => !x.person && isPrivateActor(x) && !this.isSurname(x.name, at) && !kindConflicts(kind, x.name))?.side ?? null;
  }

  /**
   * "The Prime Minister's Office", "the governor's spokesman": the holder's side, else the dateline's;
   * with no dateline, a head of state's or government's office speaks for the country the article
   * names most ("Downing Street ... the prime minister's official spokesman"), never for the role word.
   */
  private officeSide(role: string, at: number): string {
    // "The sheriff's office": the sheriff's office the article named ("Carver County Sheriff's Office"), not its holder's town.
    const kind = roleBody(role);
    const body = kind ? this.bodyOfKindNamed(kind, at) : null;
    if (body) return body;
    const holder = this.roleOwnerSide(role, at) ?? this.discourse.datelineCountry ?? this.discourse.datelinePlace;
    if (holder) return holder;
    const word = lastWord(role).toLowerCase();
    const executive = EXECUTIVE_ROLES.has(word);
    // "Redmarsh's elected mayor, Colin Ashdown, ... The mayor's spokesman said": the holder the article named, who never spoke.
    const named = executive ? null : this.roleHolderNamed(word);
    if (named) return named;
    // "Downing Street also pushed back. The prime minister's official spokesman said": the state that acted just before.
    const national = executive ? (this.countryJustBefore(at) ?? this.discourse.mostNamedAs(at + 1, countryNamed)) : null;
    return national ?? roleOffice(role);
  }

  /** "the mayor" → "Colin Ashdown" where the article once wrote "Redmarsh's elected mayor, Colin Ashdown": found in one pass per article. */
  private roleHolderNamed(role: string): string | null {
    if (!this.roleHolders) {
      this.roleHolders = new Map();
      for (const m of this.text.matchAll(ROLE_HOLDER_APPOSITIVE)) {
        const [, word, name] = m;
        if (word && name && isRoleWord(word) && !this.roleHolders.has(word)) this.roleHolders.set(word, name);
      }
    }
    return this.roleHolders.get(role) ?? null;
  }

  /**
   * "More than 40 households in Quarry Road", "dozens of Pine Hollow residents": the last group of private
   * people named in the sentence before or in sentence `at` before `part`, with the place that names them
   * ("Quarry Road households"), else null. Reads two sentences only.
   */
  private clientGroupBefore(at: number, part: string): string | null {
    const from = this.discourse.sentenceStart(Math.max(0, at - 1));
    const start = this.discourse.sentenceStart(at);
    const end = this.discourse.sentenceStart(at + 1);
    const inSentence = this.text.slice(start, end).indexOf(part);
    const words = this.text.slice(from, inSentence < 0 ? end : start + inSentence).split(/\s+/).map((w) => w.replace(/[^\p{L}'\u2019-]+$/u, ''));
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

  /** The party the article says runs the council or authority ("the Labour-run authority"), or null. */
  private rulingParty(): string | null {
    if (this.ruling === undefined) {
      const runners = [...this.text.matchAll(RUN_BY_PARTY)].map((m) => namedSide(m[1] as string));
      this.ruling = runners.find((side) => !!side && isPartySide(side)) ?? null;
    }
    return this.ruling;
  }

  /** "The lawyer, Catherine Blyth of Harwood Blyth": the side of the client the article names for counsel, or null. */
  private counselClient(s: Sentence): string | null {
    const m = CLIENT_OF_COUNSEL.exec(this.text);
    const named = m?.[1] ?? m?.[2];
    // "Rusk, through her lawyer": the fullest name the article gave her before.
    const client = named && !named.includes(' ') ? this.discourse.fullName(named, s.index) : named;
    return client ? this.sideOfNamed(client, s) : null;
  }

  /** "The council": the council the article named ("Redmarsh Borough Council"), else the council of the article's town. */
  private councilSide(at: number): string | null {
    const named = this.discourse.byReference(['council'], at);
    if (named && / Council\b/.test(named.name)) return named.side;
    const town = this.localPlace();
    return town ? `${town} Council` : null;
  }

  /** The country that spoke or acted in sentence `at` or the one before, or null. */
  private countryJustBefore(at: number): string | null {
    return justBefore(this.discourse.recent(at, (x) => isCountrySide(x.side)), at);
  }

  /** "the governor's spokesman": the last person named with that role ("Gov. Ana Delgado"), or null. */
  private roleOwnerSide(owner: string, at: number): string | null {
    const role = withoutThe(owner).toLowerCase();
    if (role.includes(' ') && !isRoleName(owner)) return null;
    const titles = ROLE_TITLES[role] ?? [role];
    const holds = (x: Actor): boolean => {
      const name = ` ${x.name.toLowerCase().split(/\s+/).join(' ')} `;
      return titles.some((t) => name.includes(` ${t} `));
    };
    // A headline's role holder is named in the body below it.
    const holder = this.discourse.recent(at, holds) ?? this.discourse.following(at, holds);
    return holder?.side ?? null;
  }

  /**
   * "Boat" in "Boat owners" opening the sentence: one word before a word in lower case, capitalised
   * by its place alone (the tagger may call it a name: the article writes it in lower case too).
   */
  private sentenceCapitalised(name: string, head: string, s: Sentence): boolean {
    const first = s.tokens[0];
    const next = head.split(/\s+/)[1] ?? '';
    if (name.includes(' ') || !head.startsWith(name) || first?.text !== name || next === '' || isCapitalised(next)) return false;
    const lower = name.toLowerCase();
    return first.pos !== 'PROPN' || SCOPE_WORDS.has(lower) || this.writesWord(lower) || this.writesWord(`${lower}s`);
  }

  /**
   * "Trade lawyer Jennifer Sato" after "the Trade Ministry": a word capitalised only because it opens
   * the sentence, known only as the subject of a government body, is not who the person works for.
   */
  private commonWordOpening(word: string, s: Sentence): boolean {
    const first = s.tokens[0];
    if (!first || first.text !== word) return false;
    if (first.pos !== 'PROPN') return true;
    const known = this.discourse.canonicalOrg(word);
    return known !== word && hasGovernmentWord(known) && !hasGovernmentWord(word);
  }

  /** A side for a phrase that names none: an earlier actor of the same kind, the place, the last country. */
  private contextSide(phrase: string, s: Sentence): string {
    // A relative clause describes the speaker; it names no side ("Two researchers who worked at Reuters' request").
    // "Some of those who shared the photo": a clause after a pronoun is all it says of them.
    const bare = withoutRelative(phrase);
    const head = STANDING_PRONOUNS.has(lastWord(bare).toLowerCase()) ? phrase : bare;
    // "A local official in Aweil": the country of the place, a place unknown to the country data taken to be in the dateline's.
    const town = head.includes(' in ') && !OWNER_LINK.test(head) ? IN_PLACE.exec(head)?.[1] : undefined;
    const townSide = town ? namedSide(town) : undefined;
    if (town && townSide && isCountrySide(townSide)) return townSide;
    if (town && !townSide && this.discourse.datelineCountry) return this.discourse.datelineCountry;
    const nouns = commonNouns(head);
    // "The city says", "city spokeswoman X": the town the article is about.
    const local = nouns.some((n) => placeKind(n) === 'local') ? this.localPlace() : null;
    if (local) return local;
    if (nouns.length) {
      // "A hospital spokeswoman": a non-government word may name an organisation, not only an actor.
      const actorsOnly = nouns.every((n) => hasGovernmentWord(n));
      const same = this.discourse.byReference(nouns, s.index, { actorsOnly, ownPhrase: head });
      if (same) return same.side;
      // "The dockers' union", unmatched, is a body of its own rather than the last one named.
      const official = head.split(/\s+/).some((w) => isRoleWord(w));
      // "The energy ministry" is a body of state: it speaks for the country in context.
      // "The army", unmatched, is the state's force: the country in context.
      if (!official && !nouns.every((n) => hasGovernmentWord(n)) && !isGenericGovernment(nouns.join(' ')) && !isStateForce(nouns.join(' '))) return stripThe(head);
    }
    const place = placeOf(this.text, s);
    if (place) return place;
    // "President Obama", "the foreign minister": a head of state or government speaks for a country, never for the party that spoke last.
    // With no country in sight, the one the sentence names ("The White House ..., according to an administration official").
    // "the health secretary": a secretary by portfolio is a minister.
    const secretary = PORTFOLIO_SECRETARY.exec(head)?.[1];
    const executive = head.split(/\s+/).some((w) => EXECUTIVE_ROLES.has(w.toLowerCase().replace(/\.$/, ''))) || (!!secretary && isPortfolio(secretary));
    if (executive) {
      const named = namedSide(this.text.slice(s.start, s.end));
      // "In Athens, the government rejected the accusation. The defence minister said": the state that acted just before, not the dateline's.
      const last = this.discourse.recent(s.index, (x) => isCountrySide(x.side));
      const country = justBefore(last, s.index) ?? this.discourse.datelineCountry ?? last?.side ?? (named && isCountrySide(named) ? named : null);
      if (country) return country;
    }
    // "A senior official in the presidency": the state the article is about (the country it names most), not the last to speak.
    const presidency = PRESIDENCY.test(head);
    const main = presidency ? this.discourse.mostNamedAs(s.index, countryNamed) : null;
    if (main) return main;
    // "after the Sri Lankan navy detained ... the navy said": the country whose force of that kind the article named last.
    const force = isStateForce(withoutThe(head));
    const forceOwner = force ? this.forceCountry(withoutThe(head).toLowerCase(), s.start) : null;
    if (forceOwner) return forceOwner;
    const stateBody = isGenericGovernment(stripThe(head));
    const department = STATE_DEPARTMENT.test(head);
    // "Delhi's response was swift. The External Affairs Ministry said": a body of state takes the one country the sentence before names.
    const before = stateBody && s.index > 0 ? this.discourse.namesNear(s.index - 1, 1, (n) => countryNamed(n) !== null).map(countryNamed) : [];
    if (before.length > 0 && before.every((c) => c === before[0])) return before[0] as string;
    // A department of state is never the party that spoke last, nor is a public servant ("the returning officer").
    const stateOnly = department || head.split(/\s+/).some(isPublicServant);
    const last = executive ? undefined : stateOnly ? this.discourse.recent(s.index, (x) => isCountrySide(x.side)) : this.discourse.lastCountryOrParty(s.index);
    if (last) return last.side;
    // "The Minister of Finance", "the army" with no country in sight: the country the article names most.
    // "The government", "the Defence Ministry", "the health minister" with none in sight either: a body of state is its country's.
    const stateOffice = executive || force || stateBody || department;
    // A minister by portfolio with no country before him at all: the country the whole article names most.
    const about = stateOffice ? (this.discourse.mostNamedAs(s.index + 1, countryNamed) ?? (executive ? this.discourse.mostNamedInArticle(countryNamed) : null)) : null;
    if (about) return about;
    // No country in sight: "spokesman Pavel Ilic" speaks for the government body that spoke last.
    // "The council said" after "Police said": a body of state by its kind is no body of another kind.
    const kind = stateBody ? lastWord(stripThe(head)).toLowerCase() : null;
    const body = this.discourse.recent(s.index, (x) => !x.person && isGenericGovernment(beforeComma(x.name)) && (!kind || x.name.toLowerCase().includes(kind)));
    if (body) return body.side;
    // "The Department of Agriculture" is named whole, not cut at its first lower-case word like a person.
    const wholeName = stateBody || department ? stripThe(head) : null;
    return this.discourse.datelineCountry ?? wholeName ?? personName(head) ?? stripThe(head);
  }

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
/** Kinds of body whose leader speaks for it ("Commission chairperson", "club captain", "party leader"). */
const BODY_KINDS = new Set([...GENERIC_TYPES, 'party', 'diocese', 'church', 'alliance', 'society', 'association', 'federation', 'council', 'trust', 'foundation', 'community', 'hospital', 'school', 'university', 'pac']);

/** The common nouns of a phrase that names no side ("the energy ministry" → energy, ministry): never mutated. */
const commonNouns = remembered((head: string): readonly string[] =>
  head
    .split(/\s+/)
    .filter((w) => (!isCapitalised(w) || hasGovernmentWord(w)) && !isRoleWord(w.replace(/,$/, '')))
    .map((w) => w.replace(POSSESSIVE, '$1').replace(NOT_WORD_CHARS, ''))
    .filter((w) => w && !DETERMINERS.has(w.toLowerCase()) && !isRoleWord(w) && !FUNCTION_WORDS.has(w.toLowerCase())),
);

/** The side of `actor` when it spoke or acted in sentence `at` or the one before, else null. */
function justBefore(actor: Actor | undefined, at: number): string | null {
  return actor && at - actor.sentence <= 1 ? actor.side : null;
}

/** An armed body that is no state's: named, never a country, nor a state's force ("the army"). */
function isArmedBody(actor: Actor): boolean {
  return !isCountrySide(actor.side) && !isUnnamedSide(actor.side) && !isStateForce(lastWord(actor.name));
}

function isPrivateActor(actor: Actor): boolean {
  // "The regulator" is a body of state though no word of its name says so.
  return !isCountrySide(actor.side) && !isPartySide(actor.side) && !hasGovernmentWord(actor.name) && !REGULATOR.test(lastWord(actor.name)) && namedSide(actor.name) === null;
}


/** A name without its leading article: "the union" → union. */
function withoutThe(name: string): string {
  return name.replace(/^(?:the|The)\s+/, '');
}

function stripThe(name: string): string {
  return withoutThe(name).replace(/['\u2019]s$/, '');
}

export function referenceNouns(words: readonly string[]): string[] {
  return words
    // "the 30-second spot", "the 12-page report": a measure is no qualifier naming another body.
    .filter((w) => !MEASURE.test(w))
    .map((w) => w.replace(POSSESSIVE, '$1').replace(NOT_WORD_CHARS, ''))
    // Relative words in lower case only: "who" is a relative pronoun, never the WHO.
    .filter((w) => w && !DETERMINERS.has(w.toLowerCase()) && !RELATIVE_WORDS.has(w));
}

const MEASURE = /^\d+-\p{Ll}/u;

/** Words that make a role of the role word after them ("Prime Minister", "Vice President"). */
const ROLE_MODIFIERS = new Set(['prime', 'vice', 'deputy', 'first', 'lieutenant']);

/** "schoolteacher", "grandmother": a singular noun describing a private person, not a role, a body, a group or an outlet. */
function isPrivateDescription(noun: string): boolean {
  // "The woman", "the residents": left to the rules for people named by what they are.
  if ((noun.endsWith('s') && !noun.endsWith('ss')) || isPrivatePersonNoun(noun)) return false;
  return !isRoleWord(noun) && !isOrgWord(noun) && !isGroupNoun(noun) && !GENERIC_TYPES.has(noun) && !isPrivateKind(noun) && !isOutletNoun(noun) && !isBusinessNoun(noun) && !hasGovernmentWord(noun);
}

/** "Governor", "the president", "Prime Minister": a role and nothing else, in any case. */
function isRoleName(owner: string): boolean {
  const words = withoutThe(owner).split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return words.length <= 3 && isRoleWord(last) && words.slice(0, -1).every((w) => ROLE_MODIFIERS.has(w.toLowerCase()) || isRoleWord(w));
}

/** "the governor" with no holder named and no dateline: the office speaks ("governor's office"), never the bare role word. */
function roleOffice(owner: string): string {
  return `${withoutThe(owner).toLowerCase()}'s office`;
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

/**
 * The first run of capitalised words that is not a title ("Kremlin spokesperson Dmitri S. Peskov"
 * → "Kremlin"); with `atStart`, only a run that opens the phrase.
 */
function properName(phrase: string, atStart = false): string | null {
  const words = phrase.split(/[\s,]+/);
  const run: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    // "The Health and Safety Executive": a body's last word stays in its name, though it may be a role.
    const next = words[i + 1] ?? '';
    // "Major League Soccer": a rank before an organisation's word opens the name.
    const ending = run.length > 0 ? isBodyEnding(w) && !isCapitalised(next) : isCapitalised(next) && isOrgWord(next) && !isRoleWord(next);
    // ", Dr Clare Hughes": a courtesy title before the name is no part of it; nor is where a body is based ("Melbourne-based").
    if ((atStart && run.length === 0 && isCourtesyTitle(w)) || (run.length === 0 && JOINED_PLACE.test(w))) continue;
    if ((isCapitalised(w) && (!isRoleWord(w) || ending) && !DETERMINERS.has(w.toLowerCase())) || (run.length && ARTICLE_NAME.test(w))) run.push(w);
    else if (run.length && isBranchNumber(run[run.length - 1] as string, w)) run.push(w);
    else if (run.length && NAME_LINKS.has(w) && isCapitalised(words[i + 1] ?? '')) run.push(w);
    // "The Mail on Sunday": a day that is part of an outlet's name.
    else if (run.length && w === 'on' && isTimedOutlet(`${run[run.length - 1]} on ${words[i + 1] ?? ''}`)) run.push(w);
    // "Save the Children", "Friends of the Earth", "Committee to Protect Journalists".
    else if (run.length && INNER_NAME_WORDS.has(w) && isCapitalised(words[i + 1] ?? '') && !isRoleWord(words[i + 1] ?? '')) run.push(w);
    else if (run.length && NAME_LINKS.has(w) && words[i + 1] === 'the' && isCapitalised(words[i + 2] ?? '') && !isRoleWord(words[i + 2] ?? '')) {
      run.push(w, 'the');
      i++;
    } else if (run.length || atStart) break;
  }
  if (run.length === 0) return null;
  return run.join(' ').replace(/['\u2019]s$/, '');
}

const LOCAL_OFFICIALS = /^(?:[Ll]ocal\s+)?[Oo]fficials\s+(?:in|of|from)\s+(\p{Lu}[\p{L}'\u2019-]*(?:\s\p{Lu}[\p{L}'\u2019-]*){0,2})$/u;
const LOCAL_BODY_APPOSITIVE = /^,\s+(?:the|a)\s+(?:[\p{Ll}-]+\s+){0,2}(?:municipality|town|city|village|district|county|borough|commune|township|province|state|region)\b/u;
const JOINED_PLACE = /^\p{Lu}[\p{L}.]*-(?:based|headquartered)$/u;

/** Words linking a public service to its place: "officials in Carraway", "police from Wellsford". */
const SERVICE_PLACE_LINKS = new Set(['in', 'from', 'at', 'for', 'of']);

const PLACE_PREPOSITIONS = new Set(['in', 'on', 'at', 'from', 'near', 'by', 'with', 'to', 'outside', 'inside']);

/** "Local radio station Dunmore FM", "fact-checking group Clearview": the name after a description of what it is. */
const describedName = remembered(findDescribedName);

function findDescribedName(head: string): string | null {
  const words = head.split(/\s+/);
  let a = words.length;
  while (a > 0 && (isCapitalised(words[a - 1] ?? '') || (NAME_LINKS.has(words[a - 1] ?? '') && a < words.length))) a--;
  const before = words[a - 1] ?? '';
  if (a === words.length || a < 2 || PLACE_PREPOSITIONS.has(before.toLowerCase()) || DETERMINERS.has(before.toLowerCase())) return null;
  // Only the sentence may capitalise the description: "the Medicines and Healthcare products Regulatory Agency" is one name.
  if (words.slice(1, a).some((w) => isCapitalised(w))) return null;
  return words.slice(a).join(' ').replace(/['\u2019]s$/, '');
}

/** The capitalised words before the first role word: "Lumora" in "Lumora spokeswoman Anneke Vos". */
const affiliationBeforeRole = remembered(findAffiliationBeforeRole);

function findAffiliationBeforeRole(head: string): string | null {
  if (!isCapitalised(head)) return null;
  const words = head.split(/\s+/);
  const role = words.findIndex((w) => isRoleWord(w) && !isCapitalised(w));
  if (role <= 0) return null;
  // "Tennessee Department of Correction spokeswoman": a link word inside the name stays in it.
  const before = words.slice(0, role).filter((w, k, all) => (isCapitalised(w) && !DETERMINERS.has(w.toLowerCase()) && !isRoleWord(w)) || (k > 0 && NAME_LINKS.has(w) && isCapitalised(all[k - 1] as string) && isCapitalised(all[k + 1] ?? '')) || isBranchNumber(all[k - 1] ?? '', w));
  return before.length ? before.join(' ').replace(/['\u2019]s$/, '') : null;
}

/**
 * "Fresno Fire Department Battalion Chief Laura Mendes" → "Fresno Fire Department": a name of two
 * words or more ending in an organisation's word, then a capitalised title (and the person); never a
 * body of state named only by its kind ("Senate Majority Leader X").
 */
const bodyBeforeTitle = remembered((head: string): string | null => {
  const all = head.split(/\s+/);
  const words = DETERMINERS.has(all[0]?.toLowerCase() ?? '') ? all.slice(1) : all;
  const role = words.findIndex((w) => isRoleWord(w));
  if (role < 2) return null;
  // "Battalion Chief": a rank's first word is no part of the body.
  let end = roleBody(`${words[role - 1]} ${words[role]}`) ? role - 2 : role - 1;
  while (end > 0 && !isOrgWord(words[end] as string)) end--;
  if (end < 1 || !words.slice(0, role + 1).every(isCapitalised)) return null;
  const body = words.slice(0, end + 1).join(' ');
  return isGenericGovernment(body) ? null : body;
});

/** ", 41,": an age given after a name. */
const AGE_APPOSITIVE = /^,\s*\d{1,3}\s*(?:,|$)/;
/** "Dad-of-three", "Mother-of-two": a description joined by hyphens, no part of a name. */
const JOINED_DESCRIPTION = /^\p{L}+-of-\p{L}+$/u;

/**
 * "Office worker Marco Bellini, 38", "Dad-of-three Tomasz Nowak, 41": a person given with their age
 * and no office or employer (no role, or a private one) speaks for themselves: their name; else null.
 */
const agedPrivatePerson = remembered((head: string): string | null => {
  const words = head.split(/\s+/).filter((w) => !JOINED_DESCRIPTION.test(w));
  const role = words.findLastIndex((w) => isRoleWord(w));
  const office = role >= 0 && (hasGovernmentWord(words[role] as string) || hasCorporateRole(words[role] as string) || isCapitalised(words[role] as string));
  const name = words.slice(role + 1);
  if (office || hasOfficialTitle(head) || name.length < 2 || !name.every((w) => isCapitalised(w) && !isOrgWord(w)) || namedSide(name.join(' ')) !== null) return null;
  return name.join(' ');
});

/** A pattern for a lower-case word that may open a sentence: "navy" → "[nN]avy". */
function eitherCase(word: string): string {
  return `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`;
}

/** "the Sri Lankan navy", "Sri Lanka's Navy": a country's word (one or two) before a force of this kind (one pattern per force). */
const forceNamed = remembered((force: string): RegExp => new RegExp(String.raw`(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)(?:['\u2019]s)?\s+${eitherCase(force)}\b`, 'gu'));

/** "president of the Gulf Longshore Workers Association": the organisation after of/for/at. */
const ofOrganisation = remembered(findOfOrganisation);

function findOfOrganisation(rest: string): string | null {
  const m = OF_ORGANISATION.exec(rest);
  // "of the dementia charity Memory UK": the name after a description of what the body is.
  const kindNamed = m?.[1] ? null : OF_KIND_NAMED.exec(rest);
  const kindName = kindNamed?.[2] && (isOrgWord(kindNamed[1] as string) || isBusinessNoun(kindNamed[1] as string)) ? kindNamed[2].trim() : null;
  // "Memory UK" is a charity of its own, not the country its name ends with.
  if (kindName) return namedSide(kindName) && !isCountrySide(namedSide(kindName) ?? '') ? namedSide(kindName) : kindName;
  if (!m?.[1]) return null;
  // "at Reuters' request", "at the minister's invitation": whose wish, not whose staff.
  if (m[2] && BIDDING.has(m[2]) && /['\u2019]s?$/.test(m[1].trim())) return null;
  const org = m[1].trim().replace(/['\u2019]s$/, '');
  // "observers from the Malawi Election Monitoring Network": a civil body named for its country is its own.
  const side = nationalOrganisation(org) ?? namedSide(org);
  if (side) return side;
  // "governor of the Odesa region" names a place, not whom the governor speaks for;
  // "the Royal College of Midwives": an organisation's word inside the name makes it one.
  const kind = m[2] ?? '';
  if (org.split(/\s+/).some(isOrgWord) || isOrgWord(kind) || isBusinessNoun(kind)) return org;
  // "the owner of the Copper Kettle": a role held at a named place of business ends the phrase with its name.
  const held = ROLE_AT_NAME.exec(rest.trim());
  return held?.[1] && isRoleWord(held[1]) && held[2] ? held[2].trim() : null;
}

const OF_KIND_NAMED = /\b(?:of|for|at|with)\s+the\s+(?:\p{Ll}[\p{L}-]*\s+)?(\p{Ll}+)\s+(\p{Lu}[\p{L}.'\u2019&-]*(?:\s\p{Lu}[\p{L}.'\u2019&-]*){0,4})/u;

/** ", a Romanian security researcher", ", a consultant neurologist at a London hospital": a description by trade, its last word before a clause or link. */
const TRADE_APPOSITIVE = /^,\s+an?\s+((?:[\p{L}-]+\s+){0,4}?)(\p{Ll}[\p{Ll}-]+)(?=\s+(?:who|at|in|from|with|and|based)\b|\s*,|\s*$)/u;
const BASED_IN = /^,\s+(?:who\s+(?:is|was)\s+based|who\s+lives|based)\s+in\s+\p{Lu}/u;
/** "at a London teaching hospital": an employer named only by its kind, and never before ("at the museum" is one the article named). */
const UNNAMED_EMPLOYER = /^\s+(?:at|with|for|of)\s+an?\s/u;

/**
 * A person named in full whose appositive gives a trade (and a place or nationality) and no office or
 * employer named: "Mirela Dobre, a Romanian security researcher who ...", "X, who is based in Bucharest".
 */
function privatelyDescribed(head: string, rest: string): boolean {
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

/** "The Dublin company", "the Kenyan charity's statement": a place or nationality before a kind of body. */
const PLACED_KIND = /^[Tt]he\s+(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)\s+(\p{Ll}+)(?![\p{L}-])/u;
/** Trades of those who study a subject, who speak for themselves unless an employer is named: "a political scientist who has studied ...". */
const SCHOLARS = new Set(['researcher', 'scientist', 'academic', 'historian', 'economist', 'professor', 'lecturer', 'scholar']);
/** "Botswana's main opposition party", "the ruling party": a party not named in the phrase. */
const UNNAMED_PARTY = /^(?:\p{Lu}[\p{L}.-]*['\u2019]s?|[Tt]he)\s+(?:(?:main|largest|biggest|chief|ruling|governing|opposition)\s+){1,2}party$/u;
/** Words that head a party's name: "Alliance for Democratic Change", "Unity Congress Party". */
const PARTY_NAME_WORDS = /\b(?:Party|Alliance|Movement|Front|Congress|Union|Coalition|League|Rally)\b/u;
function isPartyName(name: string): boolean {
  return name.includes(' ') && PARTY_NAME_WORDS.test(name) && !isCountrySide(namedSide(name) ?? '');
}
const NAMED_EMPLOYER = /^\s+(?:at|with|for|of)\s+(?:the\s+)?\p{Lu}/u;
const STATE_SERVICES = new Set(['government', 'ministry', 'police', 'embassy', 'intelligence', 'state', 'presidential', 'cabinet', 'border']);

const OWNED_BY_COUNTRY = /^(?:\p{Lu}[\p{L}.-]*\s)?\p{Lu}[\p{L}.-]*['\u2019]s?\s+\p{Ll}[\p{Ll}-]*(?:\s\p{Ll}[\p{Ll}-]*)?$/u;
/** ", the Data Protection Commission": the body an appositive names (a name ending in an organisation's word). */
function ownedBodyNamed(rest: string): string | null {
  if (!/^,\s+the\s+\p{Lu}/u.test(rest)) return null;
  const name = properName(rest.replace(/^,\s+the\s+/, ''), true);
  return name && name.includes(' ') && isOrgWord(lastWord(name)) && !isGenericGovernment(name) ? name : null;
}

/** "a business newspaper", "a newspaper report", "A local broadcaster": an outlet the phrase does not name. */
const UNNAMED_OUTLET = /^(?:[Aa]n?|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)(?:\s+(?:report|story|article))?$/u;
/** "Dagens Kapital, the Oslo financial daily": a name, then what kind of outlet it is. */
const OUTLET_APPOSITIVE = /(\p{Lu}[\p{L}'\u2019-]*(?:\s\p{Lu}[\p{L}'\u2019-]*){0,3}),\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}+)(?=\s*[,.;])/u;
/** "the Daily Clarion", "The Westbury Times": a name holding a newspaper's word. */
const OUTLET_TITLED = /\b((?:Daily|Sunday|Evening|Morning)\s\p{Lu}[\p{L}-]+|\p{Lu}[\p{L}-]+\s(?:Times|Post|Herald|Gazette|Tribune|Chronicle|Courier|Journal|Telegraph|Observer|Clarion|Standard|Examiner|Record))\b/u;
/** Characters after the phrase's sentence in which the outlet's name is looked for (a paragraph or two). */
const OUTLET_REACH = 600;
const EXPERTS = new Set(['researcher', 'scientist', 'academic', 'expert']);
/** "researcher Jonas Weidmann": an expert's noun and the name after it (one pattern per noun). */
const expertThenName = remembered((noun: string): RegExp => new RegExp(`\\b${eitherCase(noun)}\\s+(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}[\\p{Ll}'\u2019-]+){1,2})`, 'u'));
const UNNAMED_EXPERT = /^(?:[Aa]n?|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+$/u;

const THE_COMPANY = /^[Tt]he\s(?:company|firm)$/;
/** Sentences after an unnamed company's claim in which its name may come. */
const COMPANY_REACH = 6;

/** "Riverton Mayor X", "Redmarsh's elected mayor", "mayor of Redmarsh": the town whose mayor the article names. */
const MAYORS_TOWN = /\b(\p{Lu}\p{Ll}+)(?:['\u2019]s(?:\s+\p{Ll}+){0,2})?\s+[Mm]ayor\b|\b[Mm]ayor\s+of\s+(\p{Lu}\p{Ll}+)/u;

/** "Local radio", "Regional officials": words of scope that open a sentence before what they describe, never a name alone. */
const SCOPE_WORDS = new Set(['local', 'regional', 'national', 'federal', 'state', 'foreign', 'international', 'senior', 'independent', 'private', 'public']);

const STANDING_PRONOUNS = new Set(['those', 'these', 'them', 'one', 'anyone', 'everyone', 'someone', 'people']);

const RELATIVE_TAIL = /\s(?:who|which)\s.*$/;
/** A "that" clause naming no one: "permit applications that Arcturo Cloud filed" names their owner. */
const THAT_TAIL = /\sthat\s[^\p{Lu}]*$/u;

/** A phrase without its relative clause: "two researchers who worked at Reuters' request" → "two researchers", "A study that tracked outbreaks" → "A study". */
function withoutRelative(phrase: string): string {
  const bare = phrase.includes(' wh') ? phrase.replace(RELATIVE_TAIL, '') : phrase;
  return bare.includes(' that ') ? bare.replace(THAT_TAIL, '') : bare;
}

const BIDDING = new Set(['request', 'invitation', 'behest', 'urging', 'expense', 'suggestion']);

const OWNER_LINK = /\s(?:for|of|at)\s/;

const ONE_WORD_NAME = /^\p{Lu}\p{Ll}+$/u;

const THE_NAME = /^[Tt]he\s(\p{Lu}\p{Ll}+)$/u;

const ROLE_AT_NAME = /(\p{Ll}+)\s+(?:of|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'\u2019&-]*\s?)+)$/u;

/**
 * "The Canadian Bank Employees Union", "Malawi Election Monitoring Network", "Epilepsy Alliance UK":
 * a name opening or ending with a country's word whose last (or next-to-country) word makes it a
 * civil body is a body of its own, not the country (a government body, "the Russian Defense
 * Ministry", is the country's).
 */
const nationalOrganisation = remembered((head: string): string | null => {
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
const bodyOfCountry = remembered((head: string): string | null => {
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
 * where they work (never for their own job, capitalised by the sentence); "Passengers from Leeds"
 * only come from there.
 */
const workplaceOf = remembered((head: string): string | null => {
  const words = head.split(/\s+/);
  const link = words.findIndex((w) => WORKPLACE_LINKS.has(w));
  if (link < 1 || link > WORKPLACE_REACH) return null;
  const described = words.slice(0, link);
  if (described.slice(1).some(isCapitalised) || namedSide(described.join(' ')) !== null) return null;
  return properName(words.slice(link + 1).join(' ').replace(/^the\s+/, ''), true);
});

/** Those who act as part of a body: "Rebels of the Kivu Liberation Front", "officials from Hamas". */
const BODY_MEMBERS = new Set(['officials', 'members', 'rebels', 'fighters', 'militants', 'leaders', 'executives', 'staff', 'employees', 'soldiers', 'troops', 'officers', 'representatives']);
const MEMBERS_OF = /^(?:[Tt]he\s+|[Ss]ome\s+|[Ss]enior\s+)?(\p{L}+)\s+(?:of|from)\s+(?:the\s+)?(?=\p{Lu})/u;

/**
 * "Rebels of the Kivu Liberation Front", "Fighters from the Delta Army": members of a body speak for
 * the body (its name holding a body's word, or one the alias table knows); "Residents of Leeds" only
 * come from there. Else null.
 */
const membersOf = remembered((head: string): string | null => {
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

/**
 * "Traders in Cairo", "one currency dealer in the Mohandessin district": people named by what they do
 * only live or work in the place; they speak for themselves, not for its government.
 */
const peopleInPlace = remembered((head: string): string | null => {
  const words = head.split(/\s+/);
  const link = words.indexOf('in');
  if (link < 1 || link > WORKPLACE_REACH + 1 || !isCapitalised(words[link + 1] === 'the' ? (words[link + 2] ?? '') : (words[link + 1] ?? ''))) return null;
  const described = words.slice(0, link);
  const first = (described[0] as string).toLowerCase();
  if (described.slice(1).some(isCapitalised) || POSSESSIVE_PRONOUNS.has(first) || namedSide(described.join(' ')) !== null) return null;
  if (described.some((w) => hasGovernmentWord(w) || isOrgWord(w) || isBusinessNoun(w) || roleBody(w) !== null || /^sources?$/i.test(w))) return null;
  return (DETERMINERS.has(first) || first === 'one' ? described.slice(1) : described).join(' ') || null;
});

const APPOSITIVE_NAME = /^,\s+\p{Lu}/u;

const WORKPLACE_LINKS = new Set(['at']);
/** Most words (with the determiner) describing what such people do: "Senior analysts", "The fact-checkers". */
const WORKPLACE_REACH = 3;

/** An organisation named in a phrase that also names its country ("Kenyan drugmaker Nuru Biologics"). */
const organisationIn = remembered(findOrganisationIn);

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

/** The person's name: the capitalised run after their last role or title ("Trade lawyer Jennifer Sato", "Sen. Marsha Tolland of Tennessee"). */
const personName = remembered(findPersonName);

function findPersonName(head: string): string | null {
  const words = head.split(/\s+/);
  let role = -1;
  words.forEach((w, i) => {
    if (isRoleWord(w)) role = i;
  });
  const run: string[] = [];
  for (const w of words.slice(role + 1)) {
    if (isCapitalised(w) && !DETERMINERS.has(w.toLowerCase())) run.push(w);
    else if (run.length) break;
    // "Our correspondent in Warri": the place after a role is where they work, not who they are.
    else if (role >= 0 && PLACE_PREPOSITIONS.has(w)) return null;
  }
  return run.length ? withoutPostNominal(run.join(' ').replace(/['\u2019]s$/, '')) : properName(head);
}

/** The country of a capital or country named as where the statement was made ("in Beijing"). */
function placeOf(text: string, s: Sentence): string | null {
  const sentence = text.slice(s.start, s.end);
  const m = IN_PLACE.exec(sentence);
  if (!m?.[1]) return null;
  const side = namedSide(m[1]);
  return side && isCountrySide(side) ? side : null;
}

/** ", a Democrat", ", a Republican who ...", ", the Democratic nominee": the party an appositive names. */
function partyNamedAsAppositive(rest: string): string | null {
  const m = PARTY_APPOSITIVE.exec(rest);
  return m?.[1] ? namedSide(m[1]) : null;
}

const PARTY_APPOSITIVE = /^,\s+(?:an?|the)\s+(?:\p{Ll}{1,20}\s|\d{4}\s)?(Democrat|Republican|GOP)(?:ic)?\b/u;
