// The history's one repository: the only code that reads or writes the tables in ./db. Every
// write is one transaction, so a failure (a full disk, a hostile import) leaves nothing half
// written.
import { Dexie, type Table } from 'dexie';
import type { Analysis, Claim } from '../analyzer/types';
import {
  CLAIMS_STAMP,
  claimKey,
  claimKeySide,
  historyDb as db,
  nextGroupIdAfter,
  pageOccurrences,
  type CarriedFields,
  type ClaimGroup,
  type ClaimMark,
  type ClaimMarkRecord,
  type ClaimOccurrence,
  type ClaimRecord,
  type Page,
  type PageOccurrences,
  type PageWords,
  type TableStamp,
} from './db';
import { ClaimIndex, packedClaim, probeOf, probeSimilarity, RECENT, type Probe } from './claim-index';
import { chooseGroups, type ClaimElsewhere, CORROBORATED_THRESHOLD, matchAcrossSides, mayCorroborate, pageMatches, pagesToCompare, type GroupMatch } from './corroboration';
import { carriedOnSeveralPages, extendSummary, renewsInPlace, summarizeGroup, type Renewal } from './groups';
import type { HistoryFile } from './history-file';
import { MATCH_THRESHOLD, sideKey } from './similarity';
import { claimMatches, claimMayHold, EMPTY_QUERY, filtersClaims, holdsWord, isEmptyQuery, matchesSearch, neededWords, pageSearchWords, sameSearchWords, type HistoryQuery, type NeededWord } from './query';

export type { ClaimGroup, ClaimMark, ClaimOccurrence, ClaimRecord, Page } from './db';
export { claimKey } from './db';

const ALL_TABLES = [db.pages, db.pageOccurrences, db.pageWords, db.groups, db.marks, db.stamps, db.claimPacks];

export interface PageWithClaims extends Page {
  /** The page's claims in reading order (only those matching the query, when it filters claims). */
  claims: ClaimOccurrence[];
}

export interface PageRows {
  /** The pages that fit the query, most recently seen first. */
  pages: PageWithClaims[];
  /** Whether more pages fit than are listed. */
  more: boolean;
}

export interface PageListing extends PageRows {
  /** How many pages the history holds in all, once counted. */
  total?: number;
  /** The groups of the listed claims, by group id. */
  groups: Map<number, ClaimGroup>;
}

export interface GroupListing {
  groups: ClaimGroup[];
  more: boolean;
}

/** One page's carrying of a group's claim. */
export interface Carrying {
  page: Page;
  occurrence: ClaimOccurrence;
  mark?: ClaimMark;
}

export interface GroupDetail {
  group: ClaimGroup;
  /** Outlet by outlet (alphabetically), then most recently seen first. */
  carryings: Carrying[];
}

export interface MarkedClaim {
  claim: ClaimRecord;
  mark: ClaimMark;
  carryings: Carrying[];
}

export interface ImportSummary {
  pagesAdded: number;
  pagesUpdated: number;
  claimsAdded: number;
  claimsUpdated: number;
  marksSet: number;
}

/** The address a page is kept under: the fragment only scrolls within the same article. */
export function pageAddress(url: string): string {
  const address = new URL(url);
  address.hash = '';
  return address.href;
}

// ---------------------------------------------------------------- the claims' band index

/**
 * The claims kept, packed by side (./claim-index), held in memory so matching a new claim, or
 * finding a kept claim's group by its key, costs no database request; the stamp of the packs
 * they reflect; and the id the next new group takes, once read. A side's packs are read, in one
 * request, when a claim for that side is first needed; a write from another page or worker
 * changes the stamp, and everything is read again when next needed.
 */
interface HeldClaims {
  stamp: string | undefined;
  index: ClaimIndex;
  /**
   * The id the next new group takes, read with the stamp (TableStamp.nextGroupId). Every write
   * that adds a group also changes the stamp, so no other page or worker has taken it meanwhile.
   */
  nextGroupId?: number;
}

let held: HeldClaims = { stamp: undefined, index: new ClaimIndex() };
/** The transaction the stamp was last checked in: no other can write it before that one ends. */
let checkedIn: unknown;

/** Forgets what is held if the claims changed elsewhere. Within a transaction over packs and stamps. */
async function checkHeldClaims(): Promise<void> {
  const heldStamp = held.stamp;
  takeClaimsStamp(await db.stamps.get(CLAIMS_STAMP), heldStamp);
}

/**
 * Forgets what is held unless the stored stamp is `heldStamp`, the one held when it was read
 * (claims filed meanwhile restamp what is held); returns whether what is held was kept.
 */
function takeClaimsStamp(stored: TableStamp | undefined, heldStamp: string | undefined): boolean {
  const current = heldStamp === stored?.stamp;
  if (!current) held = { stamp: stored?.stamp, index: new ClaimIndex(), nextGroupId: stored?.nextGroupId };
  checkedIn = Dexie.currentTransaction;
  return current;
}

/**
 * The held index with the claims of `sides` held: a side's packs are read once per stamp. After
 * checkHeldClaims(), first thing in the same transaction. A Dexie promise, even when nothing is
 * read: awaiting a native one that no request settled loses Dexie's track of the transaction.
 */
function holdClaims(sides: Iterable<string>): Promise<ClaimIndex> {
  if (Dexie.currentTransaction !== checkedIn) throw new Error('The claims held were not checked in this transaction.');
  const { index } = held;
  const missing = [...new Set([...sides].map(sideKey))].filter((side) => !index.holds(side));
  const readsRecent = !index.holdsRecent();
  const packsOf = (side: string) => db.claimPacks.where('[side+seq]').between([side, Dexie.minKey], [side, Dexie.maxKey]).toArray();
  return Dexie.Promise.all([readsRecent ? packsOf(RECENT) : [], ...missing.map(packsOf)]).then(([recent, ...packs]) => {
    if (readsRecent) index.holdRecent(recent!);
    missing.forEach((side, i) => index.hold(side, packs[i]!));
    return index;
  });
}

/**
 * holdClaims(), with the id of the next new group known too: when no stamp keeps it (nothing was
 * filed since the history was cleared), after the largest any group record or page holds.
 */
function holdClaimsToFile(sides: Iterable<string>): Promise<ClaimIndex> {
  const nextGroupId = held.nextGroupId ?? nextGroupIdAfter(db.groups, db.pageOccurrences).then((next) => (held.nextGroupId = next));
  return Dexie.Promise.all([holdClaims(sides), nextGroupId]).then(([index]) => index);
}

/**
 * A new stamp for the claim packs, taken before the held index is changed, for the caller to
 * write with the change: if the transaction fails, the stored stamp stays as it was and the
 * changed index no longer passes for current. After holdClaims(), in the same transaction.
 */
function restampClaims(): TableStamp {
  held.stamp = crypto.randomUUID();
  return { table: CLAIMS_STAMP, stamp: held.stamp };
}

/**
 * Writes the packs the held index changed (the claims added since in one recent pack), with the
 * new stamp (restampClaims) that marks them. In the transaction the claims were held in.
 */
