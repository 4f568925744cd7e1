// Stage 5, responses: contradictions. A later claim by another side that says the opposite in the
// same words ("had never stored card numbers" against "included partial card numbers"), about the
// same parties, answering them rather than talking past them.
import type { Asserted } from '../asserters';
import type { ClaimResponse, Party } from '../types';
import { mapped } from '../mapped';
import {
  DENIAL_VERBS,
  CONCESSION_VERBS,
  SUPPORT_VERBS,
  ANTONYMS,
  CONTRAST_OPENERS,
  CONTRAST_WORDS,
  EMPHATIC_REFLEXIVES,
} from '../lexicon';
import { remembered, namedSide } from '../side-names';
import { beforeComma, isCapitalised } from '../words';
import type { Token } from '../nlp';
import type { Sentence } from '../sentences';
import { isVerb, TIME_NOUNS } from '../phrases';
import { GENERIC_TYPES } from '../sides/references';
import { isOwnPlan } from './references';
import {
  negatedNouns,
  NO_ONE,
  PEOPLE_STEMS,
  claimsOwnPart,
  actsNegated,
  actsOf,
  thingsNotReceived,
  deniesPremise,
  wordsNegated,
  negatesExpectation,
  actsDenied,
  deniesExistence,
  opensWithNone,
  creditsTo,
  suchThingsDenied,
  introduces,
  bringsIn,
  thingKindDisowned,
  thingsBroughtIn,
  namesOfThing,
  actsOfNoOne,
  placesOfNoOneActs,
} from './denied-acts';
import { ANSWER_REACH, CONTRADICTION_REACH, claimAsResponse } from './counter-claims';
import {
  overlap,
  MIN_CONTRADICTION_STEM,
  predicateWords,
  stem,
  withoutPossessive,
  nameWords,
  negatesAt,
  contentWords,
  STOPWORDS,
} from './topic';
import { isRumour, toldInPosts } from './rumours';

/**
 * A later claim by another side that says the opposite in the same words ("it had never stored
 * card numbers" against "the database included partial card numbers") disputes the earlier one.
 */
