// Stage 5, responses: what a claim says did not happen. The acts, things and people a claim denies
// ("no one was hurt", "did not receive a notice"), negated expectations and premises, read for the
// contradictions module.
import type { Asserted } from '../asserters';
import type { Token } from '../nlp';
import { EVENT_WORDS, CLAIMED_ASSERTIONS, BELIEF_VERBS, THING_KINDS, GENERIC_THING_KINDS, THING_INTRODUCERS } from '../lexicon';
import { isQuote, isVerb, VERB_NEGATIONS } from '../phrases';
import { negatesAt, saysNoneAt, stem, topicStem, CONDITIONS, actAt, MIN_CONTRADICTION_STEM } from './topic';
import { COPULAS } from './stance';

/**
 * "no Democratic official ...": the stems of what a negated claim says there were none of, one list
 * for each "no" and its noun, when its first negation is one (none when it is not): another claim
 * without them is about something else. "no one had been inside": [NO_ONE], people, whom a claim
 * without any does not answer.
 */
export function negatedNouns(c: Asserted): readonly (readonly string[])[] {
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  let k = a;
  while (k < b && !negatesAt(tokens, k)) k++;
  if (k === b || !saysNoneAt(tokens, k)) return [];
  const out: (readonly string[])[] = [];
  for (; k < b; k++) {
    if (!saysNoneAt(tokens, k)) continue;
    const nouns = noneOf(tokens, k, b);
    if (nouns.length > 0) out.push(nouns);
  }
  return out;
}

/** What the "no" at token k (of a claim ending at b) says there were none of: a noun's stem, people, or nothing. */
function noneOf(tokens: readonly Token[], k: number, b: number): readonly string[] {
  if (saysNever(tokens, k)) return [];
  // "no one with gunshot wounds": people of that kind, whom a claim not naming it (every word of it) does not answer.
  if (tokens[k + 1]?.lower === 'one') return tokens[k + 2]?.lower === 'with' ? kindOfPeople(tokens, k + 3, b) : [NO_ONE];
  let noun = k + 1;
  while (noun < Math.min(b, k + 4) && (tokens[noun]?.pos === 'ADJ' || tokens[noun]?.pos === 'PROPN')) noun++;
  const signed = signedNoun(tokens, noun, b);
  if (signed >= 0) return [actStem(tokens[signed] as Token)];
  const t = tokens[noun];
  if (noun < b && t && plannedActs(tokens, noun, b).length) return plannedActs(tokens, noun, b);
  const role = noun < b ? roleIn(tokens, noun, b) : null;
  if (role) return [role];
  return noun < b && t?.pos === 'NOUN' ? [stem(EVENT_WORDS.get(t.lower) ?? t.lower)] : [];
}

/** "at no time", "in no way", "by no means": a "no" that says never (or not at all), naming nothing there was none of. */
const NEVER_PHRASES = new Set(['at no time', 'at no point', 'at no stage', 'at no moment', 'in no way', 'by no means', 'on no account', 'under no circumstances']);

/** Is the "no" at token k one of a phrase that says "never" ("At no time were staff held")? */
function saysNever(tokens: readonly Token[], k: number): boolean {
  return NEVER_PHRASES.has(`${tokens[k - 1]?.lower} no ${tokens[k + 1]?.lower}`);
}

/** Nouns of a sign whose "no" denies the thing after "of": "no indication of any structural failure". */
const SIGN_NOUNS = new Set(['indication', 'indications', 'sign', 'signs', 'evidence', 'suggestion']);
/** Most tokens between "of" and the thing signed: "of any structural failure". */
const SIGNED_REACH = 3;

