import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { toClaimReviews } from '../../../lib/history/claimreview';
import { csvCell, toCsv } from '../../../lib/history/csv';
import { historyDb } from '../../../lib/history/db';
import { serializeHistoryFile, toHistoryFile } from '../../../lib/history/export';
import type { HistoryFile } from '../../../lib/history/history-file';
import { parseHistoryFile } from '../../../lib/history/import';
import { EMPTY_QUERY } from '../../../lib/history/query';
import {
  claimKey,
  clearHistory,
  importHistory,
  listMarkedClaims,
  markClaim,
  readHistory,
  recordPage,
} from '../../../lib/history/repository';
import { analysis, claim, DENIAL, historyFile, keptClaimKeys } from './fixtures';
import { exportHistory } from '../../../lib/history/transfer';

const VILLAGES = 'it has regained control over two villages near Sudzha';
const NOW = new Date('2026-11-26T10:00:00Z');

async function seed() {
  await recordPage('https://wire.example/a', 'Wire: "Kursk", day 3', analysis(claim('w', VILLAGES, { responses: [DENIAL] })), 1000);
  await recordPage('https://daily.example/b', 'Daily', analysis(claim('d', 'Russian forces retook two villages near Sudzha'), claim('x', '=HYPERLINK("http://evil.example")')), 2000);
  await markClaim(claimKey('Russia', 'w'), { verdict: 'Unproven', note: 'No independent confirmation.', markedAt: 3000 });
}

async function exportText(query = EMPTY_QUERY) {
  return serializeHistoryFile(toHistoryFile(await readHistory(query), { filtered: query !== EMPTY_QUERY, exportedAt: NOW }));
}

async function tables() {
  return Promise.all([historyDb.pages.toArray(), keptClaimKeys().then((keys) => keys.map((key) => ({ key }))), historyDb.pageOccurrences.toArray().then((rows) => rows.flatMap((row) => row.occurrences)), historyDb.groups.toArray()]);
}

beforeEach(async () => {
  await clearHistory();
});

describe('JSON export and import', () => {
  it('exports everything in the versioned format and imports it back into an empty history', async () => {
    await seed();
    const text = await exportText();
    const file = JSON.parse(text) as HistoryFile;
    expect(file).toMatchObject({ format: 'claimlens-history', version: 1, exportedAt: NOW.toISOString(), filtered: false });
    expect(file.pages.map((page) => [page.outlet, page.claims.map((c) => c.id)])).toEqual([
      ['daily.example', ['d', 'x']],
      ['wire.example', ['w']],
    ]);
    expect(file.marks).toEqual([{ claimId: 'w', side: 'Russia', verdict: 'Unproven', note: 'No independent confirmation.', markedAt: 3000 }]);

    const before = await tables();
    await clearHistory();
    const parsed = parseHistoryFile(text);
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(await importHistory(parsed.file)).toEqual({ pagesAdded: 2, pagesUpdated: 0, claimsAdded: 3, claimsUpdated: 0, marksSet: 1 });
    expect(await exportText()).toBe(text);
    const after = await tables();
    // Ids may differ; what they hold may not.
    const strip = (rows: object[]) => rows.map((row) => JSON.stringify({ ...row, id: 0, pageId: 0, pageIds: 0, groupId: 0 })).sort();
    after.forEach((rows, index) => expect(strip(rows)).toEqual(strip(before[index]!)));
  });

  it('merges idempotently: a second import of the same file changes nothing', async () => {
    await seed();
    const parsed = parseHistoryFile(await exportText());
    if (!parsed.ok) throw new Error(parsed.problem);
    const before = await tables();
    expect(await importHistory(parsed.file)).toEqual({ pagesAdded: 0, pagesUpdated: 0, claimsAdded: 0, claimsUpdated: 0, marksSet: 0 });
    expect(await tables()).toEqual(before);
  });

  it('merges newer versions of pages and claims and keeps what is newer locally', async () => {
    await seed();
    const file = toHistoryFile(await readHistory(EMPTY_QUERY), { filtered: false, exportedAt: NOW });
    const wire = file.pages.find((page) => page.outlet === 'wire.example')!;
    wire.lastSeen = 9000;
    wire.title = 'Wire (updated)';
    wire.claims[0] = { ...wire.claims[0]!, status: 'uncontested', responses: [], lastSeen: 9000 };
    const daily = file.pages.find((page) => page.outlet === 'daily.example')!;
    daily.claims[0] = { ...daily.claims[0]!, status: 'disputed', lastSeen: 10 };
    file.pages.push({ url: 'https://new.example/z', outlet: 'new.example', title: 'New', firstSeen: 50, lastSeen: 60, claims: [{ ...daily.claims[0]!, id: 'n' }] });
    expect(await importHistory(file)).toMatchObject({ pagesAdded: 1, pagesUpdated: 1, claimsAdded: 1, claimsUpdated: 1 });
    const { pages } = await readHistory(EMPTY_QUERY);
    expect(pages.map((page) => [page.title, page.claims.map((c) => c.status)])).toEqual([
      ['Wire (updated)', ['uncontested']],
      ['Daily', ['uncontested', 'uncontested']],
      ['New', ['disputed']],
    ]);
  });

  it('exports the filtered view only, marked as filtered', async () => {
    await seed();
    const file = JSON.parse(await exportText({ ...EMPTY_QUERY, status: 'disputed' })) as HistoryFile;
    expect(file.filtered).toBe(true);
    expect(file.pages.map((page) => [page.outlet, page.claims.map((c) => c.id)])).toEqual([['wire.example', ['w']]]);
  });

  it('leaves the history untouched when a write fails halfway', async () => {
    await seed();
    const before = await tables();
    const file = toHistoryFile(await readHistory(EMPTY_QUERY), { filtered: false, exportedAt: NOW });
    file.pages[0]!.url = 'https://fresh.example/1';
    // Unstorable (a function) on the second page: the first page's writes must roll back.
    (file.pages[1]!.claims[0]!.responses as unknown[]) = [{ by: { name: 'x', side: 'y' }, stance: 'denies', text: () => 'no' }];
    file.pages[1]!.claims[0]!.lastSeen = 99_999;
    await expect(importHistory(file)).rejects.toThrow();
    expect(await tables()).toEqual(before);
  });
});

