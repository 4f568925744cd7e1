// The analyzer's JSON data (alias tables, cue and response lexicons) is edited by hand: a key
// written twice in one object parses without a word (the last one wins), so a test counts them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/analyzer/sentences';

const dir = join(import.meta.dirname, '..', '..', '..', 'lib', 'analyzer', 'data');
const files = readdirSync(dir).filter((file) => file.endsWith('.json'));

/** How many keys the parsed value holds, at every depth. */
function keysIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + keysIn(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  return Object.values(value).reduce<number>((sum, item) => sum + 1 + keysIn(item), 0);
}

/** How many keys the text writes: strings followed by a colon. */
function keysWritten(text: string): number {
  return text.match(/"(?:[^"\\]|\\.)*"\s*:/g)?.length ?? 0;
}

describe('the analyzer data files', () => {
  it('are found', () => {
    expect(files).toContain('aliases.json');
  });

  it.each(files)('%s writes no key twice in one object', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(keysIn(JSON.parse(text))).toBe(keysWritten(text));
  });

  it('counts a key written twice', () => {
    const text = '{"sides": {"Lib Dems": "Liberal Democrats", "Lib Dems": "Liberal Democrats"}}';
    expect(keysIn(JSON.parse(text))).toBeLessThan(keysWritten(text));
  });
});

describe('names written with an exclamation mark (aliases.json bangNames)', () => {
  it('end no sentence', () => {
    const text = 'A spokesman told Yahoo! Finance that the deal was off. The company said Jeopardy! would return in May.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'A spokesman told Yahoo! Finance that the deal was off.',
      'The company said Jeopardy! would return in May.',
    ]);
  });
});
