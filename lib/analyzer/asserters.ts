// Stage 3: asserters. Turn each attribution's source phrase into a Party: the full noun phrase
// as the article gives it, with pronouns ("it said", "he added") and short references ("the
// agency", "Rahimzoda") traced back to the named actor, and the side it speaks for.
import type { Party } from './types';
import type { Actor } from './side-names';
import type { Attribution } from './attributions';
import { MAX_SENTENCE_TOKENS, type Sentence } from './sentences';
import { lexiconTag, type Token } from './nlp';
import { Discourse, isPairOfPeople, isStreetName, kindConflicts } from './discourse';
import { genderOf, pronounGender } from './gender';
import { CLOSE_QUOTES, INDEFINITE_ARTICLES, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS, clauseStart, commaAfter, hasVerb, isQuote, isVerb, subjectAt, textOf } from './phrases';
import { FORMER, hasGovernmentWord, isCountrySide, isCourtesyTitle, isKinRole, isFameNoun, isFormerStaff, isGroupNoun, isMemberNoun, isOrgWord, isOutletNoun, isPartySide, isPlatform, isPrivateKind, isRoleWord, isServiceBody, isStaffGroup, isUnnamedSide, looksLikePerson, namedSide, placeForms, remembered } from './side-names';
import { SideResolver } from './sides';
import { DETERMINERS, personName } from './sides/names';
import { speaksAsMembers } from './sides/organisations';
import { sourcePrincipal } from './sides/people';
import { GENERIC_TYPES, REGULATOR, referenceNouns } from './sides/references';
import { ROLE_TITLES, watchdogOffice } from './sides/roles';
import { MEDIA_NOUNS, NAMING_CUES, PUBLISHED_NOUNS, isRumourWord } from './lexicon';
import { beforeComma, isCapitalised, lastWord, unshouted } from './words';

export interface Asserted {
  attribution: Attribution;
  asserter: Party;
}

interface Who {
  party: Party;
  person: boolean;
  /** Unnamed reports or rumours: no actor a later "it" or "the agency" could point to. */
  unnamed?: boolean;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'i']);
const OWNER_PRONOUN_SUBJECTS: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it']]);
/** How far into a sentence a dateline may run ("POTOSÍ, Bolivia — ..."). */
const DATELINE_REACH = 12;
/** Token positions in a sentence, ends included: a place [a, b) in the article is one number. */
const PLACES = MAX_SENTENCE_TOKENS + 1;
/** "Hillary Clinton's position": a thing of a named person's, its owner the person. */
const OWNER_OF = /^(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2})['\u2019]s\s+\p{Ll}/u;

/** Sentences back in which a person of the pronoun's gender beats an unnamed role of unknown gender. */
const KNOWN_GENDER_REACH = 4;

/** "A campaign aide", "the spokesman": a person named by role alone, no capitalised name after the first word. */
function isUnnamedRole(name: string): boolean {
  const words = name.split(/[\s,]+/).filter(Boolean);
  return words.slice(1).every((w) => !isCapitalised(w)) && words.some((w) => isRoleWord(w));
}

/** Words after a body that give the name it goes by: "calling itself", "which calls itself", "known as". */
const SELF_NAMING: readonly (readonly string[])[] = [['calling', 'itself'], ['calling', 'themselves'], ['which', 'calls', 'itself'], ['that', 'calls', 'itself'], ['known', 'as']];

const SELF_NAMING_STARTS = new Set(SELF_NAMING.map((f) => f[0] as string));

/**
 * The capitalised name after a self-naming phrase at `from` ("calling itself the X Y"), or null;
 * also after a comma ("A second group, calling itself X,"), though "Its commander, known as X," is a person's alias.
 */
function selfName(text: string, tokens: readonly Token[], from: number): string | null {
  const at = tokens[from]?.text === ',' && tokens[from + 1]?.lower === 'calling' ? from + 1 : from;
  if (!SELF_NAMING_STARTS.has(tokens[at]?.lower ?? '')) return null;
  const form = SELF_NAMING.find((f) => f.every((w, k) => tokens[at + k]?.lower === w));
  if (!form) return null;
  let start = at + form.length;
  if (tokens[start]?.lower === 'the') start++;
  let to = start;
  while (to < tokens.length && isCapitalised(tokens[to]?.text ?? '') && tokens[to]?.pos !== 'PUNCT') to++;
  const first = tokens[start];
  const last = tokens[to - 1];
  return to > start && first && last ? text.slice(first.start, last.end) : null;
}

/** The rest of a name's word: a full stop only inside it ("Onet.pl", not the sentence's). */
const NAME_TAIL = "(?:[\\p{L}'\u2019&-]|\\.(?=\\p{L}))*";
/** "site Nordlys Nytt": a kind's noun and the name after it (one pattern per kind). */
const kindThenName = remembered((kind: string): RegExp => new RegExp(`\\b${kind}\\s+(\\p{Lu}${NAME_TAIL}(?:\\s\\p{Lu}${NAME_TAIL}){0,3})`, 'gu'));
/** How far back (in characters) "the site" looks for the name given after "site". */
const KIND_NAMED_CHARS = 3000;
/** "Ms. Khan" and "Mr. Khan, who ...": is `name` titled with the other gender than `met` shows? */
function otherOfFamily(name: string, met: string): boolean {
  const wanted = isCourtesyTitle(name.split(/\s+/)[0] ?? '') ? genderOf(name) : null;
  return !!wanted && (genderOf(met) ?? wanted) !== wanted;
}

/**
 * Is `surname` the name of the one `name` speaks of ("Senator Ted Cruz", "candidate Cruz", "Cruz, who ..."), not one
 * its description mentions ("One pastor supporting Mr. Cruz, Darran Whiting", "an aide to Cruz")?
 */
function namedAs(name: string, surname: string): boolean {
  const words = beforeComma(name).split(/\s+/);
  const at = words.indexOf(surname);
  if (at < 0) return true;
  const before = words.slice(0, at).filter((w) => !isCourtesyTitle(w)).pop();
  return before === undefined || isCapitalised(before) || isRoleWord(before) || NAMING_WORDS.has(before);
}

/** "the base chief known as Bob", "a man called Dafydd": words that give the name after them. */
const NAMING_WORDS: ReadonlySet<string> = new Set(['as', 'named', 'called', 'nicknamed', 'dubbed']);

/** Words opening a clause before its subject: "When Francis said P, ...". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'after', 'before', 'because', 'while', 'although', 'though', 'since', 'until', 'once', 'unless', 'whereas', 'if']);

/** "her son, ", "his pastor father, " right before a name: the relative it may name (group 1). */
const KIN_BEFORE_NAME = /\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:\p{Ll}+\s+)?(\p{Ll}+),\s+$/u;
/** "retired ", "former ", "ex-" just before a title: one who held it once. */
const LEFT_TITLE = /\b(?:retired|former|ex-)\s*$/iu;
/** How far back (in characters) the words before a name's first mention are read: "her son, ", "retired ". */
const BEFORE_NAME_CHARS = 40;
const WHICH_CLAUSE = /^[^,]+,\s+which\s/;

const NO_ONE_QUANTIFIERS = new Set(['no', 'any', 'every']);

/** Things made to persuade, which speak for their maker: "a television ad", "a campaign mailer". */
const ADS = new Set(['ad', 'advert', 'advertisement', 'spot', 'commercial', 'mailer', 'flyer', 'leaflet', 'billboard']);
/** "a $3 million television ad": what an ad cost is no word of its name. */
const AMOUNT_WORD = /^(?:[$£€]?[\d.,]+[$£€]?|million|billion|thousand|m|bn)$/i;

/** Sentences back in which "the club" may be the body opening one ("Zalgiris were quick to deny it"). */
const KIND_NAMED_REACH = 3;

/** Sentences back (with the current one) in which a lone named person is taken as "he"/"she". */
const PRONOUN_REACH = 2;

/** Resolves names (and, through the side resolver, sides) against what the article has said so far. */
export class AsserterResolver {
  private readonly sides: SideResolver;

  constructor(
    private readonly text: string,
    private readonly discourse: Discourse,
  ) {
    this.sides = new SideResolver(text, discourse);
  }

  private readonly cache = new Map<number, Who | null>();
  /** Who made the last ad that claimed something ("X's campaign released an ad claiming P"). */
  private adMaker: Who | undefined;
  /** The last unnamed group that spoke ("people familiar with the matter"), for a "they" just after. */
  private group: { who: Who; sentence: number } | undefined;
  /** The last group of sources described by what they know, for a later "the sources", "One of the people". */
  private sources: { side: string; sentence: number } | undefined;

  /** Who the tokens [a, b) of sentence `s` name, with their side (remembered per place). */
  resolve(s: Sentence, a: number, b: number): Who | null {
    const key = (s.index * PLACES + a) * PLACES + b;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const found = this.resolveUncached(s, a, b);
    const who = found && { ...found, party: endsInPossessive(s.tokens, b) ? ownPossessive(found.party) : this.fullPersonSide(this.ownedSide(cleanParty(found.party)), s.index) };
    // A headline may name someone the body introduces later ("Governor's office denies P"): asked again, it is resolved again.
    if (!s.headline) this.cache.set(key, who);
    return who;
  }

  /** "Crispo" after "Crispo's said": the side under the name the body spoke as. */
  private ownedSide(party: Party): Party {
    const owned = party.side.includes(' ') || party.side === '' ? undefined : this.discourse.ownerNamed(party.side);
    return owned ? { name: party.name === party.side ? owned : party.name, side: owned } : party;
  }

