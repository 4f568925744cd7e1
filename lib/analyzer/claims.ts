// Stage 7: claims. Gather the attributions into claims: the same claim text reported several
// times (a repeated paragraph, a headline restating a body claim) is one claim with several
// occurrences; each claim gets a stable id, its responses and its status.
import type { Claim, ClaimResponse, Occurrence, Party } from './types';
import type { Asserted } from './asserters';
import { claimSpan, isVerdictOnly, sameResponse } from './responses';
import { root } from './attributions';
import { statusOf } from './status';
import { isRumourWord } from './lexicon';
import { isUnnamedSide } from './side-names';
import { mapped } from './mapped';
import { firstWord, lastWord } from './words';
import { isWord } from './content';

/** Share of a headline claim's words that a body claim must hold to be the same claim. */
const HEADLINE_OVERLAP = 0.6;

export function normaliseClaimText(s: string): string {
  return collapseSpaces(
    s
      .toLowerCase()
      .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201e\u2033"]/g, ''),
  );
}

/** Whitespace other than single inner spaces: only text holding it needs collapsing. */
const LOOSE_SPACE = /[^\S ]| {2}|^ | $/;

/** Runs of whitespace as one space, none at the ends. */
function collapseSpaces(s: string): string {
  return LOOSE_SPACE.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
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
  /** The page's text of the sentence or sentences carrying the claim. */
  sentence: string;
  /** The words of the first claim (a passage's, first sentence to last), as the page gives them. */
  text: string;
  members: Asserted[];
  occurrences: Occurrence[];
}

/** Words that say nothing of what a claim is about: two claims sharing only these are not one. */
const FUNCTION_WORDS = new Set([
  'the', 'and', 'had', 'has', 'have', 'been', 'was', 'were', 'are', 'would', 'will', 'could', 'should', 'that', 'this',
  'with', 'from', 'for', 'not', 'its', 'his', 'her', 'their', 'they', 'she', 'him', 'who', 'which', 'into', 'than',
]);

const FIGURE = /\p{N}/u;

/** The content words of a claim (longer than two letters, no function words) and its figures ("11 drones": the 11 says most). */
function words(s: string): Set<string> {
  return new Set(normaliseClaimText(s).split(/[^\p{L}\p{N}]+/u).filter((w) => (w.length > 2 && !FUNCTION_WORDS.has(w)) || FIGURE.test(w)));
}

export function buildClaims(text: string, asserted: Asserted[], responses: Map<Asserted, ClaimResponse[]>): Claim[] {
  const groups = new Map<string, Group>();
  /** The same speaker's exact words told again, by name: a repeated paragraph may resolve their side otherwise the second time. */
  const bySpeaker = new Map<string, Group>();
  const passages = joinedHalves(passagesOf(asserted.filter((a) => !a.attribution.answersOnly && !isVerdictOnly(a))), responses);
  for (const passage of passages) {
    const a = passage[0] as Asserted;
    const [start, end] = passageRange(a, passage[passage.length - 1] as Asserted);
    const spanText = text.slice(start, end);
    const body = collapseSpaces(spanText);
    if (!body) continue;
    // The same words from different sides are different claims; within a side, only the exact words.
    const key = `${a.asserter.side || a.asserter.name}\u0000${body}`;
    const speakerKey = `${a.asserter.name}\u0000${body}`;
    const group = groups.get(key) ?? (a.asserter.name ? bySpeaker.get(speakerKey) : undefined);
    if (group) {
      group.members.push(...passage);
      if (!group.occurrences.some(([s]) => s === start)) group.occurrences.push([start, end]);
    } else {
      const created = { first: a, sentence: sentencesText(text, passage), text: spanText, members: passage, occurrences: [[start, end]] as Occurrence[] };
      groups.set(key, created);
      if (a.asserter.name) bySpeaker.set(speakerKey, created);
    }
  }
  mergeRestatements(groups);
  mergeWidenedRetellings(groups);
  mergeHeadlines(groups);
  mergeRetoldRumours(groups);
  const claims: Claim[] = [];
  const ids = new Set<string>();
  for (const g of groups.values()) {
    const all = answersOf(g.members, g.first.asserter, responses);
    g.occurrences.sort((x, y) => x[0] - y[0]);
    // The same words from another side are another claim, with an id of its own.
    let id = claimId(g.text);
    if (ids.has(id)) id = claimId(`${g.first.asserter.side}\u0000${g.first.asserter.name}\u0000${g.text}`);
    ids.add(id);
    claims.push({
      id,
      text: g.text,
      sentence: g.sentence,
      cue: g.first.attribution.cue,
      asserter: g.first.asserter,
      status: statusOf(all),
      responses: all,
      occurrences: g.occurrences,
    });
  }
  return claims.sort((x, y) => (x.occurrences[0]?.[0] ?? 0) - (y.occurrences[0]?.[0] ?? 0));
}

