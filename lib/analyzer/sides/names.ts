// Reading the names in a phrase: the run of capitalised words that names a body, a person's name
// after their titles, a phrase without its article or its relative clause.
import { ARTICLE_NAME, NAME_PARTICLES, beforeComma, isCapitalised, lastWord } from '../words';
import { isFirstName } from '../gender';
import { isCalendarName, WEEKDAYS } from '../phrases';
import {
  isBodyEnding,
  isBranchNumber,
  isCourtesyTitle,
  isTimedOutlet,
  isCountrySide,
  isOrgWord,
  isRoleWord,
  isTitleBeforeName,
  portfolioAfter,
  looksLikePerson,
  namedSide,
  placeKind,
  remembered,
  withoutPostNominal,
} from '../side-names';

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'another', 'one', 'some',
  'many', 'several', 'other', 'two', 'three', 'four', 'five', 'most', 'few', 'both', 'each', 'every', 'any',
]);

/** "a Fresno Fire Department Battalion Chief" → the words of a phrase after the determiner that opens it. */
export function wordsAfterDeterminer(phrase: string): readonly string[] {
  const words = phrase.split(/\s+/);
  return DETERMINERS.has(words[0]?.toLowerCase() ?? '') ? words.slice(1) : words;
}

export const OWNER_LINKS = new Set(['for', 'of', 'at']);

export const ACRONYM = /^\p{Lu}{2,6}$/u;

export const NAME_LINKS = new Set(['of', 'for', 'and', '&', ...NAME_PARTICLES]);
/** Lower-case words inside an organisation's name before a capitalised word: "Save the Children". */
const INNER_NAME_WORDS = new Set(['the', 'to']);
export const FUNCTION_WORDS = new Set(['of', 'for', 'and', 'at', 'in', 'on', 'to', 'with', 'by', 'from', 'who', 'which', 'that']);

/** The country a name names ("Cameroon's government" → Cameroon), or null. */
export function countryNamed(name: string): string | null {
  const side = namedSide(name);
  return side && isCountrySide(side) ? side : null;
}

/** "Mara Quinn": capitalised words with no organisation, place or role among them. */
export function looksLikePersonName(name: string): boolean {
  // "Election Day", "Canal County": a date or a place is no one.
  return !isCalendarName(name) && name.split(/\s+/).every((w) => isCapitalised(w) && !isOrgWord(w) && !isRoleWord(w) && !placeKind(w.toLowerCase())) && namedSide(name) === null;
}

/** "Court of Appeal", "Hickman County Sheriff's Office": a name holding an organisation's word that is no person's ("Police Chief Raymond Doyle"). */
export function isBodyName(name: string): boolean {
  return isOrgWord(lastWord(name)) || (name.split(' ').some(isOrgWord) && !looksLikePerson(name));
}

/** A name without its leading article: "the union" → union. */
export function withoutThe(name: string): string {
  return name.replace(/^(?:the|The)\s+/, '');
}

