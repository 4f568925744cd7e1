// Claims + text map → marks in the page, and back. Every range is resolved before the first DOM
// change (a split would shift the offsets of later ranges); text nodes are split at the edges
// and each piece wrapped in a custom element, which page CSS aimed at span/mark does not reach.
// Removal moves the text back out and re-joins the split nodes into the original Text objects.
import { isPageText, MARK_TAG } from '../article/page-text';
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

/**
 * Resolves every occurrence to live text pieces. Where occurrences overlap, the one that starts
 * first (the longer at equal starts) wins: marks never nest.
 */
function planOccurrences(claims: readonly Claim[], map: TextMap): PlannedOccurrence[] {
  const occurrences = claims
    .flatMap((claim) => claim.occurrences.map(([start, end]) => ({ claim, start, end })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const planned: PlannedOccurrence[] = [];
  let reach = 0;
  for (const { claim, start, end } of occurrences) {
    if (start < reach) continue;
    const pieces = map.resolve(start, end)?.filter(isMarkable);
    if (!pieces?.length) continue;
    planned.push({ claim, pieces });
    reach = end;
  }
  return planned;
}

function splitAtEdges(pieces: readonly TextPiece[]): Map<Text, SplitText> {
  const cuts = new Map<Text, Set<number>>();
  for (const { node, start, end } of pieces) {
    const nodeCuts = cuts.get(node) ?? new Set<number>();
    nodeCuts.add(start).add(end);
    cuts.set(node, nodeCuts);
  }
  const splits = new Map<Text, SplitText>();
  for (const [original, nodeCuts] of cuts) {
    const starts = [...nodeCuts].filter((cut) => cut > 0 && cut < original.length).sort((a, b) => a - b);
    // Cutting from the end keeps each remaining cut's offset valid in the original node.
    const tails = [...starts].reverse().map((cut) => original.splitText(cut));
    splits.set(original, { original, starts: [0, ...starts], fragments: [original, ...tails.reverse()] });
  }
  return splits;
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

export function highlightClaims(claims: readonly Claim[], map: TextMap, doc: Document): Highlights {
  const planned = planOccurrences(claims, map);
  const splits = splitAtEdges(planned.flatMap((occurrence) => occurrence.pieces));
  const marks = planned.flatMap(({ claim, pieces }) =>
    pieces.map((piece, index) => wrap(fragmentAt(splits.get(piece.node)!, piece.start), claim, index === 0)),
  );
  const releaseStyle = marks.length > 0 ? useHighlightStyle(doc) : () => {};
  let removed = false;
  return {
    marks,
    remove() {
      if (removed) return;
      removed = true;
      marks.forEach(unwrap);
      splits.forEach(rejoin);
      releaseStyle();
    },
  };
}