export function linkContradictions(
  text: string,
  claims: Asserted[],
  words: Set<string>[],
  negatedContent: readonly boolean[],
  predicates: Array<Set<string> | undefined>,
  add: (c: Asserted, r: ClaimResponse) => void,
): void {
  // "denied that it had refused to discuss overtime" says the opposite of "the trust refused to discuss overtime".
  const negated = mapped(claims, (c, k) => negatedContent[k] !== DENIAL_VERBS.has(c.attribution.cue.toLowerCase()));
  // What each claim names and negates, worked out only for the pairs that need it.
  const names: Array<ClaimNames | undefined> = [];
  // "Speaker Ridley" in two claims names who they are about, not what: the capitalised words of every speaker's name.
  const speakers = new Set<string>();
  for (const c of claims) for (const w of speakerStems(c.asserter.name)) speakers.add(w);
  const namesOf = (k: number): ClaimNames => (names[k] ??= claimNames(claims[k] as Asserted, speakers));
  const plans = mapped(claims, isOwnPlan);
  // The words naming each claim's party, worked out once for all the pairs that ask.
  const parties: Array<ReadonlySet<string> | undefined> = [];
  const partyOf = (k: number): ReadonlySet<string> => (parties[k] ??= nameAndSideWords((claims[k] as Asserted).asserter));
  // Whether each sentence holds a contrast, read once for all the claims it tells.
  const contrastInSentence = new Map<Sentence, boolean>();
  const contrastIn = (s: Sentence): boolean => {
    let found = contrastInSentence.get(s);
    if (found === undefined) contrastInSentence.set(s, (found = holdsContrast(s.tokens)));
    return found;
  };
  const negatedWords: Array<Set<string> | undefined> = [];
  const scopes: Array<Set<string> | undefined> = [];
  const insteads: Array<Set<string> | undefined> = [];
  const acts: Array<Set<string> | undefined> = [];
  const deniedActs: Array<Set<string> | undefined> = [];
  const negatedActs: Array<Set<string> | undefined> = [];
  const marks: Array<Set<number> | undefined> = [];
  const preempted: Array<string[] | undefined> = [];
  const nones: Array<readonly (readonly string[])[] | undefined> = [];
  // Does claim x say there were none of a noun that claim y does not mention? "No offer has been
  // received, and there is no agreement" is about agreements too: y must lack what each "no" names.
  const lacksNegatedNoun = (x: number, y: number): boolean => {
    if (!negatedContent[x]) return false;
    const said = (nones[x] ??= negatedNouns(claims[x] as Asserted));
    return said.length > 0 && said.every((nouns) => (nouns[0] === NO_ONE ? ![...(words[y] ?? [])].some((w) => PEOPLE_STEMS.has(w)) : nouns.some((noun) => !words[y]?.has(noun))));
  };
  // "found no such memo" against "had warned the mayor in a memo": "such" points back at the very
  // thing the other claim says there was (outside what that claim itself says no to).
  const suchThings: Array<Set<string> | undefined> = [];
  const deniesSuchThing = (i: number, j: number): boolean => {
    const such = (suchThings[j] ??= suchThingsDenied(claims[j] as Asserted));
    if (such.size === 0) return false;
    const said = words[i] ?? new Set<string>();
    const saidNo = negatedContent[i] ? (scopes[i] ??= negationScope(claims[i] as Asserted)) : new Set<string>();
    return overlap(such, new Set([...said].filter((w) => !saidNo.has(w))), MIN_CONTRADICTION_STEM) > 0;
  };
  // "Hearthly said it had contacted the family" / "no one from the company had been in touch": its own act, denied of it.
  const deniesOwnAct = (i: number, j: number, gap: number): boolean =>
    !!negated[j] &&
    gap <= ANSWER_REACH &&
    (SELF_SUBJECTS.has((claims[i] as Asserted).attribution.sentence.tokens[(claims[i] as Asserted).attribution.content[0]]?.lower ?? '') ||
      claimsOwnPart(claims[i] as Asserted)) &&
    overlap((negatedActs[j] ??= actsNegated(claims[j] as Asserted)), (acts[i] ??= actsOf(claims[i] as Asserted)), MIN_CONTRADICTION_STEM) > 0 &&
    namesAsserter(claims[j] as Asserted, partyOf(i));
  const actsOfAnyone: Array<Set<string> | undefined> = [];
  const noOnePlaces: Array<Set<string> | undefined> = [];
  // Whether each claim passes on a rumour or posts, read once for all the pairs that ask.
  const rumoured: Array<boolean | undefined> = [];
  // '"nobody has been pulled off anything"' against "engineers were pulled off the dam": no one did the very act told,
  // near it or of a rumour, posts too (a live blog answers the posts hours later; "nobody had been hurt" far off is another event).
  const noOneDid = (i: number, j: number, gap: number): boolean =>
    (gap <= ANSWER_REACH || (rumoured[i] ??= isRumour(claims[i] as Asserted) || toldInPosts(claims[i] as Asserted))) &&
    overlap((actsOfAnyone[j] ??= actsOfNoOne(claims[j] as Asserted)), (acts[i] ??= actsOf(claims[i] as Asserted)), MIN_CONTRADICTION_STEM) > 0 &&
    // "No one has been taken into custody" / "two were taken to hospital": the place the act leads to is the other claim's too.
    [...(noOnePlaces[j] ??= placesOfNoOneActs(claims[j] as Asserted))].every((w) => words[i]?.has(w));
  const unreceived: Array<Set<string> | undefined> = [];
  // "its inspectors had ordered the company to close the level" / the company "never received a closure order".
  const deniesReceipt = (i: number, j: number, gap: number): boolean =>
    !!negated[j] &&
    gap <= ANSWER_REACH &&
    overlap(
      (unreceived[j] ??= thingsNotReceived(claims[j] as Asserted, (negatedActs[j] ??= actsNegated(claims[j] as Asserted)))),
      (acts[i] ??= actsOf(claims[i] as Asserted)),
      MIN_CONTRADICTION_STEM,
    ) > 0 &&
    namesAsserter(claims[i] as Asserted, partyOf(j));
  // "the document 'is not a product of this committee'" against "the map's metadata shows it was
  // created on a computer registered to the committee's office": a thing disowned by its kind answers
  // the claims that name it, by that kind or by the kind it was brought in as ("a draft map").
  const disowned: Array<Set<string> | null | undefined> = [];
  const broughtIn = new Set<string>();
  let broughtInTo = 0;
  const thingDisowned = (j: number): Set<string> | null => {
    if (disowned[j] !== undefined) return disowned[j];
    const kind = negated[j] ? thingKindDisowned(claims[j] as Asserted) : null;
    for (; broughtInTo < j; broughtInTo++) for (const k of thingsBroughtIn(claims[broughtInTo] as Asserted)) broughtIn.add(k);
    return (disowned[j] = kind ? namesOfThing(kind, broughtIn) : null);
  };
  for (let j = 0; j < claims.length; j++) {
    const later = claims[j] as Asserted;
    // A rumour is what gets answered: "rumours circulated that a second attacker had escaped" answers no one.
    if (isRumour(later)) continue;
    let answerer: Answerer | undefined;
    // An affirmed claim with no antonym, no "before any X" and no word set aside contradicts no
    // earlier affirmed claim (each test of such a pair below asks for one of them): skip those pairs.
    const answersAffirmed = !!negated[j] || canDenyAffirmed((marks[j] ??= antonymMarks(later)), (preempted[j] ??= preemptedNouns(later)), (negatedWords[j] ??= wordsNegated(later)));
    const disownedThing = thingDisowned(j);
    let laterParty: Set<string> | undefined;
    for (let i = j - 1; i >= 0; i--) {
      const earlier = claims[i] as Asserted;
      const gap = later.attribution.sentence.index - earlier.attribution.sentence.index;
      if (gap > CONTRADICTION_REACH) break;
      if (gap <= 0 || earlier.asserter.side === later.asserter.side || (!answersAffirmed && !negated[i]) || aboutAnotherOccasion(later, earlier)) continue;
      // "France would veto any budget that merged the fund" opposes the plan a report tells of, and
      // "the budget had grown faster than inflation" does not answer France's vow: a plan meets
      // another side's claim only where that claim is about the planner.
      if ((plans[j] && !namesPlanner(earlier, later, partyOf(j))) || (plans[i] && !namesPlanner(later, earlier, partyOf(i)))) continue;
      if ((negated[j] && deniesSuchThing(i, j)) || (disownedThing && overlap(disownedThing, words[i] ?? new Set()) > 0)) {
        add(earlier, claimAsResponse(text, later, 'denies'));
        continue;
      }
      const opposed = opposes((marks[i] ??= antonymMarks(earlier)), (marks[j] ??= antonymMarks(later)));
      if (negated[i] === negated[j]) {
        // "every exit had been opened" / "the doors had stayed locked": opposite words, both affirmed.
        if (opposed && (topicOverlap(namesOf(i), namesOf(j), words[i], words[j]) >= 2 || sharesPlace(namesOf(i), namesOf(j)))) {
          add(earlier, claimAsResponse(text, later, 'denies'));
        } else if (preempts((preempted[j] ??= preemptedNouns(later)), earlier) && overlap((acts[j] ??= actsOf(later)), words[i] ?? new Set(), MIN_CONTRADICTION_STEM) > 0) {
          add(earlier, claimAsResponse(text, later, 'denies'));
        } else if (negated[i] && deniesPremise(later, earlier, (acts[i] ??= actsOf(earlier)))) {
          add(earlier, claimAsResponse(text, later, 'denies'));
        } else if (overlap((negatedWords[j] ??= wordsNegated(later)), words[i] ?? new Set(), MIN_CONTRADICTION_STEM) > 0) {
          // "caused by third-party chargers, not by the vent": the very word set aside is the other claim's.
          add(earlier, claimAsResponse(text, later, 'denies'));
        } else if (negated[i] && negatedContent[j] && overlap((insteads[i] ??= affirmedInstead(earlier)), (scopes[j] ??= negationScope(later)), MIN_CONTRADICTION_STEM) >= 2) {
          // "had not died but had been admitted to intensive care" / "has not been in intensive care": what it says instead is denied.
          add(earlier, claimAsResponse(text, later, 'denies'));
        }
        continue;
      }
      // "every ballot accounted for" / "no ballots were missing": the negation of the opposite word says the same.
      if (opposed) continue;
      // "no Democratic official had reported missing ballots" is about officials: a claim without them does not answer it.
      // ("no one has been moved off the line" does answer "technicians were moved off": the very act, of anyone.)
      if ((lacksNegatedNoun(i, j) || lacksNegatedNoun(j, i)) && !deniesOwnAct(i, j, gap) && !noOneDid(i, j, gap)) continue;
      // "The ministry said 40 rebels were captured. The rebels said none of their fighters were
      // taken": the party the claim is about answers it with a denial of its own.
      // "they do not expect the incident to escalate" is a forecast, no answer to what happened.
      const answersAboutItself = gap <= ANSWER_REACH && negated[j] && !negatesExpectation(later) && isAbout((answerer ??= answererWords(later)), namesOf(i).subject);
      // "caused by third-party chargers, not by the vent": the very word set aside is the other claim's.
      // "There is no annex": what the other claim speaks of ("signed a confidential annex") does not exist.
      const negatesItsWord =
        overlap((negatedWords[j] ??= wordsNegated(later)), words[i] ?? new Set(), MIN_CONTRADICTION_STEM) > 0 ||
        overlap((deniedActs[j] ??= actsDenied(later)), (acts[i] ??= actsOf(earlier)), MIN_CONTRADICTION_STEM) > 0 ||
        (deniesExistence(later) && overlap(deniedActs[j] ?? new Set(), words[i] ?? new Set(), MIN_CONTRADICTION_STEM) > 0) ||
        // "No offer has arrived" against "had sent a formal offer".
        (opensWithNone(later) && introduces(earlier, deniedActs[j] ?? new Set())) ||
        // "has made no recommendation" against "acted on the recommendation of the board": the thing credited to the one who says there was none.
        (!!deniedActs[j]?.size && creditsTo(earlier, deniedActs[j] ?? new Set(), (laterParty ??= partyWords(later.asserter.side)))) ||
        noOneDid(i, j, gap);
      // The words a negation governs must be the ones shared: "An image of armed officers at the
      // cafe was not taken in Dunmore" says nothing against "a man armed with a shotgun held six people in a cafe".
      const wordsI = negatedContent[i] ? (scopes[i] ??= negationScope(earlier)) : words[i];
      const wordsJ = negatedContent[j] ? (scopes[j] ??= negationScope(later)) : words[j];
      // "has slow-walked the permits" / "had not delayed a single application, following the permitting law":
      // where the negation governs the very act claimed, the rest of the answer may name its object.
      const negatesItsAct = negated[j] && overlap((negatedActs[j] ??= actsNegated(later)), (acts[i] ??= actsOf(earlier)), MIN_CONTRADICTION_STEM) > 0;
      const shared = negatesItsAct ? topicOverlap(namesOf(i), namesOf(j), words[i], words[j]) : topicOverlap(namesOf(i), namesOf(j), wordsI, wordsJ);
      // "Tajikistan denied that its troops had used mortars" against a monitor's "fragments of mortar
      // rounds ..., consistent with fire from the Tajik side": the side a claim accuses denies its act
      // (the sides its sentence names read last, only for a pair nothing else ties: the dearest check).
      const accusedDenies =
        !answersAboutItself &&
        !negatesItsWord &&
        shared < 2 &&
        !!negated[j] &&
        !negatedContent[j] &&
        overlap((predicates[j] ??= predicateWords(later)), words[i] ?? new Set(), MIN_CONTRADICTION_STEM) > 0 &&
        sentenceNamesSide(earlier, later.asserter.side);
      if (!answersAboutItself && !negatesItsWord && shared < 2 && !accusedDenies && !deniesOwnAct(i, j, gap) && !deniesReceipt(i, j, gap)) continue;
      add(earlier, claimAsResponse(text, later, 'denies'));
    }
    const contrasted = opensWithContrast(later.attribution.sentence.tokens, later.attribution.content[0]) || contrastIn(later.attribution.sentence);
    const replying = !contrasted && answersBefore(later.attribution.sentence.tokens, later.attribution.content[0]);
    if (!contrasted && !replying) continue;
    // A reply answers the side that spoke just before it, not all the sides within reach.
    const answered = replying ? lastSpeakerRun(claims, j) : 0;
    // "acknowledged that P but said no fan had been crushed": after a concession, the contrast
    // answers another side only where it says no to what that side affirmed (or the reverse).
    const conceding = followsConcession(claims, j);
    const laterName = partyWords(later.asserter.name);
    // "But the coast guard said it had issued a warning", "the regulator said it had ordered the
    // pause itself", "X said P, but Y said Q": a counter-claim set against what another side just
    // said about the same thing (in the same sentence, the contrast itself ties them).
    for (let i = j - 1; i >= 0; i--) {
      const earlier = claims[i] as Asserted;
      const gap = later.attribution.sentence.index - earlier.attribution.sentence.index;
      if (gap > COUNTER_CLAIM_REACH || i < answered) break;
      if (gap < 0 || earlier.asserter.side === later.asserter.side || aboutAnotherOccasion(later, earlier)) continue;
      const sameSentence = gap === 0 && earlier.attribution.content[1] <= later.attribution.content[0];
      if ((gap === 0 && !sameSentence) || lacksNegatedNoun(i, j)) continue;
      // "but said neither injury was caused by fatigue" says no to the cause, not to the injuries.
      if (conceding && (negated[i] === negated[j] || overlap((predicates[j] ??= predicateWords(later)), words[i] ?? new Set(), MIN_CONTRADICTION_STEM) === 0)) continue;
      // "... followed every instruction from the coast guard. But the coast guard said ...": the party named answers.
      const named = mentions(earlier, laterName);
      if (!sameSentence && !named && (gap > (replying ? COUNTER_CLAIM_REACH : TOPIC_CONTRAST_REACH) || topicOverlap(namesOf(i), namesOf(j), words[i], words[j]) < 1)) continue;
      add(earlier, claimAsResponse(text, later, 'denies'));
    }
  }
}

