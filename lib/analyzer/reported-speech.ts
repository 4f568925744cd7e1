// Reported speech: the patterns around a reporting verb. "X said (that) P", "P, X said",
// "P," said X, a Y", "X said: "P"", "X called it "P"", ", adding that P" — with the idioms,
// negations and sports results that look like them but report nothing.
import { lexiconTag, type Token } from './nlp';
import { POSSESSIVE_PRONOUNS, isCapitalised } from './words';
import {
  CLAUSE_CUES,
  CRITICISM_CUES,
  DENIAL_VERBS,
  DOCUMENT_NOUNS,
  ESTIMATE_CUES,
  FINDING_CUES,
  IDIOM_BEFORE,
  IDIOM_OBJECTS,
  INVERTIBLE_CUES,
  NAMING_CUES,
  REPORT_NOUNS,
  VERB_LIKE_NOUNS,
  NOMINAL_CUES,
  isRumourWord,
  NON_ASSERTION_OBJECTS,
  CLAIMED_ASSERTIONS,
  OBJECT_CUES,
  PARTICIPLE_CUES,
  RECIPIENT_CUES,
  SPEECH_OBJECT_CUES,
  SPEECH_OBJECTS,
  SPEAKER_PARTICIPLES,
} from './lexicon';
import {
  OPEN_QUOTES,
  RELATIVE_PRONOUNS,
  STRAIGHT_QUOTES,
  appositiveEnd,
  clauseStart,
  hasVerb,
  isNounPhraseToken,
  isQuote,
  isVerb,
  nounPhraseEndAfter,
  nounPhraseStartBefore,
  describedName,
  skipLead,
  subjectAt,
  subjectBefore,
  WEEKDAYS,
  POSSESSIVE_MARKS,
  TIME_NOUNS,
  commaAfter,
  type Subject,
  VERB_NEGATIONS,
} from './phrases';
import {
  COMPLEMENTISER,
  type Found,
  MIN_CONTENT_WORDS,
  RELATIVE_WORDS,
  THAT_WINDOW,
  clauseEnd,
  isQuoted,
  isWord,
  participleAsideClose,
  quotedStretch,
  splitContents,
  startsClause,
  trimRange,
  verbReadOtherwise,
  wordCount,
} from './content';

const TIME_WORDS = new Set([
  ...WEEKDAYS, 'today', 'yesterday', 'tonight', 'late', 'early', 'earlier', 'last', 'this', 'next', 'again', 'repeatedly', 'publicly',
]);
const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s"]);
const NEGATIVE_SUBJECTS = new Set(['neither', 'nobody', 'none', 'no']);
/** Verbs that put out a document: "launched an ad accusing Y of P", "released a video claiming P". */
const ISSUING_VERBS = new Set(['launched', 'launches', 'released', 'releases', 'aired', 'airs', 'unveiled', 'unveils', 'issued', 'issues', 'published', 'publishes', 'ran', 'runs']);
/** "did not say whether ...", "asked if ...": a question, not a claim. */
const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'when', 'what', 'who', 'where', 'which']);
const TIME_CLAUSE_OPENERS = new Set(['when', 'as', 'after', 'before', 'while', 'during']);
const POINTING = new Set(['point', 'points', 'pointed']);
/** Pronouns of quantity that a tagger may call nouns: "that none of its posts", "that nothing had changed". */
const QUANTIFIERS = new Set(['none', 'nothing', 'nobody', 'everyone', 'everything', 'everybody', 'all', 'most', 'many', 'some', 'few', 'several', 'both', 'neither', 'each']);
const TOPIC_PREPOSITIONS = new Set(['of', 'about']);
/** Two-word sentence adverbs that open a clause ahead of its subject: "No wonder Trump said", "Of course she said". */
const LEAD_INS: readonly (readonly [string, string])[] = [['no', 'wonder'], ['no', 'doubt'], ['of', 'course']];

/** The subject without a sentence adverb the phrase reader took into it, whole or in part ("No wonder Trump", "course Trump"). */
function pastLeadIn(tokens: Token[], subject: Subject | null): Subject | null {
  if (!subject) return subject;
  const at = (k: number): string => tokens[k]?.lower ?? '';
  const s = subject.start;
  const whole = LEAD_INS.some(([a, b]) => at(s) === a && at(s + 1) === b);
  const part = LEAD_INS.some(([a, b]) => at(s - 1) === a && at(s) === b);
  const start = s + (whole ? 2 : part ? 1 : 0);
  return start > s && start < subject.end ? { ...subject, start } : subject;
}

const CLAUSE_OPENERS = new Set(['that', 'it', 'he', 'she', 'they', 'we', 'i', 'the', 'a', 'an', 'there', 'its', 'his', 'her', 'their', 'this', 'these', 'no']);

/** Words that make a figure approximate: "about 61,000", "nearly 40". */
const APPROXIMATORS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'some', 'over', 'more', 'at']);

/** Signs of a sum that may open a figure: "about $40 million", "£2.3bn". */
const CURRENCY_SIGNS = new Set(['$', '£', '€', '¥']);

/** Does a figure ("61,000", "about 61,000", "more than 40", "$40 million") open at `k`? */
function takesFigure(tokens: Token[], k: number): boolean {
  let m = k;
  while (APPROXIMATORS.has(tokens[m]?.lower ?? '') || tokens[m]?.lower === 'than' || tokens[m]?.lower === 'least') m++;
  const words = m - k;
  if (CURRENCY_SIGNS.has(tokens[m]?.text ?? '')) m++;
  return words < 3 && tokens[m]?.pos === 'NUM';
}

/** Words after a number that make it a clock time: "placed the bomb at 9 p.m." gives no estimate. */
const CLOCK_WORDS = new Set(['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', "o'clock", 'gmt']);
/** Nouns a figure may measure in an estimate ("at £2.3bn", "at 14 people"); others count places ("placed barriers at 12 sites"). */
const ESTIMATE_UNITS = new Set(['bn', 'm', 'billion', 'million', 'trillion', 'percent', 'people', 'pounds', 'dollars', 'euros']);

/** A word of the object an estimate is put on: "the number of destroyed homes" (a participle before its noun). */
function estimatedObjectWord(tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (isNounPhraseToken(t) || t.lower === 'of') return true;
  return t.pos === 'VERB' && PARTICIPLE_ENDING.test(t.lower) && isNounPhraseToken(tokens[k + 1]);
}

/** Most tokens of the object an estimate is put on: "the number of destroyed homes". */
const ESTIMATED_REACH = 8;

/** "put the death toll at about 2,400", "pegged the cost at $40 million": an object, then "at" and a figure. */
function estimatedAt(tokens: Token[], j: number, end: number): boolean {
  let at = j;
  while (at < Math.min(end, j + ESTIMATED_REACH) && tokens[at]?.lower !== 'at' && estimatedObjectWord(tokens, at)) at++;
  if (at === j || tokens[at]?.lower !== 'at' || !takesFigure(tokens, at + 1)) return false;
  let after = at + 1;
  while (tokens[after] && tokens[after]?.pos !== 'NUM') after++;
  while (tokens[after]?.pos === 'NUM') after++;
  const next = tokens[after];
  return !CLOCK_WORDS.has(next?.lower ?? '') && !(next?.pos === 'NOUN' && !ESTIMATE_UNITS.has(next.lower));
}

/** Does the source phrase after an inverted cue ("..., said X, a Y.") run on with appositives? */
function invertedSourceEnd(tokens: Token[], start: number): number {
  let end = partyTagEnd(tokens, nounPhraseEndAfter(tokens, start, tokens.length));
  // "said the base chief known as Bob, speaking ...": a participle phrase describing the speaker.
  let modifier = end;
  while (tokens[modifier]?.pos === 'ADJ') modifier++;
  const participle = tokens[modifier];
  const following = tokens[modifier + 1];
  // "the rumours showed how P", "showed that P": a verb opening a clause of its own, no participle.
  // "says X removed about 61,000 registrations": a verb taking a figure as its object is the clause's own verb.
  const opensClause =
    !!following &&
    (QUESTION_WORDS.has(following.lower) || following.lower === COMPLEMENTISER || following.pos === 'DET' || following.pos === 'PRON' || takesFigure(tokens, modifier + 1));
  const participial = !!participle && ((participle.lower.endsWith('ed') && !opensClause) || following?.pos === 'ADP');
  if (end > start && participle?.pos === 'VERB' && participial && !CLAUSE_CUES.has(participle.lower)) {
    const close = phraseEnd(tokens, modifier + 1);
    if (close > modifier + 1) return close;
  }
  // "said a longtime GOP data expert who has worked for one of Trump's rivals."
  if (RELATIVE_WORDS.has(tokens[end]?.lower ?? '') && tokens[end]?.pos !== 'SCONJ' && end > start) {
    while (end < tokens.length && tokens[end]?.text !== '.' && !isQuote(tokens[end])) end++;
    return end;
  }
  for (let guard = 0; guard < 3 && tokens[end]?.text === ','; guard++) {
    const next = tokens[end + 1];
    if (!next || next.pos === 'VERB' || next.lower.endsWith('ing')) break;
    const close = appositiveEnd(tokens, end + 1, tokens.length);
    if (close > 0) {
      end = close;
      continue;
    }
    // The appositive runs to the sentence end: "..., general secretary of the union."
    let k = end + 1;
    while (k < tokens.length && !isQuote(tokens[k]) && tokens[k]?.text !== '.' && tokens[k]?.text !== ';') k++;
    end = k;
    break;
  }
  return end;
}


/** Most tokens inside a party-and-state tag: "(R-Tex.)". */
const TAG_REACH = 6;

/** After a name, a parenthesised tag "(R-Tex.)" belongs to it: where it ends, or `at`. */
function partyTagEnd(tokens: Token[], at: number): number {
  if (tokens[at]?.text !== '(') return at;
  for (let k = at + 1; k < Math.min(tokens.length, at + TAG_REACH); k++) if (tokens[k]?.text === ')') return k + 1;
  return at;
}

/** End of a phrase with no verb of its own, at the next comma, stop or quote mark; or `from` when a verb comes first. */
function phraseEnd(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.text === '.' || t.text === ',' || t.text === ';' || isQuote(t)) return k;
    if (isVerb(t) && !t.lower.endsWith('ing')) return from;
  }
  return tokens.length;
}

function isIdiom(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  const next = tokens[i + 1];
  // "said more", but not "said more than 1 million donors ...".
  if (next && IDIOM_OBJECTS.has(next.lower) && tokens[i + 2]?.lower !== 'than') return true;
  if (next?.lower === 'so') return true; // "said so"
  if (next?.lower === 'it' && tokens[i + 2]?.lower === 'all') return true; // "said it all"
  if (next?.lower === 'to' && isVerb(tokens[i + 2]) && !claimsInfinitive(tokens, i)) return true; // "said to be"
  if (prev?.lower === 'to' && prev2 && IDIOM_BEFORE.has(prev2.lower)) return true; // "needless to say"
  if (prev?.lower === COMPLEMENTISER && i === 1 && next?.text === ',') return true; // "That said,"
  if (prev2?.lower === 'as' && prev?.pos === 'PRON') return true; // "as they say"
  return false;
}

function isNegatedOrPassive(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = tokens[k];
    if (!t) break;
    if (VERB_NEGATIONS.has(t.lower)) return true;
    // "is saying he won't rush": progressive, not passive.
    if (BE_FORMS.has(t.lower) && t.pos === 'AUX') return tokens[i + 1]?.lower !== 'by' && !(tokens[i] as Token).lower.endsWith('ing');
    if (t.pos !== 'ADV' && t.pos !== 'AUX') break;
  }
  return false;
}

/** Most tokens of the place phrase between a participle and its "by": "posted to TikTok by". */
const DOER_REACH = 6;

/**
 * "A video posted to TikTok by a graduate student shows P", "the fraud alleged by prosecutors": a cue's
 * past participle right after a noun, its doer named by "by", describes that noun, which says nothing.
 * "by phone" names no doer.
 */
