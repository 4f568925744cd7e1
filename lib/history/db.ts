// The history database's schema: the one place its tables and indexes are declared. It lives in
// the extension's origin (background and extension pages), never in a news site's. Only
// ./repository reads or writes these tables (and the upgrade below, which runs inside Dexie).
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { Claim, ClaimResponse, Party, Status } from '../analyzer/types';
import { ClaimIndex, packedClaims, packedValues, probeOf, type ClaimPack, type Probe } from './claim-index';
import { carriedOnSeveralPages, denialReported, disagreement, groupClaimsInMemory, summarizeGroup, type GroupSummary } from './groups';
import { pageSearchWords } from './query';
import { sideKey } from './similarity';

/** A page the reader visited on which claims were found. Times are epoch milliseconds. */
export interface Page {
  id: number;
  /** The page's address without its fragment: one record per article. */
  url: string;
  /** The site that published it: the address's hostname. */
  outlet: string;
  title: string;
  firstSeen: number;
  lastSeen: number;
}

/** A fact-checker's verdict on a claim, exported as schema.org ClaimReview. */
export interface ClaimMark {
  /** The rating in words: "False", "Misleading", "True" ... */
  verdict: string;
  note: string;
  markedAt: number;
}

/**
 * One claim text as asserted for one side, and the group of same claims it belongs to. Versions
 * 2 to 6 kept one record per claim (those of 2 and 3 with the features they were matched by);
 * from version 7 a claim's key and group are in the claim packs (ClaimPack) and the rest is
 * read from its occurrences.
 */
export interface ClaimRecord {
  /** `claimKey(side, claimId)`: the same words asserted for another side are another claim. */
  key: string;
  claimId: string;
  side: string;
  text: string;
  groupId: number;
  firstSeen: number;
}

/** A mark on one claim (a wording for a side), kept apart so marked claims are found without a scan. */
export interface ClaimMarkRecord extends ClaimMark {
  claimKey: string;
}

/** The fields of a claim that each page reports in its own way. */
export type CarriedFields = Pick<Claim, 'text' | 'sentence' | 'cue' | 'asserter' | 'status' | 'responses'>;

/** A claim as one page carried it: its asserter, side, status and responses *there*. */
export interface ClaimOccurrence extends CarriedFields {
  pageId: number;
  claimId: string;
  claimKey: string;
  groupId: number;
  /** The page's outlet, copied so filters need not read the page. */
  outlet: string;
  /** Where the claim first appears among the page's claims, to list them in reading order. */
  position: number;
  /** How many times the claim's text appears on the page. */
  count: number;
  firstSeen: number;
  lastSeen: number;
}

/**
 * A page's claims as it carried them, one record per page: recording a page writes one record
 * rather than one per claim, and reading every page's claims (export) reads one per page.
 */
export interface PageOccurrences {
  pageId: number;
  /** The groups of its claims, to find a group's pages. */
  groupIds: number[];
  /** Its claims in reading order. */
  occurrences: ClaimOccurrence[];
}

/** A page's record of its claims (`occurrences` of that page, in any order). */
export function pageOccurrences(pageId: number, occurrences: Iterable<ClaimOccurrence>): PageOccurrences {
  const sorted = [...occurrences].sort((a, b) => a.position - b.position);
  return { pageId, groupIds: [...new Set(sorted.map((occurrence) => occurrence.groupId))], occurrences: sorted };
}

/**
 * The words a page's claims are searched by (./query searchWords), one record per page: each word
 * is indexed once per page rather than once per claim, and reading occurrences (listing, export)
 * does not read them too.
 */
export interface PageWords {
  pageId: number;
  words: string[];
  /**
   * Each claim's search words, as indexes into `words`, so a search skips pages whose needed words
   * are only on different claims. Not indexed, so no schema version added it: rows written before
   * it was kept lack it, and are tested by their words alone.
   */
  claimWords?: number[][];
}

/**
 * The same claim seen on one or more pages, matched despite different wording. From version 8 a
 * group has a record only once two pages carry it (carriedOnSeveralPages): the group of a claim
 * seen on one page is that page's occurrences of it (see the repository's groupOfOccurrences).
 */
export interface ClaimGroup extends GroupSummary {
  id: number;
  /** The asserter's side every claim of the group speaks for. */
  side: string;
  /** The wording the group was first seen in. */
  text: string;
}

/**
 * A stamp changed by every write to a table, so a copy held in memory (the claims' band index)
 * knows whether it still matches, whichever page or worker wrote last.
 */
