// The claim analyzer: text in, claims out. Pure and deterministic; runs in the background
// worker, in Node and in tests. The stages, one module (or folder) each, in order:
//   sentences.ts → attributions.ts (reported-speech.ts, quotes.ts) → asserters.ts → sides/ →
//   responses/ → status.ts → claims.ts
// with nlp.ts (the one wink-nlp wrapper), discourse.ts (who the article has named so far),
// side-names.ts (country and alias tables), gender.ts (he/she agreement), written-order.ts (a
// live blog's updates in the order written, for responses/) and data/*.json (alias table, cue
// lexicons, gender markers, response phrases and synonym acts).
import type { Analysis } from './types';
import { detectLanguage } from './language';
import { splitSentences } from './sentences';
import { findAttributions } from './attributions';
import { AsserterResolver, resolveAsserters } from './asserters';
import { Discourse } from './discourse';
import { findResponses, linkResponses } from './responses';
import { buildClaims } from './claims';

export type { Analysis, Claim, ClaimResponse, Party, Status, Stance, Occurrence } from './types';

const ANALYZED_LANGUAGES = new Set(['en', 'und']);

/** The stages in order; a clock passed to analyze() is told each one as it ends. */
export type Stage = 'language' | 'sentences' | 'attributions' | 'discourse' | 'asserters' | 'responses' | 'links' | 'claims';
export type StageClock = (ended: Stage) => void;

export function analyze(text: string, clock: StageClock = () => {}): Analysis {
  const language = detectLanguage(text);
  clock('language');
  if (!ANALYZED_LANGUAGES.has(language)) {
    return { language, analyzed: false, reason: `not analyzed: language ${language}`, claims: [] };
  }
  if (text.trim() === '') return { language, analyzed: true, claims: [] };
  const sentences = splitSentences(text);
  clock('sentences');
  const attributions = findAttributions(sentences);
  clock('attributions');
  // No attribution, no claim: recipes, sports results and junk skip the later stages.
  if (attributions.length === 0) return { language, analyzed: true, claims: [] };
  const discourse = new Discourse(text, sentences);
  const resolver = new AsserterResolver(text, discourse);
  clock('discourse');
  const attributed = resolveAsserters(sentences, attributions, resolver);
  // Introductions ("X answered:") only lend their speaker to the quote that follows.
  const asserted = attributed.filter((a) => a.attribution.kind !== 'introduction');
  clock('asserters');
  const responses = findResponses(sentences, resolver, asserted);
  clock('responses');
  const linked = linkResponses(text, asserted, responses);
  clock('links');
  const claims = buildClaims(text, asserted, linked);
  clock('claims');
  return { language, analyzed: true, claims };
}
