// The history's one repository: the only code that reads or writes the tables in ./db. Every
// write is one transaction, so a failure (a full disk, a hostile import) leaves nothing half
// written.
import { Dexie } from 'dexie';
import type { Analysis, Claim } from '../analyzer/types';
import {
  claimKey,
  claimKeySide,
  claimRecord,
  historyDb as db,
  sideKey,
  type CarriedFields,
  type ClaimGroup,
  type ClaimMark,
  type ClaimMarkRecord,
  type ClaimOccurrence,
  type ClaimRecord,
  type ClaimWording,
  type Page,
} from './db';
import { ClaimIndex } from './claim-index';
import { extendSummary, renewsInPlace, summarizeGroup, type Renewal } from './groups';
import type { HistoryFile } from './history-file';
import { claimMatches, EMPTY_QUERY, filtersClaims, isEmptyQuery, matchesSearch, searchProbes, searchWords, type HistoryQuery } from './query';

export type { ClaimGroup, ClaimMark, ClaimOccurrence, ClaimRecord, Page } from './db';
export { claimKey } from './db';

const ALL_TABLES = [db.pages, db.claims, db.occurrences, db.pageWords, db.groups, db.marks, db.stamps];

export interface PageWithClaims extends Page {
  /** The page's claims in reading order (only those matching the query, when it filters claims). */
  claims: ClaimOccurrence[];
}

export interface PageRows {
  /** The pages that fit the query, most recently seen first. */
  pages: PageWithClaims[];
  /** Whether more pages fit than are listed. */
  more: boolean;
  /** How many pages the history holds in all. */
  total: number;
}

