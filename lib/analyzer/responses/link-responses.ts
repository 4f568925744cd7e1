// Stage 5, responses: linking responses to claims. Each response is tried against the claims within
// reach of another side: by anaphora ("these claims"), by shared words, by the topic its paragraph
// opened with, by proximity; then the claims that answer one another are linked (counter-claims,
// contradictions, counts, rumours).
import type { Party, ClaimResponse } from '../types';
import type { Asserted } from '../asserters';
import type { Token } from '../nlp';
import { writtenOrder } from '../written-order';
import type { Sentence } from '../sentences';
import { isCapitalised } from '../words';
import { WordIndex } from '../word-index';
import {
  MEDIA_NOUNS,
  RUMOUR_ITEMS,
  PUBLISHED_NOUNS,
  RUMOUR_NOUNS,
  CARRIER_NOUNS,
  CASUALTY_NOUNS,
  SINGLE_ANAPHORA,
  SUPPORT_VERBS,
  ANAPHORIC_NOUNS,
} from '../lexicon';
import { isUnnamedSide, namedSide } from '../side-names';
import {
  OWN_WORDS,
  isVow,
  refusalTopic,
  askedBefore,
  refusalEnd,
  askedAbout,
  ACCOUNT_NOUNS,
  bothAccountsSubject,
  eitherAccount,
  accountOfThing,
  accountEnds,
  differingAccountAt,
} from './stance';
import {
  VERB_TAGS,
  contentWords,
  isNegated,
  saysNo,
  CONDITIONS,
  wordsOfManyClaims,
  nameWords,
  VERDICT_STEMS,
  TOPIC_REACH,
  topicStem,
  overlap,
  sharedWord,
  sameEvent,
  detailsOf,
  countedWords,
  namedWords,
  deniedThing,
  weightedOverlap,
  predicateWords,
  REPORT_STEMS,
  STOPWORDS,
} from './topic';
import { type Response, refusalClaims, clauseOf, isBareRefusal, namesResponder } from './find-responses';
import { sameResponse, claimText, isComment, isVerdictOnly, CLAIM_PRONOUNS } from './claim-parts';
import {
  isPlan,
  fitsReference,
  cueStemOf,
  ownerWordsOf,
  ownersIn,
  type Owner,
  matchesOwners,
  mentionedOwner,
  bareOwner,
  headNoun,
  isReported,
  madeWith,
  DEMONSTRATIVES,
  opensWithDefinite,
  STORY_NOUNS,
  isOutletReport,
  CLAIMS_PLURALS,
  DEMONSTRATIVE_PLURALS,
  namedOutletReports,
  framedClaims,
  pronounObjectEnds,
  pointedVerdict,
  namedThingVerdict,
} from './references';
import { FIGURE_NOUNS, hasNumber, countsCasualties } from './rival-figures';
import {
  isRumour,
  showsClaims,
  namesReport,
  setApart,
  aboutMedium,
  linkProvenance,
  shareRumourAnswers,
  shareRestatedAnswers,
  linkReaffirmations,
} from './rumours';
import { UNVERIFIED, linkUnverifiedSources, linkConcessions, linkContraryReasons, linkUnsettledCauses } from './counter-claims';
import { linkContradictions, linkEarlierAbsences } from './contradictions';
import { linkDefences } from './defences';
import {
  linkEchoes,
  linkRestatedActs,
  linkCountConflicts,
  linkDifferingCounts,
  linkEventCounts,
  linkCorrections,
  linkSetAsideCounts,
  linkRivalFigures,
  linkMatchedFigures,
  linkSharedAbsences,
  talliesOf,
  linkSplitVotes,
  linkLetters,
} from './counts';

/** How many sentences back a confirmation by a party a claim names may reach. */
const CONFIRM_REACH = 2;
/** "confirmed the result": what a test found is told as a figure ("one of 11 samples tested positive"). */
const RESULT_NOUNS = new Set(['result', 'results']);

/** "His former employer", "Its owners": a responder named through someone the article told of just before. */
function namedThroughOthers(by: Party | null): boolean {
  return !!by && OWN_WORDS.has(by.name.split(/\s+/, 1)[0]?.toLowerCase() ?? '');
}

/** Determiners of the thing a reference is of: "that reading of the email", "his account of its findings". */
const OF_DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their', 'that', 'this']);

/** "that reading of the email": the noun a reference says it is of, or null. */
function readThing(tokens: readonly Token[], reference: readonly string[]): string | null {
  const last = reference[reference.length - 1];
  const at = tokens.findIndex((t) => t.text === last);
  if (at < 0 || tokens[at + 1]?.lower !== 'of' || !OF_DETERMINERS.has(tokens[at + 2]?.lower ?? '')) return null;
  const thing = tokens[at + 3];
  return thing?.pos === 'NOUN' ? thing.lower : null;
}

/** Most tokens from a denial's word to the "that" opening what it denies: "strains belief that", "is simply false that". */
const DENIED_CLAUSE_REACH = 3;

/**
 * Does the denial at `at` take a "that" clause saying something did not happen ("it strains belief
 * that they never met")? Its first clause only: "no evidence that shots were fired and no one was
 * shot" denies the shots.
 */
function deniesNegation(tokens: readonly Token[], at: number): boolean {
  const [, end] = clauseOf(tokens, at);
  for (let k = at + 1; k <= at + DENIED_CLAUSE_REACH && k < end; k++) {
    if (tokens[k]?.text === ',') return false;
    if (tokens[k]?.lower !== 'that') continue;
    let first = k + 1;
    while (first < end && tokens[first]?.text !== ',' && tokens[first]?.lower !== 'and') first++;
    return isNegated(tokens, k + 1, first);
  }
  return false;
}

/** How many sentences back a refusal to comment that names nothing answers the latest claim. */
const REFUSAL_REACH = 2;
/** How many sentences back a response with no explicit reference may reach. */
const PROXIMITY = 6;
/** Tags of the words a topic's noun phrase runs on through, up to its head: "any pending federal subpoena". */
const TOPIC_PHRASE_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The stem of the head noun of a refusal's topic when it opens with a noun phrase ("any subpoena",
 * "the union's statement": "statement"); null for a clause ("whether the meetings took place").
 */
function topicHead(tokens: readonly Token[], [a, b]: readonly [number, number]): string | null {
  let k = a;
  while (k < b && (tokens[k] as Token).pos === 'DET') k++;
  let head: Token | null = null;
  for (; k < b; k++) {
    const t = tokens[k] as Token;
    // "the union's statement": a possessive joins what comes after it to the phrase; "follow-up" a hyphen, the word after it too.
    if (t.pos === 'PART') continue;
    if (t.text === '-') {
      k++;
      continue;
    }
    // "whether any money had been received": a clause, no thing.
    if (VERB_TAGS.has(t.pos)) return null;
    if (!TOPIC_PHRASE_TAGS.has(t.pos)) break;
    if (t.pos !== 'ADJ' && t.pos !== 'NUM') head = t;
  }
  return head ? topicStem(head.lower) : null;
}

/** Does a claim of [from, to), whoever told it, hold the word? */
function namedInReach(words: ReadonlyArray<ReadonlySet<string> | undefined>, from: number, to: number, word: string): boolean {
  for (let k = from; k < to; k++) if (words[k]?.has(word)) return true;
  return false;
}

/** Heads of a refusal's topic that name no matter of their own: "the allegations", "the report", "a follow-up message". */
const GENERIC_TOPIC_STEMS: ReadonlySet<string> = new Set([...ANAPHORIC_NOUNS, ...REPORT_STEMS, 'matter', 'matters', 'detail', 'details', 'case', 'issue', 'specifics', 'request', 'comment', 'message', 'question', 'inquiry', 'email', 'interview', 'call'].map((w) => topicStem(w)));

