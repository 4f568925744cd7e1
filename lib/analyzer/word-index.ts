// Word → the positions (ascending) of the items holding it: names the article has given (./discourse),
// claims in reading order (./responses/link-responses), so that a look-up reads only the items
// sharing a word with what it looks for.

export class WordIndex {
  private readonly positions = new Map<string, number[]>();

  /** Adds the item at `position` (positions added in ascending order) holding `words`. */
  add(words: Iterable<string>, position: number): void {
    for (const w of words) {
      const list = this.positions.get(w);
      if (!list) this.positions.set(w, [position]);
      else if (list[list.length - 1] !== position) list.push(position);
    }
  }

  /** The last position in [from, to) of an item holding `word`, or -1. */
  lastHolding(word: string, from: number, to: number): number {
    const list = this.positions.get(word);
    if (!list) return -1;
    const k = firstAtLeast(list, to) - 1;
    return k >= 0 && (list[k] as number) >= from ? (list[k] as number) : -1;
  }

  /** Positions in [from, to) of the items holding any of `words`, ascending. */
  holding(words: Iterable<string>, from: number, to: number): number[] {
    const found = new Set<number>();
    for (const w of words) {
      const list = this.positions.get(w);
      if (!list) continue;
      for (let k = firstAtLeast(list, from); k < list.length && (list[k] as number) < to; k++) found.add(list[k] as number);
    }
    return [...found].sort((a, b) => a - b);
  }
}

/** The first place in an ascending list whose value is at least `value`. */
function firstAtLeast(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