export interface PageListing extends PageRows {
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
 * The claims kept, by side and LSH band, held in memory so matching a new claim costs no database
 * request per band; and the stamp of the claims table they reflect. A side's claims are read, in
 * one go, when a claim for that side is first matched; a write from another page or worker
 * changes the stamp, and every side is read again when next needed.
 */
let held: { stamp: string | undefined; sides: Map<string, ClaimIndex<number>> } = { stamp: undefined, sides: new Map() };

const CLAIMS = 'claims';

/** Forgets the held sides if the claims changed elsewhere. Within a transaction over claims and stamps. */
async function checkHeldClaims(): Promise<void> {
  const stamp = (await db.stamps.get(CLAIMS))?.stamp;
  if (held.stamp !== stamp) held = { stamp, sides: new Map() };
}

/** The band index of a side's claims, read when not held. After checkHeldClaims(), in the same transaction. */
async function sideIndex(side: string): Promise<ClaimIndex<number>> {
  const key = sideKey(side);
  let index = held.sides.get(key);
  if (!index) {
    index = new ClaimIndex<number>();
    for (const claim of await db.claims.where(':id').startsWith(claimKey(side, '')).toArray()) index.add(claim, claim.groupId);
    held.sides.set(key, index);
  }
  return index;
}

/**
 * Gives the claims table a new stamp, before the held indexes are changed to match: if the
 * transaction fails, the stamp goes back and the changed indexes no longer pass for current.
 * After checkHeldClaims(), in the same transaction.
 */
async function stampClaims(): Promise<void> {
  const stamp = crypto.randomUUID();
  await db.stamps.put({ table: CLAIMS, stamp });
  held.stamp = stamp;
}

// ---------------------------------------------------------------- grouping

/**
 * Claim records for wordings not kept yet: each joins the group of the most similar claim
 * kept or new in this batch, or starts a group.
 */
async function addClaimRecords(wordings: readonly (ClaimWording & { firstSeen: number })[]): Promise<ClaimRecord[]> {
  const fresh = wordings.map((wording) => claimRecord(wording, 0, wording.firstSeen));
  if (fresh.length === 0) return fresh;
  await checkHeldClaims();
  const sides = new Map<string, ClaimIndex<number>>();
  for (const record of fresh) sides.set(record.side, await sideIndex(record.side));
  await stampClaims();
  // New groups get negative stand-in ids until they are added.
  const newGroups: Omit<ClaimGroup, 'id'>[] = [];
  for (const record of fresh) {
    record.groupId =
      sides.get(record.side)!.mostSimilar(record) ??
      -newGroups.push({
        side: record.side,
        text: record.text,
        occurrences: 0,
        pages: 0,
        outlets: [],
        statuses: [],
        reported: 0,
        disagree: 0,
        firstSeen: record.firstSeen,
        lastSeen: record.firstSeen,
      });
    sides.get(record.side)!.add(record, record.groupId);
  }
  const groupIds = newGroups.length > 0 ? await db.groups.bulkAdd(newGroups as ClaimGroup[], { allKeys: true }) : [];
  for (const record of fresh) {
    if (record.groupId >= 0) continue;
    record.groupId = groupIds[-record.groupId - 1]!;
    sides.get(record.side)!.add(record, record.groupId);
  }
  await db.claims.bulkAdd(fresh);
  return fresh;
}

/** The group whose claims `text`, asserted for `side`, is the same claim as, if any. */
export async function findGroup(side: string, text: string): Promise<ClaimGroup | undefined> {
  return db.transaction('r', db.claims, db.groups, db.stamps, async () => {
    await checkHeldClaims();
    const groupId = (await sideIndex(side)).mostSimilar(claimRecord({ claimId: '', side, text }, 0, 0));
    return groupId === undefined ? undefined : db.groups.get(groupId);
  });
}

/** The keys of a group's claims other than those still `carried`. */
async function claimsNotCarried(groupId: number, carried: ReadonlySet<string>): Promise<string[]> {
  return (await db.claims.where('groupId').equals(groupId).primaryKeys()).filter((key) => !carried.has(key));
}

/** Forgets claims and their marks. */
async function forgetClaims(keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await checkHeldClaims();
  await stampClaims();
  for (const key of keys) held.sides.get(claimKeySide(key))?.delete(key);
  await Promise.all([db.claims.bulkDelete([...keys]), db.marks.bulkDelete([...keys])]);
}

/** Occurrences that joined a group or were carried again, which its summary takes in place. */
interface GroupChange {
  added: ClaimOccurrence[];
  renewed: Renewal[];
  /** Pages that carry the group for the first time. */
  newPages: number;
}

/**
 * Brings the groups' summaries up to date with their occurrences; a group left without any is
 * removed with its claims. `pruned` groups also drop claims no page carries any more. Groups
 * with a `change` are updated from it, without reading their occurrences.
 */
async function refreshGroups(
  groupIds: Iterable<number>,
  pruned: ReadonlySet<number>,
  changes: ReadonlyMap<number, GroupChange> = new Map(),
): Promise<void> {
  // Whole records put back in one batch: Table.update() walks a cursor per record.
  const ids = [...new Set(groupIds)];
  const [carried, groups] = await Promise.all([
    Promise.all(ids.map((groupId) => (changes.has(groupId) ? undefined : db.occurrences.where('groupId').equals(groupId).toArray()))),
    db.groups.bulkGet(ids),
  ]);
  const kept: ClaimGroup[] = [];
  const emptied: number[] = [];
  const pruning: Promise<string[]>[] = [];
  ids.forEach((groupId, index) => {
    const occurrences = carried[index];
    const group = groups[index];
    if (!group) return;
    const change = changes.get(groupId);
    if (change) {
      kept.push({ ...group, ...extendSummary(group, change.added, change.renewed, change.newPages) });
      return;
    }
    if (!occurrences || occurrences.length === 0) {
      emptied.push(groupId);
      pruning.push(claimsNotCarried(groupId, new Set()));
      return;
    }
    kept.push({ ...group, ...summarizeGroup(occurrences) });
    if (pruned.has(groupId)) pruning.push(claimsNotCarried(groupId, new Set(occurrences.map((occurrence) => occurrence.claimKey))));
  });
  await Promise.all([db.groups.bulkPut(kept), db.groups.bulkDelete(emptied), Promise.all(pruning).then((keys) => forgetClaims(keys.flat()))]);
}

// ---------------------------------------------------------------- writing

interface CarriedClaim extends CarriedFields {
  claimId: string;
  count: number;
  firstSeen: number;
  lastSeen: number;
}

/**
 * Puts `claims` (in reading order) as the page's occurrences, replacing what the page carried
 * before when `replace`; otherwise keeps the newer of the two for each claim. Returns how many
 * occurrences were added and changed.
 */
async function putOccurrences(
  page: Page,
  claims: readonly CarriedClaim[],
  now: number,
  replace: boolean,
): Promise<{ added: number; updated: number }> {
  const previous = await db.occurrences.where('pageId').equals(page.id).toArray();
  const before = new Map(previous.map((occurrence) => [occurrence.claimId, occurrence]));
  const wanted = new Map<string, CarriedClaim>();
  for (const claim of claims) if (!wanted.has(claim.claimId)) wanted.set(claim.claimId, claim);

  const incoming = [...wanted.values()].filter((claim) => {
    const old = before.get(claim.claimId);
    return replace || !old || old.lastSeen < claim.lastSeen;
  });
  const keyOf = (claim: CarriedClaim) => claimKey(claim.asserter.side, claim.claimId);
  const records = new Map<string, ClaimRecord>();
  for (const record of await db.claims.bulkGet(incoming.map(keyOf))) if (record) records.set(record.key, record);
  const missing = incoming.filter((claim) => !records.has(keyOf(claim)));
  const wordings = missing.map((claim) => ({ claimId: claim.claimId, side: claim.asserter.side, text: claim.text, firstSeen: claim.firstSeen }));
  for (const record of await addClaimRecords(wordings)) records.set(record.key, record);

  const touched = new Set<number>();
  const pruned = new Set<number>();
  // Groups whose summaries must be worked out again from all their occurrences.
  const recounted = new Set<number>();
  const changes = new Map<number, GroupChange>();
  const changeOf = (groupId: number) => {
    let change = changes.get(groupId);
    if (!change) {
      change = { added: [], renewed: [], newPages: 0 };
      changes.set(groupId, change);
    }
    return change;
  };
  const put: ClaimOccurrence[] = [];
  let added = 0;
  let updated = 0;
  let position = replace ? 0 : previous.length;
  for (const claim of incoming) {
    const old = before.get(claim.claimId);
    const record = records.get(keyOf(claim))!;
    if (old) {
      updated += 1;
      if (old.claimKey !== record.key) {
        pruned.add(old.groupId);
        recounted.add(old.groupId);
        recounted.add(record.groupId);
      }
      touched.add(old.groupId);
    } else {
      added += 1;
    }
    touched.add(record.groupId);
    const occurrence: ClaimOccurrence = {
      ...claim,
      pageId: page.id,
      claimKey: record.key,
      groupId: record.groupId,
      outlet: page.outlet,
      position: replace || !old ? position++ : old.position,
      firstSeen: Math.min(claim.firstSeen, old?.firstSeen ?? claim.firstSeen),
      lastSeen: replace ? now : claim.lastSeen,
    };
    put.push(occurrence);
    if (!old) changeOf(record.groupId).added.push(occurrence);
    else if (renewsInPlace([old, occurrence])) changeOf(record.groupId).renewed.push([old, occurrence]);
    else recounted.add(record.groupId);
  }
  const gone = replace ? previous.filter((occurrence) => !wanted.has(occurrence.claimId)) : [];
  for (const occurrence of gone) {
    touched.add(occurrence.groupId);
    pruned.add(occurrence.groupId);
    recounted.add(occurrence.groupId);
  }
  for (const groupId of recounted) changes.delete(groupId);
  for (const [groupId, change] of changes) {
    if (change.added.length > 0 && !previous.some((occurrence) => occurrence.groupId === groupId)) change.newPages = 1;
  }
  // The page's words, from the claims it carries after this.
  const carried = new Map(before);
  for (const occurrence of gone) carried.delete(occurrence.claimId);
  for (const occurrence of put) carried.set(occurrence.claimId, occurrence);
  await Promise.all([
    db.occurrences.bulkDelete(gone.map((occurrence): [number, string] => [page.id, occurrence.claimId])),
    db.occurrences.bulkPut(put),
    put.length + gone.length > 0 && db.pageWords.put({ pageId: page.id, words: [...new Set([...carried.values()].flatMap(searchWords))] }),
  ]);
  await refreshGroups(touched, pruned, changes);
  return { added, updated };
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
    const known = await db.pages.where('url').equals(address).first();
    if (!known && analysis.claims.length === 0) return undefined;
    const page: Page = known
      ? { ...known, title: title || known.title, lastSeen: now }
      : { url: address, outlet: new URL(address).hostname, title, firstSeen: now, lastSeen: now } as Page;
    page.id = await db.pages.put(page);
    // A claim the page carried before keeps its first sighting (putOccurrences keeps the earlier).
    await putOccurrences(page, analysis.claims.map((claim) => carriedFromAnalysis(claim, now)), now, true);
    return page.id;
  });
}