function storePackChanges(stamp: TableStamp): Promise<unknown> {
  return holdClaims(held.index.sidesToHold()).then(() => {
    const { put, deleted, recentMoved } = held.index.takeRecentChanges();
    return Promise.all([
      db.stamps.put({ ...stamp, nextGroupId: held.nextGroupId }),
      recentMoved && db.claimPacks.where('[side+seq]').between([RECENT, Dexie.minKey], [RECENT, Dexie.maxKey]).delete(),
      put.length > 0 && db.claimPacks.bulkPut(put),
      deleted.length > 0 && db.claimPacks.bulkDelete(deleted),
    ]);
  });
}

// ---------------------------------------------------------------- grouping

/** Claims filed in their groups, and the groups they started. */
interface FiledClaims {
  /** Each claim's group, in the order given. */
  groupIds: number[];
  /** The groups the claims started. */
  newGroups: Set<number>;
  /** The packs' new stamp, to write with them, when a claim was added. */
  stamp?: TableStamp;
}

/**
 * A page's claims compared with the claims kept, before any of them is filed: each one's group
 * when it is kept already (by its key), and the groups the others may join (CORROBORATED_THRESHOLD
 * or more alike).
 */
interface Comparison {
  probes: readonly Probe[];
  kept: (number | undefined)[];
  matches: GroupMatch[];
}

/** Compares claims with those the index holds. After holdClaims() for their sides. */
function compareClaims(index: ClaimIndex, probes: readonly Probe[]): Comparison {
  const kept = probes.map((probe) => index.valueOf(probe.side, probe.key));
  const matches = probes.flatMap((probe, claim): GroupMatch[] => {
    if (kept[claim] !== undefined) return [];
    const alike = [...index.similarValues(probe, CORROBORATED_THRESHOLD)].map(([group, score]) => ({ claim, group, score }));
    const acrossSides = [...index.similarValuesAcrossSides(probe, CORROBORATED_THRESHOLD)].map(([group, { score, side }]) => matchAcrossSides(claim, group, score, probe.side, side));
    return [...alike, ...acrossSides];
  });
  return { probes, kept, matches };
}

/** The groups a comparison may put claims in. */
function comparedGroups({ kept, matches }: Comparison): number[] {
  return [...new Set([...kept.filter((group) => group !== undefined), ...matches.map((match) => match.group)])];
}

/** The pages carrying the groups a comparison may put claims in. */
interface Carriers {
  /** The pages carrying each group. */
  pages: Map<number, number[]>;
  /**
   * Rows read with them, by page id: those of the pages carrying a group without a record (read
   * to find them) and those of the pages the claims are likely compared with (comparePages).
   */
  rows: Map<number, PageOccurrences>;
}

const NO_CARRIERS: Carriers = { pages: new Map(), rows: new Map() };

/** The records of the groups a comparison may put claims in, and the pages carrying each. Dexie promises. */
interface GroupsCompared {
  /** By group id; undefined for a group without one (carried on one page). */
  records: Promise<Map<number, ClaimGroup | undefined>>;
  /** None unless corroboration may decide (mayCorroborate). */
  carriers: Promise<Carriers>;
}

/**
 * Reads the records of the groups the claims may join and, when corroboration may decide, the
 * pages carrying each, with the rows of the pages the claims are likely compared with, in one
 * wait after the records. A record lists its group's pages; a group without one is carried on one
 * page at most, whose row is read from the pages' group index, a request per such group (one walk
 * of the index for all of them, anyOf(), jumps key to key and takes far longer). The pages
 * compared (pagesToCompare) are among those the records alone rank first and those rows: a group
 * without a record adds a link to the page read for it only. `pageId`: the page filed, when
 * known, whose own carrying does not count (comparePages reads any page missed).
 */
function readGroupsCompared(comparison: Comparison, pageId?: number): GroupsCompared {
  const groups = comparedGroups(comparison);
  const records = db.groups.bulkGet(groups).then((found) => new Map(groups.map((groupId, i) => [groupId, found[i]])));
  if (!mayCorroborate(comparison.kept, comparison.matches)) return { records, carriers: Dexie.Promise.resolve(NO_CARRIERS) };
  const carriers = records.then((found) => {
    const unrecorded = groups.filter((groupId) => !found.get(groupId));
    const recorded = new Map(groups.flatMap((groupId) => {
      const pageIds = found.get(groupId)?.pageIds.filter((page) => page !== pageId);
      return pageIds ? [[groupId, pageIds]] : [];
    }));
    return Dexie.Promise.all([
      Dexie.Promise.all(unrecorded.map((groupId) => db.pageOccurrences.where('groupIds').equals(groupId).toArray())),
      db.pageOccurrences.bulkGet(pagesToCompare(comparison.kept, comparison.matches, recorded)),
    ]).then(([carrying, likely]) => {
      const pageIdsOf = new Map(unrecorded.map((groupId, i) => [groupId, carrying[i]!.map((row) => row.pageId)]));
      const pages = new Map(groups.map((groupId) => [groupId, found.get(groupId)?.pageIds ?? pageIdsOf.get(groupId)!]));
      const rows = new Map([...carrying.flat(), ...likely].flatMap((row) => (row ? [[row.pageId, row]] : [])));
      return { pages, rows };
    });
  });
  return { records, carriers };
}

/** A comparison with the matches the pages carrying its groups add, and those pages by group. */
interface PagesCompared {
  comparison: Comparison;
  /** The pages carrying each group, but the page filed. */
  carriers: Map<number, number[]>;
}

/**
 * The comparison with the matches of its unmatched claims among the claims of the other pages
 * carrying its groups (./corroboration pagesToCompare, pageMatches), read in one request; their
 * claims compared as the index holds them, from their text only when their sides are not held.
 * `carriers`: the pages carrying each group (readGroupsCompared), of which `pageId`'s own do not
 * count; the rows read with them are not read again. A Dexie promise.
 */
function comparePages(index: ClaimIndex, comparison: Comparison, carriers: Carriers, pageId: number | undefined): Promise<PagesCompared> {
  const elsewhere = new Map([...carriers.pages].map(([group, pages]) => [group, pages.filter((page) => page !== pageId)]));
  const pages = pagesToCompare(comparison.kept, comparison.matches, elsewhere);
  if (pages.length === 0) return Dexie.Promise.resolve({ comparison, carriers: elsewhere });
  const unread = pages.filter((page) => !carriers.rows.has(page));
  return (unread.length > 0 ? db.pageOccurrences.bulkGet(unread) : Dexie.Promise.resolve([])).then((found) => {
    const read = new Map(carriers.rows);
    for (const row of found) if (row) read.set(row.pageId, row);
    const rows = pages.map((page) => read.get(page));
    const carried = new Map<string, ClaimElsewhere>();
    for (const row of rows) {
      if (!row) continue;
      for (const group of row.groupIds) {
        const carrying = elsewhere.get(group);
        if (!carrying) elsewhere.set(group, [row.pageId]);
        else if (!carrying.includes(row.pageId)) carrying.push(row.pageId);
      }
      for (const { claimKey: key, asserter, text, groupId } of row.occurrences) {
        if (carried.has(key)) continue;
        carried.set(key, { claim: index.heldClaim(asserter.side, key) ?? packedClaim(probeOf({ key, side: asserter.side, text })), group: groupId });
      }
    }
    const matches = [...comparison.matches, ...pageMatches(comparison.probes, comparison.kept, comparison.matches, [...carried.values()])];
    return { comparison: { ...comparison, matches }, carriers: elsewhere };
  });
}

