import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Claim } from '../../../lib/analyzer/types';
import { RECENT, RECENT_CAPACITY } from '../../../lib/history/claim-index';
import { historyDb } from '../../../lib/history/db';
import { summarizeGroup } from '../../../lib/history/groups';
import { EMPTY_QUERY } from '../../../lib/history/query';
import {
  claimKey,
  clearHistory,
  deleteOutlet,
  deletePage,
  findGroup,
  forgetPagesSeenBefore,
  getGroup,
  importHistory,
  listGroups,
  listMarkedClaims,
  listOutlets,
  listPages,
  listRecentPages,
  markClaim,
  pageAddress,
  recordPage,
} from '../../../lib/history/repository';
import { analysis, claim, DENIAL, historyFile, keptClaimKeys } from './fixtures';

const ARTICLE = 'https://news.example/world/kursk';
const VILLAGES = 'it has regained control over two villages near Sudzha';
const ENCIRCLED = 'Ukrainian fighters are encircled';
const RETOOK_BY_UKRAINE = 'Ukrainian forces retook the village of Robotyne';

beforeEach(async () => {
  await clearHistory();
});

describe('recordPage', () => {
  it('keeps a new page with its outlet, times and claims in reading order', async () => {
    const id = await recordPage(ARTICLE, 'Kursk', analysis(claim('b', ENCIRCLED, { responses: [DENIAL], occurrences: [[0, 1], [5, 6], [9, 10]] }), claim('a', VILLAGES)), 1000);
    expect(id).toBeTypeOf('number');

    const { pages, total } = await listRecentPages(10);
    expect(total).toBe(1);
    expect(pages[0]).toMatchObject({ id, url: ARTICLE, outlet: 'news.example', title: 'Kursk', firstSeen: 1000, lastSeen: 1000 });
    expect(pages[0]?.claims.map((c) => [c.claimId, c.status, c.count])).toEqual([
      ['b', 'disputed', 3],
      ['a', 'uncontested', 1],
    ]);
    expect(pages[0]?.claims[0]).toMatchObject({
      text: ENCIRCLED,
      sentence: `The ministry said ${ENCIRCLED}.`,
      cue: 'said',
      outlet: 'news.example',
      asserter: { name: 'the Russian Defense Ministry', side: 'Russia' },
      responses: [DENIAL],
      firstSeen: 1000,
      lastSeen: 1000,
    });
  });

  it('updates a revisited page instead of duplicating it: claims added, changed and removed', async () => {
    const first = await recordPage(ARTICLE, 'Kursk', analysis(claim('kept', ENCIRCLED), claim('dropped', VILLAGES)), 1000);
    const second = await recordPage(
      `${ARTICLE}#comments`,
      'Kursk (updated)',
      analysis(claim('kept', ENCIRCLED, { responses: [DENIAL] }), claim('new', 'the offer to surrender remains on the table')),
      5000,
    );
    expect(second).toBe(first);

    const { pages, total } = await listRecentPages(10);
    expect(total).toBe(1);
    expect(pages[0]).toMatchObject({ title: 'Kursk (updated)', firstSeen: 1000, lastSeen: 5000 });
    expect(pages[0]?.claims.map((c) => [c.claimId, c.status, c.firstSeen, c.lastSeen])).toEqual([
      ['kept', 'disputed', 1000, 5000],
      ['new', 'uncontested', 5000, 5000],
    ]);
    // The dropped claim's group and claim record went with it.
    expect(await findGroup('Russia', VILLAGES)).toBeUndefined();
    expect(await keptClaimKeys()).toEqual([claimKey('Russia', 'kept'), claimKey('Russia', 'new')].sort());
    const words = (await historyDb.pageWords.get(first!))?.words;
    expect(words).toEqual(expect.arrayContaining(['surrender', 'encircled', 'russian', 'news', 'example']));
    expect(words).not.toContain('villages');
  });

  it('keeps one record when the same page is recorded twice at once', async () => {
    const ids = await Promise.all([
      recordPage(ARTICLE, 'Kursk', analysis(claim('a', VILLAGES)), 1000),
      recordPage(ARTICLE, 'Kursk', analysis(claim('a', VILLAGES)), 1001),
    ]);
    expect(ids[0]).toBe(ids[1]);
    expect((await listRecentPages(10)).total).toBe(1);
    expect(await findGroup('Russia', VILLAGES)).toMatchObject({ occurrences: 1, pages: 1 });
  });

  it('keeps a claim repeated in the analysis once', async () => {
    await recordPage(ARTICLE, 'Kursk', analysis(claim('a', VILLAGES, { responses: [DENIAL] }), claim('a', VILLAGES)), 1000);
    const [page] = (await listRecentPages(10)).pages;
    expect(page?.claims.map((c) => [c.claimId, c.status])).toEqual([['a', 'disputed']]);
  });

  it('keeps nothing for text that was not analyzed or a new page without claims', async () => {
    expect(await recordPage(ARTICLE, 'Kursk', { language: 'fr', analyzed: false, reason: 'not English', claims: [] }, 1)).toBeUndefined();
    expect(await recordPage(ARTICLE, 'Kursk', analysis(), 2)).toBeUndefined();
    expect((await listRecentPages(10)).total).toBe(0);
  });

  it('empties a kept page whose claims are all gone, and leaves it alone when a visit was not analyzed', async () => {
    await recordPage(ARTICLE, 'Kursk', analysis(claim('a', VILLAGES)), 1000);
    await recordPage(ARTICLE, 'Kursk', { language: 'und', analyzed: false, claims: [] }, 2000);
    expect((await listRecentPages(10)).pages[0]).toMatchObject({ lastSeen: 1000, claims: [{ claimId: 'a' }] });

    await recordPage(ARTICLE, 'Kursk', analysis(), 3000);
    expect((await listRecentPages(10)).pages[0]).toMatchObject({ lastSeen: 3000, claims: [] });
    expect(await historyDb.groups.count()).toBe(0);
  });

  it('writes nothing when part of the record fails', async () => {
    await recordPage('https://other.example/1', 'Other', analysis(claim('x', ENCIRCLED)), 500);
    const before = await Promise.all([historyDb.pages.toArray(), historyDb.claimPacks.toArray(), historyDb.stamps.toArray(), historyDb.pageOccurrences.toArray(), historyDb.groups.toArray()]);
    const unstorable = { ...claim('a', VILLAGES), responses: [{ by: { name: 'x', side: 'y' }, stance: 'denies', text: () => 'no' }] };
    await expect(recordPage(ARTICLE, 'Kursk', analysis(claim('b', 'a new claim about drones'), unstorable as unknown as Claim), 1000)).rejects.toThrow();
    const after = await Promise.all([historyDb.pages.toArray(), historyDb.claimPacks.toArray(), historyDb.stamps.toArray(), historyDb.pageOccurrences.toArray(), historyDb.groups.toArray()]);
    expect(after).toEqual(before);
    // Nor does the claims' band index held in memory keep what the failed record added to it.
    expect(await findGroup('Russia', 'a new claim about drones')).toBeUndefined();
    await recordPage(ARTICLE, 'Kursk', analysis(claim('b', 'a new claim about drones')), 2000);
    expect(await findGroup('Russia', 'a new claim about drones')).toMatchObject({ occurrences: 1 });
  });
});