  /**
   * "Ms. Khan" and "her son, Humayun Khan": a name the article first gives as a relative of the other gender than
   * the courtesy title shows (a son, a husband) is that relative's, not the speaker's.
   */
  private introducedAsOtherKin(name: string, full: string): boolean {
    const kin = this.kinIntroduced(full);
    return !!kin && otherOfFamily(name, kin);
  }

  /** The relative a name is first given as ("son" for "her son, Humayun Khan"), if any. */
  private kinIntroduced(full: string): string | undefined {
    const at = this.text.indexOf(full);
    const kin = at > 0 ? KIN_BEFORE_NAME.exec(this.text.slice(Math.max(0, at - BEFORE_NAME_CHARS), at))?.[1] : undefined;
    return kin && isKinRole(kin) ? kin : undefined;
  }

  /** "Press Secretary Josh Earnest" as the article first writes it holds the title; "retired Lt. Col. X" no longer does. */
  private holdsTitle(titled: string): boolean {
    const at = this.text.indexOf(titled);
    return at >= 0 && !LEFT_TITLE.test(this.text.slice(Math.max(0, at - BEFORE_NAME_CHARS), at));
  }

  /**
   * "Sandhu's camp", "A senior Sandhu adviser": a side that is a surname alone is the person the
   * article named in full ("Priya Sandhu"), under the side that person speaks for when they spoke.
   */
  private fullPersonSide(party: Party, at: number): Party {
    const surname = party.side;
    if (surname.includes(' ') || !isCapitalised(surname) || namedSide(surname) !== null || isOrgWord(surname)) return party;
    // "Priya Sandhu and Marc-Andre Leblanc praised each other": a pair that acted together is neither one.
    const found = this.discourse.bySurname(surname, at + 1);
    // "A former aide to Rep. Adrian Delgado" holds the surname but is not Delgado.
    // "Mrs. Osei" after "Mr. Osei, who chairs ...": another of the family.
    const known = found && (isPairOfPeople(found.side) || isFormerStaff(found.name) || otherOfFamily(party.name, found.name)) ? undefined : found;
    if (known?.person && known.side !== surname) return { ...party, side: known.side };
    // "the Sanders campaign" has spoken, but Sanders is still a person.
    if (!known?.person && this.discourse.canonicalOrg(surname) !== surname) return party;
    const full = this.discourse.introducedName(surname, at);
    if (full && looksLikePersonalName(full) && !this.introducedAsOtherKin(party.name, full)) return { ...party, side: full };
    // "Rep. Adrian Delgado, D-N.J.", named only inside another's description: the party the article gave him.
    const partyGiven = this.discourse.partyOf(surname);
    return partyGiven ? { ...party, side: partyGiven } : party;
  }

