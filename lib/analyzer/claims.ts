// Stage 7: claims. Gather the attributions into claims: the same claim text reported several
// times (a repeated paragraph, a headline restating a body claim) is one claim with several
// occurrences; each claim gets a stable id, its responses and its status.
import type { Claim, ClaimResponse, Occurrence } from './types';
import type { Asserted } from './asserters';
import { claimText } from './responses';
import { statusOf } from './status';

/** Share of a headline claim's words that a body claim must hold to be the same claim. */
const HEADLINE_OVERLAP = 0.6;

export function normaliseClaimText(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** FNV-1a over the normalised text, in base 36: short, stable, and the same in every runtime. */
export function claimId(text: string): string {
  let h = 0x811c9dc5;
  const s = normaliseClaimText(text);
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `c${h.toString(36)}`;
}

interface Group {
  first: Asserted;
  members: Asserted[];
  occurrences: Occurrence[];
}

function words(s: string): Set<string> {
  return new Set(normaliseClaimText(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
}

export function buildClaims(text: string, asserted: Asserted[], responses: Map<Asserted, ClaimResponse[]>): Claim[] {
  const groups = new Map<string, Group>();
  for (const a of asserted) {
    const body = claimText(text, a);
    const key = normaliseClaimText(body);
    if (!key) continue;
    const tokens = a.attribution.sentence.tokens;
    const start = tokens[a.attribution.content[0]]?.start ?? 0;
    const end = tokens[a.attribution.content[1] - 1]?.end ?? start;
    const group = groups.get(key);
    if (group) {
      group.members.push(a);
      if (!group.occurrences.some(([s]) => s === start)) group.occurrences.push([start, end]);
    } else groups.set(key, { first: a, members: [a], occurrences: [[start, end]] });
  }
  mergeRestatements(groups);
  mergeHeadlines(groups);
  const claims: Claim[] = [];
  for (const g of groups.values()) {
    const all: ClaimResponse[] = [];
    for (const m of g.members) {
      for (const r of responses.get(m) ?? []) if (!all.some((x) => x.text === r.text && x.by.side === r.by.side)) all.push(r);
    }
    const s = g.first.attribution.sentence;
    const claimTextValue = claimText(text, g.first);
    g.occurrences.sort((x, y) => x[0] - y[0]);
    claims.push({
      id: claimId(claimTextValue),
      text: claimTextValue,
      sentence: text.slice(s.start, s.end),
      cue: g.first.attribution.cue,
      asserter: g.first.asserter,
      status: statusOf(all),
      responses: all,
      occurrences: g.occurrences,
    });
  }
  return claims.sort((x, y) => (x.occurrences[0]?.[0] ?? 0) - (y.occurrences[0]?.[0] ?? 0));
}

/** Words two claims must share at their start to be the same claim restated ("..., which feeds canals" / "..., and it called on"). */
const RESTATED_PREFIX_WORDS = 8;

/** The same side saying the same thing again, with a different tail, is one claim. */
function mergeRestatements(groups: Map<string, Group>): void {
  const byPrefix = new Map<string, Group>();
  for (const [key, g] of [...groups.entries()]) {
    const words = key.split(' ');
    if (words.length < RESTATED_PREFIX_WORDS) continue;
    const prefix = `${g.first.asserter.side}\u0000${words.slice(0, RESTATED_PREFIX_WORDS).join(' ')}`;
    const earlier = byPrefix.get(prefix);
    if (!earlier) {
      byPrefix.set(prefix, g);
      continue;
    }
    earlier.members.push(...g.members);
    for (const o of g.occurrences) if (!earlier.occurrences.some(([x]) => x === o[0])) earlier.occurrences.push(o);
    groups.delete(key);
  }
}

/** A headline claim restating a body claim in nearly the same words becomes one of its occurrences. */
function mergeHeadlines(groups: Map<string, Group>): void {
  const all = [...groups.entries()];
  const headlines = all.filter(([, g]) => g.first.attribution.sentence.headline);
  if (headlines.length === 0) return;
  const body = all.filter(([, g]) => !g.first.attribution.sentence.headline).map(([key, g]) => ({ key, g, words: words(key) }));
  for (const [key, g] of headlines) {
    const mine = words(key);
    if (mine.size < 2) continue;
    let best: { group: Group; share: number } | undefined;
    for (const other of body) {
      if (!groups.has(other.key)) continue;
      let shared = 0;
      for (const w of mine) if (other.words.has(w)) shared++;
      const share = shared / mine.size;
      if (shared >= 2 && share >= HEADLINE_OVERLAP && (!best || share > best.share)) best = { group: other.g, share };
    }
    if (!best) continue;
    best.group.occurrences.push(...g.occurrences);
    best.group.members.push(...g.members);
    groups.delete(key);
  }
}