/** "no indication of any structural failure": the place of the thing a sign noun at `noun` is of (failure), or -1. */
function signedNoun(tokens: readonly Token[], noun: number, b: number): number {
  if (!SIGN_NOUNS.has(tokens[noun]?.lower ?? '') || tokens[noun + 1]?.lower !== 'of') return -1;
  let k = noun + 2;
  while (k < Math.min(b, noun + 2 + SIGNED_REACH) && (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ')) k++;
  return k < b && tokens[k]?.pos === 'NOUN' ? k : -1;
}

/** Nouns of intent whose "no" denies the act they name: "no plans to vent or burn any material". */
const INTENT_NOUNS = new Set(['plan', 'plans', 'intention', 'intentions']);

/** "no plans to vent or burn": the stems of the acts a noun of intent at `noun` names (vent, burn), or none. */
function plannedActs(tokens: readonly Token[], noun: number, b: number): string[] {
  if (!INTENT_NOUNS.has(tokens[noun]?.lower ?? '') || tokens[noun + 1]?.lower !== 'to') return [];
  const out: string[] = [];
  for (let k = noun + 2; k < b && (tokens[k]?.pos === 'VERB' || tokens[k]?.lower === 'or' || tokens[k]?.lower === 'and'); k++) {
    if (tokens[k]?.pos === 'VERB' && !phrasalAt(tokens, k)) out.push(actStem(tokens[k] as Token));
  }
  return out;
}

/** Nouns of a part in an act, whose "no" denies the act: "had no role in preparing the complaint". */
const ROLE_NOUNS = new Set(['role', 'part', 'hand', 'involvement']);

/** "no role in preparing": the stem of the act a noun of a part at `noun` names (prepare), or null. */
function roleIn(tokens: readonly Token[], noun: number, b: number): string | null {
  const act = tokens[noun + 2];
  if (!ROLE_NOUNS.has(tokens[noun]?.lower ?? '') || tokens[noun + 1]?.lower !== 'in' || noun + 2 >= b || act?.pos !== 'VERB') return null;
  return actAt(tokens, noun + 2, b)?.[1] ?? actStem(act);
}

/** Particles that make a verb another act: "switch it off" is not "switched on". */
const PARTICLES = new Set(['off', 'on', 'up', 'down', 'out', 'away', 'back']);
/** Most tokens between a verb and its particle: "switch it off". */
const PARTICLE_REACH = 2;

/** Is the verb at `k` one with a particle ("switch it off", "shut down"), whose stem alone names another act? */
function phrasalAt(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j <= k + PARTICLE_REACH && j < tokens.length; j++) if (PARTICLES.has((tokens[j] as Token).lower)) return true;
  return false;
}

export const NO_ONE = 'one';
/** How many tokens after "no one with" the noun naming what they have may come: "no one with serious gunshot wounds". */
const KIND_REACH = 3;

/** "no one with gunshot wounds" → shooting, injury: the stems of the first nouns after "with", else [NO_ONE]. */
function kindOfPeople(tokens: readonly Token[], from: number, end: number): readonly string[] {
  for (let k = from; k < Math.min(end, from + KIND_REACH); k++) {
    if (tokens[k]?.pos !== 'NOUN') continue;
    const kind: string[] = [];
    for (let m = k; m < end && tokens[m]?.pos === 'NOUN'; m++) kind.push(topicStem((tokens[m] as Token).lower) || stem((tokens[m] as Token).lower));
    return kind;
  }
  return [NO_ONE];
}
/** Stems of words for people, which a claim answering "no one had been hurt" names. */
export const PEOPLE_STEMS = new Set(
  ['people', 'person', 'persons', 'workers', 'staff', 'employees', 'residents', 'civilians', 'soldiers', 'children', 'patients', 'members', 'victims', 'men', 'women', 'anyone', 'someone', 'casualties', 'injured', 'dead'].map(stem),
);

/** Stems of the nouns a claim says there were none of: "made no demands of that kind" → demand, "no proposal" → offer. */
export function actsDenied(c: Asserted): Set<string> {
  const out = new Set<string>();
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a; k < b - 1; k++) {
    if (!saysNoneAt(tokens, k) || tokens[k + 1]?.pos !== 'NOUN') continue;
    const signed = signedNoun(tokens, k + 1, b);
    out.add(actStem(tokens[signed >= 0 ? signed : k + 1] as Token));
    for (const act of plannedActs(tokens, k + 1, b)) out.add(act);
  }
  return out;
}

/** "No offer has arrived at this club": a claim that opens by saying there was none of a thing. */
export function opensWithNone(c: Asserted): boolean {
  const tokens = c.attribution.sentence.tokens;
  const a = c.attribution.content[0];
  return tokens[a]?.lower === 'no' && tokens[a + 1]?.pos === 'NOUN';
}

/** How far before its noun the article or number introducing a thing may stand: "a formal offer". */
const INTRODUCTION_REACH = 3;