describe('export of a whole history', () => {
  it('writes, turning each page into text as it is read, the text its records give', async () => {
    // More pages than one step of the read, seen in another order than they were added.
    const pages = Array.from({ length: 300 }, (_, i) => ({
      url: `https://wire.example/${i}`,
      outlet: 'wire.example',
      title: `Story ${i}`,
      firstSeen: 1000 + i,
      lastSeen: 1000 + ((i * 7) % 300),
      claims: [{ ...claim(`c${i}`, `its forces shot down ${i + 2} drones over the Belgorod region`), count: 1, firstSeen: 1000 + i, lastSeen: 1000 + i }].map(({ occurrences: _, ...filed }) => filed),
    }));
    await importHistory(historyFile(pages));
    await seed();
    await recordPage('https://empty.example/a', 'Emptied', analysis(claim('gone', VILLAGES)), 4000);
    await recordPage('https://empty.example/a', 'Emptied', analysis(), 5000);
    const snapshot = await readHistory(EMPTY_QUERY);
    expect(snapshot.pages).toHaveLength(303);
    expect(snapshot.marks).toHaveLength(1);
    const json = await exportHistory('json', undefined, NOW);
    expect(json.content).toBe(serializeHistoryFile(toHistoryFile(snapshot, { filtered: false, exportedAt: NOW })));
    expect((await exportHistory('csv', undefined, NOW)).content).toBe(toCsv(snapshot));
    const query = { ...EMPTY_QUERY, text: 'villages' };
    expect((await exportHistory('json', query, NOW)).content).toBe(serializeHistoryFile(toHistoryFile(await readHistory(query), { filtered: true, exportedAt: NOW })));
  });
});