/**
 * "the March incident was an electrical fault, not an engine fire": a claim whose subject is told
 * by its date (a month, a weekday, a year) is about that occasion, and answers no claim that never
 * names it (Monday's fire is another event).
 */
function aboutAnotherOccasion(later: Asserted, earlier: Asserted): boolean {
  const dates = subjectDates(later);
  if (dates.length === 0) return false;
  const earlierWords = new Set(earlier.attribution.sentence.tokens.map((t) => t.lower));
  return !dates.some((d) => earlierWords.has(d));
}

/** The dates in a claim's subject, the words before its first verb: "the March incident" → march. */
function subjectDates(c: Asserted): string[] {
  const tokens = c.attribution.sentence.tokens;
  const dates: string[] = [];
  for (let k = c.attribution.content[0]; k < c.attribution.content[1]; k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
    if ((TIME_NOUNS.has(t.lower) && isCapitalised(t.text)) || /^(19|20)\d\d$/.test(t.text)) dates.push(t.lower);
  }
  return dates;
}

/**
 * "There is no device at the stadium," police said. ... Videos claimed that "a device went off":
 * a thing one side has said does not exist, brought in by another side's later claim, disputes that
 * claim (the absence was said first, as an answer given before the story it answers was told).
 */
export function linkEarlierAbsences(text: string, claims: Asserted[], negatedContent: readonly boolean[], add: (c: Asserted, r: ClaimResponse) => void): void {
  for (let i = 0; i < claims.length; i++) {
    const absence = claims[i] as Asserted;
    if (!deniesExistence(absence)) continue;
    const things = actsDenied(absence);
    for (let j = i + 1; j < claims.length; j++) {
      const later = claims[j] as Asserted;
      if (later.attribution.sentence.index - absence.attribution.sentence.index > ANSWER_REACH) break;
      if (later.asserter.side === absence.asserter.side || negatedContent[j] || later.attribution.sentence === absence.attribution.sentence) continue;
      if (bringsIn(later, things)) add(later, claimAsResponse(text, absence, 'denies'));
    }
  }
}

