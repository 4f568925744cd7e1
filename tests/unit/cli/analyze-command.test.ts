// The analyze command as the scorer runs it: a child process, one JSON line per readable file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleTextOf } from '../../../lib/cli/article-text';

const root = resolve(import.meta.dirname, '..', '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const scratch = mkdtempSync(join(tmpdir(), 'claimlens-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(tsx, ['scripts/analyze.ts', ...args], { cwd: root, encoding: 'utf8' });
  const lines = result.stdout.split('\n').filter((line) => line.trim() !== '');
  return { status: result.status, stderr: result.stderr, lines };
}

const article = 'tests/articles/izmail-grain-drones.txt';
const german = 'tests/articles/bahnstreik-german.txt';

describe('npm run analyze', () => {
  it('prints one JSON line per file, reports the unreadable ones on stderr and exits non-zero', () => {
    const { status, stderr, lines } = run('--json', article, 'no/such/file.txt', german, 'tests/articles');
    expect(status).toBe(1);
    expect(stderr).toContain('cannot read no/such/file.txt: no such file');
    expect(stderr).toContain('cannot read tests/articles: is a directory');
    const records = lines.map((line) => JSON.parse(line));
    expect(records.map((r) => r.file)).toEqual([article, german]);
    expect(records[0].language).toBe('en');
    expect(records[0].claims.length).toBeGreaterThan(0);
    expect(records[0].claims[0]).toMatchObject({ asserter: { name: expect.any(String), side: expect.any(String) } });
    expect(records[1]).toMatchObject({ language: 'de', claims: [], notAnalyzed: expect.stringContaining('de') });
  }, 60_000);

  it('exits 0 when every file is read, and prints a table without --json', () => {
    const { status, lines } = run(article);
    expect(status).toBe(0);
    expect(lines[0]).toContain(article);
    expect(lines.some((line) => /^ +1\. (DISPUTED|UNCONFIRMED|SUPPORTED|UNCONTESTED)/.test(line))).toBe(true);
  }, 60_000);

  it('analyzes an HTML page through article extraction, with offsets into the extracted text', () => {
    const page = join(scratch, 'page.html');
    const body = 'Ukraine\'s southern military command said on Tuesday that air defences shot down 19 of the 25 drones launched overnight over the Odesa region, and that two port workers were wounded in the attack on the grain terminal. ';
    writeFileSync(page, `<html><head><title>Drones | Wire</title></head><body><nav>Home World Sport</nav><article><h1>Drones hit Izmail</h1><p>${body}</p><p>${body.replace('Tuesday', 'Wednesday')}</p><p>${body.replace('Tuesday', 'Thursday')}</p></article></body></html>`);
    const { status, lines } = run('--json', page);
    expect(status).toBe(0);
    const record = JSON.parse(lines[0] ?? '{}');
    expect(record.file).toBe(page);
    expect(record.language).toBe('en');
    expect(record.claims.length).toBeGreaterThan(0);
    const extracted = articleTextOf(page, readFileSync(page, 'utf8'));
    const text = 'text' in extracted ? extracted.text : '';
    for (const claim of record.claims as { text: string; occurrences: [number, number][] }[]) {
      expect(claim.occurrences.map(([start, end]) => text.slice(start, end))).toContain(claim.text);
    }
  }, 60_000);

  it('refuses an unknown option with the usage', () => {
    const { status, stderr } = run('--verbose', article);
    expect(status).toBe(2);
    expect(stderr).toContain('usage:');
  }, 60_000);
});