export interface TableStamp {
  table: string;
  stamp: string;
  /**
   * On the claims' stamp: the id the next new group takes, which the group records no longer show
   * (a group carried on one page has none). Absent until a group is filed after a clear.
   */
  nextGroupId?: number;
}

/** The stamp of the claim packs (and of the claims they hold). */
export const CLAIMS_STAMP = 'claims';

export const HISTORY_DATABASE_NAME = 'claimlens-history';

/** A claim's key: its side first, so a side's claims are one range of keys. */
export function claimKey(side: string, claimId: string): string {
  return `${sideKey(side)}\n${claimId}`;
}

/** The side key a claim's key starts with. */
export function claimKeySide(key: string): string {
  return key.slice(0, key.indexOf('\n'));
}

/** A claim's wording: its id and text, and the side it was asserted for. */
export interface ClaimWording {
  claimId: string;
  side: string;
  text: string;
}

/** A claim's record: its key, wording, group and first sighting. */
export function claimRecord({ claimId, side, text }: ClaimWording, groupId: number, firstSeen: number): ClaimRecord {
  return { key: claimKey(side, claimId), claimId, side, text, groupId, firstSeen };
}

/**
 * The first version's per-page claim row, read only by the upgrade. Declared field by field, not
 * derived from Claim: it is the data as version 1 stored it, whatever Claim becomes.
 */
interface PageClaimV1 {
  pageId: number;
  claimId: string;
  position: number;
  text: string;
  sentence: string;
  cue: string;
  asserter: Party;
  status: Status;
  responses: ClaimResponse[];
  occurrences: number;
  firstSeen: number;
  lastSeen: number;
}

/** Version 1 → 2: per-page claims become occurrences of claims, grouped by similarity. */
async function upgradeToV2(tx: Transaction): Promise<void> {
  const pages = new Map((await tx.table<Page, number>('pages').toArray()).map((page) => [page.id, page]));
  const rows = (await tx.table<PageClaimV1>('pageClaims').toArray()).filter((row) => pages.has(row.pageId));
  const claims = new Map<string, ClaimRecord>();
  for (const row of rows) {
    const key = claimKey(row.asserter.side, row.claimId);
    const known = claims.get(key);
    if (known) known.firstSeen = Math.min(known.firstSeen, row.firstSeen);
    else claims.set(key, claimRecord({ claimId: row.claimId, side: row.asserter.side, text: row.text }, 0, row.firstSeen));
  }
  const clusters = groupClaimsInMemory([...claims.values()]);
  const occurrences: ClaimOccurrence[] = rows.map((row) => ({
    pageId: row.pageId,
    claimId: row.claimId,
    claimKey: claimKey(row.asserter.side, row.claimId),
    groupId: 0,
    outlet: pages.get(row.pageId)!.outlet,
    position: row.position,
    text: row.text,
    sentence: row.sentence,
    cue: row.cue,
    asserter: row.asserter,
    status: row.status,
    responses: row.responses,
    count: row.occurrences,
    firstSeen: row.firstSeen,
    lastSeen: row.lastSeen,
  }));
  const byClaim = new Map<string, ClaimOccurrence[]>();
  for (const occurrence of occurrences) {
    const list = byClaim.get(occurrence.claimKey);
    if (list) list.push(occurrence);
    else byClaim.set(occurrence.claimKey, [occurrence]);
  }
  const carried = clusters.map((cluster) => cluster.flatMap((claim) => byClaim.get(claim.key) ?? []));
  const groupIds = await tx.table<ClaimGroup, number>('groups').bulkAdd(
    clusters.map((cluster, index) => ({ side: cluster[0]!.side, text: cluster[0]!.text, ...summarizeGroup(carried[index]!) }) as ClaimGroup),
    { allKeys: true },
  );
  const records: ClaimRecord[] = [];
  clusters.forEach((cluster, index) => {
    const groupId = groupIds[index]!;
    for (const occurrence of carried[index]!) occurrence.groupId = groupId;
    for (const claim of cluster) records.push({ ...claim, groupId });
  });
  await tx.table<ClaimRecord, string>('claims').bulkAdd(records);
  await tx.table<ClaimOccurrence>('occurrences').bulkAdd(occurrences);
}

/** Rows read (and written back) per step of an upgrade, to bound its memory. */
const UPGRADE_STEP = 10_000;

