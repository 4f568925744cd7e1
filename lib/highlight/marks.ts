// Claims + text map → marks in the page, and back. Every range is resolved before the first DOM
// change (a split would shift the offsets of later ranges); text nodes are split at the edges
// and each piece wrapped in a custom element, which page CSS aimed at span/mark does not reach.
// Removal moves the text back out and re-joins the split nodes into the original Text objects.
// Marks inside a page's open shadow roots get the highlight style in that root. Painting a new
// analysis over earlier highlights keeps the occurrences that are already marked (a live blog's
// older entries), re-labels them, paints only the new ones and unwraps the ones that are gone.
import { isPageText, MARK_TAG, TEXT_NODE } from '../article/page-text';
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

/** What one painting did to the page, kept so that it can be painted over and undone. */
interface Painting {
  occurrences: PaintedOccurrence[];
  /** Every cut, in the order made: re-joined in reverse, a fragment cut again comes back first. */
  splits: SplitText[];
  styles: Map<Document | ShadowRoot, () => void>;
  removed: boolean;
}

interface PaintedOccurrence {
  claim: Claim;
  marks: HTMLElement[];
}

const paintings = new WeakMap<Highlights, Painting>();

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

/** Sets the claim's attributes on a mark; only an occurrence's first mark is announced. */
function label(mark: HTMLElement, claim: Claim, first: boolean): void {
  const attributes: [string, string][] = [
    ['data-claimlens-id', claim.id],
    ['data-claimlens-status', claim.status],
  ];
  if (first) attributes.push(['tabindex', '0'], ['role', 'mark'], ['aria-label', claimLabel(claim)]);
  for (const [name, value] of attributes) if (mark.getAttribute(name) !== value) mark.setAttribute(name, value);
}

function wrap(fragment: Text, claim: Claim, first: boolean): HTMLElement {
  const mark = fragment.ownerDocument.createElement(MARK_TAG);
  label(mark, claim, first);
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

/** The earlier occurrence whose marks hold exactly these pieces, each a whole text node. */
function alreadyPainted(pieces: readonly TextPiece[], markedBy: ReadonlyMap<Text, PaintedOccurrence>): PaintedOccurrence | null {
  const painted = markedBy.get(pieces[0]!.node);
  if (!painted || painted.marks.length !== pieces.length) return null;
  const same = pieces.every(
    ({ node, start, end }, index) =>
      painted.marks[index]!.firstChild === node && node.nextSibling === null && start === 0 && end === node.data.length,
  );
  return same ? painted : null;
}

/**
 * Resolves every occurrence first, then wraps them one step each, splitting a text node at all
 * its cuts when its first occurrence comes. Between steps the page may change: a node edited or
 * removed since its range was resolved is left alone, with every occurrence that touches it.
 * Over an earlier painting, occurrences already marked keep their marks and the rest of that
 * painting is unwrapped first (its cuts stay until `remove`, so resolved pieces stay valid).
 * Stopped early, the steps take out everything painted.
 */
function* highlightSteps(claims: readonly Claim[], map: TextMap, onto?: Highlights): Steps<Highlights> {
  const planned = yield* planOccurrences(claims, map);
  const earlier = onto ? paintings.get(onto) : undefined;
  const painting: Painting = earlier ?? { occurrences: [], splits: [], styles: new Map(), removed: false };
  const markedBy = new Map<Text, PaintedOccurrence>();
  for (const occurrence of painting.occurrences) {
    const first = occurrence.marks[0]?.firstChild;
    if (first?.nodeType === TEXT_NODE) markedBy.set(first as Text, occurrence);
  }
  const kept = new Map(planned.map((occurrence) => [occurrence, alreadyPainted(occurrence.pieces, markedBy)]));
  const keptOccurrences = new Set(kept.values());
  for (const occurrence of painting.occurrences) if (!keptOccurrences.has(occurrence)) occurrence.marks.forEach(unwrap);
  painting.occurrences = painting.occurrences.filter((occurrence) => keptOccurrences.has(occurrence));

  const cuts = new Map<Text, { data: string; at: Set<number> }>();
  for (const { node, start, end } of planned.filter((occurrence) => !kept.get(occurrence)).flatMap((occurrence) => occurrence.pieces)) {
    const entry = cuts.get(node) ?? { data: node.data, at: new Set<number>() };
    entry.at.add(start).add(end);
    cuts.set(node, entry);
  }
  const splits = new Map<Text, SplitText | null>();
  const splitOf = (node: Text): SplitText | null => {
    if (!splits.has(node)) {
      const { data, at } = cuts.get(node)!;
      const nodeSplit = node.isConnected && node.data === data ? split(node, at) : null;
      if (nodeSplit) painting.splits.push(nodeSplit);
      splits.set(node, nodeSplit);
    }
    return splits.get(node)!;
  };
  const marks: HTMLElement[] = [];
  const highlights: Highlights = {
    marks,
    remove() {
      if (painting.removed) return;
      painting.removed = true;
      for (const occurrence of painting.occurrences) occurrence.marks.forEach(unwrap);
      [...painting.splits].reverse().forEach(rejoin);
      painting.styles.forEach((release) => release());
    },
  };
  paintings.set(highlights, painting);
  if (onto) paintings.delete(onto);
  let complete = false;
  try {
    for (const occurrence of planned) {
      const { claim, pieces } = occurrence;
      const keep = kept.get(occurrence);
      if (keep) {
        keep.claim = claim;
        keep.marks.forEach((mark, index) => label(mark, claim, index === 0));
        marks.push(...keep.marks);
        continue;
      }
      yield;
      const fragments = pieces.map((piece) => {
        const nodeSplit = splitOf(piece.node);
        return nodeSplit ? fragmentAt(nodeSplit, piece.start) : undefined;
      });
      if (!fragments.every((fragment) => fragment?.parentNode)) continue;
      const painted: PaintedOccurrence = { claim, marks: fragments.map((fragment, index) => wrap(fragment!, claim, index === 0)) };
      painting.occurrences.push(painted);
      marks.push(...painted.marks);
      for (const mark of painted.marks) {
        const root = mark.getRootNode() as Document | ShadowRoot;
        if (!painting.styles.has(root)) painting.styles.set(root, useHighlightStyle(root));
      }
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

export interface PaintOptions extends SliceOptions {
  /**
   * Highlights painted earlier on the same page, taken over: occurrences the claims still have
   * keep their marks; the earlier object must not be used again (the result removes them all).
   */
  onto?: Highlights;
}

/** `highlightClaims` in slices that leave the page responsive; rejects with `Aborted` on abort. */
export function highlightClaimsInSlices(
  claims: readonly Claim[],
  map: TextMap,
  { onto, ...options }: PaintOptions = {},
): Promise<Highlights> {
  return runInSlices(highlightSteps(claims, map, onto), { budgetMs: PAINT_BUDGET_MS, ...pacedByFrames(), ...options });
}