describe('matching through the band index held in memory', () => {
  /** The repository as another extension page or worker has it: its own module, connection and index. */
  async function repositoryElsewhere(): Promise<typeof import('../../../lib/history/repository')> {
    vi.resetModules();
    return import('../../../lib/history/repository');
  }

  it('sees claims another page or worker recorded or forgot since it was read', async () => {
    const elsewhere = await repositoryElsewhere();
    await recordPage('https://wire.example/a', 'Wire', analysis(claim('w', VILLAGES)), 1000);
    expect(await findGroup('Russia', 'Ukrainian troops have been surrounded')).toBeUndefined();

    const daily = await elsewhere.recordPage('https://daily.example/b', 'Daily', analysis(claim('d', ENCIRCLED)), 2000);
    expect(await findGroup('Russia', 'Ukrainian troops have been surrounded')).toMatchObject({ text: ENCIRCLED, pages: 1 });
    await recordPage('https://post.example/c', 'Post', analysis(claim('p', 'Ukrainian troops have been surrounded')), 3000);
    expect(await elsewhere.findGroup('Russia', ENCIRCLED)).toMatchObject({ text: ENCIRCLED, pages: 2 });

    await elsewhere.deletePage(daily!);
    await deleteOutlet('post.example');
    expect(await elsewhere.findGroup('Russia', ENCIRCLED)).toBeUndefined();
    await elsewhere.recordPage('https://daily.example/b', 'Daily', analysis(claim('d', ENCIRCLED)), 4000);
    expect(await findGroup('Russia', ENCIRCLED)).toMatchObject({ pages: 1, firstSeen: 4000 });
    expect(await findGroup('Russia', VILLAGES)).toMatchObject({ pages: 1 });
  });

  it('files a page\'s claims anew when another page or worker recorded claims after they were filed ahead', async () => {
    const elsewhere = await repositoryElsewhere();
    await recordPage('https://wire.example/a', 'Wire', analysis(claim('w', VILLAGES)), 1000);
    // Elsewhere takes the next group ids: one for drones, then one for the encircled fighters.
    await elsewhere.recordPage('https://daily.example/b', 'Daily', analysis(claim('x', 'its air defence shot down forty drones'), claim('d', ENCIRCLED)), 2000);
    // Filed ahead on the index held from before, the surrounded troops would start a group with the drones' id.
    await recordPage('https://post.example/c', 'Post', analysis(claim('p', 'Ukrainian troops have been surrounded'), claim('v', 'Russian forces retook two villages near Sudzha')), 3000);
    expect(await findGroup('Russia', ENCIRCLED)).toMatchObject({ text: ENCIRCLED, pages: 2, outlets: ['daily.example', 'post.example'] });
    expect(await findGroup('Russia', 'its air defence shot down forty drones')).toMatchObject({ pages: 1, outlets: ['daily.example'] });
    expect(await findGroup('Russia', VILLAGES)).toMatchObject({ pages: 2, outlets: ['post.example', 'wire.example'] });
    expect(await historyDb.groups.count()).toBe(2);
  });

  it('matches through the packs kept in the database once a worker starts, however many claims a side has', async () => {
    const drones = (i: number) => `its forces shot down ${i + 2} drones over the Belgorod region`;
    for (let page = 0; page < 3; page++) {
      const claims = Array.from({ length: 50 }, (_, i) => claim(`c${page * 50 + i}`, drones(page * 50 + i)));
      await recordPage(`https://wire.example/${page}`, 'Wire', analysis(...claims), 1000 + page);
    }
    const started = await repositoryElsewhere();
    for (const i of [0, 149]) {
      expect(await started.findGroup('Russia', `air defence units intercepted ${i + 2} drones over the Belgorod region`)).toMatchObject({ text: drones(i) });
    }
    const packs = await historyDb.claimPacks.toArray();
    expect(packs.length).toBeGreaterThan(1);
    expect(await keptClaimKeys()).toHaveLength(150);
  });

  it('keeps the claims each record adds in one recent pack, moved into their sides\' packs once there are many', async () => {
    await recordPage('https://kyiv.example/a', 'Kyiv', analysis(claim('k', RETOOK_BY_UKRAINE, { asserter: { name: 'the Ukrainian army', side: 'Ukraine' } })), 1000);
    expect((await historyDb.claimPacks.toArray()).map((pack) => [pack.side, pack.sides])).toEqual([[RECENT, ['ukraine']]]);
    // A worker that starts holds only the sides it needs: the recent Ukrainian claim is read with its side once it moves.
    const started = await repositoryElsewhere();
    const drones = (i: number) => `its forces shot down ${i + 2} drones over the Belgorod region`;
    for (let page = 0; page * 50 <= RECENT_CAPACITY; page++) {
      const claims = Array.from({ length: 50 }, (_, i) => claim(`c${page * 50 + i}`, drones(page * 50 + i)));
      await started.recordPage(`https://wire.example/${page}`, 'Wire', analysis(...claims), 2000 + page);
    }
    const sides = (await historyDb.claimPacks.toArray()).map((pack) => pack.side);
    expect(sides).toContain('ukraine');
    expect(sides.filter((side) => side === RECENT).length).toBeLessThanOrEqual(1);
    expect(await keptClaimKeys()).toHaveLength(1 + 50 * (Math.floor(RECENT_CAPACITY / 50) + 1));
    const later = await repositoryElsewhere();
    expect(await later.findGroup('Ukraine', RETOOK_BY_UKRAINE)).toMatchObject({ pages: 1, outlets: ['kyiv.example'] });
    expect(await later.findGroup('Russia', 'air defence units intercepted 2 drones over the Belgorod region')).toMatchObject({ text: drones(0) });
  });

  it('keeps a revisited page\'s search words unless its claims or their asserters changed', async () => {
    await recordPage(ARTICLE, 'Kursk', analysis(claim('a', VILLAGES), claim('b', ENCIRCLED)), 1000);
    const wordsPut = vi.spyOn(historyDb.pageWords, 'put');
    try {
      await recordPage(ARTICLE, 'Kursk', analysis(claim('a', VILLAGES), claim('b', ENCIRCLED)), 2000);
      expect(wordsPut).not.toHaveBeenCalled();
      const ministry = { name: 'the Belarusian Defense Ministry', side: 'Belarus' };
      await recordPage(ARTICLE, 'Kursk', analysis(claim('a', VILLAGES), claim('b', ENCIRCLED, { asserter: ministry })), 3000);
      expect(wordsPut).toHaveBeenCalledTimes(1);
    } finally {
      wordsPut.mockRestore();
    }
    const found = await listPages({ ...EMPTY_QUERY, text: 'belarusian encircled' }, 10);
    expect(found.pages.map((page) => page.claims.map((c) => c.claimId))).toEqual([['b']]);
    expect((await listPages({ ...EMPTY_QUERY, text: 'sudzha' }, 10)).pages[0]?.lastSeen).toBe(3000);
  });

  it('sees a history cleared elsewhere', async () => {
    const elsewhere = await repositoryElsewhere();
    await recordPage('https://wire.example/a', 'Wire', analysis(claim('w', VILLAGES)), 1000);
    expect(await findGroup('Russia', VILLAGES)).toMatchObject({ pages: 1 });
    await elsewhere.clearHistory();
    expect(await findGroup('Russia', VILLAGES)).toBeUndefined();
    await elsewhere.recordPage('https://daily.example/b', 'Daily', analysis(claim('d', ENCIRCLED)), 2000);
    await recordPage('https://post.example/c', 'Post', analysis(claim('p', 'Ukrainian troops have been surrounded')), 3000);
    expect(await historyDb.groups.count()).toBe(1);
  });
});

