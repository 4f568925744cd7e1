import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import type { ClaimResponse } from '../../../lib/analyzer/types';
import { describe, expect, it } from 'vitest';
import { ClaimIndex, probeOf, type ClaimPack } from '../../../lib/history/claim-index';
import { claimKey, HISTORY_DATABASE_NAME, historyDb, HistoryDatabase, pageOccurrences, type ClaimOccurrence, type ClaimRecord } from '../../../lib/history/db';
import { summarizeGroup } from '../../../lib/history/groups';
import { pageSearchWords } from '../../../lib/history/query';
import { bandKeys, claimFeatures } from '../../../lib/history/similarity';
import { analysis, claim, DENIAL, keptClaimKeys } from './fixtures';

const NAME = 'claimlens-upgrade-test';
/** The schema version every upgrade ends at. */
const LATEST_VERSION = 16;
const asserter = { name: 'the Russian Defense Ministry', side: 'Russia' };

/** An occurrence row as the later schemas keep it, of a claim by the Russian ministry carried `count` times. */
function legacyOccurrence(pageId: number, outlet: string, claimId: string, text: string, groupId: number, position: number, count = 1): ClaimOccurrence {
  const { occurrences: _, ...row } = v1Row(pageId, claimId, text, [], position);
  return { ...row, status: 'uncontested', claimKey: claimKey('Russia', claimId), groupId, outlet, count };
}

function v1Row(pageId: number, claimId: string, text: string, responses = [DENIAL].slice(0, 0), position = 0) {
  return {
    pageId,
    claimId,
    position,
    text,
    sentence: `The ministry said ${text}.`,
    cue: 'said',
    asserter,
    status: responses.length ? 'disputed' : 'uncontested',
    responses,
    occurrences: 2,
    firstSeen: 100 * pageId,
    lastSeen: 100 * pageId + 50,
  };
}

/** A database as an earlier version of the schema declared it (as ../../../lib/history/db did). */
function legacyDatabase(name: string, version: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({ pages: '++id, &url, lastSeen', pageClaims: '[pageId+claimId], claimId' });
  if (version >= 2) {
    db.version(2).stores({
      pages: '++id, &url, lastSeen, [outlet+lastSeen]',
      pageClaims: null,
      claims: 'key, groupId, *bands',
      occurrences: '[pageId+claimId], groupId',
      groups: '++id, lastSeen, [disagree+lastSeen]',
      marks: 'claimKey',
    });
  }
  if (version >= 3) db.version(3).stores({ claims: 'key, groupId', pageWords: 'pageId, *words', stamps: 'table' });
  if (version >= 4) db.version(4).stores({ claimPacks: '[side+seq]' });
  if (version >= 5) db.version(5).stores({ occurrences: null, pageOccurrences: 'pageId, *groupIds' });
  if (version >= 6) db.version(6).stores({});
  if (version >= 7) db.version(7).stores({ claims: null });
  if (version >= 8) db.version(8).stores({});
  if (version >= 9) db.version(9).stores({});
  if (version >= 10) db.version(10).stores({});
  if (version >= 11) db.version(11).stores({});
  if (version >= 12) db.version(12).stores({});
  if (version >= 13) db.version(13).stores({});
  if (version >= 14) db.version(14).stores({});
  if (version >= 15) db.version(15).stores({});
  return db;
}

/** The two pages most upgrades are tried on, a wire's and a daily's: new objects each time (Dexie writes the id it gives into them). */
const wirePageRow = () => ({ url: 'https://wire.example/a', outlet: 'wire.example', title: 'Wire', firstSeen: 100, lastSeen: 150 });
const dailyPageRow = () => ({ url: 'https://daily.example/b', outlet: 'daily.example', title: 'Daily', firstSeen: 200, lastSeen: 250 });

/** The history's own database closed and deleted, and a legacy one of that version opened in its place. */
async function legacyInPlaceOfHistory(version: Parameters<typeof legacyDatabase>[1]): Promise<Dexie> {
  historyDb.close();
  await Dexie.delete(HISTORY_DATABASE_NAME);
  return legacyDatabase(HISTORY_DATABASE_NAME, version);
}

/** The claims index a worker holds once it has read these packs. */
function indexOfPacks(packs: readonly ClaimPack[]): ClaimIndex {
  const index = new ClaimIndex();
  for (const side of new Set(packs.map((pack) => pack.side))) index.hold(side, packs.filter((pack) => pack.side === side));
  return index;
}