/** Is the response's sentence the first of the body to hold claims (under a headline, standfirst and byline)? */
function opensBody(claims: readonly Asserted[], here: number): boolean {
  for (let k = 0; k < here; k++) if (!(claims[k] as Asserted).attribution.sentence.headline && (claims[k] as Asserted).attribution.sentence.paragraph > 1) return false;
  return true;
}

/** Share of the claims that use a word the whole story is about ("the dam" in a story of a dam). */
const WHOLE_STORY_SHARE = 0.5;

/** "confirmed in a statement that P": the verb at `at` takes "that P" after a phrase with no verb of its own. */
function saysOwnAfter(tokens: readonly Token[], at: number, content: number): boolean {
  if (content <= at || content - at > 6 || tokens[content - 1]?.lower !== 'that') return false;
  for (let k = at + 1; k < content - 1; k++) if (VERB_TAGS.has((tokens[k] as Token).pos) || tokens[k]?.text === ',') return false;
  return true;
}

/**
 * Link each response to the claims it answers; returns, per claim, the responses that answer it.
 * A live blog with its newest update first is read in the order its updates were written.
 */
export function linkResponses(text: string, claims: Asserted[], responses: Response[]): Map<Asserted, ClaimResponse[]> {
  const written = writtenOrder(text, [...claims.map((c) => c.attribution.sentence), ...responses.map((r) => r.sentence)]);
  if (!written) return linkInOrder(text, claims, responses);
  const retimed = (s: Sentence): Sentence => written.get(s) ?? s;
  const original = new Map<Asserted, Asserted>();
  const timedClaims = claims.map((c) => {
    const timed = { ...c, attribution: { ...c.attribution, sentence: retimed(c.attribution.sentence) } };
    original.set(timed, c);
    return timed;
  });
  const byIndex = (x: Sentence, y: Sentence): number => x.index - y.index;
  timedClaims.sort((x, y) => byIndex(x.attribution.sentence, y.attribution.sentence));
  const timedResponses = responses.map((r) => ({ ...r, sentence: retimed(r.sentence) })).sort((x, y) => byIndex(x.sentence, y.sentence));
  const linked = linkInOrder(text, timedClaims, timedResponses);
  return new Map([...linked].map(([c, list]) => [original.get(c) ?? c, list]));
}

/** "the Greaves campaign": a capitalised name just before the name's head noun. */
function namedBeforeHead(name: string): boolean {
  const words = name.split(',')[0]!.trim().split(/\s+/);
  return words.length > 1 && isCapitalised(words[words.length - 2] ?? '');
}

/** The places in [from, to) after the last claim of the side: what was said since that side last spoke. */
function claimsSinceSpoke(claims: readonly Asserted[], from: number, to: number, side: string): number[] {
  let first = to;
  while (first > from && (claims[first - 1] as Asserted).asserter.side !== side) first--;
  return claimsBetween(first, to);
}

/** Does a claim of the side among the places [from, to) hold the word? */
function saidBySide(claims: readonly Asserted[], words: readonly Set<string>[], from: number, to: number, side: string, word: string): boolean {
  for (let k = from; k < to; k++) if ((claims[k] as Asserted).asserter.side === side && words[k]?.has(word)) return true;
  return false;
}

/**
 * Is the response's paragraph the first after `paragraph` to hold a claim? A live blog's "8:40 a.m."
 * on a line of its own between them is no paragraph of claims.
 */
function nextParagraphWithClaims(claims: readonly Asserted[], from: number, to: number, paragraph: number, responseParagraph: number): boolean {
  if (responseParagraph <= paragraph) return false;
  for (let k = from; k < to; k++) {
    const p = (claims[k] as Asserted).attribution.sentence.paragraph;
    if (p > paragraph && p < responseParagraph) return false;
  }
  return true;
}

/** The places of the claims the latest one's speaker told in its paragraph, when that paragraph is the last with claims before the response's. */
function paragraphBefore(claims: readonly Asserted[], from: number, to: number, latest: Asserted, response: Sentence): number[] {
  const paragraph = latest.attribution.sentence.paragraph;
  if (latest.attribution.sentence.headline || !nextParagraphWithClaims(claims, from, to, paragraph, response.paragraph)) return [];
  const out: number[] = [];
  for (let k = from; k < to; k++) {
    const c = claims[k] as Asserted;
    if (c.attribution.sentence.paragraph === paragraph && c.asserter.name === latest.asserter.name) out.push(k);
  }
  return out;
}

/** The places [from, to), in order. */
function claimsBetween(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}

/**
 * "does not comment on the authenticity of the documents": what a refusal's topic asks of its
 * thing, the noun before "of", whose stem names the claim answered ("confirming it was authentic")
 * better than the thing's own words, which every claim about the thing holds.
 */
function askedQuality(tokens: readonly Token[], topic: readonly [number, number]): string | null {
  for (let k = topic[0]; k < topic[1] - 1; k++) {
    const t = tokens[k] as Token;
    if (t.pos !== 'NOUN') continue;
    return tokens[k + 1]?.lower === 'of' ? topicStem(t.lower) : null;
  }
  return null;
}

