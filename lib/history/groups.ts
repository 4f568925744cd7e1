// Claim groups, pure: what a group's occurrences add up to, and grouping claims held in memory
// (the schema upgrade's job, where the database cannot be queried claim by claim).
import type { Status } from '../analyzer/types';
import { isSameClaim, similarity, type ClaimFeatures } from './similarity';

const STATUSES: readonly Status[] = ['disputed', 'unconfirmed', 'supported', 'uncontested'];

/** What a group's record says about its occurrences. */
export interface GroupSummary {
  occurrences: number;
  pages: number;
  outlets: string[];
  statuses: Status[];
  reported: number;
  disagree: 0 | 1;
  firstSeen: number;
  lastSeen: number;
}

interface CarriedClaim {
  pageId: number;
  outlet: string;
  status: Status;
  responses: readonly unknown[];
  firstSeen: number;
  lastSeen: number;
}

/** Whether a page reported any response from another side to the claim. */
export function responseReported(occurrence: Pick<CarriedClaim, 'responses'>): boolean {
  return occurrence.responses.length > 0;
}

export function summarizeGroup(occurrences: readonly CarriedClaim[]): GroupSummary {
  const reported = occurrences.filter(responseReported).length;
  const statuses = new Set(occurrences.map((occurrence) => occurrence.status));
  return {
    occurrences: occurrences.length,
    pages: new Set(occurrences.map((occurrence) => occurrence.pageId)).size,
    outlets: [...new Set(occurrences.map((occurrence) => occurrence.outlet))].sort(),
    statuses: STATUSES.filter((status) => statuses.has(status)),
    reported,
    disagree: reported > 0 && reported < occurrences.length ? 1 : 0,
    firstSeen: Math.min(...occurrences.map((occurrence) => occurrence.firstSeen)),
    lastSeen: Math.max(...occurrences.map((occurrence) => occurrence.lastSeen)),
  };
}

export interface GroupableClaim extends ClaimFeatures {
  key: string;
  side: string;
  bands: string[];
}

/**
 * Puts each claim in the group of the most similar earlier claim of the same side (through the
 * shared LSH bands), or starts a new group: the same rule the repository applies one claim at a
 * time. Returns the groups in order of their first claim.
 */
export function groupClaimsInMemory<T extends GroupableClaim>(claims: readonly T[]): T[][] {
  const groups: T[][] = [];
  const groupOf = new Map<T, T[]>();
  const byBand = new Map<string, T[]>();
  for (const claim of claims) {
    let best: { claim: T; score: number } | undefined;
    for (const band of claim.bands) {
      for (const candidate of byBand.get(band) ?? []) {
        if (!isSameClaim(claim, candidate)) continue;
        const score = similarity(claim, candidate);
        if (!best || score > best.score) best = { claim: candidate, score };
      }
    }
    const group = best ? groupOf.get(best.claim)! : [];
    if (!best) groups.push(group);
    group.push(claim);
    groupOf.set(claim, group);
    for (const band of claim.bands) byBand.set(band, [...(byBand.get(band) ?? []), claim]);
  }
  return groups;
}