/** Records a fact-checker's verdict on a claim, or removes it (`mark` undefined). */
export async function markClaim(key: string, mark: ClaimMark | undefined): Promise<void> {
  await db.transaction('rw', db.claims, db.marks, async () => {
    if (!(await db.claims.get(key))) throw new Error('That claim is no longer in the history.');
    if (mark) await db.marks.put({ claimKey: key, ...mark });
    else await db.marks.delete(key);
  });
}

/** Forgets pages and their claims; claims and groups no page carries any more go too. */
async function forgetPages(pageIds: readonly number[]): Promise<void> {
  const occurrences = (
    await Promise.all(pageIds.map((pageId) => db.occurrences.where('pageId').equals(pageId).toArray()))
  ).flat();
  await db.occurrences.bulkDelete(occurrences.map((occurrence): [number, string] => [occurrence.pageId, occurrence.claimId]));
  await db.pageWords.bulkDelete([...pageIds]);
  await db.pages.bulkDelete([...pageIds]);
  const groups = new Set(occurrences.map((occurrence) => occurrence.groupId));
  await refreshGroups(groups, groups);
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
    held = { stamp: undefined, sides: new Map() };
    await stampClaims();
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
    // Oldest first, so groups form (and take their wording) in the order claims were first seen.
    for (const filed of [...file.pages].sort((a, b) => a.firstSeen - b.firstSeen)) {
      const url = pageAddress(filed.url);
      const known = await db.pages.where('url').equals(url).first();
      const page: Page = known
        ? {
            ...known,
            title: filed.lastSeen > known.lastSeen && filed.title ? filed.title : known.title,
            firstSeen: Math.min(known.firstSeen, filed.firstSeen),
            lastSeen: Math.max(known.lastSeen, filed.lastSeen),
          }
        : ({ url, outlet: new URL(url).hostname, title: filed.title, firstSeen: filed.firstSeen, lastSeen: filed.lastSeen } as Page);
      const changed = !known || known.title !== page.title || known.firstSeen !== page.firstSeen || known.lastSeen !== page.lastSeen;
      if (changed) page.id = await db.pages.put(page);
      const claims = filed.claims.map(({ id, ...claim }) => ({ claimId: id, ...claim }));
      const { added, updated } = await putOccurrences(page, claims, 0, false);
      summary.claimsAdded += added;
      summary.claimsUpdated += updated;
      if (!known) summary.pagesAdded += 1;
      else if (changed || added + updated > 0) summary.pagesUpdated += 1;
    }
    for (const { claimId, side, ...mark } of file.marks) {
      const key = claimKey(side, claimId);
      const [claim, known] = await Promise.all([db.claims.get(key), db.marks.get(key)]);
      if (!claim || (known && known.markedAt >= mark.markedAt)) continue;
      await db.marks.put({ claimKey: key, ...mark });
      summary.marksSet += 1;
    }
    return summary;
  });
}