  private resolveUncached(s: Sentence, a: number, b: number): Who | null {
    // A stray quote mark or apostrophe is not part of the name.
    while (a < b && isStray(s.tokens[a])) a++;
    while (b > a && isStray(s.tokens[b - 1])) b--;
    // "When Francis said P, ...": the word opening the clause is no part of the name.
    while (b - a > 1 && CLAUSE_OPENERS.has(s.tokens[a]?.lower ?? '') && isCapitalised(s.tokens[a + 1]?.text ?? '')) a++;
    const phrase = unshouted(textOf(this.text, s.tokens, a, b).trim(), this.discourse.writes);
    if (!phrase) return null;
    const first = s.tokens[a];
    // "No club has paid", "Any player who ...": a quantifier names no one who could speak.
    if (first && NO_ONE_QUANTIFIERS.has(first.lower) && b - a > 1) return null;
    // A bare pronoun: the last actor of the matching kind ("his claim that" is his).
    const pronoun = first && (OWNER_PRONOUN_SUBJECTS.get(first.lower) ?? first.lower);
    if (b - a === 1 && first && pronoun && SUBJECT_PRONOUNS.has(pronoun)) return this.pronoun({ ...first, lower: pronoun }, s, a);
    const head = beforeComma(phrase);
    const headWords = wordsOf(head);
    // "An armed group calling itself the Delta Renewal Army": the name the body goes by.
    // "The group, which calls itself Nightjar": the name given in the appositive.
    const goesBy = headWords.slice(1).some(isCapitalised) ? null : selfName(this.text, s.tokens, phrase.includes(',') ? commaAfter(s.tokens, a, b) + 1 : b);
    if (goesBy) return { party: { name: goesBy, side: namedSide(goesBy) ?? goesBy }, person: false };
    // "X's campaign released a television ad claiming P": the ad's maker, the clause's subject, claims P.
    const costed = headWords.filter((w) => !AMOUNT_WORD.test(w));
    const newAd = INDEFINITE_ARTICLES.has(first?.lower ?? '') || costed.length < headWords.length;
    if (costed.length <= 4 && newAd && ADS.has(costed[costed.length - 1]?.toLowerCase() ?? '')) {
      const maker = this.subjectOf(s);
      if (maker && maker.end <= a && !maker.who.unnamed) return (this.adMaker = maker.who);
    }
    // "The 30-second spot also asserts P": the maker of the last ad.
    if (this.adMaker && headWords.length <= 3 && first?.lower === 'the' && ADS.has(headWords[headWords.length - 1]?.toLowerCase() ?? '')) return this.adMaker;
    const maker = makerOfMedium(s, a, headWords);
    if (maker) return { party: maker, person: true, unnamed: true };
    // "the star", "the Brazilian singer": the person the article is about.
    if (isFamousOne(headWords)) {
      const famous = this.famousOne(s);
      if (famous) return famous;
    }
    // "the singer's longtime publicist, Dana Whitfield": an agent of the person the article is about.
    const fameAgent = /['\u2019]s\s/.test(head) ? FAME_AGENT.exec(head) : null;
    if (fameAgent && isFamousOne(['the', fameAgent[1] as string])) {
      const famous = this.famousOne(s);
      if (famous) return { party: { name: phrase, side: famous.party.side }, person: true };
    }
    // "The Independent Vermont senator", "the former president": the last person named with that role.
    const role = roleOfDescription(head);
    const former = FORMER.test(head);
    if (role && !phrase.includes(',')) {
      const known = this.roleHolder(role, former, s.index);
      if (known && qualifiersFit(head, known)) return { party: { name: known.name, side: known.side }, person: true };
    }
    // "The police chief" after "Police Chief Sandra Kim", "the medical examiner" after "X, the county medical examiner":
    // the person last named with those very words.
    const title = role ? null : roleTitle(phrase);
    const titleHolder = title ? this.discourse.recent(s.index, (x) => x.person && ` ${namedWords(x.name.toLowerCase()).join(' ')} `.includes(` ${title} `)) : undefined;
    if (titleHolder) return { party: { name: titleHolder.name, side: titleHolder.side }, person: true };
    // "His family said" after "Jason Reed, 19, died": the family speaks for the person it belongs to.
    const kinOwner = headWords.length === 2 && head === phrase && FAMILY_NOUNS.has(headWords[1] as string) ? this.familyOwner(first as Token, s, a) : null;
    if (kinOwner) return { party: { name: phrase, side: kinOwner }, person: false };
    const described = phrase.includes(',') || (role && former) ? null : this.describedPerson(head, role !== null, s);
    if (described) return described;
    // "according to her campaign", "the campaign said": the campaign that spoke last under its candidate's name.
    const candidate = head === phrase && first && CAMPAIGN_REFERENCE.test(head) ? this.campaignOf(first, s, a) : null;
    if (candidate) return { party: { name: phrase, side: candidate }, person: false };
    // "The campaign of Sen. Lorraine Vasquez-Tull": the candidate named.
    const runner = CAMPAIGN_OF_CANDIDATE.exec(head)?.[1];
    if (runner && looksLikePerson(runner)) return { party: { name: phrase, side: this.sides.sideOf(runner, s, true) }, person: false };
    // "The two companies said", "Both campaigns said": the pair the sentences just before named together.
    const pair = PAIR_REFERENCE.test(phrase) ? this.discourse.recent(s.index, (x) => s.index - x.sentence <= PAIR_REACH && isNamedPair(x.side)) : undefined;
    if (pair) return { party: { name: phrase, side: pair.side }, person: false };
    // A short reference: "the agency", "the border service"; never for a former holder ("President Obama" is not "the former president").
    // "The 30-second spot, which will air in ...": a relative clause adds nothing to whom it refers to.
    const bare = !phrase.includes(',') || WHICH_CLAUSE.test(phrase);
    if (bare && !(role && former) && isShortReference(headWords) && !possessivePhrase(head) && namedSide(head) === null) {
      const actor = this.sides.byReference(referenceNouns(headWords), s.index);
      // "the company" after "the company's entry in a public registry": the owner, not its document.
      const owned = !!actor && actor.name.toLowerCase().replace(/\u2019/g, "'").startsWith(`${head.toLowerCase()}'s `);
      if (actor && owned) return { party: { name: actor.side, side: actor.side }, person: false };
      if (actor) return { party: { name: actor.name, side: actor.side }, person: actor.person };
      // "The Daily Mail reported P. The tabloid claimed Q", "according to TMZ. The celebrity site said": the outlet last named.
      if (headWords[0]?.toLowerCase() === 'the' && isOutletNoun(headWords[headWords.length - 1] ?? '')) {
        const outlet = this.discourse.recent(s.index, (x) => !x.person && isCapitalised(x.name.replace(/^(?:the|a|an)\s+/i, '')) && !isCountrySide(x.side) && !isPartySide(x.side));
        if (outlet) return { party: { name: outlet.name, side: outlet.side }, person: false };
      }
      const kindNamed = headWords.length === 2 ? this.kindNamed(headWords[1] as string, s) : null;
      if (kindNamed) return { party: { name: kindNamed, side: namedSide(kindNamed) ?? this.discourse.canonicalOrg(kindNamed) }, person: false };
    }
    // "Investigators found P" after "a report released by X": the report's authors, who speak for X.
    const investigators = REPORT_INVESTIGATORS.test(head) ? this.sides.reportAuthor(s) : null;
    if (investigators) return { party: { name: phrase, side: investigators }, person: false };
    const rumour = rumourParty(head);
    // "a report on WHFT-TV's website", "an account called @KingsmereSpotter": the one it was published by.
    const group = rumour ? null : groupParty(headWords, s, a);
    const published = rumour ?? group;
    const publisher = published ? this.sides.publisher(published.side.split(' ').pop() ?? '', s, /^the\s/i.test(published.name), published.name) : null;
    if (published && publisher) return { party: { ...published, side: publisher }, person: false, unnamed: true };
    // "a report in The Information": the outlet under the name its side takes when it speaks itself.
    if (rumour) return { party: isUnnamedSide(rumour.side) ? rumour : { ...rumour, side: this.sides.titledOutlet(rumour.side) }, person: false, unnamed: true };
    // "researchers said", "the study's authors": the body the article names as the study's author.
    const author = group && STUDY_GROUPS.has(group.side) ? this.sides.studyAuthor() : null;
    if (author && group) return { party: { ...group, side: author }, person: false };
    // "A source close to the singer": close to the person the article is about ("the actress" is no man).
    const closeTo = group ? sourcePrincipal(head) : null;
    const famous = closeTo && isFamousOne(wordsOf(closeTo)) ? this.famousOne(s) : null;
    const wanted = closeTo && genderOf(closeTo);
    const fits = famous && (!wanted || (genderOf(famous.party.name) ?? wanted) === wanted) ? famous : null;
    const principal = group ? (fits?.party.side ?? this.sides.sourceSide(head, s)) : null;
    if (group) return { party: { ...group, side: principal ?? describedSource(group.side, headWords) ?? this.sourceGroupBefore(headWords, s.index) ?? group.side }, person: false, unnamed: true };
    // A surname or single name met before: "Rahimzoda said". A name the alias table knows ("Trump")
    // keeps the party the article gave the person ("Republican nominee Donald Trump").
    // "Ms Ward", "Mr. Mballa": a courtesy title before a surname met before is that person.
    const titled = headWords.length === 2 && head === phrase && isCourtesyTitle(first?.text ?? '');
    // "Gen. Abdallah", "Col. Mbeki": a rank before a surname is a person met before under the full name.
    const ranked = !titled && headWords.length === 2 && head === phrase && isCapitalised(first?.text ?? '') && (isRoleWord(first?.text ?? '') || isRoleWord(`${first?.text}.`));
    const surname = titled || ranked ? s.tokens[a + (s.tokens[a + 1]?.text === '.' ? 2 : 1)] : headWords.length === 1 ? first : undefined;
    if (surname && isCapitalised(surname.text)) {
      const aliased = namedSide(surname.text) !== null;
      // "Clinton, the Democratic nominee" is found by its one-word name too.
      const met = this.discourse.bySurname(surname.text, s.index) ?? this.discourse.recent(s.index, (x) => x.person && x.side !== surname.text && beforeComma(x.name) === surname.text);
      // "Ms. Khan" after "Mr. Khan, who ...": a courtesy title of the other gender is another of the family, not the one who spoke.
      const family = !!met && otherOfFamily(phrase, met.name);
      const known = met && (family || !namedAs(met.name, surname.text)) ? undefined : met;
      // A word the tagger calls a common noun ("Ward") is a surname only as a person's.
      const fits = surname.pos === 'PROPN' || surname !== first || !!known?.person;
      // The name stays as written ("Mr. English"), the side is the person's.
      if (known && fits && (!ranked || known.person) && (!aliased || (known.person && isPartySide(known.side)))) return { party: { name: titled || ranked ? phrase : known.name, side: known.side }, person: known.person };
      // "Reyes said" after "Quinn's co-star Jordan Reyes", "Mr Pascoe" after a description ending
      // "Darren Pascoe": the person under the fullest name given.
      if (!known && fits && !aliased) {
        // "Mr. Cruz" after "Senator Ted Cruz" and "his father, Rafael Cruz": not the relative, the one introduced first.
        const fullest = this.discourse.personalName(surname.text, s.index);
        const introduced = fullest && this.kinIntroduced(fullest) ? this.discourse.introducedName(surname.text, s.index) : null;
        // "Earnest" after "Press Secretary Josh Earnest": the name without the title before it, the side with it.
        const named = fullest && !looksLikePersonalName(fullest) ? personName(fullest) : null;
        const titled = named && named.endsWith(` ${surname.text}`) && fullest?.endsWith(` ${named}`) && this.holdsTitle(fullest) ? named : null;
        const full = introduced?.endsWith(` ${surname.text}`) ? introduced : (titled ?? fullest);
        // "Ms. Khan" where the fullest name is her son's: only a name showing her gender is hers.
        if (full && full !== surname.text && looksLikePersonalName(full) && (!family || genderOf(full) === genderOf(phrase))) {
          // "Whitfield" after "Dana Whitfield of the group Consumer Safety Watch" said P: the side she spoke for then.
          // "Costa" after "Maria Costa and Daniel Reyes are running": a pair is not its one member.
          const spoke = this.discourse.recent(s.index, (x) => !isPairOfPeople(x.side) && (x.name.startsWith(`${full} `) || x.name.startsWith(`${full},`)));
          return { party: { name: phrase, side: spoke?.side ?? this.sides.sideOf(titled && fullest ? fullest : full, s, true) }, person: looksLikePerson(phrase) };
        }
      }
    }
    // "Chhum Sokha said" after "Ministry spokeswoman Lt. Gen. Chhum Sokha": the full name again is that person.
    const lastWord = !surname && head === phrase && headWords.length === 2 ? headWords[1] : undefined;
    const named = lastWord && isCapitalised(lastWord) && isCapitalised(headWords[0] as string) ? this.discourse.bySurname(lastWord, s.index) : undefined;
    // "Justice Banda" after "Commission chairperson Justice Chifundo Banda": a title and surname of that person.
    // "Kevin Marsh" after "Robert Marsh and his son, Kevin Marsh": the side of another of the surname is not his.
    const namesOther = !!named && named.side !== phrase && named.side.endsWith(` ${lastWord}`) && looksLikePersonalName(named.side);
    if (named?.person && !namesOther && named.name !== phrase && (named.name.endsWith(` ${phrase}`) || titleOf(named.name, headWords[0] as string))) return { party: { name: phrase, side: named.side }, person: true };
    // "according to three people familiar with the case. Two of them said": the described sources just before.
    const picked = SOURCES_PICKED.test(phrase) ? this.sourcesJustBefore(s.index) : null;
    if (picked) return { party: { name: phrase, side: picked }, person: false, unnamed: true };
    // "Campaigners from Friends of Kettleby Libraries, who ...": members speaking for a body are no one person.
    const person = looksLikePerson(phrase) && !speaksAsMembers(beforeComma(phrase));
    return { party: { name: phrase, side: this.sides.sideOf(phrase, s, person) }, person };
  }

  private pronoun(token: Token, s: Sentence, position: number): Who {
    const at = s.index;
    const person = PERSON_PRONOUNS.has(token.lower);
    // A name that shows the other gender is not the one meant ("Hillary Clinton ... he").
    const wanted = pronounGender(token.lower);
    const agrees = (name: string): boolean => {
      const g = wanted && genderOf(name);
      return !g || g === wanted;
    };
    // "Trump blamed local officials. "...," he wrote.": an actor not taken for a person, whose full
    // name shows the pronoun's gender, is as good as a person.
    const shows = (name: string): boolean => {
      if (!wanted || !isCapitalised(name) || name.split(/\s+/).length > 3 || name.split(/\s+/).some(isOrgWord)) return false;
      return (genderOf(name) ?? (name.includes(' ') ? null : genderOf(this.discourse.fullName(name, at)))) === wanted;
    };
    if (position > 0) {
      // Later in the sentence, "it" is the sentence's subject before any actor named along the way:
      // "Bolivia's foreign ministry rejected the version as 'an invention.' It said ...".
      // "..., and a supplement company, NeuroRoot, began advertising capsules that it said were P": the subject of its own clause.
      if (!person) {
        const subject = this.clauseSubjectBefore(s, position, (who) => !who.person, true);
        if (subject) return subject;
      } else {
        // "Clinton has taken a stance, but she has said that P", "..., and Pence is not alone in his
        // contention that P": the subject of a clause before it ("Mr. Trump's tool kit" is not Mr. Trump).
        const name = (who: Who): string => who.party.name;
        const fits = (who: Who): boolean =>
          who.person ? agrees(name(who)) && !possessivePhrase(name(who)) : shows(name(who)) || (looksLikePersonalName(name(who)) && agrees(name(who)));
        const subject = this.clauseSubjectBefore(s, position, fits);
        if (subject) return subject.person ? subject : this.asPerson(subject.party, at);
      }
    }
    // "P, the people said. Q, they added.": the unnamed group that spoke just before.
    if (token.lower === 'they' && this.group && at - this.group.sentence <= 1 && /(?:s|people)$/.test(this.group.who.party.side.replace(SOURCE_DESCRIPTION, ''))) return this.group.who;
    // "he"/"she": the last person; failing that, the last actor named like an individual ("Carly Fiorina")
    // or by a role and a name ("the port authority's harbour master, Ines Calloway").
    const named = (x: Actor): boolean => {
      const appositive = namedAfterRole(x.name);
      return shows(x.name) || (!!appositive && agrees(appositive));
    };
    const actor = person
      ? (this.discourse.recent(at, (x) => (x.person && agrees(x.name)) || (!x.person && named(x))) ??
        this.discourse.recent(at, (x) => looksLikePersonalName(x.name) && agrees(x.name)))
      : this.discourse.recent(at, (x) => !x.person);
    // A person the sentences since the last speaker was named were about is who "he" is now.
    const speaker = actor ? lastWord(beforeComma(actor.name).trim()) : null;
    const subject = person && wanted ? this.discourse.subjectBefore(at, token.lower, speaker, (n) => this.namedPerson(n, at, wanted)) : null;
    if (subject) {
      const known = this.discourse.bySurname(lastWord(subject), at);
      return { party: { name: subject, side: known?.person ? known.side : this.sides.sideOf(subject, s, true) }, person: true };
    }
    // "A campaign aide later clarified ... her claim that P": a person the article showed to be of the
    // pronoun's gender, named a little earlier, beats an unnamed role whose gender is unknown.
    if (person && wanted && actor && isUnnamedRole(actor.name) && !genderOf(actor.name)) {
      const known = this.discourse.recent(
        at,
        (x) => (x.person || looksLikePersonalName(x.name)) && (genderOf(x.name) ?? genderOf(this.discourse.fullName(x.name, at))) === wanted,
      );
      if (known && at - known.sentence <= KNOWN_GENDER_REACH) return this.asPerson({ name: known.name, side: known.side }, at);
    }
    if (actor) return person && !actor.person ? this.asPerson(actor, at) : { party: { name: actor.name, side: actor.side }, person: actor.person };
    // "Police arrested Mark Dunlop. He said ...": the one person named just before, if only one (never the dateline's place);
    // a surname alone ("... while Kessel narrates. "...," he says.") stands for the full name the article gave before.
    if (person) {
      const full = (n: string): string => (n.includes(' ') ? n : this.discourse.fullName(n, at));
      const fits = (n: string): boolean => full(n).split(/\s+/).length >= 2 && looksLikePersonalName(full(n)) && agrees(full(n)) && !this.discourse.isDatelinePlace(n);
      const near = [...new Set(this.discourse.namesNear(at, PRONOUN_REACH, fits).map(full))];
      if (near.length === 1 && near[0]) return { party: { name: near[0], side: near[0] }, person: true };
    }
    // Unresolved, the pronoun itself is the best name there is; no later "he" may point to it.
    return { party: { name: token.text, side: token.text }, person, unnamed: true };
  }

  /** "His family", "her parents": the side of the person the owner pronoun stands for, or null when it names no one. */
  private familyOwner(owner: Token, s: Sentence, position: number): string | null {
    const subject = OWNER_PRONOUN_SUBJECTS.get(owner.lower);
    if (subject !== 'he' && subject !== 'she') return null;
    const who = this.pronoun({ ...owner, lower: subject }, s, position);
    return who.person && !who.unnamed ? who.party.side : null;
  }

  /**
   * The last person named with the role; for "the former president", one named as the former
   * holder, else the person the sentence before was about, never one who holds the role now
   * ("President Joe Biden").
   */
  private roleHolder(role: string, former: boolean, at: number): Actor | undefined {
    const titles = (ROLE_TITLES[role] ?? [role]).map((t) => t.split(' '));
    // "The club's sporting director, Anders Holm": the role may end the description before the name;
    // a title may be of two words ("District Attorney Janet Morrow" for "the prosecutor").
    const titleAt = (name: string): number => {
      const words = namedWords(name.toLowerCase());
      return words.findIndex((_, k) => titles.some((t) => t.every((w, i) => words[k + i] === w)));
    };
    if (!former) return this.discourse.recent(at, (x) => x.person && titleAt(x.name) >= 0);
    const named = this.discourse.recent(at, (x) => x.person && FORMER.test(x.name.split(/\s+/)[titleAt(x.name) - 1] ?? ''));
    return named ?? this.discourse.recent(at, (x) => (x.person || personShaped(x.name)) && x.sentence === at - 1 && titleAt(x.name) < 0);
  }

  /**
   * "The New York billionaire", "the Vermont senator": a person the article named earlier without
   * that title. The one person actor whose description holds the place ("Donald Trump, the New York
   * businessman"); for a role no one was named with, the one person the sentences just before were
   * about. Ambiguous, null: the description stays as written.
   */
  private describedPerson(head: string, isRole: boolean, s: Sentence): Who | null {
    const places = descriptionPlaces(head);
    if (places === null || (places.length === 0 && !isRole)) return null;
    // "The Minnesota Democrat": a party noun ends the description; the holder must be of that party.
    const last = wordsOf(head).at(-1) ?? '';
    const party = isCapitalised(last) ? namedSide(last) : null;
    const holders = new Set<string>();
    let holder: Actor | undefined;
    if (places.length > 0) {
      // Every person within reach who fits is collected (the test never stops the walk), to tell one from several.
      this.discourse.recent(s.index, (x) => {
        if (!(x.person || personShaped(beforeComma(x.name))) || !places.every((p) => mentionsPlace(x.name, p)) || (party && x.side !== party) || x.name === head) return false;
        holders.add(beforeComma(x.name).replace(PARTY_TAG, '').split(/\s+/).pop() ?? x.name);
        holder ??= x;
        return false;
      });
      if (holder && holders.size === 1) return { party: { name: holder.name, side: holder.side }, person: true };
    }
    // "The president" after "President Obama": the holder is named, though he has not spoken; only the
    // qualified "the Vermont senator" may be someone never given the title.
    if (!isRole || !wordsOf(head).slice(1, -1).some(isCapitalised) || this.titledNameBefore(head, s.index)) return null;
    const surname = this.discourse.mostNamed(s.index, TOPIC_REACH, (n) => looksLikePersonalName(n) && !n.split(/\s+/).some((w) => isRoleWord(w)));
    if (!surname) return null;
    const known = this.discourse.bySurname(surname, s.index);
    if (known?.person && qualifiersFit(head, known)) return { party: { name: known.name, side: known.side }, person: true };
    const name = this.discourse.fullName(surname, s.index);
    return { party: { name, side: this.sides.sideOf(name, s, true) }, person: true };
  }

  /**
   * "the campaign", "her campaign": the campaign that spoke last, unless its candidate shows the other
   * gender than the owner ("his campaign" after "Ferrante's campaign", hers): then the one "he" is.
   */
  private campaignOf(owner: Token, s: Sentence, position: number): string | null {
    const side = this.sides.campaignMetBefore(s);
    const subject = OWNER_PRONOUN_SUBJECTS.get(owner.lower);
    const wanted = subject ? pronounGender(subject) : null;
    if (!subject || !wanted || !side || (genderOf(side) ?? wanted) === wanted) return side;
    const his = this.pronoun({ ...owner, lower: subject }, s, position);
    return his.person && !his.unnamed && genderOf(his.party.side) !== genderOf(side) ? his.party.side : side;
  }

  /** The person named most so far ("the star" of a celebrity story), under the fullest name given. */
  private famousOne(s: Sentence): Who | null {
    const name = this.discourse.mostNamedAs(s.index, personalNameEnding);
    if (!name) return null;
    const known = this.discourse.bySurname(name.split(/\s+/).pop() ?? name, s.index);
    if (known?.person) return { party: { name: known.name, side: known.side }, person: true };
    return { party: { name, side: this.sides.sideOf(name, s, true) }, person: true };
  }

  /** Was someone named with the description's role as a title ("Sen. Jo Hale" for "the Ohio senator") before sentence `at`? */
  private titledNameBefore(head: string, at: number): boolean {
    const role = wordsOf(head).at(-1)?.toLowerCase() ?? '';
    const titles = ROLE_TITLES[role] ?? [role];
    return this.discourse.namesNear(at, at + 1, (n) => n.toLowerCase().split(/\s+/).some((w) => titles.includes(w))).length > 0;
  }

  /** "Brennan" → "Carl Brennan": the full name of a person of the wanted gender (no titles, two words or more), or null. */
  private namedPerson(name: string, at: number, wanted: string): string | null {
    const words = (name.includes(' ') ? name : this.discourse.fullName(name, at)).split(/\s+/);
    // "County Clerk Janine Royce": the name is the words after the last role, never the place the office is of.
    const full = words.slice(words.findLastIndex((w) => isRoleWord(w)) + 1).filter((w) => namedSide(w) === null).join(' ');
    return full.includes(' ') && looksLikePersonalName(full) && (genderOf(full) ?? wanted) === wanted ? full : null;
  }

  /** An actor a "he"/"she" showed to be a person, under the fullest name the article gave it ("Clinton" → "Hillary Clinton"). */
  private asPerson(party: Party, at: number): Who {
    // "Hillary Clinton's position has shifted. She ...": the owner is the person.
    const owner = OWNER_OF.exec(party.name)?.[1];
    if (owner) return { party: { name: owner, side: party.side }, person: true };
    const name = party.name.includes(' ') ? party.name : this.discourse.fullName(party.name, at);
    return { party: { name, side: party.side }, person: true };
  }

  /**
   * "The site" with no actor of its kind: the name the article gave right after the noun ("the local
   * news site Nordlys Nytt"), else the body the sentence before named first ("Zalgiris were quick to
   * deny it. ... the club said").
   */
  private kindNamed(noun: string, s: Sentence): string | null {
    const kind = noun.toLowerCase();
    if (!GENERIC_TYPES.has(kind) && !isOutletNoun(kind)) return null;
    const introduced = [...this.text.slice(Math.max(0, s.start - KIND_NAMED_CHARS), s.start).matchAll(kindThenName(kind))].pop()?.[1];
    if (introduced && !isCountrySide(namedSide(introduced) ?? '')) return introduced;
    // "Thames Water said P. The regulator said Q": a body a company's word names is the one it oversees; "Ofgem said P. The regulator said Q" is Ofgem.
    const overseen = (n: string) => REGULATOR.test(kind) && this.discourse.canonicalOrg(n).split(/\s+/).some(isOrgWord);
    // A dateline's place in capitals is no body, a first name no club; "the league" is not "Castlemoor FC".
    return this.discourse.openingNameBefore(s.index, KIND_NAMED_REACH, (n) => n !== n.toUpperCase() && !overseen(n) && !kindConflicts(kind, n, false) && !genderOf(n) && this.discourse.fullName(n, s.index) === n && !this.discourse.bySurname(n, s.index)?.person && !isCountrySide(namedSide(n) ?? '') && !isPlatform(n) && !isPartySide(namedSide(n) ?? ''));
  }

  /** The nearest subject of a clause before `position` in the sentence that passes `fits`: one opened by "and"/"but", or the sentence's own. */
  private clauseSubjectBefore(s: Sentence, position: number, fits: (who: Who) => boolean, described = false): Who | null {
    const tokens = s.tokens;
    for (let k = position - 1; k > 0; k--) {
      const det = described && tokens[k]?.pos === 'DET';
      if (tokens[k - 1]?.pos !== 'CCONJ' || !(tokens[k]?.pos === 'PROPN' || det)) continue;
      const subject = subjectAt(tokens, k, position);
      // "a supplement company, NeuroRoot, began": a description only with the name in its appositive, before the verb.
      const appositive = !!subject && tokens[subject[1]]?.text === ',' && isVerb(tokens[subject[1] + 1]);
      if (!subject || !(det ? appositive : isVerb(tokens[subject[1]]) || (described && appositive))) continue;
      const who = this.resolve(s, subject[0], subject[1]);
      if (who && fits(who)) return who;
    }
    const subject = this.subjectOf(s);
    // '"Tomas has not set foot in Spain," he wrote': a name inside the quote before it is not the speaker.
    if (!subject || subject.end > position) return null;
    let close = subject.end;
    while (close < position && !isQuote(s.tokens[close])) close++;
    const quoted = close < position && (CLOSE_QUOTES.has(s.tokens[close]?.text ?? '') || s.tokens[close - 1]?.pos === 'PUNCT');
    return !quoted && fits(subject.who) ? subject.who : null;
  }

  /**
   * A headline's body named only by what it is ("Fire service", "Police") takes the side of the
   * organisation of that kind the article names ("the Mersey Vale Fire and Rescue Service").
   */
  namedInBody(party: Party, last: number): Party {
    const words = wordsOf(party.side);
    if (!isUnnamedSide(party.side) || words.length > 3 || !words.some((w) => isOrgWord(w) || isServiceBody(w) || hasGovernmentWord(w))) return party;
    const body = this.sides.byReference([...words], last);
    return body && !body.person && !isUnnamedSide(body.side) ? { name: party.name, side: body.side } : party;
  }

  /**
   * Record the subject of a sentence that acts without speaking ("Hamas rejected the account"). One
   * inside what was said ("Trump, Sexton said, has created ...") goes before the speakers, so a later
   * "he said" finds the speaker first.
   */
  rememberSubject(s: Sentence, said: ReadonlyArray<{ content: readonly [number, number]; who: Who }>): void {
    const subject = this.subjectOf(s);
    if (!subject) return;
    // "X, of Kingsmead Police, said": the speaker as the attribution named them, appositive and all, is who this was.
    if (said.some(({ who }) => who.party.name.startsWith(`${subject.who.party.name},`))) return;
    this.remember(subject.who, s.index);
    if (said.some(({ content: [a, b] }) => subject.start >= a && subject.start < b)) for (const { who } of said) this.remember(who, s.index);
  }

  /** The sentence's subject when it names someone, with where it starts and ends. */
  private subjectOf(s: Sentence): { who: Who; start: number; end: number } | null {
    // After a dateline ("LONDON — ...").
    const lo = clauseStart(s.tokens, Math.min(s.tokens.length, DATELINE_REACH), 0);
    const subject = subjectAt(s.tokens, lo, s.tokens.length);
    if (!subject) return null;
    const [a, b] = subject;
    const firstTok: Token | undefined = s.tokens[a];
    if (!firstTok || (b - a === 1 && SUBJECT_PRONOUNS.has(firstTok.lower)) || holdsVerbBeforeTitle(s.tokens, a, b)) return null;
    // Only subjects that name someone: a proper noun (not one capitalised by the sentence alone),
    // or a government or organisation noun.
    let named = false;
    for (let k = a; k < b && !named; k++) {
      const t = s.tokens[k] as Token;
      named =
        GENERIC_TYPES.has(t.lower) ||
        hasGovernmentWord(t.lower) ||
        (t.pos === 'PROPN' && (k > 0 || this.discourse.isKnownName(t.text) || namedSide(t.text) !== null));
    }
    // "branded the story fake news": a verb of naming the tagger may read as an adjective.
    const next = s.tokens[b]?.text === ',' ? b + 1 : b;
    if (!named || !(hasVerb(s.tokens, b, b + 12) || NAMING_CUES.has(s.tokens[next]?.lower ?? ''))) return null;
    // "Runway at Kingsmere airport has been closed": a thing is no one (its capital only opens the
    // sentence, however often the article opens with it); who acts is the place named after it.
    let head = a;
    while (head < b && s.tokens[head]?.pos === 'PUNCT') head++;
    const place = s.tokens.findIndex((t, k) => k > head && k < b && t.pos === 'ADP');
    const opens = head === 0 || s.tokens[head - 1]?.pos === 'PUNCT';
    const thing = place > head && namesThing(s.tokens[place - 1]) && s.tokens.slice(head, place).every((t, k) => isCommonWord(t, opens && k === 0));
    const from = thing ? place + 1 : a;
    const who = this.resolve(s, from, b);
    return who && { who, start: a, end: b };
  }

  /**
   * "The sources said", "One of the people", "The person" after "three people familiar with the findings":
   * the side of the described group of sources they point back to, or null.
   */
  private sourceGroupBefore(words: readonly string[], at: number): string | null {
    if (!this.sources || at - this.sources.sentence > SOURCE_REACH || !SOURCE_BACK_REFERENCE.test(words.join(' '))) return null;
    this.sources.sentence = at;
    return this.sources.side;
  }

  /** The side of the described group of sources that spoke in this sentence or the one before, or null. */
  private sourcesJustBefore(at: number): string | null {
    return this.sources && at - this.sources.sentence <= 1 ? this.sources.side : null;
  }

  rememberGroup(who: Who, at: number): void {
    this.group = { who, sentence: at };
    if (DESCRIBED_SOURCES.test(who.party.name)) this.sources = { side: who.party.side, sentence: at };
  }

  remember(who: Who, at: number): void {
    this.discourse.remember({ name: who.party.name, side: who.party.side, person: who.person, sentence: at });
  }
}


/** "The police chief", "the county medical examiner": a title of two or three lower-case words. */
const ROLE_PHRASE = /^[Tt]he\s+((?:\p{Ll}+\s){1,2}\p{Ll}+)$/u;
/** "the police chief" → "police chief": a title ending in a word for a person ("the police department" is none), else null. */
function roleTitle(phrase: string): string | null {
  const title = ROLE_PHRASE.exec(phrase)?.[1];
  const last = title?.split(' ').pop() ?? '';
  return title && (isRoleWord(last) || (AGENT_NOUN.test(last) && !isOrgWord(last))) ? title : null;
}
/** "examiner", "coroner": a noun for one who does something. */
const AGENT_NOUN = /\p{Ll}{3,}(?:er|or)$/u;
/** Those who speak for a person as kin: "his family", "her parents". */
const FAMILY_NOUNS = new Set(['family', 'relatives', 'parents']);

/** "The two companies", "both campaigns", "the two leaders": a plural reference to two named before together. */
const PAIR_REFERENCE = /^(?:the\s+two|both(?:\s+the)?)\s+\p{Ll}+s$/iu;
/** Sentences back (with the current one) in which "the two companies" may point to the pair named. */
const PAIR_REACH = 2;

/** "Arkon Steel and Belmar Metals", "Lisa Grant and Owen Pierce": two names joined by "and". */
function isNamedPair(side: string): boolean {
  const parts = side.split(' and ');
  return parts.length === 2 && parts.every((p) => isCapitalised(p) && !/,/.test(p));
}

/** Words a plain noun phrase for a thing is made of: "The main runway", "- Runway" opening the sentence or a bullet; no name, body, comma or verb. */
const THING_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN']);

function isCommonWord(t: Token, opensSentence: boolean): boolean {
  const known = lexiconTag(t.lower);
  const common = isCapitalised(t.text) ? opensSentence && known !== null && known !== 'PROPN' : true;
  return common && THING_PHRASE_TAGS.has(t.pos) && !GENERIC_TYPES.has(t.lower) && !hasGovernmentWord(t.lower);
}

/**
 * "The clerk's record lists Mr. Aldridge among ...": a plural-looking common noun after another,
 * straight before a courtesy title, is the verb the tagger read as a noun; the subject was misread.
 */
function holdsVerbBeforeTitle(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k + 1 < b; k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'NOUN' && tokens[k - 1]?.pos === 'NOUN' && /[^s]s$/.test(t.lower) && isCourtesyTitle(tokens[k + 1]?.text ?? '') && !namesPeople(t.lower)) return true;
  }
  return false;
}

