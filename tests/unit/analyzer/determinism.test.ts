import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { readText } from '../../../lib/analyzer/nlp';

const seed = readFileSync(fileURLToPath(new URL('../../fixtures/articles/seed-kursk.txt', import.meta.url)), 'utf8');

// Words the model does not know, with clitics and quote marks around them: the cases where a
// wink-nlp instance that had learned them from an earlier text would tokenize differently.
const other = `It was else's. "Zorblaxian's" claims were odd, Quorvex's spokesman said. Someone else's "Flimbergast" ` +
  `said the Quorvex plan would fail. The Zorblaxian ministry denied it.`;

describe('determinism', () => {
  it('gives identical claims for the same text, before and after reading other texts', () => {
    const first = analyze(seed);
    analyze(other);
    analyze(`${other}\n\n${seed.slice(0, 900)}`);
    const second = analyze(seed);
    expect(second).toEqual(first);
  });

  it('gives identical results for a text full of unknown words read twice', () => {
    const first = analyze(other);
    analyze(seed);
    expect(analyze(other)).toEqual(first);
  });

  it('tokenizes a text the same way whatever was read before', () => {
    // A shared wink-nlp instance splits "else's" into two tokens the first time and keeps it
    // whole once it has read "It was else's." elsewhere.
    const text = `Someone else's "Flimbergast" said the Quorvex plan would fail.`;
    const before = readText(text).tokens.map((t) => t.text);
    readText(`It was else's. "Zorblaxian's" claims were odd, Quorvex's spokesman said.`);
    expect(readText(text).tokens.map((t) => t.text)).toEqual(before);
  });

  it('gives the same id to the same claim text in different articles', () => {
    const a = analyze('The ministry said the bridge had been closed since Monday.');
    const b = analyze('Officials at the port said the bridge had been closed since Monday.');
    expect(a.claims[0]?.id).toBeDefined();
    expect(a.claims[0]?.id).toBe(b.claims[0]?.id);
  });
});