/**
 * Each claim's group: a kept claim's own; otherwise the one chosen for it (./corroboration: one to
 * one, weak matches and matches across sides where another page corroborates them), or that of
 * the most similar claim kept or filed before it on the page, or a new group whose id is taken
 * from the next group id (no request: the groups are written once, with their summaries). New
 * claims join the held index, whose packs the caller stores with the stamp. After
 * holdClaimsToFile() for the claims' sides, in the same transaction as compareClaims().
 */
function fileClaims(index: ClaimIndex, { comparison, carriers }: PagesCompared): FiledClaims {
  const chosen = chooseGroups(comparison.kept, comparison.matches, carriers);
  const filed: FiledClaims = { groupIds: [], newGroups: new Set() };
  const filedOnPage: { probe: Probe; groupId: number }[] = [];
  comparison.probes.forEach((probe, claim) => {
    if (comparison.kept[claim] !== undefined) {
      filed.groupIds.push(comparison.kept[claim]);
      return;
    }
    filed.stamp ??= restampClaims();
    let groupId = chosen[claim] ?? mostSimilarGroup(probe, comparison.matches.filter((match) => match.claim === claim && !match.acrossSides), filedOnPage);
    if (groupId === undefined) {
      groupId = held.nextGroupId!++;
      filed.newGroups.add(groupId);
    }
    index.add(probe, groupId);
    filedOnPage.push({ probe, groupId });
    filed.groupIds.push(groupId);
  });
  return filed;
}

/** The group of the most similar claim, among a claim's matches and the claims filed before it on its page, if one is the same claim. */
function mostSimilarGroup(probe: Probe, matches: readonly GroupMatch[], filedOnPage: readonly { probe: Probe; groupId: number }[]): number | undefined {
  let best: { groupId: number; score: number } | undefined;
  const consider = (groupId: number, score: number) => {
    if (score >= MATCH_THRESHOLD && (!best || score > best.score)) best = { groupId, score };
  };
  for (const match of matches) consider(match.group, match.score);
  for (const other of filedOnPage) consider(other.groupId, probeSimilarity(probe, other.probe));
  return best?.groupId;
}

/**
 * A page's claims compared before the claims' stamp was read, with the records of the groups they
 * may join and the pages carrying them, asked for meanwhile.
 */
interface ComparedAhead extends GroupsCompared {
  comparison: Comparison;
}

/**
 * Compares the claims with the index held, when it holds their sides (it does after a worker's
 * first record), and asks for what filing them reads, without waiting for the claims' stamp: all
 * is read in one wait. Kept, and the claims filed, only if the stamp then shows the index current
 * (takeClaimsStamp).
 */
function compareAhead(probes: readonly Probe[]): ComparedAhead | undefined {
  const { index, nextGroupId } = held;
  if (nextGroupId === undefined || !index.holdsRecent() || !probes.every((probe) => index.holds(probe.side))) return undefined;
  const comparison = compareClaims(index, probes);
  return { comparison, ...readGroupsCompared(comparison) };
}

/** The group whose claims `text`, asserted for `side`, is the same claim as, if any. */
export async function findGroup(side: string, text: string): Promise<ClaimGroup | undefined> {
  return db.transaction('r', db.claimPacks, db.groups, db.stamps, db.pageOccurrences, async () => {
    await checkHeldClaims();
    const groupId = (await holdClaims([side])).mostSimilar(probeOf({ key: '', side, text }));
    return groupId === undefined ? undefined : readGroup(groupId);
  });
}

/** `items` in lists by `keyOf`. */
function groupedBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const lists = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = lists.get(key);
    if (list) list.push(item);
    else lists.set(key, [item]);
  }
  return lists;
}

/** Forgets claims and their marks. */
async function forgetClaims(keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  const bySide = groupedBy(keys, claimKeySide);
  const index = await holdClaims(bySide.keys());
  const stamp = restampClaims();
  for (const [side, forgotten] of bySide) index.forget(side, forgotten);
  await Promise.all([storePackChanges(stamp), db.marks.bulkDelete([...keys])]);
}

/** The occurrences of a group's claims that the pages' `rows` hold. */
function occurrencesIn(groupId: number, rows: readonly PageOccurrences[]): ClaimOccurrence[] {
  return rows.flatMap((row) => row.occurrences.filter((occurrence) => occurrence.groupId === groupId));
}

/** Every page's occurrences of a group's claims. */
async function occurrencesOfGroup(groupId: number): Promise<ClaimOccurrence[]> {
  return occurrencesIn(groupId, await db.pageOccurrences.where('groupIds').equals(groupId).toArray());
}

/**
 * A group summed up from its occurrences, worded as it was first seen: how a group without a
 * record (one page carries it) is read, and how its record starts once a second page carries it.
 */
function groupOfOccurrences(groupId: number, occurrences: readonly ClaimOccurrence[]): ClaimGroup | undefined {
  const first = occurrences.reduce<ClaimOccurrence | undefined>(
    (earliest, occurrence) => (!earliest || occurrence.firstSeen < earliest.firstSeen ? occurrence : earliest),
    undefined,
  );
  return first && { id: groupId, side: first.asserter.side, text: first.text, ...summarizeGroup(occurrences) };
}

/** A group, from its record or, when it has none, from its occurrences. */
async function readGroup(groupId: number): Promise<ClaimGroup | undefined> {
  return (await db.groups.get(groupId)) ?? groupOfOccurrences(groupId, await occurrencesOfGroup(groupId));
}

/** Occurrences that joined a group or were carried again, which its summary takes in place. */
interface GroupChange {
  added: ClaimOccurrence[];
  renewed: Renewal[];
}

/** The side keys of the claims each group holds that a change touched (a group's claims may be of sides that do not agree: ./corroboration). */
type GroupSides = Map<number, Set<string>>;

/** Notes that a change touched a claim of `side` in a group. */
function noteSide(sides: GroupSides, groupId: number, side: string): void {
  const known = sides.get(groupId);
  if (known) known.add(side);
  else sides.set(groupId, new Set([side]));
}

/**
 * Sums the groups up anew from their occurrences (`sides`: the side keys of each group's claims touched): a group carried
 * on two pages or more keeps (or gets) its record, one carried on fewer has none, and one no page
 * carries any more is forgotten with its claims. `pruned` groups also drop claims no page carries
 * any more.
 */
