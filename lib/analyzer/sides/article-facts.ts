// What the article says once and for all, for the side rules to ask: the study's author, the town
// of its mayor and its police, the party that runs the council, the holders of roles and the people
// it describes, how it writes a word. Each is found in one pass over the text, kept for the article.
import type { Sentence } from '../sentences';
import { isCapitalised, lastWord, POSSESSIVE_END } from '../words';
import type { Discourse } from '../discourse';
import { hasGovernmentWord, isCountrySide, isOrgWord, isPartySide, isRoleWord, namedSide, remembered } from '../side-names';
import { countryNamed, DETERMINERS, eitherCase, looksLikePersonName, properName, withoutThe } from './names';
import { WATCHDOG_TITLE } from './roles';

const LETTER = /\p{L}/u;
const SURROGATE = /[\uD800-\uDFFF]/;

/** "the Labour-run authority", "Conservative-controlled": a party the article says runs something. */
const RUN_BY_PARTY = /\b(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)-(?:run|led|controlled)\b/gu;
/** Where RUN_BY_PARTY can match, and the characters it is written in (with those of a word, for its \b). */
const RUN_BY_MENTION = /-(?:run|led|controlled)\b/g;
const RUN_BY_CHAR = /[\p{L}\d_\s-]/u;

/** How far back (characters) a rule looks for a name met before ("her campaign", "the museum"). */
const LOOKBACK = 20_000;

/** Quote marks around a title: straight, curly, single. */
const QUOTE_MARKS: ReadonlyArray<readonly [string, string]> = [['"', '"'], ['\u201c', '\u201d'], ["'", "'"], ['\u2018', '\u2019']];
/** "Kent Police", "Dunmore Police Service": a police force named; never a police union by its name ("Marlow Heights Police Officers Association"). */
const NAMED_POLICE = /\p{Lu}\p{Ll}+\s(?:Police|Constabulary)\b(?!\s(?:Officers|Benevolent|Federation|Union|Association|Guild|Brotherhood)\b)/u;
/** Where NAMED_POLICE can match, and the characters it is written in. */
const POLICE_MENTION = /\s(?:Police|Constabulary)\b/g;
const POLICE_NAME_CHAR = /[\p{L}\s]/u;

/** "The study, by the", "a study from", "Researchers at the", "scientists from": a study's authors are named next. */
const STUDY_BY = /\b(?:(?:study|report|research|analysis|paper)\s*,?\s+(?:by|from|led\s+by|carried\s+out\s+by|conducted\s+by)|(?:[Rr]esearchers|[Ss]cientists|[Ee]xperts|[Aa]cademics)\s+(?:at|from))\s+(?:the\s+)?(?=\p{Lu})/u;

/** "Redmarsh's elected mayor, Colin Ashdown", "the council's monitoring officer, Sarah Ndlovu": a role and its holder's full name. */
const ROLE_HOLDER_APPOSITIVE = /(?:\b[Tt]he|\p{Lu}[\p{L}.-]*['\u2019]s)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+),\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}'\u2019-]+){1,2})(?=[\s,.])/gu;

/** "a rift among Republicans", "a split within the Labour Party", "Democrats were divided": a party (group 1 or 2) split against itself. */
const DIVIDED_PARTY = /\b(?:rift|split|divisions?|infighting|feud)\s+(?:among|within|inside)\s+(?:the\s+)?(\p{Lu}\p{L}+(?:\s+Party)?)\b|\b(Republicans|Democrats|Conservatives|Tories)\s+(?:were|are|remain|remained)\s+(?:deeply\s+|sharply\s+|bitterly\s+)?(?:divided|split)\b/u;

/**
 * "President Barack Obama", "U.S. President Obama": one titled President in the text, without a country's word that
 * is not the leader's (group 1: the surname): someone holds the office the leader may seek.
 */