/** Stems of the capitalised words of a speaker's name (shared between calls: never mutated). */
const speakerStems = remembered((name: string): readonly string[] =>
  beforeComma(name)
    .split(/\s+/)
    .filter((w) => isCapitalised(w))
    .map((w) => stem(withoutPossessive(w).toLowerCase())),
);

/** Does a claim's sentence name a side by one of its capitalised words ("the Tajik side" names Tajikistan)? */
function sentenceNamesSide(c: Asserted, side: string): boolean {
  return c.attribution.sentence.tokens.some((t) => isCapitalised(t.text) && namedSide(t.text) === side);
}

/** Words after which a noun is said to have had no part yet: "before any regulator had been in touch". */
const PREEMPTING = new Set(['before', 'without']);
const ANY = new Set(['any', 'anyone']);

/**
 * "We stopped dosing on Tuesday, before any regulator had been in touch with us" against the
 * regulator's "it had ordered the pause itself": a claim that something was done before (or
 * without) any of another side's people took part answers that side's claim to have done it (the
 * caller checks that it is the same act).
 */
function preempts(preempted: readonly string[], earlier: Asserted): boolean {
  // The party's words only when the claim holds a pre-empting phrase: most claims hold none.
  if (preempted.length === 0) return false;
  const party = nameWords(`${earlier.asserter.name} ${earlier.asserter.side}`);
  return preempted.some((noun) => party.has(noun));
}

