// Stage 4: sides. Which side an asserter speaks for: a country (its name, demonym or capital), an
// institution or party (the alias table), a named organisation (its own name), the employer named
// in a role ("Lumora spokeswoman", "president of the X Association"), or, for a person speaking
// for themselves, their own name. A phrase that names no side of its own ("the ministry", "a
// military spokesman") takes one from the article: an earlier actor of the same kind, the place
// the statement was made, the last country or party that spoke, the dateline.
// This module puts the rules in order (sideOf); the rules live by what the phrase names: names,
// organisations, people, parties, roles, services, owners and references, each in its module,
// asking article-facts for what the article says once and for all.
import type { Sentence } from '../sentences';
import { POSSESSIVE_END, beforeComma, isCapitalised, lastWord } from '../words';
import { WEEKDAYS } from '../phrases';
import { type Discourse, kindConflicts, TOWN_HALL } from '../discourse';
import {
  type Actor,
  bodyBeforeTitle,
  FORMER,
  hasCorporateRole,
  hasGovernmentWord,
  hasOfficialTitle,
  hasUntabledTitle,
  isCountrySide,
  isGenericGovernment,
  isKinRole,
  isOutletName,
  isOrgWord,
  isPartySide,
  isPlatform,
  isPortfolio,
  isPrivateKind,
  isRoleWord,
  isUnnamedSide,
  looksLikePerson,
  namedSide,
  partyNamed,
  partyOfGroup,
  partySide,
  remembered,
  isRankedBody,
  isLocalGovernment,
  roleBody,
  isFormerStaff,
  speaksForSelf,
} from '../side-names';
import { isFirstName } from '../gender';
import { ArticleFacts } from './article-facts';
import { ACRONYM, eitherCase, isBodyName, looksLikePersonName, personName, properName, remitListName, stripThe, withoutRelative, withoutThe, wordsAfterDeterminer } from './names';
import { ARMED_QUALIFIERS, BODY_KINDS, byReference, contextSide, GENERIC_TYPES, justBefore, STATE_DEPARTMENT } from './references';
import {
  affiliationBeforeRole,
  bodyEndingIn,
  bodyNamedAfterKind,
  bodyOfCountry,
  bodyOfCountryNamed,
  bodyOfMembers,
  describedBody,
  describedName,
  lowerCaseAffiliation,
  membersOf,
  nationalOrganisation,
  ofOrganisation,
  organisationIn,
  ownedBodyNamed,
  prefixedBody,
  spokespersonBody,
  workplaceOf,
} from './organisations';
import { councilSide, forceOfRank, placeServiceSide, portSide, rankSide, schoolDistrictNamed, serviceSide, stateDepartmentNamed, townPolice } from './services';
import { bodySpokenForBefore, isRoleName, namedOfficeOf, officeSide, placeOfficeSide, placeRoleSide, sameRoleBefore, spokespersonOf, stateOfDatelineOfficer, stateOfTitledOfficer, townDepartmentStaffSide, watchdogSide } from './roles';
import { agentOfPerson, isRelationOf, POSSESSIVE_S, possessorSide, workplaceByKind } from './owners';
import { campaignSide, candidateSide, isDescribedCandidate, isPartyName, partyNamedAsAppositive, partyOfName, shadowSide } from './parties';
import { agedPrivatePerson, describedPerson, formerStaffer, isPublicMemberNoun, peopleInPlace, privatelyDescribed, privatePersonSide, residentName, sourcePrincipal } from './people';

const PLACE_OF = /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}.'\u2019-]*(?:\s\p{Lu}[\p{L}.'\u2019-]*)*)\s+(?:region|province|oblast|state|district|county|city|town|municipality|prefecture|governorate)\b/u;

/** "Minister of Finance", "Secretary for Enterprise, Trade and Employment": the portfolio an office of state is named by. */
const PORTFOLIO_OFFICE = /\b(?:Minister|Ministry|Secretary)\s+(?:of|for)\s+(?:the\s+)?(\p{Lu}\p{L}*(?:,?\s+(?:and\s+)?\p{Lu}\p{L}*)*)/u;

/** "The Bahamas Ministry of Health", "Kenya's Minister for Trade": the country named before an office of state, or null. */
function countryBefore(words: string): string | null {
  const owner = namedSide(stripThe(words.trim()).replace(POSSESSIVE_END, ''));
  return owner && isCountrySide(owner) ? owner : null;
}

/** "A lawyer for the family of a man", "attorney Denise Carter": counsel for someone unnamed, or named counsel. */
const COUNSEL = /^(?:(?:an?|the)\s+)?(?:family\s+)?(lawyer|attorney)(?!\s+general)(\s+for\s+the\s+family\s+of\s+(?:an?|the)\s)?/iu;
/** "Council leader Moira Tennant", "Cllr Tennant", "the deputy leader of the council": one who sits on a council. */
const COUNCILLOR = /^(?:(?:the|her|his)\s+)?(?:deputy\s+)?(?:council\s+leader\b|leader\s+of\s+the\s+council\b|cllr\b|councill?or\b)/iu;

/** An earlier speaker who was such counsel. */
const COUNSEL_FOR = /^(?:an?|the)\s+(?:family\s+)?(?:lawyer|attorney)\s+for\s+the\s+family\s+of\s/iu;
/** "Haynes' mother", "Morimoto's wife": a relative of someone named. */
const NAMED_KIN = /^\p{Lu}[\p{L}.-]*(?:['\u2019]s|s['\u2019])\s+(\p{Ll}+)$/u;
/** An acronym and the word after it: "BCI spokesman". */
const ACRONYM_BEFORE_WORD = /(?:^|\s)(\p{Lu}{2,6})\s+(\p{Ll}+)/u;
/** "a man who gave his name as X", "who identified herself as X". */
const SELF_NAMED = /\bwho\s+(?:gave\s+(?:his|her|their)\s+name|identified\s+(?:himself|herself|themselves))\s+(?:only\s+)?as\s+(\p{Lu}.*)$/u;

/** "one, Name", "another of them, Name": a pronoun picking one of a group, a name after its comma. */
const ONE_OF_GROUP = /^(?:[Oo]ne|[Aa]nother)(?:\s+of\s+(?:them|those))?,\s+(?=(?:[\p{Ll}-]+\s+){0,3}\p{Lu})/u;

