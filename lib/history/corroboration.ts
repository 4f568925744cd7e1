// Which kept group each of a page's claims joins. A claim at least MATCH_THRESHOLD alike to a kept
// one is the same claim. One less alike, down to CORROBORATED_THRESHOLD, is the same claim only
// where another page carries the same story: two of this page's claims or more match claims of
// that page, one to one. Two claims of one actor sharing a name or a figure are often different
// claims (a near miss), so a lone weak match never groups; a page that matches another claim for
// claim is the same story reworded by another outlet.
import { MATCH_THRESHOLD } from './similarity';

/**
 * The least similarity at which a match another page's claims corroborate makes the same claim.
 * Stories carried by three outlets group alike from 0.35 to 0.45 and lose pairs from 0.5; below
 * it, a near miss's reworded neighbour ("cut overtime pay" / "cut night shift bonuses") joins.
 */
export const CORROBORATED_THRESHOLD = 0.45;

/** One of a page's claims (by its place on the page) that may join a kept group, and how alike their claims are. */
export interface GroupMatch {
  claim: number;
  group: number;
  score: number;
}

/**
 * Whether corroboration may change the groups chosen, so the pages carrying the matched groups
 * are worth reading: some match is weak, and two claims or more have a match or a kept group.
 */
export function mayCorroborate(kept: readonly (number | undefined)[], matches: readonly GroupMatch[]): boolean {
  if (!matches.some((match) => match.score < MATCH_THRESHOLD)) return false;
  const matched = new Set(matches.map((match) => match.claim));
  kept.forEach((group, claim) => group !== undefined && matched.add(claim));
  return matched.size >= 2;
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
  const accepted = matches.filter((match) => match.score >= MATCH_THRESHOLD);
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
  accepted.push(...matches.filter((match) => match.score < MATCH_THRESHOLD && corroborated.has(match)));
  const groups = [...kept];
  for (const { claim, group } of oneToOne(accepted, new Set(keptMatches.map((match) => match.group)))) groups[claim] = group;
  return groups;
}