/** Stems of the nouns a claim says something was done before (or without) any of: "before any regulator" → regul. */
function preemptedNouns(c: Asserted): string[] {
  const out: string[] = [];
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a; k + 2 < b; k++) {
    if (!PREEMPTING.has((tokens[k] as Token).lower) || !ANY.has((tokens[k + 1] as Token).lower)) continue;
    const noun = tokens[k + 2] as Token;
    if (noun.pos === 'NOUN') out.push(stem(noun.lower));
  }
  return out;
}

/**
 * "acknowledged that P but said Q", "acknowledged the two earlier shutdowns but said Q": is claim
 * j's contrast set against its own speaker's concession just before it?
 */
function followsConcession(claims: readonly Asserted[], j: number): boolean {
  const later = claims[j] as Asserted;
  const c = claims[j - 1];
  if (c && c.attribution.sentence === later.attribution.sentence && c.asserter.side === later.asserter.side) {
    const cue = c.attribution.cue.toLowerCase();
    if (CONCESSION_VERBS.has(cue)) return true;
    // "confirmed that P, but said Q": what it confirms, it concedes.
    if (SUPPORT_VERBS.has(cue) && butBetween(later.attribution.sentence.tokens, c.attribution.content[1], later.attribution.content[0])) return true;
  }
  // A concession with a plain object, which is no claim of its own: "acknowledged the shutdowns but said".
  const tokens = later.attribution.sentence.tokens;
  let conceded = false;
  for (let k = 0; k < later.attribution.content[0]; k++) {
    const t = tokens[k] as Token;
    if (CONCESSION_VERBS.has(t.lower) && t.pos === 'VERB') conceded = true;
    else if (conceded && t.lower === 'but') return true;
  }
  return false;
}

