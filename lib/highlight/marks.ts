// Claims + text map → marks in the page, and back. Every range is resolved before the first DOM
// change (a split would shift the offsets of later ranges); text nodes are split at the edges
// and each piece wrapped in a custom element, which page CSS aimed at span/mark does not reach.
// Removal moves the text back out and re-joins the split nodes into the original Text objects.
// Marks inside a page's open shadow roots get the highlight style in that root.
import { isPageText, MARK_TAG } from '../article/page-text';
import { pacedByFrames, runAtOnce, runInSlices, type SliceOptions, type Steps } from '../article/steps';
import type { TextMap, TextPiece } from '../article/text-map';
import type { Claim } from '../analyzer/types';
import { claimLabel } from './describe';
import { useHighlightStyle } from './page-style';

export interface Highlights {
  /** Every mark, in document order; an occurrence over several text nodes has several. */
  readonly marks: readonly HTMLElement[];
  /** Takes every mark out and restores the page's text nodes exactly as they were. */
  remove(): void;
}

interface PlannedOccurrence {
  claim: Claim;
  pieces: TextPiece[];
}

/** A text node cut into fragments; the original Text object keeps the first one. */
interface SplitText {
  original: Text;
  /** Where each fragment starts in the original text. */
  starts: number[];
  fragments: Text[];
}

const WHITESPACE_ONLY = /^\s*$/;

function isMarkable(piece: TextPiece): boolean {
  return !WHITESPACE_ONLY.test(piece.node.data.slice(piece.start, piece.end)) && isPageText(piece.node);
}

/** Occurrences resolved between two possible pauses. */
const OCCURRENCES_PER_PLAN_STEP = 50;

/**
 * Resolves every occurrence to live text pieces. Where occurrences overlap, the one that starts
 * first (the longer at equal starts) wins: marks never nest.
 */
function* planOccurrences(claims: readonly Claim[], map: TextMap): Steps<PlannedOccurrence[]> {
  const occurrences = claims
    .flatMap((claim) => claim.occurrences.map(([start, end]) => ({ claim, start, end })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const planned: PlannedOccurrence[] = [];
  let reach = 0;
  for (const [index, { claim, start, end }] of occurrences.entries()) {
    if (index % OCCURRENCES_PER_PLAN_STEP === OCCURRENCES_PER_PLAN_STEP - 1) yield;
    if (start < reach) continue;
    const pieces = map.resolve(start, end)?.filter(isMarkable);
    if (!pieces?.length) continue;
    planned.push({ claim, pieces });
    reach = end;
  }
  return planned;
}

/** Cuts one text node at every edge of the pieces in it; cutting from the end keeps each cut valid. */
function split(original: Text, nodeCuts: ReadonlySet<number>): SplitText {
  const starts = [...nodeCuts].filter((cut) => cut > 0 && cut < original.length).sort((a, b) => a - b);
  const tails = [...starts].reverse().map((cut) => original.splitText(cut));
  return { original, starts: [0, ...starts], fragments: [original, ...tails.reverse()] };
}

function fragmentAt(split: SplitText, start: number): Text {
  return split.fragments[split.starts.indexOf(start)]!;
}

function wrap(fragment: Text, claim: Claim, first: boolean): HTMLElement {
  const doc = fragment.ownerDocument;
  const mark = doc.createElement(MARK_TAG);
  mark.setAttribute('data-claimlens-id', claim.id);
  mark.setAttribute('data-claimlens-status', claim.status);
  if (first) {
    mark.setAttribute('tabindex', '0');
    mark.setAttribute('role', 'mark');
    mark.setAttribute('aria-label', claimLabel(claim));
  }
  fragment.parentNode!.insertBefore(mark, fragment);
  mark.appendChild(fragment);
  return mark;
}

function unwrap(mark: HTMLElement): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  mark.remove();
}

/** Joins the fragments that still follow the original, as they were cut, back into it. */
function rejoin({ original, fragments }: SplitText): void {
  for (const fragment of fragments.slice(1)) {
    if (original.nextSibling !== fragment) break;
    original.appendData(fragment.data);
    fragment.remove();
  }
}

/** Unwraps every mark left in `root`: copies the page made of ours (cloned paragraphs) included. */
export function removeStrayMarks(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>(MARK_TAG).forEach(unwrap);
}

/** DOM writes per slice are kept short: the page's layout of what changed comes on top. */
const PAINT_BUDGET_MS = 6;

/**
 * Resolves every occurrence first, then wraps them one step each, splitting a text node at all
 * its cuts when its first occurrence comes. Between steps the page may change: a node edited or
 * removed since its range was resolved is left alone, with every occurrence that touches it.
 * Stopped early, the steps take out what they painted.
 */
function* highlightSteps(claims: readonly Claim[], map: TextMap): Steps<Highlights> {
  const planned = yield* planOccurrences(claims, map);
  const cuts = new Map<Text, { data: string; at: Set<number> }>();
  for (const { node, start, end } of planned.flatMap((occurrence) => occurrence.pieces)) {
    const entry = cuts.get(node) ?? { data: node.data, at: new Set<number>() };
    entry.at.add(start).add(end);
    cuts.set(node, entry);
  }
  const splits = new Map<Text, SplitText | null>();
  const splitOf = (node: Text): SplitText | null => {
    if (!splits.has(node)) {
      const { data, at } = cuts.get(node)!;
      splits.set(node, node.isConnected && node.data === data ? split(node, at) : null);
    }
    return splits.get(node)!;
  };
  const marks: HTMLElement[] = [];
  const styles = new Map<Document | ShadowRoot, () => void>();
  let removed = false;
  const highlights: Highlights = {
    marks,
    remove() {
      if (removed) return;
      removed = true;
      marks.forEach(unwrap);
      splits.forEach((nodeSplit) => nodeSplit && rejoin(nodeSplit));
      styles.forEach((release) => release());
    },
  };
  let complete = false;
  try {
    for (const { claim, pieces } of planned) {
      yield;
      const fragments = pieces.map((piece) => {
        const nodeSplit = splitOf(piece.node);
        return nodeSplit ? fragmentAt(nodeSplit, piece.start) : undefined;
      });
      if (!fragments.every((fragment) => fragment?.parentNode)) continue;
      fragments.forEach((fragment, index) => {
        const mark = wrap(fragment!, claim, index === 0);
        marks.push(mark);
        const root = mark.getRootNode() as Document | ShadowRoot;
        if (!styles.has(root)) styles.set(root, useHighlightStyle(root));
      });
    }
    complete = true;
    return highlights;
  } finally {
    if (!complete) highlights.remove();
  }
}

export function highlightClaims(claims: readonly Claim[], map: TextMap): Highlights {
  return runAtOnce(highlightSteps(claims, map));
}

/** `highlightClaims` in slices that leave the page responsive; rejects with `Aborted` on abort. */
export function highlightClaimsInSlices(claims: readonly Claim[], map: TextMap, options?: SliceOptions): Promise<Highlights> {
  return runInSlices(highlightSteps(claims, map), { budgetMs: PAINT_BUDGET_MS, ...pacedByFrames(), ...options });
}