async function refreshGroups(sides: ReadonlyMap<number, ReadonlySet<string>>, pruned: ReadonlySet<number>): Promise<void> {
  // Whole records put back in one batch: Table.update() walks a cursor per record.
  const ids = [...sides.keys()];
  const [carried, records] = await Promise.all([Promise.all(ids.map(occurrencesOfGroup)), db.groups.bulkGet(ids)]);
  const kept: ClaimGroup[] = [];
  const unkept: number[] = [];
  /** Groups whose claims no page carries any more are forgotten, with the claims still carried. */
  const pruning: { groupId: number; side: string; carried: ReadonlySet<string> }[] = [];
  ids.forEach((groupId, index) => {
    const occurrences = carried[index]!;
    const record = records[index];
    const summary = summarizeGroup(occurrences);
    if (carriedOnSeveralPages(summary)) kept.push({ ...(record ?? groupOfOccurrences(groupId, occurrences)!), ...summary });
    else if (record) unkept.push(groupId);
    if (occurrences.length === 0 || pruned.has(groupId)) {
      const carriedKeys = new Set(occurrences.map((occurrence) => occurrence.claimKey));
      for (const side of sides.get(groupId)!) pruning.push({ groupId, side, carried: carriedKeys });
    }
  });
  const forgotten = new Set<string>();
  if (pruning.length > 0) {
    const claimIndex = await holdClaims(pruning.map(({ side }) => side));
    // Each side's claims looked through once, however many of its groups are pruned.
    for (const [side, groups] of groupedBy(pruning, ({ side }) => side)) {
      const keys = claimIndex.keysByValue(side, new Set(groups.map(({ groupId }) => groupId)));
      for (const { groupId, carried } of groups) for (const key of keys.get(groupId) ?? []) if (!carried.has(key)) forgotten.add(key);
    }
  }
  await Promise.all([kept.length > 0 && db.groups.bulkPut(kept), unkept.length > 0 && db.groups.bulkDelete(unkept), forgetClaims([...forgotten])]);
}

// ---------------------------------------------------------------- writing

interface CarriedClaim extends CarriedFields {
  claimId: string;
  count: number;
  firstSeen: number;
  lastSeen: number;
}

/** A page to keep: without an id until it is first stored. */
type PageToStore = Omit<Page, 'id'> & { id?: number };

/** A claim to file, with how the held index compares it (its key in `probe.key`). */
interface FilingClaim {
  claim: CarriedClaim;
  probe: Probe;
}

/**
 * A page's claims (in reading order) to file, each once: the CPU part of filing, worked out while
 * the transaction's first reads are waited for.
 */
function filingClaims(claims: readonly CarriedClaim[]): FilingClaim[] {
  const distinct = new Map<string, FilingClaim>();
  for (const claim of claims) {
    if (distinct.has(claim.claimId)) continue;
    const side = claim.asserter.side;
    distinct.set(claim.claimId, { claim, probe: probeOf({ key: claimKey(side, claim.claimId), side, text: claim.text }) });
  }
  return [...distinct.values()];
}

/**
 * Stores the page when `storePage`, and puts `claims` (filingClaims) as its occurrences,
 * replacing what the page carried before when `replace`; otherwise keeps the newer of the two
 * for each claim. `ahead`: all of `claims` compared already (compareAhead), when replacing.
 * Returns the page's id and how many occurrences were added and changed.
 */
async function putOccurrences(
  page: PageToStore,
  storePage: boolean,
  claims: readonly FilingClaim[],
  now: number,
  replace: boolean,
  ahead?: ComparedAhead,
): Promise<{ pageId: number; added: number; updated: number }> {
  const wanted = new Set(claims.map(({ claim }) => claim.claimId));
  // The page's write is not waited for: a new page's claims are filed, and the groups they join
  // read, while it is stored. A page kept before is read with it.
  const storing = storePage ? db.pages.put(page as Page) : page.id!;
  const [previous, index] = await Dexie.Promise.all([
    page.id === undefined ? [] : db.pageOccurrences.get(page.id).then((row) => row?.occurrences ?? []),
    holdClaimsToFile(claims.map(({ claim }) => claim.asserter.side)),
  ]);
  const before = new Map(previous.map((occurrence) => [occurrence.claimId, occurrence]));
  const incoming = claims.filter(({ claim }) => {
    const old = before.get(claim.claimId);
    return replace || !old || old.lastSeen < claim.lastSeen;
  });
  const comparison = ahead?.comparison ?? compareClaims(index, incoming.map(({ probe }) => probe));
  const { carriers: carrying, records: recording } = ahead ?? readGroupsCompared(comparison, page.id);
  const carriers = await carrying;
  const { groupIds, newGroups, stamp } = fileClaims(index, await comparePages(index, comparison, carriers, page.id));

  /** The groups the page's changes touch, with their side keys. */
  const touched: GroupSides = new Map();
  const pruned = new Set<number>();
  // Groups whose summaries must be worked out again from all their occurrences.
  const recounted = new Set<number>();
  const changes = new Map<number, GroupChange>();
  const changeOf = (groupId: number) => {
    let change = changes.get(groupId);
    if (!change) {
      change = { added: [], renewed: [] };
      changes.set(groupId, change);
    }
    return change;
  };
  const put: ClaimOccurrence[] = [];
  let added = 0;
  let updated = 0;
  let position = replace ? 0 : previous.length;
  incoming.forEach(({ claim, probe: { key } }, i) => {
    const old = before.get(claim.claimId);
    const groupId = groupIds[i]!;
    if (old) {
      updated += 1;
      if (old.claimKey !== key) {
        pruned.add(old.groupId);
        recounted.add(old.groupId);
        recounted.add(groupId);
      }
      noteSide(touched, old.groupId, claimKeySide(old.claimKey));
    } else {
      added += 1;
    }
    noteSide(touched, groupId, claimKeySide(key));
    const occurrence: ClaimOccurrence = {
      ...claim,
      // Set below once a new page has its id; no summary depends on it.
      pageId: page.id ?? 0,
      claimKey: key,
      groupId,
      outlet: page.outlet,
      position: replace || !old ? position++ : old.position,
      firstSeen: Math.min(claim.firstSeen, old?.firstSeen ?? claim.firstSeen),
      lastSeen: replace ? now : claim.lastSeen,
    };
    put.push(occurrence);
    if (!old) changeOf(groupId).added.push(occurrence);
    else if (renewsInPlace([old, occurrence])) changeOf(groupId).renewed.push([old, occurrence]);
    else recounted.add(groupId);
  });
  const gone = replace ? previous.filter((occurrence) => !wanted.has(occurrence.claimId)) : [];
  for (const occurrence of gone) {
    noteSide(touched, occurrence.groupId, claimKeySide(occurrence.claimKey));
    pruned.add(occurrence.groupId);
    recounted.add(occurrence.groupId);
  }
  for (const groupId of recounted) changes.delete(groupId);
  const carriedBefore = new Set(previous.map((occurrence) => occurrence.groupId));
  // New groups get no record: this page alone carries them. Groups seen before whose every change
  // is known are read, then written: a record is extended in place; a group without one that
  // another page carries gets one, from that page's occurrences (read with the pages carrying the
  // groups compared, or else while the page and its claims are stored, asked for first so they do
  // not wait for those writes) and this page's; one this page alone carries still has none. The
  // other groups are summed up anew from their occurrences, once written.
  const seenBefore = [...touched.keys()].filter((groupId) => !newGroups.has(groupId));
  const extended = seenBefore.filter((groupId) => changes.has(groupId));
  const asked = await recording;
  const unasked = extended.filter((groupId) => !asked.has(groupId));
  for (const [i, record] of (await db.groups.bulkGet(unasked)).entries()) asked.set(unasked[i]!, record);
  const records = extended.map((groupId) => asked.get(groupId));
  const reading = Dexie.Promise.all(
    extended.map((groupId, i): ClaimGroup | ClaimOccurrence[] | undefined | Promise<ClaimOccurrence[]> => {
      if (records[i] || carriedBefore.has(groupId)) return records[i];
      // A group without a record: the row of the page carrying it was read with the carriers, if they were.
      const rows = carriers.pages.get(groupId)?.map((carrier) => carriers.rows.get(carrier));
      return rows?.every((row) => row !== undefined) ? occurrencesIn(groupId, rows) : occurrencesOfGroup(groupId);
    }),
  );
  const pageId = await Dexie.Promise.resolve(storing);
  for (const occurrence of put) occurrence.pageId = pageId;
  // The page's own records are written while the groups are read. Its words are those of the
  // claims it carries after this.
  const carried = new Map(before);
  for (const occurrence of gone) carried.delete(occurrence.claimId);
  for (const occurrence of put) carried.set(occurrence.claimId, occurrence);
  const changed = put.length + gone.length > 0;
  // A page carrying the same claims by the same asserters again (a re-visit) keeps its words.
  const wordsChanged = gone.length > 0 || put.some((occurrence) => !before.has(occurrence.claimId) || !sameSearchWords(before.get(occurrence.claimId)!, occurrence));
  const writing = Dexie.Promise.all([
    stamp && storePackChanges(stamp),
    changed && db.pageOccurrences.put(pageOccurrences(pageId, carried.values())),
    wordsChanged && db.pageWords.put({ pageId, ...pageSearchWords([...carried.values()]) }),
  ]);
  const extendedRecords = await reading;
  const putByGroup = groupedBy(put, (occurrence) => occurrence.groupId);
  const groups = extended.flatMap((groupId, i): ClaimGroup[] => {
    const found = extendedRecords[i];
    if (!found) return [];
    if (!Array.isArray(found)) {
      const { added, renewed } = changes.get(groupId)!;
      return [{ ...found, ...extendSummary(found, added, renewed) }];
    }
    // Read before or after this page's record was written: its occurrences are taken from `put`.
    const elsewhere = found.filter((occurrence) => occurrence.pageId !== pageId);
    const group = groupOfOccurrences(groupId, [...elsewhere, ...(putByGroup.get(groupId) ?? [])]);
    return group && carriedOnSeveralPages(group) ? [group] : [];
  });
  await Dexie.Promise.all<unknown>([writing, groups.length > 0 && db.groups.bulkPut(groups)]);
  const recounting = seenBefore.filter((groupId) => !changes.has(groupId));
  if (recounting.length > 0) await refreshGroups(new Map(recounting.map((groupId) => [groupId, touched.get(groupId)!])), pruned);
  return { pageId, added, updated };
}

