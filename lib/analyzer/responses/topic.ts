// Stage 5, responses: the topic of a claim or response. Content words and their crude stems, names,
// events and acts, counts, negation, the words two claims share, and the story words so many claims
// use that they name the story rather than one claim.
import type { Token } from '../nlp';
import { DENIAL_VERBS, EVENT_WORDS, RUMOUR_NOUNS, PUBLISHED_NOUNS, ACT_PHRASES, DENIAL_PHRASES } from '../lexicon';
import { nounPhraseEndAfter, isVerb } from '../phrases';
import { remembered } from '../side-names';
import type { Asserted } from '../asserters';
import { isCapitalised } from '../words';

/** How far (in sentences) shared words may link a response back to a claim. */
export const TOPIC_REACH = 40;

/** Words that open the thing a denial verb names: "denied any coordination", "denied all wrongdoing". */
const DENIED_THING_OPENERS = new Set(['any', 'all']);

/** "denied any coordination" → coord: the stems of the noun phrase a denial verb at `at` takes as its object, or null. */
export function deniedThing(tokens: Token[], at: number, end: number): Set<string> | null {
  const verb = tokens[at] as Token;
  if (!DENIAL_VERBS.has(verb.lower) || !DENIED_THING_OPENERS.has(tokens[at + 1]?.lower ?? '')) return null;
  const words = contentWords(tokens, at + 2, nounPhraseEndAfter(tokens, at + 2, end));
  return words.size > 0 ? words : null;
}

/** Words too common to say what a claim or response is about. */
export const STOPWORDS = new Set(
  ('a an the of to in on at by for from with and or but that this these those it its their his her he she they we ' +
    'is was were are be been being has had have do did does not no will would could should may might can said says ' +
    'say told tell which who whom whose as than then there here about into over after before under up down out ' +
    'also any all some more most other such only own same so too very just our your my them him us one two ' +
    'within without since until during through across against among between including every each less per while ' +
    'year years day days week weeks month months time times people least nearly almost around roughly ' +
    'monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night today yesterday ' +
    'earlier later last next first second new late early statement told reporters percent').split(' '),
);

/** Ordinals, stopwords alone, which with their noun name one thing: "a second gunman" is "a second attacker". */
export const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);

/** A model or code name of letters and digits ("V8", "F1"): short, but names one thing. */
const MODEL_NAME = /^(?=.*\d)(?=.*\p{L})[\p{L}\d]{2}$/u;

/** The stem a lower-cased word counts as in a topic ("shelled" → "attac"), or '' for a stopword or a short word. */
export const topicStem = remembered((lower: string): string =>
  (lower.length > 2 && !STOPWORDS.has(lower)) || MODEL_NAME.test(lower) ? stem(EVENT_WORDS.get(lower) ?? lower) : '',
);

/** Stems of words for what was reported: a refusal to comment on "leaks" or "speculation" is about the reports. */
export const REPORT_STEMS: ReadonlySet<string> = new Set([...RUMOUR_NOUNS, ...PUBLISHED_NOUNS, 'leak', 'leaks', 'leaked'].map((w) => topicStem(w)));

/** ACT_PHRASES by their first token. */
const ACTS_BY_FIRST = new Map<string, (readonly [readonly string[], string])[]>();
for (const act of ACT_PHRASES) {
  const first = act[0][0] as string;
  ACTS_BY_FIRST.set(first, [...(ACTS_BY_FIRST.get(first) ?? []), act]);
}

/** The token after an act phrase starting at token k and ending by b, with its group's stem; or null. */
export function actAt(tokens: readonly Token[], k: number, b: number): [end: number, stem: string] | null {
  for (const [words, head] of ACTS_BY_FIRST.get((tokens[k] as Token).lower) ?? []) {
    if (k + words.length <= b && words.every((w, m) => tokens[k + m]?.lower === w)) return [k + words.length, stem(head)];
  }
  return null;
}

/** Stems of the content words of tokens [a, b), with "second gunman" as one more word and "slow-walked" as "delay". */
export function contentWords(tokens: readonly Token[], a = 0, b = tokens.length): Set<string> {
  const out = new Set<string>();
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    const act = ACTS_BY_FIRST.has(t.lower) ? actAt(tokens, k, b) : null;
    if (act) {
      out.add(act[1]);
      k = act[0] - 1;
      continue;
    }
    if (t.pos !== 'PUNCT') {
      const topic = topicStem(t.lower);
      if (topic) out.add(topic);
    }
    const noun = tokens[k + 1];
    if (ORDINALS.has(t.lower) && k + 1 < b && noun?.pos === 'NOUN') out.add(`${t.lower} ${stem(EVENT_WORDS.get(noun.lower) ?? noun.lower)}`);
  }
  return out;
}

/** Stems of the words of the denial phrases ("still alive", "never happened"). */
export const VERDICT_STEMS: ReadonlySet<string> = new Set(DENIAL_PHRASES.flatMap((p) => p.map(topicStem)).filter((w): w is string => !!w));