/** Does the claim bring in one of the things (by stem) as a verb's object with "a", "an" or a number: "had sent a formal offer"? */
export function introduces(c: Asserted, stems: ReadonlySet<string>): boolean {
  if (stems.size === 0 || CONDITIONS.has(c.attribution.sentence.tokens[c.attribution.content[0]]?.lower ?? '')) return false;
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    if (t.pos !== 'NOUN' || !stems.has(actStem(t))) continue;
    // As the object of a verb: "sent a formal offer", not "debris from one drone".
    for (let m = Math.max(a + 1, k - INTRODUCTION_REACH); m < k; m++) {
      const w = tokens[m] as Token;
      if ((w.lower === 'a' || w.lower === 'an' || w.pos === 'NUM') && isVerb(tokens[m - 1])) return true;
    }
  }
  return false;
}

/** Words before "such" that say there was none of a thing: "no such memo", "(does not recall) any such conversation". */
const NONE_SUCH = new Set(['no', 'any']);

/**
 * "found no such memo": the things (by stem) a claim says there were none of, "such" pointing back
 * at what another side said there was ("had warned the mayor in a memo"). The caller checks that
 * the claim says no.
 */
export function suchThingsDenied(c: Asserted): Set<string> {
  const out = new Set<string>();
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a; k < b - 2; k++) {
    if (!NONE_SUCH.has((tokens[k] as Token).lower) || tokens[k + 1]?.lower !== 'such' || tokens[k + 2]?.pos !== 'NOUN') continue;
    out.add(actStem(tokens[k + 2] as Token));
  }
  return out;
}

/** How many words after "of" may come before the owner's name: "of the state Board". */
const OWNER_REACH = 3;

/**
 * "had acted on the recommendation of the parole board" against the board's "has made no
 * recommendation": does the claim credit one of the things (by stem) to a party, by one of its
 * words ("the board's recommendation", "the recommendation of the board")?
 */
export function creditsTo(c: Asserted, stems: ReadonlySet<string>, party: ReadonlySet<string>): boolean {
  if (stems.size === 0 || party.size === 0) return false;
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    if (t.pos !== 'NOUN' || !stems.has(actStem(t))) continue;
    if (tokens[k - 1]?.lower === "'s" && party.has(tokens[k - 2]?.lower ?? '')) return true;
    if (tokens[k + 1]?.lower !== 'of') continue;
    for (let m = k + 2; m < Math.min(b, k + 2 + OWNER_REACH); m++) if (party.has((tokens[m] as Token).lower)) return true;
  }
  return false;
}

/** How far before its noun the article bringing in a thing may stand: "a device", "a second device". */
const ARTICLE_REACH = 2;

/** Does the claim bring in one of the things (by stem) with "a" or "an", in any place: '"a device went off"'? */
export function bringsIn(c: Asserted, stems: ReadonlySet<string>): boolean {
  if (stems.size === 0) return false;
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    if (t.pos !== 'NOUN' || !stems.has(actStem(t))) continue;
    for (let m = Math.max(a, k - ARTICLE_REACH); m < k; m++) if (tokens[m]?.lower === 'a' || tokens[m]?.lower === 'an') return true;
  }
  return false;
}

/** "There is no annex", "there were no such talks": a claim that something does not exist. */
export function deniesExistence(c: Asserted): boolean {
  const tokens = c.attribution.sentence.tokens;
  const a = c.attribution.content[0];
  return tokens[a]?.lower === 'there' && COPULAS.has(tokens[a + 1]?.lower ?? '') && (tokens[a + 2]?.lower === 'no' || tokens[a + 3]?.lower === 'no');
}

/** "(claimed) responsibility for the bombing": a claim that opens with the part its asserter says it had. */
export function claimsOwnPart(c: Asserted): boolean {
  return CLAIMED_ASSERTIONS.has(c.attribution.sentence.tokens[c.attribution.content[0]]?.lower ?? '');
}

/** Stems of a claim's verbs: what it says was done ("had demanded the release" → demand, "slow-walked" → delay). */
export function actsOf(c: Asserted): Set<string> {
  const out = new Set<string>();
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  if (claimsOwnPart(c)) out.add(actStem(tokens[a] as Token));
  for (let k = a; k < b; k++) {
    const act = actAt(tokens, k, b);
    if (act) out.add(act[1]);
    else if (namesAct(tokens[k] as Token)) out.add(actStem(tokens[k] as Token));
  }
  return out;
}

/** A verb, or an adjective one of the acts said in other words names: "was involved", "was responsible". */
function namesAct(t: Token): boolean {
  return t.pos === 'VERB' || (t.pos === 'ADJ' && EVENT_WORDS.has(t.lower));
}