function describesByDoer(tokens: Token[], i: number): boolean {
  if (!(tokens[i] as Token).lower.endsWith('ed') || tokens[i - 1]?.pos !== 'NOUN') return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + DOER_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'by') return tokens[k + 1]?.pos === 'DET' || tokens[k + 1]?.pos === 'PROPN';
    if (t.pos !== 'ADP' && !isNounPhraseToken(t)) return false;
  }
  return false;
}

/**
 * "In an update posted to its website, the railroad said P": a cue's past participle right after the noun of a
 * phrase opening the sentence, with its place phrase up to the comma, describes that document; the clause after
 * the comma has its own speaker.
 */
function describesLeadDocument(tokens: Token[], i: number): boolean {
  if (!(tokens[i] as Token).lower.endsWith('ed') || tokens[i - 1]?.pos !== 'NOUN') return false;
  let start = i - 1;
  while (start > 1 && isNounPhraseToken(tokens[start - 1])) start--;
  if (start !== 1 || tokens[0]?.pos !== 'ADP') return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + DOER_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.text === ',') return k > i + 1;
    if (t.pos !== 'ADP' && !isNounPhraseToken(t)) return false;
  }
  return false;
}

const INDEFINITE = new Set(['a', 'an']);

/**
 * "an account called @KingsmereSpotter with the caption "P"": after an indefinite subject, "called"
 * followed by a name gives the subject its name, and the quote is the named one's words. Returns the
 * end of the source: past the name, or the cue at `i` when "called" does not name the subject.
 */
function namedEnd(tokens: Token[], start: number, i: number): number {
  if (!INDEFINITE.has(tokens[start]?.lower ?? '')) return i;
  let e = i + 1;
  while (tokens[e]?.pos === 'PROPN' || (isCapitalised(tokens[e]?.text ?? '') && !isQuote(tokens[e]))) e++;
  return e > i + 1 ? e : i;
}

/** "called it "the biggest win in a decade"": the quoted words are the claim. */
const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves']);

export function naming(tokens: Token[], i: number, previous: [number, number] | null): Found | null {
  const cue = tokens[i] as Token;
  // "who describes himself as a \"health freedom researcher\"": what one calls oneself is no claim.
  if (REFLEXIVES.has(tokens[i + 1]?.lower ?? '')) return null;
  const subject = subjectBefore(tokens, i, clauseStart(tokens, i, 0));
  if (!subject) return null;
  // 'X wrote that P and called the complaint "Y"': the speaker of the cue before.
  const source: [number, number] =
    previous && tokens[i - 1]?.lower === 'and' ? previous : [subject.start, subject.end === i ? namedEnd(tokens, subject.start, i) : subject.end];
  for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
    const t = tokens[k];
    if (!t || t.text === ',' || t.text === '.') return null;
    if (OPEN_QUOTES.has(t.text) || STRAIGHT_QUOTES.has(t.text)) {
      const contents = splitContents(tokens, ...quotedStretch(tokens, k));
      return contents.length ? { cue: cue.text, source, contents, kind: 'quote' } : null;
    }
  }
  return null;
}

/**
 * Where a participle clause's content opens: after "that", or after the recipient and a place or
 * time phrase ("telling reporters at the daily briefing that P").
 */
function participleContentStart(tokens: Token[], i: number, cue: Token): number {
  const from = RECIPIENT_CUES.has(cue.lower) ? recipientEnd(tokens, i + 1) : i + 1;
  if (tokens[from]?.lower === COMPLEMENTISER) return from + 1;
  if (from === i + 1 || tokens[from]?.pos !== 'ADP') return from;
  for (let k = from + 1; k < Math.min(tokens.length, from + THAT_WINDOW); k++) {
    const t = tokens[k] as Token;
    if (t.lower === COMPLEMENTISER) return k + 1;
    if (!isNounPhraseToken(t) && t.pos !== 'ADP') return from;
  }
  return from;
}

export function reported(tokens: Token[], i: number, headline: boolean, previous: [number, number] | null): Found | null {
  const cue = tokens[i];
  if (!cue || isIdiom(tokens, i) || isNegatedOrPassive(tokens, i) || describesByDoer(tokens, i) || describesLeadDocument(tokens, i)) return null;
  // "pointed out that P" reports; "pointed a torch", "points to the data" do not.
  const particle = POINTING.has(cue.lower) ? 1 : 0;
  if (particle && tokens[i + 1]?.lower !== 'out') return null;
  // ", adding that ...", ", saying ...", '"P," adding that ...': the speaker of the clause before.
  if (previous && PARTICIPLE_CUES.has(cue.lower) && (tokens[i - 1]?.text === ',' || quoteClosedAfter(tokens, i - 2))) {
    const j = participleContentStart(tokens, i, cue);
    const contents = splitContents(tokens, j, clauseEnd(tokens, j));
    return contents.length ? { cue: cue.text, source: previous, contents, kind: 'reported' } : null;
  }
  const opening = openingParticiple(tokens, i) ?? asNoted(tokens, i);
  if (opening) return opening;
  const n = tokens.length;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const lo = clauseStart(tokens, i, 0);

  // Inverted: "P," said X / "P," said X, a Y.
  const inverted =
    INVERTIBLE_CUES.has(cue.lower) && prev && (prev.text === ',' || isQuote(prev)) && next && isNounPhraseToken(next) &&
    next.lower !== COMPLEMENTISER && !TIME_WORDS.has(next.lower) && (hasVerb(tokens, lo, i) || isQuote(prev));
  if (inverted) {
    const end = invertedSourceEnd(tokens, i + 1);
    // '"...," said X in a telephone interview.': a place or time phrase may close the sentence.
    const after = tokens[tokens[end]?.pos === 'ADP' && isQuote(prev) ? phraseEnd(tokens, end) : end];
    // 'said the officer "did exactly what ..."': a quote opening on a verb is what the phrase before it did, not a closing quote.
    const quotedPredicate = !!after && isQuote(after) && isVerb(tokens[predicateVerbAt(tokens, end + 1)]);
    // 'claimed the 38-year-old "Gravel Road" singer had died': a quoted title inside the phrase, no closing quote.
    if (end > i + 1 && !quotedPredicate && !titleInPhraseAt(tokens, end) && (!after || after.text === '.' || after.text === ',' || isQuote(after) || after.text === ';')) {
      // "Gov. X of Ohio, a Republican who has refused to endorse Y, said the family deserved better":
      // what precedes is a subject with an appositive, not a claim, whatever the tagger made of the rest.
      const subject = isQuote(prev) || hasMainVerb(tokens, lo, i) ? null : subjectBefore(tokens, i, lo);
      // "said P, and that Q": the second content runs on past the comma that ended the first.
      const more = tokens[end]?.text === ',' && tokens[end + 1]?.lower === 'and' && tokens[end + 2]?.lower === COMPLEMENTISER;
      const forward = subject ? splitContents(tokens, i + 1, more ? clauseEnd(tokens, end) : end) : [];
      if (subject && forward.length) return { cue: cue.text, source: [subject.start, subject.end], contents: forward, kind: 'reported' };
      const said = contentBefore(tokens, lo, i);
      const resumed = resumedQuoteAfter(tokens, end);
      return { cue: cue.text, source: [i + 1, end], contents: resumed >= 0 ? joinedAcrossTag(tokens, said, resumed) : said, kind: 'reported' };
    }
  }

  const subject = pastQuotedTitle(tokens, carrierOf(tokens, pastLeadIn(tokens, gapSubject(tokens, issuerOf(tokens, speakerBefore(tokens, i, lo), lo), i))), i);
  if (!subject || NEGATIVE_SUBJECTS.has(tokens[subject.start]?.lower ?? '')) return null;
  const asSaid = asClause(tokens, i, lo, subject.start);
  if (asSaid) return asSaid;

  // Forward: X said (that) P / X said: "P" / X told reporters (that) P
  let j = i + 1 + particle;
  if (RECIPIENT_CUES.has(cue.lower)) j = recipientEnd(tokens, j);
  let hasThat = false;
  let aside = false;
  for (let k = j; k < Math.min(n, j + THAT_WINDOW); k++) {
    const t = tokens[k];
    // "reported on Wednesday, citing unnamed officials in Tokyo, that P": who it cites stands aside.
    const cited = t?.text === ',' && CITING.has(tokens[k + 1]?.lower ?? '') ? citationEnd(tokens, k + 2) : -1;
    // "argued in their complaint, filed in circuit court, that P": a participle describing the document stands aside.
    const described = t?.text === ',' ? participleAsideClose(tokens, k + 1, n) : -1;
    const skipped = cited > 0 ? cited : described > 0 && tokens[described + 1]?.lower === COMPLEMENTISER ? described : -1;
    if (skipped > 0) {
      k = skipped;
      aside = true;
      continue;
    }
    // "said only the three attackers had been killed and that P": a "that" after "and" opens a second content, not this one.
    if (!t || t.text === ',' || isQuote(t) || t.text === ';' || t.text === '.' || t.pos === 'CCONJ') break;
    // "said none of its units had been there that morning": "that" before a noun is a determiner.
    const noun = tokens[k + 1];
    // "confirmed that date in its statement": no verb follows, so no clause opens.
    const determiner =
      t.lower === COMPLEMENTISER &&
      !!noun &&
      (noun.pos === 'NOUN' || noun.pos === 'PROPN') &&
      // "said that none of its posts ...", "that most of the ...": a quantifier opens the clause.
      !(QUANTIFIERS.has(noun.lower) && (tokens[k + 2]?.lower === 'of' || isVerb(tokens[k + 2]) || tokens[k + 2]?.pos === 'AUX')) &&
      !isVerb(tokens[k + 2]) &&
      ((t.pos === 'DET' && !isNounPhraseToken(tokens[k + 2]) && !verbAfterPhrase(tokens, k + 2)) || !(hasVerb(tokens, k + 2, tokens.length) || verbReadOtherwise(tokens, k + 1, tokens.length)));
    if (t.lower === COMPLEMENTISER && !determiner && !(tokens[k + 1]?.lower === "'s" || tokens[k + 1]?.lower === '\u2019s' || tokens[k + 1]?.pos === 'AUX')) {
      const lead = tokens[j];
      if (k === j || aside || (lead && (lead.pos === 'ADP' || lead.pos === 'ADV' || TIME_WORDS.has(lead.lower)))) {
        j = k + 1;
        hasThat = true;
      }
      break;
    }
  }
  if (!hasThat) j = pastSayingTime(tokens, j);
  // "said on Thursday it would ...": the day the words were said is no part of them.
  if (!hasThat && j === i + 1 + particle && tokens[j]?.lower === 'on' && WEEKDAYS.has(tokens[j + 1]?.lower ?? '')) j += 2;
  // 'Trump said, and I quote, "We ..."', 'she said, in part, "..."': a short aside before the quote.
  if (!hasThat && tokens[j]?.text === ',') j = asideBeforeQuote(tokens, j);
  if (!hasThat && (tokens[j]?.text === ':' || (tokens[j]?.text === ',' && isQuote(tokens[j + 1])))) j++;
  else if (!hasThat) {
    // "spoke to reporters outside the mine's gate: "We sent three letters ..."".
    const colon = colonBeforeQuote(tokens, j);
    if (colon > 0) j = colon + 1;
    else j = quoteAfterCircumstance(tokens, j);
  }
  if (!hasThat && tokens[j] && OPEN_QUOTES.has(tokens[j]?.text ?? '') || (!hasThat && STRAIGHT_QUOTES.has(tokens[j]?.text ?? ''))) {
    if (quotesSentencePredicate(tokens, subject, j)) return null;
    const [a, b] = quotedStretch(tokens, j);
    const interrupted = !subject.fromClause && closesQuote(tokens, subject.start - 1);
    const contents = interrupted ? joinedAcrossTag(tokens, contentBefore(tokens, lo, subject.start), j) : splitContents(tokens, a, b);
    if (contents.length) return { cue: cue.text, source: [subject.start, subject.end], contents, kind: 'quote' };
  }
  // '"...," chief executive X said in a video posted on the website.': a place, not a content.
  const before = tokens[subject.start - 1];
  const quotedBefore = !subject.fromClause && !!before && isQuote(before);
  const end = nextSpeakerAt(tokens, j, clauseEnd(tokens, j));
  // '"P," Trump said when Boyle asked him a question.': a time clause, not a content.
  const circumstance = tokens[j]?.pos === 'ADP' || (tokens[j]?.pos === 'SCONJ' || tokens[j]?.pos === 'ADV') && TIME_CLAUSE_OPENERS.has(tokens[j]?.lower ?? '');
  if (quotedBefore && !hasThat && circumstance) return backward(tokens, i, lo, subject, end, true);
  // "As X reported after the agency left the scene:": a time clause before the colon that introduces what was reported.
  if (!hasThat && TIME_CLAUSE_OPENERS.has(tokens[j]?.lower ?? '') && tokens[tokens.length - 1]?.text === ':') return null;
  // '"P," Cruz told supporters later that evening.': no verb after the cue, so the quote is what was said.
  if (quotedBefore && !hasThat && !hasVerb(tokens, j, end)) return backward(tokens, i, lo, subject, end, true);
  // "has told how she came face to face with P": the account a witness gives is what they claim.
  if (!hasThat && toldHow(tokens, i, j, end)) j++;
  // "said that when the casinos did well, P": after "that", a "when" or "if" opens a clause of the claim, not a question.
  if ((!hasThat && QUESTION_WORDS.has(tokens[j]?.lower ?? '')) || opensWithNominal(tokens, j, end)) return null;
  // "warns of output hit", "spoke about the plan": a topic, not a claim ("said about 4,200 people ..." is one).
  if (!hasThat && TOPIC_PREPOSITIONS.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.pos !== 'NUM') return backward(tokens, i, lo, subject, end);
  if (!hasThat && chargesEachOther(tokens, j)) return null;
  const spoken = hasThat ? null : speechObject(tokens, cue, j, end);
  if (spoken) {
    const contents = splitContents(tokens, spoken[0], spoken[1]);
    if (contents.length) return { cue: cue.text, source: [subject.start, subject.end], contents, kind: 'reported' };
  }
  const gap = !hasThat && relativeGap(tokens, subject, j);
  const clause = hasThat || gap || claimsInfinitive(tokens, i) || startsClause(tokens, j, end);
  // "with X accusing Y of P", ", accusing Y of P" take an object; "a lawsuit accusing Y of P" leaves it to the filer's own words,
  // but "X launched an ad accusing Y of P" is an attack X issued, made in the document's words.
  const objectOk =
    !cue.lower.endsWith('ing') || tokens[i - 1]?.text === ',' || tokens[subject.start - 1]?.lower === 'with' || ISSUING_VERBS.has(tokens[subject.start - 1]?.lower ?? '');
  const forwardOk = clause || (objectOk && objectContentOk(tokens, cue, j, end, headline));
  // "said more" is an idiom, "said that more than 2,000 members ..." and "said more than ..." are not;
  // "a post saying as much was shared" points back to what was told (but "said as much as $2 million ..." is a figure).
  const idiom = (IDIOM_OBJECTS.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower !== 'than') || (tokens[j]?.lower === 'as' && tokens[j + 1]?.lower === 'much' && tokens[j + 2]?.lower !== 'as');
  if (forwardOk && wordCount(tokens, j, end) >= MIN_CONTENT_WORDS && (hasThat || !idiom)) {
    // A headline's object runs to the next clause: "claims record output at X as row deepens".
    let contentEnd = headline && !clause ? headlineObjectEnd(tokens, j, end) : end;
    // "A tweet claiming that the hostages had been freed was shared ...": the sentence's own verb ends the claim.
    if (gap) contentEnd = mainVerbAfterGap(tokens, j, contentEnd);
    else if (isReducedRelative(tokens, i)) contentEnd = secondVerbGroup(tokens, j, contentEnd);
    if (cue.lower.endsWith('ing')) contentEnd = nextParticipleAt(tokens, j, contentEnd);
    // "X said P, people familiar with the session said.": those who relay it are its source.
    const relay = relayedBy(tokens, j, contentEnd);
    // "could announce an agreement next month, one of the people said, ...": an act inside what someone else said.
    // "nine days before the lender disclosed P, according to X": so is an act in a time clause, whatever follows the cue.
    const timed = !hasThat && TIME_CLAUSE_OPENERS.has(tokens[subject.start - 1]?.lower ?? '');
    if ((!clause || timed) && saidByAnother(tokens, j, tokens.length)) return null;
    const contents = splitContents(tokens, j, relay ? relay.comma : contentEnd);
    if (contents.length) return { cue: cue.text, source: relay ? relay.source : [subject.start, subject.end], contents, kind: 'reported' };
  }

  return backward(tokens, i, lo, subject, end);
}