describe('claim groups', () => {
  async function threeOutlets() {
    await recordPage('https://wire.example/a', 'Wire', analysis(claim('w', VILLAGES, { responses: [DENIAL] })), 1000);
    await recordPage('https://daily.example/b', 'Daily', analysis(claim('d', 'Russian forces retook two villages near Sudzha')), 2000);
    await recordPage('https://post.example/c', 'Post', analysis(claim('p', 'Russia regained control of two villages near Sudzha'), claim('q', ENCIRCLED)), 3000);
  }

  it('puts the same claim in different words on three outlets in one group, flagged when responses differ', async () => {
    await threeOutlets();
    const group = await findGroup('Russia', 'two villages near Sudzha were retaken');
    expect(group).toMatchObject({ side: 'Russia', text: VILLAGES, occurrences: 3, pages: 3, reported: 1, disagree: 1 });
    expect(group?.outlets).toEqual(['daily.example', 'post.example', 'wire.example']);
    expect(group?.statuses).toEqual(['disputed', 'uncontested']);

    const detail = await getGroup(group!.id);
    expect(detail?.carryings.map(({ page, occurrence }) => [page.outlet, occurrence.text, occurrence.status])).toEqual([
      ['daily.example', 'Russian forces retook two villages near Sudzha', 'uncontested'],
      ['post.example', 'Russia regained control of two villages near Sudzha', 'uncontested'],
      ['wire.example', VILLAGES, 'disputed'],
    ]);
  });

  it('keeps a near miss by the same actor, and the same words for another side, in groups of their own', async () => {
    await threeOutlets();
    await recordPage('https://e.example/1', 'E', analysis(claim('three', 'it has regained control over three villages near Sudzha')), 4000);
    await recordPage('https://f.example/1', 'F', analysis(claim('w', VILLAGES, { asserter: { name: 'Kyiv', side: 'Ukraine' } })), 5000);
    const groups = await Promise.all([
      findGroup('Russia', ENCIRCLED),
      findGroup('Russia', 'it has regained control over three villages near Sudzha'),
      findGroup('Russia', VILLAGES),
      findGroup('Ukraine', VILLAGES),
    ]);
    expect(groups.map((group) => [group?.side, group?.text, group?.occurrences])).toEqual([
      ['Russia', ENCIRCLED, 1],
      ['Russia', 'it has regained control over three villages near Sudzha', 1],
      ['Russia', VILLAGES, 3],
      ['Ukraine', VILLAGES, 1],
    ]);
    expect(new Set(groups.map((group) => group?.id)).size).toBe(4);
    // Only the claim carried on several pages has a group record.
    expect((await historyDb.groups.toArray()).map((group) => group.id)).toEqual([groups[2]!.id]);
    expect(await findGroup('Russia', 'Ukraine lost the war')).toBeUndefined();
  });

  it('lists groups newest first, or only those whose outlets disagree, searchable by wording', async () => {
    await threeOutlets();
    await recordPage('https://g.example/1', 'G', analysis(claim('g', ENCIRCLED, { responses: [DENIAL] })), 4000);
    const all = await listGroups({ text: '', disagreeing: false }, 10);
    expect(all.groups.map((group) => [group.text, group.disagree])).toEqual([
      [ENCIRCLED, 1],
      [VILLAGES, 1],
    ]);
    const limited = await listGroups({ text: '', disagreeing: false }, 1);
    expect([limited.groups.map((group) => group.text), limited.more]).toEqual([[ENCIRCLED], true]);
    // A claim seen on one page is not listed among the claims across outlets.
    await recordPage('https://h.example/1', 'H', analysis(claim('h', 'the offer to surrender remains on the table')), 4500);
    expect((await listGroups({ text: 'surrender', disagreeing: false }, 10)).groups).toEqual([]);
    // The post no longer carries the encircled claim: it is left on one page, and listed no more.
    await recordPage('https://post.example/c', 'Post', analysis(claim('p', 'Russia regained control of two villages near Sudzha')), 5000);
    const disagreeing = await listGroups({ text: '', disagreeing: true }, 10);
    expect(disagreeing.groups.map((group) => group.text)).toEqual([VILLAGES]);
    expect((await listGroups({ text: '', disagreeing: false }, 10)).groups.map((group) => group.text)).toEqual([VILLAGES]);
    expect((await listGroups({ text: 'SUDZHA villages', disagreeing: false }, 10)).groups.map((group) => group.text)).toEqual([VILLAGES]);
    expect(await findGroup('Russia', ENCIRCLED)).toMatchObject({ pages: 1, outlets: ['g.example'] });
  });

  it('keeps every group summary equal to a count of its occurrences as pages are added, revisited and imported', async () => {
    await threeOutlets();
    // Revisits: the same claims again (in place), a status change, a claim dropped, one page carrying a group twice.
    await recordPage('https://daily.example/b', 'Daily', analysis(claim('d', 'Russian forces retook two villages near Sudzha')), 4000);
    await recordPage('https://post.example/c', 'Post', analysis(claim('p', 'Russia regained control of two villages near Sudzha', { responses: [DENIAL] })), 5000);
    await recordPage('https://wire.example/a', 'Wire', analysis(claim('w', VILLAGES, { responses: [DENIAL] }), claim('x', 'Russian troops regained control over two villages near Sudzha')), 6000);
    await recordPage('https://daily.example/b', 'Daily', analysis(claim('d2', ENCIRCLED, { responses: [DENIAL] })), 3000);
    for (const group of await historyDb.groups.toArray()) {
      const rows = await historyDb.pageOccurrences.where('groupIds').equals(group.id).toArray();
      const occurrences = rows.flatMap((row) => row.occurrences.filter((occurrence) => occurrence.groupId === group.id));
      expect(group).toMatchObject(summarizeGroup(occurrences));
    }
    // Every group carried on two pages or more has a record, and no other.
    const carried = (await historyDb.pageOccurrences.toArray()).flatMap((row) => row.occurrences);
    const pagesOf = (groupId: number) => new Set(carried.filter((occurrence) => occurrence.groupId === groupId).map((occurrence) => occurrence.pageId)).size;
    const recorded = (await historyDb.groups.toArray()).map((group) => group.id);
    expect(recorded.sort()).toEqual([...new Set(carried.map((occurrence) => occurrence.groupId))].filter((groupId) => pagesOf(groupId) >= 2).sort());
    expect(recorded.length).toBeGreaterThan(0);
    expect(await findGroup('Russia', VILLAGES)).toMatchObject({ occurrences: 3, pages: 2, reported: 2, disagree: 1 });
  });

  it('updates and removes groups as pages are forgotten', async () => {
    await threeOutlets();
    const wire = (await listRecentPages(10)).pages.find((page) => page.outlet === 'wire.example')!;
    const villages = await findGroup('Russia', VILLAGES);
    expect(villages?.pageIds).toContain(wire.id);
    await deletePage(wire.id);
    expect(await findGroup('Russia', VILLAGES)).toMatchObject({ occurrences: 2, reported: 0, disagree: 0, pageIds: villages?.pageIds.filter((pageId) => pageId !== wire.id) });
    await deleteOutlet('daily.example');
    await deleteOutlet('post.example');
    expect(await historyDb.groups.count()).toBe(0);
    expect(await keptClaimKeys()).toEqual([]);
    expect(await historyDb.pageWords.count()).toBe(0);
  });
});