describe('the upgrades from the first schema', () => {
  it('turns per-page claims into claims, occurrences and groups, keeping every page', async () => {
    const v1 = legacyDatabase(NAME, 1);
    await v1.table('pages').bulkAdd([wirePageRow(), dailyPageRow()]);
    await v1.table('pageClaims').bulkAdd([
      v1Row(1, 'v1', 'it has regained control over two villages near Sudzha', [DENIAL]),
      v1Row(1, 'e1', 'Ukrainian fighters are encircled', [], 1),
      v1Row(2, 'v2', 'Russian forces retook two villages near Sudzha'),
      v1Row(2, 'e1', 'Ukrainian fighters are encircled', [], 1),
    ]);
    v1.close();

    const v2 = new HistoryDatabase(NAME);
    await v2.open();
    expect(v2.verno).toBe(LATEST_VERSION);
    expect(v2.tables.map((table) => table.name).sort()).toEqual(['claimPacks', 'groups', 'marks', 'pageOccurrences', 'pageWords', 'pages', 'stamps']);
    expect((await v2.pages.toArray()).map((page) => [page.id, page.outlet, page.title])).toEqual([
      [1, 'wire.example', 'Wire'],
      [2, 'daily.example', 'Daily'],
    ]);
    const occurrences = (await v2.pageOccurrences.toArray()).flatMap((row) => row.occurrences);
    expect(occurrences).toHaveLength(4);
    expect((await v2.pageOccurrences.get(1))?.occurrences.map((o) => o.claimId)).toEqual(['v1', 'e1']);
    expect(occurrences.find((o) => o.claimId === 'v1')).toMatchObject({ outlet: 'wire.example', count: 2, status: 'disputed', responses: [DENIAL], firstSeen: 100, lastSeen: 150 });
    expect((await v2.pageWords.get(2))?.words).toEqual(expect.arrayContaining(['retook', 'sudzha', 'encircled', 'daily']));
    expect((await v2.pageWords.get(2))?.words).not.toContain('regained');

    const groups = await v2.groups.toArray();
    expect(groups.map((group) => [group.text, group.outlets, group.occurrences, group.disagree]).sort()).toEqual([
      ['Ukrainian fighters are encircled', ['daily.example', 'wire.example'], 2, 0],
      ['it has regained control over two villages near Sudzha', ['daily.example', 'wire.example'], 2, 1],
    ]);
    const villages = groups.find((group) => group.text.includes('villages'))!;
    expect(occurrences.filter((o) => o.groupId === villages.id).map((o) => o.claimId).sort()).toEqual(['v1', 'v2']);
    expect(await keptClaimKeys(v2)).toEqual(['e1', 'v1', 'v2'].map((id) => claimKey('Russia', id)).sort());
    const index = indexOfPacks(await v2.claimPacks.toArray());
    expect(index.valueOf('Russia', claimKey('Russia', 'v2'))).toBe(villages.id);
    expect(index.mostSimilar(probeOf({ key: 'x', side: 'Russia', text: 'Russian troops took back two villages near Sudzha' }))).toBe(villages.id);
    v2.close();
  });
});

describe('the upgrade from the second schema', () => {
  const name = 'claimlens-upgrade-v2-test';

  it('gives every occurrence its search words, which the word index finds', async () => {
    const v2 = legacyDatabase(name, 2);
    await v2.table('pages').add(wirePageRow());
    const text = 'it has regained control over two villages near Sudzha';
    const features = claimFeatures(text);
    const groupId = await v2.table('groups').add({ side: 'Russia', text, occurrences: 1, pages: 1, outlets: ['wire.example'], statuses: ['uncontested'], reported: 0, disagree: 0, firstSeen: 100, lastSeen: 150 });
    await v2.table('claims').add({ key: claimKey('Russia', 'v1'), claimId: 'v1', side: 'Russia', text, groupId, ...features, bands: bandKeys(features.shingles), firstSeen: 100 });
    const { occurrences: _, ...row } = v1Row(1, 'v1', text);
    await v2.table('occurrences').add({ ...row, claimKey: claimKey('Russia', 'v1'), groupId, outlet: 'wire.example', count: 2 });
    v2.close();

    const v3 = new HistoryDatabase(name);
    await v3.open();
    expect(v3.verno).toBe(LATEST_VERSION);
    expect(indexOfPacks(await v3.claimPacks.toArray()).valueOf('Russia', claimKey('Russia', 'v1'))).toBe(groupId);
    expect((await v3.pageOccurrences.toArray()).flatMap((page) => page.occurrences)).toEqual([{ ...row, claimKey: claimKey('Russia', 'v1'), groupId, outlet: 'wire.example', count: 2 }]);
    expect((await v3.pageWords.get(1))?.words).toEqual(expect.arrayContaining(['regained', 'sudzha', 'russian', 'defense', 'russia', 'wire', 'example']));
    expect(await v3.pageWords.where('words').startsWith('sudz').primaryKeys()).toEqual([1]);
    const words = (await v3.pageWords.get(1))!;
    expect(words.claimWords?.map((claim) => claim.map((at) => words.words[at]).sort())).toEqual([[...words.words].sort()]);
    expect(await v3.pageWords.where('words').equals('kherson').count()).toBe(0);
    v3.close();
  });
});