/**
 * '"P. Q. R," she said.': the sentences of one quotation that a speaker's tag closes, within a paragraph,
 * are one passage, as the tag governs them all: one claim, from the first quoted sentence's words to the
 * last one's. A tag that opens the quotation ('She said: "P. Q."') leaves each sentence its own claim.
 * "said that claim was false" answers a claim and is left out before (it is no part of a passage).
 */
function passagesOf(asserted: Asserted[]): Asserted[][] {
  const passages: Asserted[][] = [];
  let current: Asserted[] = [];
  for (const a of asserted) {
    const last = current[current.length - 1];
    if (last && continuesPassage(last, a)) current.push(a);
    else passages.push((current = [a]));
  }
  return passages.flatMap((p) => (closedByTag(p) ? [p] : p.map((a) => [a])));
}

/** The responses to a claim's members, each once, from parties other than its asserter's side. */
function answersOf(members: Asserted[], asserter: Party, responses: Map<Asserted, ClaimResponse[]>): ClaimResponse[] {
  const all: ClaimResponse[] = [];
  for (const m of members) {
    for (const r of responses.get(m) ?? []) {
      // A headline merged into the claim may have been answered by the claim's own asserter.
      if (r.by.side !== '' && r.by.side === asserter.side) continue;
      if (!all.some((x) => sameResponse(x, r))) all.push(r);
    }
  }
  return all;
}

/**
 * "X said P and that Q" is read as two attributions, so that a response may answer one half. Once the
 * responses are linked, halves that no response tells apart (the same asserter, the same answers, so the
 * same status) are the speaker's one statement: one passage, one claim "P and that Q".
 */
function joinedHalves(passages: Asserted[][], responses: Map<Asserted, ClaimResponse[]>): Asserted[][] {
  const joined: Asserted[][] = [];
  for (const p of passages) {
    const before = joined[joined.length - 1];
    const last = before?.[before.length - 1];
    const next = p[0] as Asserted;
    if (before && last && isSecondHalf(last, next) && sameParty(last.asserter, next.asserter) && sameAnswers(last, next, responses)) before.push(...p);
    else joined.push(p);
  }
  return joined;
}

/** Is `next` the "and that Q" of the same cue's "P and that Q" ("P, and that Q" too; not "but that")? */
function isSecondHalf(first: Asserted, next: Asserted): boolean {
  const [x, y] = [first.attribution, next.attribution];
  if (x.sentence !== y.sentence || x.cue !== y.cue || x.source?.[0] !== y.source?.[0] || x.source?.[1] !== y.source?.[1]) return false;
  const between = x.sentence.tokens.slice(x.content[1], y.content[0]).filter(isWord);
  return between.length === 2 && between[0]?.lower === 'and' && between[1]?.lower === 'that';
}

function sameParty(x: Party, y: Party): boolean {
  return x.name === y.name && x.side === y.side;
}

/** Do the two halves have the same responses from other sides (none answering one half only)? */
function sameAnswers(first: Asserted, next: Asserted, responses: Map<Asserted, ClaimResponse[]>): boolean {
  const [x, y] = [answersOf([first], first.asserter, responses), answersOf([next], next.asserter, responses)];
  return x.length === y.length && x.every((r) => y.some((s) => sameResponse(r, s)));
}

/** Is the passage's speaker named in its last sentence, after the words quoted before it? */
function closedByTag(passage: Asserted[]): boolean {
  const last = (passage[passage.length - 1] as Asserted).attribution;
  return root(last) === last;
}