const PRESIDENT_NAMED = /(?<!\b(?:[Aa]|[Ff]ormer|[Vv]ice|[Ee]x-)\s)(?<!\p{Lu}\p{Ll}+\s)\bPresident\s(?:\p{Lu}[\p{L}.]*\s){0,2}?(\p{Lu}\p{Ll}+)(?![\p{L}'\u2019-]|\s\p{Lu})/gu;

/** "State Auditor Jo Hale", "state Comptroller Jo Hale": a watchdog's title (group 1), then its holder's name (group 2). */
const WATCHDOG_HOLDER = new RegExp(String.raw`((?:(?!The\s)\p{Lu}[\p{L}.]*\s+|state\s+){0,3}?${WATCHDOG_TITLE})\s((?:\p{Lu}[\p{L}.'\u2019-]* ){0,2}\p{Lu}[\p{L}'\u2019-]*)`, 'gu');

/** A watchdog the article names with its holder: the office, the holder's surname and where it is named. */
interface WatchdogHolder {
  office: string;
  surname: string;
  at: number;
}

/** "The gallery declined": the article calls a body by its kind after "the" (`kind` in lower-case letters). */
const theKind = remembered((kind: string): RegExp => new RegExp(`\\b[Tt]he\\s+${kind}\\b`, 'u'));

/** "Great Plains & Northern, a regional railroad", "Heartland Forward Fund, a super PAC": a body's name, then its kind. */
export const DESCRIBED_BODY_KIND = /(\p{Lu}[\p{L}'\u2019.-]*(?:\s(?:&\s|of\s|for\s|and\s)?\p{Lu}[\p{L}'\u2019.-]*){0,5}),\s+an?\s+((?:[\p{Ll}-]+\s+){0,2}?)(\p{L}+)(?=\s+(?:that|which|who|based|with|in|of)\b|[,.;])/gu;
/**
 * A name ending in a kind word, and the number of a branch: "Heartland Forward Fund", "United Refinery Workers Local 418".
 * (The capital is looked for before what precedes it: the other order tries the look-behind at every character.)
 */
const NAME_BEFORE_KIND = /(?=\p{Lu})(?<![\p{L}'\u2019.-])((?:\p{Lu}[\p{L}'\u2019.-]*\s(?:(?:&|of|and)\s)?){1,5})(\p{Lu}\p{L}+)(?![\p{L}'\u2019-])(\s\d{1,5}(?![\d,.]\d))?/gu;

const DESCRIBED_PERSON = /(\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}'\u2019-]+){1,2}),\s+an?\s+((?:\p{Ll}[\p{Ll}-]*\s){0,2}\p{Ll}[\p{Ll}-]*)(?=\s+(?:who|from|in|at|with)\b|[,.;])/gu;

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

/**
 * The stretches of `text` where a pattern whose every match holds a `mention` and is written in
 * `inMatch` characters alone can match: each mention with the run of such characters around it,
 * and the character after (for a word's end). The pattern run over these finds what it finds over
 * the whole text, without trying it at every capital of the text. Each character is read once.
 */
function stretchesAround(text: string, mention: RegExp, inMatch: RegExp): [number, number][] {
  // A character outside the 16-bit range is two halves to a one-character test: search it all.
  if (SURROGATE.test(text)) return [[0, text.length]];
  const within = characterTest(inMatch);
  const stretches: [number, number][] = [];
  for (let m = mention.exec(text); m; m = mention.exec(text)) {
    let from = m.index;
    while (from > 0 && within(text, from - 1)) from--;
    let to = m.index;
    while (to < text.length && within(text, to)) to++;
    stretches.push([from, Math.min(text.length, to + 1)]);
    mention.lastIndex = Math.max(to, m.index + 1);
  }
  return stretches;
}

/** The first match of a pattern (not global) in the text, as exec finds it, sought only in the stretches around its mentions. */
function firstMatchAround(text: string, pattern: RegExp, mention: RegExp, inMatch: RegExp): RegExpExecArray | null {
  for (const [from, to] of stretchesAround(text, mention, inMatch)) {
    const m = pattern.exec(text.slice(from, to));
    if (m) {
      m.index += from;
      return m;
    }
  }
  return null;
}

/** A one-character pattern as a test of the character at a place in a text, by a table for ASCII. */
function characterTest(pattern: RegExp): (text: string, at: number) => boolean {
  const ascii = Array.from({ length: 128 }, (_, code) => pattern.test(String.fromCharCode(code)));
  return (text, at) => {
    const code = text.charCodeAt(at);
    return code < 128 ? (ascii[code] as boolean) : pattern.test(text.charAt(at));
  };
}

const isLetterAt = characterTest(LETTER);

/** Is every character of `word` a letter (as isLetterAt reads it), and is there one? */
function isLetterRun(word: string): boolean {
  if (word === '') return false;
  for (let k = 0; k < word.length; k++) if (!isLetterAt(word, k)) return false;
  return true;
}

/** The text's runs of letters, each whole: one pass, so that asking about many words reads the text once. */
function letterRuns(text: string): Set<string> {
  const runs = new Set<string>();
  let start = -1;
  for (let k = 0; k <= text.length; k++) {
    const letter = k < text.length && isLetterAt(text, k);
    if (letter && start < 0) start = k;
    else if (!letter && start >= 0) {
      runs.add(text.slice(start, k));
      start = -1;
    }
  }
  return runs;
}

/** "X, a regional railroad", "Margaret Hollis, a retired schoolteacher": where a description follows a name. */
const DESCRIPTION_MENTION = /,\s+an?\s/g;
/** The characters a name and its description are written in (see DESCRIBED_BODY_KIND and DESCRIBED_PERSON). */
const DESCRIPTION_CHAR = /[\p{L}'\u2019.\s&,-]/u;

/** The characters such a name and its force are written in: letters, stops, hyphens, apostrophes, spaces. */
const FORCE_NAME_CHAR = /[\p{L}.'\u2019\s-]/u;
/** "the Sri Lankan navy", "Sri Lanka's Navy": a country's word (one or two) before a force of this kind (one pattern per force). */
const forceNamed = remembered((force: string): RegExp => new RegExp(String.raw`(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)(?:['\u2019]s)?\s+${eitherCase(force)}\b`, 'gu'));

/** "researcher Jonas Weidmann": an expert's noun and the name after it (one pattern per noun). */
const expertThenName = remembered((noun: string): RegExp => new RegExp(`\\b${eitherCase(noun)}\\s+(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}[\\p{Ll}'\u2019-]+){1,2})`, 'u'));

/** "Riverton Mayor X", "Redmarsh's elected mayor", "mayor of Redmarsh": the town whose mayor the article names. */
const MAYORS_TOWN = /\b(\p{Lu}\p{Ll}+)(?:['\u2019]s(?:\s+\p{Ll}+){0,2})?\s+[Mm]ayor\b|\b[Mm]ayor\s+of\s+(\p{Lu}\p{Ll}+)/u;

/** "Local radio", "Regional officials": words of scope that open a sentence before what they describe, never a name alone. */
const SCOPE_WORDS = new Set(['local', 'regional', 'national', 'federal', 'state', 'foreign', 'international', 'senior', 'independent', 'private', 'public']);

const ONE_WORD_NAME = /^\p{Lu}\p{Ll}+$/u;

/** "Rusk, through her lawyer, said": a client named before counsel, written in CLIENT_THROUGH_CHARs. */
const CLIENT_THROUGH_COUNSEL = /(\p{Lu}[\p{L}'\u2019-]+(?:\s\p{Lu}[\p{L}'\u2019-]+){0,3}),?\s+through\s+(?:his|her|their|its)\s+(?:lawyers?|attorneys?|solicitors?)\b/u;
const CLIENT_THROUGH_CHAR = /[\p{L}'\u2019\s,-]/u;
/** "a lawyer for Elena Rusk": a client named after counsel. */
const COUNSEL_FOR_CLIENT = /\b(?:lawyers?|attorneys?|solicitors?)\s+for\s+(\p{Lu}[\p{L}'\u2019-]+(?:\s\p{Lu}[\p{L}'\u2019-]+){0,3})/u;

/** "City Councilman X", "the city council": words saying a town's council is its city council. */
const CITY_COUNCIL = /\b[Cc]ity\s+[Cc]ouncil/u;

/** What one article says once and for all, found on the first question and kept for the article's other mentions. */
export class ArticleFacts {
  private namesPolice: boolean | undefined;
  private cityCouncil: boolean | undefined;
  private author: string | null | undefined;
  private mayorsTown: string | null | undefined;
  private ruling: string | null | undefined;
  private divided: string | null | undefined;
  private presidents: string[] | undefined;
  private watchdogs: WatchdogHolder[] | undefined;
  private client: string | null | undefined;
  private readonly titled = new Map<string, boolean>();
  private readonly quotedTitles = new Map<string, boolean>();
  // What one pass over the whole text found, kept per article: asked once per mention, a pass
  // each time would make the cost grow with the square of the article's length.
  private readonly writtenWords = new Map<string, boolean>();
  private readonly writtenWithout = new Map<string, boolean>();
  private readonly experts = new Map<string, string | null>();
  private readonly forces = new Map<string, { at: number; country: string }[]>();
  private readonly candidates = new Map<string, string | null>();
  private readonly kindsAfterThe = new Map<string, boolean>();
  private roleHolders: Map<string, string> | undefined;
  private descriptions: Map<string, { name: string; at: number }> | undefined;
  private kindNames: Map<string, Set<string>> | undefined;
  private describedStretches: [number, number][] | undefined;
  private letterRuns: Set<string> | undefined;

  constructor(
    readonly text: string,
    readonly discourse: Discourse,
  ) {}

  /** What `candidateSide` found for each leader's surname, once per article: each look scans the text. */
  candidacy(surname: string, find: () => string | null): string | null {
    let side = this.candidates.get(surname);
    if (side === undefined) this.candidates.set(surname, (side = find()));
    return side;
  }

  /** The surnames the article titles President ("President Barack Obama" → "Obama"), in order. */
  titledPresidents(): readonly string[] {
    this.presidents ??= [...this.text.matchAll(PRESIDENT_NAMED)].map((m) => m[1] as string);
    return this.presidents;
  }

  /** The watchdogs the article names with their holders ("State Auditor Jo Hale"), in order. */
  watchdogHolders(): readonly WatchdogHolder[] {
    this.watchdogs ??= [...this.text.matchAll(WATCHDOG_HOLDER)].map((m) => ({
      office: (m[1] as string).replace(/^state\b/, 'State'),
      surname: lastWord((m[2] as string).replace(POSSESSIVE_END, '')),
      at: m.index,
    }));
    return this.watchdogs;
  }

  /** Does the article call a body by its kind after "the" ("The gallery declined")? `kind` in lower-case letters. */
  callsByKind(kind: string): boolean {
    let called = this.kindsAfterThe.get(kind);
    if (called === undefined) this.kindsAfterThe.set(kind, (called = theKind(kind).test(this.text)));
    return called;
  }

  /** "A security researcher said P. ... researcher Jonas Weidmann": the name the article gives the expert, if any. */
  expertNamedAfter(noun: string): string | null {
    let name = this.experts.get(noun);
    if (name === undefined) this.experts.set(noun, (name = expertThenName(noun).exec(this.text)?.[1] ?? null));
    return name;
  }

  /**
   * The article's text before `end`, at most LOOKBACK characters of it: what a rule scans for a name met
   * before, bounded so that its work per reference stays the same however long the article.
   */
  textBefore(end: number): string {
    return this.text.slice(Math.max(0, end - LOOKBACK), end);
  }

  /** "The city", "city officials": the dateline's town, else the town whose mayor the article names ("Riverton Mayor X", "Riverton's mayor"). */
  localPlace(): string | null {
    if (this.discourse.datelinePlace) return this.discourse.datelinePlace;
    if (this.mayorsTown === undefined) {
      const mayor = this.text.includes('ayor') ? MAYORS_TOWN.exec(this.text) : null;
      const town = mayor?.[1] ?? mayor?.[2];
      this.mayorsTown = town && !DETERMINERS.has(town.toLowerCase()) && !isRoleWord(town) && namedSide(town) === null ? town : null;
    }
    return this.mayorsTown;
  }

  /** "Serrat" after "agent Paulo Serrat": a person's surname standing alone, not an organisation. */
  isSurname(name: string, at: number): boolean {
    return !name.includes(' ') && this.discourse.fullName(name, at) !== name;
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

  /** Does the text write `name` anywhere but right after `prefix`? */
  writesWithout(name: string, prefix: string): boolean {
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
  writesWord(word: string): boolean {
    // A word of letters alone is written whole when it is one of the text's runs of letters.
    if (isLetterRun(word)) return (this.letterRuns ??= letterRuns(this.text)).has(word);
    let written = this.writtenWords.get(word);
    if (written === undefined) {
      written = false;
      for (let at = this.text.indexOf(word); at >= 0 && !written; at = this.text.indexOf(word, at + 1)) {
        written = !(at > 0 && isLetterAt(this.text, at - 1)) && !(at + word.length < this.text.length && isLetterAt(this.text, at + word.length));
      }
      this.writtenWords.set(word, written);
    }
    return written;
  }

  /** The country named last before `upTo` with a force of this kind ("the Sri Lankan navy", "Sri Lanka's navy"), or null. */
  forceCountry(force: string, upTo: number): string | null {
    let named = this.forces.get(force);
    if (!named) {
      named = [];
      for (const [from, to] of stretchesAround(this.text, new RegExp(eitherCase(force), 'gu'), FORCE_NAME_CHAR)) {
        for (const m of this.text.slice(from, to).matchAll(forceNamed(force))) {
          const country = countryNamed(m[1] as string);
          if (country) named.push({ at: from + m.index, country });
        }
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
  localPolice(): string | null {
    const place = this.discourse.datelinePlace;
    this.namesPolice ??= firstMatchAround(this.text, NAMED_POLICE, POLICE_MENTION, POLICE_NAME_CHAR) !== null;
    return place && !this.namesPolice && !isCountrySide(namedSide(place) ?? '') ? `${place} Police` : null;
  }

  /** "City Councilman X", "the city council": does the article call its town's council the city council? */
  callsCouncilCity(): boolean {
    this.cityCouncil ??= CITY_COUNCIL.test(this.text);
    return this.cityCouncil;
  }

  /** "Margaret Hollis, a retired schoolteacher": each description's first person and where, found in one pass per article. */
  personsDescribed(): Map<string, { name: string; at: number }> {
    if (!this.descriptions) {
      this.descriptions = new Map();
      for (const [from, m] of this.descriptionMatches(DESCRIBED_PERSON)) {
        const [, name, description] = m;
        if (name && description && looksLikePersonName(name) && !this.descriptions.has(description)) this.descriptions.set(description, { name, at: from + m.index });
      }
    }
    return this.descriptions;
  }

  /**
   * "railroad", "super PAC", "Fund": the one body the article named in full as of that kind,
   * by an appositive ("X, a regional railroad") or a name ending in the kind ("Heartland Forward Fund"),
   * found in one pass per article; null when it named none or several.
   */
  bodyOfKind(kind: string): string | null {
    if (!this.kindNames) {
      this.kindNames = new Map();
      for (const [, [, name, qualifiers, word]] of this.descriptionMatches(DESCRIBED_BODY_KIND)) {
        if (!name || !word || looksLikePersonName(name)) continue;
        this.addKindName(word, name);
        // "a super PAC": "the super PAC" is the same body; "the central bank" is none the article described.
        if (qualifiers) this.addKindName(`${qualifiers}${word}`, name);
      }
      for (const [, before, word, branch] of this.text.matchAll(NAME_BEFORE_KIND)) if (before && word) this.addKindName(word, `${before}${word}${branch ?? ''}`);
    }
    const names = this.kindNames.get(kind.toLowerCase());
    return names?.size === 1 ? ([...names][0] as string) : null;
  }

  /** The matches of a pattern of a name and its description, found only around the text's descriptions, each with its stretch's start. */
  private *descriptionMatches(pattern: RegExp): Generator<[number, RegExpExecArray]> {
    this.describedStretches ??= stretchesAround(this.text, DESCRIPTION_MENTION, DESCRIPTION_CHAR);
    for (const [from, to] of this.describedStretches) for (const m of this.text.slice(from, to).matchAll(pattern)) yield [from, m];
  }

  private addKindName(kind: string, name: string): void {
    const key = kind.toLowerCase();
    const body = withoutThe(name);
    const names = this.kindNames?.get(key) ?? new Set<string>();
    // "Heartland Forward Fund's lawyer": the body's name without its possessive.
    names.add(body.replace(/['\u2019]s$/, ''));
    this.kindNames?.set(key, names);
  }

  /** 'The "Harbor Lights" actress': a name the article writes in quotes is a title, not a person. */
  isQuotedTitle(name: string): boolean {
    let quoted = this.quotedTitles.get(name);
    if (quoted === undefined) this.quotedTitles.set(name, (quoted = inQuotes(this.text, name)));
    return quoted;
  }

  /** "the mayor" → "Colin Ashdown" where the article once wrote "Redmarsh's elected mayor, Colin Ashdown": found in one pass per article. */
  roleHolderNamed(role: string): string | null {
    if (!this.roleHolders) {
      this.roleHolders = new Map();
      for (const m of this.text.matchAll(ROLE_HOLDER_APPOSITIVE)) {
        const [, word, name] = m;
        if (word && name && isRoleWord(word) && !this.roleHolders.has(word)) this.roleHolders.set(word, name);
      }
    }
    return this.roleHolders.get(role) ?? null;
  }

  /** The client the article first names for someone's counsel ("Rusk, through her lawyer", "a lawyer for Elena Rusk"), or null. */
  clientOfCounsel(): string | null {
    if (this.client === undefined) {
      const before = firstMatchAround(this.text, CLIENT_THROUGH_COUNSEL, /through/g, CLIENT_THROUGH_CHAR);
      const after = COUNSEL_FOR_CLIENT.exec(this.text);
      const first = before && (!after || before.index < after.index) ? before : after;
      this.client = first?.[1] ?? null;
    }
    return this.client;
  }

  /** The party the article says is split ("a rift among Republicans", "Democrats were divided"), or null: its members tell no side apart. */
  dividedParty(): string | null {
    if (this.divided === undefined) {
      const named = DIVIDED_PARTY.exec(this.text);
      const side = named ? namedSide(named[1] ?? named[2] ?? '') : null;
      this.divided = side && isPartySide(side) ? side : null;
    }
    return this.divided;
  }

  /** The party the article says runs the council or authority ("the Labour-run authority"), or null. */
  rulingParty(): string | null {
    if (this.ruling === undefined) {
      const matches = stretchesAround(this.text, RUN_BY_MENTION, RUN_BY_CHAR).flatMap(([from, to]) => [...this.text.slice(from, to).matchAll(RUN_BY_PARTY)]);
      const runners = matches.map((m) => namedSide(m[1] as string));
      this.ruling = runners.find((side) => !!side && isPartySide(side)) ?? null;
    }
    return this.ruling;
  }

  /**
   * "Boat" in "Boat owners" opening the sentence: one word before a word in lower case, capitalised
   * by its place alone (the tagger may call it a name: the article writes it in lower case too).
   */
  sentenceCapitalised(name: string, head: string, s: Sentence): boolean {
    const first = s.tokens[0];
    const next = head.split(/\s+/)[1] ?? '';
    if (name.includes(' ') || !head.startsWith(name) || first?.text !== name || next === '' || isCapitalised(next)) return false;
    const lower = name.toLowerCase();
    return first.pos !== 'PROPN' || SCOPE_WORDS.has(lower) || this.writesWord(lower) || this.writesWord(`${lower}s`);
  }

  /**
   * "Conservative icon X" opening a sentence of an article that writes "conservative" or "conservatives" in lower case:
   * the head's first word, a party's, capitalised by its place alone, describes before a word in lower case.
   */
  describesByPartyWord(head: string, s: Sentence): boolean {
    const [first = '', next = ''] = head.split(/\s+/);
    if (s.tokens[0]?.text !== first || !/^\p{Ll}/u.test(next) || !isPartySide(namedSide(first) ?? '')) return false;
    const lower = first.toLowerCase();
    return this.writesWord(lower) || this.writesWord(`${lower}s`);
  }

  /**
   * "Trade lawyer Jennifer Sato" after "the Trade Ministry": a word capitalised only because it opens
   * the sentence, known only as the subject of a government body, is not who the person works for.
   */
  commonWordOpening(word: string, s: Sentence): boolean {
    const first = s.tokens[0];
    if (!first || first.text !== word) return false;
    if (first.pos !== 'PROPN') return true;
    const known = this.discourse.canonicalOrg(word);
    return known !== word && hasGovernmentWord(known) && !hasGovernmentWord(word);
  }
}