// ---------------------------------------------------------------- reading

/**
 * Page ids this close together are read in one range request: a request costs about as much as
 * reading one page's claims, so only a page in between is worth reading for nothing.
 */
const RUN_GAP = 2;

/** Occurrences by page, each page's in reading order. */
function claimsByPage(occurrences: readonly ClaimOccurrence[]): Map<number, ClaimOccurrence[]> {
  const byPage = new Map<number, ClaimOccurrence[]>();
  for (const occurrence of occurrences) {
    const list = byPage.get(occurrence.pageId);
    if (list) list.push(occurrence);
    else byPage.set(occurrence.pageId, [occurrence]);
  }
  for (const list of byPage.values()) list.sort((a, b) => a.position - b.position);
  return byPage;
}

/**
 * The claims of each page, in reading order. Pages seen together mostly have neighbouring ids, so
 * runs of them are read with one request each instead of one per page.
 */
function claimsOfPages(pageIds: readonly number[]): Promise<ClaimOccurrence[][]> {
  const sorted = [...new Set(pageIds)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const id of sorted) {
    const last = runs.at(-1);
    if (last && id - last[1] <= RUN_GAP) last[1] = id;
    else runs.push([id, id]);
  }
  const reads = runs.map(([first, last]) =>
    db.occurrences.where('[pageId+claimId]').between([first, ''], [last + 1, ''], true, false).toArray(),
  );
  return Promise.all(reads).then((read) => {
    const byPage = claimsByPage(read.flat());
    return pageIds.map((pageId) => byPage.get(pageId) ?? []);
  });
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

/**
 * The share of all pages a search word may be on for the word index to be read for it: a word
 * more common than that finds its first results sooner by reading pages newest first (and
 * reading its index costs more than that reading).
 */
const NARROW_SHARE = 1 / 4;
/** Candidate pages few enough to read at once, and not worth narrowing by a further search word. */
const FEW_ENOUGH = 100;

/**
 * The ids of the pages where every narrow enough search word starts a word of some claim (of
 * `total` pages in all); undefined when no search word is narrow enough.
 */
async function pagesWithSearchedWords(query: HistoryQuery, total: number): Promise<Set<number> | undefined> {
  const narrowEnough = Math.max(FEW_ENOUGH, Math.floor(total * NARROW_SHARE));
  // The longest words first: they are the likeliest to be rare.
  const probes = [...new Set(searchProbes(query.text))].sort((a, b) => b.length - a.length);
  let candidates: Set<number> | undefined;
  for (const probe of probes) {
    if (candidates && candidates.size <= FEW_ENOUGH) break;
    const found = await db.pageWords.where('words').startsWith(probe).limit(narrowEnough + 1).primaryKeys();
    if (found.length > narrowEnough) continue;
    candidates = candidates ? new Set(found.filter((pageId) => candidates!.has(pageId))) : new Set(found);
  }
  return candidates;
}

/**
 * The candidate pages' ids (those the query's outlet and dates allow) newest first, as far as
 * `count` asks: few candidates are read and put in order; otherwise the ids of the newest pages
 * are read (one request) in a window wide enough to hold about twice as many candidates as
 * asked, widened as further ones are asked for.
 */
function candidatesNewestFirst(query: HistoryQuery, candidates: ReadonlySet<number>, total: number): (count: number) => Promise<number[]> {
  let ordered: number[] = [];
  let window = 0;
  let complete = false;
  return async (count) => {
    if (!complete && candidates.size <= FEW_ENOUGH) {
      const pages = (await db.pages.bulkGet([...candidates])).filter((page): page is Page => page !== undefined && pageFits(page, query));
      ordered = pages.sort((a, b) => b.lastSeen - a.lastSeen || b.id - a.id).map((page) => page.id);
      complete = true;
    }
    while (!complete && ordered.length < count) {
      window = Math.max(window * 4, Math.ceil((2 * count * total) / Math.max(candidates.size, 1)));
      const ids = window < total ? await pagesOldestFirst(query).reverse().limit(window).primaryKeys() : await pagesOldestFirst(query).reverse().primaryKeys();
      complete = window >= total || ids.length < window;
      ordered = ids.filter((pageId) => candidates.has(pageId));
    }
    return ordered;
  };
}

/** The most pages read in one step. */
const LARGEST_CHUNK = 5000;

/**
 * Pages fitting the query with their (fitting) claims, newest first, of `total` pages in all;
 * reads pages in steps sized by how many of those read so far fitted (a page's claims cost far
 * more to read than the request).
 */
async function pagesMatching(query: HistoryQuery, limit: number, total: number): Promise<{ pages: PageWithClaims[]; more: boolean }> {
  const narrowed = filtersClaims(query);
  const candidates = await pagesWithSearchedWords(query, total);
  const searched = candidates && candidatesNewestFirst(query, candidates, total);
  const found: PageWithClaims[] = [];
  let offset = 0;
  let chunk = Math.min(limit + 1, LARGEST_CHUNK);
  while (found.length <= limit) {
    const pages = searched
      ? ((await db.pages.bulkGet((await searched(offset + chunk)).slice(offset, offset + chunk))) as Page[])
      : await pagesOldestFirst(query).reverse().offset(offset).limit(chunk).toArray();
    offset += pages.length;
    const claims = await claimsOfPages(pages.map((page) => page.id));
    pages.forEach((page, index) => {
      const all = claims[index] ?? [];
      const fitting = narrowed ? all.filter((claim) => claimMatches(claim, query)) : all;
      if (!narrowed || fitting.length > 0) found.push({ ...page, claims: fitting });
    });
    if (pages.length < chunk) break;
    const fitted = Math.max(found.length, 1) / offset;
    chunk = Math.min(Math.ceil(((limit + 1 - found.length) / fitted) * 1.25), LARGEST_CHUNK);
  }
  return { pages: found.slice(0, limit), more: found.length > limit };
}

/**
 * The `limit` most recently seen pages fitting `query`, with their claims: the rows a list shows
 * first, before the claims' groups (groupsOfPages), which take a request per group.
 */
export async function listPageRows(query: HistoryQuery, limit: number): Promise<PageRows> {
  return db.transaction('r', ALL_TABLES, async () => {
    const total = await db.pages.count();
    return { ...(await pagesMatching(query, limit, total)), total };
  });
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
    return { ...rows, groups: await groupsOfPages(rows.pages) };
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

/**
 * The most recently seen claim groups, optionally only those whose outlets disagree on whether
 * a response was reported, and only those whose wording, side or outlets have every word of `text`
 * (at the start of a word).
 */
/** The groups whose outlets disagree on whether a response was reported, least recently seen first. */
function disagreeingGroups() {
  return db.groups.where('[disagree+lastSeen]').between([1, Dexie.minKey], [1, Dexie.maxKey]);
}

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

/** How many groups have outlets that disagree on whether a response was reported. */
export async function countDisagreeingGroups(): Promise<number> {
  return disagreeingGroups().count();
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
    const group = await db.groups.get(groupId);
    if (!group) return undefined;
    return { group, carryings: await carryingsOf(await db.occurrences.where('groupId').equals(groupId).toArray()) };
  });
}