function carriedFromAnalysis(claim: Claim, now: number): CarriedClaim {
  return {
    claimId: claim.id,
    text: claim.text,
    sentence: claim.sentence,
    cue: claim.cue,
    asserter: claim.asserter,
    status: claim.status,
    responses: claim.responses,
    count: claim.occurrences.length,
    firstSeen: now,
    lastSeen: now,
  };
}

/**
 * Records a visit to the page at `url` and the claims found on it, in one transaction.
 * A page is kept only once claims were found on it, so the history is not a log of every site
 * visited; a page already kept is updated on each visit (title, last seen, its claims: new ones
 * added, changed ones replaced, ones no longer on the page removed). Each new claim joins the
 * group of the same claim seen elsewhere, or starts one. Text that was not analyzed (e.g. not
 * English) changes nothing. Returns the page's id, or undefined when nothing was kept.
 */
export async function recordPage(
  url: string,
  title: string,
  analysis: Analysis,
  now: number = Date.now(),
): Promise<number | undefined> {
  if (!analysis.analyzed) return undefined;
  const address = pageAddress(url);
  return db.transaction('rw', ALL_TABLES, async () => {
    // The claims' stamp is read with the page: putOccurrences needs it, once per transaction. The
    // claims are compared, and what filing them reads asked for, meanwhile (compareAhead).
    const heldStamp = held.stamp;
    const reading = Promise.all([db.pages.where('url').equals(address).first(), db.stamps.get(CLAIMS_STAMP)]);
    // A claim the page carried before keeps its first sighting (putOccurrences keeps the earlier).
    const claims = filingClaims(analysis.claims.map((claim) => carriedFromAnalysis(claim, now)));
    const ahead = compareAhead(claims.map(({ probe }) => probe));
    const [known, stored] = await reading;
    const current = takeClaimsStamp(stored, heldStamp);
    if (!known && claims.length === 0) return undefined;
    const page: PageToStore = known
      ? { ...known, title: title || known.title, lastSeen: now }
      : { url: address, outlet: new URL(address).hostname, title, firstSeen: now, lastSeen: now };
    return (await putOccurrences(page, true, claims, now, true, current ? ahead : undefined)).pageId;
  });
}

/** Records a fact-checker's verdict on a claim, or removes it (`mark` undefined). */
export async function markClaim(key: string, mark: ClaimMark | undefined): Promise<void> {
  await db.transaction('rw', db.claimPacks, db.stamps, db.marks, async () => {
    const side = claimKeySide(key);
    await checkHeldClaims();
    if ((await holdClaims([side])).valueOf(side, key) === undefined) throw new Error('That claim is no longer in the history.');
    if (mark) await db.marks.put({ claimKey: key, ...mark });
    else await db.marks.delete(key);
  });
}

/** Forgets pages and their claims; claims and groups no page carries any more go too. */
async function forgetPages(pageIds: readonly number[]): Promise<void> {
  const [rows] = await Promise.all([db.pageOccurrences.bulkGet([...pageIds]), checkHeldClaims()]);
  const occurrences = rows.flatMap((row) => row?.occurrences ?? []);
  await db.pageOccurrences.bulkDelete([...pageIds]);
  await db.pageWords.bulkDelete([...pageIds]);
  await db.pages.bulkDelete([...pageIds]);
  const groups: GroupSides = new Map();
  for (const occurrence of occurrences) noteSide(groups, occurrence.groupId, claimKeySide(occurrence.claimKey));
  await refreshGroups(groups, new Set(groups.keys()));
}

export async function deletePage(pageId: number): Promise<void> {
  await db.transaction('rw', ALL_TABLES, () => forgetPages([pageId]));
}

/** Forgets every page of an outlet (a site). */
export async function deleteOutlet(outlet: string): Promise<void> {
  await db.transaction('rw', ALL_TABLES, async () => {
    const ids = await db.pages.where('[outlet+lastSeen]').between([outlet, Dexie.minKey], [outlet, Dexie.maxKey]).primaryKeys();
    await forgetPages(ids);
  });
}

/** Forgets the pages not seen since `cutoff` (epoch milliseconds); returns how many. */
export async function forgetPagesSeenBefore(cutoff: number): Promise<number> {
  return db.transaction('rw', ALL_TABLES, async () => {
    const ids = await db.pages.where('lastSeen').below(cutoff).primaryKeys();
    if (ids.length > 0) await forgetPages(ids);
    return ids.length;
  });
}

/** Forgets everything. */
export async function clearHistory(): Promise<void> {
  await db.transaction('rw', ALL_TABLES, async () => {
    await Promise.all(ALL_TABLES.map((table) => table.clear()));
    // A new stamp, not none: an index held elsewhere from before any stamp must not pass for current.
    held = { stamp: undefined, index: new ClaimIndex() };
    await db.stamps.put(restampClaims());
  });
}