/** Stems of the first words of the event and act groups: "attac" for any word of an attack. */
const EVENT_STEMS: ReadonlySet<string> = new Set([...EVENT_WORDS.values(), ...ACT_PHRASES.map(([, head]) => head)].map(stem));

/**
 * Does a claim detail another ("the shells had struck the roof" after "forces had shelled the
 * plant")? It names the same event or act, or shares two words with it.
 */
export function detailsOf(claimWords: ReadonlySet<string>, detailWords: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const w of detailWords) {
    if (!claimWords.has(w) || w.length < MIN_CONTRADICTION_STEM) continue;
    if (EVENT_STEMS.has(w) || ++shared >= 2) return true;
  }
  return false;
}

/**
 * The capitalised words of a claim's sentence other than its first and its asserter's name,
 * lower-cased: the names that place what it says (a sentence's other claims place it too: "debris
 * had fallen near Plauru, and that nobody had been hurt").
 */
function namesIn(c: Asserted): Set<string> {
  const tokens = c.attribution.sentence.tokens;
  const asserter = new Set(c.asserter.name.toLowerCase().split(/\s+/));
  const out = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (isCapitalised(t.text) && !asserter.has(t.lower)) out.add(t.lower);
  }
  return out;
}

/** Do two claims name the same places and parties (or none)? */
export function sameNames(a: Asserted, b: Asserted): boolean {
  const x = namesIn(a);
  const y = namesIn(b);
  return x.size === y.size && [...x].every((w) => y.has(w));
}

/** Words of "nobody", "no one": they say how many, not what of. */
const NONE_STEMS = new Set(['nobody', 'none', 'one', 'noone'].map((w) => topicStem(w)).filter(Boolean));

/** Does a claim say nothing the other does not, but events and how many ("nobody had been injured during the evacuation")? */
export function onlyEvents(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (!EVENT_STEMS.has(w) && !NONE_STEMS.has(w) && !b.has(w)) return false;
  return true;
}

/** Is every event or act one claim names named by the other too? */
export function eventsWithin(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (EVENT_STEMS.has(w) && !b.has(w)) return false;
  return true;
}

/** Do two claims name the same event or act ("had ambushed a patrol" / "had opened fire on the patrol")? */
export function sameEvent(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (EVENT_STEMS.has(w) && b.has(w)) return true;
  return false;
}

/** A possessive ending, which the tokenizer splits from its name. */
const POSSESSIVE_END = /['\u2019]s?(?=\s|$)/gu;
/** Stems of the words of a name (shared between calls: never mutated). */
export const nameWords = remembered((text: string): ReadonlySet<string> => {
  const out = new Set<string>();
  // "Al-Mannai's lawyers": the words as the tokenizer reads them ("Al", "Mannai"), as a sentence's words are.
  for (const word of text.toLowerCase().replace(POSSESSIVE_END, '').split(/[^\p{L}\p{N}]+/u)) {
    if (word.length > 2) out.add(stem(word));
  }
  return out;
});

/** A crude stem: enough to meet "fired"/"fire", "crews"/"crew", "injuries"/"injured", "texting"/"text". */
export function stem(word: string): string {
  if (word.length >= 6) return shortBase(word) ?? word.slice(0, 5);
  const last = word[word.length - 1];
  const before = word[word.length - 2];
  return (last === 'd' && before === 'e') || (last === 's' && before !== 's') ? word.slice(0, -1) : word;
}

/**
 * "texting": a verb's base of four letters is its stem, which the first five letters of its -ing
 * form would overrun ("texti" would not meet "text").
 */
function shortBase(word: string): string | null {
  return word.length === 7 && word.endsWith('ing') ? word.slice(0, 4) : null;
}

/** "unlikely to dent production" says no as "would not affect output" does. */
const NEGATION_WORDS = new Set(['no', 'not', "n't", 'never', 'none', 'nobody', 'nothing', 'neither', 'unlikely']);

/** Does token k say no: a negation word, "-n't", or "zero" before what there is none of ("zero cyber contracts")? */
export function negatesAt(tokens: readonly Token[], k: number): boolean {
  const w = (tokens[k] as Token).lower;
  if (NEGATION_WORDS.has(w) || w.endsWith("n't")) return true;
  const next = tokens[k + 1]?.pos;
  return w === 'zero' && (next === 'NOUN' || next === 'ADJ');
}

/** "no" or "zero" before a noun: what a claim says there is none of. */
export function saysNoneAt(tokens: readonly Token[], k: number): boolean {
  const w = (tokens[k] as Token).lower;
  return w === 'no' || (w === 'zero' && negatesAt(tokens, k));
}

/** A negation inside a condition ("... if the bill did not pass") does not negate the claim. */
export const CONDITIONS = new Set(['if', 'unless', 'whether']);

export function isNegated(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = (tokens[k] as Token).lower;
    if (CONDITIONS.has(w)) return false;
    // "paid for contractors, not campaign staff" affirms what it pays for; the words set aside are wordsNegated's.
    if (w === 'not' && tokens[k - 1]?.text === ',') continue;
    if (negatesAt(tokens, k)) return true;
  }
  return false;
}

