import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Analysis, Claim, Status } from '../../../lib/analyzer/types';
import {
  clearHistory,
  deletePage,
  listCarriers,
  listRecentPages,
  pageAddress,
  recordPage,
} from '../../../lib/history/repository';

function claim(id: string, status: Status = 'uncontested', occurrences = 1): Claim {
  return {
    id,
    text: `claim ${id}`,
    sentence: `Officials said claim ${id}.`,
    cue: 'said',
    asserter: { name: 'the Russian Defense Ministry', side: 'Russia' },
    status,
    responses:
      status === 'disputed'
        ? [{ by: { name: 'the Ukrainian military', side: 'Ukraine' }, stance: 'denies', text: 'That is false.' }]
        : [],
    occurrences: Array.from({ length: occurrences }, (_, index): [number, number] => [index * 100, index * 100 + 10]),
  };
}

function analysis(...claims: Claim[]): Analysis {
  return { language: 'en', analyzed: true, claims };
}

const ARTICLE = 'https://news.example/world/kursk';

beforeEach(async () => {
  await clearHistory();
});

describe('recordPage', () => {
  it('keeps a new page with its outlet, times and claims in reading order', async () => {
    const id = await recordPage(ARTICLE, 'Kursk', analysis(claim('b', 'disputed', 3), claim('a')), 1000);
    expect(id).toBeTypeOf('number');

    const { pages, total } = await listRecentPages(10);
    expect(total).toBe(1);
    expect(pages[0]).toMatchObject({ id, url: ARTICLE, outlet: 'news.example', title: 'Kursk', firstSeen: 1000, lastSeen: 1000 });
    expect(pages[0]?.claims.map((c) => [c.claimId, c.status, c.occurrences])).toEqual([
      ['b', 'disputed', 3],
      ['a', 'uncontested', 1],
    ]);
    expect(pages[0]?.claims[0]).toMatchObject({
      text: 'claim b',
      sentence: 'Officials said claim b.',
      cue: 'said',
      asserter: { name: 'the Russian Defense Ministry', side: 'Russia' },
      responses: [{ by: { name: 'the Ukrainian military', side: 'Ukraine' }, stance: 'denies', text: 'That is false.' }],
      firstSeen: 1000,
      lastSeen: 1000,
    });
  });

  it('updates a revisited page instead of duplicating it: claims added, changed and removed', async () => {
    const first = await recordPage(ARTICLE, 'Kursk', analysis(claim('kept'), claim('dropped')), 1000);
    const second = await recordPage(`${ARTICLE}#comments`, 'Kursk (updated)', analysis(claim('kept', 'disputed'), claim('new')), 5000);
    expect(second).toBe(first);

    const { pages, total } = await listRecentPages(10);
    expect(total).toBe(1);
    const [page] = pages;
    expect(page).toMatchObject({ title: 'Kursk (updated)', firstSeen: 1000, lastSeen: 5000 });
    expect(page?.claims.map((c) => [c.claimId, c.status, c.firstSeen, c.lastSeen])).toEqual([
      ['kept', 'disputed', 1000, 5000],
      ['new', 'uncontested', 5000, 5000],
    ]);
  });

  it('keeps one record when the same page is recorded twice at once', async () => {
    const ids = await Promise.all([
      recordPage(ARTICLE, 'Kursk', analysis(claim('a')), 1000),
      recordPage(ARTICLE, 'Kursk', analysis(claim('a')), 1001),
    ]);
    expect(ids[0]).toBe(ids[1]);
    expect((await listRecentPages(10)).total).toBe(1);
  });

  it('keeps a claim repeated in the analysis once', async () => {
    await recordPage(ARTICLE, 'Kursk', analysis(claim('a', 'disputed'), claim('a')), 1000);
    const [page] = (await listRecentPages(10)).pages;
    expect(page?.claims.map((c) => [c.claimId, c.status])).toEqual([['a', 'disputed']]);
  });

  it('keeps the same claim on two pages as two records', async () => {
    await recordPage(ARTICLE, 'Kursk', analysis(claim('shared')), 1000);
    await recordPage('https://other.example/kursk', 'Other', analysis(claim('shared')), 2000);
    const { pages } = await listRecentPages(10);
    expect(pages.map((p) => [p.outlet, p.claims.map((c) => c.claimId)])).toEqual([
      ['other.example', ['shared']],
      ['news.example', ['shared']],
    ]);
  });

  it('keeps nothing for text that was not analyzed or a new page without claims', async () => {
    expect(await recordPage(ARTICLE, 'Kursk', { language: 'fr', analyzed: false, reason: 'not English', claims: [] }, 1)).toBeUndefined();
    expect(await recordPage(ARTICLE, 'Kursk', analysis(), 2)).toBeUndefined();
    expect((await listRecentPages(10)).total).toBe(0);
  });

  it('empties a kept page whose claims are all gone, and leaves it alone when a visit was not analyzed', async () => {
    await recordPage(ARTICLE, 'Kursk', analysis(claim('a')), 1000);
    await recordPage(ARTICLE, 'Kursk', { language: 'und', analyzed: false, claims: [] }, 2000);
    expect((await listRecentPages(10)).pages[0]).toMatchObject({ lastSeen: 1000, claims: [{ claimId: 'a' }] });

    await recordPage(ARTICLE, 'Kursk', analysis(), 3000);
    expect((await listRecentPages(10)).pages[0]).toMatchObject({ lastSeen: 3000, claims: [] });
  });

  it('writes nothing when part of the record fails', async () => {
    const unstorable = { ...claim('a'), responses: [{ by: { name: 'x', side: 'y' }, stance: 'denies', text: () => 'no' }] };
    await expect(recordPage(ARTICLE, 'Kursk', analysis(unstorable as unknown as Claim), 1000)).rejects.toThrow();
    expect((await listRecentPages(10)).total).toBe(0);
  });
});