describe('claim groups corroborated by the pages that carry them', () => {
  const UNION = { name: 'the Harbour Workers Union', side: 'Harbour Workers Union' };
  const AUTHORITY = { name: 'the Veltmar Port Authority', side: 'Veltmar Port Authority' };
  const NO_CUT = { by: AUTHORITY, stance: 'denies', text: 'Overtime rates have not changed.' } as const;
  const WALKOUT = 'about 4,000 dock workers walked off the job at the port of Veltmar';
  const OVERTIME = 'the port authority cut overtime pay by a third without consulting the union';
  const SHIPS = 'the stoppage has left 60 container ships waiting at anchor outside the harbour';
  const wire = () =>
    recordPage('https://wire.example/veltmar', 'Wire', analysis(
      claim('w1', WALKOUT, { asserter: UNION }),
      claim('w2', OVERTIME, { asserter: UNION, responses: [NO_CUT] }),
      claim('w3', SHIPS, { asserter: AUTHORITY }),
    ), 1000);
  const groupOf = async (side: string, text: string) => findGroup(side, text);
  /** The wire's story reworded, each claim between CORROBORATED_THRESHOLD and MATCH_THRESHOLD alike. */
  const broadsheet = () =>
    recordPage('https://broadsheet.example/veltmar', 'Broadsheet', analysis(
      claim('b1', 'some 4,000 dockers at Veltmar port had walked out', { asserter: UNION }),
      claim('b2', 'the authority slashed overtime rates by a third and never consulted the union', { asserter: UNION }),
      claim('b3', '60 container ships were stuck at anchor outside the harbour because of the strike', { asserter: AUTHORITY }),
    ), 2000);

  it('groups a story reworded by two more outlets, claim for claim, where each match alone is too weak', async () => {
    await wire();
    await broadsheet();
    // Each of these is between CORROBORATED_THRESHOLD and MATCH_THRESHOLD alike to the wire's.
    await recordPage('https://regional.example/veltmar', 'Regional', analysis(
      claim('r1', '4,000 dockers downed tools at Veltmar port', { asserter: UNION }),
      claim('r2', 'bosses slashed overtime by a third and never consulted the union', { asserter: UNION }),
      claim('r3', '60 container ships were left at anchor because of the walkout', { asserter: AUTHORITY }),
    ), 3000);
    const groups = await Promise.all([groupOf('Harbour Workers Union', WALKOUT), groupOf('Harbour Workers Union', OVERTIME), groupOf('Veltmar Port Authority', SHIPS)]);
    expect(groups.map((group) => [group?.text, group?.pages, group?.disagree])).toEqual([
      [WALKOUT, 3, 0],
      [OVERTIME, 3, 1],
      [SHIPS, 3, 0],
    ]);
    expect(groups[0]?.outlets).toEqual(['broadsheet.example', 'regional.example', 'wire.example']);
    expect(await historyDb.groups.count()).toBe(3);
  });

  it('reads the pages carrying the groups a page may join from their records, looking up none in the pages\' group index', async () => {
    await wire();
    await broadsheet();
    const [walkout, overtime, ships] = await Promise.all([groupOf('Harbour Workers Union', WALKOUT), groupOf('Harbour Workers Union', OVERTIME), groupOf('Veltmar Port Authority', SHIPS)]);
    const pageIds = async () => (await listRecentPages(10)).pages.map((page) => page.id).sort((a, b) => a - b);
    const carrying = await pageIds();
    expect([walkout?.pageIds, overtime?.pageIds, ships?.pageIds]).toEqual([carrying, carrying, carrying]);
    const methods = ['get', 'getKey', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor'] as const;
    const spies = methods.map((method) => vi.spyOn(IDBIndex.prototype, method));
    try {
      await recordPage('https://regional.example/veltmar', 'Regional', analysis(
        claim('r1', '4,000 dockers downed tools at Veltmar port', { asserter: UNION }),
        claim('r2', 'bosses slashed overtime by a third and never consulted the union', { asserter: UNION }),
        claim('r3', '60 container ships were left at anchor because of the walkout', { asserter: AUTHORITY }),
      ), 3000);
      const lookUps = spies.flatMap((spy) => spy.mock.contexts).filter((index) => (index as IDBIndex).name === 'groupIds');
      expect(lookUps).toHaveLength(0);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect((await groupOf('Harbour Workers Union', WALKOUT))?.pageIds).toEqual(await pageIds());
  });

  it('reads the claims of the pages it compares in the same wait as the pages carrying a group without a record', async () => {
    const BALLOT = 'members will vote on a national stoppage in June';
    await wire();
    await recordPage('https://wire.example/ballot', 'Wire', analysis(claim('v1', BALLOT, { asserter: UNION })), 1500);
    await broadsheet();
    // Whether the look-up of the one page carrying the ballot (no record) had answered when each page's claims were asked for.
    let carrierFound = false;
    const askedAfter: boolean[] = [];
    const indexGetAll = IDBIndex.prototype.getAll;
    const storeGet = IDBObjectStore.prototype.get;
    IDBIndex.prototype.getAll = function (this: IDBIndex, ...args: Parameters<IDBIndex['getAll']>) {
      const request = indexGetAll.apply(this, args);
      if (this.name === 'groupIds') request.addEventListener('success', () => (carrierFound = true));
      return request;
    };
    IDBObjectStore.prototype.get = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['get']>) {
      if (this.name === 'pageOccurrences') askedAfter.push(carrierFound);
      return storeGet.apply(this, args);
    };
    try {
      await recordPage('https://regional.example/veltmar', 'Regional', analysis(
        claim('r1', '4,000 dockers downed tools at Veltmar port', { asserter: UNION }),
        claim('r2', 'bosses slashed overtime by a third and never consulted the union', { asserter: UNION }),
        claim('r3', '60 container ships were left at anchor because of the walkout', { asserter: AUTHORITY }),
        claim('r4', 'union members will hold a ballot on a national strike in June', { asserter: UNION }),
      ), 3000);
    } finally {
      IDBIndex.prototype.getAll = indexGetAll;
      IDBObjectStore.prototype.get = storeGet;
    }
    expect(carrierFound).toBe(true);
    expect(askedAfter).toEqual([false, false]);
    expect((await groupOf('Harbour Workers Union', WALKOUT))?.pages).toBe(3);
  });

  it('leaves apart weak matches that no second claim of the same page bears out', async () => {
    const BALLOT = 'members will vote on a national stoppage in June';
    await wire();
    await recordPage('https://wire.example/ballot', 'Wire', analysis(claim('v1', BALLOT, { asserter: UNION })), 1500);
    // A round-up: one weak match to each of two other pages.
    await recordPage('https://daily.example/ports', 'Daily', analysis(
      claim('d1', 'some 4,000 dockers at Veltmar port had walked out', { asserter: UNION }),
      claim('d2', 'union members will hold a ballot on a national strike in June', { asserter: UNION }),
    ), 2000);
    expect(await groupOf('Harbour Workers Union', WALKOUT)).toMatchObject({ pages: 1, outlets: ['wire.example'] });
    expect(await groupOf('Harbour Workers Union', BALLOT)).toMatchObject({ pages: 1, outlets: ['wire.example'] });
    expect(await historyDb.groups.count()).toBe(0);
  });

  it('keeps apart the near misses of a later story of the same actors, though it repeats one claim', async () => {
    await wire();
    await recordPage('https://wire.example/veltmar-2', 'Wire', analysis(
      claim('n0', '4,000 dock workers walked off the job in Veltmar', { asserter: UNION }),
      claim('n1', '4,000 dock workers will walk off the job at the port of Veltmar next month', { asserter: UNION }),
      claim('n2', 'the port authority cut night shift bonuses without consulting the union', { asserter: UNION }),
      claim('n3', 'the stoppage has left 45 container ships waiting at anchor outside the harbour', { asserter: AUTHORITY }),
    ), 2000);
    expect(await groupOf('Harbour Workers Union', WALKOUT)).toMatchObject({ pages: 2, occurrences: 2 });
    expect(await groupOf('Harbour Workers Union', OVERTIME)).toMatchObject({ pages: 1 });
    expect(await groupOf('Veltmar Port Authority', SHIPS)).toMatchObject({ pages: 1 });
    expect(await historyDb.groups.count()).toBe(1);
  });
});

describe('claims found on the pages of the same story, one by one', () => {
  const OFFICE = { name: 'the Calvera Statistics Office', side: 'Calvera Statistics Office' };
  const COMMISSION = { name: 'the Electoral Commission', side: 'Electoral Commission' };
  const ARMY = { name: 'the Northern Army', side: 'Northern Army' };
  const FRONT = { name: 'the Liberation Front', side: 'Liberation Front' };
  const INFLATION = "Calvera's annual inflation rate slowed for a third straight month to 14.2% in May from 15.8% in April";
  const RECOUNT = 'the recount in Harrow Vale will be completed by Friday';
  const TURNOUT = 'turnout in the constituency had reached 64 percent';
  const election = () =>
    recordPage('https://wire.example/harrow', 'Wire', analysis(claim('w1', RECOUNT, { asserter: COMMISSION }), claim('w2', TURNOUT, { asserter: COMMISSION })), 1000);

  it('groups a short rewording that shares no band with the claim, where another claim of the page corroborates it', async () => {
    await recordPage('https://wire.example/prices', 'Wire', analysis(
      claim('w1', INFLATION, { asserter: OFFICE }),
      claim('w2', 'food prices rose 9 percent from a year earlier', { asserter: OFFICE }),
    ), 1000);
    await recordPage('https://radio.example/prices', 'Radio', analysis(
      claim('r1', 'headline inflation eased to 14.2 percent in May, the third monthly fall in a row', { asserter: OFFICE }),
      claim('r2', 'food prices were 9 percent higher than a year earlier', { asserter: OFFICE }),
    ), 2000);
    expect(await findGroup('Calvera Statistics Office', INFLATION)).toMatchObject({ text: INFLATION, pages: 2 });
  });

  it('groups the same claim put to another speaker by one outlet, where another claim of the two pages bears it out', async () => {
    await election();
    await recordPage('https://daily.example/harrow', 'Daily', analysis(
      claim('d1', 'the Harrow Vale recount will be completed by Friday', { asserter: { name: 'Justice Amara Okafor', side: 'Justice Amara Okafor' } }),
      claim('d2', 'turnout in the constituency reached 64 percent', { asserter: COMMISSION }),
    ), 2000);
    expect(await findGroup('Electoral Commission', RECOUNT)).toMatchObject({ text: RECOUNT, pages: 2, outlets: ['daily.example', 'wire.example'] });
    expect(await historyDb.groups.count()).toBe(2);
    // Forgetting both pages at once forgets the claims of both speakers.
    expect(await forgetPagesSeenBefore(3000)).toBe(2);
    expect(await keptClaimKeys()).toEqual([]);
  });

  it('groups a reworded claim put to another speaker, where another claim of the two pages bears it out', async () => {
    await election();
    await recordPage('https://daily.example/harrow', 'Daily', analysis(
      claim('d1', 'the recount in Harrow Vale would be finished by Friday', { asserter: { name: 'Justice Amara Okafor', side: 'Justice Amara Okafor' } }),
      claim('d2', 'turnout in the constituency reached 64 percent', { asserter: COMMISSION }),
    ), 2000);
    expect(await findGroup('Electoral Commission', RECOUNT)).toMatchObject({ pages: 2, outlets: ['daily.example', 'wire.example'] });
  });

  it('groups the same claims when another outlet puts every one of them to another speaker', async () => {
    await election();
    const justice = { name: 'Justice Amara Okafor', side: 'Justice Amara Okafor' };
    await recordPage('https://daily.example/harrow', 'Daily', analysis(
      claim('d1', 'the Harrow Vale recount will be completed by Friday', { asserter: justice }),
      claim('d2', 'turnout in the constituency reached 64 percent', { asserter: justice }),
    ), 2000);
    expect(await findGroup('Electoral Commission', RECOUNT)).toMatchObject({ pages: 2, outlets: ['daily.example', 'wire.example'] });
    expect(await findGroup('Electoral Commission', TURNOUT)).toMatchObject({ pages: 2 });
  });

  it('keeps apart a lone match across sides, however alike', async () => {
    await election();
    await recordPage('https://daily.example/count', 'Daily', analysis(
      claim('d1', 'the Harrow Vale recount will be completed by Friday', { asserter: { name: 'Justice Amara Okafor', side: 'Justice Amara Okafor' } }),
      claim('d2', 'the count began at 10pm on Thursday', { asserter: { name: 'Justice Amara Okafor', side: 'Justice Amara Okafor' } }),
    ), 2000);
    expect(await findGroup('Electoral Commission', RECOUNT)).toMatchObject({ pages: 1, outlets: ['wire.example'] });
    expect(await historyDb.groups.count()).toBe(0);
  });

  it('groups a lone match across sides where one side names no one, as alike as SIDELESS_THRESHOLD, with no other claim to bear it out', async () => {
    const thisWeek = { name: 'this week', side: 'this week' };
    await recordPage('https://wire.example/harrow', 'Wire', analysis(claim('w1', RECOUNT, { asserter: thisWeek })), 1000);
    await recordPage('https://daily.example/harrow', 'Daily', analysis(claim('d1', RECOUNT, { asserter: { name: 'Justice Amara Okafor', side: 'Justice Amara Okafor' } })), 2000);
    expect(await findGroup('this week', RECOUNT)).toMatchObject({ pages: 2, outlets: ['daily.example', 'wire.example'] });
  });

  it('keeps apart one side accusing the other and the other side accusing it, in the same words', async () => {
    const SHELLED = 'shelled the crowded grain market in the centre of Dessa on Thursday morning and killed 12 civilians and wounded dozens of traders and farmers';
    const CEASEFIRE = 'the ceasefire agreed in Dessa last month had collapsed';
    await recordPage('https://wire.example/dessa', 'Wire', analysis(claim('w1', `the Liberation Front ${SHELLED}`, { asserter: ARMY }), claim('w2', CEASEFIRE, { asserter: ARMY })), 1000);
    await recordPage('https://daily.example/dessa', 'Daily', analysis(claim('d1', `the Northern Army ${SHELLED}`, { asserter: FRONT }), claim('d2', CEASEFIRE, { asserter: ARMY })), 2000);
    expect(await findGroup('Northern Army', `the Liberation Front ${SHELLED}`)).toMatchObject({ pages: 1, outlets: ['wire.example'] });
    expect(await findGroup('Northern Army', CEASEFIRE)).toMatchObject({ pages: 2 });
  });
});

describe('listPages over a history where a searched word is on many pages', () => {
  // 480 pages; "alpha" on every fourth (more than can be read at once, few enough to look up by
  // word), half of them with "beta" in the same claim; pages last seen in another order than added.
  const PAGES = 480;
  const lastSeen = (index: number) => 10_000 + ((index * 7919) % PAGES) * 10;
  const outletOf = (index: number) => `o${index % 3}.example`;
  const wording = (index: number) => (index % 4 !== 0 ? 'beta troops shelled a depot' : index % 8 === 0 ? 'alpha beta forces took a hill' : 'alpha gamma forces took a hill');

  beforeEach(async () => {
    await importHistory(
      historyFile(
        Array.from({ length: PAGES }, (_, index) => ({
          url: `https://${outletOf(index)}/story/${index}`,
          outlet: outletOf(index),
          title: `Story ${index}`,
          firstSeen: index + 1,
          lastSeen: lastSeen(index),
          claims: [{ ...claim(`c${index}`, wording(index)), id: `c${index}`, count: 1, firstSeen: index + 1, lastSeen: lastSeen(index), occurrences: undefined }].map(
            ({ occurrences: _, ...filed }) => filed,
          ),
        })),
      ),
    );
  });

  function expected(matches: (index: number) => boolean, limit: number): string[] {
    return Array.from({ length: PAGES }, (_, index) => index)
      .filter(matches)
      .sort((a, b) => lastSeen(b) - lastSeen(a))
      .slice(0, limit)
      .map((index) => `Story ${index}`);
  }

  it('lists the newest matching pages first, however many are asked for', async () => {
    for (const limit of [5, 40, 200]) {
      const listing = await listPages({ ...EMPTY_QUERY, text: 'alpha beta' }, limit);
      expect(listing.pages.map((page) => page.title)).toEqual(expected((index) => index % 8 === 0, limit));
      expect(listing.more).toBe(limit < PAGES / 8);
    }
  });

  it('keeps to the outlet and dates asked for', async () => {
    const query = { ...EMPTY_QUERY, text: 'alpha', outlet: 'o1.example', from: 11_000, to: 13_000 };
    const fits = (index: number) => index % 4 === 0 && outletOf(index) === 'o1.example' && lastSeen(index) >= 11_000 && lastSeen(index) <= 13_000;
    expect((await listPages(query, 10)).pages.map((page) => page.title)).toEqual(expected(fits, 10));
    expect((await listPages({ ...query, text: 'alpha gamma' }, 100)).pages.map((page) => page.title)).toEqual(
      expected((index) => fits(index) && index % 8 !== 0, 100),
    );
  });
});

describe('listPages', () => {
  beforeEach(async () => {
    await recordPage('https://wire.example/a', 'Wire story', analysis(claim('w', VILLAGES, { responses: [DENIAL] })), 1000);
    await recordPage(
      'https://daily.example/b',
      'Daily story',
      analysis(claim('d', ENCIRCLED), claim('k', 'Russian troops shelled Kherson', { asserter: { name: 'the Ukrainian General Staff', side: 'Ukraine' } })),
      2000,
    );
    await recordPage('https://daily.example/c', 'Older daily', analysis(claim('o', 'the offer to surrender remains on the table')), 500);
  });

  it('lists pages newest first with every claim and those claims’ groups', async () => {
    await recordPage('https://post.example/c', 'Post story', analysis(claim('p', 'Russian forces retook two villages near Sudzha')), 400);
    const listing = await listPages(EMPTY_QUERY, 10);
    expect(listing.pages.map((page) => page.title)).toEqual(['Daily story', 'Wire story', 'Older daily', 'Post story']);
    expect([listing.more, listing.total]).toEqual([false, 4]);
    // The group of the claim carried on two pages; the others, seen on one page each, have none to show.
    const villages = listing.pages[1]!.claims[0]!.groupId;
    expect([...listing.groups.keys()]).toEqual([villages]);
    expect(listing.groups.get(villages)).toMatchObject({ pages: 2, outlets: ['post.example', 'wire.example'] });
    const two = await listPages(EMPTY_QUERY, 2);
    expect([two.pages.length, two.more]).toEqual([2, true]);
  });

  it('searches claim text, asserter and outlet, showing only the fitting claims', async () => {
    const byText = await listPages({ ...EMPTY_QUERY, text: 'kherson' }, 10);
    expect(byText.pages.map((page) => [page.title, page.claims.map((c) => c.claimId)])).toEqual([['Daily story', ['k']]]);
    const byAsserter = await listPages({ ...EMPTY_QUERY, text: 'general staff' }, 10);
    expect(byAsserter.pages.map((page) => page.claims.map((c) => c.claimId))).toEqual([['k']]);
    const byOutlet = await listPages({ ...EMPTY_QUERY, text: 'wire.exa' }, 10);
    expect(byOutlet.pages.map((page) => page.title)).toEqual(['Wire story']);
    expect((await listPages({ ...EMPTY_QUERY, text: 'nothing like this' }, 10)).pages).toEqual([]);
  });

  it('finds search words where words start, through the word index or, for words it cannot look up, by reading pages', async () => {
    expect((await listPages({ ...EMPTY_QUERY, text: 'kher' }, 10)).pages.map((page) => page.title)).toEqual(['Daily story']);
    expect((await listPages({ ...EMPTY_QUERY, text: 'erson' }, 10)).pages).toEqual([]);
    const both = await listPages({ ...EMPTY_QUERY, text: 'shelled ukrainian' }, 10);
    expect(both.pages.map((page) => page.claims.map((c) => c.claimId))).toEqual([['k']]);
    // Each search word needs the next; the index narrows by the rarest.
    expect((await listPages({ ...EMPTY_QUERY, text: 'kherson wire.example' }, 10)).pages).toEqual([]);
    // No word to look up: pages are read newest first.
    await recordPage('https://wire.example/p', 'Prices', analysis(claim('p', 'prices rose (again) in March')), 3000);
    expect((await listPages({ ...EMPTY_QUERY, text: '(' }, 10)).pages.map((page) => page.title)).toEqual(['Prices']);
    expect((await listPages({ ...EMPTY_QUERY, text: '(again' }, 10)).pages.map((page) => page.title)).toEqual(['Prices']);
    const searchedInOutlet = await listPages({ ...EMPTY_QUERY, text: 'sudzha', outlet: 'daily.example' }, 10);
    expect(searchedInOutlet.pages).toEqual([]);
    const searchedByDate = await listPages({ ...EMPTY_QUERY, text: 'encircled', from: 1500 }, 10);
    expect(searchedByDate.pages.map((page) => page.title)).toEqual(['Daily story']);
  });

  it('filters by outlet, side, status and date', async () => {
    const outlet = await listPages({ ...EMPTY_QUERY, outlet: 'daily.example' }, 10);
    expect(outlet.pages.map((page) => page.title)).toEqual(['Daily story', 'Older daily']);
    const side = await listPages({ ...EMPTY_QUERY, side: 'ukraine' }, 10);
    expect(side.pages.map((page) => page.claims.map((c) => c.claimId))).toEqual([['k']]);
    const status = await listPages({ ...EMPTY_QUERY, status: 'disputed' }, 10);
    expect(status.pages.map((page) => page.title)).toEqual(['Wire story']);
    const dates = await listPages({ ...EMPTY_QUERY, from: 900, to: 1500 }, 10);
    expect(dates.pages.map((page) => page.title)).toEqual(['Wire story']);
    const both = await listPages({ ...EMPTY_QUERY, outlet: 'daily.example', to: 1000 }, 10);
    expect(both.pages.map((page) => page.title)).toEqual(['Older daily']);
  });

  it('finds matches far down a long history', { timeout: 20_000 }, async () => {
    for (let index = 0; index < 50; index++) {
      await recordPage(`https://bulk.example/${index}`, `Bulk ${index}`, analysis(claim(`b${index}`, `officials opened bridge number ${index}`)), 10_000 + index);
    }
    const listing = await listPages({ ...EMPTY_QUERY, text: 'surrender' }, 10);
    expect(listing.pages.map((page) => page.title)).toEqual(['Older daily']);
    expect(await listOutlets()).toEqual(['bulk.example', 'daily.example', 'wire.example']);
  });
});

describe('data control', () => {
  it('forgets pages not seen since a cutoff', async () => {
    await recordPage('https://a.example/1', 'Old', analysis(claim('a', VILLAGES)), 1000);
    await recordPage('https://b.example/1', 'New', analysis(claim('b', ENCIRCLED)), 5000);
    expect(await forgetPagesSeenBefore(3000)).toBe(1);
    expect((await listRecentPages(10)).pages.map((page) => page.title)).toEqual(['New']);
    expect(await findGroup('Russia', VILLAGES)).toBeUndefined();
  });

  it('marks and unmarks a claim for review', async () => {
    await recordPage('https://a.example/1', 'A', analysis(claim('a', VILLAGES)), 1000);
    await recordPage('https://b.example/1', 'B', analysis(claim('a', VILLAGES)), 2000);
    const key = claimKey('Russia', 'a');
    await markClaim(key, { verdict: 'False', note: 'Satellite images show otherwise.', markedAt: 3000 });
    const marked = await listMarkedClaims();
    expect(marked.map(({ claim: c, mark, carryings }) => [c.text, mark.verdict, carryings.map((carrying) => carrying.page.outlet)])).toEqual([
      [VILLAGES, 'False', ['a.example', 'b.example']],
    ]);
    await markClaim(key, undefined);
    expect(await listMarkedClaims()).toEqual([]);
    await expect(markClaim('nobody\nnothing', { verdict: 'True', note: '', markedAt: 1 })).rejects.toThrow('no longer in the history');
  });
});

describe('pageAddress', () => {
  it('drops only the fragment', () => {
    expect(pageAddress('https://news.example/a?id=7#top')).toBe('https://news.example/a?id=7');
  });
});