/** Hands `take` a table's rows in key order, a step at a time; `keyOf` gives a row's primary key. */
async function stepThroughRows<T, K>(table: Table<T, K>, keyOf: (row: T) => K, take: (step: T[]) => Promise<unknown>): Promise<void> {
  let after: K | undefined;
  for (;;) {
    const step = await (after === undefined ? table.toCollection() : table.where(':id').above(after)).limit(UPGRADE_STEP).toArray();
    if (step.length === 0) return;
    after = keyOf(step.at(-1)!);
    await take(step);
  }
}

/**
 * Hands `write` every page's occurrences as versions 2 to 4 kept them (one row per claim), a
 * step of pages at a time: rows are read in steps, in page order.
 */
async function stepThroughOccurrenceRows(tx: Transaction, write: (pages: Map<number, ClaimOccurrence[]>) => Promise<unknown>): Promise<void> {
  const pageClaims = new Map<number, ClaimOccurrence[]>();
  const take = (pageIds: number[]) => {
    const pages = new Map(pageIds.map((pageId) => [pageId, pageClaims.get(pageId)!]));
    for (const pageId of pageIds) pageClaims.delete(pageId);
    return write(pages);
  };
  const occurrences = tx.table<ClaimOccurrence, [number, string]>('occurrences');
  await stepThroughRows(occurrences, (last): [number, string] => [last.pageId, last.claimId], (step) => {
    for (const occurrence of step) {
      const claims = pageClaims.get(occurrence.pageId) ?? [];
      claims.push(occurrence);
      pageClaims.set(occurrence.pageId, claims);
    }
    const lastPageId = step.at(-1)!.pageId;
    // Steps follow page ids: every page before the last one read is complete.
    return take([...pageClaims.keys()].filter((pageId) => pageId !== lastPageId));
  });
  await take([...pageClaims.keys()]);
}

/** Version 2 → 3: every page's search words, from its occurrences. */
function upgradeToV3(tx: Transaction): Promise<void> {
  return stepThroughOccurrenceRows(tx, (pages) =>
    tx.table<PageWords, number>('pageWords').bulkAdd([...pages].map(([pageId, claims]) => ({ pageId, ...pageSearchWords(claims) }))),
  );
}

/** Version 4 → 5: each page's occurrences in one record. */
function upgradeToV5(tx: Transaction): Promise<void> {
  return stepThroughOccurrenceRows(tx, (pages) =>
    tx.table<PageOccurrences, number>('pageOccurrences').bulkAdd([...pages].map(([pageId, claims]) => pageOccurrences(pageId, claims))),
  );
}

/** Claims packed anew into an empty claimPacks table: added side by side, stored a step at a time. */
function repacker(packs: Table<ClaimPack, [string, number]>) {
  const index = new ClaimIndex();
  return {
    add(probe: Probe, groupId: number): void {
      if (!index.holds(probe.side)) index.hold(probe.side, []);
      index.add(probe, groupId);
    },
    store(): Promise<unknown> {
      const { put, deleted } = index.takeChanges();
      return Promise.all([packs.bulkPut(put), packs.bulkDelete(deleted)]);
    },
  };
}

/**
 * The upgrades that packed the claims anew in the current layout (version 7's, from the claims
 * table): version 10 reads only their packs' features, not those of a history last opened by an
 * older build.
 */
const packedInCurrentLayout = new WeakSet<IDBTransaction>();

/**
 * Version 7: every side's claim packs built anew from the claims table (read in steps), which
 * then goes: the packs keep each claim's key and group. (Version 6 rebuilt them too, because the
 * features claims are matched by (./similarity) changed; this does it from the claims' texts
 * with the current features.) The claims' stamp changes, so no index held from before is taken
 * as current.
 */
async function repackClaims(tx: Transaction): Promise<void> {
  const claims = tx.table<ClaimRecord, string>('claims');
  const packs = tx.table<ClaimPack, [string, number]>('claimPacks');
  await packs.clear();
  const repacking = repacker(packs);
  await stepThroughRows(claims, (last) => last.key, (step) => {
    for (const claim of step) repacking.add(probeOf(claim), claim.groupId);
    return repacking.store();
  });
  await tx.table<TableStamp, string>('stamps').put({ table: CLAIMS_STAMP, stamp: crypto.randomUUID() });
  packedInCurrentLayout.add(tx.idbtrans);
}

/** The id after the largest any group record or page's occurrences hold: the next new group's, once none keeps it. */
export function nextGroupIdAfter(groups: EntityTable<ClaimGroup, 'id'>, pages: Table<PageOccurrences, number>): Promise<number> {
  return Dexie.Promise.all([groups.toCollection().lastKey(), pages.orderBy('groupIds').lastKey()]).then(
    (lasts) => Math.max(0, ...lasts.map((last) => (last as number | undefined) ?? 0)) + 1,
  );
}