/** Cues that tell an account: "has told how", "recalled how". */
const ACCOUNT_CUES = new Set(['told', 'tells', 'recalled', 'recalls']);

/**
 * "has told how she was trapped": "how" right after the cue opening a whole clause ("how much", "how to" ask,
 * not tell; "told reporters how the deal would work" explains a way, not what happened).
 */
function toldHow(tokens: Token[], i: number, j: number, end: number): boolean {
  return ACCOUNT_CUES.has(tokens[i]?.lower ?? '') && j === i + 1 && tokens[j]?.lower === 'how' && isNounPhraseToken(tokens[j + 1]) && startsClause(tokens, j + 1, end);
}

/** Does the quote mark at `k` close a quote of words before it ('"P," she said')? */
/** '," and': a closing quote right after the comma at `k`, touching it. */
function quoteClosedAfter(tokens: Token[], k: number): boolean {
  const mark = tokens[k + 1];
  return isQuote(mark) && !OPEN_QUOTES.has(mark?.text ?? '') && mark?.start === tokens[k]?.end;
}

function closesQuote(tokens: Token[], k: number): boolean {
  const mark = tokens[k];
  return !!mark && isQuote(mark) && !OPEN_QUOTES.has(mark.text) && k > 0 && !isQuote(tokens[k - 1]);
}

/** After a speaker's tag ending at `end`, the opening quote mark of ', "Q"' that resumes the quote, or -1. */
function resumedQuoteAfter(tokens: Token[], end: number): number {
  const k = tokens[end]?.text === ',' ? end + 1 : end;
  const mark = tokens[k];
  return tokens[k - 1]?.text === ',' && !!mark && (OPEN_QUOTES.has(mark.text) || STRAIGHT_QUOTES.has(mark.text)) ? k : -1;
}

/**
 * '"Nobody read the fine print," she said, "and the costs will double."', '"We have the votes," said Jones,
 * "and we will pass it."': the speaker's tag interrupts one sentence, so the quote before it (`said`) and the
 * one resumed at `open` are one claim, the tag inside it; the highlight covers the whole sentence. A resumed
 * quote that is a sentence of its own ('"P," she said, "It will never pass."') is a claim of its own.
 */
function joinedAcrossTag(tokens: Token[], said: Array<[number, number]>, open: number): Array<[number, number]> {
  const resumed = splitContents(tokens, ...quotedStretch(tokens, open));
  const last = said[said.length - 1];
  const first = resumed[0];
  if (!last || !first || opensSentence(tokens, first)) return [...said, ...resumed];
  return [...said.slice(0, -1), [last[0], first[1]], ...resumed.slice(1)];
}

/** Is the quoted part [a, b) a sentence of its own: a capital first word and a verb? */
function opensSentence(tokens: Token[], [a, b]: [number, number]): boolean {
  return isCapitalised(tokens[a]?.text ?? '') && hasVerb(tokens, a, b);
}

/** Does a quoted title of capitalised words open at `open` and a noun of the same phrase follow it ('"Gravel Road" singer')? */
function titleInPhraseAt(tokens: Token[], open: number): boolean {
  if (!isQuote(tokens[open])) return false;
  for (let k = open + 1; k <= Math.min(tokens.length - 2, open + QUOTED_NAME_WORDS + 1); k++) {
    const t = tokens[k] as Token;
    if (isQuote(t)) return k > open + 1 && tokens[k + 1]?.pos === 'NOUN';
    if (!isCapitalised(t.text)) return false;
  }
  return false;
}

/** 'The "Harbour Watch" page ... said': a subject cut short at a quoted name runs on to the noun after it (before the cue at `i`). */
function pastQuotedTitle(tokens: Token[], subject: Subject | null, i: number): Subject | null {
  if (!subject || !titleInPhraseAt(tokens, subject.end)) return subject;
  let close = subject.end + 1;
  while (!isQuote(tokens[close])) close++;
  const end = nounPhraseEndAfter(tokens, close + 1, i);
  return end > close + 1 ? { ...subject, end } : subject;
}

/** Most tokens of the prepositional phrases after a clause's subject noun: "demand for sliced bread". */
const SUBJECT_PHRASE_REACH = 6;

/** 'said in a statement that demand for sliced bread had declined': a verb right after the phrases at `k` that end a subject. */
function verbAfterPhrase(tokens: Token[], k: number): boolean {
  if (tokens[k]?.pos !== 'ADP') return false;
  for (let e = k + 1; e < Math.min(tokens.length, k + SUBJECT_PHRASE_REACH + 1); e++) {
    const t = tokens[e] as Token;
    if (isVerb(t)) return e > k + 1 && t.pos === 'AUX';
    if (!isNounPhraseToken(t) && t.pos !== 'ADP') return false;
  }
  return false;
}

/** Past the adverbs at `k` ('"just folded"'): where a quoted predicate's verb would stand. */
function predicateVerbAt(tokens: Token[], k: number): number {
  while (tokens[k]?.pos === 'ADV') k++;
  return k;
}

/**
 * The subject of the cue at `i`: the noun phrase right before it, unless that phrase is the object inside
 * a relative clause describing the clause's opening noun ("The prosecutor who sent X to prison for a crash
 * said"): then the described opening speaks.
 */
function speakerBefore(tokens: Token[], i: number, lo: number): Subject | null {
  const joined = joinedRelativesAntecedent(tokens, i, lo) ?? indefiniteSpeaker(tokens, i, lo);
  if (joined) return joined;
  const near = ownPhrase(tokens, subjectBefore(tokens, i, lo), i, lo);
  const described = describedOpening(tokens, i, lo);
  if (!near || !described) return near ?? described;
  // "One of them, who asked not to be named, said": the relative clause describes the speaker, it is not one.
  if (RELATIVE_PRONOUNS.has(tokens[near.start]?.lower ?? '')) return described;
  return described.end === i && near.start > described.start && !RELATIVE_PRONOUNS.has(tokens[near.start - 1]?.lower ?? '') ? described : near;
}

/** "Someone", "somebody": a speaker the writer does not name. */
const UNNAMED_SPEAKERS = new Set(['someone', 'somebody']);

/**
 * "Someone told the paper that P", "Someone in the mayor's office told ...": an unnamed speaker opening
 * the clause, with the phrase that places it (no verb of its own), is the subject, not the noun nearest the cue.
 */
function indefiniteSpeaker(tokens: Token[], i: number, lo: number): Subject | null {
  const start = skipLead(tokens, lo, i);
  if (!UNNAMED_SPEAKERS.has(tokens[start]?.lower ?? '')) return null;
  let end = i;
  while (tokens[end - 1]?.pos === 'AUX' || tokens[end - 1]?.pos === 'ADV') end--;
  return end > start && !hasVerb(tokens, start + 1, end) && !hasComma(tokens, start, end) ? { start, end, fromClause: false } : null;
}

/** Most tokens of a relative clause's own predicate before "and" and the cue: "who visited the site and said". */
const JOINED_RELATIVE_REACH = 16;

/**
 * "Judge X, who visited the site and said P", "Murdoch, who is enjoying his role and is saying P": a cue
 * joined by "and" to the verb of a relative clause set off by a comma is said by the relative's antecedent.
 */