/** Does "but" open a clause in [a, b)? */
function butBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k]?.lower === 'but') return true;
  return false;
}

/**
 * What a claim's words say about sides: the stems of its capitalised words (true when they name a
 * country), of its side's name, and of the nouns of its subject (who or what it is about).
 */
interface ClaimNames {
  capitalised: Map<string, boolean>;
  side: ReadonlySet<string>;
  /** Stems of the capitalised words of the names of everyone who speaks in the article. */
  speakers: ReadonlySet<string>;
  subject: Set<string>;
}

function claimNames(c: Asserted, speakers: ReadonlySet<string>): ClaimNames {
  const capitalised = new Map<string, boolean>();
  const subject = new Set<string>();
  const tokens = c.attribution.sentence.tokens;
  let inSubject = true;
  for (let k = c.attribution.content[0]; k < c.attribution.content[1]; k++) {
    const t = tokens[k] as Token;
    if (isCapitalised(t.text)) capitalised.set(stem(t.lower), namedSide(t.text) !== null);
    if (t.pos === 'VERB' || t.pos === 'AUX') inSubject = false;
    if (inSubject && (t.pos === 'PROPN' || t.pos === 'NOUN')) subject.add(stem(t.lower));
  }
  return { capitalised, side: nameWords(c.asserter.side), speakers, subject };
}

/**
 * Content words of a negated claim from its negation on, with the head noun of its subject: "An
 * image showing armed officers ... was not taken in Dunmore" → image, taken, Dunmore.
 */
/** Words that open a clause a negation before them does not govern. */
const SCOPE_ENDS = new Set(['until', 'unless', 'if', 'because', 'before', 'after', 'while', 'when', 'since', 'but', ';']);

function negationScope(c: Asserted): Set<string> {
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  let from = a;
  while (from < b && !negatesAt(tokens, from)) from++;
  if (from === b) return contentWords(tokens, a, b);
  let verb = a;
  while (verb < from && !isVerb(tokens[verb])) verb++;
  // "will not go back underground until an engineer has inspected every gallery": the condition is not denied.
  let end = from;
  while (end < b && !SCOPE_ENDS.has((tokens[end] as Token).lower)) end++;
  const out = contentWords(tokens, from, end);
  for (let k = verb - 1; k >= a; k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      for (const w of contentWords(tokens, k, k + 1)) out.add(w);
      break;
    }
  }
  return out;
}

/**
 * What a negated claim says is so instead, after its "but": "had not died but had been admitted to
 * the intensive care unit" → admitted, intensive, care, unit. Empty when no "but" follows its negation.
 */
function affirmedInstead(c: Asserted): Set<string> {
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  let k = a;
  while (k < b && !negatesAt(tokens, k)) k++;
  while (k < b && (tokens[k] as Token).lower !== 'but') k++;
  return k < b ? contentWords(tokens, k + 1, b) : new Set();
}

/** The antonym marks of a claim's words (see ANTONYMS). */
function antonymMarks(c: Asserted): Set<number> {
  const out = new Set<number>();
  const tokens = c.attribution.sentence.tokens;
  for (let k = c.attribution.content[0]; k < c.attribution.content[1]; k++) {
    const mark = ANTONYMS.get((tokens[k] as Token).lower);
    if (mark !== undefined) out.add(mark);
  }
  return out;
}

