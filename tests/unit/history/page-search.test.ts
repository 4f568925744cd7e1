// Searching and filtering a longer history: whichever way the repository narrows the pages (reading
// the newest pages' words, or looking a rare word up in the word index), the pages listed and their
// claims are exactly those a full read of the history finds, newest first. Some pages' word rows
// lack each claim's words, as rows written before those were kept do.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Status } from '../../../lib/analyzer/types';
import { historyDb } from '../../../lib/history/db';
import { claimMatches, EMPTY_QUERY, type HistoryQuery } from '../../../lib/history/query';
import { clearHistory, countDisagreeingGroups, importHistory, listPageRows, readHistory, type PageWithClaims } from '../../../lib/history/repository';
import { historyFile } from './fixtures';

const PAGES = 620;
const SIDES = ['Russia', 'Ukraine', 'United States', 'Republic of Korea'];
const STATUSES: Status[] = ['disputed', 'unconfirmed', 'supported', 'uncontested'];

/** Pages are added in one order and last seen in another; `rank` 0 is the most recently seen. */
const rankOf = (index: number) => (index * 263) % PAGES;
const lastSeenOf = (index: number) => 1_000_000 - rankOf(index) * 100;

/**
 * Two claims a page: "alpha" on every other page (common); "kilo" on one page in nine, all but one
 * of them among the older pages (rare among the newest, too many to read at once); "zulu" on a few
 * pages; "beta" and "gamma" together on one claim of some pages and split between the two claims
 * of others (the page holds both words, no claim does).
 */
function claimTexts(index: number): [string, string] {
  const rank = rankOf(index);
  const first = [index % 2 === 0 ? 'alpha' : 'delta', (rank >= 50 && rank % 9 === 0) || rank === 7 ? 'kilo' : 'lima', index % 53 === 0 ? 'zulu' : 'echo'];
  const second = ['forces took', `hill ${index}`];
  if (index % 5 === 0) first.push('beta gamma');
  else if (index % 5 === 1) {
    first.push('beta');
    second.push('gamma');
  }
  return [`troops near ${first.join(' ')}`, `${second.join(' ')} overnight`];
}

function filedPage(index: number) {
  const outlet = `o${index % 4}.example`;
  const time = lastSeenOf(index);
  return {
    url: `https://${outlet}/story/${index}`,
    outlet,
    title: `Story ${index}`,
    firstSeen: time - 50,
    lastSeen: time,
    claims: claimTexts(index).map((text, position) => {
      const side = SIDES[(index + position) % SIDES.length]!;
      return {
        id: `c${index}-${position}`,
        text,
        sentence: `Officials said ${text}.`,
        cue: 'said',
        asserter: { name: `the ${side} defence ministry`, side },
        status: STATUSES[(index * 3 + position) % STATUSES.length]!,
        responses: [],
        count: 1,
        firstSeen: time - 50,
        lastSeen: time,
      };
    }),
  };
}

let everything: PageWithClaims[] = [];

beforeAll(async () => {
  await clearHistory();
  await importHistory(historyFile(Array.from({ length: PAGES }, (_, index) => filedPage(index))));
  everything = (await readHistory(EMPTY_QUERY)).pages;
  const older = (await historyDb.pageWords.toArray()).filter((row) => row.pageId % 3 === 0);
  await historyDb.pageWords.bulkPut(older.map(({ pageId, words }) => ({ pageId, words })));
}, 120_000);

/** What a full read finds: the pages fitting the query, newest first, with their fitting claims. */
function expected(query: HistoryQuery, limit: number): { listed: [string, string[]][]; more: boolean } {
  const fitting = everything
    .filter((page) => (!query.outlet || page.outlet === query.outlet) && page.lastSeen >= (query.from ?? -Infinity) && page.lastSeen <= (query.to ?? Infinity))
    .map((page) => ({ ...page, claims: page.claims.filter((claim) => claimMatches(claim, query)) }))
    .filter((page) => page.claims.length > 0);
  return { listed: fitting.slice(0, limit).map((page) => [page.title, page.claims.map((claim) => claim.claimId)]), more: fitting.length > limit };
}

async function listed(query: HistoryQuery, limit: number): Promise<{ listed: [string, string[]][]; more: boolean }> {
  const rows = await listPageRows(query, limit);
  return { listed: rows.pages.map((page) => [page.title, page.claims.map((claim) => claim.claimId)]), more: rows.more };
}