describe('the upgrade from the third schema', () => {
  const name = 'claimlens-upgrade-v3-test';

  it('packs every claim by side for matching, found by its key', async () => {
    const v3 = legacyDatabase(name, 3);
    const group = (side: string, text: string) =>
      v3.table('groups').add({ side, text, occurrences: 1, pages: 1, outlets: ['wire.example'], statuses: ['uncontested'], reported: 0, disagree: 0, firstSeen: 100, lastSeen: 150 }) as Promise<number>;
    const record = (side: string, claimId: string, text: string, groupId: number) => {
      const features = claimFeatures(text);
      return { key: claimKey(side, claimId), claimId, side, text, groupId, ...features, bands: bandKeys(features.shingles), firstSeen: 100 };
    };
    const villages = await group('Russia', 'it has regained control over two villages near Sudzha');
    const encircled = await group('Russia', 'Ukrainian fighters are encircled');
    const drones = await group('Ukraine', 'air defences shot down 40 drones overnight');
    const records = [
      record('Russia', 'v1', 'it has regained control over two villages near Sudzha', villages),
      record('Russia', 'v2', 'Russian forces retook two villages near Sudzha', villages),
      record('Russia', 'e1', 'Ukrainian fighters are encircled', encircled),
      record('Ukraine', 'd1', 'air defences shot down 40 drones overnight', drones),
    ];
    await v3.table('claims').bulkAdd(records);
    v3.close();

    const v4 = new HistoryDatabase(name);
    await v4.open();
    expect(v4.verno).toBe(LATEST_VERSION);
    expect(await keptClaimKeys(v4)).toEqual(records.map((record) => record.key).sort());
    const packs = await v4.claimPacks.toArray();
    for (const { side, key, groupId } of records) expect(indexOfPacks(packs).valueOf(side, key)).toBe(groupId);
    expect(packs.map((pack) => [pack.side, pack.seq, pack.values.length])).toEqual([
      ['russia', 0, 3],
      ['ukraine', 0, 1],
    ]);
    const index = indexOfPacks(packs);
    const match = (side: string, text: string) => index.mostSimilar(probeOf({ key: 'x', side, text }));
    expect(match('Russia', 'Russian troops took back two villages near Sudzha')).toBe(villages);
    expect(match('Russia', 'Ukrainian troops have been surrounded')).toBe(encircled);
    expect(match('Ukraine', '40 drones were shot down by air defences overnight')).toBe(drones);
    expect(match('Ukraine', 'Ukrainian fighters are encircled')).toBeUndefined();
    v4.close();
  });
});