/** "officials", "supporters", "staff", "the family", "the widow": a noun for people, who may act or speak (in either number). */
function namesPeople(word: string): boolean {
  const forms = [word, word.replace(/s$/, ''), `${word}s`, word.replace(/y$/, 'ies')];
  return genderOf(word) !== null || forms.some((w) => isRoleWord(w) || isGroupNoun(w) || isMemberNoun(w) || isFameNoun(w));
}

/** "Runway", "Prices": a common noun (as the language knows it) for a thing, neither people nor a body. */
function namesThing(t: Token | undefined): boolean {
  return !!t && lexiconTag(t.lower) === 'NOUN' && !namesPeople(t.lower) && !isOrgWord(t.text) && !GENERIC_TYPES.has(t.lower) && !hasGovernmentWord(t.lower);
}

/**
 * "reports", "Unconfirmed reports", "social media rumours", "A post on X": unnamed sources speak
 * for no one but themselves, so the phrase (lower-cased, without its determiner) is their side.
 * The party is shared between calls: never mutated.
 */
const OWNED = /\p{L}['\u2019]s?$/u;
const rumourParty = remembered((head: string): Party | null => {
  const words = wordsOf(head);
  // "Unconfirmed reports on local Facebook groups": where they appeared is no part of who they are.
  // "Posts sharing it", "messages that circulated": what the sources did is no part of who they are either.
  // "A post shared 12,000 times": what was done with it is no part of who it is.
  let end = words.findIndex((w, k) => k > 0 && (w === 'on' || w === 'in' || RUMOUR_BREAKS.has(w) || PARTICIPLE.test(w) || (PAST_PARTICIPLE.test(w) && isRumourWord((words[k - 1] ?? '').toLowerCase()))));
  if (end < 0) end = words.length;
  const own = words.slice(0, end);
  const last = (own[own.length - 1] ?? '').toLowerCase();
  if (!isRumourWord(last) || own.slice(1).some((w) => isCapitalised(w) && !isPlatform(w)) || (own[0] && namedSide(own[0]))) return null;
  // "the trust's annual report": a document of its owner, who speaks through it.
  if (own.some((w) => OWNED.test(w))) return null;
  // "a report in the Mirror", "reports in the Sun"; "reports in Spain" are Spanish outlets unnamed.
  const outlet = !last.endsWith('s') || words[end + 1]?.toLowerCase() === 'the' ? outletAfter(words, authorByAt(words, end)) : null;
  // "The 96-page report by State Auditor Denise Harrow": an author named as a person speaks for themselves.
  // "a report released Thursday by the Indiana Inspector General's office": a watchdog with no holder named speaks as its office.
  const office = outlet ? watchdogOffice(outlet) : null;
  const holderNamed = !!office && /^\s+\p{Lu}/u.test(withoutThe(outlet ?? '').slice(office.length));
  if (outlet) return { name: outlet, side: office && !holderNamed ? office : looksLikePerson(outlet) ? (personName(outlet) ?? outlet) : withoutThe(outlet) };
  const told = DETERMINERS.has(own[0]?.toLowerCase() ?? '') ? own.slice(1) : own;
  // "a separate report", "another post": which one of them is no part of the side.
  const bare = told.length > 1 && (ORDINALS.has((told[0] as string).toLowerCase()) || told[0] === 'separate') ? told.slice(1) : told;
  // "A post on X that was shared 10,000 times": the relative clause only describes it.
  const relative = words.findIndex((w, k) => k > 0 && RELATIVE_PRONOUNS.has(w));
  return { name: (relative > 0 ? words.slice(0, relative) : words).join(' '), side: bare.join(' ').toLowerCase() };
});

/**
 * "The Democratic nominee" is not the Republican one named before: a capitalised qualifier of the
 * role must name the holder's side or stand in the holder's name ("The Independent Vermont senator").
 * "The sporting director" is not "the club's medical director, X": where the holder was described by
 * the role in lower case, a lower-case qualifier must stand in that description too.
 */
function qualifiersFit(description: string, holder: Actor): boolean {
  const words = wordsOf(description);
  const described = namedWords(holder.name);
  const byRole = described.includes(words[words.length - 1] ?? '');
  return words.slice(1, -1).every((w) => {
    if (!isCapitalised(w)) return !byRole || described.includes(w);
    const side = namedSide(w);
    return side ? side === holder.side || holder.name.includes(w) : true;
  });
}

/** "Donald Trump" may stand for a country in the alias table, yet is named like a person. */
function personShaped(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 3 && words.every((w) => isCapitalised(w) && !isOrgWord(w) && !isRoleWord(w));
}

/** Sentences back in which "the Vermont senator" looks for the person the text is about. */
const TOPIC_REACH = 3;

/**
 * The places a definite description of a person names ("the New York billionaire" → New York;
 * "the Independent Vermont senator" → Vermont), party words left out; null when the phrase is no
 * such description (it must end in a person noun or a party noun and name no body or owner).
 */
const descriptionPlaces = remembered((head: string): string[] | null => {
  const words = wordsOf(head);
  const last = words[words.length - 1] ?? '';
  const partyNoun = isPartySide(namedSide(last) ?? '') && words.length > 2;
  if (words.length < 2 || words.length > 5 || words[0]?.toLowerCase() !== 'the') return null;
  if (!partyNoun && (!/^\p{Ll}[\p{Ll}-]+$/u.test(last) || !PERSON_NOUN.test(last))) return null;
  const inner = words.slice(1, -1);
  if (inner.some((w) => /['\u2019]/.test(w) || isOrgWord(w) || hasGovernmentWord(w) || isRoleWord(w)) || isOrgWord(last) || (hasGovernmentWord(last) && !isRoleWord(last))) return null;
  // Runs of capitalised words, each one place: "New York", "Vermont" (a party word is no place).
  const places: string[] = [];
  let run: string[] = [];
  for (const w of [...inner, '']) {
    if (w && isCapitalised(w) && namedSide(w) === null && w !== INDEPENDENT) run.push(w);
    else if (run.length) {
      places.push(run.join(' '));
      run = [];
    }
  }
  // "The Minnesota Democrat" names a place; "the Democratic nominee" may name no place at all.
  return partyNoun && places.length === 0 ? null : places;
});

/** Does a name mention the place, whole or abbreviated ("Sen. Jo Hale (D-Minn.)" mentions Minnesota)? */
function mentionsPlace(name: string, place: string): boolean {
  return placeForms(place).some((form) => {
    for (let k = name.indexOf(form); k >= 0; k = name.indexOf(form, k + 1)) {
      const before = name.charAt(k - 1);
      const after = name.charAt(k + form.length);
      if ((k === 0 || PLACE_BEFORE.has(before)) && !LETTER.test(after)) return true;
    }
    return false;
  });
}
const PLACE_BEFORE = new Set([' ', '-', '(', ',']);
/** "(R-Ohio)" after a name. */
const PARTY_TAG = /\s*\([^)]*\)\s*$/;

/** Nouns for a person by what they are or do: a role, or "-aire", "-man", "-ist", "-er", "-or", "-ee" nouns. */
const PERSON_NOUN = /(?:aire|man|woman|ist|er|or|ee|ent|ant|ian|mogul|tycoon|magnate|heir|heiress|star|icon|veteran|rival)$/;
/** A party label the alias table cannot hold as a side of its own. */
const INDEPENDENT = 'Independent';
const LETTER = /\p{L}/u;

/**
 * "a video that its poster said showed P": the owner is the medium, so whoever made or shared it
 * speaks for no one but themselves (the role, lower-cased).
 */
function makerOfMedium(s: Sentence, a: number, words: readonly string[]): Party | null {
  const owner = words[0]?.toLowerCase() ?? '';
  const medium = s.tokens[a - 2]?.lower ?? '';
  if ((owner !== 'its' && owner !== 'their') || words.length < 2 || !RELATIVE_PRONOUNS.has(s.tokens[a - 1]?.lower ?? '')) return null;
  if (!MEDIA_NOUNS.has(medium) && !isRumourWord(medium)) return null;
  return { name: words.join(' '), side: words.slice(1).join(' ').toLowerCase() };
}

const RUMOUR_BREAKS = new Set(['that', 'which', 'who', 'from', 'by', 'about']);
const PARTICIPLE = /^\p{Ll}{2,}ing$/u;
const PAST_PARTICIPLE = /^\p{Ll}{2,}ed$/u;

/** "Investigators", "the investigators": those who wrote a report, by what they did. */
const REPORT_INVESTIGATORS = /^(?:the\s+)?investigators$/i;
/** Groups that speak for a study: its authors. */
const STUDY_GROUPS = new Set(['researchers', 'authors', 'study authors', 'research team']);

/** Unnamed people inside a body who speak from it: "a club source", "a company insider". */
const INSIDERS = new Set(['source', 'insider']);
/** Words that pick one of several sources: "a second source", "another message". */
const ORDINALS = new Set(['another', 'second', 'third', 'fourth', 'fifth']);

/**
 * "Local residents", "Social media users", "some analysts": an unnamed group speaks for itself,
 * the phrase lower-cased without its determiner. A capital is allowed only on the word opening
 * the sentence; a country's name there makes the group that country's ("Russian media").
 */
function groupParty(words: readonly string[], s: Sentence, a: number): Party | null {
  // "one of the people", "two of the residents": some of a group speak for the group.
  if (words[1] === 'of' && words[2] === 'the' && PARTITIVES.has((words[0] as string).toLowerCase())) {
    const whole = groupParty(words.slice(2), s, a);
    return whole && { name: words.join(' '), side: whole.side };
  }
  let end = words.findIndex((w, k) => k > 0 && GROUP_BREAKS.has(w));
  if (end < 0) end = words.length;
  const own = words.slice(0, end);
  const first = own[0] ?? '';
  // "a summary the company handed to reporters" is no group: a group is a few words with one determiner.
  if (own.length > GROUP_WORDS || own.slice(1).some((w) => DETERMINERS.has(w.toLowerCase()))) return null;
  // "executives who have worked with Lachlan Murdoch": a name in the relative clause is not the group's.
  const who = words.indexOf('who');
  // "Sources close to Harry", "people familiar with the Apple talks": whom they are close to is no place of theirs,
  // nor the outlet that interviewed them.
  const sourced = SOURCE_LINKS.has(words[end] ?? '') || INTERVIEWED.has(words[end] ?? '');
  // "Nurses at St. Agnes Medical Center", "Employees at Google": staff speak for themselves, not for their employer,
  // whose spokesmen speak for it (and often against them).
  const staffAt = EMPLOYER_LINKS.has(words[end] ?? '') && isStaffGroup(own[own.length - 1] ?? '');
  const described = sourced || staffAt ? own : who > 0 ? words.slice(0, who) : words;
  // "Several Twitter users", "Users on Reddit": a platform is no place or body the group speaks for.
  const named = (w: string): boolean => isCapitalised(w) && !isPlatform(w);
  if (!isGroupNoun(own[own.length - 1] ?? '') || described.slice(1).some(named) || own.some((w) => OWNER_PRONOUN_SUBJECTS.has(w.toLowerCase()) || /['\u2019]/.test(w))) return null;
  const opens = a === 0 || s.tokens[a - 1]?.pos === 'PUNCT';
  if (named(first) && (!opens || namedSide(own.join(' ')) !== null)) return null;
  let bare = DETERMINERS.has(first.toLowerCase()) ? own.slice(1) : own;
  // "a second source", "another message": which one of them is no part of the side.
  if (bare.length > 1 && ORDINALS.has((bare[0] as string).toLowerCase())) bare = bare.slice(1);
  // "A club source", "a company insider": one inside a body of that kind speaks for it, as its spokesman would.
  if (bare.length === 2 && INSIDERS.has((bare[1] as string).toLowerCase()) && isPrivateKind((bare[0] as string).toLowerCase())) return null;
  return bare.length ? { name: words.join(' '), side: bare.join(' ').toLowerCase() } : null;
}

/** "TELLY funnyman Barry Tolland" → "Barry Tolland": the two or three capitalised words a name ends with, when they look like a person's. */
function personalNameEnding(name: string): string | null {
  const words = name.split(/\s+/);
  // "Was Jaxon Reyes ARRESTED?": a headline's word in capitals after a name written in mixed case is no part of it;
  // "REAL VALDERAS have agreed": a name all in capitals is shouted, and the article writes it again if it is a person's.
  while (words.length > 1 && isShouted(words[words.length - 1] as string) && !isShouted(words[0] as string)) words.pop();
  if (words.every(isShouted)) return null;
  let k = words.length;
  while (k > 0 && k > words.length - 3 && isCapitalised(words[k - 1] as string) && !isRoleWord(words[k - 1] as string)) k--;
  const run = words.slice(k).join(' ');
  return words.length - k >= 2 && !/['\u2019]/.test(run) && looksLikePersonalName(run) ? run : null;
}

/** "ARRESTED": a word of two letters or more, all in capitals. */
function isShouted(word: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word);
}

/** Most words of an outlet's name: "The Mail on Sunday". */
const OUTLET_WORDS = 5;

/**
 * "a report in The Information", "a story in the Sudan Tribune": the outlet that carried the report
 * speaks for it. Not a place ("reports in Spain") nor a platform ("posts on Facebook").
 */
function outletAfter(words: readonly string[], at: number): string | null {
  if (words[at] !== 'in' && words[at] !== 'by') return null;
  let a = at + 1;
  if (words[a] === 'the') a++;
  // "by the nonpartisan watchdog group Capitol Ledger Project": the words describing the body come before its name.
  const named = words.slice(a, a + DESCRIPTION_WORDS + 1).findIndex((w) => isCapitalised(w));
  if (named > 0 && words.slice(a, a + named).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) a += named;
  let b = a;
  while (b < words.length && b - a < OUTLET_WORDS && (isCapitalised(words[b] as string) || joinsName(words, b))) b++;
  // The name ends the phrase, or a lower-case word ends the name: "in The Information on Monday".
  if (b === a || (b < words.length && isCapitalised(words[b] as string))) return null;
  const name = words.slice(a, b).join(' ');
  const bare = withoutThe(name);
  // "the Sudan Tribune" is an outlet; "the United States", "Washington" are places.
  const side = namedSide(bare);
  const place = side !== null && (side === bare || bare.split(/\s+/).length <= side.split(/\s+/).length);
  return place || isPlatform(bare) ? null : name;
}

/** Most lower-case words describing a body before its name: "the nonpartisan watchdog group". */
const DESCRIPTION_WORDS = 3;
/** Most words between a publishing participle and its "by": "released last Tuesday by". */
const RELEASED_REACH = 3;

/** "a report released Tuesday by X": the "by" after the participle at `at` and its time, else `at`. */
function authorByAt(words: readonly string[], at: number): number {
  if (!PAST_PARTICIPLE.test(words[at] ?? '')) return at;
  const by = words.slice(at + 1, at + 2 + RELEASED_REACH).indexOf('by');
  return by >= 0 ? at + 1 + by : at;
}

/** "the Office of Inspector General": "of" between capitalised words joins one body's name. */
function joinsName(words: readonly string[], at: number): boolean {
  return words[at] === 'of' && isCapitalised(words[at - 1] ?? '') && isCapitalised(words[at + 1] ?? '');
}

function withoutThe(name: string): string {
  return name.replace(/^the\s+/i, '');
}

/** "the singer's (longtime) publicist": an agent of a public figure known by what they do. */
const FAME_AGENT = /^the\s+(\p{L}+)['\u2019]s\s+(?:\p{Ll}+\s+)?(?:publicist|agent|manager|lawyer|attorney|spokes(?:man|woman|person)|representative|rep)$/iu;

/** Most words before the noun of "the Brazilian star". */
const FAME_QUALIFIERS = 1;

/** "the star", "the Brazilian singer", "the 71-year-old": a public figure known by what they do or their age. */
function isFamousOne(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  if (words[0]?.toLowerCase() !== 'the' || words.length < 2 || words.length > 2 + FAME_QUALIFIERS) return false;
  return isFameNoun(last) || /^\d{1,3}-year-old$/.test(last);
}

/** Most words in a group's own name: "some social media users". */
const GROUP_WORDS = 4;
const PARTITIVES = new Set(['one', 'two', 'three', 'some', 'several', 'many', 'most', 'none']);

/** Words after which a group of sources says whom it knows: "close to", "familiar with", "briefed on". */
const SOURCE_LINKS = new Set(['familiar', 'briefed', 'close', 'knowledgeable']);
/** "her campaign", "the campaign": a campaign met before. */
const CAMPAIGN_REFERENCE = /^(?:her|his|the)\s+campaign$/iu;
/** "the campaign of Sen. Lorraine Vasquez-Tull": a campaign by its candidate's name (group 1). */
const CAMPAIGN_OF_CANDIDATE = /^[Tt]he\s+campaign\s+of\s+(\p{Lu}.*)$/u;
/** "people familiar with the findings", "officials with knowledge of the plan": a group of sources and what they know. */
const DESCRIBED_SOURCES = /^(?:\S+\s+){0,4}?(?:people|persons?|sources?|insiders?|officials?)\s+(?:familiar\s+with|briefed\s+on|close\s+to|knowledgeable\s+about|with\s+knowledge\s+of)\s/iu;
/** "the sources", "One of the people", "The person": a group of sources met before, or one of them. */
const SOURCE_BACK_REFERENCE = /^(?:(?:one|two|three|some|several|none|both|another)\s+of\s+)?the\s+(?:people|persons?|sources?)$/iu;
/** "Two of them", "Most of those": some of a group just before, named by nothing else. */
const SOURCES_PICKED = /^(?:one|another|two|three|four|five|several|some|most|many|all|both)\s+of\s+(?:them|those)$/iu;
/** What a described group of sources knows, after its noun: " familiar with the findings". */
const SOURCE_DESCRIPTION = /\s+(?:familiar|briefed|close|knowledgeable|with\s+knowledge)\s.*$/u;
/** How many sentences after a described group of sources "the sources" may still point back to it. */
const SOURCE_REACH = 8;
/** A count before a group of sources: "six", "multiple", "a dozen", "12". */
const SOURCE_COUNT = /^(?:\d+|multiple|numerous|six|seven|eight|nine|ten|dozens?|a\s+dozen)\s+/u;

/**
 * "three people familiar with the findings" → "people familiar with the findings": an unnamed group of sources
 * whose description names no one speaks as that description, its count and determiner left out (see
 * tests/articles/README.md), not as the bare "people"; null for a group not described by what it knows.
 */
function describedSource(side: string, words: readonly string[]): string | null {
  const phrase = words.join(' ');
  if (!DESCRIBED_SOURCES.test(phrase)) return null;
  const link = words.findIndex((w, k) => SOURCE_LINKS.has(w.toLowerCase()) || (w === 'with' && words[k + 1] === 'knowledge'));
  const who = words.indexOf('who', link);
  const description = words.slice(link, who > link ? who : words.length).join(' ');
  return `${side} ${description}`.toLowerCase().replace(SOURCE_COUNT, '');
}
/** Words after which a group's description says where or who, not what the group is: "residents who live near the plant", "people familiar with the plan". */
/** "Several residents interviewed by Reuters": who spoke to a group is no part of whom it speaks for. */
const INTERVIEWED = new Set(['interviewed', 'contacted', 'reached', 'quoted', 'surveyed', 'polled', 'questioned']);
/** Words between the rank and file of a workplace and the workplace: "nurses at", "workers of". */
const EMPLOYER_LINKS = new Set(['at', 'of', 'from']);
const GROUP_BREAKS = new Set(['who', 'in', 'on', 'at', 'near', 'from', 'of', 'across', 'around', 'with', 'that', ...SOURCE_LINKS, ...INTERVIEWED]);

/**
 * The role a definite description ends with, when nothing else names the person: "The Independent
 * Vermont senator" → senator; not "the agency's director", "the Kremlin spokesman Peskov".
 */
const roleOfDescription = remembered((head: string): string | null => {
  const words = wordsOf(head);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (words.length < 2 || words[0]?.toLowerCase() !== 'the' || !isRoleWord(last) || !/^\p{Ll}/u.test(words[words.length - 1] ?? '')) return null;
  return words.slice(1, -1).some((w) => /['\u2019]/.test(w) || isRoleWord(w) || isOrgWord(w) || hasGovernmentWord(w)) ? null : last;
});

const LEADING_PUNCTUATION = /^[\s\p{Pd}\p{Po}\p{Ps}\p{Pi}\p{Pf}\u2022\u00b7*]+/u;
const TRAILING_PUNCTUATION = /[\s\p{Pd}\p{Ps}\p{Pi}\p{Pf},;:\u2022*]+$/u;
/** Punctuation around a name is not part of it: a dateline's or bullet's dash, a possessive's apostrophe ("Sanders’"). */
const trimName = remembered((name: string): string =>
  name.replace(LEADING_PUNCTUATION, '').replace(/['\u2019]s?$/u, '').replace(TRAILING_PUNCTUATION, '').trim(),
);

/** The words of a phrase (shared between calls: never mutated). */
const wordsOf = remembered((phrase: string): readonly string[] => phrase.split(/\s+/).filter(Boolean));
/** The words of a name with its appositive's commas taken off (shared between calls: never mutated). */
const namedWords = remembered((name: string): readonly string[] => name.split(/[\s,]+/).filter(Boolean));

/** ", Inc.", " Ltd", " plc": a company's legal form, which its other mentions leave out ("Calloway Foods Inc" is "Calloway Foods"). */
const CORPORATE_SUFFIX = /,?\s+(?:Inc|Ltd|Limited|plc|PLC|Corp|LLC|Co)\.?$/u;

function cleanParty(party: Party): Party {
  const name = trimName(party.name) || party.name;
  const side = trimName(party.side);
  const company = side.replace(CORPORATE_SUFFIX, '');
  return { ...party, name, side: company && isCapitalised(lastWord(company)) ? company : side };
}

/** "Carly Fiorina", "Sexton": one to three capitalised words with no organisation, place or street ("Mill Road") in them. */
function looksLikePersonalName(name: string): boolean {
  const plain = beforeComma(name).trim();
  const words = plain.split(/\s+/);
  return words.length <= 3 && words.every((w) => isCapitalised(w) && !isOrgWord(w)) && !isStreetName(plain) && namedSide(name) === null;
}

/**
 * "the port authority's harbour master, Ines Calloway" → "Ines Calloway": a personal name in apposition to a
 * description in lower case (a role the tables may not hold), else null.
 */
function namedAfterRole(name: string): string | null {
  const comma = name.indexOf(',');
  if (comma < 0) return null;
  const appositive = name.slice(comma + 1).trim();
  const description = name.slice(0, comma).split(/\s+/);
  const described = description.slice(1).every((w) => !isCapitalised(w)) || description.some((w) => isRoleWord(w));
  return described && appositive.includes(' ') && looksLikePersonalName(appositive) ? appositive : null;
}

/** Marks opening a list's line ("- Stott alleges P"): no part of a name. */
const BULLETS = new Set(['-', '\u2022', '*', '\u2013', '\u2014']);

function isStray(t: Token | undefined): boolean {
  return !!t && (isQuote(t) || t.text === "'" || t.text === '\u2019' || t.text === ',' || BULLETS.has(t.text));
}

/** "Crispo's said", "McDonald's said": a name [.., b) ending in "'s", right before its verb, owns nothing: the "'s" is its own. */
function endsInPossessive(tokens: readonly Token[], b: number): boolean {
  const s = tokens[b - 1];
  const name = tokens[b - 2];
  const verb = tokens[b];
  // "Fox News's reporting tells": a possessive before a noun the tagger read as a verb.
  if (!s || !name || !verb || verb.pos !== 'VERB' || verb.lower.endsWith('ing') || isCapitalised(tokens[b - 3]?.text ?? '')) return false;
  return (s.lower === "'s" || s.lower === '\u2019s') && s.start === name.end && name.pos === 'PROPN';
}

/** The party of such a name: "Crispo's" whole, as name and as side. */
function ownPossessive(party: Party): Party {
  const clean = cleanParty(party);
  const name = party.name.trim();
  return { name, side: clean.side === trimName(name) ? name : clean.side };
}

function possessivePhrase(head: string): boolean {
  return /['\u2019]s?\s/.test(head);
}

/** A lower-case reference to something named before: "the agency", "the group's media office". */
function isShortReference(words: readonly string[]): boolean {
  const first = words[0]?.toLowerCase();
  // "the NGO": a kind of body written as an abbreviation is still a common noun.
  const lowerRest = words.slice(1).every((w) => !isCapitalised(w) || (w === w.toUpperCase() && GENERIC_TYPES.has(w.toLowerCase())));
  return !!first && (first === 'the' || first === 'its' || first === 'their') && words.length <= 5 && lowerRest;
}

/** Sentences after an outlet's report in which "the report" still means it. */
const REPORT_REACH = 6;

/** Did this attribution report something for a named source: "X reported that P", "according to a report in X"? */
export function reportsFor(a: Attribution, party: Party): boolean {
  if (!a.source || isUnnamedSide(party.side)) return false;
  if (a.cue.toLowerCase().startsWith('report')) return true;
  return a.sentence.tokens.slice(a.source[0], a.source[1]).some((t) => PUBLISHED_NOUNS.has(t.lower));
}

/** "The report said P": a definite report, no one named in it (its side is the phrase itself). */
function isDefiniteReport(a: Attribution, party: Party): boolean {
  if (!a.source || a.source[1] - a.source[0] !== 2) return false;
  const [first, noun] = a.sentence.tokens.slice(a.source[0], a.source[1]);
  return first?.lower === 'the' && !!noun && PUBLISHED_NOUNS.has(noun.lower) && party.side === noun.lower;
}

/** Resolve every attribution's asserter, in reading order, remembering actors as they appear. */
export function resolveAsserters(sentences: Sentence[], attributions: Attribution[], resolver: AsserterResolver): Asserted[] {
  // The last outlet that reported something, for a later "the report said".
  let reporter: { party: Party; sentence: number } | undefined;
  // A quoted sentence may come before the one naming its speaker ('"P. Q," X told reporters'): its
  // place is kept and its speaker filled in once known.
  const out: Array<{ attribution: Attribution; asserter?: Party }> = [];
  const resolved = new Map<Attribution, Party>();
  let next = 0;
  for (const s of sentences) {
    const said: Array<{ content: [number, number]; who: Who }> = [];
    while (next < attributions.length && attributions[next]?.sentence === s) {
      const a = attributions[next++] as Attribution;
      let party: Party | undefined;
      if (a.speakerFrom) {
        party = resolved.get(a.speakerFrom);
        if (!party && a.speakerFrom.sentence.index > s.index) {
          out.push({ attribution: a });
          continue;
        }
      } else if (a.source) {
        const who = resolver.resolve(s, a.source[0], a.source[1]);
        if (who) {
          party = who.party;
          // Headlines capitalise common nouns ("Club sues agent"): only the body introduces actors.
          if (!s.headline && !who.unnamed) {
            resolver.remember(who, s.index);
            said.push({ content: a.content, who });
          } else if (!s.headline && !who.person) resolver.rememberGroup(who, s.index);
        }
      }
      if (!party) continue;
      if (reporter && s.index - reporter.sentence <= REPORT_REACH && isDefiniteReport(a, party)) party = reporter.party;
      else if (reportsFor(a, party)) reporter = { party, sentence: s.index };
      resolved.set(a, party);
      out.push({ attribution: a, asserter: party });
    }
    if (!s.headline) resolver.rememberSubject(s, said);
  }
  const asserted: Asserted[] = [];
  const last = sentences[sentences.length - 1]?.index ?? 0;
  for (const o of out) {
    let asserter = o.asserter ?? (o.attribution.speakerFrom && resolved.get(o.attribution.speakerFrom));
    if (!asserter) continue;
    // "Fire service says P" above the story: the service speaks for the body the story names.
    if (o.attribution.sentence.headline) asserter = resolver.namedInBody(asserter, last);
    asserted.push({ attribution: o.attribution, asserter });
  }
  return asserted;
}

/** Is `title` a word of the fuller name before its last two words ("Justice" in "Commission chairperson Justice Chifundo Banda")? */
function titleOf(fullName: string, title: string): boolean {
  const words = wordsOf(fullName);
  return isCapitalised(title) && words.slice(0, -2).includes(title);
}
