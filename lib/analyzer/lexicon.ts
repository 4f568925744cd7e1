// The cue and response lexicons, read from the JSON data once and turned into sets.
import cues from './data/cues.json';
import responses from './data/responses.json';

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);

export const CLAUSE_CUES = set(cues.clause);
export const OBJECT_CUES = set(cues.object);
/** "found that P": a cue only before "that". */
export const FINDING_CUES = set(cues.finding);
/** "put the death toll at 14": a cue only with an object, then "at" and a figure. */
export const ESTIMATE_CUES = set(cues.estimate);
/** "blasted the FAA for taking P": a cue only with an object, then "for" and a gerund. */
export const CRITICISM_CUES = set(cues.criticism);
export const RECIPIENT_CUES = set(cues.recipient);
export const PARTICIPLE_CUES = set(cues.participle);
export const NOMINAL_CUES = set(cues.nominal);
export const IDIOM_OBJECTS = set(cues.idiomObjects);
export const NON_ASSERTION_OBJECTS = set(cues.claimObjectsNotAssertions);
/** "claimed responsibility for P": objects of "claimed" that make it an assertion before "for". */
export const CLAIMED_ASSERTIONS = set(cues.claimedAssertions);
export const IDIOM_BEFORE = set(cues.idiomBefore);
export const INVERTIBLE_CUES = set(cues.invertible);
export const NAMING_CUES = set(cues.naming);
export const VERB_LIKE_NOUNS = set(cues.verbLikeNouns);
export const REPORT_NOUNS = set(cues.reportNouns);
export const SPEECH_OBJECT_CUES = set(cues.speechObjectCues);
export const SPEECH_OBJECTS = set(cues.speechObjects);
export const COMMENT_NOUNS = set(cues.commentNouns);
export const SPEAKER_PARTICIPLES = set(cues.speakerParticiples);
export const CONTINUING_VERBS = set(cues.continuing);
export const DOCUMENT_NOUNS = set(cues.documentNouns);
export const RUMOUR_NOUNS = set(cues.rumourNouns);
/** What an outlet publishes on a matter: "the report", "the story". */
export const PUBLISHED_NOUNS = new Set(['report', 'story', 'article', 'reporting']);
export const RUMOUR_VERBS = set(cues.rumourVerbs);
export const RUMOUR_ITEMS = set(cues.rumourItems);

/** "reports", "post": a word naming an unnamed source (in lower case). */
export function isRumourWord(w: string): boolean {
  return RUMOUR_NOUNS.has(w) || RUMOUR_ITEMS.has(w);
}

