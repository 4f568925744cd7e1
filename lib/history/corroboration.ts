// Which kept group each of a page's claims joins. A claim at least MATCH_THRESHOLD alike to a kept
// one is the same claim. One less alike, down to CORROBORATED_THRESHOLD, is the same claim only
// where another page carries the same story: two of this page's claims or more match claims of
// that page, one to one. Two claims of one actor sharing a name or a figure are often different
// claims (a near miss), so a lone weak match never groups; a page that matches another claim for
// claim is the same story reworded by another outlet. Outlets share few claims of a story, and
// reword them freely, so a pair of claims less alike still (SUPPORTING_THRESHOLD) bears out the
// other matches with that page, though it joins no group itself.
//
// Such a page's claims are also compared one by one with the unmatched claims (pageMatches), as the
// band index does not: a short rewording may share no band with the claim, and two outlets may name
// one speaker differently ("Justice Okafor" / "the Electoral Commission", "Norway" / "the Fjord
// Harbour Patrol Service"). A match across sides that do not agree is a weak one: however alike, it
// joins only where corroborated (unless one side names no one: SIDELESS_THRESHOLD), it is never
// taken where one claim names the other's side ("the army shelled the market" / "the RSF shelled
// the market"), and on one shared word alone it needs a shared number or place too (./similarity
// isPinned).
import { claimSimilarity, namesOtherSide, type PackedClaim, type Probe } from './claim-index';
import { isNoSide, MATCH_THRESHOLD, sidesAgree } from './similarity';

/**
 * The least similarity at which a match another page's claims corroborate makes the same claim.
 * Stories carried by three outlets group alike from 0.35 to 0.45 and lose pairs from 0.5; below
 * it, a near miss's reworded neighbour ("cut overtime pay" / "cut night shift bonuses") joins.
 */
export const CORROBORATED_THRESHOLD = 0.45;

/**
 * The least similarity at which a claim compared one by one with those of a page carrying its
 * story (pageMatches) bears out the page's other matches: a claim about a third of whose words the
 * other's hold ("1,800 containers were waiting at the northern terminal" / "1,800 containers are
 * waiting in the queue for the cranes").
 */
export const SUPPORTING_THRESHOLD = 0.3;

/**
 * The most pages carrying a page's matched groups whose claims are compared with its unmatched ones
 * (those carrying the most of its matched claims): one read, however many pages carry them.
 */
export const PAGES_COMPARED = 4;

/**
 * The least similarity at which a match across sides, one of which names no one (./similarity
 * isNoSide: "this week", "Arizona", "officials"), makes the same claim on its own: the analyzer found
 * no speaker there, so the sides' disagreeing says nothing, and the claims' other features must say more.
 */
export const SIDELESS_THRESHOLD = 0.55;

/**
 * One of a page's claims (by its place on the page) that may join a kept group, or bear out
 * another claim's joining one (SUPPORTING_THRESHOLD), and how alike their claims are.
 */
export interface GroupMatch {
  claim: number;
  group: number;
  score: number;
  /** Whether the claims' sides do not agree (pageMatches). */
  acrossSides?: boolean;
  /** Whether, across sides, one of them names no one (SIDELESS_THRESHOLD). */
  sideless?: boolean;
}

/** One of the claims another page carries: how it compares, and its group. */
export interface ClaimElsewhere {
  claim: PackedClaim;
  group: number;
}

/**
 * Whether a match makes the same claim on its own: as alike as MATCH_THRESHOLD, its sides agreeing,
 * or as SIDELESS_THRESHOLD where one of its sides names no one.
 */
export function isStrong(match: GroupMatch): boolean {
  return match.acrossSides ? match.sideless === true && match.score >= SIDELESS_THRESHOLD : match.score >= MATCH_THRESHOLD;
}

/** The claims of a page with neither a kept group nor a strong match (by place). */
function unmatchedClaims(kept: readonly (number | undefined)[], matches: readonly GroupMatch[]): number[] {
  const matched = new Set(matches.filter(isStrong).map((match) => match.claim));
  return kept.flatMap((group, claim) => (group === undefined && !matched.has(claim) ? [claim] : []));
}

/**
 * Whether corroboration may change the groups chosen, so the pages carrying the matched groups
 * are worth reading: a claim is unmatched, and another has a match or a kept group.
 */
export function mayCorroborate(kept: readonly (number | undefined)[], matches: readonly GroupMatch[]): boolean {
  const linked = new Set(matches.map((match) => match.claim));
  kept.forEach((group, claim) => group !== undefined && linked.add(claim));
  return unmatchedClaims(kept, matches).some((claim) => linked.size > (linked.has(claim) ? 1 : 0));
}

/**
 * The other pages whose claims are worth comparing with a page's unmatched ones (mayCorroborate):
 * those carrying a group its claims keep or match, the most of its claims first, PAGES_COMPARED
 * at most. `carriers`: the pages carrying each group, but the page's own.
 */
