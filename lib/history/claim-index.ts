// Claims held in memory by LSH band: a new claim is compared with the claims sharing a band with
// it, without a database request per band. Shingles and events are interned as numbers, so
// comparing two claims is a merge of two short sorted arrays rather than building sets of
// strings; the score is exactly ./similarity's.
import { MATCH_THRESHOLD, type ClaimFeatures } from './similarity';

export interface IndexableClaim extends ClaimFeatures {
  key: string;
  /** LSH band keys (./similarity bandKeys): they carry the side, so sides never mix. */
  bands: readonly string[];
}

interface Entry<V> {
  key: string;
  value: V;
  bands: readonly string[];
  /** Interned shingles, ascending, without repeats. */
  shingles: number[];
  /** The numbers joined: two claims stating numbers must state the same ones. */
  numbers: string;
  events: number[];
  negated: boolean;
  /** The last look-up that compared this entry, so a claim met in several bands is scored once. */
  seenBy: number;
}

type Probe = Omit<Entry<unknown>, 'key' | 'value' | 'seenBy'>;

/** How many interned ids the two ascending arrays share. */
function sharedCount(a: readonly number[], b: readonly number[]): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (a[i]! < b[j]!) i += 1;
    else j += 1;
  }
  return shared;
}

/** ./similarity's similarity(), on interned features. */
function score(a: Probe, b: Probe): number {
  if (a.negated !== b.negated) return 0;
  if (a.numbers !== '' && b.numbers !== '' && a.numbers !== b.numbers) return 0;
  if (a.events.length > 0 && b.events.length > 0 && sharedCount(a.events, b.events) === 0) return 0;
  if (a.shingles.length === 0 && b.shingles.length === 0) return 0;
  const shared = sharedCount(a.shingles, b.shingles);
  return shared / (a.shingles.length + b.shingles.length - shared);
}

/** Claims by LSH band, each with a value (its group, say) returned when a new claim matches it. */
export class ClaimIndex<V> {
  private readonly ids = new Map<string, number>();
  private readonly byBand = new Map<string, Entry<V>[]>();
  private readonly byKey = new Map<string, Entry<V>>();
  private lookups = 0;

  get size(): number {
    return this.byKey.size;
  }

  /** Words as ascending ids without repeats; words no indexed claim has get negative ids of their own unless `adding`. */
  private intern(words: readonly string[], adding: boolean): number[] {
    let unknown = 0;
    const ids = words.map((word) => {
      let id = this.ids.get(word);
      if (id === undefined && !adding) return -++unknown;
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(word, id);
      }
      return id;
    });
    ids.sort((a, b) => a - b);
    let kept = 0;
    for (const id of ids) if (kept === 0 || ids[kept - 1] !== id) ids[kept++] = id;
    ids.length = kept;
    return ids;
  }

  private probe(claim: IndexableClaim, adding: boolean): Probe {
    return {
      bands: claim.bands,
      shingles: this.intern(claim.shingles, adding),
      numbers: claim.numbers.join(' '),
      events: this.intern(claim.events, adding),
      negated: claim.negated,
    };
  }

  /** Adds a claim (replacing one with the same key). */
  add(claim: IndexableClaim, value: V): void {
    this.delete(claim.key);
    const { bands, shingles, numbers, events, negated } = this.probe(claim, true);
    const entry: Entry<V> = { key: claim.key, value, bands, shingles, numbers, events, negated, seenBy: 0 };
    this.byKey.set(entry.key, entry);
    for (const band of entry.bands) {
      const entries = this.byBand.get(band);
      if (entries) entries.push(entry);
      else this.byBand.set(band, [entry]);
    }
  }

  delete(key: string): void {
    const entry = this.byKey.get(key);
    if (!entry) return;
    this.byKey.delete(key);
    for (const band of entry.bands) {
      const entries = this.byBand.get(band)!.filter((other) => other !== entry);
      if (entries.length > 0) this.byBand.set(band, entries);
      else this.byBand.delete(band);
    }
  }

  /** The value of the indexed claim most similar to `claim`, if any is the same claim. */
  mostSimilar(claim: IndexableClaim): V | undefined {
    const probe = this.probe(claim, false);
    const lookup = ++this.lookups;
    let best: { entry: Entry<V>; score: number } | undefined;
    for (const band of probe.bands) {
      for (const entry of this.byBand.get(band) ?? []) {
        if (entry.seenBy === lookup) continue;
        entry.seenBy = lookup;
        const similarity = score(probe, entry);
        if (similarity >= MATCH_THRESHOLD && (!best || similarity > best.score)) best = { entry, score: similarity };
      }
    }
    return best?.entry.value;
  }
}