/**
 * Version 8: groups carried on fewer than two pages lose their record (ClaimGroup). The next group
 * id, which their records no longer show, is kept on the claims' stamp, changed with it.
 */
async function dropSingleGroups(tx: Transaction): Promise<void> {
  const groups: EntityTable<ClaimGroup, 'id'> = tx.table('groups');
  const nextGroupId = await nextGroupIdAfter(groups, tx.table<PageOccurrences, number>('pageOccurrences'));
  await tx.table<TableStamp, string>('stamps').put({ table: CLAIMS_STAMP, stamp: crypto.randomUUID(), nextGroupId });
  await groups.filter((group) => !carriedOnSeveralPages(group)).delete();
}

/**
 * Versions 10 and 12: the claims the packs hold packed anew, each with its key and group, its features
 * worked out again (./similarity's changed: numbers however written, places, plan vs deed, dates;
 * band keys without the side; and the packed layout) from the text the pages' occurrences hold
 * (read in steps), so a new wording joins a group kept from before. A claim no page carries keeps
 * the features it had when an earlier step of this upgrade packed it; packs from an older build
 * are in an older layout, and such a claim (no page shows it) is left out. The claims' stamp
 * changes and keeps the next group id.
 */
async function repackClaimsFromPages(tx: Transaction): Promise<void> {
  const packs = tx.table<ClaimPack, [string, number]>('claimPacks');
  const stamps = tx.table<TableStamp, string>('stamps');
  const stamp = await stamps.get(CLAIMS_STAMP);
  const old = await packs.toArray();
  const groups = new Map(old.flatMap(packedValues));
  await packs.clear();
  const repacking = repacker(packs);
  const add = (probe: Probe, groupId: number) => {
    repacking.add(probe, groupId);
    groups.delete(probe.key);
  };
  await stepThroughRows(tx.table<PageOccurrences, number>('pageOccurrences'), (last) => last.pageId, (step) => {
    for (const { claimKey: key, text, asserter } of step.flatMap((page) => page.occurrences)) {
      const groupId = groups.get(key);
      if (groupId !== undefined) add(probeOf({ key, side: asserter.side, text }), groupId);
    }
    return repacking.store();
  });
  if (packedInCurrentLayout.has(tx.idbtrans)) for (const { probe, value } of old.flatMap(packedClaims)) if (groups.has(probe.key)) add(probe, value);
  await repacking.store();
  await stamps.put({ ...stamp, table: CLAIMS_STAMP, stamp: crypto.randomUUID() });
}

/**
 * Version 11: each group record lists the pages carrying it (GroupSummary pageIds), read from the
 * pages' occurrences in steps, then the records put back in steps.
 */
async function listGroupPages(tx: Transaction): Promise<void> {
  const groups = tx.table<ClaimGroup, number>('groups');
  const pageIds = new Map((await groups.toCollection().primaryKeys()).map((groupId): [number, number[]] => [groupId, []]));
  await stepThroughRows(tx.table<PageOccurrences, number>('pageOccurrences'), (last) => last.pageId, async (step) => {
    for (const { pageId, groupIds } of step) for (const groupId of groupIds) pageIds.get(groupId)?.push(pageId);
  });
  await stepThroughRows(groups, (last) => last.id, (step) =>
    groups.bulkPut(step.map((group) => ({ ...group, pages: pageIds.get(group.id)!.length, pageIds: pageIds.get(group.id)! }))),
  );
}

/**
 * Version 15: a group's `reported` counts the pages that printed the other side's denial, where it
 * counted any response ("did not respond" too): recounted from the pages' occurrences in steps,
 * then the records put back in steps.
 */
async function recountDenials(tx: Transaction): Promise<void> {
  const groups = tx.table<ClaimGroup, number>('groups');
  const denials = new Map((await groups.toCollection().primaryKeys()).map((groupId): [number, number] => [groupId, 0]));
  await stepThroughRows(tx.table<PageOccurrences, number>('pageOccurrences'), (last) => last.pageId, async (step) => {
    for (const occurrence of step.flatMap((page) => page.occurrences)) {
      const counted = denials.get(occurrence.groupId);
      if (counted !== undefined && denialReported(occurrence)) denials.set(occurrence.groupId, counted + 1);
    }
  });
  await stepThroughRows(groups, (last) => last.id, (step) =>
    groups.bulkPut(
      step.map((group) => {
        const reported = denials.get(group.id)!;
        return { ...group, reported, disagree: disagreement(reported, group.occurrences) };
      }),
    ),
  );
}

