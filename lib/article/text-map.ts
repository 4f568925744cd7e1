// The article's text and the way back from its offsets to the live page. The text is built from
// the page's own text nodes (whitespace collapsed, blocks separated by a blank line), and every
// character that came from a text node remembers where: a claim found at [start, end) in the
// text resolves to exact node ranges without ever searching the page for the claim's words.

/** A stretch of one live text node: `node.data.slice(start, end)`. */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

/** Text characters [textStart, textStart + length) are node.data[nodeOffset, nodeOffset + length). */
interface Segment {
  textStart: number;
  length: number;
  node: Text;
  nodeOffset: number;
}

const BLOCK_SEPARATOR = '\n\n';
const WHITESPACE = /\s/;

export class TextMap {
  constructor(
    readonly text: string,
    private readonly segments: readonly Segment[],
  ) {}

  /**
   * The live text-node pieces that carry text[start, end), one per text node, in document order.
   * Null when the range is empty or the page changed those nodes since the text was built.
   */
  resolve(start: number, end: number): TextPiece[] | null {
    if (!(start >= 0 && end <= this.text.length && start < end)) return null;
    const pieces: TextPiece[] = [];
    for (let i = this.firstSegmentEndingAfter(start); i < this.segments.length; i++) {
      const segment = this.segments[i]!;
      if (segment.textStart >= end) break;
      const from = Math.max(start, segment.textStart);
      const to = Math.min(end, segment.textStart + segment.length);
      if (!this.segmentIntact(segment, from, to)) return null;
      const nodeStart = segment.nodeOffset + from - segment.textStart;
      const nodeEnd = segment.nodeOffset + to - segment.textStart;
      const last = pieces.at(-1);
      // Collapsed whitespace skips characters inside a node: the piece spans them.
      if (last?.node === segment.node) last.end = nodeEnd;
      else pieces.push({ node: segment.node, start: nodeStart, end: nodeEnd });
    }
    return pieces.length > 0 ? pieces : null;
  }

  private firstSegmentEndingAfter(offset: number): number {
    let low = 0;
    let high = this.segments.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const segment = this.segments[middle]!;
      if (segment.textStart + segment.length <= offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private segmentIntact(segment: Segment, from: number, to: number): boolean {
    const { node } = segment;
    if (!node.isConnected) return false;
    const shift = segment.nodeOffset - segment.textStart;
    if (to + shift > node.data.length) return false;
    for (let offset = from; offset < to; offset++) {
      const expected = this.text[offset]!;
      const actual = node.data[offset + shift]!;
      if (expected === ' ' ? !WHITESPACE.test(actual) : actual !== expected) return false;
    }
    return true;
  }
}

/**
 * Builds the text block by block from text nodes given in document order: whitespace inside a
 * block collapses to one space, leading and trailing whitespace of a block is dropped.
 */
export class TextMapBuilder {
  private text = '';
  private readonly segments: Segment[] = [];
  private block: Element | null = null;
  private blockHasText = false;
  /** Where the space that separates the next word from the previous one comes from. */
  private pendingSpace: { node: Text; offset: number } | 'line-break' | null = null;

  /** Adds a text node that belongs to `block` (its nearest block-level ancestor). */
  addText(node: Text, block: Element): void {
    this.enterBlock(block);
    const runs = /\s+|\S+/g;
    for (let match = runs.exec(node.data); match; match = runs.exec(node.data)) {
      if (WHITESPACE.test(match[0][0]!)) {
        if (this.blockHasText && this.pendingSpace === null) {
          this.pendingSpace = { node, offset: match.index };
        }
        continue;
      }
      if (!this.blockHasText) {
        if (this.text.length > 0) this.text += BLOCK_SEPARATOR;
      } else if (this.pendingSpace === 'line-break') {
        this.text += ' ';
      } else if (this.pendingSpace) {
        this.append(' ', this.pendingSpace.node, this.pendingSpace.offset);
      }
      this.pendingSpace = null;
      this.append(match[0], node, match.index);
      this.blockHasText = true;
    }
  }

  /** A `<br>` inside `block`: separates words; two in a row separate paragraphs, as they look. */
  addLineBreak(block: Element): void {
    if (block !== this.block || !this.blockHasText) return;
    if (this.pendingSpace === 'line-break') this.blockHasText = false;
    else this.pendingSpace = 'line-break';
  }

  build(): TextMap {
    return new TextMap(this.text, this.segments);
  }

  private enterBlock(block: Element): void {
    if (block === this.block) return;
    this.block = block;
    this.blockHasText = false;
    this.pendingSpace = null;
  }

  private append(chars: string, node: Text, nodeOffset: number): void {
    const last = this.segments.at(-1);
    if (
      last?.node === node &&
      last.textStart + last.length === this.text.length &&
      last.nodeOffset + last.length === nodeOffset
    ) {
      last.length += chars.length;
    } else {
      this.segments.push({ textStart: this.text.length, length: chars.length, node, nodeOffset });
    }
    this.text += chars;
  }
}