function joinedRelativesAntecedent(tokens: Token[], i: number, lo: number): Subject | null {
  let b = i;
  while (tokens[b - 1]?.pos === 'AUX' || tokens[b - 1]?.pos === 'ADV') b--;
  if (tokens[b - 1]?.lower !== 'and') return null;
  for (let k = b - 2; k > lo + 1 && b - k <= JOINED_RELATIVE_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',' || t.text === ';' || isQuote(t)) return null;
    if (t.lower !== 'who' || tokens[k - 1]?.text !== ',' || !hasVerb(tokens, k + 1, b - 1)) continue;
    const start = nounPhraseStartBefore(tokens, k - 1, lo);
    return start < k - 1 ? { start: describedName(tokens, start, lo), end: k - 1, fromClause: false } : null;
  }
  return null;
}

/** Most words of a name in quote marks inside a noun phrase: 'the "Kessling Area Community Board" Facebook group'. */
const QUOTED_NAME_WORDS = 8;

/**
 * The opening quote of a quoted name of capitalised words that ends just before `at`, or -1. A nickname
 * inside a person's name (Mike "The Hammer" DeLuca) is not one: the name goes on before it.
 */
function quotedNameBefore(tokens: Token[], at: number): number {
  if (!isQuote(tokens[at - 1])) return -1;
  for (let k = at - 2; k >= Math.max(0, at - QUOTED_NAME_WORDS - 2); k--) {
    const t = tokens[k] as Token;
    if (isQuote(t)) return k < at - 2 && !isCapitalised(tokens[k - 1]?.text ?? '') ? k : -1;
    if (!isCapitalised(t.text)) return -1;
  }
  return -1;
}

/**
 * The subject's own phrase: it goes on past a name in quote marks ('A post in the "X" group'); a possessive
 * after a noun opens a new one, so the noun before it ends a clause the tagger misread ("Campaign finance
 * records show his campaign reported"); a noun summing up the content before a remark is no part of the
 * speaker (', a fact Brannigan's lawyer said').
 */
function ownPhrase(tokens: Token[], subject: Subject | null, i: number, lo: number): Subject | null {
  if (!subject) return subject;
  const quotedName = quotedNameBefore(tokens, subject.start);
  if (quotedName >= 0) {
    const start = nounPhraseStartBefore(tokens, quotedName, lo);
    if (start < quotedName) return { ...subject, start };
  }
  if (tokens[subject.start - 1]?.text === ',' && remarkedOnBy(tokens, subject.start, i + 1)) return { ...subject, start: subject.start + 2 };
  // Not inside an aside that describes the speaker (", where the river burst its banks,").
  if (hasComma(tokens, subject.start, subject.end)) return subject;
  for (let k = subject.end - 2; k > subject.start; k--) {
    if (POSSESSIVE_PRONOUNS.has(tokens[k]?.lower ?? '') && tokens[k]?.pos === 'PRON' && tokens[k - 1]?.pos === 'NOUN') return { ...subject, start: k };
  }
  return subject;
}

/** Most tokens of a description the clause's opening noun phrase carries before its cue. */
const DESCRIPTION_REACH = 40;

/**
 * "A junior who was in the cafeteria and asked that her name not be printed said P", "The first
 * reports, broadcast on a local radio station minutes after ..., said P": when no shorter subject is
 * found, the noun phrase opening the clause is the speaker, with the relative clause (no comma) or
 * the participle phrase set off by commas that describes it.
 */
function describedOpening(tokens: Token[], i: number, lo: number): Subject | null {
  const joined = joinedClauseStart(tokens, i, lo);
  const tag = tagStart(tokens, i, lo);
  return (joined > lo ? describedFrom(tokens, i, joined) : null) ?? describedFrom(tokens, i, lo) ?? (tag > lo ? participleDescribed(tokens, i, tag) : null);
}

/** The noun phrase opening the tag at `tag`, with the participle phrase describing it, when it speaks the cue at `i`. */
function participleDescribed(tokens: Token[], i: number, tag: number): Subject | null {
  const start = skipLead(tokens, tag, i);
  const head = nounPhraseEndAfter(tokens, start, i);
  return head > start && tokens[start]?.pos !== 'PRON' && describedByParticiple(tokens, head, i) ? { start, end: i, fromClause: false } : null;
}

/** "P, the union representing the workers said": where the phrase after the last comma before the cue opens, or `lo`. */
function tagStart(tokens: Token[], i: number, lo: number): number {
  for (let k = i - 2; k > lo; k--) if (tokens[k]?.text === ',') return k + 1;
  return lo;
}

/** "The plant closed in March, and the company that runs it says": where the last clause joined by a comma and a conjunction opens, or `lo`. */
function joinedClauseStart(tokens: Token[], i: number, lo: number): number {
  for (let k = i - 2; k > lo; k--) if (tokens[k]?.text === ',' && tokens[k + 1]?.pos === 'CCONJ') return k + 2;
  return lo;
}

/** The noun phrase opening the clause at `lo`, with what describes it, when it is the speaker of the cue at `i`. */
function describedFrom(tokens: Token[], i: number, lo: number): Subject | null {
  const start = skipLead(tokens, lo, i);
  const head = wholeAfterPart(tokens, start, nounPhraseEndAfter(tokens, start, i), i);
  if (head === start || i - head > DESCRIPTION_REACH || tokens[start]?.pos === 'PRON') return null;
  const opener = tokens[head];
  const describes =
    (RELATIVE_PRONOUNS.has(opener?.lower ?? '') && !hasComma(tokens, head, i)) ||
    (opener?.text === ',' && tokens[i - 1]?.text === ',' && opensAside(tokens, head + 1) && !hasComma(tokens, head + 1, i - 1)) ||
    describedByParticiple(tokens, head, i);
  return describes && hasVerb(tokens, head, i) ? { start, end: opener?.text === ',' ? head : i, fromClause: false } : null;
}

/**
 * "The operator of the ferries linking the islands to the mainland said", "a video viewed more than 600,000
 * times claimed": a present participle's phrase, or a passive one, with no comma describes the opening noun phrase. Not when a relative clause inside it has its own
 * subject ("investigating the official who said"), a finite verb ends the subject before the cue
 * ("A group calling itself X posted a video claiming"), or the participle names the speaker
 * ("A group calling itself X said").
 */
function describedByParticiple(tokens: Token[], head: number, i: number): boolean {
  const opener = tokens[head];
  if (opener?.pos !== 'VERB' || !(opener.lower.endsWith('ing') || isPassiveParticiple(tokens, head)) || hasComma(tokens, head, i) || REFLEXIVES.has(tokens[head + 1]?.lower ?? '')) return false;
  for (let k = head + 1; k < i; k++) if (RELATIVE_PRONOUNS.has(tokens[k]?.lower ?? '') || finiteAt(tokens, k)) return false;
  return true;
}

/** "viewed", "posted": a regular past participle (or past tense: the word alone cannot tell). */
const PAST_PARTICIPLE = /^\p{Ll}{2,}ed$/u;
/**
 * What may follow a passive participle ("viewed more than", "posted on"): no object, figure or "to", which follow
 * a verb of the clause's own ("officials found the video", "cited two people", "declined to comment").
 */
const AFTER_PASSIVE = new Set(['ADP', 'ADV', 'ADJ']);

/** "A video viewed more than 600,000 times claimed": a past participle with no object, describing the noun before it. */
function isPassiveParticiple(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return PAST_PARTICIPLE.test(tokens[k]?.lower ?? '') && AFTER_PASSIVE.has(next?.pos ?? '') && next?.lower !== 'to';
}

/** A verb at `k` that is no participle or infinitive. */
function finiteAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return isVerb(t) && !t?.lower.endsWith('ing') && tokens[k - 1]?.lower !== 'to';
}

/** "One of them", "Two of the nurses": past the whole a part at [start, end) is taken from, or `end`. */
function wholeAfterPart(tokens: Token[], start: number, end: number, i: number): number {
  if (end === start || tokens[end]?.lower !== 'of') return end;
  if (tokens[end + 1]?.pos === 'PRON') return end + 2;
  const whole = nounPhraseEndAfter(tokens, end + 1, i);
  return whole > end + 1 ? whole : end;
}

/** ", broadcast on ...,", ", who asked not to be named,": a participle or a relative clause set off by commas. */
function opensAside(tokens: Token[], k: number): boolean {
  return opensParticiple(tokens, k) || RELATIVE_PRONOUNS.has(tokens[k]?.lower ?? '');
}

/** "broadcast on", "posted to": a participle, which the tagger may read as a noun when a preposition follows. */
function opensParticiple(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t?.pos === 'VERB' || (t?.pos === 'NOUN' && tokens[k + 1]?.pos === 'ADP');
}

function hasComma(tokens: Token[], a: number, b: number): boolean {
  return commaAfter(tokens, a, b) < b;
}

/** Most tokens of an aside between a cue and its quote: ", and I quote,". */
const ASIDE_REACH = 5;

/** The comma closing a short aside that opens at comma `j` and runs up to a quote mark; else `j`. */
function asideBeforeQuote(tokens: Token[], j: number): number {
  for (let k = j + 1; k <= Math.min(tokens.length - 2, j + ASIDE_REACH + 1); k++) {
    const t = tokens[k] as Token;
    if (t.text === ',') return k > j + 1 && isQuote(tokens[k + 1]) ? k : j;
    if (isQuote(t) || t.text === '.' || t.text === ';') return j;
  }
  return j;
}

const CITING = new Set(['citing', 'quoting']);
const CITED_RELATIVES = new Set(['who', 'whom', 'which']);
/** Most tokens of a ", citing X," aside: "citing two people familiar with the matter". */
const CITING_REACH = 12;

/** The comma closing a ", citing X," aside that starts at `from`, when "that" follows it; or -1. */
function citationEnd(tokens: Token[], from: number): number {
  // "citing a corrections officer who asked not to be named": the source's own relative clause.
  let relative = false;
  for (let k = from; k < Math.min(tokens.length, from + CITING_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.text === ',') return tokens[k + 1]?.lower === COMPLEMENTISER ? k : -1;
    // 'citing a "source at Greater Manchester Police", that': a source quoted as the outlet wrote it.
    if (isQuote(t) && k > from) continue;
    relative ||= k > from && CITED_RELATIVES.has(t.lower);
    if (isQuote(t) || t.text === ';' || t.text === '.' || (isVerb(t) && !relative)) return -1;
  }
  return -1;
}

/**
 * "Noting that both Reagan and Trump battled the media, Schlafly put her finger on ...": a
 * participle cue opening the sentence reports what the main clause's subject said.
 */
function openingParticiple(tokens: Token[], i: number): Found | null {
  const cue = tokens[i] as Token;
  if (i !== 0 || !PARTICIPLE_CUES.has(cue.lower) || tokens[i + 1]?.lower !== COMPLEMENTISER) return null;
  for (let k = i + 2; k < tokens.length; k++) {
    if (tokens[k]?.text !== ',') continue;
    const subject = subjectAt(tokens, k + 1, tokens.length);
    if (!subject || !isVerb(tokens[subject[1]])) continue;
    const contents = splitContents(tokens, i + 2, k);
    return contents.length ? { cue: cue.text, source: subject, contents, kind: 'reported' } : null;
  }
  return null;
}

/** "As the paper noted, it is surprising because ...": the cue's subject says what follows the comma. */
function asNoted(tokens: Token[], i: number): Found | null {
  const cue = tokens[i] as Token;
  // "As reported by Western Journalism, P": the agent after "by" says what follows the comma.
  if (tokens[0]?.lower === 'as' && i === 1 && tokens[2]?.lower === 'by') {
    const end = nounPhraseEndAfter(tokens, 3, Math.min(tokens.length, 3 + AS_NOTED_REACH));
    if (end === 3 || tokens[end]?.text !== ',') return null;
    const contents = splitContents(tokens, end + 1, clauseEnd(tokens, end + 1));
    return contents.length ? { cue: cue.text, source: [3, end], contents, kind: 'reported' } : null;
  }
  if (tokens[0]?.lower !== 'as' || tokens[i + 1]?.text !== ',' || i > AS_NOTED_REACH) return null;
  const subject = subjectAt(tokens, 1, i);
  if (!subject || subject[1] !== i) return null;
  const contents = splitContents(tokens, i + 2, clauseEnd(tokens, i + 2));
  return contents.length ? { cue: cue.text, source: subject, contents, kind: 'reported' } : null;
}

