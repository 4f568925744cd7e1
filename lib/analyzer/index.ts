// The claim analyzer: text in, claims out. Pure and deterministic; runs in the background
// worker, in Node and in tests. The stages, one module each, in order:
//   sentences.ts → attributions.ts (reported-speech.ts, quotes.ts) → asserters.ts → sides.ts →
//   responses.ts → status.ts → claims.ts
// with nlp.ts (the one wink-nlp wrapper), discourse.ts (who the article has named so far),
// side-names.ts (country and alias tables), gender.ts (he/she agreement) and data/*.json (alias
// table, cue lexicons, gender markers).
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

export function analyze(text: string): Analysis {
  const language = detectLanguage(text);
  if (!ANALYZED_LANGUAGES.has(language)) {
    return { language, analyzed: false, reason: `not analyzed: language ${language}`, claims: [] };
  }
  if (text.trim() === '') return { language, analyzed: true, claims: [] };
  const sentences = splitSentences(text);
  const discourse = new Discourse(text, sentences);
  const attributions = findAttributions(sentences);
  const resolver = new AsserterResolver(text, discourse);
  const attributed = resolveAsserters(sentences, attributions, resolver);
  // Introductions ("X answered:") only lend their speaker to the quote that follows.
  const asserted = attributed.filter((a) => a.attribution.kind !== 'introduction');
  const responses = findResponses(sentences, resolver, asserted);
  const linked = linkResponses(text, asserted, responses);
  return { language, analyzed: true, claims: buildClaims(text, asserted, linked) };
}