/**
 * Can an affirmed claim contradict an earlier affirmed one: does it hold an antonym, a "before any
 * X" or a word it sets aside ("not by the vent")?
 */
function canDenyAffirmed(marks: ReadonlySet<number>, preempted: readonly string[], setAside: ReadonlySet<string>): boolean {
  return marks.size > 0 || preempted.length > 0 || setAside.size > 0;
}

/** Does one claim hold a word whose antonym the other holds? */
function opposes(a: Set<number>, b: Set<number>): boolean {
  for (const m of a) if (b.has(m ^ 1)) return true;
  return false;
}

/**
 * Who a negated claim may be the answer of: its asserter's side ("The rebels said none of their
 * fighters ..."), or a name it opens with ("Leo never asked to leave").
 */
interface Answerer {
  /** When it speaks of its own people: the stems of the last words of its side and of its name ("militia" for "Tessaro Valley Militia"). */
  heads: Set<string>;
  names: Set<string>;
}

function answererWords(c: Asserted): Answerer {
  const names = new Set<string>();
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a; k < Math.min(b, a + 3); k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
    if (t.pos === 'PROPN' && namedSide(t.text) === null) names.add(stem(t.lower));
  }
  // "none of its fighters", "they had done nothing of the kind": a denial about the speaker's own
  // people; "no one at the plant" is not.
  const ownPeople = tokens.slice(a, b).some((t) => SELF_REFERENCES.has(t.lower)) || SUBJECT_SELVES.has(tokens[a]?.lower ?? '');
  const heads = new Set<string>();
  if (ownPeople) for (const name of [c.asserter.side, beforeComma(c.asserter.name)]) heads.add(headStem(name));
  heads.delete('');
  return { heads, names };
}

/** The stem of the last word of a name: "milit" for "Tessaro Valley Militia", "repub" for "Republicans". */
function headStem(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  return stem((words[words.length - 1] ?? '').replace(/[^\p{L}\p{N}]+/gu, ''));
}

/** Subject pronouns that, opening a speaker's words, are the speaker: "Republicans said they had ...". */
const SUBJECT_SELVES = new Set(['they', 'we']);

const SELF_REFERENCES = new Set(['its', 'their', 'our', 'we', 'us', 'itself', 'themselves', 'ourselves']);

/** Is the claim whose subject has these stems about the answerer: the name its denial opens with, else its side's head word? */
function isAbout(answerer: Answerer, subject: Set<string> | undefined): boolean {
  if (!subject) return false;
  // "Idris never left the valley" is about Idris, whoever says it.
  if (answerer.names.size > 0) return overlap(answerer.names, subject) > 0;
  return overlap(answerer.heads, subject) > 0;
}

/** Shared content words of two claims, leaving out names of sides ("Tajik" in both says nothing of the topic). */
function topicOverlap(a: ClaimNames, b: ClaimNames, aWords: Set<string> | undefined, bWords: Set<string> | undefined): number {
  let n = 0;
  for (const w of aWords ?? []) if (w.length >= MIN_CONTRADICTION_STEM && bWords?.has(w) && !namesSide(w, a, b)) n++;
  return n;
}

/** Do two claims name the same place or thing by a proper name that is no side ("Krynky", "the Ubeji pipeline")? */
function sharesPlace(a: ClaimNames, b: ClaimNames): boolean {
  for (const [w, side] of a.capitalised) if (!side && b.capitalised.get(w) === false && w.length >= MIN_CONTRADICTION_STEM && !namesSide(w, a, b)) return true;
  return false;
}

/** Does a word shared by two claims name a side: a country, one of their sides, or someone who speaks? */
function namesSide(w: string, a: ClaimNames, b: ClaimNames): boolean {
  const country = a.capitalised.get(w) ?? b.capitalised.get(w);
  return country !== undefined && (country || a.side.has(w) || b.side.has(w) || a.speakers.has(w));
}

/** Words naming a party that say who it is, lower-cased: not its country ("Ukrainian") nor function words. */
const SELF_SUBJECTS = new Set(['it', 'we', 'they']);

/** Does a claim name another's asserter (the words of its party), by name or by the kind of body it is ("the company")? */
function namesAsserter(c: Asserted, names: ReadonlySet<string>): boolean {
  const [a, b] = c.attribution.content;
  return c.attribution.sentence.tokens.slice(a, b).some((t) => names.has(t.lower) || (GENERIC_TYPES.has(t.lower) && t.pos === 'NOUN'));
}