/** "One", "Another of them": one of a group, named by nothing else. */
const PARTITIVE_ALONE = /^(?:[Oo]ne|[Aa]nother)(?:\s+of\s+(?:them|those))?$/u;
/** "two other former staffers", "three residents": a group by its count (dropped) and its plural noun (group 1); never "three of those officials". */
const COUNTED_GROUP = /\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Bb]oth)\s+(?:other\s+)?(?!of\s)((?:[\p{Ll}-]+\s+){0,2}\p{Ll}{2,}s)(?![\p{L}'\u2019])/gu;
/** "Two people familiar with ...", "Both nurses": speakers named as a counted group. */
const COUNTED_SPEAKERS = /^(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Bb]oth)\s/u;
/** How far before its sentence a counted group may still be the one "One said" picks from: about a sentence. */
const GROUP_REACH = 300;

/** "the Maddox campaign", "Maddox's campaign": a campaign by its candidate's surname (group 1). */
const CANDIDATE_CAMPAIGN = /\b(\p{Lu}[\p{Ll}'\u2019-]+)(?:['\u2019]s)?\s+(?:re-election\s+)?campaign\b/gu;

/** "an armed group", "a rebel movement", "a militia": an armed body not yet named. */
const UNNAMED_ARMED_GROUP = new RegExp(`^(?:an?|one)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:(?:${[...ARMED_QUALIFIERS].join('|')})\\s+(?:group|movement|faction|coalition|alliance)|militia)\\b`, 'iu');
/** "Kestrel's largest shareholder": a head owned by a named body. */
const OWNED_HEAD = /^\p{Lu}[\p{L}.-]*['\u2019]s?\s+\p{Ll}/u;

/**
 * "The petition", "the 41-page report", "the complaint": a document that makes claims, by its kind
 * (responses still find "slammed the complaint" by the document's own name: see CARRIER_NOUNS).
 */
const DOCUMENT_VOICE = new RegExp(
  String.raw`^(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+)?(?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,2}?(report|referral|petition|indictment|complaint|lawsuit|memo|filing)(?:\s+(?:on\s+)?(?:${[...WEEKDAYS].map((day) => `${day.charAt(0).toUpperCase()}${day.slice(1)}`).join('|')}))?$`,
  'u',
);
/** "a report", "an account", "a post": one thing published, which speaks for whoever the sentence says published it. */
const PUBLISHED_KINDS = new Set(['report', 'post', 'account', 'story', 'video', 'message']);
/** "one passenger", "a neighbour": one person (group 1) by a lower-case noun. */
const ONE_OF_PUBLIC = /^(?:one|an?)\s+(\p{Ll}+)$/u;
/** "A voice off camera", "a woman's voice in the video": someone heard in a clip, not named. */
const VOICE_IN_MEDIUM = /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}'\u2019-]+\s+){0,2}voice\b/u;
/** "its first post with an update", "their earlier statement": a document of the one the clause is about. */
const OWN_DOCUMENT = /^(?:its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:post|update|statement|report|message|notice|release|memo)\b/u;
/** The clause's subject (group 1) just before its verb and "its"/"their" ("the sheriff's office had replaced its"). */
const DOCUMENT_OWNER = /(?:^|,\s+)((?:[Tt]he\s+)?(?:[\p{L}'\u2019.-]+\s+){0,5}?[\p{L}'\u2019.-]+)\s+(?:(?:had|has|have|later|then|also|quickly)\s+)*\p{Ll}+ed\s+$/u;
/** "…, according to ": the words before a source that follows its claim. */
const ACCORDING_TO = /\baccording\s+to\s+$/u;
/** "The Capitol Region Transit Authority operates …": a sentence opening with a body's name of two words or more (group 1). */
const OPENING_BODY = /^((?:[Tt]he\s+)?\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){1,5})\s+\p{Ll}/u;
/** Where a page or group is: "Facebook page", "group", "website". */
const PAGE_KINDS = 'website|site|page|channel|feed|account|group|blog|forum';
/** 'the "Harlow Falls Neighbors" Facebook group': a page or group by its quoted name (group 1), the platform left out. */
const QUOTED_PAGE = new RegExp(String.raw`["\u201c](\p{Lu}[^"\u201c\u201d]{0,60}?)["\u201d]\s+(?:\p{Lu}\p{L}*\s+)?(?:${PAGE_KINDS})\b`, 'u');
/**
 * Where the sentence says it was published: "an account called @KingsmereSpotter", "a report on
 * WHFT-TV's website", "a post on a local community Facebook page", 'a post in the "X" Facebook group';
 * the name in group 1, 2 or 3.
 */
const publishedWhere = remembered((kind: string): RegExp =>
  new RegExp(
    String.raw`\b${kind}\s+(?:(?:called|named)\s+(@?[\p{L}\d_]+)|(?:on|from)\s+(?:(?:an?|the)\s+)?(?:[\p{Ll}-]+\s+){0,3}?(\p{Lu}[\p{L}\d.&-]*(?:\s\p{Lu}[\p{L}\d.&-]*){0,4})(?:['\u2019]s)?\s+(?:${PAGE_KINDS})\b|(?:on|from|in)\s+(?:the\s+)?${QUOTED_PAGE.source})`,
    'u',
  ),
);
/**
 * "an account called Truth Nurse", 'a Facebook page called "Nashville Insider Daily"', "a community
 * Facebook group, Greyhorn Valley Neighbors,", "a weather account on X, StormWatch Ohio,": the account or page by
 * its own name (group 1, 2 or 3).
 */
const ACCOUNT_NAMED = new RegExp(
  String.raw`\b(?:${PAGE_KINDS}|handle|user)\s+(?:called|named)\s+(?:["\u201c]([^"\u201c\u201d]{1,60})["\u201d]|(@?[\p{L}\d_]+(?:\s\p{Lu}[\p{L}\d_]*){0,3}))|\b(?:${PAGE_KINDS})(?:\s+on\s+\p{Lu}[\p{L}]*)?,\s+(\p{Lu}[\p{L}\d'\u2019-]*(?:\s\p{Lu}[\p{L}\d'\u2019-]*){0,4}),`,
  'u',
);
/** "The post was published by an account called X", "It was shared by": a sentence about the post before it. */
const aboutPublished = remembered((kind: string): RegExp => new RegExp(String.raw`^\s*(?:(?:The|This|That)\s+(?:[\p{Ll}-]+\s+)?${kind}s?|It)\b`, 'u'));
/** Verbs by which someone brings a document into being, and when: "a petition filed on Monday by X". */
const FILED_BY = String.raw`,?\s+(?:(?:which\s+was\s+|that\s+was\s+)?(?:filed|written|prepared|brought|submitted|compiled|drafted|lodged|released|issued)\s+(?:[\p{L}\d-]+\s+){0,6}?by\s+|by\s+(?=the\s+\p{Lu}))`;
/** "a report released Monday by a government ethics watchdog": a report whose author the sentence only describes. */
const UNNAMED_AUTHOR = /\breports?,?\s+(?:released|issued)\s+(?:[\p{L}\d-]+\s+){0,3}?by\s+an?\s+\p{Ll}/u;
/** "The Legislative Fiscal Bureau, in a memo requested by lawmakers,": who spoke in a document of this kind (group 1). */
const spokenIn = remembered((kind: string): RegExp => new RegExp(String.raw`\b((?:\p{Lu}[\p{L}'\u2019.-]*\s+){0,5}\p{Lu}[\p{L}'\u2019.-]*),\s+in\s+(?:an?|its|their)\s+(?:[\p{L}\d-]+\s+){0,2}?${kind}\b`, 'gu'));
/** "the arrest report", "a police report", "the incident report": a record the police write. */
const POLICE_RECORD = /\b(?:arrest|police|incident|booking|crash)\s+report\b/u;
/** A police force's side: "Pellston Falls Police", "Tasker County Sheriff's Office". */
const POLICE_SIDE = /\b(?:Police|Sheriff['\u2019]s\s+(?:Office|Department))(?:\s+Department)?$/u;
/** One court filing by its several names: "The lawsuit, filed ... by X" is the complaint X filed. */
const COURT_FILINGS: readonly string[] = ['lawsuit', 'complaint', 'filing'];
/** One document by its several names: "The lawsuit, filed ... by X" is the complaint X filed; "an audit released by X" is "the report". */
const SAME_DOCUMENTS: readonly (readonly string[])[] = [COURT_FILINGS, ['report', 'audit']];
/** Up to six capitalised words of a name (group 1) before a court filing's verb: "Jo Hale sued", "Jo Hale has filed". */
const FILER_NAME = String.raw`\b((?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,6})(?:has\s+|have\s+)?`;
/** "Nevada Attorney General Ana Ruiz sued Calder Inc": the one who sued (group 1), whom "the lawsuit" then speaks for. */
const SUED_BY = new RegExp(String.raw`${FILER_NAME}sued\b`, 'gu');
/** "Rosalind Teague filed an ethics complaint Thursday alleging P": the one who filed a court filing (group 1), by name. */
const FILED_A = new RegExp(String.raw`${FILER_NAME}filed\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:complaint|lawsuit|suit|filing)\b`, 'gu');
/**
 * "filed by X": a document's author after its kind, with the words that describe the author
 * ("former county clerk Jo Hale", "Derry resident Gary Mulcahey": a place before them too), or an office
 * by its holder ("the mayor's office").
 */
const documentFiledBy = remembered((kind: string): RegExp => new RegExp(String.raw`\b${eitherCase(kind)}s?${FILED_BY}((?:the\s+)?(?:\p{Lu}[\p{L}'\u2019-]*\s+(?=\p{Ll}))?(?:[\p{Ll}-]+\s+){0,3}\p{Lu}[\p{L}.'\u2019-]*(?:\s(?:of\s|for\s)?\p{Lu}[\p{L}.'\u2019-]*){0,5}|the\s+\p{Ll}+['\u2019]s\s+office\b)`, 'u'));

/** "The researchers", "a study that", "the study's authors", "lead author Dr X", "The lead author": who speaks for a study. */
const STUDY_VOICE = /^(?:(?:the|a|an)\s+)?(?:(?:study|research|report)(?:['\u2019]s\s+authors)?|researchers|authors|research\s+team|(?:lead|senior)\s+(?:author|researcher)(?:\s+\p{Lu}.*)?)(?:\s+that)?$/iu;

/** Verbs of leading a body: "who chairs", "who captains". */
const LEAD_VERBS = 'chairs|leads|heads|runs|directs|manages|captains|coaches';
/** "who chairs the commission", "who captains the club": a verb of leading, then a body by its kind. */
const LEADS_KIND = new RegExp(String.raw`^\swho\s+(?:${LEAD_VERBS})\s+the\s+(\p{Ll}+)(?![\p{L}'\u2019])`, 'u');
/** "who chairs the Alder Green Residents' Association", "who founded the X": a verb of leading, then a body by its name. */
const LEADS_NAMED = new RegExp(String.raw`^\swho\s+(?:${LEAD_VERBS}|founded|co-founded)\s+the\s+(?=\p{Lu})`, 'u');
/** "the shadow health secretary", "shadow chancellor": an office of the opposition's front bench. */
const SHADOW_OFFICE = /\b[Ss]hadow\s+(?:[\p{Ll}-]+\s+){0,3}(?:secretary|minister|chancellor|spokesman|spokeswoman|spokesperson)\b/u;

const CAMPAIGN_FOR = /\b(?:for|of|with|on)\s+the\s+(\p{Lu}[\p{L}-]+)\s+campaign\b/u;
const FORMER_OPENING = /^(?:[Tt]he\s+)?(?:[Ff]ormer|[Ee]x-)/u;
/** ", the former president of the NAACP", ", a longtime former aide": an appositive telling of a post held before. */
const FORMER_APPOSITIVE = /^,\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+)?(?:former|ex-)/u;
const TEACHES = /^\swho\s+(?:now\s+|also\s+)?(?:teaches|lectures|lectured|taught)\b/u;
const FORCE_OWNER = /^[Tt]he\s+(army|navy|military)['\u2019]s\s/u;

/** "columnist Ai Lan", "Editor Jo Pratt": a journalist by role before the name. */
const JOURNALIST = /^(?:[Tt]he\s+)?(?:[Cc]olumnist|[Cc]ommentator|[Ee]ditor|[Rr]eporter|[Cc]orrespondent)\s+\p{Lu}/u;
/** " wrote in the ", " writes for ": a writer's verb and the paper it was written in, up to the paper's name. */
const WROTE_IN = /^\s+(?:wrote|writes|has\s+written)\s+(?:in|for)\s+(?:the\s+|(?=\p{Lu}))/u;
const MAYOR_TITLE = /^(?:[Tt]he\s+)?Mayor\s+\p{Lu}/u;
const TOWN_MAYOR = /^((?:\p{Lu}[\p{L}.'\u2019-]*\s){1,3})Mayor\s+\p{Lu}/u;
/** "The Hartley campaign", "Jane Hartley's campaign", "the Hartley-Reyes campaign": the candidate's surname. */
const CAMPAIGN_OF = /^(?:[Tt]he\s+|[Aa]\s+)?(?:\p{Lu}[\p{L}.-]*\s+)?(\p{Lu}[\p{L}-]+)(?:['\u2019]s)?\s+campaign$/u;
const ROLE_OFFICE = /(?:^|\s)((?:\p{Lu}\p{Ll}+\s)?\p{Lu}\p{Ll}+)['\u2019]s\s+Office$/u;
const OFFICE_OF_PERSON = /^(?:[Tt]he\s+)?[Oo]ffice\s+of\s+(\p{Lu}.*)$/u;

/** "The company's outside counsel", "the club's lawyer": an agent owned by whom they act for. */
const OWNED_AGENT = /['\u2019]s\s+(?:\p{Ll}+\s+)?(?:counsel|lawyer|attorney|solicitor|barrister|spokes(?:man|woman|person)|representative|agent)$/u;

/** "Police in Bulukumba": a force by the town it serves. */
const POLICE_IN_TOWN = /^(?:[Tt]he\s+)?[Pp]olice\s+in\s+(\p{Lu}[\p{L}'\u2019-]*(?:\s\p{Lu}[\p{L}'\u2019-]*)?)$/u;
/** "Westshire police": a force by the town it serves, the kind word in lower case. */
const TOWN_POLICE = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}'\u2019-]*(?:\s\p{Lu}[\p{L}'\u2019-]*)?)\s+police$/u;

/** "district officials", "the school district", "a district spokeswoman": a school district by its kind alone. */
const SCHOOL_DISTRICT_VOICE = /^(?:(?:[Tt]he|[Aa])\s+)?(?:school\s+)?district(?:\s+(?:officials?|spokes(?:man|woman|person)|leaders|administrators))?$/u;

const LOCAL_OFFICIALS = /^(?:[Ll]ocal\s+)?[Oo]fficials\s+(?:in|of|from)\s+(\p{Lu}[\p{L}'\u2019-]*(?:\s\p{Lu}[\p{L}'\u2019-]*){0,2})$/u;
const LOCAL_BODY_APPOSITIVE = /^,\s+(?:the|a)\s+(?:[\p{Ll}-]+\s+){0,2}(?:municipality|town|city|village|district|county|borough|commune|township|province|state|region)\b/u;

/** "Residents in Kherson", "a hiker from Ashby Falls", "residents of the Quarry Hill neighbourhood" (see peopleInPlace). */
const HOME_LINK = / (?:in|from|of) /;

/** ", 41,": an age given after a name. */
const AGE_APPOSITIVE = /^,\s*\d{1,3}\s*(?:,|$)/;

/** "The Dublin company", "the Kenyan charity's statement", "the Denver-based company": a place or nationality before a kind of body. */
const PLACED_KIND = /^[Tt]he\s+(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)\s+(\p{Ll}+)(?![\p{L}-])/u;

/** "Botswana's main opposition party", "the ruling party": a party not named in the phrase. */
const UNNAMED_PARTY = /^(?:\p{Lu}[\p{L}.-]*['\u2019]s?|[Tt]he)\s+(?:(?:main|largest|biggest|chief|ruling|governing|opposition)\s+){1,2}party$/u;

const OWNED_BY_COUNTRY = /^(?:\p{Lu}[\p{L}.-]*\s)?\p{Lu}[\p{L}.-]*['\u2019]s?\s+\p{Ll}[\p{Ll}-]*(?:\s\p{Ll}[\p{Ll}-]*)?$/u;

/** "The company", "the firm"; "Company says P" in a headline or an update's title, which drop the article. */
const THE_COMPANY = /^(?:[Tt]he\s(?:company|firm)|Company|Firm)$/;
/** Sentences after an unnamed company's claim in which its name may come. */
const COMPANY_REACH = 6;

const THE_NAME = /^[Tt]he\s(\p{Lu}\p{Ll}+)$/u;

/** "railroad", "the super PAC", "Fund": a side that is a kind of body alone, lower-case words or one capitalised word. */
const BARE_KIND = /^(?:[Tt]he\s+)?((?:\p{Ll}[\p{Ll}-]*\s+){0,2})(\p{Ll}+|\p{Lu}\p{Ll}+|\p{Lu}{2,4})$/u;

/** "local's president", "the union's spokesman": a role owned by a kind of body. */
const KIND_OWNS_ROLE = /^(?:[Tt]he\s+)?(\p{Ll}+)['\u2019]s\s+(\p{Ll}+)$/u;

/** The kind of body that owns the role a side names ("local's president" → local), or undefined. */
function ownerOfRole(side: string): string | undefined {
  const m = KIND_OWNS_ROLE.exec(side);
  return m && isRoleWord(m[2] as string) ? m[1] : undefined;
}

const APPOSITIVE_NAME = /^,\s+\p{Lu}/u;

/** "the union representing the museum's guards": a body by its kind (group 1), described by those it serves. */
const SERVES_KIND = /^[Tt]he\s+(\p{Ll}+)\s+(?:representing|that\s+represents|which\s+represents)\s/u;

/** "Authority General Manager Petra Lindqvist": one capitalised word (group 1), a capitalised title ending in group 2, a name of two words. */
const KIND_BEFORE_TITLE = /^(?:[Tt]he\s+)?(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\p{Ll}+\s+)?(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}'\u2019-]+\s+\p{Lu}[\p{L}'\u2019-]+$/u;

/** The party the phrase itself names: "Conservative shadow chancellor X", "X, a Democrat", "Labour councillors"; or null. */
function partyNamedIn(phrase: string, head: string, rest: string): string | null {
  return partySide(phrase) ?? partyNamedAsAppositive(rest) ?? partyOfGroup(head, false) ?? partyOfGroup(rest, true);
}

const QUOTE_MARKS = /["\u201c\u201d]/gu;

/** A side cut inside a quoted name ('County Scanner Updates" Facebook') loses its quote marks: a side never holds one unpaired. */
function withoutStrayQuotes(side: string): string {
  const marks = side.match(QUOTE_MARKS)?.length ?? 0;
  return marks % 2 === 0 ? side : side.replace(QUOTE_MARKS, '').replace(/\s+/g, ' ').trim();
}

/** "Dublin", "Kenyan", "Denver-based": a place or nationality the side names know, or any word saying where a body is based. */
function isPlace(word: string): boolean {
  return BASED_IN.test(word) || namedSide(word) !== null;
}

const BASED_IN = /^\p{Lu}[\p{L}. ]*-based$/u;

/** " Regional Medical Center": the capitalised words a body's name goes on with. */
const NAME_WORDS = /^(?:\s\p{Lu}[\p{L}-]*)+/u;

/** " and Prevention": a body's name going on past the words its initials stand for. */
const NAME_GOES_ON = /^\s+and\s+\p{Lu}\p{Ll}+(?![\p{L}'\u2019-])(?!\s+\p{Lu})/u;

/** "Local 418 of the Cultural Workers Guild": a numbered branch, then the union it belongs to (group 1). */
const BRANCH_OF = /^Local\s+\d{1,5}\s+of\s+(?:the\s+)?(\p{Lu}.*)$/u;
/** "UMWA District 17": a union's initials (group 1), then its branch's number. */
const INITIALLED_BRANCH = /^(\p{Lu}{2,6})\s+(?:Local|District|Lodge|Chapter|Branch)\s+\d{1,5}$/u;
/** "Communications director X", "campaign manager X": a post on a candidate's staff, named by its role alone. */
const CAMPAIGN_STAFF = /^(?:[Cc]ampaign|[Pp]ress|[Cc]ommunications)\s+(?:director|secretary|manager|chief|aide|adviser|advisor)\s+\p{Lu}[\p{L}'\u2019-]*(?:\s\p{Lu}[\p{L}'\u2019-]*){1,2}$/u;
/** Sentences back (this one too) in which a campaign that spoke is the one its staff by role speak for. */
const STAFF_REACH = 1;

/** "City Council member Ray Okafor", "School Board member X": a board's member by title, then their name (group 1). */
const BOARD_MEMBER = /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'\u2019-]*\s+){0,3}(?:Council|Board|Commission)\s+member\s+(\p{Lu}[\p{L}'\u2019-]*(?:\s\p{Lu}[\p{L}'\u2019-]*){1,2})$/u;

/** "The Indiana chapter of the American Civil Liberties Union": a place's branch (the place capitalised), then the body (group 1). */
const CHAPTER_OF = /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,3}(?:chapter|branch|affiliate)\s+of\s+(?:the\s+)?(\p{Lu}.*)$/u;
/** "SkyLark Connect Flight 4417": an airline's name (group 1) before a flight's number. */
const FLIGHT_OF = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}'\u2019&.-]*(?:\s\p{Lu}[\p{L}'\u2019&.-]*){0,3})\s+Flight\s+\d{1,5}$/u;

/** "Local president X" after "Carpenters Local 88": a union's branch called by its capitalised word alone. */
const UNION_BRANCH = /^(?:Local|Lodge)$/u;

/** "Union officials", "a company spokesman": a body's kind before those who speak for it (group 1). */
const KIND_STAFF = /^(?:(?:[Tt]he|[Aa]n?)\s+)?(\p{L}+)\s+(?:officials?|leaders|executives?|representatives?|spokes(?:man|woman|person))$/u;
/** Words that make a name a union's: "United Mine Workers of America", "Writers Guild". */
const UNION_WORD = /\b(?:Workers|Union|Guild|Brotherhood|Federation|Teamsters|Employees)\b/u;

/** "Sen. X", "state Rep. X", "State Senate President X", "Gov. X": a legislator's or a governor's title opening a name. */
const LAWMAKER_TITLE = /^(?:(?:[Ss]tate|U\.S\.)\s+)?(?:Sen\.|Senator|Rep\.|Representative|Congress(?:man|woman)|Assembly(?:man|woman|member)|Del\.|Delegate|(?:State\s+)?Senate\s+President|Gov\.|Governor)\s+\p{Lu}/u;

/** ", who had addressed the Democratic National Convention", ", who spoke at a Tory rally": a clause telling where one spoke or went. */
const EVENT_CLAUSE = /,?\s+who\s+(?:(?:had|has|have|also|once)\s+)?(?:addressed|attended|visited|spoke\s+(?:at|to|before)|appeared\s+(?:at|on|before|with)|testified\s+(?:at|before)|met\s+with)\s.*$/u;

/** The body an appositive says one works for or belongs to; an event the clause says they spoke at or went to is not one. */
function employerIn(rest: string): string | null {
  const own = rest.includes(' who ') ? rest.replace(EVENT_CLAUSE, '') : rest;
  return ofOrganisation(own) ?? partyNamed(own) ?? namedSide(own);
}

/** ", a top adviser to Sanders", ", a spokeswoman for Mr. Cruz": one of a person's staff (group 1: the surname). */
const ADVISER_TO = /^,\s+(?:an?|the|one)\s+(?:(?:top|senior|chief|longtime|key|close|political|campaign|deputy|national)\s+){0,2}(?:adviser|advisor|aide|strategist|spokes(?:man|woman|person)|pollster|consultant)\s+(?:to|for)\s+(?:(?:Sen\.|Gov\.|Mr\.|Mrs\.|Ms\.)\s+)?(\p{Lu}\p{Ll}+)(?:['\u2019]s?)?(?=[\s,.;]|$)/u;
/** ", Sanders' campaign manager", ", the Cruz campaign's Iowa director": a post on a named campaign (group 1: the candidate). */
const CAMPAIGN_POST = /^,\s+(?:the\s+)?(\p{Lu}\p{Ll}+)(?:['\u2019]s?)?\s+(?:presidential\s+)?campaign(?:['\u2019]s)?\s+(?:[\p{L}-]+\s+){0,2}?(?:manager|chairman|chairwoman|chair|director|spokes(?:man|woman|person)|adviser|advisor|aide|strategist|secretary)\b/u;

/** The candidate whose staff an appositive says one is, when the article calls that person a candidate; else null. */
function candidateStaffed(article: ArticleFacts, rest: string): string | null {
  const surname = (CAMPAIGN_POST.exec(rest) ?? ADVISER_TO.exec(rest))?.[1];
  return surname && isDescribedCandidate(article, surname) ? surname : null;
}

/** Finds sides against what the article has said so far. */
export class SideResolver {
  private readonly article: ArticleFacts;
  /** The first of several bodies each short name begins (null: one or none), found once per name: each look scans the text. */
  private readonly firstBodies = new Map<string, string | null>();
  /** Each set of initials as the article spells them out, found once: each look scans the text. */
  private readonly spelled = new Map<string, string | null>();

  constructor(
    text: string,
    private readonly discourse: Discourse,
  ) {
    this.article = new ArticleFacts(text, discourse);
  }

  /** What a common-noun reference points to: a named actor sharing its words, else the last organisation. */
  byReference(nouns: string[], at: number, ownPhrase?: string): Actor | undefined {
    return byReference(this.article, nouns, at, ownPhrase);
  }

  /** The organisation the article names as a study's author, or null. */
  studyAuthor(): string | null {
    return this.article.studyAuthor();
  }

  /** "The Athletic" for "Athletic" when the article never writes the one word without its article. */
  titledOutlet(name: string): string {
    return this.article.titledOutlet(name);
  }

  /** The side a phrase speaks for: the first of the rules below that finds one (see the header). */
  sideOf(phrase: string, s: Sentence, person: boolean): string {
    const side = candidateSide(this.article, beforeComma(phrase), this.ruledSide(phrase, s, person));
    // "One of the climbers, Devin Paulsen of Calloway": a home town is no part of a side.
    return withoutStrayQuotes((person ? this.primaryRival(phrase, side, s) : null) ?? this.withoutHomeTown(side) ?? this.fullBodyName(side) ?? this.unionOfBranch(side) ?? this.firstBodyNamedAs(phrase, side) ?? this.outletInFull(side) ?? side);
  }

  /**
   * "Rep. Colt Harrower" in the Republican primary: the primary's party tells no rival apart, so a rival speaks
   * for themselves (and their staff and campaign for them); the party's own officers still speak for it, and so
   * does one the article tags with the party ("Senator Tim Scott, Republican of South Carolina"). Else null.
   * In a party the article calls split ("a rift among Republicans"), every member named speaks for themselves.
   */
  private primaryRival(phrase: string, side: string, s: Sentence): string | null {
    const head = beforeComma(phrase).trim();
    if (side === this.article.dividedParty()) return namedWithTitlesOnly(head);
    const name = side === this.discourse.primaryParty ? namedWithTitlesOnly(head) : null;
    if (!name) return null;
    const tagged = phrase.replace(PRIMARY_NAMED, '').split(/[\s,()]+/).some((w) => namedSide(w) === side);
    if (tagged || this.discourse.partyOf(lastWord(name))) return null;
    if (name !== head) return name;
    // "Both" is no one's name: a name alone is a rival's the article gives in full ("Harrower" → "Colt Harrower").
    const full = personName(this.discourse.fullName(name, s.index + 1)) ?? name;
    return full.includes(' ') && looksLikePersonName(full) ? name : null;
  }

  /** The paper a journalist's sentence says they wrote in ("wrote in the Harbin Daily piece", "writes for The Courier"), or null. */
  private paperWrittenIn(head: string, s: Sentence): string | null {
    const sentence = this.article.text.slice(s.start, s.end);
    const at = sentence.indexOf(head);
    const wrote = at >= 0 ? WROTE_IN.exec(sentence.slice(at + head.length)) : null;
    const name = wrote ? properName(sentence.slice(at + head.length + wrote[0].length), true) : null;
    return name && isOutletName(name) ? (namedSide(name) ?? stripThe(name)) : null;
  }

  /** "an editor for the Post" after "the Washington Post's owner": a paper by the one word its name ends in is the paper named in full; else null. */
  private outletInFull(side: string): string | null {
    if (side.includes(' ') || !isCapitalised(side) || !isOutletName(side) || namedSide(side) !== null) return null;
    const full = bodyEndingIn(this.article.text, side, this.article.text.length);
    return full ? stripThe(full.trim()) : null;
  }

  /** "Okafor" of the pair "Okafor and Lindgren", both introduced by their full names: Okafor's full name, else null. */
  private memberOfPair(surname: string, other: string, at: number): string | null {
    const full = this.discourse.introducedName(surname, at);
    return full && this.discourse.introducedName(other, at) ? full : null;
  }

  /**
   * "St. Brendan's said", where the article named "St. Brendan's Health" first and "St. Brendan's Regional Medical
   * Center" after: a name several bodies' names go on from is the body named first (a system before its hospitals),
   * not the longest; null when the phrase is no such name or only one body goes by it.
   */
  private firstBodyNamedAs(phrase: string, side: string): string | null {
    // "St. Brendan's said": the name is written with its possessive.
    const bare = stripThe(phrase);
    const name = [`${bare}'s`, `${bare}\u2019s`, bare].find((n) => side.startsWith(`${n} `));
    if (!name) return null;
    const known = this.firstBodies.get(name);
    if (known !== undefined) return known;
    const text = this.article.text;
    const names: string[] = [];
    for (let at = text.indexOf(`${name} `); at >= 0; at = text.indexOf(`${name} `, at + 1)) {
      const more = NAME_WORDS.exec(text.slice(at + name.length))?.[0];
      if (!more) continue;
      // "Lakeshore Savings" and "Lakeshore Savings Bank" are one body's names, the longer kept where the shorter came first.
      const whole = name + more;
      const one = names.findIndex((n) => n === whole || n.startsWith(`${whole} `) || whole.startsWith(`${n} `));
      if (one < 0) names.push(whole);
      else if (whole.length > (names[one] as string).length) names[one] = whole;
    }
    const first = names.length > 1 ? (names[0] as string) : null;
    this.firstBodies.set(name, first);
    return first;
  }

  /**
   * The name the article spelled initials out as, in full: "CDC" → "Centers for Disease Control and Prevention",
   * the words after the initials' last ("and Prevention") kept; null when the article never spelled them out.
   */
  private spelledOut(initials: string): string | null {
    const known = this.spelled.get(initials);
    if (known !== undefined) return known;
    const expanded = this.discourse.expandAcronym(initials);
    const at = expanded ? this.article.text.indexOf(expanded) : -1;
    // "the Federal Aviation Administration and Boeing": a name ending in a body's word is whole.
    const more = !expanded || at < 0 || isOrgWord(lastWord(expanded)) ? null : NAME_GOES_ON.exec(this.article.text.slice(at + expanded.length));
    const whole = more ? expanded + more[0] : expanded;
    this.spelled.set(initials, whole);
    return whole;
  }

  /**
   * "Local 418 of the Cultural Workers Guild" → the guild; "UMWA District 17" → "United Mine Workers of America"
   * where the article spells the initials out: a union's branch speaks as the union the article names (see
   * tests/articles/README.md); null for any other side ("Ironworkers Local 517" stays whole).
   */
  private unionOfBranch(side: string): string | null {
    const of = BRANCH_OF.exec(side)?.[1];
    if (of) return this.discourse.canonicalOrg(of);
    const initials = INITIALLED_BRANCH.exec(side)?.[1];
    const union = initials ? this.spelledOut(initials) : null;
    return union && UNION_WORD.test(union) ? this.discourse.canonicalOrg(stripThe(union)) : null;
  }

  /**
   * "Devin Paulsen of Calloway", "Meridian River Transport of Paducah" → the name without the town (see residentName);
   * never a body whose name goes on with "of": one of a kind ("Halverson Museum of Art"), or that the article calls by
   * its last word ("Ostwald Gallery of Fine Art" … "The gallery declined"); else null.
   */
  private withoutHomeTown(side: string): string | null {
    const name = residentName(side);
    if (!name || name.split(' ').some((w) => isOrgWord(w) || BODY_KINDS.has(w.toLowerCase()))) return null;
    const kind = lastWord(name).toLowerCase().replace(/[^\p{L}]/gu, '');
    return this.article.callsByKind(kind) ? null : name;
  }

  /**
   * "the railroad", "the super PAC", "Fund" (a name cut to its last word): the body the article named
   * in full as of that kind; null when the side is no bare kind or the article named none or several.
   */
  private fullBodyName(side: string): string | null {
    const bare = BARE_KIND.exec(side);
    const kind = bare?.[2] ?? ownerOfRole(side);
    if (!kind || (isCapitalised(kind) && !UNION_BRANCH.test(kind) && (!BODY_KINDS.has(kind.toLowerCase()) || namedSide(kind) !== null))) return null;
    // "the central bank" is no bank the article named: a qualifier must be the article's own description.
    return this.article.bodyOfKind(`${bare?.[1] ?? ''}${kind}`);
  }

  private ruledSide(phrase: string, s: Sentence, person: boolean): string {
    // "one, retired postal carrier Verna Oakes": a pronoun picking one of a group is the one its appositive names.
    const picked = ONE_OF_GROUP.exec(phrase);
    if (picked) return this.sideOfNamed(phrase.slice(picked[0].length), s);
    // "two other former staffers ... backed his account. One said": one of a group counted just before speaks for the group.
    // "Two people familiar with X's plans said P. One of them said Q": the group that spoke just before, and its side.
    const group = PARTITIVE_ALONE.test(phrase) ? (justBefore(this.discourse.recent(s.index, (x) => COUNTED_SPEAKERS.test(x.name)), s.index) ?? this.countedGroupBefore(s)) : null;
    if (group) return group;
    // "the Ohio Bureau of Workplace Health, Safety and Compensation": a body's whole name, its commas kept.
    const listed = phrase.includes(' and ') ? remitListName(phrase) : null;
    if (listed) return namedSide(listed) ?? this.discourse.canonicalOrg(stripThe(listed));
    const head = beforeComma(phrase).trim();
    // "The Ohio chapter of the Sierra Club": a state's or town's branch of a named body speaks as the body, never the state.
    const chapterOf = CHAPTER_OF.exec(head)?.[1];
    if (chapterOf) return this.sideOf(chapterOf, s, false);
    // "SkyLark Connect Flight 4417": a flight by its number speaks for the airline that flies it.
    const airline = FLIGHT_OF.exec(head)?.[1];
    if (airline) return namedSide(airline) ?? this.discourse.canonicalOrg(airline);
    // "City Hall said": the building stands for the town's government, as "the city" does.
    const hall = TOWN_HALL.test(head) ? this.article.localPlace() : null;
    if (hall) return hall;
    // "Indiana Inspector General Ana Ruiz", "the state auditor": a watchdog speaks as its own office.
    const watchdogOffice = watchdogSide(this.article, head, s.end);
    if (watchdogOffice) return watchdogOffice;
    // 'The "Marsh Lane Watch" page', "an account called @RidgeWatcher": a page or account by its name is its own side.
    const page = QUOTED_PAGE.exec(head)?.[1] ?? accountNamed(head);
    if (page) return page;
    // "A voice off camera says P" after "a clip posted by a user called @X": the voice speaks for the one who posted it.
    const poster = VOICE_IN_MEDIUM.test(head) ? this.posterAround(s) : null;
    if (poster) return poster;
    // "the sheriff's office had replaced its first post with an update saying P": a document of its own speaks for the sentence's subject.
    const owner = OWN_DOCUMENT.test(head) ? this.ownerOfDocument(head, s) : null;
    if (owner) return owner;
    // "A lawyer for the family of a 27-year-old man ...": the man, named in the sentences after;
    // "attorney Denise Carter" later: the same lawyer's side.
    const counsel = head.includes('awyer') || head.includes('ttorney') ? COUNSEL.exec(head) : null;
    const client = counsel?.[2] ? this.discourse.personNamedAfter(s.index) : counsel ? (this.discourse.recent(s.index, (x) => COUNSEL_FOR.test(x.name))?.side ?? this.counselClient(s)) : null;
    if (client) return client;
    // "The researchers", "the study", "lead author Dr Priya Raman": the body the article names as the study's author.
    const author = STUDY_VOICE.test(head) ? this.article.studyAuthor() : null;
    if (author) return author;
    // "The petition demands P", "according to the report": whoever the article says filed or wrote it.
    const document = DOCUMENT_VOICE.exec(head)?.[1];
    const filer = document ? this.documentFiler(document, s, head) : null;
    if (filer) return filer;
    // "Det Ch Supt X of Westshire police": an officer speaks for the force the phrase names.
    const rankedForce = forceOfRank(phrase);
    if (rankedForce) return rankedForce;
    const principal = this.sourceSide(head, s);
    if (principal) return principal;
    // "The Dublin firm", "the Kenyan charity": a private body by its kind and where it is from is the one of that kind named before.
    const placed = PLACED_KIND.exec(head);
    const placedBody = placed?.[1] && placed[2] && isPrivateKind(placed[2]) && isPlace(placed[1]) ? byReference(this.article, [placed[2]], s.index, head) : undefined;
    if (placedBody && !isCountrySide(placedBody.side)) return placedBody.side;
    const rest = phrase.slice(head.length);
    // "The shadow health secretary, Edward Lamb", "Conservative shadow chancellor X": an opposition spokesman speaks
    // for his party, else for himself, never the state.
    const shadow = head.includes('hadow') && SHADOW_OFFICE.test(head) ? (partyNamedIn(phrase, head, rest) ?? shadowSide(this.article, head, rest, s.index)) : null;
    if (shadow) return shadow;
    // "Search and rescue commander Jill Amundsen" after "Gallatin County Search and Rescue": the body named with those words.
    // "A state police spokesman" after "the Oregon State Police evidence unit" likewise.
    const kindAffiliation = person ? lowerCaseAffiliation(head) : null;
    const kindBody = kindAffiliation ? bodyEndingIn(this.article.text, kindAffiliation, s.start) : person ? spokespersonBody(this.article.text, head, s.start) : null;
    if (kindBody) return namedSide(stripThe(kindBody)) ?? this.discourse.canonicalOrg(stripThe(kindBody));
    // "The Norwegian pilots' union, Norsk Flygerforbund": the name the appositive gives, not the country of the description.
    const kindNamed = bodyNamedAfterKind(head, rest);
    if (kindNamed) return namedSide(kindNamed) ?? this.discourse.canonicalOrg(kindNamed);
    // "Botswana's main opposition party said P. X, leader of the Alliance for Democratic Change, ...": the party named next.
    const party = UNNAMED_PARTY.test(head) ? this.discourse.nameAfter(s.index, 2, isPartyName) : null;
    if (party) return namedSide(party) ?? this.discourse.canonicalOrg(party);
    // "Police said" with no police force named: the force of the dateline's town.
    const barePolice = !person && head.length <= 10 && withoutThe(head).toLowerCase() === 'police';
    const localPolice = barePolice ? this.article.localPolice() : null;
    if (localPolice) return byReference(this.article, ['police'], s.index)?.side ?? localPolice;
    // With no dateline town: the force an officer who spoke before was named with ("Carrington Police Capt. X").
    const namedForce = barePolice ? this.discourse.recent(s.index, (x) => x.side.endsWith(' Police'))?.side : undefined;
    if (namedForce) return namedForce;
    // "Police in Bulukumba": the force of the town named, as "Bulukumba Police" (a country's police is its state's).
    // "Westshire police" likewise: the organisation "Westshire Police", not the place.
    const policeTown = person ? undefined : (POLICE_IN_TOWN.exec(head) ?? TOWN_POLICE.exec(head))?.[1];
    if (policeTown && namedSide(policeTown) === null) return townPolice(this.article, policeTown, s.index);
    // "district officials said", "the district said", "A district spokeswoman, X": the school district the article names, else the school it names.
    const schoolDistrict = SCHOOL_DISTRICT_VOICE.test(head) ? schoolDistrictNamed(this.article, s.index) : null;
    if (schoolDistrict) return schoolDistrict;
    // "The council said": the council named before, else the town's, never the country of the last official.
    const council = !person && withoutThe(head).toLowerCase() === 'council' ? councilSide(this.article, s.index) : null;
    if (council) return council;
    const aged = person && AGE_APPOSITIVE.test(rest) ? agedPrivatePerson(head) : null;
    if (aged) return aged;
    // "Officials in Barekot, the rural municipality in ...": a local government's officials speak for it.
    const localBody = head.includes('fficials') ? LOCAL_OFFICIALS.exec(head)?.[1] : undefined;
    if (localBody && LOCAL_BODY_APPOSITIVE.test(rest) && !isCountrySide(namedSide(localBody) ?? '')) return localBody;
    // "The Minister of Finance, Wale Bankole", "the Minister for Enterprise": an office of state by its portfolio.
    const portfolioOffice = head.includes('inist') || head.includes('ecretary') ? PORTFOLIO_OFFICE.exec(head) : null;
    if (portfolioOffice?.[1] && isPortfolio(portfolioOffice[1])) return countryBefore(head.slice(0, portfolioOffice.index)) ?? contextSide(this.article, head, s);
    // "The state transportation director, Ellen Novak": the state's department of that portfolio the article names.
    const stateDepartment = head.includes('state ') ? stateDepartmentNamed(this.article, head, s.index) : null;
    if (stateDepartment) return stateDepartment;
    // "The Department of Health and Social Care": a department named by a portfolio first is the state's.
    const department = STATE_DEPARTMENT.exec(head)?.[1];
    if (department && isPortfolio(department) && namedSide(head) === null) return contextSide(this.article, head, s);
    const formerAide = person && isFormerStaff(head) ? formerStaffer(this.article, head, rest, s.index) : null;
    if (formerAide) return formerAide;
    const tag = partyNamedIn(phrase, head, rest) ?? partyOfName(this.article, head, person);
    if (tag) return tag;
    // "Washington Gov. Ellis Crane": a state's name before a state's title is the state, though it may name a capital too.
    const stateOfficer = person ? (stateOfTitledOfficer(head) ?? stateOfDatelineOfficer(this.article, head, rest)) : null;
    if (stateOfficer) return stateOfficer;
    // "Council leader Moira Tennant" of "the Labour-run authority": the ruling party, else the council (its staff speak for the council only).
    // "Councillor X, who represents the Canal ward" / "who leads the Independent group": the clause says whom they speak for.
    const councillor = person && COUNCILLOR.test(head) && !rest.includes(' who ') ? (this.article.rulingParty() ?? councilSide(this.article, s.index)) : null;
    if (councillor) return councillor;
    // "The Trump campaign": a campaign is partisan, never the state its candidate may lead.
    const campaign = head.endsWith('campaign') ? CAMPAIGN_OF.exec(head)?.[1] : undefined;
    if (campaign) return campaignSide(this.article, campaign, s.index);
    // "The office of Senate Majority Leader Ruth Okafor" speaks for her.
    const holder = OFFICE_OF_PERSON.exec(head)?.[1];
    if (holder && looksLikePerson(holder)) return this.sideOf(holder, s, true);
    // "The Prime Minister's Office", "a spokesman for the Governor's Office": the holder's side, else the dateline's.
    const role = head.endsWith('Office') ? ROLE_OFFICE.exec(head)?.[1] : undefined;
    if (role && isRoleName(role)) return officeSide(this.article, role, s.index);
    // "A BCI spokesman", "an ICRC spokeswoman": the body the article named in full.
    const initialled = ACRONYM_BEFORE_WORD.exec(head);
    const initials = initialled && isRoleWord(initialled[2] as string) ? initialled[1] : null;
    const expanded = initials ? this.spelledOut(initials) : null;
    if (initials && expanded) return namedSide(initials) ?? this.sideOf(stripThe(expanded), s, false);
    // "The NBS", "the CPSC": the side of the name the article spelled out.
    const acronym = withoutThe(head);
    const spelled = ACRONYM.test(acronym) && !namedSide(acronym) ? this.spelledOut(acronym) : null;
    if (spelled) return this.sideOf(stripThe(spelled), s, false);
    // "The army's spokesman, Brig. Gen. X": a state's force that no country owns in the phrase speaks for the country in context.
    const force = FORCE_OWNER.exec(head)?.[1];
    if (force) return contextSide(this.article, `the ${force}`, s);
    const again = sameRoleBefore(this.article, head, s.index);
    if (again) return again;
    const described = rest === '' ? describedPerson(this.article, head, s.index) : null;
    if (described) return described;
    // "chief building official Ray Okafor" where the article tells of the city's building department: the town.
    const townDepartment = person ? townDepartmentStaffSide(this.article, head) : null;
    if (townDepartment) return townDepartment;
    const spokesperson = spokespersonOf(this.article, head, s.index);
    if (spokesperson) return spokesperson;
    const placeRole = placeRoleSide(this.article, head, rest, person, s.index) ?? placeOfficeSide(this.article, head);
    if (placeRole) return placeRole;
    const port = portSide(this.article, head, s.index);
    if (port) return port;
    // "Union officials said", "company executives", "a union spokeswoman": the body of that kind the article named.
    const kindStaff = KIND_STAFF.exec(head)?.[1]?.toLowerCase();
    const staffedBody = kindStaff && BODY_KINDS.has(kindStaff) ? byReference(this.article, [kindStaff], s.index, head) : undefined;
    if (staffedBody && !staffedBody.person && !isCountrySide(staffedBody.side) && staffedBody.side.toLowerCase() !== kindStaff) return staffedBody.side;
    const service = person ? null : serviceSide(this.article, head, s);
    if (service) return service;
    const workplace = workplaceOf(head) ?? membersOf(head);
    if (workplace) return namedSide(workplace) ?? this.discourse.canonicalOrg(workplace);
    const people = HOME_LINK.test(head) && !APPOSITIVE_NAME.test(rest) ? peopleInPlace(head) : null;
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
    const mayorsPlace = person && MAYOR_TITLE.test(head) ? this.article.localPlace() : null;
    if (mayorsPlace) return mayorsPlace;
    // "Former City striker Gary Pollard, who scored 88 goals for the club": one who no longer plays or works for a body speaks for himself.
    // "Dana Ruiz, a former director of the agency": an appositive saying so likewise, whatever office it names.
    const formerly = person && ((FORMER_OPENING.test(head) && !hasGovernmentWord(head)) || (FORMER_APPOSITIVE.test(rest) && looksLikePersonName(head))) ? personName(head) : null;
    if (formerly) return formerly;
    if (person) {
      // "Haynes' mother, Gloria Haynes": a relative named speaks for themselves.
      const kin = head.includes("'") || head.includes('\u2019') ? NAMED_KIN.exec(head)?.[1] : undefined;
      const relative = kin && isKinRole(kin) ? properName(rest.replace(/^[\s,]+/, ''), true) : null;
      if (relative) return relative;
      // "columnist Ai Lan wrote in the Harbin Daily piece": a journalist by role alone writes for the paper named.
      const paper = JOURNALIST.test(head) && head === phrase ? this.paperWrittenIn(head, s) : null;
      if (paper) return paper;
      // "a man who gave his name as Corporal Didier Bahati": someone known only by the name they gave.
      const given = phrase.includes(' as ') ? SELF_NAMED.exec(phrase)?.[1] : undefined;
      if (given) return personName(given) ?? given;
      const principal = agentOfPerson(this.article, phrase, s.index);
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
      const ledBody = led && BODY_KINDS.has(led) ? byReference(this.article, [led], s.index, phrase) : undefined;
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
      // "X, a top adviser to Sanders", "X, Sanders' campaign manager", "X, the Cruz campaign's Iowa director": likewise.
      const candidate = (rest.includes(' campaign') ? CAMPAIGN_FOR.exec(rest)?.[1] : undefined) ?? candidateStaffed(this.article, rest);
      if (candidate) return campaignSide(this.article, candidate, s.index);
      const employedAt = who >= 0 ? (ofOrganisation(rest.slice(0, who)) ?? ofOrganisation(rest.slice(who))) : null;
      const employer = employedAt ?? possessorSide(this.article, rest, s.index) ?? workplaceByKind(this.article, rest, s.index);
      if (employer) return employer;
      // "FBI Director James Comey", "RCMP Commissioner Bob Paulson": the body an acronym names.
      const [acronym, role] = head.split(/\s+/);
      if (acronym && role && ACRONYM.test(acronym) && isRoleWord(role)) return namedSide(acronym) ?? this.discourse.canonicalOrg(acronym);
      // "Retired nurse Beverly Tran": the name after the role, not a word the sentence capitalised.
      // "Another passenger, Marcus Greene of Decatur": the name without the home town.
      // "Police Chief Angela Ruiz, who has stayed publicly neutral": a rank is an office, whatever the clause says of its holder.
      if (speaksForSelf(phrase) && !hasOfficialTitle(head) && !roleBody(head)) return personName(head) ?? residentName(rest.replace(/^[\s,]+/, '')) ?? properName(rest) ?? head;
    }
    const privatePerson = privatePersonSide(this.article, head, s.index);
    if (privatePerson) return privatePerson;
    const prefixed = person ? null : prefixedBody(this.article, head);
    if (prefixed) return this.discourse.canonicalOrg(prefixed);
    const own = person ? null : (nationalOrganisation(head) ?? bodyOfCountry(head));
    if (own) return own;
    // "An armed group in eastern Congo said P. The Kivu Patriotic Alliance (KPA) ...": named just after, never the country it is in.
    const armed = !person && UNNAMED_ARMED_GROUP.test(head) ? this.discourse.organisationNamedAfter(s.index) : null;
    if (armed) return namedSide(armed) ?? armed;
    // "A spokesman for Moorland Travel said ... The firm said": the company whose spokesman just spoke.
    const theCompany = !person && THE_COMPANY.test(head);
    const spokenFor = theCompany ? bodySpokenForBefore(this.article, withoutThe(head).toLowerCase(), s.index) : null;
    if (spokenFor) return spokenFor;
    // "Company says P" over an update: the body its first sentence opens with ("Tri-State Midstream, which runs the plant, said").
    const headlined = theCompany && !head.includes(' ') ? this.discourse.openingNameBefore(s.index + 2, 1, isBusinessName) : null;
    if (headlined) return this.discourse.canonicalOrg(headlined);
    // "The company said P" before any company is named: the one the article names a few sentences on.
    // Only a body that may be a company: "the company said" is not "The Drivers and Couriers Union" named next.
    const company = theCompany ? this.discourse.organisationNamedAfter(s.index, COMPANY_REACH) : null;
    if (company && !kindConflicts(withoutThe(head).toLowerCase(), company)) return namedSide(company) ?? company;
    // "drivers for the ride-hailing app Zipra ..., a decision the company said it would challenge": the business the sentence names.
    const business = theCompany ? organisationIn(this.article.text.slice(s.start, s.end)) : null;
    if (business) return this.discourse.canonicalOrg(business);
    // "Judges said": a body's members by their rank speak for the body of that kind named before.
    const ranked = !person && !withoutThe(head).includes(' ') && roleBody(head) ? rankSide(this.article, head, s.index) : null;
    if (ranked) return ranked;
    // "Ireland's data watchdog, the Data Protection Commission": the body the appositive names, as other mentions name it.
    const watchdog = OWNED_BY_COUNTRY.test(head) ? ownedBodyNamed(rest) : null;
    if (watchdog) return this.discourse.canonicalOrg(watchdog);
    // "Conservative icon Phyllis Schlafly" where the article writes "conservatives": a party's word capitalised only
    // by opening the sentence describes the person, it names no party.
    const direct = namedSide(head);
    if (direct && !(isPartySide(direct) && this.article.describesByPartyWord(head, s))) return direct;
    // "Kestrel's largest shareholder, the pension fund Northgate Capital": the body the appositive names speaks for itself.
    const appositive = OWNED_HEAD.test(head) ? describedBody(rest) : null;
    if (appositive) return namedSide(appositive) ?? this.discourse.canonicalOrg(appositive);
    // "The artist's agency, Halide Projects": a body named by its kind and owner, then by its name.
    const ownedBody = !person && rest !== '' && GENERIC_TYPES.has(lastWord(head).toLowerCase()) && POSSESSIVE_S.test(head) ? properName(rest.replace(/^[\s,]+/, ''), true) : null;
    if (ownedBody) return namedSide(ownedBody) ?? this.discourse.canonicalOrg(ownedBody);
    // "Pettibone's council colleague, Council President Miriam Osei": the one the appositive names, for their own side.
    const related = rest.startsWith(', ') && isRelationOf(head) ? properName(rest.slice(2), true) : null;
    if (related) return this.sideOfNamed(related, s);
    // "the union representing the museum's security officers": the body of that kind named before, else just after.
    const serving = SERVES_KIND.exec(head)?.[1];
    // "The union representing the ferry's crews, the Marine Crew Alliance,": the appositive names the body.
    const named = serving ? bodyNamedAfterKind(serving, rest) : null;
    if (named) return namedSide(named) ?? this.discourse.canonicalOrg(named);
    const before = serving && isOrgWord(serving) ? byReference(this.article, [serving], s.index, head)?.side : undefined;
    const served = serving && isOrgWord(serving) ? (before && lastWord(before).toLowerCase() === serving ? before : this.discourse.organisationNamedAfter(s.index)) : null;
    if (served) return namedSide(served) ?? this.discourse.canonicalOrg(served);
    const possessor = possessorSide(this.article, head, s.index, phrase);
    if (possessor) return possessor;
    const written = (person ? null : describedName(head)) ?? properName(withoutRelative(head));
    // "Boat owners said", "Local radio reported": a word only the sentence capitalised names no one.
    const sentenceWord = written !== null && this.article.sentenceCapitalised(written, head, s);
    const name = sentenceWord ? null : written;
    // "A consumer group, Drivers for Safety": the name comes in the appositive.
    if (!name && !person) {
      const appositive = properName(rest.replace(/^[\s,]+/, ''), true);
      if (appositive) return namedSide(appositive) ?? this.discourse.canonicalOrg(stripThe(appositive));
    }
    const local = placeServiceSide(this.article, head, s.index);
    if (local) return local;
    // "Haverford's campaign stood by the figure. Communications director X said": campaign staff by role alone speak for the campaign that just spoke.
    const staffOf = person && CAMPAIGN_STAFF.test(head) ? this.campaignThatSpoke(s) : undefined;
    if (staffOf && s.index - staffOf.sentence <= STAFF_REACH) return staffOf.side;
    // "Lumora spokeswoman Anneke Vos", "National Security Council spokesman ...": who they work for.
    const found = affiliationBeforeRole(head);
    // A portfolio names a government only for a government role: "Health minister X", not "Trade lawyer X".
    const portfolio = !!found && isPortfolio(found);
    // "Board president Gail Hendershot": a kind of body alone names none; the one of that kind the article named, else the person,
    // as a board's member by title speaks for themselves (see BOARD_MEMBER).
    const boardMember = person && found !== null && SEATED_BODY.test(found) && namedSide(found) === null ? personName(head) : null;
    if (boardMember) return this.fullBodyName(found as string) ?? boardMember;
    const affiliation = portfolio && !hasGovernmentWord(head) ? null : found;
    // Only a name the article uses as a name: "Trade lawyer Jennifer Sato" is capitalised by the sentence.
    // "Enterprise Minister Siobhan Kehoe": a portfolio with a government role is an office of state, named once or not.
    // "WMGA news director Phil Ostrander": initials or call letters are a name however seldom the article writes them.
    if (affiliation && !this.article.commonWordOpening(affiliation, s) && (portfolio || this.discourse.isKnownName(affiliation) || ACRONYM.test(affiliation) || isGenericGovernment(affiliation))) {
      if (!isGenericGovernment(affiliation) && !portfolio) return this.discourse.canonicalOrg(affiliation);
      return contextSide(this.article, head, s);
    }
    if (person) {
      // "The company's outside counsel, Niamh Carroll of the Dublin firm Carroll Whelan": counsel acts for the owner, not for their own firm.
      const client = OWNED_AGENT.test(head) ? possessorSide(this.article, head, s.index, phrase) : null;
      if (client) return client;
      const employer = ofOrganisation(head) ?? employerIn(rest);
      if (employer) return employer;
      // "Fresno Fire Department Battalion Chief Laura Mendes": the body named before the capitalised title.
      const titledBy = bodyBeforeTitle(wordsAfterDeterminer(head));
      // "Harlan County Emergency Management Director X": the county, not a longer name it opens ("Harlan County Sheriff's Office").
      if (titledBy) return namedSide(titledBy) ?? (isLocalGovernment(titledBy) ? titledBy : this.discourse.canonicalOrg(titledBy));
      // "Sonoran State President Dr. Alan Whitcomb" after "Sonoran State University": the body the article named in full from those words.
      const shortened = this.bodyOpeningTitle(head, s);
      if (shortened) return shortened;
      // "The mall's owner, Castlegate Properties": the owner named is a company, which speaks for itself.
      const appositive = properName(rest.replace(/^[\s,]+/, ''), true);
      if (appositive && appositive.split(/\s+/).some(isOrgWord)) return namedSide(appositive) ?? this.discourse.canonicalOrg(appositive);
      // "Authority General Manager Petra Lindqvist": a kind of body before the title is the one the article named in full.
      const kindBeforeTitle = KIND_BEFORE_TITLE.exec(head);
      const titledBody = kindBeforeTitle?.[1] && isRoleWord(kindBeforeTitle[2] as string) ? this.fullBodyName(kindBeforeTitle[1]) : null;
      if (titledBody) return titledBody;
      // "chief executive Giulia Ferrante": the company that spoke last.
      // Not a rank of the police or fire service ("Chief Inspector X"), nor "posts" that spoke last.
      // "Former chairman Keith Aldous": who held the role before speaks for themselves.
      if (hasCorporateRole(head) && !FORMER.test(head) && !hasGovernmentWord(head) && !roleBody(head)) {
        // Never an outlet that reported on them ("Manager Steve Lindqvist" after "The Sunday Courier reported"),
        // nor a person's surname standing alone ("Stott told the hall"), nor one described, never named ("A volunteer firefighter at the scene"),
        // nor a force whose people hold ranks ("Bakery owner X" after "Dunmore Police said").
        const isCompany = (x: Actor): boolean => !x.person && isCapitalised(lastWord(x.side)) && !isCountrySide(x.side) && !isPartySide(x.side) && !isUnnamedSide(x.side) && !isOutletName(x.side) && !isRankedBody(x.side) && !this.article.isSurname(x.name, s.index);
        // "Halberd has been looking to expand, Chief Executive X has said": a company the sentence names before the one that spoke last.
        const names = s.tokens.filter((t) => t.pos === 'PROPN').map((t) => t.text);
        const named = (x: Actor): boolean => isCompany(x) && names.includes(x.side.split(' ')[0] ?? '') && !(x.side.includes(' ') && looksLikePersonName(x.side));
        const company = this.discourse.recent(s.index, named) ?? this.discourse.recent(s.index, isCompany);
        if (company) return bodyOfMembers(company.side);
      }
      // "the governor of the Odesa region": a place the country data does not know is no clue to a
      // country, and the last country that spoke is a guess; the official is their own side.
      // In a datelined article the region is taken to be in the dateline's country.
      const place = PLACE_OF.exec(phrase);
      if (place?.[1] && !isCountrySide(namedSide(place[1]) ?? '')) return this.discourse.datelineCountry ?? personName(head) ?? stripThe(head);
      const rank = rankSide(this.article, head, s.index);
      if (rank) return rank;
      // "state Assemblywoman Tamsin Okereke": one named after a title the tables do not hold speaks for themselves, whatever word describes the office.
      if (hasUntabledTitle(head)) return personName(head) ?? head;
      // "City Council member Ray Okafor, who chairs ...": a member of a board by title speaks for themselves, as "City Councilwoman X" does.
      const member = BOARD_MEMBER.exec(head)?.[1];
      if (member) return member;
      const state = stateOfTitledOfficer(head);
      if (state) return state;
      // An official named only by role speaks for the government the article is about.
      const government = hasGovernmentWord(phrase) ? contextSide(this.article, head, s) : null;
      // "Sen. Dana Whitlow", "State Senate President X", "Gov. X" with no party or state the article gives: a lawmaker
      // or a governor may speak for the party that just spoke ("Republicans disputed it. Sen. X said"), never the country.
      if (government) return isCountrySide(government) && LAWMAKER_TITLE.test(head) ? (personName(head) ?? government) : government;
      // "Two other researchers who examined his findings at Reuters' request": the clause names no one of theirs.
      const own = withoutRelative(head);
      return personName(own) ?? properName(rest.replace(/^[\s,]+/, ''), true) ?? stripThe(own);
    }
    // "The Gaza health ministry, which is run by Hamas": who runs a body named only by its place.
    const runner = hasGovernmentWord(head) ? namedSide(rest) : null;
    if (runner) return runner;
    if (name && !isGenericGovernment(name)) {
      // "Derek Sato of Sacramento, California": a person with their home town, which no title told apart.
      const resident = residentName(name);
      if (resident) return resident;
      const org = this.discourse.canonicalOrg(stripThe(name));
      // "Okafor" after "Okafor and Lindgren did not respond", the two named in full before: one of a pair is not the pair.
      const member = org.startsWith(`${name} and `) ? this.memberOfPair(name, org.slice(name.length + 5), s.index) : null;
      if (member) return member;
      // "The Athletic", "The Economist": a one-word name the article never writes without its article keeps it.
      return org === name && !person && THE_NAME.exec(head)?.[1] === name ? this.article.titledOutlet(name) : org;
    }
    // "one passenger wrote", "a neighbour said": one of the public, unnamed, speaks as what they are, never for the country that spoke last.
    const member = ONE_OF_PUBLIC.exec(head)?.[1];
    if (member && isPublicMemberNoun(member)) return member;
    // "Rebel commanders denied", "Local officials said": people described, not named, speak for themselves.
    return sentenceWord ? stripThe(withoutRelative(head)) : contextSide(this.article, head, s);
  }

  /**
   * "Sources close to the governor", "a person close to the Maddox campaign": an unnamed source speaks
   * for the one the description names (see tests/articles/README.md); null when it names no one.
   */
  sourceSide(head: string, s: Sentence): string | null {
    const principal = sourcePrincipal(head);
    if (!principal) return null;
    // "A person close to the campaign": the campaign that spoke last ("The Maddox campaign").
    const campaign = /^the\s+campaign$/iu.test(principal) ? this.campaignMetBefore(s) : null;
    if (campaign) return campaign;
    // "the council's leadership" → the council, a body: its word makes it no person.
    const side = this.sideOf(principal, s, !isOrgWord(lastWord(principal)) && looksLikePerson(principal));
    // A body the article has not named ("the council" before any council) leaves the source's own side;
    // a role is the office the article named for it ("the inspector general's work", "the Office of Inspector General").
    if (!isUnnamedSide(side)) return side;
    // "A source close to the team": the private body of that kind that spoke last, by itself or by its spokeswoman.
    const kind = lastWord(principal).toLowerCase();
    const body = isPrivateKind(kind) ? this.discourse.recent(s.index, (x) => speaksForBody(x) && !kindConflicts(kind, x.side, false)) : undefined;
    return body?.side ?? namedOfficeOf(this.article, principal);
  }

  /** The last campaign that spoke under its own name ("the Haverford campaign said"), if any. */
  private campaignThatSpoke(s: Sentence): Actor | undefined {
    return this.discourse.recent(s.index, (x) => !x.person && /\bcampaign$/iu.test(x.name) && !isUnnamedSide(x.side));
  }

  /**
   * "her campaign", "the campaign": the side of the campaign that spoke last under its candidate's name
   * ("The Maddox campaign"), else of the candidate whose campaign the text named last, or null.
   */
  campaignMetBefore(s: Sentence): string | null {
    const spoke = this.campaignThatSpoke(s);
    if (spoke) return spoke.side;
    const candidates = [...this.article.textBefore(s.start).matchAll(CANDIDATE_CAMPAIGN)].map((m) => m[1] as string);
    const candidate = candidates.filter((name) => this.discourse.fullName(name, s.index) !== name).pop();
    return candidate ? campaignSide(this.article, candidate, s.index) : null;
  }

  /** The side of the one the article says filed or wrote a document of this kind ("a petition filed by X"), or null. */
  private documentFiler(kind: string, s: Sentence, head: string): string | null {
    // The sentence's full stop is no part of the name.
    const names = SAME_DOCUMENTS.find((d) => d.includes(kind)) ?? [];
    const kinds = [kind, ...names.filter((k) => k !== kind)];
    const filed = kinds.map((k) => documentFiledBy(k).exec(this.article.text)?.[1]).find(Boolean)?.replace(/\.$/, '');
    // "X sued Y on Wednesday. The lawsuit alleges P": the last one the article says sued before.
    // "The Fiscal Bureau, in a memo released Friday, estimated P. The memo said Q": the one who spoke in it.
    const lastBefore = (pattern: RegExp, end: number): string | undefined => [...this.article.textBefore(end).matchAll(pattern)].pop()?.[1];
    const sued = COURT_FILINGS.includes(kind) ? (lastBefore(SUED_BY, s.start) ?? lastBefore(FILED_A, s.end))?.trim() : undefined;
    const filer = filed ?? sued ?? lastBefore(spokenIn(kind), s.end);
    if (filer) return this.sideOfNamed(filer, s);
    // "the arrest report", then "the report": a police record speaks for the police force that spoke last.
    const record = POLICE_RECORD.test(head) || (kind === 'report' && /^[Tt]he\s+report$/.test(head) && POLICE_RECORD.test(this.article.textBefore(s.start)));
    return record ? (this.discourse.recent(s.index, (x) => POLICE_SIDE.test(x.side))?.side ?? null) : null;
  }

  /**
   * "a report on WHFT-TV's website", "posts by an account called X": the side of the one the sentence
   * (or the sentence after, about it; or the one before, for "the account") says published it;
   * else the page it was on ("a post on a community Facebook page"), or null.
   * `definite`: the phrase refers back ("The account also said").
   */
  publisher(kind: string, s: Sentence, definite = false, head = ''): string | null {
    const one = kind.replace(/s$/, '');
    // "The memo said P": a document referred back to speaks for whoever the article says wrote it.
    const document = definite ? DOCUMENT_VOICE.exec(head)?.[1] : undefined;
    if (!PUBLISHED_KINDS.has(one)) return document ? this.documentFiler(document, s, head) : null;
    const text = this.article.text.slice(s.start, s.end);
    const m = publishedWhere(`${one}s?`).exec(text);
    // "posts on local Facebook pages": where many were published names none of them (posts are their own side).
    // "the Harlan Ford Community Watch Facebook page": the page's name, without the platform it is on.
    const page = kind === one && m?.[2] ? withoutPlatform(m[2]) : undefined;
    const name = accountNamed(text) ?? m?.[1] ?? m?.[3] ?? (page && !isPlatform(page) ? page : null) ?? this.accountNamedAround(one, s, definite);
    if (name) return namedSide(name) ?? this.discourse.canonicalOrg(name);
    if (page) return page;
    // "according to its annual report": a document of its own speaks for the sentence's subject (see OWN_DOCUMENT).
    const owner = OWN_DOCUMENT.test(head) ? this.ownerOfDocument(head, s) : null;
    if (owner) return owner;
    // "newspaper and social media reports": many reports are no one's document.
    if (kind !== 'report') return null;
    // "the 38-page report", "a report released Monday by X": whoever the article (for an indefinite one, the sentence) says
    // released it; "a report released Monday by a government watchdog": the author the article names for a report.
    const author = this.reportAuthor(s, UNNAMED_AUTHOR.test(text) ? this.article.text : definite ? this.article.textBefore(s.end) : text);
    return author ?? (document ? this.documentFiler(document, s, head) : null);
  }

  /**
   * "a report released Thursday by the state inspector general": the side of the one `text` names as having
   * written or released a report, else null. "Investigators found P" after such a report speak for it too.
   */
  reportAuthor(s: Sentence, text = this.article.textBefore(s.end)): string | null {
    const author = documentFiledBy('report').exec(text)?.[1]?.replace(/\.$/, '');
    return author ? this.sideOfNamed(author, s) : null;
  }

  /** The account this sentence or the one before names as having posted something ("posted by a user called @X"), or null. */
  private posterAround(s: Sentence): string | null {
    const name = accountNamed(this.article.text.slice(this.discourse.sentenceStart(Math.max(0, s.index - 1)), s.end));
    return name ? (namedSide(name) ?? this.discourse.canonicalOrg(name)) : null;
  }

  /** "By noon, the agency had replaced its first post": the subject before the verb that owns the document, or null. */
  private ownerOfDocument(head: string, s: Sentence): string | null {
    const text = this.article.text.slice(s.start, s.end);
    const before = text.slice(0, Math.max(0, text.indexOf(head)));
    // "The Tri-Valley Food Bank served 48,000 families, according to its annual report": the body the sentence opens with.
    const owner = DOCUMENT_OWNER.exec(before)?.[1] ?? (ACCORDING_TO.test(before) ? OPENING_BODY.exec(text)?.[1] : undefined);
    return owner ? this.sideOfNamed(owner, s) : null;
  }

  /** The account named in the sentence after `s` when it is about the post, or in the one before for a reference back. */
  private accountNamedAround(kind: string, s: Sentence, definite: boolean): string | null {
    const next = this.article.text.slice(this.discourse.sentenceStart(s.index + 1), this.discourse.sentenceStart(s.index + 2));
    const after = aboutPublished(kind).test(next) ? accountNamed(next) : null;
    return after ?? (definite && s.index > 0 ? accountNamed(this.article.text.slice(this.discourse.sentenceStart(s.index - 1), s.start)) : null);
  }

  /** The group counted last in the sentence before this one ("two other former staffers" → "former staffers"), or null. */
  private countedGroupBefore(s: Sentence): string | null {
    // "One of them, Heartland Daily Wire, said": the sentence names the one (see ONE_OF_GROUP).
    if (ONE_OF_GROUP.test(this.article.text.slice(s.start, s.end))) return null;
    const before = this.article.text.slice(Math.max(0, s.start - GROUP_REACH), s.start);
    const groups = [...before.matchAll(COUNTED_GROUP)];
    return groups[groups.length - 1]?.[1] ?? null;
  }

  /**
   * "Sonoran State President Dr. Alan Whitcomb" → "Sonoran State University": the capitalised words before
   * a capitalised title, naming no place or side of their own, as the opening of a body the article named
   * in full; else null.
   */
  private bodyOpeningTitle(head: string, s: Sentence): string | null {
    const words = wordsAfterDeterminer(head);
    const title = words.findIndex((w, k) => k > 0 && isRoleWord(w) && isCapitalised(w));
    const opening = words.slice(0, Math.max(0, title));
    if (opening.length === 0 || !opening.every(isCapitalised) || opening.some((w) => namedSide(w) !== null)) return null;
    const name = opening.join(' ');
    // "Pellam County Sheriff X": a county's or town's officer, not the "Pellam County Medical Center" the article named.
    if (isLocalGovernment(name)) return null;
    // The nearest such body named so far: "the Sonoran State Faculty Association", named later, is another.
    // "a news conference at City Hall": a building where something happened is no body a "City Councilman" sits on.
    const body = this.discourse.namesNear(s.index, s.index + 1, (n) => n.startsWith(`${name} `) && isBodyName(n) && !TOWN_HALL.test(n))[0];
    return body ? (namedSide(body) ?? this.discourse.canonicalOrg(body)) : null;
  }

  /** The side of someone the article names in passing (a filer, a client), a person or a body as the name looks. */
  private sideOfNamed(name: string, s: Sentence): string {
    return this.sideOf(name, s, looksLikePerson(personName(name) ?? name));
  }

  /** "The lawyer, Catherine Blyth of Harwood Blyth": the side of the client the article names for counsel, or null. */
  private counselClient(s: Sentence): string | null {
    const named = this.article.clientOfCounsel();
    // "Rusk, through her lawyer": the fullest name the article gave her before.
    const client = named && !named.includes(' ') ? this.discourse.fullName(named, s.index) : named;
    return client ? this.sideOfNamed(client, s) : null;
  }
}

/** "Board", "Commission": a body whose members sit on it by its kind's one word, no name the side tables know. */
const SEATED_BODY = /^(?:Board|Council|Commission|Committee)$/u;

/** "Tri-State Midstream", never "Derek Hollis" (a first name opens it) nor a country or party: a name a business may bear. */
function isBusinessName(name: string): boolean {
  return name.includes(' ') && !isFirstName((name.split(' ')[0] as string).toLowerCase()) && namedSide(name) === null;
}

/** "a tight Democratic primary", "the Republican Senate primary": a primary named by its party, which tags no one. */
const PRIMARY_NAMED = /\b\p{Lu}\p{L}*\s(?:\p{L}+\s)?primar(?:y|ies)\b/gu;

/** Words before a name that make its bearer act for another: "Party spokesman Troy Mabus", "GOP Chairman X". */
const ACTS_FOR_ANOTHER = /^(?:Party|GOP|Chair(?:man|woman)?|Spokes(?:man|woman|person)|Director|Manager|Aide|Adviser|Advisor)$/u;

/** "Rep. Colt Harrower", "Ms. Marquardt": the name of a person named with capitalised titles at most, else null. */
function namedWithTitlesOnly(head: string): string | null {
  const name = personName(head);
  const before = name ? head.slice(0, head.lastIndexOf(name)).split(/\s+/).filter(Boolean) : [];
  return name && before.every((w) => isCapitalised(w) && !ACTS_FOR_ANOTHER.test(w) && !isPartySide(namedSide(w) ?? '')) ? name : null;
}

/** "Harlan Ford Community Watch Facebook" → "Harlan Ford Community Watch": a page's name without the platform closing it. */
function withoutPlatform(name: string): string {
  const last = lastWord(name);
  return name !== last && isPlatform(last) ? name.slice(0, -last.length).trimEnd() : name;
}

/** The account or page the text names ("an account called X"), or null. */
function accountNamed(text: string): string | null {
  const m = ACCOUNT_NAMED.exec(text);
  return m?.[1] ?? m?.[2] ?? m?.[3] ?? null;
}

/** Does this actor speak for a body by its name ("Mariners spokeswoman X" for "Carrington Mariners"), no country, party, person or quote's words? */
function speaksForBody(actor: Actor): boolean {
  const side = actor.side;
  return isCapitalised(lastWord(side)) && !(actor.person && lastWord(side) === lastWord(actor.name)) && !isCountrySide(side) && !isPartySide(side) && !isUnnamedSide(side);
}