export const DENIAL_VERBS = set(responses.denies.verbs);
export const DENIAL_WORDS = set(responses.denies.words);
export const DENIAL_PHRASES: readonly (readonly string[])[] = responses.denies.phrases;
/** "described the reports as speculation": nouns that deny only as what a speaker names a claim. */
export const DENIAL_NAMES = set(responses.denies.named);
/** "had never produced evidence": verbs of giving evidence that, negated, deny as "no evidence" does. */
export const EVIDENCE_VERBS = set(responses.denies.evidenceVerbs);
/** "called the line a fabrication", "a memo calling the line a fabrication": the verbs that give a speaker's verdict on what it names. */
export const STANCE_NAMING_CUES = new Set([...cues.naming, ...responses.denies.namingForms]);
/** "shot down the reports", "shot the story down": verb and particle, denying only an account. */
export const DENIAL_OBJECT_PHRASES: readonly (readonly string[])[] = responses.denies.objectPhrases;
/** "falsely claimed": the article's own verdict on what a source said. */
export const FALSE_CUE_ADVERBS = set(responses.denies.cueAdverbs);
/** "claimed without evidence": the article's own word that what a source said is unproven. */
export const UNPROVEN_CUE_WORDS = set(responses.unconfirmed.cueWords);
export const UNPROVEN_CUE_PHRASES: readonly (readonly string[])[] = responses.unconfirmed.cuePhrases;
export const UNCONFIRMED_PHRASES: readonly (readonly string[])[] = responses.unconfirmed.phrases;
/** Words that mark a source as unverified: "Unconfirmed reports said P". */
export const UNVERIFIED_SOURCE_WORDS = set(responses.unconfirmed.sourceWords);
/** "could not be reached": a passive refusal whose subject is the one who did not answer. */
export const UNREACHABLE_WORDS = set(responses.unconfirmed.unreachable);
/** What a side says it will do ("take all necessary measures"): a vow, which neither answers nor is answered by meaning. */
export const VOW_PHRASES: readonly (readonly string[])[] = responses.vows.phrases;
/** Phrases that give a cause ("because", "due to"): a reason set against another side's account of the same thing. */
export const REASON_PHRASES: readonly (readonly string[])[] = responses.reasons.phrases;
/** Phrases that name a cause of an event ("caused by", "blamed on"): narrower than the reasons above. */
export const CAUSE_PHRASES: readonly (readonly string[])[] = responses.causes.phrases;
/** "the cause has not been determined": words that, negated after "cause", leave it unsettled. */
export const UNSETTLED_CAUSE_WORDS = set(responses.causes.unsettled);
/** What one side sends another ("a letter", "correspondence"), and the verbs of sending it. */
export const LETTER_NOUNS = set(responses.letters.nouns);
export const SEND_VERBS = set(responses.letters.sendVerbs);
export const RECEIVE_VERBS = set(responses.letters.receiveVerbs);
/** "tells a different story", "the hospital's account is markedly different": an account set against the one just told. */
export const DIFFERING_ACCOUNT_NOUNS = set(responses.differingAccounts.nouns);
export const DIFFERING_ACCOUNT_VERBS = set(responses.differingAccounts.verbs);
/** "stood by its report": a party keeping its own words against those who denied them. */
export const REAFFIRMATION_PHRASES: readonly (readonly string[])[] = responses.reaffirmations.phrases;
/** "would fight the lawsuit": an accused party's answer to the accusation, and the words that tell one ("sued", "alleges"). */
export const DEFENCE_PHRASES: readonly (readonly string[])[] = responses.defences.phrases;
export const ACCUSATION_WORDS = set(responses.defences.accusations);
export const SUPPORT_VERBS = set(responses.supports.verbs);
export const SUPPORT_PHRASES: readonly (readonly string[])[] = responses.supports.phrases;
/** "matching the CDC's figure": phrases that set a claim's figure beside another side's. */
export const MATCHING_PHRASES: readonly (readonly string[])[] = responses.supports.matching;
/** "the report is accurate": verdicts that confirm an account named as their subject. */
export const SUPPORT_VERDICTS = set(responses.supports.verdicts);
/** Verbs of agreeing, which support a claim only when not followed by an object ("agreed to a ceasefire"). */
export const AGREEMENT_VERBS = set(responses.supports.agreement);
/** Verbs of conceding: "acknowledged that P but said Q" sets Q against the speaker's own P. */
export const CONCESSION_VERBS = set(responses.supports.concession);
export const CONTRAST_OPENERS = set(responses.contrast.openers);
export const CONTRAST_WORDS = set(responses.contrast.words);
export const EMPHATIC_REFLEXIVES = set(responses.contrast.reflexives);
export const CASUALTY_NOUNS = set(responses.casualties.nouns);
export const CASUALTY_WORDS = set(responses.casualties.words);
/** Each casualty word with the kind of harm it counts ("injured" → hurt). */
export const CASUALTY_KINDS: ReadonlyMap<string, string> = new Map(
  Object.entries(responses.casualties.kinds).flatMap(([kind, words]) => words.map((w): [string, string] => [w, kind])),
);
/** Words telling of the hurt taken into care ("two were hospitalized", "taken to Aldport Hospital"), read only in the clause of a count. */
export const CARE_WORDS = set(responses.casualties.care);
/** Documents that carry claims ("the complaint", "the draft"): answered only through what they are told to say. */
export const CARRIER_NOUNS = set(responses.carriers);
export const ANAPHORIC_NOUNS = set([...responses.anaphora, ...responses.carriers]);
/** Anaphoric nouns naming one proposition ("the allegation", "that claim"): they answer one claim, not a speaker's whole account. */
export const SINGLE_ANAPHORA = set(responses.singleAnaphora);
export const MEDIA_NOUNS = set(responses.mediaNouns);
export const PROVENANCE_VERBS = set(responses.provenance.verbs);
export const PROVENANCE_WORDS = set(responses.provenance.words);
const sameMeaning = [...responses.events.groups, ...responses.acts.groups].flatMap((group) =>
  group.map((entry): [string[], string] => [entry.split(' '), group[0] as string]),
);
/** Each word naming an event or an act with the first word of its group ("shelled" → attack, "stalled" → delay). */
export const EVENT_WORDS: ReadonlyMap<string, string> = new Map(
  sameMeaning.filter(([tokens]) => tokens.length === 1).map(([tokens, head]): [string, string] => [tokens[0] as string, head]),
);
/** Events and acts said in several tokens ("slow - walked", "reached its target"), with the first word of their group. */
export const ACT_PHRASES: readonly (readonly [readonly string[], string])[] = sameMeaning.filter(([tokens]) => tokens.length > 1);
/** "did not believe the group was involved": verbs whose negation denies the clause they govern. */
export const BELIEF_VERBS = set(responses.beliefs.verbs);
/** Kinds of a leaked or posted thing ("the memo", "this map"), those that stand for any kind, and the words that bring one in ("a leaked memo"). */
export const THING_KINDS = set(responses.leakedThings.kinds);
export const GENERIC_THING_KINDS = set(responses.leakedThings.generic);
export const THING_INTRODUCERS = set(responses.leakedThings.introducers);
export const ANAPHORIC_DETERMINERS = set(responses.anaphoricDeterminers);
/** Each word of an antonym pair with its mark: 2 × the pair's index, plus 1 on the pair's second side ("locked" → 0, "opened" → 1). */
export const ANTONYMS: ReadonlyMap<string, number> = new Map(
  responses.antonyms.pairs.flatMap((pair, k) => pair.flatMap((words, side) => words.map((w): [string, number] => [w, 2 * k + side]))),
);

/** Phrases grouped by their first word, for one pass over a sentence. */
export class PhraseSet {
  private readonly byFirst = new Map<string, (readonly string[])[]>();
  constructor(phrases: readonly (readonly string[])[]) {
    for (const p of phrases) {
      const first = p[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push(p);
      this.byFirst.set(first, list);
    }
  }

  /** Index of the first word where one of the phrases starts, or -1. */
  find(words: readonly string[]): number {
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirst.get(words[i] as string);
      if (!candidates) continue;
      for (const p of candidates) if (matchesAt(words, p, i)) return i;
    }
    return -1;
  }

  /** Length of the longest phrase starting at word `i`, or 0. */
  longestAt(words: readonly string[], i: number): number {
    let longest = 0;
    for (const p of this.byFirst.get(words[i] as string) ?? []) if (p.length > longest && matchesAt(words, p, i)) longest = p.length;
    return longest;
  }
}

function matchesAt(words: readonly string[], phrase: readonly string[], i: number): boolean {
  if (i + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) return false;
  return true;
}