/** Most tokens between ", as" and the cue: ", as some Republican leaders in the state have taken to saying". */
const AS_CLAUSE_REACH = 10;

/**
 * "P, as some Republican leaders in the state have taken to saying.", "P, as the president noted in
 * his speech.": the clause before ", as" is what the speaker after it said.
 */
function asClause(tokens: Token[], i: number, lo: number, from: number): Found | null {
  let k = from - 1;
  while (k > lo && i - k <= AS_CLAUSE_REACH && tokens[k]?.lower !== 'as') {
    if (!isNounPhraseToken(tokens[k]) && tokens[k]?.pos !== 'ADP') return null;
    k--;
  }
  if (tokens[k]?.lower !== 'as' || tokens[k - 1]?.text !== ',' || k + 1 >= i) return null;
  const contents = splitContents(tokens, skipLead(tokens, lo, k - 1), k - 1);
  const source: [number, number] = [k + 1, nounPhraseEndAfter(tokens, k + 1, i)];
  return contents.length && source[1] > source[0] ? { cue: (tokens[i] as Token).text, source, contents, kind: 'reported' } : null;
}

/** How far into a sentence "As X noted," may reach. */
const AS_NOTED_REACH = 10;

/** Auxiliaries that open an imperative as well as a predicate ('"Do not let the perfect be the enemy"'). */
const DO_AUXILIARIES = new Set(['do', "don't", 'don\u2019t', 'does', 'did']);

/**
 * 'Nothing the president said "will assuage people's fears," the senator said.': the cue sits in a clause
 * describing the noun before its subject, and the quote it runs into opens on that sentence's own verb.
 */
function quotesSentencePredicate(tokens: Token[], subject: Subject, open: number): boolean {
  const head = tokens[subject.start - 1];
  const first = tokens[open + 1];
  return !!head && (head.pos === 'NOUN' || head.pos === 'PRON') && first?.pos === 'AUX' && !DO_AUXILIARIES.has(first.lower);
}

/**
 * "Megyn Kelly, who he claims has been unfair to him", "a video that it said showed smoke": the cue
 * sits in a relative clause and what was said is the rest of it, its subject the antecedent.
 */
function relativeGap(tokens: Token[], subject: Subject, j: number): boolean {
  const relative = tokens[subject.start - 1];
  const antecedent = tokens[subject.start - 2];
  const verb = tokens[j];
  if (!relative || !antecedent || !verb || subject.end - subject.start > 3) return false;
  if (!RELATIVE_PRONOUNS.has(relative.lower) || !(antecedent.pos === 'NOUN' || antecedent.pos === 'PROPN' || antecedent.text === ',')) return false;
  return verb.pos === 'AUX' || (verb.pos === 'VERB' && !verb.lower.endsWith('ing'));
}

/**
 * "A video that users said showed P", "a video that its poster said showed P": a cue followed (past
 * the day it was said) by a verb with no subject of its own sits in a relative clause, and its speaker
 * is the short phrase after the relative word, not the antecedent taken in with it.
 */
function gapSubject(tokens: Token[], subject: Subject | null, i: number): Subject | null {
  // "a leak that officials said on Wednesday had not happened": the day it was said stands between.
  const verb = tokens[afterTimePhrase(tokens, i + 1)];
  if (!subject || !isVerb(verb) || verb?.lower.endsWith('ing')) return subject;
  for (let r = Math.max(subject.start, subject.end - GAP_SUBJECT_WORDS - 1); r < subject.end - 1; r++) {
    const relative = tokens[r] as Token;
    const antecedent = tokens[r - 1];
    if (RELATIVE_PRONOUNS.has(relative.lower) && antecedent && (antecedent.pos === 'NOUN' || antecedent.pos === 'PROPN')) {
      return { start: r + 1, end: subject.end, fromClause: subject.fromClause };
    }
  }
  return subject;
}

/** Most words of a speaker inside a relative clause: "its poster", "social media users". */
const GAP_SUBJECT_WORDS = 3;

/**
 * "reports of a leak that officials said on Wednesday had not happened": is the relative word before
 * `from` followed by a short speaker, a cue and a verb with no subject of its own? Then the clause is
 * that speaker's word on the noun, not the noun's content.
 */
export function speakersGapAfter(tokens: Token[], from: number): boolean {
  for (let k = from + 1; k <= from + GAP_SUBJECT_WORDS; k++) {
    const cue = tokens[k];
    if (!isVerb(cue)) continue;
    const verb = tokens[afterTimePhrase(tokens, k + 1)];
    return cue?.pos === 'VERB' && CLAUSE_CUES.has(cue.lower) && isVerb(verb) && !verb?.lower.endsWith('ing');
  }
  return false;
}

/**
 * "The man who she said had attacked her was arrested": the main clause's auxiliary after a noun
 * ends what was said. Only an auxiliary: the tagger reads nouns as verbs too often ("sparks", "vent").
 * "The senator, who aides said was recovering from surgery, missed the vote": so does the comma
 * closing the relative clause.
 */
export function mainVerbAfterGap(tokens: Token[], from: number, end: number): number {
  for (let k = from + 2; k < end; k++) {
    const prev = tokens[k - 1] as Token;
    const aux = tokens[k] as Token;
    if (aux.text === ',') return k;
    // "showed Delgado being helped off the stage": a non-finite auxiliary belongs to what was said.
    const object = prev.pos === 'NOUN' || prev.pos === 'PROPN' || OBJECT_PRONOUNS.has(prev.lower);
    if (aux.pos === 'AUX' && !NON_FINITE_AUXILIARIES.has(aux.lower) && object) return k;
    // "A photo that users claimed showed P in fact shows Q": the main verb after a word setting the record straight.
    const straight = aux.lower === 'actually' ? k + 1 : aux.lower === 'in' && tokens[k + 1]?.lower === 'fact' ? k + 2 : -1;
    if (straight > 0 && (tokens[straight]?.pos === 'VERB' || tokens[straight]?.pos === 'AUX')) return k;
  }
  return end;
}

const OBJECT_PRONOUNS = new Set(['her', 'him', 'them', 'it', 'us', 'me']);

const NON_FINITE_AUXILIARIES = new Set(['being', 'been', 'be', 'having']);

/**
 * "tweeted his observations of the rally", "tweeted out Trump's praise of Boyle": a noun of saying
 * as the object is what was said, with its "of"/"about" phrase; or null.
 */
function speechObject(tokens: Token[], cue: Token, j: number, end: number): [number, number] | null {
  if (!SPEECH_OBJECT_CUES.has(cue.lower)) return null;
  const from = tokens[j]?.lower === 'out' ? j + 1 : j;
  let e = nounPhraseEndAfter(tokens, from, end);
  // The head comes before any "of" the phrase took in: "observations of the rally".
  let head = from;
  while (head + 1 < e && tokens[head + 1]?.pos !== 'ADP') head++;
  if (e === from || !SPEECH_OBJECTS.has(tokens[head]?.lower ?? '')) return null;
  if (TOPIC_PREPOSITIONS.has(tokens[e]?.lower ?? '') || tokens[e]?.lower === 'on') e = nounPhraseEndAfter(tokens, e + 1, end);
  return wordCount(tokens, from, e) >= MIN_CONTENT_WORDS ? [from, e] : null;
}

/** "The group issued a statement saying P": the statement's issuer, not the statement, says P. */
function issuerOf(tokens: Token[], subject: Subject | null, lo: number): Subject | null {
  if (!subject) return null;
  const head = tokens[subject.end - 1];
  const verb = subject.start - 1;
  if (!head || !DOCUMENT_NOUNS.has(head.lower) || tokens[verb]?.pos !== 'VERB' || modifiesDocument(tokens, verb, lo)) return subject;
  return subjectBefore(tokens, verb, lo) ?? subject;
}

/** Participles by which a report or rumour went out through someone: "broadcast on a local radio station". */
const CARRYING_PARTICIPLES = new Set(['broadcast', 'aired', 'spread', 'posted', 'published', 'carried', 'circulated', 'shared']);
const CARRYING_LINKS = new Set(['on', 'by']);
/** "minutes after": a length of time that ends the carrier's phrase and opens a time clause. */
const DURATION_NOUNS = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks']);

/**
 * "The first reports, broadcast on a local radio station, said P", "A second rumor, spread on a podcast's
 * Instagram account, suggested P": a report set apart with one particular carrier (a determiner opens it;
 * "spread on social media" names none) is that carrier's word.
 */
function carrierOf(tokens: Token[], subject: Subject | null): Subject | null {
  if (!subject) return subject;
  const head = nounPhraseEndAfter(tokens, subject.start, subject.end);
  const participle = head + 1;
  const opens = tokens[participle + 2];
  if (!isRumourWord(tokens[head - 1]?.lower ?? '') || tokens[head]?.text !== ',' || !CARRYING_PARTICIPLES.has(tokens[participle]?.lower ?? '')) return subject;
  if (!CARRYING_LINKS.has(tokens[participle + 1]?.lower ?? '') || opens?.pos !== 'DET') return subject;
  let end = nounPhraseEndAfter(tokens, participle + 2, tokens.length);
  while (end > participle + 3 && DURATION_NOUNS.has(tokens[end - 1]?.lower ?? '')) end--;
  return { start: participle + 2, end, fromClause: subject.fromClause };
}

/** Most tokens of the name set off after a remarking speaker: ", Ellen Ruddock,". */
const REMARKER_NAME_REACH = 8;

/**
 * ', a fact Brannigan's lawyer, Ellen Ruddock, said "tells you ..."': a noun summing up what came before,
 * with a speaker's clause on it (no relative word), is that speaker's remark, not more of the content.
 */
function remarkedOnBy(tokens: Token[], n: number, end: number): boolean {
  if (tokens[n]?.pos !== 'DET' || tokens[n + 1]?.pos !== 'NOUN') return false;
  let e = nounPhraseEndAfter(tokens, n + 2, end);
  if (!opensOwnPhrase(tokens, n + 2, e)) return false;
  const named = tokens[e]?.text === ',' ? appositiveEnd(tokens, e + 1, end, REMARKER_NAME_REACH) : -1;
  if (named > 0) e = named + 1;
  const verb = tokens[e];
  return !!verb && verb.pos === 'VERB' && CLAUSE_CUES.has(verb.lower);
}

/** Does [a, b) open a noun phrase of its own after a noun: a determiner ("the mayor"), a possessive ("his lawyer", "Brannigan's lawyer")? */
function opensOwnPhrase(tokens: Token[], a: number, b: number): boolean {
  const first = tokens[a];
  if (b <= a || !first) return false;
  if (first.pos === 'DET' || POSSESSIVE_PRONOUNS.has(first.lower)) return true;
  for (let k = a + 1; k < b; k++) if (POSSESSIVE_MARKS.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/** "One widely shared post", "A leaked memo": a participle after a determiner or a number (and adverbs) qualifies the document; no one issues it. */
function modifiesDocument(tokens: Token[], verb: number, lo: number): boolean {
  let k = verb - 1;
  while (k >= lo && tokens[k]?.pos === 'ADV') k--;
  return k < lo || tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'NUM';
}

/** Does [a, b) have a verb of its own, outside relative clauses ("X, a Republican who has refused to ...")? */
function hasMainVerb(tokens: Token[], a: number, b: number): boolean {
  let relative = false;
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',') relative = false;
    else if (RELATIVE_WORDS.has(t.lower) && (t.pos === 'PRON' || t.pos === 'DET')) relative = true;
    // "The post, written by a Columbus mother, said": a participle phrase set off by commas describes the subject.
    else if (tokens[k - 1]?.text === ',' && tokens[k + 1]?.lower === 'by' && t.pos === 'VERB') relative = true;
    else if (!relative && isVerb(t)) return true;
  }
  return false;
}

/** "a message saying P and apologising for Q": where a second participle of the same doer starts in [from, end), or `end`. */
function nextParticipleAt(tokens: Token[], from: number, end: number): number {
  for (let k = from + 1; k < end - 1; k++) {
    const next = tokens[k + 1] as Token;
    if (tokens[k]?.lower === 'and' && next.pos === 'VERB' && next.lower.endsWith('ing')) return k;
  }
  return end;
}