/** "no one had been hurt", "it had not been given a name": a claim whose subject or first verb says no. */
export function saysNo(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (negatesAt(tokens, k)) return true;
    if ((tokens[k] as Token).pos === 'VERB') return k + 1 < b && negatesAt(tokens, k + 1);
  }
  return false;
}

/** How many words of at least `minLength` characters the two sets share. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>, minLength = 0): number {
  // The count is the same either way: walk the smaller set.
  if (a.size > b.size) return overlap(b, a, minLength);
  let n = 0;
  for (const w of a) if (w.length >= minLength && b.has(w)) n++;
  return n;
}

/** Words that say a speaker speaks for someone, not who: "spokesperson" is no topic ("spoken"). */
const SPEAKING_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen']);

export const VERB_TAGS = new Set(['VERB', 'AUX']);
/** ", which represents corrections officers,": a relative clause after a responder's name. */
const RELATIVE_CLAUSE = /,\s+(?:which|who)\s[^,]*(?:,|$)/g;
/**
 * ", the trade body that represents bus operators,": a description of what the responder does,
 * naming no one (", a spokesman for the authority" and ", the firm that bought Harrow Foods" name whom).
 */
const DESCRIPTION = /,\s+(?:the|a|an)\s[^,A-Z]*\bthat\s[^,A-Z]*(?:,|$|(?=\s[A-Z]))/g;

/** The words of a name without its speaking role: "An FAA spokesperson" → "faa". */
export const namedWords = remembered((name: string): ReadonlySet<string> =>
  nameWords(
    name
      // "X, which represents corrections officers", "X, the trade body that ...": what the responder is or does is not its name.
      .replace(RELATIVE_CLAUSE, ' ')
      .replace(DESCRIPTION, ' ')
      .split(/\s+/)
      .filter((w) => !SPEAKING_ROLES.has(w.toLowerCase()))
      .join(' '),
  ),
);

/** The one word two sets share (the first found), or "". */
export function sharedWord(a: ReadonlySet<string>, b: ReadonlySet<string>): string {
  for (const w of a) if (b.has(w)) return w;
  return '';
}

/** A story word: one used by at least a quarter of an article's claims, and by five at least. */
const STORY_WORD_SHARE = 0.25;
const STORY_WORD_MIN = 5;

/** Words used by so many of the claims that they name the story, not one claim. */
export function wordsOfManyClaims(words: readonly ReadonlySet<string>[], share = STORY_WORD_SHARE): Set<string> {
  const counts = new Map<string, number>();
  for (const ws of words) for (const w of ws) counts.set(w, (counts.get(w) ?? 0) + 1);
  const least = Math.max(STORY_WORD_MIN, words.length * share);
  const out = new Set<string>();
  for (const [w, n] of counts) if (n >= least) out.add(w);
  return out;
}

/** Shared words that can make two claims contradict: long enough to carry content ("card", "payme"). */
export const MIN_CONTRADICTION_STEM = 4;

/** A word without its possessive mark ("Vilela's" → Vilela). */
export function withoutPossessive(word: string): string {
  return word.replace(/['\u2019]s?$/, '');
}

/** A count in a set of words: "#4" for "four" or "4". */
const COUNT_MARK = '#';

/**
 * Stems of tokens [a, b) with each count as "#n" in place of its word, leaving out a total a part
 * is taken from ("two of the four patients" counts two, not four). `content`: their contentWords, if already known.
 */
export function countedWords(tokens: readonly Token[], a: number, b: number, content?: ReadonlySet<string>): Set<string> {
  const out = content ? new Set(content) : contentWords(tokens, a, b);
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    if (t.pos !== 'NUM') continue;
    out.delete(stem(t.lower));
    const count = countOf(t);
    if (count !== undefined && !partitiveTotal(tokens, k)) out.add(COUNT_MARK + count);
  }
  return out;
}

/** What a claim says of its subject: its counted words from its first verb on. */
export function predicateWords(c: Asserted): Set<string> {
  const tokens = c.attribution.sentence.tokens;
  const [a, b] = c.attribution.content;
  let verb = a;
  while (verb < b && !isVerb(tokens[verb])) verb++;
  return countedWords(tokens, verb < b ? verb : a, b);
}

/** Shared words, a shared count weighing as two: a number names one thing more surely than a word. */
export function weightedOverlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n += w.startsWith(COUNT_MARK) ? 2 : 1;
  return n;
}

/** "of the four patients", "of 12 crew": a total a part is taken from. */
export function partitiveTotal(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1]?.lower;
  return prev === 'of' || (prev === 'the' && tokens[k - 2]?.lower === 'of');
}

/** Counts written as words ("two people"); "one" is left out, it is mostly a pronoun-like determiner. */
const NUMBER_WORDS = new Map(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, k) => [w, String(k + 2)]),
);

/** The count a number token gives ("14", "1,200" → "1200", "two" → "2"), if any. */
export function countOf(t: Token): string | undefined {
  return /\d/.test(t.text) ? t.text.replace(/,/g, '') : NUMBER_WORDS.get(t.lower);
}