export function stripThe(name: string): string {
  return withoutThe(name).replace(/['\u2019]s$/, '');
}

/**
 * The first run of capitalised words that is not a title ("Kremlin spokesperson Dmitri S. Peskov"
 * → "Kremlin"); with `atStart`, only a run that opens the phrase.
 */
export function properName(phrase: string, atStart = false): string | null {
  const words = phrase.split(/[\s,]+/);
  const run: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    // "The Health and Safety Executive": a body's last word stays in its name, though it may be a role.
    const next = words[i + 1] ?? '';
    // "Major League Soccer": a rank before an organisation's word opens the name.
    const ending = run.length > 0 ? isBodyEnding(w) && !isCapitalised(next) : isCapitalised(next) && isOrgWord(next) && !isRoleWord(next);
    // ", Dr Clare Hughes": a courtesy title before the name is no part of it; nor is where a body is based ("Melbourne-based").
    // "a report Tuesday from KQTV": a weekday before lower-case words is when, not who ("Sunday Courier" is a name).
    if ((atStart && run.length === 0 && isCourtesyTitle(w)) || (run.length === 0 && (JOINED_PLACE.test(w) || (WEEKDAYS.has(w.toLowerCase()) && !isCapitalised(next))))) continue;
    if ((isCapitalised(w) && (!isRoleWord(w) || ending) && !DETERMINERS.has(w.toLowerCase())) || (run.length && ARTICLE_NAME.test(w))) run.push(w);
    else if (run.length && isBranchNumber(run[run.length - 1] as string, w)) run.push(w);
    else if (run.length && NAME_LINKS.has(w) && isCapitalised(words[i + 1] ?? '')) run.push(w);
    // "The Mail on Sunday": a day that is part of an outlet's name.
    else if (run.length && w === 'on' && isTimedOutlet(`${run[run.length - 1]} on ${words[i + 1] ?? ''}`)) run.push(w);
    // "The Texas Commission on Environmental Quality", "the Council on Foreign Relations": a body named by its remit.
    else if (run.length && w === 'on' && isOrgWord(run[run.length - 1] as string) && isCapitalised(next) && !isRoleWord(next)) run.push(w);
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

export const JOINED_PLACE = /^\p{Lu}[\p{L}.]*-(?:based|headquartered)$/u;

export const PLACE_PREPOSITIONS = new Set(['in', 'on', 'at', 'from', 'near', 'by', 'with', 'to', 'outside', 'inside']);

/** A pattern for a lower-case word that may open a sentence: "navy" → "[nN]avy". */
export function eitherCase(word: string): string {
  return `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`;
}

/** "... Bureau of Workplace Health": a body's name ending in its remit, after "of" or "for". */
const REMIT_HEAD = /(?:^|\s)(\p{Lu}[\p{L}'\u2019-]*)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'\u2019-]*(?:\s\p{Lu}[\p{L}'\u2019-]*)*$/u;
/** ", Safety and Training": the rest of a remit's list of capitalised words, to its "and". */
const REMIT_LIST = /^,\s+(?:\p{Lu}[\p{L}'\u2019-]*,\s+)*\p{Lu}[\p{L}'\u2019-]*\s+and\s+\p{Lu}[\p{L}'\u2019-]*(?=$|[\s,.;])/u;

/** "The Meteorology, Climatology and Geophysics Agency": capitalised words listed with commas and "and", then more. */
const LISTED_BODY = /^(?:[Tt]he\s+)?\p{Lu}[\p{L}'\u2019-]*(?:,\s+\p{Lu}[\p{L}'\u2019-]*)+,?\s+and\s+\p{Lu}[\p{L}'\u2019-]*(?:\s\p{Lu}[\p{L}'\u2019-]*)+/u;
/**
 * "the Ohio Bureau of Workplace Health, Safety and Compensation", "the Department of Health,
 * Education and Welfare": a body's name whose remit is a list, which goes on past a comma; or null.
 */
export function remitListName(phrase: string): string | null {
  // "The Meteorology, Climatology and Geophysics Agency": the list opens the name, its kind word after it.
  const listed = LISTED_BODY.exec(phrase)?.[0];
  if (listed && isOrgWord(lastWord(listed))) return listed;
  const head = beforeComma(phrase).trim();
  const remit = head.includes(' of ') || head.includes(' for ') ? REMIT_HEAD.exec(head)?.[1] : undefined;
  const list = remit && isOrgWord(remit) ? REMIT_LIST.exec(phrase.slice(phrase.indexOf(head) + head.length)) : null;
  return list ? `${head}${list[0]}` : null;
}

const RELATIVE_TAIL = /\s(?:who|which)\s.*$/;
/** A "that" clause naming no one: "permit applications that Arcturo Cloud filed" names their owner. */
const THAT_TAIL = /\sthat\s[^\p{Lu}]*$/u;

/** A phrase without its relative clause: "two researchers who worked at Reuters' request" → "two researchers", "A study that tracked outbreaks" → "A study". */
export function withoutRelative(phrase: string): string {
  const bare = phrase.includes(' wh') ? phrase.replace(RELATIVE_TAIL, '') : phrase;
  return bare.includes(' that ') ? bare.replace(THAT_TAIL, '') : bare;
}

/** The person's name: the capitalised run after their last role or title ("Trade lawyer Jennifer Sato", "Sen. Marsha Tolland of Tennessee"). */
export const personName = remembered(findPersonName);

function findPersonName(head: string): string | null {
  const words = head.split(/\s+/);
  let role = -1;
  words.forEach((w, i) => {
    // "Congressman Pete King", "Judge Amy Judge": a role's word after a given name ends the name, it is the surname.
    const surname = i === words.length - 1 && i > role + 1 && isFirstName((words[i - 1] as string).toLowerCase());
    if ((isRoleWord(w) && !surname) || isTitleBeforeName(words, i)) role = i;
  });
  const run: string[] = [];
  for (const w of words.slice(role + 1 + portfolioAfter(words, role))) {
    if (isCapitalised(w) && !DETERMINERS.has(w.toLowerCase())) run.push(w);
    else if (run.length) break;
    // "Our correspondent in Warri": the place after a role is where they work, not who they are.
    else if (role >= 0 && PLACE_PREPOSITIONS.has(w)) return null;
  }
  if (role < 0 && run.length) {
    const described = DESCRIBED_PERSON.exec(head)?.[1];
    if (described && looksLikePersonName(described)) return described;
  }
  return run.length ? withoutPostNominal(run.join(' ').replace(/['\u2019]s$/, '')) : properName(head);
}

/**
 * "Conservative icon Phyllis Schlafly", "Civil rights pioneer Ada Brand": capitalised words a sentence opens with,
 * a description in lower case no role table holds, then the person's given name and surname (group 1), which end the head.
 */
const DESCRIBED_PERSON = /^\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?\s(?:\p{Ll}[\p{Ll}-]+\s){1,2}(\p{Lu}[\p{L}'\u2019-]+(?:\s\p{Lu}\.)?\s\p{Lu}[\p{L}'\u2019-]+)$/u;