/** "claimed to have seen the minister", "claiming to have taken the files": the claim in the infinitive after the cue at `i`. */
function claimsInfinitive(tokens: Token[], i: number): boolean {
  return CLAIM_VERBS.has(tokens[i]?.lower ?? '') && tokens[i + 1]?.lower === 'to' && isVerb(tokens[i + 2]);
}

/** "a tweet claiming ...", "a report saying ...": a participle cue right after its noun, with no comma. */
function isReducedRelative(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !!prev && (tokens[i] as Token).lower.endsWith('ing') && (prev.pos === 'NOUN' || prev.pos === 'PROPN');
}

const GROUP_LINKS = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'whom', 'because', 'if', 'when', 'while', 'as', 'than', ',']);

/** Verbs of what data show, which take a clause as cues do: "FBI data showed violent crime had risen". */
const SHOWING_VERBS = new Set(['show', 'shows', 'showed', 'shown']);

/** Does the active verb at `k` take a clause of its own ("said", "found", "showed"; not "had been found")? */
function takesClause(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const passive = BE_FORMS.has(tokens[k - 1]?.lower ?? '');
  return !!t && t.pos === 'VERB' && !passive && (CLAUSE_CUES.has(t.lower) || FINDING_CUES.has(t.lower) || SHOWING_VERBS.has(t.lower));
}

/**
 * Where a second finite verb group starts in [from, end) with nothing linking it to the first, or `end`;
 * after a verb that takes a clause ("saying FBI data showed crime had risen"), the clause's own verb is no second group.
 */
export function secondVerbGroup(tokens: Token[], from: number, end: number): number {
  let seen = false;
  let complement = false;
  for (let k = from; k < end; k++) {
    const t = tokens[k] as Token;
    // 'saying it had "relied on ..."': a quote opening inside the verb group does not break it.
    const prev = tokens[isQuote(tokens[k - 1]) ? k - 2 : k - 1];
    // "a burned-out truck": a participle after a determiner describes a noun; "slow-walked" is one word.
    const finite = (t.pos === 'AUX' || t.pos === 'VERB') && !t.lower.endsWith('ing') && prev?.lower !== 'to' && prev?.pos !== 'DET' && prev?.text !== '-';
    const startsGroup = (finite && !(prev && (prev.pos === 'AUX' || prev.pos === 'ADV' || prev.pos === 'PART'))) || mistaggedVerbAfter(tokens, k);
    if (!startsGroup) {
      if (seen && takesClause(tokens, k)) complement = true;
      continue;
    }
    if (seen && complement) {
      complement = false;
      continue;
    }
    if (seen && prev && !GROUP_LINKS.has(prev.lower)) return k;
    complement = takesClause(tokens, k);
    seen = true;
  }
  return end;
}

/** Passive participles that still take an object: "had been given free tickets". */
const DOUBLE_OBJECT_PARTICIPLES = new Set(['given', 'offered', 'handed', 'shown', 'promised', 'awarded', 'granted', 'paid', 'sent', 'told', 'denied', 'lent', 'owed', 'charged', 'named']);

/**
 * "a student had been shot sent hundreds of parents racing": a word the tagger read as an adjective,
 * right after a passive participle and before a noun phrase, is the next clause's verb: a passive
 * takes no object ("had held secret talks" is active, "shot dead", "found guilty of" are no object).
 */
function mistaggedVerbAfter(tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const participle = tokens[k - 1];
  const object = tokens[k + 1];
  const passive = participle?.pos === 'VERB' && BE_FORMS.has(tokens[k - 2]?.lower ?? '') && !DOUBLE_OBJECT_PARTICIPLES.has(participle.lower);
  return t.pos === 'ADJ' && passive && !!object && (object.pos === 'NOUN' || object.pos === 'DET' || object.pos === 'NUM');
}

/** Backward: P, X said. / "P," X said on Sunday. */
function backward(
  tokens: Token[],
  i: number,
  lo: number,
  subject: { start: number; end: number; fromClause: boolean },
  end: number,
  afterQuote = false,
): Found | null {
  const cue = tokens[i] as Token;
  // ", he told regents,": the tag runs past the one it was told to.
  const tagEnd = RECIPIENT_CUES.has(cue.lower) ? recipientEnd(tokens, i + 1) : i + 1;
  const next = tokens[tagEnd];
  const before = tokens[subject.start - 1];
  // "the editor, who writes under the name X,": a relative clause describing the subject reports nothing before it.
  if (RELATIVE_WORDS.has(tokens[i - 1]?.lower ?? '')) return null;
  if (!subject.fromClause && before && (before.text === ',' || isQuote(before))) {
    let restHasClause = false;
    for (let k = tagEnd; k < end && tokens[k]?.text !== ','; k++) {
      const t = tokens[k];
      if (t?.pos === 'VERB' && !t.lower.endsWith('ing')) restHasClause = true;
    }
    if (afterQuote || !restHasClause || next?.text === ',') {
      const contents = contentBefore(tokens, lo, subject.start);
      // ", he said," in the middle: the whole clause around it is the content.
      // Not after a closing quote: '"P," the former president said, going on to ...' says only P.
      if (next?.text === ',' && !isQuote(before) && wordCount(tokens, tagEnd, end) >= MIN_CONTENT_WORDS && !PARTICIPLE_CUES.has(tokens[tagEnd + 1]?.lower ?? '') && !SPEAKER_PARTICIPLES.has(tokens[tagEnd + 1]?.lower ?? '')) {
        const whole = trimRange(tokens, lo, end);
        return { cue: cue.text, source: [subject.start, subject.end], contents: [whole], kind: 'reported' };
      }
      // '"P," Smith said in an interview, "Q."': the quote resumes after the circumstance.
      const resumed = isQuote(before) ? resumedQuoteAfter(tokens, phraseEnd(tokens, i + 1)) : -1;
      if (resumed >= 0) return { cue: cue.text, source: [subject.start, subject.end], contents: joinedAcrossTag(tokens, contents, resumed), kind: 'reported' };
      if (contents.length) return { cue: cue.text, source: [subject.start, subject.end], contents, kind: 'reported' };
    }
  }
  return null;
}

/** What may follow an owner's pronoun in a recipient: "its followers", "her 12,000 subscribers", "his new staff". */
const RECIPIENT_HEADS = new Set(['NOUN', 'NUM', 'ADJ']);

/** End of the recipient after "told": "told reporters", "told the BBC", "told him" — a determiner opens the content. */
function recipientEnd(tokens: Token[], j: number): number {
  const first = tokens[j];
  if (!first || first.lower === COMPLEMENTISER) return j;
  // "told its 2.3 million followers that P": an owner's pronoun opens the recipient, "told her that P" is all of it.
  const owner = POSSESSIVE_PRONOUNS.has(first.lower) && RECIPIENT_HEADS.has(tokens[j + 1]?.pos ?? '');
  if (first.pos === 'PRON' && !owner) return j + 1;
  let k = j + 1;
  while (k < tokens.length && isNounPhraseToken(tokens[k]) && tokens[k]?.pos !== 'DET' && tokens[k]?.pos !== 'PRON') k++;
  const end = nounPhraseEndAfter(tokens, j, k);
  return quotedTitleEnd(tokens, contentSubjectStart(tokens, j, end));
}

/**
 * "told The Sun officers estimated P": a verb right after the recipient has the common nouns after
 * the name for its subject, so the recipient ends with the name; else `end`.
 */
function contentSubjectStart(tokens: Token[], j: number, end: number): number {
  const verb = tokens[end];
  if (!verb || !(verb.pos === 'AUX' || (verb.pos === 'VERB' && !verb.lower.endsWith('ing')))) return end;
  let k = end;
  while (k - 1 > j && !isCapitalised(tokens[k - 1]?.text ?? '') && (tokens[k - 1]?.pos === 'NOUN' || tokens[k - 1]?.pos === 'ADJ' || tokens[k - 1]?.pos === 'NUM')) k--;
  const name = tokens[k - 1];
  return k < end && !!name && name.pos !== 'DET' && isCapitalised(name.text) ? k : end;
}

/** Most tokens of a programme's quoted title after its channel: told Fox News' "Hannity" that. */
const TITLE_REACH = 6;

/** After a recipient, a quoted programme title followed by "that" belongs to the recipient: where it ends, or `at`. */
function quotedTitleEnd(tokens: Token[], at: number): number {
  if (!isQuote(tokens[at])) return at;
  for (let k = at + 1; k < Math.min(tokens.length - 1, at + TITLE_REACH); k++) {
    if (!isQuote(tokens[k])) continue;
    // 'told CNN's "State of the Union" on Sunday that P': a short time phrase may stand before "that".
    for (let m = k + 1; m < Math.min(tokens.length, k + 1 + TITLE_REACH); m++) {
      const t = tokens[m] as Token;
      if (t.lower === COMPLEMENTISER) return k + 1;
      if (isVerb(t) || t.pos === 'PUNCT' || t.pos === 'AUX') return at;
    }
    return at;
  }
  return at;
}

/** Does the content open with a nominal claim ("an allegation by X that", "Y's claim that")? It is X's, not the subject's. */
function opensWithNominal(tokens: Token[], j: number, end: number): boolean {
  for (let k = j; k < Math.min(end, j + 6); k++) {
    const t = tokens[k];
    if (!t || t.text === ',') return false;
    if ((NOMINAL_CUES.has(t.lower) || REPORT_NOUNS.has(t.lower)) && (t.pos === 'NOUN' || t.pos === 'PROPN')) {
      const next = tokens[k + 1]?.lower;
      return next === 'by' || next === COMPLEMENTISER;
    }
  }
  return false;
}

const HEADLINE_BREAKS = new Set(['as', 'while', 'amid', 'after', 'despite', 'but', 'though', 'although', ',', ';', ':']);

function headlineObjectEnd(tokens: Token[], j: number, end: number): number {
  for (let k = j + 1; k < end; k++) if (HEADLINE_BREAKS.has(tokens[k]?.lower ?? '')) return k;
  return end;
}

const CLAUSE_LINKS = new Set(['but', 'and', 'while', 'whereas', 'though', 'although', 'yet']);

/**
 * Where another reporting clause takes over inside a sentence: "..., but the Pentagon said ...",
 * or the same speaker's second cue "..., but he warned that ...", "..., but said ..." (a claim of its own).
 */
export function nextSpeakerAt(tokens: Token[], from: number, end: number): number {
  for (let k = from + 1; k < end; k++) {
    // "acknowledged that P but said Q": the same subject's second cue, without a comma.
    const next = tokens[k + 1];
    if (tokens[k]?.lower === 'but' && next && CLAUSE_CUES.has(next.lower) && next.pos === 'VERB') return k;
    // "said P and warned that Q", "said P and accused her office of Q": a second cue of the subject's
    // own, known by what it takes ("that", "of"); "and said nothing" may be the content's.
    if (tokens[k]?.lower === 'and' && next && CLAUSE_CUES.has(next.lower) && next.pos === 'VERB' && takesClaim(tokens, k + 2)) return k;
    // 'wrote that P and called the complaint "a stunt"': the naming is the subject's own second claim.
    if (tokens[k]?.lower === 'and' && next && NAMING_CUES.has(next.lower) && next.pos === 'VERB' && !isQuoted(tokens, from, k) && quoteWithin(tokens, k + 2)) return k;
    if (tokens[k]?.text !== ',') continue;
    // 'that P had "done Q," and its chairman said R': the quote the comma closes.
    let n = quoteClosedAfter(tokens, k) ? k + 2 : k + 1;
    if (remarkedOnBy(tokens, n, end)) return k;
    // ", saying that ...": the speaker's next claim, found on its own.
    if (PARTICIPLE_CUES.has(tokens[n]?.lower ?? '') && tokens[n]?.pos === 'VERB') return k;
    if (!CLAUSE_LINKS.has(tokens[n]?.lower ?? '')) continue;
    n++;
    const first = tokens[n];
    if (!first) continue;
    if (first.pos === 'PRON' && pronounCueAt(tokens, n)) return k;
    // "confirmed that P, but said Q": the same subject's second cue.
    if (CLAUSE_CUES.has(first.lower) && first.pos === 'VERB') return k;
    const npEnd = pastParticipleModifier(tokens, n, nounPhraseEndAfter(tokens, n, Math.min(end, n + 8)), end);
    // "and its chairman, Rep. X of Maryland, said": the speaker's name set off by commas.
    const named = tokens[npEnd]?.text === ',' ? appositiveEnd(tokens, npEnd + 1, end) : -1;
    const verb = tokens[named > 0 ? named + 1 : npEnd];
    // "..., but the government called the claim a fabrication": another side's answer, not the claim's.
    if (npEnd > n && verb && verb.pos === 'VERB' && (CLAUSE_CUES.has(verb.lower) || DENIAL_VERBS.has(verb.lower) || NAMING_CUES.has(verb.lower))) return k;
  }
  return end;
}