/**
 * Merges a validated history file in one transaction: pages by address, claims by page and
 * claim id (the more recently seen version wins), marks by claim (the later one wins). Importing
 * the same file twice changes nothing the second time.
 */
export async function importHistory(file: HistoryFile): Promise<ImportSummary> {
  return db.transaction('rw', ALL_TABLES, async () => {
    const summary: ImportSummary = { pagesAdded: 0, pagesUpdated: 0, claimsAdded: 0, claimsUpdated: 0, marksSet: 0 };
    await checkHeldClaims();
    // Oldest first, so groups form (and take their wording) in the order claims were first seen.
    for (const filed of [...file.pages].sort((a, b) => a.firstSeen - b.firstSeen)) {
      const url = pageAddress(filed.url);
      const reading = db.pages.where('url').equals(url).first();
      const claims = filingClaims(filed.claims.map(({ id, ...claim }) => ({ claimId: id, ...claim })));
      const known = await reading;
      const page: PageToStore = known
        ? {
            ...known,
            title: filed.lastSeen > known.lastSeen && filed.title ? filed.title : known.title,
            firstSeen: Math.min(known.firstSeen, filed.firstSeen),
            lastSeen: Math.max(known.lastSeen, filed.lastSeen),
          }
        : { url, outlet: new URL(url).hostname, title: filed.title, firstSeen: filed.firstSeen, lastSeen: filed.lastSeen };
      const changed = !known || known.title !== page.title || known.firstSeen !== page.firstSeen || known.lastSeen !== page.lastSeen;
      const { added, updated } = await putOccurrences(page, changed, claims, 0, false);
      summary.claimsAdded += added;
      summary.claimsUpdated += updated;
      if (!known) summary.pagesAdded += 1;
      else if (changed || added + updated > 0) summary.pagesUpdated += 1;
    }
    const index = await holdClaims(file.marks.map((mark) => mark.side));
    for (const { claimId, side, ...mark } of file.marks) {
      const key = claimKey(side, claimId);
      if (index.valueOf(side, key) === undefined) continue;
      const known = await db.marks.get(key);
      if (known && known.markedAt >= mark.markedAt) continue;
      await db.marks.put({ claimKey: key, ...mark });
      summary.marksSet += 1;
    }
    return summary;
  });
}

// ---------------------------------------------------------------- reading

/**
 * The rows of `table` (keyed by page id) of `pageIds`, read a run of consecutive ids per request:
 * pages seen together mostly have neighbouring ids, and a request costs more than one page's rows.
 * With `gap`, ids that many apart or fewer share a run, the rows between read and left out: for
 * small rows, which cost less to read than a request. At most FILLER_PER_ROW rows are read between
 * per row wanted: pages spread thinly over the ids (one outlet's) would otherwise read most of the table.
 */
async function readRuns<T, I>(table: Table<T, number, I>, pageIds: readonly number[], gap = 1): Promise<T[]> {
  const wanted = new Set(pageIds);
  const runs: [number, number][] = [];
  let filler = FILLER_PER_ROW * wanted.size;
  for (const id of [...wanted].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    const between = last ? id - last[1] - 1 : 0;
    if (last && between < gap && between <= filler) {
      last[1] = id;
      filler -= between;
    } else runs.push([id, id]);
  }
  const rows = (await Promise.all(runs.map(([first, last]) => table.where(':id').between(first, last, true, true).toArray()))).flat();
  const keyPath = table.schema.primKey.keyPath as string;
  return gap === 1 ? rows : rows.filter((row) => wanted.has(Dexie.getByKeyPath(row as object, keyPath) as number));
}

/** Pages apart that one request reads together, for the small page records. */
const PAGE_GAP = 64;
/** Rows read and left out between wanted ones, per row wanted (readRuns). */
const FILLER_PER_ROW = 4;

/** The claims of each page, in reading order. */
async function claimsOfPages(pageIds: readonly number[]): Promise<ClaimOccurrence[][]> {
  const rows = await readRuns(db.pageOccurrences, pageIds);
  const byPage = new Map(rows.map((row) => [row.pageId, row.occurrences]));
  return pageIds.map((pageId) => byPage.get(pageId) ?? []);
}

/** The pages the query's outlet and dates allow, least recently seen first. */
function pagesOldestFirst(query: HistoryQuery) {
  const from = query.from ?? -Infinity;
  const to = query.to ?? Infinity;
  if (query.outlet) return db.pages.where('[outlet+lastSeen]').between([query.outlet, from], [query.outlet, to], true, true);
  if (query.from !== undefined || query.to !== undefined) return db.pages.where('lastSeen').between(from, to, true, true);
  return db.pages.orderBy('lastSeen');
}

/** Whether a page is one the query's outlet and dates allow (as pagesOldestFirst reads them). */
function pageFits(page: Page, query: HistoryQuery): boolean {
  return (!query.outlet || page.outlet === query.outlet) && page.lastSeen >= (query.from ?? -Infinity) && page.lastSeen <= (query.to ?? Infinity);
}

interface PageIds {
  /** Newest first; at least as many as asked for unless `complete`. */
  ids: readonly number[];
  complete: boolean;
}

/**
 * The ids of the pages the query's outlet and dates allow, newest first, as far as asked: keys
 * only, read again from the newest in a window four times as wide when more are asked for.
 */
function newestPageIds(query: HistoryQuery): (count: number) => Promise<PageIds> {
  let read: PageIds = { ids: [], complete: false };
  return async (count) => {
    if (!read.complete && read.ids.length < count) {
      const window = Math.max(count, read.ids.length * 4);
      const ids = await pagesOldestFirst(query).reverse().limit(window).primaryKeys();
      read = { ids, complete: ids.length < window };
    }
    return read;
  };
}

/** How many of the newest pages' words are read before choosing whether to look up a needed word. */
const SAMPLE = 50;
/** The newest pages' ids read with the sample: those of a common word's first step too, saving it a wait. */
const SAMPLE_IDS = 4 * SAMPLE;
/** The share of those pages below which a needed word is looked up in the word index. */
const RARE_SHARE = 1 / 10;
/** The most pages a word is looked up for: a word on more is not rare after all. */
const MOST_LOOKED_UP = 1000;
/** Looked-up pages few enough to read and put in order at once. */
const FEW_LOOKED_UP = 50;
/**
 * How many times more of the newest pages are taken than the sample's share of a looked-up word
 * says hold the first ones: fifty pages say little of a rare word's share, and a few hundred ids
 * more cost less than reading the ids again from the newest.
 */
const LOOKED_UP_MARGIN = 1.7;
/** The most pages taken in one step. */
const LARGEST_STEP = 5000;

/**
 * The pages that may carry a claim fitting the query, newest first, as far as asked for each
 * time: those the outlet and dates allow whose search words hold the words the query needs (on
 * one claim, where the page's row keeps each claim's words).
 * Pages are taken newest first and their words tested; when the newest pages show a needed word
 * to be rare, the pages holding it are looked up in the word index, and only those are tested.
 */