/** Every claim a fact-checker marked, with the pages that carried it. */
export async function listMarkedClaims(): Promise<MarkedClaim[]> {
  return db.transaction('r', ALL_TABLES, async () => {
    const marks = await db.marks.toArray();
    const claims = await db.claims.bulkGet(marks.map((mark) => mark.claimKey));
    const marked = marks.flatMap((mark, index) => (claims[index] ? [{ claim: claims[index]!, mark: markOf(mark) }] : []));
    return Promise.all(
      marked.map(async ({ claim, mark }) => {
        const occurrences = await db.occurrences.where('groupId').equals(claim.groupId).filter((o) => o.claimKey === claim.key).toArray();
        return { claim, mark, carryings: await carryingsOf(occurrences) };
      }),
    );
  });
}

export interface HistorySnapshot {
  pages: PageWithClaims[];
  marks: { claimId: string; side: string; mark: ClaimMark }[];
}

/** Everything the history holds (or what fits `query`), for export. */
export async function readHistory(query: HistoryQuery): Promise<HistorySnapshot> {
  return db.transaction('r', ALL_TABLES, async () => {
    let pages: PageWithClaims[];
    if (isEmptyQuery(query)) {
      const byPage = claimsByPage(await db.occurrences.toArray());
      // Read oldest first, in one request (a reverse walk takes one per page), then turned round.
      pages = (await db.pages.orderBy('lastSeen').toArray()).reverse().map((page) => ({ ...page, claims: byPage.get(page.id) ?? [] }));
    } else {
      pages = (await pagesMatching(query, Number.MAX_SAFE_INTEGER, await db.pages.count())).pages;
    }
    const exported = new Set(pages.flatMap((page) => page.claims.map((claim) => claim.claimKey)));
    const marked = (await db.marks.toArray()).filter((mark) => exported.has(mark.claimKey));
    const claims = await db.claims.bulkGet(marked.map((mark) => mark.claimKey));
    const marks = marked.flatMap((mark, index) => {
      const claim = claims[index];
      return claim ? [{ claimId: claim.claimId, side: claim.side, mark: markOf(mark) }] : [];
    });
    return { pages, marks };
  });
}