/**
 * Does a claim name the party of a planner: its side ("the plan would hurt France"), its name, or
 * the kind of body its name holds ("the company" for "the company's spokesman")? "the Commission"
 * names no French minister. `names` are the words of the planner's party.
 */
function namesPlanner(c: Asserted, planner: Asserted, names: ReadonlySet<string>): boolean {
  const kinds = new Set(planner.asserter.name.toLowerCase().split(/\s+/).filter((w) => GENERIC_TYPES.has(w)));
  const [a, b] = c.attribution.content;
  return c.attribution.sentence.tokens.slice(a, b).some((t) => names.has(t.lower) || kinds.has(t.lower) || (isCapitalised(t.text) && namedSide(t.text) === planner.asserter.side));
}

/** The words of a party's name and of its side (partyWords). */
function nameAndSideWords(party: Party): Set<string> {
  const names = partyWords(party.name);
  for (const w of partyWords(party.side)) names.add(w);
  return names;
}

function partyWords(name: string): Set<string> {
  const out = new Set<string>();
  for (const w of beforeComma(name).split(/\s+/)) {
    const word = w.replace(/['\u2019]s$/u, '').replace(/[^\p{L}\p{N}]+/gu, '');
    if (word.length > 2 && !STOPWORDS.has(word.toLowerCase()) && namedSide(word) === null) out.add(word.toLowerCase());
  }
  return out;
}

/** Does a claim's content name a party by one of its whole words ("the coast guard"; "to protect" names no "Border Protection")? */
function mentions(c: Asserted, party: ReadonlySet<string>): boolean {
  const [a, b] = c.attribution.content;
  return c.attribution.sentence.tokens.slice(a, b).some((t) => party.has(t.lower));
}

/** How far back (in sentences) a contrast that names no one ties a counter-claim to a claim by topic alone. */
const TOPIC_CONTRAST_REACH = 2;

/** How far back (in sentences) a contrast-marked counter-claim reaches. */
const COUNTER_CLAIM_REACH = 4;

/** Is a claim starting at token `content` set against what came before by a word before it ("But ...", ", but Y said")? */
function opensWithContrast(tokens: readonly Token[], content: number): boolean {
  for (let k = 0; k < content; k++) if (CONTRAST_OPENERS.has((tokens[k] as Token).lower)) return true;
  return false;
}

/** Does a sentence set what it tells against what came before, anywhere in it ("... itself", "in fact")? */
function holdsContrast(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const w = (tokens[k] as Token).lower;
    if ((CONTRAST_WORDS.has(w) && !inParticipleClause(tokens, k)) || (w === 'in' && tokens[k + 1]?.lower === 'fact')) return true;
    // "the pause itself" stresses a thing; "a group calling itself X" does not.
    if (EMPHATIC_REFLEXIVES.has(w) && tokens[k - 1]?.pos === 'NOUN') return true;
  }
  return false;
}

/**
 * ", leaning instead on automated systems", ", instead relying on ...": a contrast inside a
 * participle clause says how the claim's own subject acted, not that the claim answers another.
 */
function inParticipleClause(tokens: readonly Token[], k: number): boolean {
  const participle = (t: Token | undefined): boolean => !!t && t.pos === 'VERB' && t.lower.endsWith('ing');
  return (participle(tokens[k - 1]) && tokens[k - 2]?.text === ',') || (participle(tokens[k + 1]) && tokens[k - 1]?.text === ',');
}

/**
 * Words before a claim that make it a reply: "countered that P", "insisted P", "Responding, X said P".
 * A reply answers what another side said a few sentences before, not only in the sentence just before.
 */
const REPLY_MARKS = new Set(['countered', 'counters', 'retorted', 'retorts', 'insisted', 'insists', 'insisting', 'responding', 'replying']);

/** Is a claim starting at token `content` told as a reply ("X countered that", "Responding, X said")? */
function answersBefore(tokens: readonly Token[], content: number): boolean {
  for (let k = 0; k < content; k++) if (REPLY_MARKS.has((tokens[k] as Token).lower)) return true;
  return false;
}

/**
 * Where the run of claims just before claim j, told by one other side, begins ("The experts say P.
 * The agency insisted Q": P's run); j itself when the claim just before is j's own side's.
 */
function lastSpeakerRun(claims: readonly Asserted[], j: number): number {
  const side = claims[j - 1]?.asserter.side;
  if (side === undefined || side === claims[j]?.asserter.side) return j;
  let k = j - 1;
  while (k > 0 && claims[k - 1]?.asserter.side === side) k--;
  return k;
}