const QUERIES: [string, HistoryQuery][] = [
  ['everything', EMPTY_QUERY],
  ['a common word', { ...EMPTY_QUERY, text: 'alpha' }],
  ['a word rare among the newest pages', { ...EMPTY_QUERY, text: 'kilo' }],
  ['the start of a rare word', { ...EMPTY_QUERY, text: 'kil' }],
  ['a word on few pages', { ...EMPTY_QUERY, text: 'zulu' }],
  ['two words on one claim, or split between two', { ...EMPTY_QUERY, text: 'beta gamma' }],
  ['a rare word with a common one', { ...EMPTY_QUERY, text: 'alpha kilo' }],
  ['words from the text and the asserter', { ...EMPTY_QUERY, text: 'kilo ukraine defence' }],
  ['a word no page has', { ...EMPTY_QUERY, text: 'xray' }],
  ['a function word, which the word index leaves out', { ...EMPTY_QUERY, text: 'near' }],
  ['the start of a function word', { ...EMPTY_QUERY, text: 'ne' }],
  ['a function word with a rare word', { ...EMPTY_QUERY, text: 'near kilo' }],
  ['a side of two words', { ...EMPTY_QUERY, side: 'united states' }],
  ['a side with a function word', { ...EMPTY_QUERY, side: 'Republic of Korea' }],
  ['a side and a rare word', { ...EMPTY_QUERY, side: 'Russia', text: 'kilo' }],
  ['a status', { ...EMPTY_QUERY, status: 'supported' }],
  ['an outlet', { ...EMPTY_QUERY, outlet: 'o2.example' }],
  ['an outlet and a rare word', { ...EMPTY_QUERY, outlet: 'o1.example', text: 'kilo' }],
  ['dates and a status', { ...EMPTY_QUERY, from: lastSeenOf(0) - 20_000, to: lastSeenOf(0) + 5_000, status: 'disputed' }],
  ['dates and a word on few pages', { ...EMPTY_QUERY, from: 1_000_000 - 400 * 100, text: 'zulu' }],
];

describe('listPageRows over a longer history', () => {
  it.each(QUERIES)('lists what a full read finds for %s, newest first, however many are asked for', async (_, query) => {
    for (const limit of [1, 5, 25, 300]) expect(await listed(query, limit)).toEqual(expected(query, limit));
  });

  it('has the words placed as the searches above need', () => {
    // Guards the fixture: each search above takes the path it is there for.
    const newest = everything.slice(0, 50);
    const holding = (pages: PageWithClaims[], word: string) => pages.filter((page) => page.claims.some((claim) => claim.text.includes(word))).length;
    expect(holding(newest, 'kilo')).toBeLessThan(5);
    expect(holding(everything, 'kilo')).toBeGreaterThan(50);
    expect(holding(everything, 'zulu')).toBeLessThan(50);
    expect(holding(newest, 'alpha')).toBeGreaterThan(5);
    expect(expected({ ...EMPTY_QUERY, text: 'beta gamma' }, PAGES).listed.length).toBeLessThan(holding(everything, 'gamma'));
    expect(expected({ ...EMPTY_QUERY, text: 'kilo ukraine defence' }, PAGES).listed.length).toBeGreaterThan(5);
  });

  it("keeps each claim's words on the word rows of some pages, not of others", async () => {
    const rows = await historyDb.pageWords.toArray();
    const withClaims = rows.filter((row) => row.claimWords !== undefined);
    expect(withClaims.length).toBeGreaterThan(PAGES / 2);
    expect(rows.length - withClaims.length).toBeGreaterThan(PAGES / 4);
    for (const row of withClaims) expect(row.claimWords!.map((claim) => claim.map((at) => row.words[at]))).toEqual(expect.arrayContaining([expect.arrayContaining(['troops']), expect.arrayContaining(['forces', 'took'])]));
  });

  it('leaves function words out of the word rows', async () => {
    const words = new Set((await historyDb.pageWords.toArray()).flatMap((row) => row.words));
    expect(words).toContain('troops');
    expect(words).not.toContain('near');
    expect(words).not.toContain('the');
  });

  it('exports the same pages as it lists for a query', async () => {
    for (const [, query] of QUERIES) {
      const exported = (await readHistory(query)).pages.map((page) => [page.title, page.claims.map((claim) => claim.claimId)]);
      expect(exported).toEqual(expected(query, PAGES).listed);
    }
  });
});

describe('countDisagreeingGroups', () => {
  it('counts up to one more than asked', async () => {
    await clearHistory();
    const page = (outlet: string, responses: number) => ({
      url: `https://${outlet}/a`,
      outlet,
      title: outlet,
      firstSeen: 1,
      lastSeen: 1,
      claims: ['two villages were retaken near Sudzha', 'a bridge was destroyed near Kupiansk', 'ten drones were shot down over Belgorod'].map((text, index) => ({
        id: `c${index}`,
        text,
        sentence: text,
        cue: 'said',
        asserter: { name: 'the ministry', side: 'Russia' },
        status: (responses > index ? 'disputed' : 'uncontested') as Status,
        responses: responses > index ? [{ by: { name: 'the army', side: 'Ukraine' }, stance: 'denies' as const, text: 'That is false.' }] : [],
        count: 1,
        firstSeen: 1,
        lastSeen: 1,
      })),
    });
    await importHistory({ format: 'claimlens-history', version: 1, exportedAt: 'now', filtered: false, marks: [], pages: [page('a.example', 3), page('b.example', 0)] });
    expect(await countDisagreeingGroups(10)).toBe(3);
    expect(await countDisagreeingGroups(3)).toBe(3);
    expect(await countDisagreeingGroups(1)).toBe(2);
  });
});