/** A participle ending "-ed" or "-en": "shared", "written". */
const PARTICIPLE_ENDING = /(?:ed|en)$/;

/**
 * "and one widely shared post said": a participle (with its adverbs) between a determiner and the noun it
 * describes is part of the noun phrase that began at `start` and stopped at `npEnd`; returns the phrase's end.
 */
function pastParticipleModifier(tokens: Token[], start: number, npEnd: number, end: number): number {
  if (npEnd === start) return npEnd;
  let m = npEnd;
  while (tokens[m]?.pos === 'ADV') m++;
  const participle = tokens[m];
  const noun = tokens[m + 1];
  if (!participle || participle.pos !== 'VERB' || !PARTICIPLE_ENDING.test(participle.lower) || !noun || (noun.pos !== 'NOUN' && noun.pos !== 'PROPN')) return npEnd;
  return nounPhraseEndAfter(tokens, m + 1, Math.min(end, m + 8));
}

/** Most tokens of the object between a naming cue and the quote it names it by: "called the Open Ledger complaint". */
const NAMED_OBJECT_REACH = 5;

/** Does a quote open within reach of `k`, before any comma or full stop? */
function quoteWithin(tokens: Token[], k: number): boolean {
  for (let m = k; m < Math.min(tokens.length, k + NAMED_OBJECT_REACH); m++) {
    const t = tokens[m] as Token;
    if (isQuote(t)) return true;
    if (t.text === ',' || t.text === '.') return false;
  }
  return false;
}

/** Does a cue's complement start at `k`: "that", or an object then "of" ("accused her office of")? */
function takesClaim(tokens: Token[], k: number): boolean {
  if (tokens[k]?.lower === COMPLEMENTISER) return true;
  // The first "of" after the object's own words: "accused the governor of hiding" (the phrase would run on through "of").
  let m = k;
  while (m < Math.min(tokens.length, k + COORDINATED_OBJECT_REACH) && tokens[m]?.lower !== 'of' && isNounPhraseToken(tokens[m])) m++;
  return m > k && tokens[m]?.lower === 'of';
}

/** Most tokens of the object between a coordinated cue and its "of": "accused the governor's office of". */
const COORDINATED_OBJECT_REACH = 5;

/** "he warned that", "she added": a subject pronoun right before a reporting verb. */
function pronounCueAt(tokens: Token[], n: number): boolean {
  let v = n + 1;
  while (tokens[v]?.pos === 'ADV') v++;
  const verb = tokens[v];
  return !!verb && CLAUSE_CUES.has(verb.lower) && verb.pos === 'VERB';
}

/** How many tokens a trailing ", people familiar with the talks said" may span. */
const RELAY_REACH = 10;

/** A speaker and cue closing the content [from, end) after a comma (", officials said"), or null. */
function relayedBy(tokens: Token[], from: number, end: number): { comma: number; source: [number, number] } | null {
  let last = end;
  while (last > from && (tokens[last - 1]?.text === '.' || isQuote(tokens[last - 1]))) last--;
  const cue = tokens[last - 1];
  if (!cue || cue.pos !== 'VERB' || !INVERTIBLE_CUES.has(cue.lower)) return null;
  for (let k = last - 2; k > from && last - k <= RELAY_REACH; k--) {
    if (tokens[k]?.text !== ',') continue;
    const npEnd = nounPhraseEndAfter(tokens, k + 1, last - 1);
    return npEnd === last - 1 && npEnd > k + 1 ? { comma: k, source: [k + 1, npEnd] } : null;
  }
  return null;
}

/**
 * Is there a ", X said" clause in [from, end), closing at a comma or the sentence's end, or an
 * ", according to X" ("before the lender disclosed losses ..., according to a report by X")?
 */
function saidByAnother(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    if (tokens[k]?.text !== ',') continue;
    if (tokens[k + 1]?.lower === 'according' && tokens[k + 2]?.lower === 'to') return true;
    const npEnd = nounPhraseEndAfter(tokens, k + 1, end);
    const cue = tokens[npEnd];
    const after = tokens[npEnd + 1];
    if (npEnd > k + 1 && cue?.pos === 'VERB' && INVERTIBLE_CUES.has(cue.lower) && (!after || after.text === ',' || after.text === '.')) return true;
  }
  return false;
}

/** How far a time or place phrase may run between a cue and its quote. */
const CIRCUMSTANCE_REACH = 20;

/**
 * "said in the spring, when the story broke, "I did not ..."": a phrase of time or place between
 * the cue and a quote opened after a comma; the quote's opening mark, or `from`.
 */
function quoteAfterCircumstance(tokens: Token[], from: number): number {
  const first = tokens[from];
  if (!first || !(first.pos === 'ADP' || first.pos === 'SCONJ' || TIME_WORDS.has(first.lower))) return from;
  for (let k = from + 1; k < Math.min(tokens.length - 1, from + CIRCUMSTANCE_REACH); k++) {
    const t = tokens[k] as Token;
    if (isQuote(t) || t.text === ';' || t.text === '.' || t.lower === COMPLEMENTISER) return from;
    if (t.text === ',' && OPEN_QUOTES.has(tokens[k + 1]?.text ?? '')) return k + 1;
  }
  return from;
}

/**
 * A colon that introduces a quote shortly after the cue, with no other verb on the way; or -1. A participle
 * after a determiner describes the statement ("said in an emailed statement:"), it is no verb of its own.
 */
function colonBeforeQuote(tokens: Token[], from: number): number {
  for (let k = from; k < Math.min(tokens.length - 1, from + THAT_WINDOW); k++) {
    const t = tokens[k] as Token;
    if (t.text === ':' && isQuote(tokens[k + 1])) return k;
    if ((isVerb(t) && tokens[k - 1]?.pos !== 'DET') || t.text === ',' || t.text === ';' || isQuote(t)) return -1;
  }
  return -1;
}

/** Content that precedes the source: the clause (or the quote) up to the comma or quote mark. */
function contentBefore(tokens: Token[], lo: number, sourceStart: number): Array<[number, number]> {
  let b = sourceStart;
  while (b > lo && !isWord(tokens[b - 1])) b--;
  let a = lo;
  // A quote that ends right before the source: take the quote, not what precedes it.
  const closing = tokens[sourceStart - 1];
  if (closing && isQuote(closing)) {
    // The quote may hold a dash or semicolon that opened the clause ("... busting a–," a source told).
    let k = sourceStart - 2;
    while (k >= 0 && !isQuote(tokens[k])) k--;
    a = k >= 0 ? k + 1 : lo;
    if (k >= lo && k > lo) {
      // Text before the opening quote belongs to the claim too ("Canberra "blocked ..."").
      const lead = skipLead(tokens, lo, k);
      if (lead < k && wordCount(tokens, lead, k) <= 4) a = lead;
    }
  } else a = afterLabel(tokens, skipLead(tokens, lo, b), b);
  return splitContents(tokens, a, b);
}

/** Most words of a live-blog label before its colon: "BREAKING:", "Update 3:", "10:42 a.m.:". */
const LABEL_WORDS = 3;

/**
 * 'BREAKING: Two people were shot, police say.', 'Update 2: The fire ...': a short label before a colon and a
 * capitalised clause heads the update, it is no part of what was said ("The rule is simple: P" keeps its verb).
 */
function afterLabel(tokens: Token[], a: number, b: number): number {
  for (let k = a; k < b && k <= a + LABEL_WORDS + 1; k++) {
    const t = tokens[k] as Token;
    if (t.text === ':') return k > a && wordCount(tokens, a, k) <= LABEL_WORDS && isCapitalised(tokens[k + 1]?.text ?? '') ? k + 1 : a;
    if (t.pos === 'AUX' || isQuote(t)) return a;
  }
  return a;
}

const CLAIM_VERBS = new Set(['claim', 'claims', 'claimed', 'claiming']);

/** Does a participle cue after a comma carry the claim on past token j: "claimed responsibility for P, saying Q"? */
function carriedOn(tokens: Token[], j: number): boolean {
  for (let k = j + 2; k < tokens.length; k++) if (tokens[k - 1]?.text === ',' && PARTICIPLE_CUES.has((tokens[k] as Token).lower)) return true;
  return false;
}

const CONFIRMING_VERBS = new Set(['confirm', 'confirms', 'confirmed']);
/** Most words between a confirmed figure and what it counts: "12 new cases", "three more deaths". */
const COUNT_MODIFIERS = 2;

/** "Health officials confirmed 12 new cases": a figure and the plural noun it counts, confirmed as an object. */
function confirmedCount(tokens: Token[], j: number): boolean {
  if (tokens[j]?.pos !== 'NUM' || CLOCK_WORDS.has(tokens[j + 1]?.lower ?? '')) return false;
  for (let k = j + 1; k <= j + 1 + COUNT_MODIFIERS; k++) {
    const t = tokens[k];
    if (t?.pos === 'NOUN') return t.lower.endsWith('s');
    if (!(t?.pos === 'ADJ' || t?.lower === 'more')) return false;
  }
  return false;
}

function objectContentOk(tokens: Token[], cue: Token, j: number, end: number, headline: boolean): boolean {
  if (CRITICISM_CUES.has(cue.lower)) return faultedFor(tokens, j);
  if (ESTIMATE_CUES.has(cue.lower)) return estimatedAt(tokens, j, end);
  if (CONFIRMING_VERBS.has(cue.lower) && confirmedCount(tokens, j)) return true;
  if (!OBJECT_CUES.has(cue.lower) && !headline) return false;
  // "claimed responsibility for the bombing" says the claimant did it, unless ", saying P" goes on to say what it claims.
  if (CLAIM_VERBS.has(cue.lower) && CLAIMED_ASSERTIONS.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'for') return !carriedOn(tokens, j);
  // In running text "claimed the winner", "claimed responsibility" alone take things, not assertions.
  if (CLAIM_VERBS.has(cue.lower) && !headline) return false;
  const objectEnd = nounPhraseEndAfter(tokens, j, end);
  if (objectEnd === j) return false;
  // The head noun decides: "claimed a 2-1 win" is no assertion, "claims record output" is.
  let head = objectEnd - 1;
  while (head > j && !(tokens[head]?.pos === 'NOUN' || tokens[head]?.pos === 'PROPN')) head--;
  if (NON_ASSERTION_OBJECTS.has(tokens[head]?.lower ?? '')) return false;
  if (!OBJECT_CUES.has(cue.lower)) return cue.lower === 'says' || cue.lower === 'claims' || cue.lower === 'claim';
  return !chargedByLikeness(tokens, j, end);
}

/** "each other", "one another", "the other": whom a charge falls on when two sides trade it. */
const RECIPROCALS = new Set(['each other', 'one another', 'the other']);

/**
 * "with each side accusing the other of misleading taxpayers": a charge the two sides trade sums up
 * a feud whose own claims the article gives; it names no one it falls on, so it is no claim of its own.
 */
function chargesEachOther(tokens: Token[], j: number): boolean {
  return tokens[j + 2]?.lower === 'of' && RECIPROCALS.has(`${tokens[j]?.lower ?? ''} ${tokens[j + 1]?.lower ?? ''}`);
}

/** Words by which a charge only points at another: "of a similar arrangement", "of the same", "of such tactics". */
const LIKENESS_WORDS = new Set(['similar', 'same', 'such', 'comparable', 'identical', 'like']);