function pagesThatMayFit(query: HistoryQuery): (count: number) => Promise<number[]> {
  const needed = neededWords(query);
  /** The needed words still to test: not the one looked up. */
  let testing = needed;
  const newest = newestPageIds(query);
  let source = newest;
  let lookedUp: ReadonlySet<number> | undefined;
  let sampled = needed.length === 0;
  /** How far the source has been taken, and how many of those pages held the needed words. */
  let position = 0;
  let taken = 0;
  let holding = 0;
  const ready: number[] = [];
  const held = new Map<number, PageWords>();

  const readWords = async (pageIds: readonly number[]) => {
    const missing = pageIds.filter((pageId) => !held.has(pageId));
    const rows = await readRuns(db.pageWords, missing);
    for (const row of rows) held.set(row.pageId, row);
  };
  // Every needed word, the looked-up one too: one claim must hold them all.
  const holdsAll = (pageId: number) => testing.length === 0 || claimMayHold(held.get(pageId) ?? { words: [] }, needed);

  /** The pages holding `word`, from the word index, unless it is on more than `most`. */
  const pagesHolding = async (word: NeededWord, most: number): Promise<number[] | undefined> => {
    const pages = word.whole ? db.pageWords.where('words').equals(word.word) : db.pageWords.where('words').startsWith(word.word);
    const found = await pages.limit(most + 1).primaryKeys();
    return found.length > most ? undefined : found;
  };

  /** From here on, takes only the pages `found` holding `word`. */
  const keepTo = async (word: NeededWord, found: readonly number[]): Promise<void> => {
    const pageIds = new Set(found);
    lookedUp = pageIds;
    testing = needed.filter((other) => other !== word);
    for (const pageId of held.keys()) if (!pageIds.has(pageId)) held.delete(pageId);
    if (pageIds.size <= FEW_LOOKED_UP) {
      const fitting = (await readRuns(db.pages, [...pageIds], PAGE_GAP)).filter((page) => pageFits(page, query));
      const ids = fitting.sort((a, b) => b.lastSeen - a.lastSeen || b.id - a.id).map((page) => page.id);
      source = async () => ({ ids, complete: true });
    }
  };

  /**
   * Chooses how to find the pages: the longest needed word (the likeliest to be rare) is looked up
   * at once, kept to if on few pages; otherwise the newest pages' words, read meanwhile (one wait
   * for both), show which needed word is rarest, kept to (looked up) when rare enough.
   */
  const sample = async () => {
    sampled = true;
    const longest = needed.reduce((first, word) => (word.word.length > first.word.length ? word : first));
    const [few, newestIds] = await Promise.all([
      pagesHolding(longest, FEW_LOOKED_UP),
      newest(SAMPLE_IDS).then(async ({ ids }) => {
        const newestIds = ids.slice(0, SAMPLE);
        if (newestIds.length === SAMPLE) await readWords(newestIds);
        return newestIds;
      }),
    ]);
    if (few) return keepTo(longest, few);
    if (newestIds.length < SAMPLE) return;
    taken = newestIds.length;
    holding = newestIds.filter(holdsAll).length;
    const shares = needed.map((word) => newestIds.filter((pageId) => holdsWord(held.get(pageId)?.words ?? [], word)).length);
    const fewest = Math.min(...shares);
    if (fewest >= RARE_SHARE * newestIds.length) return;
    const rarest = needed[shares.indexOf(fewest)]!;
    const found = await pagesHolding(rarest, MOST_LOOKED_UP);
    if (!found) return;
    holding = Math.max(holding, 1) / LOOKED_UP_MARGIN;
    await keepTo(rarest, found);
  };

  return async (count) => {
    if (!sampled) await sample();
    while (ready.length < count) {
      const share = taken === 0 ? 1 : Math.max(holding, 1) / taken;
      const step = Math.min(LARGEST_STEP, Math.ceil(((count - ready.length) / share) * (taken === 0 ? 1 : 1.2)));
      const { ids, complete } = await source(position + step);
      const batch = ids.slice(position, position + step).filter((pageId) => !lookedUp || lookedUp.has(pageId));
      taken += Math.min(step, ids.length - position);
      position = Math.min(ids.length, position + step);
      if (testing.length > 0) await readWords(batch);
      for (const pageId of batch) {
        if (!holdsAll(pageId)) continue;
        holding += 1;
        ready.push(pageId);
      }
      for (const pageId of batch) held.delete(pageId);
      if (complete && position >= ids.length) break;
    }
    return ready.splice(0, count);
  };
}

/**
 * Pages fitting the query with their (fitting) claims, newest first: pages that may fit are read
 * in steps sized by how many of those read so far fitted (a page's claims cost far more to read
 * than its words), growing at most fourfold.
 */
async function pagesMatching(query: HistoryQuery, limit: number): Promise<{ pages: PageWithClaims[]; more: boolean }> {
  const narrowed = filtersClaims(query);
  const mayFit = pagesThatMayFit(query);
  const found: PageWithClaims[] = [];
  let read = 0;
  while (found.length <= limit) {
    const wanted = limit + 1 - found.length;
    const step = read === 0 ? Math.min(wanted, LARGEST_STEP) : Math.min(LARGEST_STEP, 4 * read, Math.ceil((wanted * read * 1.1) / Math.max(found.length, 1)));
    const ids = await mayFit(step);
    read += ids.length;
    const [pages, claims] = await Promise.all([
      readRuns(db.pages, ids, PAGE_GAP),
      claimsOfPages(ids),
    ]);
    const byId = new Map(pages.map((page) => [page.id, page]));
    ids.forEach((pageId, index) => {
      const page = byId.get(pageId);
      const all = claims[index]!;
      const fitting = narrowed ? all.filter((claim) => claimMatches(claim, query)) : all;
      if (page && (!narrowed || fitting.length > 0)) found.push({ ...page, claims: fitting });
    });
    if (ids.length < step) break;
  }
  return { pages: found.slice(0, limit), more: found.length > limit };
}

/**
 * The `limit` most recently seen pages fitting `query`, with their claims: the rows a list shows
 * first, before the claims' groups (groupsOfPages) and the count of pages (countPages).
 */
export async function listPageRows(query: HistoryQuery, limit: number): Promise<PageRows> {
  return db.transaction('r', ALL_TABLES, async () => pagesMatching(query, limit));
}

/** How many pages the history holds. */
export async function countPages(): Promise<number> {
  return db.pages.count();
}

/** The groups of the pages' claims, by group id. */
export async function groupsOfPages(pages: readonly PageWithClaims[]): Promise<Map<number, ClaimGroup>> {
  const groupIds = [...new Set(pages.flatMap((page) => page.claims.map((claim) => claim.groupId)))];
  const groups = new Map<number, ClaimGroup>();
  for (const group of await db.groups.bulkGet(groupIds)) if (group) groups.set(group.id, group);
  return groups;
}

/** The `limit` most recently seen pages fitting `query`, with their claims and those claims' groups. */
export async function listPages(query: HistoryQuery, limit: number): Promise<PageListing> {
  return db.transaction('r', ALL_TABLES, async () => {
    const rows = await listPageRows(query, limit);
    return { ...rows, total: await countPages(), groups: await groupsOfPages(rows.pages) };
  });
}

/** The `limit` most recently seen pages with all their claims. */
export async function listRecentPages(limit: number): Promise<PageListing> {
  return listPages(EMPTY_QUERY, limit);
}