/** Does `next` go on quoting, in the same paragraph and quote run, the speaker `last` quotes? */
function continuesPassage(last: Asserted, next: Asserted): boolean {
  const [x, y] = [last.attribution, next.attribution];
  if (x.quoteRun < 0 || y.quoteRun < 0 || x.sentence.paragraph !== y.sentence.paragraph || x.sentence.index >= y.sentence.index) return false;
  return x.quoteRun === y.quoteRun && root(x) === root(y) && x.kind !== 'nominal' && y.kind !== 'nominal';
}

/** Where a passage's claim starts and ends in the page's text: its first attribution's words to its last one's. */
function passageRange(first: Asserted, last: Asserted): Occurrence {
  const from = first.attribution.sentence.tokens[claimSpan(first)[0]];
  const to = last.attribution.sentence.tokens[claimSpan(last)[1] - 1];
  const start = from?.start ?? 0;
  return [start, to?.end ?? start];
}

/** The page's text from a passage's first sentence to its last. */
function sentencesText(text: string, passage: Asserted[]): string {
  const first = (passage[0] as Asserted).attribution.sentence;
  const last = (passage[passage.length - 1] as Asserted).attribution.sentence;
  return text.slice(first.start, last.end);
}

/** Words two claims must share, as a whole clause, to be one claim restated. */
const RESTATED_MIN_WORDS = 8;

/**
 * The same side saying the same thing again with another tail ("..., which feeds canals" /
 * "..., and it called on") is one claim. The shared start must be a whole clause (ending the claim
 * or at a comma or semicolon in both): a shared prefix alone ("... any ceasefire in Bishkek" /
 * "... in Khan Younis") is not the same claim.
 */
function mergeRestatements(groups: Map<string, Group>): void {
  // Claims that can merge share their first RESTATED_MIN_WORDS words: only those are compared,
  // so the work stays linear in the number of claims.
  const buckets = new Map<string, { key: string; g: Group; body: string; words?: string[] }[]>();
  for (const [key, g] of groups) {
    const [side, body] = keyParts(key);
    const opening = openingWords(body, RESTATED_MIN_WORDS);
    if (!opening) continue;
    const bucket = `${side}\u0000${mapped(opening, bareWord).join(' ')}`;
    const entries = buckets.get(bucket);
    if (entries) entries.push({ key, g, body });
    else buckets.set(bucket, [{ key, g, body }]);
  }
  for (const entries of buckets.values()) {
    for (let i = 0; i < entries.length - 1; i++) {
      const earlier = entries[i]!;
      if (!groups.has(earlier.key)) continue;
      for (let j = i + 1; j < entries.length; j++) {
        const later = entries[j]!;
        if (!groups.has(later.key)) continue;
        if (sharedClauseWords((earlier.words ??= earlier.body.split(' ')), (later.words ??= later.body.split(' '))) < RESTATED_MIN_WORDS) continue;
        earlier.g.members.push(...later.g.members);
        for (const o of later.g.occurrences) if (!earlier.g.occurrences.some(([x]) => x === o[0])) earlier.g.occurrences.push(o);
        groups.delete(later.key);
      }
    }
  }
}