/**
 * "accused a PAC in Arizona of a similar arrangement": a charge that only likens its object to
 * something told elsewhere states nothing that can be checked on its own.
 */
function chargedByLikeness(tokens: Token[], j: number, end: number): boolean {
  // The object may carry a place: "a PAC in Arizona of".
  let of = j;
  while (of < end && tokens[of]?.lower !== 'of' && (isNounPhraseToken(tokens[of]) || tokens[of]?.pos === 'ADP')) of++;
  if (of === j || tokens[of]?.lower !== 'of') return false;
  let k = of + 1;
  while (ARTICLES.has(tokens[k]?.lower ?? '')) k++;
  return LIKENESS_WORDS.has(tokens[k]?.lower ?? '') && !hasVerb(tokens, k, end);
}


const ARTICLES = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'every', 'each', 'any', 'some', 'no']);
const OWNERS = new Set(["'s", '\u2019s', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** "a racially charged argument", "Breitbart's reporting team", "the reported price": a participle describing a noun. */
function describesNoun(tokens: Token[], i: number): boolean {
  let p = i - 1;
  while (tokens[p]?.pos === 'ADV') p--;
  const prev = tokens[p]?.lower ?? '';
  const next = tokens[i + 1];
  return (ARTICLES.has(prev) || OWNERS.has(prev)) && !!next && (next.pos === 'NOUN' || next.pos === 'ADJ');
}

/**
 * "The unions claim the board broke the agreement": after a plural noun, the plain form of a cue
 * the tagger read as a noun is the verb when a clause with its own verb follows.
 */
function pluralSubjectsCue(tokens: Token[], i: number, subject: Token): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!VERB_LIKE_NOUNS.has(`${t.lower}s`) || !isPlural(headBeforeModifier(tokens, i - 1) ?? subject)) return false;
  if (closesTrailingTag(tokens, i)) return true;
  if (!next || !CLAUSE_OPENERS.has(next.lower)) return false;
  return hasVerb(tokens, i + 2, clauseEnd(tokens, i + 2));
}

/** Marks that may end a trailing tag: "P, critics claim." */
const TAG_CLOSERS = new Set(['.', ',', ';', '!']);

/** "The school was never told, parents claim.": a plural subject and its cue after a comma, closing the sentence or clause. */
function closesTrailingTag(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next && !TAG_CLOSERS.has(next.text)) return false;
  const before = nounPhraseStartBefore(tokens, i, 0) - 1;
  return tokens[before]?.text === ',' || closesQuote(tokens, before);
}

/** A plural common noun: "messages", "unions". */
function isPlural(t: Token): boolean {
  return t.pos === 'NOUN' && t.lower.endsWith('s');
}

/** Most tokens of a prepositional phrase after a subject's head: 'in the "Millbrook Neighbours" WhatsApp group'. */
const MODIFIER_REACH = 10;

/** "Several messages in the WhatsApp group claim": the noun a prepositional phrase ending at `last` describes, or null. */
function headBeforeModifier(tokens: Token[], last: number): Token | null {
  for (let k = last; k > 0 && last - k < MODIFIER_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'ADP') return tokens[k - 1]?.pos === 'NOUN' ? (tokens[k - 1] as Token) : null;
    if (!isNounPhraseToken(t) && !isQuote(t)) return null;
  }
  return null;
}

/** Words that lead a time phrase only before a time noun: "this week", "late Tuesday", but "late payments". */
const TIME_MODIFIERS = new Set(['late', 'early', 'last', 'this', 'next']);

/**
 * "said Tuesday it would ...", "said this week the plan ...", "said Friday night P": past a time phrase
 * before the content, or `j`. Not when a verb follows it, as the phrase is then the content's subject
 * ("said this year would be the hardest").
 */
function pastSayingTime(tokens: Token[], j: number): number {
  const first = tokens[j]?.lower ?? '';
  const noun = TIME_NOUNS.has(tokens[j + 1]?.lower ?? '');
  if (TIME_MODIFIERS.has(first) ? !noun : !TIME_WORDS.has(first)) return j;
  const k = noun ? j + 2 : j + 1;
  return isVerb(tokens[k]) ? j : k;
}

/** Past "on Sunday" / "last week" after a cue ("alleged on Sunday that ..."): the index after it. */
function afterTimePhrase(tokens: Token[], i: number): number {
  const first = tokens[i]?.lower ?? '';
  if (first === 'on' && TIME_WORDS.has(tokens[i + 1]?.lower ?? '')) return i + 2;
  if (first === 'last' || first === 'this') return i + 2;
  return TIME_WORDS.has(first) ? i + 1 : i;
}

const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had', "'ve", '\u2019ve']);

/** Most tokens of the object between a criticism verb and its "for". */
const FAULTED_OBJECT_REACH = 8;

/** "blasted the FAA for taking six weeks": does an object at `j`, then "for" and a gerund, follow the verb? */
function faultedFor(tokens: Token[], j: number): boolean {
  const objectEnd = tokens[j]?.pos === 'PRON' ? j + 1 : nounPhraseEndAfter(tokens, j, Math.min(tokens.length, j + FAULTED_OBJECT_REACH));
  const gerund = tokens[objectEnd + 1];
  return objectEnd > j && tokens[objectEnd]?.lower === 'for' && !!gerund && gerund.lower.endsWith('ing') && isVerb(gerund);
}

/** 'X answered: "P"', "X answered that P": a cue only before the words it gives ("answered questions" is none). */
export const ANSWERING_CUES: ReadonlySet<string> = new Set(['answered', 'answers']);

function answersWith(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]?.pos === 'VERB' && !!next && (next.text === ':' || isQuote(next) || next.lower === COMPLEMENTISER);
}

/** "The statement read:", "the letter reads": how a document's own words are given. */
export const READING_CUES: ReadonlySet<string> = new Set(['read', 'reads']);
/** Most tokens between a document's noun and "read": "A statement from the firm read". */
const DOCUMENT_REACH = 6;

/**
 * 'A statement from the firm read: "P"': "read" takes a quote only after a document naming no reader.
 * An aside set off by commas between them is passed over ('The letter, signed by 40 doctors, reads:').
 */
function documentReads(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || !(next.text === ':' || next.text === ',' || isQuote(next))) return false;
  const before = (tokens[i - 1]?.text === ',' ? asideOpening(tokens, i - 1) : undefined) ?? i;
  for (let k = before - 1; k >= Math.max(0, before - DOCUMENT_REACH); k--) {
    const t = tokens[k] as Token;
    if (isVerb(t) || t.pos === 'PUNCT') return false;
    if (DOCUMENT_NOUNS.has(t.lower) && t.pos === 'NOUN') return true;
  }
  return false;
}

/** Most tokens of an aside between a subject and its verb: ", shared several hundred times in the past half hour,". */
const SUBJECT_ASIDE_REACH = 12;

/**
 * "A post from an account called @X, which has 40,000 followers, claims that P": a cue word ending in -s
 * right after an aside that closes on a noun's comma is that noun's verb, whatever the tagger made of it.
 */
export function verbPastAside(tokens: Token[], i: number): boolean {
  const open = tokens[i - 1]?.text === ',' ? asideOpening(tokens, i - 1, SUBJECT_ASIDE_REACH) : undefined;
  const owner = open === undefined ? undefined : tokens[open - 1];
  return !!owner && (owner.pos === 'NOUN' || owner.pos === 'PROPN') && (tokens[i] as Token).lower.endsWith('s') && tokens[i + 1]?.lower === COMPLEMENTISER;
}

/** The opening comma of the aside closed by the comma at `close`, if one opens within reach. */
function asideOpening(tokens: Token[], close: number, reach = DOCUMENT_REACH): number | undefined {
  for (let k = close - 2; k >= Math.max(0, close - reach - 1); k--) if (tokens[k]?.text === ',') return k;
  return undefined;
}

/** "The union" before "claims to" or "claims that": a noun ending a subject, which the tagger may read as an adjective after its determiner. */
export function endsSubjectNoun(tokens: Token[], p: number): boolean {
  const t = tokens[p];
  if (t?.pos === 'NOUN' || t?.pos === 'PROPN') return true;
  return t?.pos === 'ADJ' && tokens[p - 1]?.pos === 'DET' && lexiconTag(t.lower) === 'NOUN';
}

/** Words that date a possessed noun ("Dunmore's earlier post"), which the tagger may read as adverbs. */
const DATING_MODIFIERS = new Set(['earlier', 'later', 'latest', 'recent', 'previous', 'original', 'first', 'last', 'new']);

/**
 * "Dunmore's earlier post, shared widely, claimed ...": a cue after a name's possessive and a word that dates it is a
 * noun, whatever the tagger read ("McDonald's said", "McDonald's also said" name the company that speaks).
 */
function possessedNoun(tokens: Token[], i: number): boolean {
  const owner = tokens[i - 3];
  return (
    DATING_MODIFIERS.has(tokens[i - 1]?.lower ?? '') &&
    POSSESSIVE_MARKS.has(tokens[i - 2]?.lower ?? '') &&
    (owner?.pos === 'NOUN' || owner?.pos === 'PROPN')
  );
}

export function isCueVerb(tokens: Token[], i: number, headline: boolean): boolean {
  const t = tokens[i] as Token;
  if (FINDING_CUES.has(t.lower)) return t.pos === 'VERB' && tokens[i + 1]?.lower === COMPLEMENTISER;
  if (CRITICISM_CUES.has(t.lower)) return t.pos === 'VERB' && faultedFor(tokens, i + 1);
  if (ESTIMATE_CUES.has(t.lower)) return t.pos === 'VERB' && estimatedAt(tokens, i + 1, tokens.length);
  if (READING_CUES.has(t.lower)) return documentReads(tokens, i);
  if (ANSWERING_CUES.has(t.lower)) return answersWith(tokens, i);
  if (!CLAUSE_CUES.has(t.lower) || describesNoun(tokens, i) || possessedNoun(tokens, i)) return false;
  if (t.pos === 'VERB') return true;
  // "The Russian government claims that ...", "Farrow also alleged that ...": a verb the tagger
  // read as a noun or an adjective.
  let p = i - 1;
  // "has long accused": the tagger's adjective "long" between the auxiliary and the verb.
  while (tokens[p]?.pos === 'ADV' || (tokens[p]?.lower === 'long' && PERFECT_AUXILIARIES.has(tokens[p - 1]?.lower ?? ''))) p--;
  const next = tokens[i + 1];
  // "The opposition has alleged that ...": after a perfect auxiliary the participle is the verb ("has alleged victims" is not).
  if (next && PERFECT_AUXILIARIES.has(tokens[p]?.lower ?? '') && t.lower.endsWith('ed') && next.pos !== 'NOUN' && next.pos !== 'ADJ') return true;
  if (verbPastAside(tokens, i)) return true;
  // "The union claims to represent ...": a claim verb read as a plural noun after its subject, before an infinitive.
  if (t.lower.endsWith('s') && claimsInfinitive(tokens, i) && endsSubjectNoun(tokens, p)) return true;
  const prev = tokens[p];
  // "The United Party for National Development (UPND) alleged that ...": a bracketed short name ends the subject.
  if (!prev || !next || !(endsSubjectNoun(tokens, p) || prev.pos === 'PRON' || prev.text === ')')) return false;
  if (/(?:ed|s)$/.test(t.lower) && tokens[afterTimePhrase(tokens, i + 1)]?.lower === COMPLEMENTISER) return true;
  if (VERB_LIKE_NOUNS.has(t.lower) && (CLAUSE_OPENERS.has(next.lower) || isQuote(next) || next.text === ':')) return true;
  // "The Washington Times reports Beck will endorse ...": a name and its verb open the reported clause.
  if (VERB_LIKE_NOUNS.has(t.lower) && next.pos === 'PROPN' && isVerb(tokens[i + 2])) return true;
  if (pluralSubjectsCue(tokens, i, prev)) return true;
  return headline && (t.lower === 'says' || t.lower === 'claims' || t.lower === 'denies') && t.pos !== 'ADP';
}

