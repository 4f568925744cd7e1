// The history's one repository: the only code that reads or writes the tables in ./db.
import type { Analysis, Status } from '../analyzer/types';
import { historyDb, type Page, type PageClaim } from './db';

export type { Page, PageClaim } from './db';

/** Another page that carried the same claim (same claim id), and the status it had there. */
export interface Carrier {
  pageId: number;
  url: string;
  outlet: string;
  status: Status;
}

export interface PageWithClaims extends Page {
  /** The page's claims in reading order. */
  claims: PageClaim[];
}

export interface RecentPages {
  /** The most recently seen pages, newest first. */
  pages: PageWithClaims[];
  /** How many pages the history holds in all. */
  total: number;
}

/** The address a page is kept under: the fragment only scrolls within the same article. */
export function pageAddress(url: string): string {
  const address = new URL(url);
  address.hash = '';
  return address.href;
}

/**
 * Records a visit to the page at `url` and the claims found on it, in one transaction.
 * A page is kept only once claims were found on it, so the history is not a log of every site
 * visited; a page already kept is updated on each visit (title, last seen, its claims: new ones
 * added, changed ones replaced, ones no longer on the page removed). Text that was not analyzed
 * (e.g. not English) changes nothing. Returns the page's id, or undefined when nothing was kept.
 */
export async function recordPage(
  url: string,
  title: string,
  analysis: Analysis,
  now: number = Date.now(),
): Promise<number | undefined> {
  if (!analysis.analyzed) return undefined;
  const address = pageAddress(url);
  return historyDb.transaction('rw', historyDb.pages, historyDb.pageClaims, async () => {
    const known = await historyDb.pages.where('url').equals(address).first();
    if (!known && analysis.claims.length === 0) return undefined;

    const pageId = known
      ? known.id
      : await historyDb.pages.add({ url: address, outlet: new URL(address).hostname, title, firstSeen: now, lastSeen: now });
    if (known) await historyDb.pages.update(pageId, { title: title || known.title, lastSeen: now });

    const previous = await historyDb.pageClaims.where('pageId').equals(pageId).toArray();
    const firstSeen = new Map(previous.map((claim) => [claim.claimId, claim.firstSeen]));
    const current = new Map<string, PageClaim>();
    for (const claim of analysis.claims) {
      if (current.has(claim.id)) continue;
      current.set(claim.id, {
        pageId,
        claimId: claim.id,
        position: current.size,
        text: claim.text,
        sentence: claim.sentence,
        cue: claim.cue,
        asserter: claim.asserter,
        status: claim.status,
        responses: claim.responses,
        occurrences: claim.occurrences.length,
        firstSeen: firstSeen.get(claim.id) ?? now,
        lastSeen: now,
      });
    }
    const gone = previous.filter((claim) => !current.has(claim.claimId));
    await historyDb.pageClaims.bulkDelete(gone.map((claim): [number, string] => [pageId, claim.claimId]));
    await historyDb.pageClaims.bulkPut([...current.values()]);
    return pageId;
  });
}

/** The `limit` most recently seen pages with their claims, newest first. */
export async function listRecentPages(limit: number): Promise<RecentPages> {
  return historyDb.transaction('r', historyDb.pages, historyDb.pageClaims, async () => {
    const pages = await historyDb.pages.orderBy('lastSeen').reverse().limit(limit).toArray();
    const claims = await Promise.all(
      pages.map((page) => historyDb.pageClaims.where('pageId').equals(page.id).sortBy('position')),
    );
    return {
      pages: pages.map((page, index) => ({ ...page, claims: claims[index] ?? [] })),
      total: await historyDb.pages.count(),
    };
  });
}

/**
 * Every page carrying each of the claims `claimIds`, by claim id, most recently seen first.
 * Separate from listRecentPages because it costs far more (a look-up per claim): the history
 * shows its rows first and where else each claim was seen a moment later.
 */
export async function listCarriers(claimIds: readonly string[]): Promise<Map<string, Carrier[]>> {
  return historyDb.transaction('r', historyDb.pages, historyDb.pageClaims, async () => {
    const carried = await historyDb.pageClaims.where('claimId').anyOf([...new Set(claimIds)]).toArray();
    const pages = new Map<number, Page>();
    for (const page of await historyDb.pages.bulkGet([...new Set(carried.map((claim) => claim.pageId))])) {
      if (page) pages.set(page.id, page);
    }
    const byClaim = new Map<string, Carrier[]>();
    const lastSeen = (carrier: Carrier) => pages.get(carrier.pageId)?.lastSeen ?? 0;
    for (const claim of carried) {
      const page = pages.get(claim.pageId);
      if (!page) continue;
      const carriers = byClaim.get(claim.claimId) ?? [];
      carriers.push({ pageId: page.id, url: page.url, outlet: page.outlet, status: claim.status });
      byClaim.set(claim.claimId, carriers);
    }
    for (const carriers of byClaim.values()) carriers.sort((a, b) => lastSeen(b) - lastSeen(a));
    return byClaim;
  });
}

/** Forgets a page and its claims. */
export async function deletePage(pageId: number): Promise<void> {
  await historyDb.transaction('rw', historyDb.pages, historyDb.pageClaims, async () => {
    await historyDb.pageClaims.where('pageId').equals(pageId).delete();
    await historyDb.pages.delete(pageId);
  });
}

/** Forgets everything. */
export async function clearHistory(): Promise<void> {
  await historyDb.transaction('rw', historyDb.pages, historyDb.pageClaims, async () => {
    await historyDb.pageClaims.clear();
    await historyDb.pages.clear();
  });
}
