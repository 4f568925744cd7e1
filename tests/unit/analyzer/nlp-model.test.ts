// nlp.ts assembles wink-nlp's model from its parts (no deep copy, no named-entity or sentiment
// machines) to shorten the background's cold start. It must read text exactly as the packaged
// model does: same tokens, same parts of speech, same sentences.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/analyzer/nlp';
import { newsText } from '../../fixtures/bench/news';

const seed = readFileSync(fileURLToPath(new URL('../../fixtures/articles/seed-kursk.txt', import.meta.url)), 'utf8');
const unknownWords = `Zorblaxian's "Flimbergast" said the Quorvex plan would fail.\nIt was else's, Dr. Qwib said.`;

/** Tokens (without line breaks) and sentences as the packaged model gives them, in readText's shape. */
function packaged(text: string): { tokens: Array<[string, string]>; sentences: string[] } {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(nlp.its.pos) as string[];
  const tokens = values.map((v, i): [string, string] => [v, tags[i] ?? '']).filter(([v]) => v.trim() !== '');
  const sentences = (doc.sentences().out() as string[]).map((s) => s.replace(/\s+/g, ' ').trim());
  return { tokens, sentences };
}

function ours(text: string): { tokens: Array<[string, string]>; sentences: string[] } {
  const read = readText(text);
  const tokens = read.tokens.map((t): [string, string] => [t.text, t.pos]);
  const sentences = read.sentences.map((s) => {
    const first = read.tokens[s.first];
    const last = read.tokens[s.last - 1];
    return first && last ? text.slice(first.start, last.end).replace(/\s+/g, ' ').trim() : '';
  });
  return { tokens, sentences };
}

describe('the wink-nlp model as nlp.ts loads it', () => {
  it.each([
    ['the seed article', seed],
    ['generated news', newsText(1500, 3)],
    ['unknown words', unknownWords],
  ])('reads %s exactly as the packaged model does', (_, text) => {
    const expected = packaged(text);
    const got = ours(text);
    expect(got.tokens.length).toBeGreaterThan(10);
    expect(got.tokens).toEqual(expected.tokens);
    expect(got.sentences).toEqual(expected.sentences);
  });

  it('gives each token its text at its offsets', () => {
    const read = readText(seed);
    for (const t of read.tokens) expect(seed.slice(t.start, t.end)).toBe(t.text);
  });
});