/** A verb's stem, as its group's first word when it names an act said in other words too ("delayed" → delay). */
function actStem(t: Token): string {
  return topicStem(t.lower) || stem(t.lower);
}

/** Verbs whose object names the act done: "exchanged a text message" is to have texted, "made a call" to have called. */
const LIGHT_VERBS = new Set(['exchange', 'exchanged', 'exchanging', 'make', 'made', 'making', 'place', 'placed', 'placing', 'send', 'sent', 'sending']);

/** How many tokens after a light verb its object noun may come: "exchanged a single text". */
const LIGHT_OBJECT_REACH = 3;

/** "never exchanged a text message": the stem of the first noun of a light verb's object at `verb`, or null. */
function nounOfLightVerb(tokens: readonly Token[], verb: number, b: number): string | null {
  if (!LIGHT_VERBS.has((tokens[verb] as Token).lower)) return null;
  for (let k = verb + 1; k < Math.min(b, verb + 1 + LIGHT_OBJECT_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'NOUN') return actStem(t);
    if (t.pos !== 'DET' && t.pos !== 'ADJ') return null;
  }
  return null;
}

/** How many tokens after "not" its verb may come: "had not yet been delayed". */
const NEGATED_VERB_REACH = 4;

/** Stems of the verbs a claim negates: "had not delayed a single application" → delay. */
export function actsNegated(c: Asserted): Set<string> {
  const out = new Set<string>();
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a; k < b; k++) {
    const w = (tokens[k] as Token).lower;
    // "no one from the company had been in touch": a subject of no one negates its verb.
    const noOne = k === a && (w === 'nobody' || (w === 'no' && tokens[k + 1]?.lower === 'one'));
    // "had no role in preparing the complaint" did not prepare it.
    const role = w === 'no' ? roleIn(tokens, k + 1, b) : null;
    if (role) out.add(role);
    if (noOne) k = subjectVerbBefore(tokens, k, b);
    else if (w !== 'not' && w !== 'never' && !w.endsWith("n't")) continue;
    for (let m = k + 1; m < Math.min(b, k + 1 + NEGATED_VERB_REACH); m++) {
      const act = actAt(tokens, m, b);
      const t = tokens[m] as Token;
      if (act) out.add(act[1]);
      else if (BELIEF_VERBS.has(t.lower)) {
        const believed = actBelieved(tokens, m + 1, b);
        if (believed) out.add(believed);
      } else if (namesAct(t)) {
        out.add(actStem(t));
        const named = nounOfLightVerb(tokens, m, b);
        if (named) out.add(named);
      }
      if (act || t.pos === 'VERB' || !(t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART')) break;
    }
  }
  return out;
}

/** How many tokens after a verb of belief the act it governs may come: "believe that the group was involved". */
const BELIEVED_ACT_REACH = 6;

/** The act of the clause a verb of belief governs, from token `from`: "(did not believe) the group was involved" → involved. */
function actBelieved(tokens: readonly Token[], from: number, b: number): string | null {
  for (let m = from; m < Math.min(b, from + BELIEVED_ACT_REACH); m++) {
    const act = actAt(tokens, m, b);
    if (act) return act[1];
    if (namesAct(tokens[m] as Token)) return actStem(tokens[m] as Token);
  }
  return null;
}

/** Verbs of getting what another side says it sent, ordered or served: "never received", "was not given". */
const RECEIPT_STEMS: ReadonlySet<string> = new Set(['receive', 'received', 'got', 'given', 'served'].map((w) => topicStem(w)));

/** Stems of the nouns a claim says it never got ("had never received a closure order" → closure, order), from its negated acts (actsNegated). */
export function thingsNotReceived(c: Asserted, negatedActs: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  let at = a;
  while (at < b && !((tokens[at] as Token).pos === 'VERB' && RECEIPT_STEMS.has(actStem(tokens[at] as Token)))) at++;
  if (at === b || !negatedActs.has(actStem(tokens[at] as Token))) return out;
  for (let m = at + 1; m < Math.min(b, at + 1 + NEGATION_SCOPE); m++) {
    const t = tokens[m] as Token;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') break;
    if (t.pos === 'NOUN') out.add(actStem(t));
  }
  return out;
}

/** Verbs of expecting: negated, they forecast what will not happen rather than deny what did. */
const EXPECTATION_VERBS = /^(?:expect|anticipat|foresee|predict)/;

/** Does the claim negate only an expectation ("do not expect it to escalate")? */
export function negatesExpectation(c: Asserted): boolean {
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  let negations = 0;
  let expectations = 0;
  for (let k = a; k < b; k++) {
    const w = (tokens[k] as Token).lower;
    if (w !== 'not' && w !== 'never' && !w.endsWith("n't")) continue;
    negations++;
    let m = k + 1;
    while (m < b && (tokens[m]?.pos === 'ADV' || tokens[m]?.pos === 'PART')) m++;
    if (EXPECTATION_VERBS.test(tokens[m]?.lower ?? '')) expectations++;
  }
  return negations > 0 && negations === expectations;
}

/** Most tokens of a "no one from the company" subject. */
const NO_ONE_REACH = 6;

/** The last token of a "no one (from X)" subject opening at `k`, before its verb group. */
function subjectVerbBefore(tokens: readonly Token[], k: number, b: number): number {
  let m = k + 1;
  while (m + 1 < Math.min(b, k + NO_ONE_REACH) && !isVerb(tokens[m + 1])) m++;
  return m;
}

/** How many words after ", not" the contrast still governs: ", not by the vent". */
const NEGATION_SCOPE = 3;

/** Stems of the nouns a claim sets aside by contrast: "caused by chargers, not by the vent" → vent. */
export function wordsNegated(c: Asserted): Set<string> {
  const out = new Set<string>();
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let k = a + 1; k < b; k++) {
    if ((tokens[k] as Token).lower !== 'not' || tokens[k - 1]?.text !== ',') continue;
    for (let m = k + 1; m < Math.min(b, k + 1 + NEGATION_SCOPE); m++) {
      const t = tokens[m] as Token;
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') break;
      if (t.pos === 'NOUN') out.add(stem(t.lower));
    }
  }
  return out;
}