describe('parseHistoryFile', () => {
  const valid = (): HistoryFile => ({
    format: 'claimlens-history',
    version: 1,
    exportedAt: NOW.toISOString(),
    filtered: false,
    pages: [
      {
        url: 'https://wire.example/a',
        outlet: 'wire.example',
        title: 'Wire',
        firstSeen: 1,
        lastSeen: 2,
        claims: [{ id: 'w', text: VILLAGES, sentence: '', cue: 'said', asserter: { name: 'a', side: 'Russia' }, status: 'disputed', responses: [DENIAL], count: 1, firstSeen: 1, lastSeen: 2 }],
      },
    ],
    marks: [],
  });

  it('accepts a valid file, with or without a byte order mark', () => {
    expect(parseHistoryFile(JSON.stringify(valid()))).toEqual({ ok: true, file: valid() });
    expect(parseHistoryFile(`\uFEFF${JSON.stringify(valid())}`).ok).toBe(true);
  });

  it.each([
    ['{"format": "claimlens-history", "pages": [', /not valid JSON/],
    ['[1, 2, 3]', /not a ClaimLens history export/],
    ['{"format": "something-else"}', /not a ClaimLens history export/],
  ])('refuses %s', (text, problem) => {
    const parsed = parseHistoryFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(problem);
  });

  it.each<[string, (file: HistoryFile) => void, RegExp]>([
    ['a newer version', (file) => void ((file as { version: number }).version = 2), /^.*version: must be 1/],
    ['a status it does not know', (file) => void ((file.pages[0]!.claims[0] as { status: string }).status = 'true'), /pages\[0\]\.claims\[0\]\.status/],
    ['a script address', (file) => void (file.pages[0]!.url = 'javascript:alert(1)'), /pages\[0\]\.url: must be an http\(s\) address/],
    ['an overlong claim', (file) => void (file.pages[0]!.claims[0]!.text = 'x'.repeat(50_001)), /pages\[0\]\.claims\[0\]\.text: must be at most 50000 characters/],
    ['a time that is not a number', (file) => void ((file.pages[0] as { lastSeen: unknown }).lastSeen = '2'), /pages\[0\]\.lastSeen/],
    ['a fractional count', (file) => void (file.pages[0]!.claims[0]!.count = 1.5), /pages\[0\]\.claims\[0\]\.count/],
    ['an unknown field', (file) => void ((file.pages[0] as Record<string, unknown>).__proto__x = 1), /pages\[0\]/],
    ['a page last seen before it was first seen', (file) => void (file.pages[0]!.firstSeen = 5), /firstSeen must not be after lastSeen/],
  ])('refuses a file with %s, naming the problem', (_, spoil, problem) => {
    const file = valid();
    spoil(file);
    const parsed = parseHistoryFile(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(problem);
  });
});

describe('CSV export', () => {
  it('neutralises formulas and quotes per RFC 4180', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('a "quoted", word')).toBe('"a ""quoted"", word"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(3)).toBe('3');
  });

  it('writes a BOM, a header and one row per claim occurrence', async () => {
    await seed();
    const csv = toCsv(await readHistory(EMPTY_QUERY));
    expect(csv.startsWith('\uFEFFoutlet,page title,page address,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
    expect(lines[1]).toContain('daily.example,Daily,https://daily.example/b,');
    expect(lines[2]).toContain(`'=HYPERLINK(""http://evil.example"")`);
    expect(lines[3]).toContain('"Wire: ""Kursk"", day 3"');
    expect(lines[3]).toContain(',disputed,disputed by Ukraine,');
    expect(lines[1]).toContain(',uncontested,no response reported,');
  });
});

describe('ClaimReview export', () => {
  it('describes each marked claim with its verdict and every page it appeared on', async () => {
    await seed();
    await recordPage('https://third.example/c', 'Third', analysis(claim('w', VILLAGES)), 500);
    const reviews = toClaimReviews(await listMarkedClaims(), 'Example Fact Check') as { '@context': string; '@graph': Record<string, unknown>[] };
    expect(reviews['@context']).toBe('https://schema.org');
    expect(reviews['@graph']).toEqual([
      {
        '@type': 'ClaimReview',
        claimReviewed: VILLAGES,
        datePublished: '1970-01-01',
        author: { '@type': 'Organization', name: 'Example Fact Check' },
        reviewRating: { '@type': 'Rating', alternateName: 'Unproven' },
        reviewBody: 'No independent confirmation.',
        itemReviewed: {
          '@type': 'Claim',
          author: { '@type': 'Organization', name: 'the Russian Defense Ministry', description: 'speaks for Russia' },
          datePublished: '1970-01-01',
          firstAppearance: { '@type': 'CreativeWork', url: 'https://third.example/c', headline: 'Third', publisher: { '@type': 'Organization', name: 'third.example' } },
          appearance: [
            { '@type': 'CreativeWork', url: 'https://third.example/c', headline: 'Third', publisher: { '@type': 'Organization', name: 'third.example' } },
            { '@type': 'CreativeWork', url: 'https://wire.example/a', headline: 'Wire: "Kursk", day 3', publisher: { '@type': 'Organization', name: 'wire.example' } },
          ],
        },
      },
    ]);
  });
});