export function pagesToCompare(
  kept: readonly (number | undefined)[],
  matches: readonly GroupMatch[],
  carriers: ReadonlyMap<number, readonly number[]>,
): number[] {
  if (!mayCorroborate(kept, matches)) return [];
  const claimsOf = new Map<number, Set<number>>();
  const link = (claim: number, group: number) => {
    for (const page of carriers.get(group) ?? []) {
      const claims = claimsOf.get(page);
      if (claims) claims.add(claim);
      else claimsOf.set(page, new Set([claim]));
    }
  };
  kept.forEach((group, claim) => group !== undefined && link(claim, group));
  for (const match of matches) link(match.claim, match.group);
  return [...claimsOf]
    .sort(([pageA, a], [pageB, b]) => b.size - a.size || pageB - pageA)
    .slice(0, PAGES_COMPARED)
    .map(([page]) => page);
}

/** A match of a claim of side `side` with a claim of `otherSide`, sides that do not agree: sideless where either names no one. */
export function matchAcrossSides(claim: number, group: number, score: number, side: string, otherSide: string): GroupMatch {
  const sideless = isNoSide(side) || isNoSide(otherSide);
  return { claim, group, score, acrossSides: true, ...(sideless && { sideless }) };
}

/**
 * The matches of a page's unmatched claims (`probes`, by place) with the claims other pages carry,
 * compared one by one: as alike as SUPPORTING_THRESHOLD, and where their sides do not agree,
 * neither naming the other's side.
 */
export function pageMatches(
  probes: readonly Probe[],
  kept: readonly (number | undefined)[],
  matches: readonly GroupMatch[],
  carried: readonly ClaimElsewhere[],
): GroupMatch[] {
  const found: GroupMatch[] = [];
  // Whether two sides agree, worked out once per pair: the claims compared speak for few sides.
  const agreement = new Map<string, Map<string, boolean>>();
  const sidesAgreeOnce = (side: string, otherSide: string) => {
    let known = agreement.get(side);
    if (!known) agreement.set(side, (known = new Map()));
    let agree = known.get(otherSide);
    if (agree === undefined) known.set(otherSide, (agree = sidesAgree(side, otherSide)));
    return agree;
  };
  for (const claim of unmatchedClaims(kept, matches)) {
    const probe = probes[claim]!;
    for (const other of carried) {
      const acrossSides = !sidesAgreeOnce(probe.side, other.claim.side);
      const score = claimSimilarity(probe, other.claim, acrossSides);
      if (score < SUPPORTING_THRESHOLD) continue;
      if (acrossSides && namesOtherSide(probe, other.claim)) continue;
      found.push(acrossSides ? matchAcrossSides(claim, other.group, score, probe.side, other.claim.side) : { claim, group: other.group, score });
    }
  }
  return found;
}

/** The matches taken one to one, best scores first: each claim and each group once. */
function oneToOne(matches: readonly GroupMatch[], taken: Set<number> = new Set()): GroupMatch[] {
  const claims = new Set<number>();
  const chosen: GroupMatch[] = [];
  for (const match of [...matches].sort((a, b) => b.score - a.score || a.claim - b.claim || a.group - b.group)) {
    if (claims.has(match.claim) || taken.has(match.group)) continue;
    claims.add(match.claim);
    taken.add(match.group);
    chosen.push(match);
  }
  return chosen;
}

/**
 * The kept group each of a page's claims joins (by place; undefined where none is chosen), one to
 * one: `kept` holds the group of each claim kept already, which it keeps; `matches` the groups the
 * others may join; `carriers` the other pages that carry each group.
 */
export function chooseGroups(
  kept: readonly (number | undefined)[],
  matches: readonly GroupMatch[],
  carriers: ReadonlyMap<number, readonly number[]>,
): (number | undefined)[] {
  const accepted = matches.filter(isStrong);
  const keptMatches = kept.flatMap((group, claim) => (group === undefined ? [] : [{ claim, group, score: 1 }]));
  const byPage = new Map<number, GroupMatch[]>();
  for (const match of [...keptMatches, ...matches]) {
    for (const page of carriers.get(match.group) ?? []) {
      const list = byPage.get(page);
      if (list) list.push(match);
      else byPage.set(page, [match]);
    }
  }
  const corroborated = new Set<GroupMatch>();
  for (const pageMatches of byPage.values()) {
    const chosen = oneToOne(pageMatches);
    if (chosen.length >= 2) for (const match of chosen) corroborated.add(match);
  }
  accepted.push(...matches.filter((match) => !isStrong(match) && match.score >= CORROBORATED_THRESHOLD && corroborated.has(match)));
  const groups = [...kept];
  for (const { claim, group } of oneToOne(accepted, new Set(keptMatches.map((match) => match.group)))) groups[claim] = group;
  return groups;
}