function linkInOrder(text: string, claims: Asserted[], responses: Response[]): Map<Asserted, ClaimResponse[]> {
  const linked = new Map<Asserted, ClaimResponse[]>();
  const words = claims.map((c) => contentWords(c.attribution.sentence.tokens, c.attribution.content[0], c.attribution.content[1]));
  const holders = new WordIndex();
  words.forEach((held, k) => holders.add(held, k));
  const sentenceWords = new Map<Sentence, Set<string>>();
  const wordsOfSentence = (s: Sentence): Set<string> => {
    let w = sentenceWords.get(s);
    if (!w) sentenceWords.set(s, (w = contentWords(s.tokens)));
    return w;
  };
  const add = (c: Asserted, response: ClaimResponse): void => {
    const list = linked.get(c) ?? [];
    // "confirmed that P but said it was because Q": one sentence of one side that backs a claim and
    // sets another reason against it is one response, a denial.
    const backing = list.findIndex((x) => sameResponse(x, { ...response, stance: 'supports' }));
    if (response.stance === 'denies' && backing >= 0) list.splice(backing, 1);
    if (!list.some((x) => sameResponse(x, response))) list.push(response);
    linked.set(c, list);
  };
  // Claims are in reading order: each response looks only at those within reach of it.
  const firstAt = (sentence: number): number => {
    let lo = 0;
    let hi = claims.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((claims[mid]?.attribution.sentence.index ?? 0) < sentence) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const negated = claims.map((c) => isNegated(c.attribution.sentence.tokens, c.attribution.content[0], c.attribution.content[1]));
  const sayingNo = new Set(claims.filter((c, k) => negated[k] && saysNo(c.attribution.sentence.tokens, c.attribution.content[0], c.attribution.content[1])));
  const vows = claims.map(isVow);
  const plans = claims.map(isPlan);
  // "said it does not comment on rumours": a refusal reported as a claim, which no other refusal answers.
  const refusals = refusalClaims(claims, responses);
  // predicateWords per claim, worked out on first use and shared with linkContradictions.
  const predicates: Array<Set<string> | undefined> = [];
  // Whether a claim gives a number, worked out on first use.
  const givesNumber: Array<boolean | undefined> = [];
  // What a denial may answer by shared words alone: not a conditional ("If ballots were thrown
  // away, ..."), and not a claim that itself says no ("no official reported missing ballots").
  const conditional = claims.map((c) => CONDITIONS.has(c.attribution.sentence.tokens[c.attribution.content[0]]?.lower ?? ''));
  const deniable = claims.map((_, k) => !negated[k] && !conditional[k]);
  // Each response is linked by a function of its own: as a loop body of this function it made the
  // optimizing compiler's work on linkInOrder (redone after each deoptimization) cost more than linking.
  let story: Set<string> | undefined;
  const storyWords = (): Set<string> => (story ??= wordsOfManyClaims(words));
  let wholeStory: Set<string> | undefined;
  const wholeStoryWords = (): Set<string> => (wholeStory ??= wordsOfManyClaims(words, WHOLE_STORY_SHARE));
  // What each sentence's response by a named side answered, for a verdict that points back at it next.
  const answered = new Map<number, { side: string; paragraph: number; targets: ReadonlySet<Asserted> }>();
  const linkResponse = (r: Response): void => {
    if (r.reaffirms || r.defends || r.figure) return;
    const rSide = r.by?.side ?? '';
    // "gave a different account of the tank cars" answers "none of the tank cars had been breached" too.
    const ofThing = r.stance === 'denies' && accountOfThing(r.sentence.tokens, r.at);
    // "said it strains belief that the two had never spoken": a denial of what did not happen answers claims that it did not.
    const ofDenial = r.stance === 'denies' && deniesNegation(r.sentence.tokens, r.at);
    const byTopic = (k: number): boolean =>
      r.stance === 'denies' ? (ofDenial ? !!negated[k] : !!deniable[k] || ofThing) && !conditional[k] : !(r.stance === 'unconfirmed' && refusals[k]);
    const other = (c: Asserted): boolean => !rSide || c.asserter.side !== rSide;
    const rIndex = r.sentence.index;
    // Words of the responder's own name say nothing about which claim it answers.
    const [inStart, inEnd] = clauseOf(r.sentence.tokens, r.at);
    const clauseStart = Math.max(inStart, r.clause?.[0] ?? 0);
    const clauseEnd = Math.min(inEnd, r.clause?.[1] ?? inEnd);
    // "declined to comment on the condition of individual patients": a word of its topic reaches
    // further, and what follows the topic ("... if he is not able to build support") is not its concern.
    const topic = r.stance === 'unconfirmed' ? refusalTopic(r.sentence.tokens, r.at) : null;
    const topicWords = topic ? contentWords(r.sentence.tokens, topic[0], topic[1]) : null;
    const asked = topic ? askedBefore(r.sentence.tokens, r.at) : null;
    if (topicWords && asked) for (const w of contentWords(r.sentence.tokens, asked[0], asked[1])) topicWords.add(w);
    // "declined to comment on any subpoena", after one side's "had subpoenaed records": a thing of its
    // own (not "the allegations", "a follow-up message", nor "whether the meetings took place") that a
    // claim in reach names answers only claims holding a word of it.
    const head = topic ? topicHead(r.sentence.tokens, topic) : null;
    const ownTopic = !!topicWords && !!head && !GENERIC_TOPIC_STEMS.has(head) && namedInReach(words, firstAt(rIndex - TOPIC_REACH), firstAt(rIndex), head);
    const offTopic = (k: number): boolean => ownTopic && overlap(topicWords as Set<string>, words[k] ?? new Set()) === 0;
    const rWords = contentWords(r.sentence.tokens, clauseStart, topic ? Math.min(topic[1], clauseEnd) : clauseEnd);
    const responderWords = nameWords(`${r.by?.name ?? ''} ${rSide}`);
    for (const w of responderWords) rWords.delete(w);
    // "did not respond when the Courier asked him about the notice": who asked is not what about.
    if (topic && topicWords) {
      const opened = refusalEnd(r.sentence.tokens, r.at);
      for (const w of contentWords(r.sentence.tokens, opened, askedAbout(r.sentence.tokens, opened))) if (!topicWords.has(w)) rWords.delete(w);
    }
    // "My father is alive" shares "alive" with "the hostage was alive": a verdict's own words say nothing of what it denies.
    if (r.stance === 'denies') for (const w of rWords) if (VERDICT_STEMS.has(w)) rWords.delete(w);
    // "The club's goalkeeper, Luke Ferris, has not commented.": the words naming who refused, up to
    // the first verb, say nothing of what a bare refusal is about.
    if (r.stance === 'unconfirmed' && r.by && isBareRefusal(r)) {
      let k = clauseStart;
      while (k < r.at && !VERB_TAGS.has((r.sentence.tokens[k] as Token).pos)) k++;
      for (const w of contentWords(r.sentence.tokens, clauseStart, k)) rWords.delete(w);
    }
    // The window [from, to) of claims within reach; [here, next) are those of the response's own sentence.
    const from = firstAt(rIndex - TOPIC_REACH);
    const here = firstAt(rIndex);
    const next = firstAt(rIndex + 1);
    const to = firstAt(rIndex + TOPIC_REACH + 1);
    const targets = new Set<Asserted>();
    // The owners a denial's reference names when none of their claims comes before it.
    let ownersAhead: Owner[] | null = null;

    // In the same sentence: "..., a narrative that was echoed by X"; "declined to comment on X's claim that P".
    // A response naming the claim it answers ("X's claim that P was echoed by Y") answers only
    // that claim, even when it comes from the same side and so does not count.
    let named = false;
    for (let k = here; k < next; k++) {
      const c = claims[k] as Asserted;
      if (c.attribution.kind === 'nominal') named = true;
      if (!other(c) || !fitsReference(c, r.reference, true)) continue;
      // "A video that its poster said showed P could not be independently verified": the claim in the subject.
      const before = r.by ? c.attribution.content[0] < r.at : r.stance === 'unconfirmed' && c.attribution.content[1] <= r.at && clauseStart <= c.attribution.content[0];
      if (before || c.attribution.kind === 'nominal') targets.add(c);
    }

    if (targets.size === 0 && r.reference) {
      const reference = r.reference;
      const wantsFigure = reference.some((w) => FIGURE_NOUNS.has(w.toLowerCase()) || RESULT_NOUNS.has(w.toLowerCase()));
      // "the warning" answers what was warned, "the charge" what was alleged.
      const cueStem = cueStemOf(reference);
      // "the Tajik version", "Moscow's account": a side's whole account, which it first gave earliest.
      let ownerNames = ownerWordsOf(reference);
      const noun = reference[reference.length - 1]?.toLowerCase() ?? '';
      // Earlier claims whose asserter the reference's words name. A headline above a body response
      // usually restates a claim (or the response itself), so the body answers the body; the
      // headline's claim only when the body has none of that owner's.
      const ownedBy = (words: string[]): number[] => {
        const owners = ownersIn(words);
        const body: number[] = [];
        const headline: number[] = [];
        for (let k = from; k < here; k++) {
          const c = claims[k] as Asserted;
          if (!matchesOwners(c, owners)) continue;
          if (c.attribution.sentence.headline && !r.sentence.headline) headline.push(k);
          else body.push(k);
        }
        return body.length ? body : headline;
      };
      // "X was assessing the CHOICE findings. Y rejected the findings.": a claim naming whose findings
      // they are is about them, and points to their owner's claims.
      const mention = ownerNames.length === 0 ? mentionedOwner(claims, from, here, noun, other) : null;
      if (mention) ownerNames = [mention.owner];
      let owned = ownedBy(mention ? [mention.owner] : reference).filter((k) => !mention?.about.has(k));
      if (r.stance === 'denies' && ownerNames.length > 0 && owned.length === 0) ownersAhead = ownersIn(ownerNames);
      // "the airline's account" when the airline spoke as "Skyrail": a kind of owner no name holds says only "an account".
      if (owned.length === 0 && ownerNames.every((w) => !isCapitalised(w))) {
        owned = ownedBy(reference.filter((w) => !ownerNames.includes(w)));
        ownerNames = [];
      }
      const wantsAccount = ownerNames.length > 0 && reference.some((w) => ACCOUNT_NOUNS.has(w.toLowerCase()));
      const otherOwned = owned.filter((k) => other(claims[k] as Asserted));
      // "the union's statement": the union's own claims before those of its officials.
      const owners = new Set(ownerNames.map(bareOwner));
      // "the campaign's account", with Strahl's campaign and "the Greaves campaign" both speaking: a bare
      // kind is not the one a name sets apart ("the Greaves campaign"), but the one the article calls so.
      const bareKind = ownerNames.length > 0 && ownerNames.every((w) => !isCapitalised(w));
      const sides = new Set(otherOwned.map((k) => (claims[k] as Asserted).asserter.side));
      const setApartByName = (c: Asserted): boolean => bareKind && sides.size > 1 && namedBeforeHead(c.asserter.name);
      const itself = otherOwned.filter((k) => owners.has(headNoun((claims[k] as Asserted).asserter.name)) && !setApartByName(claims[k] as Asserted));
      // "dismissed the video": what the video or the posts sharing it claim, not "X asked the FBI to look into the video".
      const shown = reference.some((w) => MEDIA_NOUNS.has(w.toLowerCase()));
      // "did not respond to a message asking about the post": what an unnamed poster said, not a named body's statement.
      const posted = r.stance === 'unconfirmed' && reference.some((w) => RUMOUR_ITEMS.has(w.toLowerCase()) && !PUBLISHED_NOUNS.has(w.toLowerCase()));
      // "the rumours were a smear": the rumours the article reported, when it reported any.
      const rumoured = reference.some((w) => RUMOUR_NOUNS.has(w.toLowerCase())) ? otherOwned.filter((k) => isRumour(claims[k] as Asserted)) : [];
      // "branded the story fake news": what "a story on a website" said, when a source is named so.
      const bySource = otherOwned.filter((k) => headNoun((claims[k] as Asserted).asserter.side) === noun);
      // "neither confirmed nor denied the report": what an outlet or unnamed sources reported, not a named speaker's quote.
      const published = PUBLISHED_NOUNS.has(noun) ? otherOwned.filter((k) => isReported(claims[k] as Asserted)) : [];
      // "X gave the same account": the account told just before; told by X's own side, it is an echo that backs nothing.
      let lastTold = here - 1;
      while (lastTold >= from && (claims[lastTold] as Asserted).attribution.sentence.headline) lastTold--;
      const sameSideEcho = reference.some((w) => w.toLowerCase() === 'same') && lastTold >= from && !other(claims[lastTold] as Asserted);
      const candidates = sameSideEcho
        ? []
        : CARRIER_NOUNS.has(noun)
        ? // "slammed the complaint as the work of a disgruntled aide": only what "the complaint" says, though it speaks for whoever filed it.
          carried(claims, otherOwned.filter((k) => headNoun((claims[k] as Asserted).asserter.name) === noun || bySource.includes(k)), otherOwned, noun)
        : shown
        ? otherOwned.filter((k) => showsClaims(claims[k] as Asserted))
        : posted
          ? otherOwned.filter((k) => isUnnamedSide((claims[k] as Asserted).asserter.side))
          : rumoured.length
          ? rumoured
          : itself.length
            ? itself
            : bySource.length
              ? bySource
              : published.length
                ? published
                : otherOwned;
      if ((ownerNames.length > 0 && owned.length > 0) || sameSideEcho) named = true;
      const sameCue = cueStem ? candidates.filter((k) => madeWith(claims[k] as Asserted, cueStem)) : [];
      // "the casualty figures", "the same figure": a claim that gives a number.
      const numbered = wantsFigure ? candidates.filter((k) => (givesNumber[k] ??= hasNumber(claimText(text, claims[k] as Asserted)))) : [];
      // "the casualty figures", "the death toll": a number of people killed or hurt.
      const wantsCasualties = reference.some((w) => CASUALTY_NOUNS.has(w.toLowerCase()));
      const casualties = wantsCasualties ? numbered.filter((k) => countsCasualties(words[k])) : [];
      const numeric = casualties.length ? casualties : numbered;
      // The words naming whose account it is ("the Tajik version") say nothing about which of its claims.
      const ownerWords = nameWords(ownerNames.join(' '));
      // "did not respond to a request for comment on that claim": the words of what it refused to
      // discuss, not of the refusal ("respond" would meet a claim about response times).
      // "called the number inflated": that a number is answered says nothing of which claim gave it.
      // "could not independently verify the account": "account" is the reference, not a word of any claim's matter ("every dollar is accounted for").
      const referenceNoun = wantsFigure || ACCOUNT_NOUNS.has(noun) ? topicStem(noun) : '';
      const referenceWords = new Set([...(topicWords ?? rWords)].filter((w) => !ownerWords.has(w) && w !== referenceNoun));
      // "confirmed the figure and said it would keep spending to keep Ms. Orr out": what a backer
      // goes on to say is its own claim, no word of which says which figure it backs. (A denial's
      // "disputed the figure, saying the 41 million pounds estimate assumed ..." does say which.)
      if (wantsFigure && r.stance === 'supports') for (let k = here; k < next; k++) {
        const c = claims[k] as Asserted;
        if (!other(c) && c.attribution.content[0] > r.at) for (const w of words[k] ?? []) referenceWords.delete(w);
      }
      // "the allegation", "Ferrante's assertion": one claim, the one its words point to.
      const singular = reference.some((w) => SINGLE_ANAPHORA.has(w.toLowerCase()));
      // "the allegation", "the charge": against the responder.
      const accuses = cueStem === 'alleg' || cueStem === 'accus';
      const responder = accuses && r.by ? nameWords(`${r.by.name} ${rSide}`) : null;
      const namesIt = (c: Asserted): boolean => !!responder && namesResponder(responder, wordsOfSentence(c.attribution.sentence), c);
      // "These accusations are pure fiction," the agent said: every claim against the agent, whatever verb made it.
      if (responder && !singular) for (const k of candidates) if (namesIt(claims[k] as Asserted)) targets.add(claims[k] as Asserted);
      // "rejected that charge": one made against the responder, when a claim names it.
      const against = responder && singular ? candidates.filter((k) => namesIt(claims[k] as Asserted)) : [];
      // "... the Treasury stalls," said an aide. The Treasury rejected that charge.": "that" points at
      // what another side said last, in this paragraph or the one before; a verdict on the matter
      // ("This is a handout") is comment, not the charge.
      const latest = candidates.filter((k) => !isComment(claims[k] as Asserted)).pop();
      // "The group said P. 'We have the e-mail,' its director said. X rejected that claim": the
      // claim is what the body itself last told in reported speech, not its officials' quotes
      // backing it ("'Every contract went to his donors,' said Cole" is itself the charge).
      const lastToldOf = (k: number): number => {
        const quote = claims[k] as Asserted;
        if (quote.attribution.kind !== 'quote' && quote.attribution.kind !== 'continued') return k;
        const tellsBefore = (c: Asserted): boolean =>
          c.asserter.side === quote.asserter.side &&
          c.asserter.name.includes(c.asserter.side) &&
          c.asserter.name !== quote.asserter.name &&
          c.attribution.kind === 'reported' &&
          quote.attribution.sentence.paragraph - c.attribution.sentence.paragraph <= 1;
        return candidates.filter((j) => j < k && tellsBefore(claims[j] as Asserted)).pop() ?? k;
      };
      const demonstrative = singular && (DEMONSTRATIVES.has(reference[0]?.toLowerCase() ?? '') || opensWithDefinite(r.sentence.tokens, reference));
      const near = latest !== undefined && r.sentence.paragraph - (claims[latest] as Asserted).attribution.sentence.paragraph <= 1;
      const pointed = demonstrative && near && latest !== undefined ? [lastToldOf(latest)] : [];
      // "Some posts claimed P. … The group said Q. The service rejected that claim as well": "that"
      // points at Q, the last thing said, whatever verb told it; "the claim" at what was claimed.
      const pointsBack = pointed.length > 0 && DEMONSTRATIVES.has(reference[0]?.toLowerCase() ?? '') && latest !== undefined && !sameCue.includes(latest);
      const single = sameCue.length && !pointsBack ? sameCue : numeric;
      // "the account", not "that account": a demonstrative points at one telling of it.
      const account = ownerNames.length === 0 && ACCOUNT_NOUNS.has(noun) && reference[0]?.toLowerCase() === 'the';
      let best: { score: number; claim: Asserted; at: number } | undefined;
      // "that reading of the email": what the email is told to say, not a claim sharing a word with the response.
      const read = readThing(r.sentence.tokens, reference);
      const ofRead = read ? candidates.filter((k) => nameWords((claims[k] as Asserted).asserter.name).has(topicStem(read))) : [];
      const choice = single.length ? single : pointed.length ? pointed : against.length ? against : ofRead.length ? ofRead : candidates;
      // "branded the Georgian report fiction": what the report says happened, before its "no one had been hurt".
      const affirmed = r.stance === 'denies' ? choice.filter((k) => !sayingNo.has(claims[k] as Asserted)) : choice;
      for (const k of affirmed.length ? affirmed : choice) {
        const c = claims[k] as Asserted;
        if (account && plans[k]) continue;
        const score = overlap(referenceWords, words[k] ?? new Set());
        // Ties go to the latest mention, but "the Tajik version" to the first telling of that account,
        // and of one sentence ("said P and that Q") to its first claim, the one the sentence is about.
        const later = !!best && c.attribution.sentence !== best.claim.attribution.sentence;
        if (!best || score > best.score || (score === best.score && !wantsAccount && later)) best = { score, claim: c, at: k };
      }
      // "hit back at the split reports", no word of which any claim holds, nor any report told as one:
      // the reports are the story the article opened with, its first claim.
      const untold = candidates === otherOwned && STORY_NOUNS.has(noun);
      if (best && best.score === 0 && untold) {
        const first = (affirmed.length ? affirmed : choice).find((k) => !(claims[k] as Asserted).attribution.sentence.headline);
        if (first !== undefined) best = { score: 0, claim: claims[first] as Asserted, at: first };
      }
      // "rejected the union's claim that P": an earlier claim of the union's answered only if it says P.
      // "no basis for the suggestion that the dam is unsafe" meets "the dam cost 40 jobs" only in the word all the story uses: no link.
      if (best && r.restates && (best.score === 0 || (best.score === 1 && wholeStoryWords().has(sharedWord(referenceWords, words[best.at] ?? new Set()))))) best = undefined;
      // "what the video showed": only what the medium shows, not all its sharer said.
      // "has not commented on the report", "branded the story fiction": all the outlet reported.
      const whole = best && reference.some((w) => PUBLISHED_NOUNS.has(w.toLowerCase()));
      if (best && whole) {
        // Every outlet that reported it, with all else each one said: "The Mail reported that P. The paper said Q."
        const outlets = new Set([best.claim.asserter.side]);
        // Reports chosen among the reports: all else their outlets said counts too ("The paper said Q").
        const pool = candidates === published ? otherOwned : candidates;
        for (const k of pool) if ((claims[k] as Asserted).attribution.cue.toLowerCase().startsWith('report')) outlets.add((claims[k] as Asserted).asserter.side);
        for (const k of pool) if (outlets.has((claims[k] as Asserted).asserter.side)) targets.add(claims[k] as Asserted);
        // "said there was no truth to the story": the story is also what unnamed users posted of it.
        if (r.stance === 'denies' && noun === 'story') {
          for (let k = firstAt(rIndex - PROXIMITY); k < here; k++) {
            const c = claims[k] as Asserted;
            if (other(c) && isUnnamedSide(c.asserter.side) && !c.attribution.sentence.headline) targets.add(c);
          }
        }
        // "The Information reported P. … The report said Q. … Apple declined to comment on the report": an
        // outlet's report is all it reported, though a rumour's words chose only Q.
        if (isOutletReport(best.claim)) {
          for (let k = from; k < here; k++) {
            const c = claims[k] as Asserted;
            if (other(c) && isOutletReport(c) && c.asserter.side === best.claim.asserter.side) targets.add(c);
          }
        }
      }
      // "branded the reports fake news": what such sources said anywhere ("posts on social media" in the lede, "Posts on X" below).
      const plural = reference.some((w) => RUMOUR_NOUNS.has(w.toLowerCase()) && w.toLowerCase().endsWith('s'));
      if (best && plural && !single.length) for (const k of rumoured) if ((claims[k] as Asserted).asserter.side === best.claim.asserter.side) targets.add(claims[k] as Asserted);
      // "There is no truth to the reports of an escape": what an outlet reported nearby is among the reports.
      if (best && plural && !single.length && reference.some((w) => w.toLowerCase() === 'reports')) {
        for (const k of otherOwned) {
          const c = claims[k] as Asserted;
          if (isOutletReport(c) && c.attribution.cue.toLowerCase().startsWith('report') && rIndex - c.attribution.sentence.index <= PROXIMITY) targets.add(c);
        }
      }
      // "rejected the findings" of an owner a claim named: all its findings within reach.
      if (best && mention && !singular && noun.endsWith('s')) for (const k of candidates) targets.add(claims[k] as Asserted);
      // "dismissed the complaint": all the complaint is told to say, in any paragraph.
      if (best && CARRIER_NOUNS.has(noun)) for (const k of candidates) targets.add(claims[k] as Asserted);
      if (best && (single.length || shown)) targets.add(best.claim);
      else if (best) {
        // The account answered is what that speaker said in the chosen claim's paragraph; of one
        // claim, what the speaker went on to say to detail it ("the accusation": the shelling, then
        // the shells that struck the roof and where the attack came from).
        const chosen = best.claim;
        const at = best.at;
        // The owner's own words, not its country's: "ministry" of "the Russian ministry's account".
        const bodyOwners = ownersIn(reference).filter((o) => o.side === null).map((o) => o.lower);
        const chosenWords = words[at] ?? new Set<string>();
        // "There is no truth to these claims": what the speaker said in the paragraph before the chosen one too.
        const reach = CLAIMS_PLURALS.has(noun) && DEMONSTRATIVE_PLURALS.has(reference[0]?.toLowerCase() ?? '') ? 1 : 0;
        // "rejected the findings": all the chosen claim's side told in its paragraph, whichever of its speakers told it.
        const many = !singular && noun.endsWith('s');
        for (let k = singular ? at : from; k < here; k++) {
          const c = claims[k] as Asserted;
          const sameParagraph = c.attribution.sentence.paragraph === chosen.attribution.sentence.paragraph;
          if (many && sameParagraph && c.asserter.side === chosen.asserter.side && !plans[k] && !vows[k]) targets.add(c);
          // "the army's account": what the army's officers went on to say of the same event too.
          const sameAccount = wantsAccount && k > at && c.asserter.side === chosen.asserter.side;
          if (sameAccount && bodyOwners.some((w) => c.asserter.name.toLowerCase().includes(w)) && sameEvent(chosenWords, words[k] ?? new Set())) targets.add(c);
          const sameName = c.asserter.name === chosen.asserter.name;
          if (!sameName && !account) continue;
          const gap = chosen.attribution.sentence.paragraph - c.attribution.sentence.paragraph;
          const details = singular ? detailsOf(chosenWords, words[k] ?? new Set()) : gap <= reach && gap >= 0;
          // "would raise the matter with NATO": a plan is no part of the account answered.
          if (c === chosen || (sameName && details && !(account && plans[k]))) targets.add(c);
          // "contradicted the account", no owner named: the whole account of the chosen claim's side.
          else if (account && c.asserter.side === chosen.asserter.side && !vows[k] && !plans[k] && !c.attribution.sentence.headline) targets.add(c);
        }
      }
      // "..., saying that P and that Q. That claim was challenged by X": "that claim" is the one telling, every clause of it.
      if (best && choice === pointed) {
        for (const k of candidates) {
          const c = claims[k] as Asserted;
          if (c.attribution.sentence === best.claim.attribution.sentence && c.asserter.name === best.claim.asserter.name) targets.add(c);
        }
      }
      // "rejected the union's account": of all the union said, not what it says did not happen ("it had
      // not been shown a buyer's name", "no one had been hurt"), which a denial of the account does not
      // contradict - unless the account is what did not happen ("no tank was breached and no oil leaked").
      if (best && r.stance === 'denies' && !sayingNo.has(best.claim)) for (const c of targets) if (c !== best.claim && sayingNo.has(c)) targets.delete(c);
    }
    // "could not independently verify either account": all that each of the two sides said.
    // "Neither account could be verified": the accounts just told, in its paragraph or the one before.
    const subjectAccounts = bothAccountsSubject(r.sentence.tokens);
    if (targets.size === 0 && !named && r.stance === 'unconfirmed' && (subjectAccounts || eitherAccount(r.sentence.tokens, r.at))) {
      let first = from;
      if (subjectAccounts) while (first < here && (claims[first] as Asserted).attribution.sentence.paragraph < r.sentence.paragraph - 1) first++;
      const counts = new Map<string, number>();
      for (let k = first; k < here; k++) if (other(claims[k] as Asserted)) counts.set((claims[k] as Asserted).asserter.side, (counts.get((claims[k] as Asserted).asserter.side) ?? 0) + 1);
      const two = new Set([...counts].sort((x, y) => y[1] - x[1]).slice(0, 2).map(([side]) => side));
      for (let k = first; k < here; k++) if (two.has((claims[k] as Asserted).asserter.side) && !refusals[k]) targets.add(claims[k] as Asserted);
    }
    // It names what it answers, the accounts: no other claim by shared words or nearness.
    if (subjectAccounts) named = true;
    // "... and branded the Courier's story fiction": a denial naming an outlet answers all that outlet reported.
    if (r.stance === 'denies') for (const c of namedOutletReports(claims, from, here, r, other)) targets.add(c);
    const lede = r.sentence.headline || r.sentence.paragraph <= 1;
    // "Scientists have disowned newspaper reports that P. ... The Daily Express reported that P'": an
    // outlet's report below, on the same matter, is among the reports the lede's denial answers
    // ("denied a Spanish newspaper report that P" too, though "Spanish" gives the report a side).
    // Claims told after the response, on its matter (at least `least` words shared), that it answers ahead of them.
    const answerAhead = (least: number, which: (c: Asserted) => boolean): void => {
      for (let k = next; k < to; k++) {
        const c = claims[k] as Asserted;
        if (other(c) && which(c) && byTopic(k) && overlap(rWords, words[k] ?? new Set()) >= least) targets.add(c);
      }
    };
    if (r.stance === 'denies' && [...targets].some(namesReport) && opensBody(claims, here)) answerAhead(3, isOutletReport);
    // A headline or lede denial may answer a claim detailed further down.
    if (lede && targets.size === 0 && !named) answerAhead(3, () => true);
    // "Residents rejected the council's assurance, saying the barriers had leaked", told before the
    // council spoke (a live blog's older entry read in time order): it answers the council's claim on
    // the matter told after it. The owner named says whose claim; a word of its matter says which.
    // A headline's summary ("Bureau says senator's account is wrong") is left to the lede's rule above.
    const owners = ownersAhead;
    if (owners && targets.size === 0 && !r.sentence.headline) answerAhead(1, (c) => matchesOwners(c, owners));
    // "Rebels said they had seized Marova, a claim the army rejected. / Their spokesman said its fighters had
    // taken full control of Marova": a lede's denial of its own claim answers that side's telling of it just below.
    if (lede && !r.sentence.headline && r.stance === 'denies') {
      for (let k = next; k < to; k++) {
        const c = claims[k] as Asserted;
        if (c.attribution.sentence.paragraph > r.sentence.paragraph + 1) break;
        if (c.attribution.sentence.paragraph !== r.sentence.paragraph + 1) continue;
        for (let j = here; j < next; j++) {
          const told = claims[j] as Asserted;
          if (targets.has(told) && told.asserter.side === c.asserter.side && deniable[k] && overlap(words[j] ?? new Set(), words[k] ?? new Set()) > 0) targets.add(c);
        }
      }
    }
    // "Brandt agreed.": with what another side said just before; but "X confirmed that P" confirms P,
    // its own claim, which backs another side's claim only by saying the same (linkConcessions).
    // "said that was false": a verdict is no claim of its own, and one on "that" points back.
    let ownClaim = false;
    let pronounVerdict = false;
    for (let k = here; k < next && !ownClaim; k++) {
      const c = claims[k] as Asserted;
      if (!other(c) && isVerdictOnly(c)) {
        pronounVerdict ||= CLAIM_PRONOUNS.has(c.attribution.sentence.tokens[c.attribution.content[0]]?.lower ?? '');
        continue;
      }
      const gap = c.attribution.content[0] - r.at;
      ownClaim = !other(c) && (gap === 1 || (gap === 2 && r.sentence.tokens[r.at + 1]?.lower === 'that') || saysOwnAfter(r.sentence.tokens, r.at, c.attribution.content[0]));
    }
    // "On the requests to stop, Ashby was blunt. 'That is simply not what happened'": the claims the topic names.
    if (targets.size === 0 && !named && r.frame) for (const c of framedClaims(claims, from, here, r.frame, words, storyWords(), (k) => other(claims[k] as Asserted) && byTopic(k) && !vows[k])) targets.add(c);
    // "denied that.", "said that was false", "This is a fairy tale": a response pointing at what was just said.
    // "X gave a different account.", "X tells a different story.": a bare pronoun or account object points at the account just told.
    const givesAccount = r.stance === 'denies' && (pronounObjectEnds(r.sentence.tokens, r.at) || accountEnds(r.sentence.tokens, r.at));
    const differs = r.stance === 'denies' && !givesAccount && differingAccountAt(r.sentence.tokens) === r.at;
    const pointsAtAccount = givesAccount || differs;
    // "The hospital's account is markedly different.": its words name only its owner, nothing it answers.
    if (differs) rWords.clear();
    const pointsBack = pronounVerdict || pointsAtAccount || pointedVerdict(r.sentence.tokens, r.at) || namedThingVerdict(r.sentence.tokens, r.at);
    // '"That is fiction, start to finish," X wrote in an email to POLITICO': of a denial pointing back,
    // only what its speaker said tells what it answers, not the words of how it was sent.
    if (pointsBack && r.stance === 'denies') for (const w of rWords) if (!saidBySide(claims, words, here, next, rSide, w)) rWords.delete(w);
    // "X's lawyer hit back at the reports. 'This is a fairy tale,' she said": a denial only pointing
    // back answers what its speaker's answer just before did.
    if (targets.size === 0 && !named && r.by && r.stance === 'denies' && !r.reference && pointsBack) {
      const last = answered.get(rIndex - 1);
      if (last && last.side === rSide && last.paragraph === r.sentence.paragraph) for (const c of last.targets) targets.add(c);
    }
    if (targets.size === 0 && !named && !(ownClaim && r.stance === 'supports')) {
      let bestShared = 0;
      const scored: Array<[Asserted, number, number]> = [];
      // "acknowledged the four cases" backs what a claim says of its subject, not the subject itself.
      const confirms = r.stance === 'supports' ? countedWords(r.sentence.tokens, r.object ?? clauseStart, clauseEnd) : null;
      // "consistent with fire from the Tajik side": the side named says nothing of which claim is backed.
      if (confirms && r.object !== undefined) for (const t of r.sentence.tokens.slice(r.object, clauseEnd)) if (namedSide(t.text) !== null) confirms.delete(topicStem(t.lower));
      if (confirms) for (const w of responderWords) confirms.delete(w);
      // "Tiller's agent declined to say whether his client had been offered the job": a refusal by
      // someone a nearby claim names answers that claim, not another sharing one word of its topic.
      // (Worked out on first need: most responses never ask.)
      let refuser: ReadonlySet<string> | undefined;
      const namesRefuser = (c: Asserted): boolean => namesResponder((refuser ??= namedWords(`${r.by?.name ?? ''} ${rSide}`)), wordsOfSentence(c.attribution.sentence), c);
      let refuserNamed: boolean | undefined;
      const refuserNamedNear = (): boolean => {
        if (refuserNamed !== undefined) return refuserNamed;
        refuserNamed = false;
        for (let k = firstAt(rIndex - PROXIMITY); k < here && !refuserNamed; k++) refuserNamed = other(claims[k] as Asserted) && namesRefuser(claims[k] as Asserted);
        return refuserNamed;
      };
      // What the response is about reaches further than a word shared by chance: a refusal's topic,
      // or the thing a denial names ("denied any coordination" answers "had coordinated" six sentences up).
      const aboutWords = topicWords ?? (r.stance === 'denies' && !r.reference ? deniedThing(r.sentence.tokens, r.at, clauseEnd) : null);
      // Counted by shared words, a claim sharing none of the response's is never scored: only those sharing one are read.
      for (const k of confirms ? claimsBetween(from, here) : holders.holding(rWords, from, here)) {
        const c = claims[k] as Asserted;
        const distance = rIndex - c.attribution.sentence.index;
        // "Denmark had provided no evidence" shares only a name with "Denmark would raise the matter": a plan is no fact to deny.
        if (!other(c) || !byTopic(k) || vows[k] || (r.stance === 'denies' && plans[k]) || offTopic(k)) continue;
        // "consistent with a halt in loading" names a whole claim ("loading had stopped") as a noun: all its words count.
        const shared = confirms
          ? weightedOverlap(confirms, r.object === undefined ? (predicates[k] ??= predicateWords(c)) : (words[k] ?? new Set<string>()))
          : overlap(rWords, words[k] ?? new Set());
        const onTopic = !!aboutWords && distance <= PROXIMITY && overlap(aboutWords, words[k] ?? new Set()) > 0;
        // "consistent with a halt in loading" must hold the claim's words to name it; "denied that its
        // troops had used mortars" says what it denies, which one shared word ("troops") does not meet.
        const saysWhat = r.object !== undefined || (ownClaim && r.stance === 'denies');
        if (!(shared >= 2 || (shared >= 1 && !saysWhat && (distance <= 3 || onTopic)))) continue;
        // "declined to say whether the engine had been damaged": a word the whole story keeps using
        // ("engine", the accused's name) does not say which claim a refusal's topic is about.
        // "There is no basis for the suggestion that the dam is unsafe" neither: its suggestion says what it answers.
        if ((aboutWords || r.restates) && shared === 1 && storyWords().has(sharedWord(rWords, words[k] ?? new Set()))) continue;
        if (r.stance === 'unconfirmed' && r.by && shared === 1 && distance > 3 && refuserNamedNear() && !namesRefuser(c)) continue;
        scored.push([c, shared, k]);
        bestShared = Math.max(bestShared, shared);
      }
      // "acknowledged that two exits had been locked" answers the claim it concedes: a later
      // response on the same topic answers that claim, not the concession.
      // (Loops, not filtered arrays: arrays that are sometimes empty gave the optimizing compiler maps to deoptimize on.)
      const concedes = (c: Asserted): boolean => !SUPPORT_VERBS.has(c.attribution.cue.toLowerCase());
      const anyConceded = scored.some(([c, shared]) => shared === bestShared && concedes(c));
      // "the authenticity of the documents": a claim holding the quality asked about, over those holding only the documents.
      const quality = topic ? askedQuality(r.sentence.tokens, topic) : null;
      if (quality) for (const [c, , k] of scored) if (words[k]?.has(quality)) targets.add(c);
      if (targets.size === 0) for (const [c, shared] of scored) if (shared === bestShared && (!anyConceded || concedes(c))) targets.add(c);
    }
    // "denied that its troops had used mortars" says what it denies: sharing no word with a claim, it answers none.
    if (targets.size === 0 && !named && r.stance !== 'supports' && !(ownClaim && r.stance === 'denies')) {
      // "Jinhai did not respond": the latest nearby claim about the responder; "could not be
      // verified" (no responder): the latest nearby claim.
      // "Ms Imenda denied that.": a pronoun object ending the sentence points at the last claim, whoever it names.
      // Its names, not its role: "An FAA spokesperson" names no one in "the pilots had spoken to passengers".
      const responder = r.by && !pointsBack ? namedWords(`${r.by.name} ${r.by.side}`) : null;
      const firstNear = firstAt(rIndex - PROXIMITY);
      let latest: Asserted | undefined;
      for (let k = firstNear; k < here; k++) {
        const c = claims[k] as Asserted;
        // "gave a different account" after "I want every voter to know that ...": what a speaker wants or will do is no account.
        if (pointsAtAccount && plans[k]) continue;
        if (other(c) && !refusals[k] && !offTopic(k) && (!responder || namesResponder(responder, wordsOfSentence(c.attribution.sentence), c))) latest = c;
      }
      // "A neighbour said he had lost his job at a warehouse. His former employer declined to
      // comment.": a refusal right after another side's claim, when no claim names the responder.
      // Only a responder named through that claim ("His former employer"): "Turkey's foreign ministry
      // declined to comment." after another side's claim not about Turkey answers nothing.
      if (!latest && r.stance === 'unconfirmed' && isBareRefusal(r) && namedThroughOthers(r.by)) {
        for (let k = firstAt(rIndex - REFUSAL_REACH); k < here; k++) if (other(claims[k] as Asserted) && !refusals[k] && !offTopic(k)) latest = claims[k];
      }
      if (latest) targets.add(latest);
      // "She said P. She said Q. ¶ The district disputed that." ("gave a different account."): opening the
      // next paragraph, it points at all the speaker told in the paragraph before, not only the last line.
      if (latest && pointsAtAccount) for (const k of paragraphBefore(claims, firstNear, here, latest, r.sentence)) if (!plans[k]) targets.add(claims[k] as Asserted);
      // '"That is fiction, start to finish," the station said': a denial only pointing back answers
      // every claim naming its speaker since the speaker last spoke, not only the last thing said.
      // By the speaker's own name: "Niger" of "Niger's interior ministry" names others of its country too.
      if (latest && pointsBack && r.stance === 'denies' && r.by && !differs) {
        const accused = namedWords(r.by.name);
        for (const k of claimsSinceSpoke(claims, from, here, rSide)) {
          if (!refusals[k] && deniable[k] && namesResponder(accused, words[k] ?? new Set(), claims[k] as Asserted)) targets.add(claims[k] as Asserted);
        }
      }
      // '"There is no truth to it," said X': a denial naming nothing answers the whole unsourced story just told, not its last line.
      const told = (c: Asserted): boolean => (isRumour(c) || isOutletReport(c)) && !c.attribution.sentence.headline;
      // "We do not comment on leaks": a refusal to discuss what was reported leaves all of it unconfirmed.
      const refusesReports = r.stance === 'unconfirmed' && !!topicWords && [...topicWords].some((w) => REPORT_STEMS.has(w));
      if (latest && refusesReports) {
        const outlets = new Set<string>();
        for (let k = firstNear; k < here; k++) if (other(claims[k] as Asserted) && isOutletReport(claims[k] as Asserted)) outlets.add((claims[k] as Asserted).asserter.side);
        for (let k = firstNear; k < here; k++) {
          const c = claims[k] as Asserted;
          if (other(c) && (told(c) || outlets.has(c.asserter.side))) targets.add(c);
        }
      }
      // Not a report set apart as "a separate report" or "another report": that one alone is denied.
      if (latest && r.stance === 'denies' && told(latest) && !setApart(latest)) {
        // "The Athletic reported P. ... the site said Q.": all else the outlet said of it nearby too.
        const outlet = isOutletReport(latest) ? latest.asserter.side : null;
        for (let k = firstNear; k < here; k++) {
          const c = claims[k] as Asserted;
          if (other(c) && (told(c) || c.asserter.side === outlet)) targets.add(c);
        }
        // "A post claimed P. The Herald reported that the photo had been posted by X. 'That never
        // happened,' the city said": a report of where a rumour's medium came from is not the rumour denied.
        if ([...targets].some(isRumour)) for (const c of targets) if (isOutletReport(c) && aboutMedium(c)) targets.delete(c);
      }
    }
    if (targets.size === 0 && !named && r.stance === 'supports' && r.by) {
      // "The company notified the commission. The commission confirmed that it had received ...":
      // the party a claim names confirms it just after.
      // Whole capitalised words: "Border Protection" names no one in "to protect Chinese exporters",
      // nor "Lakeshore Bank" in "outside a bank in Lebanon".
      const responder = new Set(r.by.name.toLowerCase().split(/\s+/).filter((w) => w.length > 2 && !STOPWORDS.has(w)));
      // "Bellmont confirmed that its finance director had left" confirms what it says, not "Bellmont had
      // raised prices": a claim about the confirming party's own doing needs a word of what it confirms.
      for (let k = firstAt(rIndex - CONFIRM_REACH); k < here; k++) {
        const c = claims[k] as Asserted;
        const [a, b] = c.attribution.content;
        const tokens = c.attribution.sentence.tokens;
        let start = a;
        if (ownClaim && overlap(rWords, words[k] ?? new Set()) === 0) while (start < b && !VERB_TAGS.has((tokens[start] as Token).pos)) start++;
        if (other(c) && tokens.slice(start, b).some((t) => isCapitalised(t.text) && responder.has(t.lower))) targets.add(c);
      }
    }
    if (targets.size === 0 && !named && !ownClaim && r.stance === 'supports') {
      for (let k = firstAt(rIndex - 1); k < here; k++) {
        const c = claims[k] as Asserted;
        if (other(c)) targets.add(c);
      }
    }
    if (r.by && targets.size) answered.set(rIndex, { side: rSide, paragraph: r.sentence.paragraph, targets });
    const response: ClaimResponse = {
      by: r.by ?? UNVERIFIED,
      stance: r.stance,
      text: text.slice(r.sentence.start, r.sentence.end),
    };
    for (const c of targets) add(c, response);
  };
  for (const r of responses) linkResponse(r);
  linkUnverifiedSources(text, claims, add);
  // A vow ("would take all necessary measures") says what a side will do, not what is so: the
  // links by meaning neither answer it nor answer with it.
  // A refusal ("does not comment on rumours") says nothing of what is so either.
  const facts = claims.map((_, k) => k).filter((k) => !vows[k] && !refusals[k]);
  const factClaims = facts.map((k) => claims[k] as Asserted);
  const factWords = facts.map((k) => words[k] as Set<string>);
  const factNegated = facts.map((k) => !!negated[k]);
  linkContradictions(text, factClaims, factWords, factNegated, facts.map((k) => predicates[k]), add);
  linkEarlierAbsences(text, factClaims, factNegated, add);
  linkEchoes(text, factClaims, factNegated, add);
  linkConcessions(text, factClaims, factWords, factNegated, add);
  linkRestatedActs(text, factClaims, factWords, factNegated, add);
  linkContraryReasons(text, factClaims, factWords, factNegated, add);
  linkUnsettledCauses(text, factClaims, factNegated, add);
  linkProvenance(text, claims, add);
  const factTallies = talliesOf(factClaims);
  linkCountConflicts(text, factClaims, factWords, factTallies, add);
  linkDifferingCounts(text, factClaims, factNegated, add);
  linkSharedAbsences(text, factClaims, factWords, factTallies, add);
  linkSplitVotes(text, factClaims, factNegated, add);
  linkLetters(text, factClaims, factNegated, add);
  linkEventCounts(text, factClaims, add);
  linkCorrections(text, factClaims, factNegated, add);
  linkSetAsideCounts(text, factClaims, add);
  linkMatchedFigures(text, factClaims, add);
  shareRumourAnswers(claims, words, linked, add);
  shareRestatedAnswers(claims, words, linked, add);
  linkReaffirmations(text, claims, firstAt, responses, linked, add);
  linkDefences(text, claims, firstAt, responses, add);
  linkRivalFigures(text, claims, responses, add);
  return linked;
}

/**
 * What a carrier says when none speaks as one ("the complaint said"): the claims told as in it
 * ("In its complaint, the group argued that P"), which "the Open Ledger complaint" answers.
 */
function carried(claims: readonly Asserted[], spoken: number[], owned: readonly number[], noun: string): number[] {
  return spoken.length ? spoken : owned.filter((k) => toldIn(claims[k] as Asserted, noun));
}

/** Most words before a carrier in the phrase naming it: "In its formal complaint", "The watchdog's complaint". */
const CARRIER_FRAME_REACH = 4;
const CARRIER_MODIFIER_TAGS = new Set(['DET', 'PRON', 'PROPN', 'ADJ', 'PART']);

/**
 * The claim framed as told in the carrier, before what it says: "In its complaint, the group
 * argued that P", "The complaint, filed by the group, alleges that P" (the carrier opening the sentence).
 */
function toldIn(c: Asserted, noun: string): boolean {
  const tokens = c.attribution.sentence.tokens;
  for (let i = 0; i < c.attribution.content[0]; i++) {
    if (tokens[i]?.lower !== noun) continue;
    let k = i - 1;
    while (k >= 0 && i - k <= CARRIER_FRAME_REACH && CARRIER_MODIFIER_TAGS.has((tokens[k] as Token).pos)) k--;
    if (k < 0 || tokens[k]?.lower === 'in') return true;
  }
  return false;
}