/** Every outlet in the history, alphabetically: one look-up per outlet, not one per page. */
export async function listOutlets(): Promise<string[]> {
  return db.transaction('r', db.pages, async () => {
    const outlets: string[] = [];
    for (;;) {
      const after = outlets.at(-1);
      const next = await (after === undefined ? db.pages.orderBy('[outlet+lastSeen]') : db.pages.where('[outlet+lastSeen]').above([after, Dexie.maxKey])).first();
      if (!next) return outlets;
      outlets.push(next.outlet);
    }
  });
}

/** The groups whose outlets disagree on whether the other side's denial was printed, least recently seen first. */
function disagreeingGroups() {
  return db.groups.where('[disagree+lastSeen]').between([1, Dexie.minKey], [1, Dexie.maxKey]);
}

/**
 * The most recently seen claim groups, optionally only those whose outlets disagree on whether
 * the other side's denial was printed, and only those whose wording, side or outlets have every
 * word of `text` (at the start of a word).
 */
export async function listGroups(
  { text, disagreeing }: { text: string; disagreeing: boolean },
  limit: number,
): Promise<GroupListing> {
  const collection = (disagreeing ? disagreeingGroups() : db.groups.orderBy('lastSeen')).reverse();
  const groups = await collection
    .filter((group) => matchesSearch(`${group.text}\n${group.side}\n${group.outlets.join('\n')}`, text))
    .limit(limit + 1)
    .toArray();
  return { groups: groups.slice(0, limit), more: groups.length > limit };
}

/**
 * How many groups have outlets that disagree on whether the denial was printed, counted up to
 * one more than `atMost`: counting an index reads all of it, a second for a large history.
 */
export async function countDisagreeingGroups(atMost: number): Promise<number> {
  return (await disagreeingGroups().limit(atMost + 1).primaryKeys()).length;
}

function markOf({ verdict, note, markedAt }: ClaimMarkRecord): ClaimMark {
  return { verdict, note, markedAt };
}

async function carryingsOf(occurrences: readonly ClaimOccurrence[]): Promise<Carrying[]> {
  const pages = await db.pages.bulkGet([...new Set(occurrences.map((occurrence) => occurrence.pageId))]);
  const byId = new Map(pages.filter((page): page is Page => page !== undefined).map((page) => [page.id, page]));
  const keys = [...new Set(occurrences.map((occurrence) => occurrence.claimKey))];
  const marks = new Map((await db.marks.bulkGet(keys)).flatMap((mark) => (mark ? [[mark.claimKey, markOf(mark)] as const] : [])));
  return occurrences
    .flatMap((occurrence) => {
      const page = byId.get(occurrence.pageId);
      return page ? [{ page, occurrence, mark: marks.get(occurrence.claimKey) }] : [];
    })
    .sort((a, b) => a.page.outlet.localeCompare(b.page.outlet) || b.page.lastSeen - a.page.lastSeen);
}

/** A group with every page that carried its claim. */
export async function getGroup(groupId: number): Promise<GroupDetail | undefined> {
  return db.transaction('r', ALL_TABLES, async () => {
    const [record, occurrences] = await Promise.all([db.groups.get(groupId), occurrencesOfGroup(groupId)]);
    const group = record ?? groupOfOccurrences(groupId, occurrences);
    return group && { group, carryings: await carryingsOf(occurrences) };
  });
}

/** Every claim a fact-checker marked, with the pages that carried it. */
export async function listMarkedClaims(): Promise<MarkedClaim[]> {
  return db.transaction('r', ALL_TABLES, async () => {
    const [marks] = await Promise.all([db.marks.toArray(), checkHeldClaims()]);
    const index = await holdClaims(marks.map((mark) => claimKeySide(mark.claimKey)));
    const marked = await Promise.all(
      marks.map(async (mark): Promise<MarkedClaim[]> => {
        const groupId = index.valueOf(claimKeySide(mark.claimKey), mark.claimKey);
        if (groupId === undefined) return [];
        const occurrences = (await occurrencesOfGroup(groupId)).filter((occurrence) => occurrence.claimKey === mark.claimKey);
        const [first] = [...occurrences].sort((a, b) => a.firstSeen - b.firstSeen);
        if (!first) return [];
        const claim: ClaimRecord = { key: mark.claimKey, claimId: first.claimId, side: first.asserter.side, text: first.text, groupId, firstSeen: first.firstSeen };
        return [{ claim, mark: markOf(mark), carryings: await carryingsOf(occurrences) }];
      }),
    );
    return marked.flat();
  });
}

export interface HistorySnapshot {
  pages: PageWithClaims[];
  marks: { claimId: string; side: string; mark: ClaimMark }[];
}

/** Page ids whose claims are read, and handed on, per request when reading the whole history. */
const EXPORT_STEP = 250;

/**
 * Everything the history holds (or what fits `query`), for export, each page with its claims
 * handed to `convert` as it is read (most recently seen first in the result): the whole history
 * is read a step of pages at a time and turned into text as it goes, never all held as records,
 * which takes far less time (and memory) than reading it at once.
 */
export async function readHistoryAs<T>(query: HistoryQuery, convert: (page: PageWithClaims) => T): Promise<{ pages: T[]; marks: HistorySnapshot['marks'] }> {
  return db.transaction('r', ALL_TABLES, async () => {
    const exported = new Map<string, ClaimOccurrence>();
    const take = (page: PageWithClaims) => {
      for (const claim of page.claims) exported.set(claim.claimKey, claim);
      return convert(page);
    };
    let pages: T[];
    if (isEmptyQuery(query)) {
      // Pages read oldest first, in one request (a reverse walk takes one per page), then turned round.
      const [oldestFirst, last] = await Dexie.Promise.all([db.pages.orderBy('lastSeen').toArray(), db.pageOccurrences.toCollection().lastKey()]);
      const byId = new Map(oldestFirst.map((page) => [page.id, page]));
      const converted = new Map<number, T>();
      const stepFrom = (from: number) => db.pageOccurrences.where(':id').between(from, from + EXPORT_STEP, true, false).toArray();
      // The next step is read while this one is turned into text.
      let reading = stepFrom(0);
      for (let from = 0; from <= ((last as number | undefined) ?? -1); from += EXPORT_STEP) {
        const rows = await reading;
        reading = stepFrom(from + EXPORT_STEP);
        for (const row of rows) {
          const page = byId.get(row.pageId);
          if (page) converted.set(page.id, take({ ...page, claims: row.occurrences }));
        }
      }
      await reading;
      pages = oldestFirst.reverse().map((page) => converted.get(page.id) ?? take({ ...page, claims: [] }));
    } else {
      pages = (await pagesMatching(query, Number.MAX_SAFE_INTEGER)).pages.map(take);
    }
    const marks = (await db.marks.toArray()).flatMap((mark) => {
      const claim = exported.get(mark.claimKey);
      return claim ? [{ claimId: claim.claimId, side: claim.asserter.side, mark: markOf(mark) }] : [];
    });
    return { pages, marks };
  });
}

/** Everything the history holds (or what fits `query`), as records. */
export async function readHistory(query: HistoryQuery): Promise<HistorySnapshot> {
  return readHistoryAs(query, (page) => page);
}