/** Fewest content words a claim needs for a wider retelling to be taken as the same claim. */
const RETOLD_MIN_WORDS = 3;
/** Most content words a retelling may add ("anywhere in the county") and still be the same claim. */
const RETOLD_ADDED_WORDS = 2;
const NEGATIONS = /\b(?:no|not|never|none|nobody|nothing|n't)\b/g;

/**
 * A side telling its claim again a little wider ("There are no confirmed deaths" / "there were no confirmed deaths
 * anywhere in the county"): every content word of the first, a word or two more, the same negations. The later
 * telling is one more occurrence of the first (a live blog's summary box and its updates).
 */
function mergeWidenedRetellings(groups: Map<string, Group>): void {
  const bySide = new Map<string, { key: string; g: Group; words: Set<string>; negations: string }[]>();
  for (const [key, g] of groups) {
    // A headline's claim is told in other words: mergeHeadlines weighs it.
    if (g.first.attribution.sentence.headline) continue;
    const [side, body] = keyParts(key);
    const entry = { key, g, words: words(body), negations: (normaliseClaimText(body).match(NEGATIONS) ?? []).join(' ') };
    const entries = bySide.get(side);
    if (entries) entries.push(entry);
    else bySide.set(side, [entry]);
  }
  for (const entries of bySide.values()) {
    // A retelling holds every word of the claim, so the claims holding its rarest word are the only ones to try:
    // a side's many claims are not paired all with all.
    const holding = new Map<string, typeof entries>();
    for (const e of entries) {
      for (const w of e.words) {
        const held = holding.get(w);
        if (held) held.push(e);
        else holding.set(w, [e]);
      }
    }
    for (const earlier of entries) {
      if (!groups.has(earlier.key) || earlier.words.size < RETOLD_MIN_WORDS) continue;
      let rarest: typeof entries = entries;
      for (const w of earlier.words) if ((holding.get(w)?.length ?? 0) < rarest.length) rarest = holding.get(w) ?? [];
      // One word longer first, then two: the order the claims were told in within each.
      const wider = Array.from({ length: RETOLD_ADDED_WORDS }, (_, k) => rarest.filter((e) => e.words.size === earlier.words.size + k + 1)).flat();
      for (const later of wider) {
        if (!groups.has(later.key) || !retellsWider(earlier, later)) continue;
        earlier.g.members.push(...later.g.members);
        for (const o of later.g.occurrences) if (!earlier.g.occurrences.some(([x]) => x === o[0])) earlier.g.occurrences.push(o);
        groups.delete(later.key);
      }
    }
  }
}

/** Does `later` tell `earlier` again with a word or two more, and no other negation? */
function retellsWider(earlier: { words: Set<string>; negations: string }, later: { words: Set<string>; negations: string }): boolean {
  const added = later.words.size - earlier.words.size;
  return added > 0 && added <= RETOLD_ADDED_WORDS && earlier.negations === later.negations && [...earlier.words].every((w) => later.words.has(w));
}

/** The first `n` space-separated words of a text, or null when it has fewer. */
function openingWords(text: string, n: number): string[] | null {
  let end = -1;
  for (let k = 0; k < n; k++) {
    end = text.indexOf(' ', end + 1);
    if (end < 0) return k === n - 1 ? text.split(' ') : null;
  }
  return text.slice(0, end).split(' ');
}

/** A group's key as its side and its body (the first two parts, as the key was built). */
function keyParts(key: string): [string, string] {
  const a = key.indexOf('\u0000');
  const b = key.indexOf('\u0000', a + 1);
  return [key.slice(0, a), key.slice(a + 1, b < 0 ? key.length : b)];
}

const NOT_WORD = /[^\p{L}\p{N}'-]+/gu;
const PLAIN_WORD = /^[\p{Ll}\p{N}-]*$/u;

/** A word of a claim lower-cased, curly apostrophes made straight, other punctuation dropped. */
function bareWord(w: string): string {
  const lower = w.toLowerCase();
  return PLAIN_WORD.test(lower) ? lower : lower.replace(/[\u2018\u2019\u201a\u2032]/g, "'").replace(NOT_WORD, '');
}

/** Words that join a further clause to a whole one: "P and Q" tells P again. */
const CLAUSE_JOINERS = new Set(['and', 'but']);

/** Does a further clause of the same content open at word `n` ("and two people were hurt")? "and that Q" is a second statement of its own. */
function joinsClause(ws: string[], n: number): boolean {
  return CLAUSE_JOINERS.has(ws[n] ?? '') && bareWord(ws[n + 1] ?? '') !== 'that';
}

/**
 * How many words two claims share from their start, counted only when that shared start is a whole clause in both:
 * the whole of one claim, or ended by a comma, semicolon or colon, or (when the other claim is all of it) by "and"
 * or "but" joining another clause ("12 homes were damaged" / "12 homes were damaged and two people were hurt").
 */
function sharedClauseWords(a: string[], b: string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && bareWord(a[n]!) === bareWord(b[n]!)) n++;
  const whole = n === a.length || n === b.length;
  const endsClause = (ws: string[]) => n === ws.length || /[,;:]$/.test(ws[n - 1] ?? '') || (whole && joinsClause(ws, n));
  return n > 0 && endsClause(a) && endsClause(b) ? n : 0;
}

/** The first and last words of a claim's text, as bareWord gives them. */
function endWords(told: string): string {
  return `${bareWord(firstWord(told))} ${bareWord(lastWord(told))}`;
}

/** Reports, rumours, posts: an asserter no named party stands behind (its side is the lower-case phrase). */
function isUnnamedRumour(g: Group): boolean {
  const side = g.first.asserter.side;
  return isUnnamedSide(side) && isRumourWord(side.split(' ').pop() ?? '');
}

/**
 * "Officials in Kyiv said P. The Kremlin rejected claims that P": the claims rejected are the named
 * source's, told again word for word; the rumour becomes one of that claim's occurrences.
 */
function mergeRetoldRumours(groups: Map<string, Group>): void {
  // Only a claim with a rumour's first and last words can tell it again: no other claim's words need
  // comparing (most articles report no rumour, and then none do).
  const rumourEnds = new Set([...groups].filter(([, g]) => isUnnamedRumour(g)).map(([key]) => endWords(keyParts(key)[1])));
  if (rumourEnds.size === 0) return;
  const named = new Map<string, Group>();
  for (const [key, g] of groups) {
    const rumour = isUnnamedRumour(g);
    const told = keyParts(key)[1];
    if (!rumour && !rumourEnds.has(endWords(told))) continue;
    const body = told.split(' ').map(bareWord).join(' ');
    if (!rumour) {
      if (!named.has(body)) named.set(body, g);
      continue;
    }
    const source = named.get(body);
    if (!source) continue;
    source.members.push(...g.members);
    for (const o of g.occurrences) if (!source.occurrences.some(([x]) => x === o[0])) source.occurrences.push(o);
    groups.delete(key);
  }
}

/** Most headline words for which sharingTest looks each one up in every body claim; beyond, it passes every claim. */
const SHARING_TEST_WORDS = 40;

/**
 * Whether a body claim's text could share two words with a headline claim (`mines`: their words):
 * two of the headlines' words inside its normalised text. Most claims fail, and need no word set.
 */
function sharingTest(mines: readonly ReadonlySet<string>[]): (body: string) => boolean {
  const all = [...new Set(mines.flatMap((m) => [...m]))];
  if (all.length > SHARING_TEST_WORDS) return () => true;
  return (body) => {
    const normalised = normaliseClaimText(body);
    let n = 0;
    for (const w of all) if (normalised.includes(w) && ++n === 2) return true;
    return false;
  };
}

/** A headline claim restating a body claim in nearly the same words becomes one of its occurrences. */
function mergeHeadlines(groups: Map<string, Group>): void {
  const all = [...groups.entries()];
  const headlines = all.filter(([, g]) => g.first.attribution.sentence.headline);
  if (headlines.length === 0) return;
  const mines = headlines.map(([key]) => words(keyParts(key)[1]));
  const couldShare = sharingTest(mines);
  const body = all
    .filter(([key, g]) => !g.first.attribution.sentence.headline && couldShare(keyParts(key)[1]))
    .map(([key, g]) => ({ key, g, words: words(keyParts(key)[1]) }));
  // Body claims by word: a headline is compared only with the claims sharing a word with it (a page of many articles has many headlines).
  const byWord = new Map<string, number[]>();
  body.forEach((other, k) => {
    for (const w of other.words) {
      const list = byWord.get(w);
      if (list) list.push(k);
      else byWord.set(w, [k]);
    }
  });
  for (const [h, [key, g]] of headlines.entries()) {
    const mine = mines[h] as Set<string>;
    if (mine.size < 2) continue;
    const sharing = new Map<number, number>();
    for (const w of mine) for (const k of byWord.get(w) ?? []) sharing.set(k, (sharing.get(k) ?? 0) + 1);
    let best: { group: Group; share: number } | undefined;
    for (const k of [...sharing.keys()].sort((x, y) => x - y)) {
      const other = body[k] as (typeof body)[number];
      if (!groups.has(other.key)) continue;
      const shared = sharing.get(k) as number;
      const share = shared / mine.size;
      if (shared >= 2 && share >= HEADLINE_OVERLAP && (!best || share > best.share)) best = { group: other.g, share };
    }
    if (!best) continue;
    best.group.occurrences.push(...g.occurrences);
    best.group.members.push(...g.members);
    groups.delete(key);
  }
}
