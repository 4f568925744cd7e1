// Claim groups, pure: what a group's occurrences add up to, and grouping claims held in memory
// (the schema upgrade's job, where the database cannot be queried claim by claim).
import { STATUSES, type ClaimResponse, type Status } from '../analyzer/types';
import { ClaimIndex, probeOf, type IndexableClaim } from './claim-index';

/** What a group's record says about its occurrences. */
export interface GroupSummary {
  occurrences: number;
  pages: number;
  /**
   * The pages carrying the group, ascending (as many as `pages`): recording a page finds the other
   * pages carrying the groups its claims may join with their records (./corroboration), with no
   * look-up in the pages' group index. Records from version 11 of the schema on list them.
   */
  pageIds: number[];
  outlets: string[];
  statuses: Status[];
  /** Occurrences that reported another side's denial. */
  reported: number;
  /** 1 when some pages reported a denial and others did not (a number: IndexedDB cannot index booleans). */
  disagree: 0 | 1;
  firstSeen: number;
  lastSeen: number;
}

/** An occurrence as a group's summary counts it. */
interface SummarizedOccurrence {
  pageId: number;
  outlet: string;
  status: Status;
  responses: readonly Pick<ClaimResponse, 'stance'>[];
  firstSeen: number;
  lastSeen: number;
}

/**
 * Whether a page reported another side's denial of the claim: what a fact-checker compares outlets
 * on (who printed the denial, who did not). "Did not respond" or "could not be verified" is no
 * denial: an outlet that printed only that left the denial out.
 */
export function denialReported(occurrence: Pick<SummarizedOccurrence, 'responses'>): boolean {
  return occurrence.responses.some((response) => response.stance === 'denies');
}

/** Whether a group's outlets disagree: some of its `occurrences` printed the denial (`reported`), others did not. */
export function disagreement(reported: number, occurrences: number): 0 | 1 {
  return reported > 0 && reported < occurrences ? 1 : 0;
}

/** The pages carrying `occurrences`, ascending, each once. */
function pagesOf(occurrences: readonly SummarizedOccurrence[]): number[] {
  return [...new Set(occurrences.map((occurrence) => occurrence.pageId))].sort((a, b) => a - b);
}

export function summarizeGroup(occurrences: readonly SummarizedOccurrence[]): GroupSummary {
  const reported = occurrences.filter(denialReported).length;
  const statuses = new Set(occurrences.map((occurrence) => occurrence.status));
  const pageIds = pagesOf(occurrences);
  return {
    occurrences: occurrences.length,
    pages: pageIds.length,
    pageIds,
    outlets: [...new Set(occurrences.map((occurrence) => occurrence.outlet))].sort(),
    statuses: STATUSES.filter((status) => statuses.has(status)),
    reported,
    disagree: disagreement(reported, occurrences.length),
    firstSeen: Math.min(...occurrences.map((occurrence) => occurrence.firstSeen)),
    lastSeen: Math.max(...occurrences.map((occurrence) => occurrence.lastSeen)),
  };
}

/**
 * Whether a group has a record of its own: once its claim is carried on two pages or more. A claim
 * seen on one page only (most are) is summed up from that page's occurrences when asked for.
 */
export function carriedOnSeveralPages(summary: Pick<GroupSummary, 'pages'>): boolean {
  return summary.pages >= 2;
}

/** An occurrence carried again, before and after. */
export type Renewal = readonly [before: SummarizedOccurrence, after: SummarizedOccurrence];

/**
 * Whether a group's summary can take in `renewal` without reading its other occurrences: the
 * status is the same (a set of statuses cannot drop one) and the times only widen.
 */
export function renewsInPlace([before, after]: Renewal): boolean {
  return before.status === after.status && after.firstSeen <= before.firstSeen && after.lastSeen >= before.lastSeen;
}

/**
 * The summary after `added` occurrences joined the group and `renewed` ones were carried again
 * (each passing renewsInPlace), without reading its other occurrences. Equal to summarizeGroup()
 * over all its occurrences.
 */
export function extendSummary(summary: GroupSummary, added: readonly SummarizedOccurrence[], renewed: readonly Renewal[]): GroupSummary {
  const after = [...added, ...renewed.map(([, occurrence]) => occurrence)];
  if (summary.occurrences === 0) return summarizeGroup(after);
  let reported = summary.reported + added.filter(denialReported).length;
  for (const [before, occurrence] of renewed) reported += Number(denialReported(occurrence)) - Number(denialReported(before));
  const occurrences = summary.occurrences + added.length;
  const statuses = new Set([...summary.statuses, ...added.map((occurrence) => occurrence.status)]);
  const pageIds = [...new Set([...summary.pageIds, ...pagesOf(added)])].sort((a, b) => a - b);
  return {
    occurrences,
    pages: pageIds.length,
    pageIds,
    outlets: [...new Set([...summary.outlets, ...added.map((occurrence) => occurrence.outlet)])].sort(),
    statuses: STATUSES.filter((status) => statuses.has(status)),
    reported,
    disagree: disagreement(reported, occurrences),
    firstSeen: Math.min(summary.firstSeen, ...after.map((occurrence) => occurrence.firstSeen)),
    lastSeen: Math.max(summary.lastSeen, ...after.map((occurrence) => occurrence.lastSeen)),
  };
}

/**
 * Puts each claim in the group of the most similar earlier claim (through the shared LSH bands,
 * which are per side), or starts a new group: the rule the repository applies as claims arrive.
 * Returns the groups in order of their first claim.
 */
export function groupClaimsInMemory<T extends IndexableClaim>(claims: readonly T[]): T[][] {
  const groups: T[][] = [];
  const index = new ClaimIndex();
  for (const claim of claims) {
    if (!index.holds(claim.side)) index.hold(claim.side, []);
    const probe = probeOf(claim);
    const group = index.mostSimilar(probe) ?? groups.push([]) - 1;
    groups[group]!.push(claim);
    index.add(probe, group);
  }
  return groups;
}