export class HistoryDatabase extends Dexie {
  pages!: EntityTable<Page, 'id'>;
  pageOccurrences!: Table<PageOccurrences, number>;
  groups!: EntityTable<ClaimGroup, 'id'>;
  marks!: Table<ClaimMarkRecord, string>;
  stamps!: Table<TableStamp, string>;
  pageWords!: Table<PageWords, number>;
  claimPacks!: Table<ClaimPack, [string, number]>;

  constructor(name = HISTORY_DATABASE_NAME) {
    // Relaxed: a commit does not wait for the disk to flush (Chromium's default since 121, made
    // explicit for older ones). A power cut may lose the last visit recorded, never half of one:
    // each write is still one atomic transaction.
    super(name, { chromeTransactionDurability: 'relaxed' });
    this.version(1).stores({
      pages: '++id, &url, lastSeen',
      pageClaims: '[pageId+claimId], claimId',
    });
    // Indexed: url (look-up on each visit), lastSeen (newest first), [outlet+lastSeen] (one
    // outlet newest first; forgetting a site); occurrences by page (compound key prefix) and by
    // group; claims by group and by LSH band (multi-entry: matching a new claim); groups newest
    // first, and those whose outlets disagree newest first; marks by claim.
    this.version(2)
      .stores({
        pages: '++id, &url, lastSeen, [outlet+lastSeen]',
        pageClaims: null,
        claims: 'key, groupId, *bands',
        occurrences: '[pageId+claimId], groupId',
        groups: '++id, lastSeen, [disagree+lastSeen]',
        marks: 'claimKey',
      })
      .upgrade(upgradeToV2);
    // Pages by each word of their claims, asserters and outlet (multi-entry: search); the stamp
    // of the claims table. Claims are no longer looked up by band (the repository holds the
    // bands in memory), so that index goes.
    this.version(3)
      .stores({
        claims: 'key, groupId',
        pageWords: 'pageId, *words',
        stamps: 'table',
      })
      .upgrade(upgradeToV3);
    // Each side's claims packed for matching (./claim-index): a worker that starts reads them
    // instead of every claim record. Version 6 fills them.
    this.version(4).stores({ claimPacks: '[side+seq]' });
    // Each page's occurrences in one record, found by page and by group (multi-entry).
    this.version(5).stores({ occurrences: null, pageOccurrences: 'pageId, *groupIds' }).upgrade(upgradeToV5);
    // Claim features changed: version 7 packs the claims anew.
    this.version(6).stores({});
    // Claims are found by key in their packs, which the repository holds in memory: recording a
    // page writes no record per claim (see repackClaims).
    this.version(7).stores({ claims: null }).upgrade(repackClaims);
    // Recording a claim seen on one page writes no group record (see ClaimGroup). (The claims a
    // record adds go in one recent pack, ./claim-index RECENT, in the same table: no new store.)
    this.version(8).stores({}).upgrade(dropSingleGroups);
    // Claim features changed: version 10 packs the claims anew.
    this.version(9).stores({});
    // Claim features and their packed layout changed: the packs are built anew from the pages' occurrences.
    this.version(10).stores({}).upgrade(repackClaimsFromPages);
    // Group records list the pages carrying them: recording a page reads them with the records.
    this.version(11).stores({}).upgrade(listGroupPages);
    // Claim features changed (word forms, where a claim's core ends, numbers and dates however
    // written): the packs are built anew from the pages' occurrences, as for version 10.
    this.version(12).stores({}).upgrade(repackClaimsFromPages);
    // Claim features changed (words an outlet inserts after a claim's subject, plans said after its
    // verb, numbers): the packs are built anew from the pages' occurrences, as for version 12.
    this.version(13).stores({}).upgrade(repackClaimsFromPages);
    // Claim features changed (rewordings, British forms once inflected, approximate figures kept as
    // their rounding, the currencies of a claim's sums): the packs are built anew from the pages'
    // occurrences, as for version 13.
    this.version(14).stores({}).upgrade(repackClaimsFromPages);
    // A group's outlets disagree when some printed the other side's denial and others did not.
    this.version(15).stores({}).upgrade(recountDenials);
    // The halves of a claim the analyzer joined from "said P and that Q" are packed beside it
    // (./claim-index Probe halves): the packs are built anew from the pages' occurrences, as for version 14.
    this.version(16).stores({}).upgrade(repackClaimsFromPages);
  }
}

export const historyDb = new HistoryDatabase();