/** Subjects that say no one does an act: "Nobody is exposing anyone's data". */
const NO_ONE_SUBJECTS = new Set(['nobody', 'nothing', 'noone']);

/** Words after which a subject opens a clause of a claim: "and", "but", a quotation's opening mark. */
const CLAUSE_OPENERS = new Set(['and', 'but', ';', '"', '\u201c']);

/**
 * The acts a claim says no one does: "Nobody is exposing anyone's data" → expose. The subject may
 * open a later clause: 'the same crew on site since 2019 and "nobody has been pulled off anything"' → pull.
 */
export function actsOfNoOne(c: Asserted): Set<string> {
  const tokens = c.attribution.sentence.tokens;
  return new Set(noOneVerbs(c).map((m) => actStem(tokens[m] as Token)));
}

/** Where the verbs of actsOfNoOne stand in their claim's sentence. */
function noOneVerbs(c: Asserted): number[] {
  const out: number[] = [];
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  for (let s = a; s < b; s++) {
    if (s > a && !CLAUSE_OPENERS.has(tokens[s - 1]?.lower ?? '')) continue;
    let k = s;
    if (NO_ONE_SUBJECTS.has(tokens[k]?.lower ?? '')) k += 1;
    else if (tokens[k]?.lower === 'no' && tokens[k + 1]?.lower === 'one') k += 2;
    else continue;
    for (let m = k; m < Math.min(b, k + NEGATED_VERB_REACH); m++) {
      const t = tokens[m] as Token;
      if (t.pos === 'VERB') {
        out.push(m);
        break;
      }
      if (!(t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART')) break;
    }
  }
  return out;
}

/** Prepositions that lead an act somewhere: "taken into custody", "sent to hospital" ("arrested in connection with" leads nowhere). */
const DIRECTIONS = new Set(['to', 'into', 'onto']);
/** Most tokens from a preposition to the noun it leads to: "into police custody". */
const PLACE_NOUN_REACH = 3;

/**
 * "No one has been taken into custody" → custody: the stems of the nouns a preposition of direction
 * right after the no-one act leads to, which make the act another one than "two were taken to hospital".
 */
export function placesOfNoOneActs(c: Asserted): Set<string> {
  const out = new Set<string>();
  const tokens = c.attribution.sentence.tokens;
  const b = c.attribution.content[1];
  for (const m of noOneVerbs(c)) {
    if (!DIRECTIONS.has(tokens[m + 1]?.lower ?? '')) continue;
    for (let n = m + 2; n < Math.min(b, m + 2 + PLACE_NOUN_REACH); n++) {
      const t = tokens[n] as Token;
      if (t.pos === 'NOUN') {
        out.add(stem(t.lower));
        break;
      }
      if (t.pos !== 'DET' && t.pos !== 'ADJ') break;
    }
  }
  return out;
}

/**
 * "will not leave Americans' data exposed" / "Nobody is exposing anyone's data": the earlier side
 * vows to stop a harm, the later says no one is doing it; a denial of the threat, though both say no.
 * Only where the earlier negation governs another act: "no one was hurt" / "nobody was hurt" agree.
 */
export function deniesPremise(later: Asserted, earlier: Asserted, earlierActs: ReadonlySet<string>): boolean {
  const denied = actsOfNoOne(later);
  if (denied.size === 0) return false;
  for (const act of actsNegated(earlier)) if (denied.has(act)) return false;
  const tokens = earlier.attribution.sentence.tokens;
  const [a, b] = earlier.attribution.content;
  const earlierWords = new Set(tokens.slice(a, b).map(actStem));
  for (const act of denied) if (act.length >= MIN_CONTRADICTION_STEM && (earlierWords.has(act) || earlierActs.has(act)) && !actsOfNoOne(earlier).has(act)) return true;
  return false;
}

/** How many words may stand between a determiner and a thing's kind ("a draft congressional map"). */
const KIND_MODIFIERS = 2;
const THING_DETERMINERS = new Set(['the', 'this', 'that']);

/** The kind noun at or within KIND_MODIFIERS words after `from`, not itself a modifier ("the map's metadata"). */
function kindAfter(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < Math.min(to, from + KIND_MODIFIERS + 1); k++) {
    const t = tokens[k] as Token;
    if (THING_KINDS.has(t.lower) && t.pos === 'NOUN' && tokens[k + 1]?.pos !== 'NOUN' && tokens[k + 1]?.pos !== 'PART') return k;
  }
  return -1;
}

/**
 * "the document 'is not a product of this committee'": the stem of the kind of thing a claim opens
 * on as its subject, the verb next ("the map was not drawn here"), when the thing is one another
 * side leaked or posted. The caller checks that the claim says no.
 */
export function thingKindDisowned(c: Asserted): string | null {
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  if (!THING_DETERMINERS.has(tokens[a]?.lower ?? '')) return null;
  const kind = kindAfter(tokens, a + 1, b);
  if (kind < 0) return null;
  let verb = kind + 1;
  while (isQuote(tokens[verb])) verb++;
  return isVerb(tokens[verb]) && saysNoOfThing(tokens, verb, b) ? topicStem((tokens[kind] as Token).lower) : null;
}

const JOINING = new Set(['and', 'but', 'or']);

/**
 * "was only a draft and was never put into effect": a negation of the thing's own verb, the first
 * or one joined to it, not one in a clause of another subject ("showed her saying what she will not say").
 */
function saysNoOfThing(tokens: readonly Token[], verb: number, end: number): boolean {
  for (let k = verb + 1; k < end; k++) {
    if (!VERB_NEGATIONS.has(tokens[k]?.lower ?? '') || !isVerb(tokens[k - 1])) continue;
    if (k - 1 === verb || JOINING.has(tokens[k - 2]?.lower ?? '')) return true;
  }
  return false;
}

/** "A draft congressional map", "a leaked memo": the stems of the kinds of thing a claim's sentence brings in as the story's thing. */
export function thingsBroughtIn(c: Asserted): Set<string> {
  const out = new Set<string>();
  const tokens = c.attribution.sentence.tokens;
  for (let k = 0; k < tokens.length - 1; k++) {
    if (tokens[k]?.lower !== 'a' || !THING_INTRODUCERS.has(tokens[k + 1]?.lower ?? '')) continue;
    const kind = kindAfter(tokens, k + 2, tokens.length);
    if (kind >= 0) out.add(topicStem((tokens[kind] as Token).lower));
  }
  return out;
}

/** The stems that name the thing a kind stands for: a generic kind ("the file") or one brought in stands for every kind brought in. */
export function namesOfThing(kind: string, broughtIn: ReadonlySet<string>): Set<string> {
  const generic = [...GENERIC_THING_KINDS].some((g) => topicStem(g) === kind);
  return generic || broughtIn.has(kind) ? new Set([kind, ...broughtIn]) : new Set([kind]);
}