describe('listRecentPages', () => {
  it('lists pages by last visit, newest first, up to the limit, with the total', async () => {
    await recordPage('https://a.example/1', 'A', analysis(claim('1')), 1000);
    await recordPage('https://b.example/2', 'B', analysis(claim('2')), 2000);
    await recordPage('https://c.example/3', 'C', analysis(claim('3')), 3000);
    await recordPage('https://a.example/1', 'A', analysis(claim('1')), 4000);

    const all = await listRecentPages(10);
    expect(all.pages.map((p) => p.title)).toEqual(['A', 'C', 'B']);
    const firstTwo = await listRecentPages(2);
    expect(firstTwo.pages.map((p) => p.title)).toEqual(['A', 'C']);
    expect(firstTwo.total).toBe(3);
  });
});

describe('listCarriers', () => {
  it('lists the pages carrying each claim and its status there, most recently seen first', async () => {
    await recordPage('https://a.example/1', 'A', analysis(claim('shared', 'disputed'), claim('only-a')), 1000);
    await recordPage('https://b.example/2', 'B', analysis(claim('shared')), 2000);
    await recordPage('https://c.example/3', 'C', analysis(claim('shared')), 3000);

    const carriers = await listCarriers(['shared', 'only-a', 'unknown', 'shared']);
    expect(carriers.get('shared')?.map((carrier) => [carrier.outlet, carrier.url, carrier.status])).toEqual([
      ['c.example', 'https://c.example/3', 'uncontested'],
      ['b.example', 'https://b.example/2', 'uncontested'],
      ['a.example', 'https://a.example/1', 'disputed'],
    ]);
    expect(carriers.get('only-a')?.map((carrier) => carrier.outlet)).toEqual(['a.example']);
    expect(carriers.has('unknown')).toBe(false);
  });
});

describe('deletePage', () => {
  it('forgets one page and its claims, leaving the others', async () => {
    const gone = await recordPage('https://a.example/1', 'A', analysis(claim('shared')), 1000);
    await recordPage('https://b.example/2', 'B', analysis(claim('shared')), 2000);
    await deletePage(gone!);
    const { pages } = await listRecentPages(10);
    expect(pages.map((p) => [p.title, p.claims.length])).toEqual([['B', 1]]);
  });
});

describe('pageAddress', () => {
  it('drops only the fragment', () => {
    expect(pageAddress('https://news.example/a?id=7#top')).toBe('https://news.example/a?id=7');
  });
});