describe('the upgrade from the fourth schema', () => {
  const name = 'claimlens-upgrade-v4-test';

  function occurrenceRow(pageId: number, claimId: string, position: number, groupId: number) {
    const { occurrences: _, ...row } = v1Row(pageId, claimId, `claim ${claimId} on page ${pageId}`, [], position);
    return { ...row, claimKey: claimKey('Russia', claimId), groupId, outlet: 'wire.example', count: 2 };
  }

  it('keeps each page\'s occurrences in one record, in reading order, found by page and by group', async () => {
    const v4 = legacyDatabase(name, 4);
    // More rows than one step of the upgrade reads, so a page is split across two steps.
    const pages = 520;
    const rows = Array.from({ length: pages }, (_, page) =>
      // Positions run against the claim ids' order, which is the order the rows are read in.
      Array.from({ length: 20 }, (_, claim) => occurrenceRow(page + 1, `c${String(claim).padStart(2, '0')}`, 19 - claim, 1 + ((page + claim) % 7))),
    ).flat();
    await v4.table('occurrences').bulkAdd(rows);
    await v4.table('claims').add({ key: claimKey('Russia', 'c00'), claimId: 'c00', side: 'Russia', text: 'claim c00', groupId: 1, firstSeen: 100 });
    v4.close();

    const v5 = new HistoryDatabase(name);
    await v5.open();
    expect(v5.verno).toBe(LATEST_VERSION);
    expect(v5.tables.map((table) => table.name)).not.toContain('occurrences');
    expect(await v5.pageOccurrences.count()).toBe(pages);
    const page = await v5.pageOccurrences.get(501);
    expect(page?.occurrences.map((occurrence) => occurrence.claimId)).toEqual(Array.from({ length: 20 }, (_, claim) => `c${String(19 - claim).padStart(2, '0')}`));
    expect(page?.groupIds.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const stored = (await v5.pageOccurrences.toArray()).flatMap((row) => row.occurrences);
    const byKey = (a: { pageId: number; claimId: string }, b: { pageId: number; claimId: string }) => a.pageId - b.pageId || a.claimId.localeCompare(b.claimId);
    expect(stored.sort(byKey)).toEqual(rows.sort(byKey));
    const groupThree = await v5.pageOccurrences.where('groupIds').equals(3).primaryKeys();
    expect(groupThree).toHaveLength(pages);
    expect(await keptClaimKeys(v5)).toEqual([claimKey('Russia', 'c00')]);
    v5.close();
  });
});

describe('the upgrade from the fifth schema', () => {
  const name = 'claimlens-upgrade-v5-test';

  it('builds every side\'s claim packs anew from the claims\' texts, with a new stamp', async () => {
    const v5 = legacyDatabase(name, 5);
    const claims = [
      { key: claimKey('Russia', 'v1'), claimId: 'v1', side: 'Russia', text: 'it has regained control over two villages near Sudzha', groupId: 1, firstSeen: 100 },
      { key: claimKey('Ukraine', 'd1'), claimId: 'd1', side: 'Ukraine', text: 'air defences shot down 40 drones overnight', groupId: 2, firstSeen: 100 },
    ];
    await v5.table('claims').bulkAdd(claims);
    // Packs as older features left them: one for a text no claim has, one for a side with no claims left.
    const stale = new ClaimIndex();
    stale.hold('Russia', []);
    stale.hold('Belarus', []);
    stale.add(probeOf({ key: 'old', side: 'Russia', text: 'troops crossed the river at dawn' }), 7);
    stale.add(probeOf({ key: 'gone', side: 'Belarus', text: 'the border crossing was closed' }), 8);
    await v5.table('claimPacks').bulkAdd(stale.takeChanges().put);
    await v5.table('stamps').add({ table: 'claims', stamp: 'before' });
    v5.close();

    const v6 = new HistoryDatabase(name);
    await v6.open();
    expect(v6.verno).toBe(LATEST_VERSION);
    const packs = await v6.claimPacks.toArray();
    expect(packs.map((pack) => [pack.side, pack.values.length])).toEqual([
      ['russia', 1],
      ['ukraine', 1],
    ]);
    const index = indexOfPacks(packs);
    expect(index.mostSimilar(probeOf({ key: 'x', side: 'Russia', text: 'Russian forces retook 2 villages near Sudzha' }))).toBe(1);
    expect(index.mostSimilar(probeOf({ key: 'y', side: 'Russia', text: 'troops crossed the river at dawn' }))).toBeUndefined();
    expect(index.mostSimilar(probeOf({ key: 'z', side: 'Ukraine', text: '40 drones were shot down by air defenses overnight' }))).toBe(2);
    expect((await v6.stamps.get('claims'))?.stamp).not.toBe('before');
    v6.close();
  });
});

describe('the upgrade from the sixth schema', () => {
  const VILLAGES = 'it has regained control over two villages near Sudzha';
  const RETOOK = 'Russian forces retook two villages near Sudzha';
  const ENCIRCLED = 'Ukrainian fighters are encircled';

  const occurrence = (pageId: number, outlet: string, claimId: string, text: string, groupId: number, position: number) =>
    legacyOccurrence(pageId, outlet, claimId, text, groupId, position, 2);

  it('moves the claims into their packs, found there by key, and the history keeps working', async () => {
    const v6 = legacyDatabase(HISTORY_DATABASE_NAME, 6);
    await v6.table('pages').bulkAdd([wirePageRow(), dailyPageRow()]);
    const wire = [occurrence(1, 'wire.example', 'v1', VILLAGES, 1, 0), occurrence(1, 'wire.example', 'e1', ENCIRCLED, 2, 1)];
    const daily = [occurrence(2, 'daily.example', 'v2', RETOOK, 1, 0)];
    await v6.table('pageOccurrences').bulkAdd([pageOccurrences(1, wire), pageOccurrences(2, daily)]);
    await v6.table('pageWords').bulkAdd([{ pageId: 1, ...pageSearchWords(wire) }, { pageId: 2, ...pageSearchWords(daily) }]);
    const drones = (i: number) => `air defences shot down ${i + 2} drones overnight`;
    await v6.table('groups').bulkAdd([
      { id: 1, side: 'Russia', text: VILLAGES, ...summarizeGroup([wire[0]!, daily[0]!]) },
      { id: 2, side: 'Russia', text: ENCIRCLED, ...summarizeGroup([wire[1]!]) },
      { id: 3, side: 'Ukraine', text: drones(0), ...summarizeGroup([]), firstSeen: 100, lastSeen: 100 },
    ]);
    // More claims of one side than a pack holds.
    const records: ClaimRecord[] = [
      { key: claimKey('Russia', 'v1'), claimId: 'v1', side: 'Russia', text: VILLAGES, groupId: 1, firstSeen: 100 },
      { key: claimKey('Russia', 'v2'), claimId: 'v2', side: 'Russia', text: RETOOK, groupId: 1, firstSeen: 200 },
      { key: claimKey('Russia', 'e1'), claimId: 'e1', side: 'Russia', text: ENCIRCLED, groupId: 2, firstSeen: 100 },
      ...Array.from({ length: 140 }, (_, i) => ({ key: claimKey('Ukraine', `d${i}`), claimId: `d${i}`, side: 'Ukraine', text: drones(i), groupId: 3, firstSeen: 100 })),
    ];
    await v6.table('claims').bulkAdd(records);
    // A pack as version 6 kept it: claims known by a hash of their key only.
    const old = new ClaimIndex();
    old.hold('Russia', []);
    old.add(probeOf({ key: 'v1', side: 'Russia', text: VILLAGES }), 1);
    await v6.table('claimPacks').bulkAdd(old.takeChanges().put.map((pack) => ({ ...pack, keys: Uint32Array.of(12345) })));
    await v6.table('stamps').add({ table: 'claims', stamp: 'before' });
    await v6.table('marks').add({ claimKey: claimKey('Russia', 'v1'), verdict: 'Unproven', note: '', markedAt: 300 });
    v6.close();

    const v7 = new HistoryDatabase();
    await v7.open();
    expect(v7.verno).toBe(LATEST_VERSION);
    expect(v7.tables.map((table) => table.name)).not.toContain('claims');
    expect(await keptClaimKeys(v7)).toEqual(records.map((record) => record.key).sort());
    const packs = await v7.claimPacks.toArray();
    expect(packs.filter((pack) => pack.side === 'ukraine').map((pack) => pack.values.length)).toEqual([128, 12]);
    const index = indexOfPacks(packs);
    for (const { side, key, groupId } of records) expect(index.valueOf(side, key)).toBe(groupId);
    expect((await v7.stamps.get('claims'))?.stamp).not.toBe('before');
    v7.close();

    const repository = await import('../../../lib/history/repository');
    expect((await repository.listMarkedClaims()).map(({ claim, carryings }) => [claim.claimId, claim.text, claim.groupId, carryings.length])).toEqual([['v1', VILLAGES, 1, 1]]);
    // A kept claim joins its group by key, a new wording by similarity, a new claim starts a group with a new id.
    await repository.recordPage(
      'https://post.example/c',
      'Post',
      analysis(claim('v2', RETOOK), claim('n', 'Russia regained control of two villages near Sudzha'), claim('s', 'the offer to surrender remains on the table')),
      5000,
    );
    expect(await repository.findGroup('Russia', VILLAGES)).toMatchObject({ id: 1, pages: 3, occurrences: 4 });
    expect(await repository.findGroup('Russia', 'the offer to surrender remains on the table')).toMatchObject({ id: 4, pages: 1 });
    // Claims no page carries any more are forgotten, with their marks.
    const wirePage = (await repository.listRecentPages(10)).pages.find((page) => page.outlet === 'wire.example')!;
    await repository.deletePage(wirePage.id);
    expect(await keptClaimKeys()).not.toContain(claimKey('Russia', 'v1'));
    expect(await keptClaimKeys()).not.toContain(claimKey('Russia', 'e1'));
    expect(await keptClaimKeys()).toContain(claimKey('Russia', 'n'));
    expect(await repository.listMarkedClaims()).toEqual([]);
    expect(await repository.findGroup('Russia', ENCIRCLED)).toBeUndefined();
  });
});

describe('the upgrade from the seventh schema', () => {
  const VILLAGES = 'it has regained control over two villages near Sudzha';
  const ENCIRCLED = 'Ukrainian fighters are encircled';
  const SURRENDER = 'the offer to surrender remains on the table';

  it('drops the records of groups carried on one page, which still open from their occurrences, and takes no group id again', async () => {
    const v7 = await legacyInPlaceOfHistory(7);
    await v7.table('pages').bulkAdd([wirePageRow(), dailyPageRow()]);
    // Villages on two pages; encircled twice on one page; the surrender offer, with the largest group id, on one page.
    const wire = [legacyOccurrence(1, 'wire.example', 'v1', VILLAGES, 1, 0), legacyOccurrence(1, 'wire.example', 'e1', ENCIRCLED, 2, 1), legacyOccurrence(1, 'wire.example', 'e2', 'Ukrainian fighters were encircled', 2, 2)];
    const daily = [legacyOccurrence(2, 'daily.example', 'v2', 'Russian forces retook two villages near Sudzha', 1, 0), legacyOccurrence(2, 'daily.example', 's1', SURRENDER, 5, 1)];
    await v7.table('pageOccurrences').bulkAdd([pageOccurrences(1, wire), pageOccurrences(2, daily)]);
    await v7.table('pageWords').bulkAdd([{ pageId: 1, ...pageSearchWords(wire) }, { pageId: 2, ...pageSearchWords(daily) }]);
    await v7.table('groups').bulkAdd([
      { id: 1, side: 'Russia', text: VILLAGES, ...summarizeGroup([wire[0]!, daily[0]!]) },
      { id: 2, side: 'Russia', text: ENCIRCLED, ...summarizeGroup(wire.slice(1)) },
      { id: 5, side: 'Russia', text: SURRENDER, ...summarizeGroup([daily[1]!]) },
    ]);
    const index = new ClaimIndex();
    index.hold('Russia', []);
    for (const { claimKey: key, text, groupId } of [...wire, ...daily]) index.add(probeOf({ key, side: 'Russia', text }), groupId);
    await v7.table('claimPacks').bulkAdd(index.takeChanges().put);
    await v7.table('stamps').add({ table: 'claims', stamp: 'before' });
    v7.close();

    await historyDb.open();
    expect(historyDb.verno).toBe(LATEST_VERSION);
    expect((await historyDb.groups.toArray()).map((group) => [group.id, group.pages])).toEqual([[1, 2]]);
    const stamp = await historyDb.stamps.get('claims');
    expect(stamp?.stamp).not.toBe('before');
    expect(stamp?.nextGroupId).toBe(6);

    const repository = await import('../../../lib/history/repository');
    // A group without a record opens from its occurrences, worded as first seen.
    const encircled = await repository.getGroup(2);
    expect(encircled?.group).toMatchObject({ id: 2, side: 'Russia', text: ENCIRCLED, pages: 1, occurrences: 2, outlets: ['wire.example'] });
    expect(encircled?.carryings.map(({ occurrence }) => occurrence.claimId).sort()).toEqual(['e1', 'e2']);
    expect(await repository.listGroups({ text: '', disagreeing: false }, 10)).toMatchObject({ groups: [{ id: 1 }], more: false });

    // A second page carrying the surrender offer gives its group a record; a new claim takes an id no group had.
    await repository.recordPage('https://post.example/c', 'Post', analysis(claim('s2', SURRENDER), claim('n', 'the bridge at Sudzha was blown up overnight')), 5000);
    expect(await historyDb.groups.get(5)).toMatchObject({ side: 'Russia', text: SURRENDER, pages: 2, occurrences: 2, outlets: ['daily.example', 'post.example'] });
    expect(await repository.findGroup('Russia', 'the bridge at Sudzha was blown up overnight')).toMatchObject({ id: 6, pages: 1 });
    expect((await historyDb.stamps.get('claims'))?.nextGroupId).toBe(7);
    expect((await historyDb.groups.toArray()).map((group) => group.id)).toEqual([1, 5]);

    // Forgetting the post leaves the surrender offer on one page again: its record goes, its claim stays.
    const post = (await repository.listRecentPages(10)).pages.find((page) => page.outlet === 'post.example')!;
    await repository.deletePage(post.id);
    expect((await historyDb.groups.toArray()).map((group) => group.id)).toEqual([1]);
    expect(await keptClaimKeys()).toContain(claimKey('Russia', 's1'));
    expect(await keptClaimKeys()).not.toContain(claimKey('Russia', 'n'));
    expect(await repository.findGroup('Russia', SURRENDER)).toMatchObject({ id: 5, pages: 1, outlets: ['daily.example'] });
  });
});

describe('the upgrade from the eighth schema', () => {
  const RESIGNED = 'the defence minister has resigned over the procurement scandal';
  const STEPPED_DOWN = 'the defence minister stepped down over the procurement scandal';
  const DRONES = 'air defences shot down 12 Ukrainian drones over the Belgorod region';

  it('packs every claim anew from its pages\' texts with the current features, so a new wording joins a group kept from before', async () => {
    const v8 = await legacyInPlaceOfHistory(8);
    await v8.table('pages').bulkAdd([wirePageRow(), dailyPageRow()]);
    const wire = [legacyOccurrence(1, 'wire.example', 'r1', RESIGNED, 3, 0), legacyOccurrence(1, 'wire.example', 'd1', DRONES, 4, 1)];
    const daily = [legacyOccurrence(2, 'daily.example', 'r2', RESIGNED, 3, 0)];
    await v8.table('pageOccurrences').bulkAdd([pageOccurrences(1, wire), pageOccurrences(2, daily)]);
    await v8.table('pageWords').bulkAdd([{ pageId: 1, ...pageSearchWords(wire) }, { pageId: 2, ...pageSearchWords(daily) }]);
    await v8.table('groups').add({ id: 3, side: 'Russia', text: RESIGNED, ...summarizeGroup([wire[0]!, daily[0]!]) });
    // Packs as older features left them: each claim's key and group, with features no current wording has.
    const old = new ClaimIndex();
    old.hold('Russia', []);
    old.add(probeOf({ key: claimKey('Russia', 'r1'), side: 'Russia', text: 'minister went at dawn' }), 3);
    old.add(probeOf({ key: claimKey('Russia', 'r2'), side: 'Russia', text: 'minister went at dawn' }), 3);
    old.add(probeOf({ key: claimKey('Russia', 'd1'), side: 'Russia', text: 'the bridge was closed' }), 4);
    await v8.table('claimPacks').bulkAdd(old.takeChanges().put);
    await v8.table('stamps').add({ table: 'claims', stamp: 'before', nextGroupId: 5 });
    v8.close();

    await historyDb.open();
    expect(historyDb.verno).toBe(LATEST_VERSION);
    const stamp = await historyDb.stamps.get('claims');
    expect(stamp?.stamp).not.toBe('before');
    expect(stamp?.nextGroupId).toBe(5);
    expect(await keptClaimKeys()).toEqual(['r1', 'r2', 'd1'].map((id) => claimKey('Russia', id)).sort());
    const index = indexOfPacks(await historyDb.claimPacks.toArray());
    expect(index.valueOf('Russia', claimKey('Russia', 'd1'))).toBe(4);
    expect(index.mostSimilar(probeOf({ key: 'x', side: 'Russia', text: 'minister went at dawn' }))).toBeUndefined();
    expect(index.mostSimilar(probeOf({ key: 'y', side: 'Russia', text: 'twelve Ukrainian drones were shot down over Belgorod' }))).toBe(4);

    const repository = await import('../../../lib/history/repository');
    await repository.recordPage('https://post.example/c', 'Post', analysis(claim('s1', STEPPED_DOWN)), 5000);
    expect(await repository.findGroup('Russia', STEPPED_DOWN)).toMatchObject({ id: 3, pages: 3, outlets: ['daily.example', 'post.example', 'wire.example'] });
    expect((await historyDb.groups.toArray()).map((group) => group.id)).toEqual([3]);
  });
});

describe('the upgrade from the ninth schema', () => {
  const CLOSED = 'the plant will close at the end of January, eliminating 486 jobs';
  const CLOSING = 'the plant will close at the end of January, cutting 486 jobs';

  it('packs the claims anew from their pages without reading an older build\'s layout, and leaves out a claim no page carries', async () => {
    const v9 = await legacyInPlaceOfHistory(9);
    await v9.table('pages').add(wirePageRow());
    const { occurrences: _, ...row } = v1Row(1, 'c1', CLOSED);
    const carried: ClaimOccurrence = { ...row, status: 'uncontested', claimKey: claimKey('Russia', 'c1'), groupId: 7, outlet: 'wire.example', count: 1 };
    await v9.table('pageOccurrences').add(pageOccurrences(1, [carried]));
    await v9.table('pageWords').add({ pageId: 1, ...pageSearchWords([carried]) });
    // Packs in a layout the current code cannot read: every feature word scrambled.
    const old = new ClaimIndex();
    old.hold('Russia', []);
    old.add(probeOf({ key: claimKey('Russia', 'c1'), side: 'Russia', text: CLOSED }), 7);
    old.add(probeOf({ key: claimKey('Russia', 'gone'), side: 'Russia', text: 'a claim whose page was deleted' }), 8);
    const scrambled = old.takeChanges().put.map((pack) => ({ ...pack, features: pack.features.map((_, i) => 0x3fffffff - i) }));
    await v9.table('claimPacks').bulkAdd(scrambled);
    await v9.table('stamps').add({ table: 'claims', stamp: 'before', nextGroupId: 9 });
    v9.close();

    await historyDb.open();
    expect(historyDb.verno).toBe(LATEST_VERSION);
    const stamp = await historyDb.stamps.get('claims');
    expect(stamp).toMatchObject({ nextGroupId: 9 });
    expect(stamp?.stamp).not.toBe('before');
    expect(await keptClaimKeys()).toEqual([claimKey('Russia', 'c1')]);
    const index = indexOfPacks(await historyDb.claimPacks.toArray());
    expect(index.mostSimilar(probeOf({ key: 'x', side: 'Russia', text: CLOSING }))).toBe(7);
  });
});

describe('the upgrade from the tenth schema', () => {
  const VILLAGES = 'it has regained control over two villages near Sudzha';
  const ENCIRCLED = 'Ukrainian fighters are encircled';
  const SURRENDER = 'the offer to surrender remains on the table';

  /** A group record as version 10 kept it: its summary without the pages carrying it. */
  function v10Group(id: number, text: string, occurrences: ClaimOccurrence[]) {
    const { pageIds: _, ...summary } = summarizeGroup(occurrences);
    return { id, side: 'Russia', text, ...summary };
  }

  it('lists on each group record the pages carrying it, losing nothing, and recording then extends the list', async () => {
    const v10 = await legacyInPlaceOfHistory(10);
    await v10.table('pages').bulkAdd([
      { url: 'https://wire.example/a', outlet: 'wire.example', title: 'Wire', firstSeen: 100, lastSeen: 150 },
      { url: 'https://daily.example/b', outlet: 'daily.example', title: 'Daily', firstSeen: 200, lastSeen: 250 },
      { url: 'https://post.example/c', outlet: 'post.example', title: 'Post', firstSeen: 300, lastSeen: 350 },
    ]);
    // Villages on the wire and the daily; encircled on all three pages; the surrender offer on the post alone (no record).
    const wire = [legacyOccurrence(1, 'wire.example', 'v1', VILLAGES, 1, 0), legacyOccurrence(1, 'wire.example', 'e1', ENCIRCLED, 2, 1)];
    const daily = [legacyOccurrence(2, 'daily.example', 'v2', 'Russian forces retook two villages near Sudzha', 1, 0), legacyOccurrence(2, 'daily.example', 'e1', ENCIRCLED, 2, 1)];
    const post = [legacyOccurrence(3, 'post.example', 'e1', ENCIRCLED, 2, 0), legacyOccurrence(3, 'post.example', 's1', SURRENDER, 3, 1)];
    await v10.table('pageOccurrences').bulkAdd([pageOccurrences(1, wire), pageOccurrences(2, daily), pageOccurrences(3, post)]);
    await v10.table('pageWords').bulkAdd([wire, daily, post].map((claims, i) => ({ pageId: i + 1, ...pageSearchWords(claims) })));
    await v10.table('groups').bulkAdd([v10Group(1, VILLAGES, [wire[0]!, daily[0]!]), v10Group(2, ENCIRCLED, [wire[1]!, daily[1]!, post[0]!])]);
    const index = new ClaimIndex();
    index.hold('Russia', []);
    for (const { claimKey: key, text, groupId } of [...wire, daily[0]!, post[1]!]) index.add(probeOf({ key, side: 'Russia', text }), groupId);
    await v10.table('claimPacks').bulkAdd(index.takeChanges().put);
    await v10.table('stamps').add({ table: 'claims', stamp: 'before', nextGroupId: 4 });
    await v10.table('marks').add({ claimKey: claimKey('Russia', 's1'), verdict: 'Unproven', note: '', markedAt: 400 });
    // The claim packs and their stamp are built anew by version 12's step (see the eleventh schema's upgrade).
    const unchanged = ['pages', 'pageOccurrences', 'pageWords', 'marks'];
    const before = await Promise.all(unchanged.map((table) => v10.table(table).toArray()));
    const groupsBefore = await v10.table('groups').toArray();
    v10.close();

    await historyDb.open();
    expect(historyDb.verno).toBe(LATEST_VERSION);
    expect(await Promise.all(unchanged.map((table) => historyDb.table(table).toArray()))).toEqual(before);
    expect(await historyDb.groups.toArray()).toEqual([
      { ...groupsBefore[0], pageIds: [1, 2] },
      { ...groupsBefore[1], pageIds: [1, 2, 3] },
    ]);

    // A fourth page carrying the villages and the surrender offer: the villages' list grows, and
    // the surrender offer, now on two pages, gets a record listing both.
    const repository = await import('../../../lib/history/repository');
    await repository.recordPage('https://fourth.example/d', 'Fourth', analysis(claim('v1', VILLAGES), claim('s1', SURRENDER)), 5000);
    expect(await historyDb.groups.get(1)).toMatchObject({ pages: 3, pageIds: [1, 2, 4], outlets: ['daily.example', 'fourth.example', 'wire.example'] });
    expect(await historyDb.groups.get(3)).toMatchObject({ text: SURRENDER, pages: 2, pageIds: [3, 4] });
    expect(await repository.getGroup(2)).toMatchObject({ group: { pages: 3, pageIds: [1, 2, 3] } });
    expect((await repository.listMarkedClaims()).map(({ claim, carryings }) => [claim.key, carryings.length])).toEqual([[claimKey('Russia', 's1'), 2]]);
    // Forgetting a page takes it off the lists.
    await repository.deletePage(2);
    expect(await historyDb.groups.get(1)).toMatchObject({ pages: 2, pageIds: [1, 4] });
    expect(await historyDb.groups.get(2)).toMatchObject({ pages: 2, pageIds: [1, 3] });
  });
});

/**
 * A database of `version` holding one page whose claim (`kept`, in group 6) has packs an earlier
 * build worked out — none of the features its wording has now — opened with the current schema:
 * the upgrade must pack it anew, so that `reworded`, the same claim, now finds its group.
 */
async function expectRepackedFrom(version: 11 | 12 | 15, kept: string, reworded: string): Promise<void> {
  const legacy = await legacyInPlaceOfHistory(version);
  await legacy.table('pages').add(wirePageRow());
  const wire = [legacyOccurrence(1, 'wire.example', 't1', kept, 6, 0)];
  await legacy.table('pageOccurrences').add(pageOccurrences(1, wire));
  await legacy.table('pageWords').add({ pageId: 1, ...pageSearchWords(wire) });
  const old = new ClaimIndex();
  old.hold('Russia', []);
  old.add(probeOf({ key: claimKey('Russia', 't1'), side: 'Russia', text: 'minister went at dawn' }), 6);
  await legacy.table('claimPacks').bulkAdd(old.takeChanges().put);
  await legacy.table('stamps').add({ table: 'claims', stamp: 'before', nextGroupId: 7 });
  legacy.close();

  await historyDb.open();
  expect(historyDb.verno).toBe(LATEST_VERSION);
  const stamp = await historyDb.stamps.get('claims');
  expect(stamp).toMatchObject({ nextGroupId: 7 });
  expect(stamp?.stamp).not.toBe('before');
  expect(await keptClaimKeys()).toEqual([claimKey('Russia', 't1')]);
  const index = indexOfPacks(await historyDb.claimPacks.toArray());
  expect(index.valueOf('Russia', claimKey('Russia', 't1'))).toBe(6);
  expect(index.mostSimilar(probeOf({ key: 'x', side: 'Russia', text: 'minister went at dawn' }))).toBeUndefined();
  expect(index.mostSimilar(probeOf({ key: 'y', side: 'Russia', text: reworded }))).toBe(6);
}

describe('the upgrade from the eleventh schema', () => {
  it('packs every claim anew from its pages\' texts with the current features, keeping each key, group and the next group id', async () => {
    await expectRepackedFrom(11, 'the budget takes four billion euros out of public healthcare', 'the budget is taking four billion euros out of public healthcare');
  });
});

describe('the upgrade from the twelfth schema', () => {
  it('packs every claim anew with the current features, so an outlet\'s inserted description no longer keeps the same claim apart', async () => {
    await expectRepackedFrom(12, 'Hollister Freight, the trucking company Hollister ran for 17 years, laid off 240 workers', 'Hollister Freight laid off 240 workers');
  });
});

describe('the upgrade from the fourteenth schema', () => {
  const VILLAGES = 'it has regained control over two villages near Sudzha';
  const ENCIRCLED = 'Ukrainian fighters are encircled';
  const NO_ANSWER: ClaimResponse = { by: { name: 'the Ukrainian military', side: 'Ukraine' }, stance: 'unconfirmed', text: 'Kyiv did not respond.' };

  it("recounts each group's pages that printed the denial: a page printing only that the other side did not respond left it out", async () => {
    const v14 = await legacyInPlaceOfHistory(14);
    await v14.table('pages').bulkAdd([wirePageRow(), dailyPageRow()]);
    const withResponse = (occurrence: ClaimOccurrence, response: ClaimResponse): ClaimOccurrence => ({ ...occurrence, status: 'disputed', responses: [response] });
    // The encirclement denied on the wire, "did not respond" on the daily; the villages answered on neither.
    const wire = [withResponse(legacyOccurrence(1, 'wire.example', 'e1', ENCIRCLED, 1, 0), DENIAL), legacyOccurrence(1, 'wire.example', 'v1', VILLAGES, 2, 1)];
    const daily = [withResponse(legacyOccurrence(2, 'daily.example', 'e1', ENCIRCLED, 1, 0), NO_ANSWER), legacyOccurrence(2, 'daily.example', 'v1', VILLAGES, 2, 1)];
    await v14.table('pageOccurrences').bulkAdd([pageOccurrences(1, wire), pageOccurrences(2, daily)]);
    // Records as version 14 summed them up: both pages "reported a response" to the encirclement.
    await v14.table('groups').bulkAdd([
      { id: 1, side: 'Russia', text: ENCIRCLED, ...summarizeGroup([wire[0]!, daily[0]!]), reported: 2, disagree: 0 },
      { id: 2, side: 'Russia', text: VILLAGES, ...summarizeGroup([wire[1]!, daily[1]!]) },
    ]);
    v14.close();

    await historyDb.open();
    expect(historyDb.verno).toBe(LATEST_VERSION);
    expect(await historyDb.groups.get(1)).toMatchObject({ occurrences: 2, reported: 1, disagree: 1, pageIds: [1, 2] });
    expect(await historyDb.groups.get(2)).toMatchObject({ occurrences: 2, reported: 0, disagree: 0, pageIds: [1, 2] });
  });
});

describe('the upgrade from the fifteenth schema', () => {
  it("packs every claim anew with its halves, so one outlet's second half alone finds another's joined 'said P and that Q'", async () => {
    await expectRepackedFrom(15, 'the lock gates at Vessby would stay shut until March, and that the canal trust had run out of money for repairs', 'the canal trust has run out of money for repairs');
  });
});
