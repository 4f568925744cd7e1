// Claims by LSH band, packed in typed arrays: held in memory the way the database keeps them
// (./db claimPacks), so a worker that starts reads a few buffers of a side's claims instead of
// every claim record. A new claim is compared with the claims sharing a band with it, found
// through a table of the side's band hashes (built in one pass, no sorting, when first needed)
// and through a small bucket per band in each pack added since; words are compared as hashes,
// so comparing two claims is a merge of two short sorted arrays, and the score is ./similarity's.
import { bandKeys, claimFeatures, hashString, MATCH_THRESHOLD, overlapScore, sideKey } from './similarity';

/** Part of one side's claims, as matched and as stored. */
export interface ClaimPack {
  /** The side key (./similarity sideKey) of every claim in the pack. */
  side: string;
  /** The pack's place among the side's packs. */
  seq: number;
  /** Each claim's value (its group id), or FORGOTTEN. */
  values: Int32Array;
  /** Each claim's key: the packs are where a claim is looked up by key (its group found, or it forgotten). */
  keys: string[];
  /** The hashes of the claims' LSH band keys, ascending, and the claim each belongs to. */
  bands: Uint32Array;
  bandClaims: Uint8Array;
  /** Where the band hashes starting with each BUCKET_BITS bits start in `bands`, then its length: a look-up scans one bucket. */
  bucketStarts: Uint16Array;
  /** Where each claim's features start in `features`, then where the last one ends. */
  starts: Uint32Array;
  /** Per claim: the hash of its numbers (0 for none), 1 if negated, its event count, its event hashes, its shingle hashes (each ascending). */
  features: Uint32Array;
}

/** Claims a pack holds at most (each claim's place in it fits a byte). */
export const PACK_CAPACITY = 128;
/**
 * Claims below which a side's newest pack takes the next batch of claims added: storing them
 * rewrites that small pack, one request, rather than adding a pack per batch that must be
 * merged away (a request per pack) once there are too many.
 */
export const GROWING_PACK = 32;
/** Packs of fewer claims a side may have before they are merged. */
export const PARTIAL_PACKS = 8;

/** The value of a forgotten claim: it no longer matches. */
const FORGOTTEN = -0x80000000;
/** The features that come before a claim's event hashes. */
const HEADER = 3;
/** Hashes have HASH_BITS bits (small integers to the JavaScript engine); their first BUCKET_BITS pick a look-up bucket. */
const HASH_BITS = 30;
const BUCKET_BITS = 8;

/** A claim to match or add: its key, the side it speaks for and its words. */
export interface IndexableClaim {
  key: string;
  side: string;
  text: string;
}

/** A claim's features as the index compares them. */
export interface Probe {
  side: string;
  key: string;
  bands: number[];
  numbers: number;
  negated: boolean;
  events: number[];
  shingles: number[];
}

/** A nonzero HASH_BITS-bit hash: 0 stands for no numbers. */
function hash(text: string): number {
  return hashString(text) >>> (32 - HASH_BITS) || 1;
}

function bucketOf(band: number): number {
  return band >>> (HASH_BITS - BUCKET_BITS);
}

function bucketStartsOf(bands: Uint32Array): Uint16Array {
  const starts = new Uint16Array((1 << BUCKET_BITS) + 1);
  let band = 0;
  for (let bucket = 0; bucket <= 1 << BUCKET_BITS; bucket++) {
    while (band < bands.length && bucketOf(bands[band]!) < bucket) band++;
    starts[bucket] = band;
  }
  return starts;
}

function ascendingHashes(words: readonly string[]): number[] {
  return [...new Set(words.map(hash))].sort((a, b) => a - b);
}

/** How the index compares a claim, worked out from its text. */
export function probeOf({ key, side, text }: IndexableClaim): Probe {
  const features = claimFeatures(text);
  return {
    side: sideKey(side),
    key,
    bands: ascendingHashes(bandKeys(side, features.shingles)),
    numbers: features.numbers.length > 0 ? hash(features.numbers.join(' ')) : 0,
    negated: features.negated,
    events: ascendingHashes(features.events),
    shingles: ascendingHashes(features.shingles),
  };
}

/** How many values the two ascending arrays (or array ranges) share. */
function sharedCount(a: ArrayLike<number>, aFrom: number, aTo: number, b: ArrayLike<number>, bFrom: number, bTo: number): number {
  let shared = 0;
  for (let i = aFrom, j = bFrom; i < aTo && j < bTo; ) {
    if (a[i] === b[j]) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (a[i]! < b[j]!) i += 1;
    else j += 1;
  }
  return shared;
}

/** ./similarity's similarity() between a probe and the claim whose features are f[start, end). */
function score(probe: Probe, f: Uint32Array, start: number, end: number): number {
  const numbers = f[start]!;
  if (probe.negated !== (f[start + 1] === 1)) return 0;
  if (probe.numbers !== 0 && numbers !== 0 && probe.numbers !== numbers) return 0;
  const eventsFrom = start + HEADER;
  const shinglesFrom = eventsFrom + f[start + 2]!;
  if (probe.events.length > 0 && shinglesFrom > eventsFrom && sharedCount(probe.events, 0, probe.events.length, f, eventsFrom, shinglesFrom) === 0) return 0;
  const shared = sharedCount(probe.shingles, 0, probe.shingles.length, f, shinglesFrom, end);
  return overlapScore(probe.shingles.length, end - shinglesFrom, shared);
}

/** A claim's features as a pack stores them. */
function packedFeatures(probe: Probe): number[] {
  return [probe.numbers, probe.negated ? 1 : 0, probe.events.length, ...probe.events, ...probe.shingles];
}

function claimCount(pack: ClaimPack): number {
  return pack.values.length;
}

/** The pack with `added` claims after its own: its arrays copied, the new band hashes merged in. */
function extended(pack: ClaimPack, added: readonly { probe: Probe; value: number }[]): ClaimPack {
  const count = claimCount(pack);
  const values = new Int32Array(count + added.length);
  values.set(pack.values);
  const keys = [...pack.keys];
  const starts = new Uint32Array(count + added.length + 1);
  starts.set(pack.starts);
  const addedFeatures = added.map(({ probe }) => packedFeatures(probe));
  const features = new Uint32Array(pack.features.length + addedFeatures.reduce((sum, list) => sum + list.length, 0));
  features.set(pack.features);
  const newBands: [band: number, claim: number][] = [];
  let end = pack.features.length;
  added.forEach(({ probe, value }, i) => {
    values[count + i] = value;
    keys.push(probe.key);
    features.set(addedFeatures[i]!, end);
    end += addedFeatures[i]!.length;
    starts[count + i + 1] = end;
    for (const band of probe.bands) newBands.push([band, count + i]);
  });
  newBands.sort((a, b) => a[0] - b[0]);
  const bands = new Uint32Array(pack.bands.length + newBands.length);
  const bandClaims = new Uint8Array(bands.length);
  for (let i = 0, j = 0, k = 0; k < bands.length; k++) {
    if (j >= newBands.length || (i < pack.bands.length && pack.bands[i]! <= newBands[j]![0])) {
      bands[k] = pack.bands[i]!;
      bandClaims[k] = pack.bandClaims[i++]!;
    } else {
      [bands[k], bandClaims[k]] = newBands[j++]!;
    }
  }
  return { side: pack.side, seq: pack.seq, values, keys, bands, bandClaims, bucketStarts: bucketStartsOf(bands), starts, features };
}

/** The claims of a pack as added, without the forgotten ones. */
function unpacked(pack: ClaimPack): { probe: Probe; value: number }[] {
  const bands = Array.from({ length: claimCount(pack) }, (): number[] => []);
  pack.bands.forEach((band, i) => bands[pack.bandClaims[i]!]!.push(band));
  const claims: { probe: Probe; value: number }[] = [];
  pack.values.forEach((value, claim) => {
    if (value === FORGOTTEN) return;
    const f = pack.features.subarray(pack.starts[claim]!, pack.starts[claim + 1]!);
    const events = [...f.subarray(HEADER, HEADER + f[2]!)];
    const shingles = [...f.subarray(HEADER + f[2]!)];
    const probe = { side: pack.side, key: pack.keys[claim]!, bands: bands[claim]!, numbers: f[0]!, negated: f[1] === 1, events, shingles };
    claims.push({ probe, value });
  });
  return claims;
}

/** The key and value of each claim a pack holds (not forgotten). */
export function packedValues(pack: ClaimPack): [key: string, value: number][] {
  return pack.keys.flatMap((key, claim) => (pack.values[claim] === FORGOTTEN ? [] : [[key, pack.values[claim]!]]));
}

function emptyPack(side: string, seq: number): ClaimPack {
  return {
    side,
    seq,
    values: new Int32Array(0),
    keys: [],
    bands: new Uint32Array(0),
    bandClaims: new Uint8Array(0),
    bucketStarts: new Uint16Array((1 << BUCKET_BITS) + 1),
    starts: Uint32Array.of(0),
    features: new Uint32Array(0),
  };
}

/** A claim added but not packed yet. */
interface Pending {
  probe: Probe;
  value: number;
  features: Uint32Array;
}

/**
 * The band hashes of a side's full packs (as held when it was built) bucketed by their first
 * bits, so a look-up scans one small bucket per band rather than one per band and pack. Built in
 * one pass over the packs (no sorting) when first needed; full packs are never merged, so it
 * stays right as packs are added, merged and forgotten.
 */
interface BandTable {
  /** The packs it covers; each entry refers to one by its place here. */
  packs: Set<ClaimPack>;
  byPlace: ClaimPack[];
  shift: number;
  /** Where each bucket starts in `bands` and `refs`, then their length. */
  starts: Uint32Array;
  bands: Uint32Array;
  /** (the pack's place << 8) | the claim's place in the pack. */
  refs: Uint32Array;
}

/** Full packs added since a side's band table was built beyond which it is built again. */
const UNTABLED_PACKS = 16;

function bandTable(packs: readonly ClaimPack[]): BandTable {
  const total = packs.reduce((sum, pack) => sum + pack.bands.length, 0);
  // About 8 band hashes a bucket.
  const bits = Math.min(HASH_BITS - 1, Math.max(4, Math.ceil(Math.log2(total / 8 + 1))));
  const shift = HASH_BITS - bits;
  const starts = new Uint32Array((1 << bits) + 1);
  for (const pack of packs) for (const band of pack.bands) starts[(band >>> shift) + 1]! += 1;
  for (let bucket = 1; bucket < starts.length; bucket++) starts[bucket]! += starts[bucket - 1]!;
  const next = starts.slice(0, -1);
  const bands = new Uint32Array(total);
  const refs = new Uint32Array(total);
  packs.forEach((pack, place) => {
    pack.bands.forEach((band, i) => {
      const at = next[band >>> shift]!++;
      bands[at] = band;
      refs[at] = (place << 8) | pack.bandClaims[i]!;
    });
  });
  return { packs: new Set(packs), byPlace: [...packs], shift, starts, bands, refs };
}

interface Side {
  packs: ClaimPack[];
  /** Claims added since the side was last packed: fewer than fill a pack. */
  pending: Pending[];
  table?: BandTable;
  /** Each claim's value by its key (forgotten ones left out), once first asked for. */
  values?: Map<string, number>;
}

/** What to store of the packs: those to put, and the [side, seq] keys of those merged away. */
export interface PackChanges {
  put: ClaimPack[];
  deleted: [string, number][];
}

/**
 * The claims of the sides held, each with a value (its group id) returned when a new claim
 * matches it. Claims added are packed once they fill a pack, or when the changes are taken to
 * be stored.
 */
export class ClaimIndex {
  private readonly sides = new Map<string, Side>();
  private readonly changed = new Set<ClaimPack>();
  private readonly deleted: [string, number][] = [];

  /** Whether the side's packs are held. */
  holds(side: string): boolean {
    return this.sides.has(sideKey(side));
  }

  /** Holds a side's packs as stored (in any order). */
  hold(side: string, packs: readonly ClaimPack[]): void {
    this.sides.set(sideKey(side), { packs: [...packs].sort((a, b) => a.seq - b.seq), pending: [] });
  }

  /** The value of the claim with this key, if its side (held) holds it. */
  valueOf(side: string, key: string): number | undefined {
    return this.valuesOf(this.sideOf(side)).get(key);
  }

  /** The keys of a side's (held) claims by value, for these values: one pass over the side. */
  keysByValue(side: string, values: ReadonlySet<number>): Map<number, string[]> {
    const keys = new Map<number, string[]>();
    for (const [key, value] of this.valuesOf(this.sideOf(side))) {
      if (!values.has(value)) continue;
      const list = keys.get(value);
      if (list) list.push(key);
      else keys.set(value, [key]);
    }
    return keys;
  }

  private valuesOf(side: Side): Map<string, number> {
    if (side.values) return side.values;
    const values = new Map(side.packs.flatMap(packedValues));
    for (const claim of side.pending) values.set(claim.probe.key, claim.value);
    side.values = values;
    return values;
  }

  private sideOf(side: string): Side {
    const held = this.sides.get(sideKey(side));
    if (!held) throw new Error(`The claims of side "${side}" are not held.`);
    return held;
  }

  /** The value of the claim most similar to `probe`, if any is the same claim. */
  mostSimilar(probe: Probe): number | undefined {
    const side = this.sideOf(probe.side);
    const { packs, pending } = side;
    let best: { value: number; score: number } | undefined;
    const consider = (value: number, similarity: number) => {
      if (similarity >= MATCH_THRESHOLD && (!best || similarity > best.score)) best = { value, score: similarity };
    };
    const considerPacked = (pack: ClaimPack, claim: number) => {
      if (pack.values[claim] !== FORGOTTEN) consider(pack.values[claim]!, score(probe, pack.features, pack.starts[claim]!, pack.starts[claim + 1]!));
    };
    const full = packs.filter((pack) => claimCount(pack) >= PACK_CAPACITY);
    if (!side.table || full.length - side.table.packs.size > UNTABLED_PACKS) side.table = bandTable(full);
    const table: BandTable = side.table;
    // A claim met in several bands is scored once.
    const tabled = new Set<number>();
    for (const band of probe.bands) {
      const bucket = band >>> table.shift;
      for (let i = table.starts[bucket]!; i < table.starts[bucket + 1]!; i++) {
        const ref = table.refs[i]!;
        if (table.bands[i] !== band || tabled.has(ref)) continue;
        tabled.add(ref);
        considerPacked(table.byPlace[ref >>> 8]!, ref & 0xff);
      }
    }
    const compared = new Uint8Array(PACK_CAPACITY);
    for (const pack of packs) {
      if (table.packs.has(pack)) continue;
      compared.fill(0);
      for (const band of probe.bands) {
        const bucket = bucketOf(band);
        for (let i = pack.bucketStarts[bucket]!, end = pack.bucketStarts[bucket + 1]!; i < end && pack.bands[i]! <= band; i++) {
          if (pack.bands[i] !== band) continue;
          const claim = pack.bandClaims[i]!;
          if (compared[claim] === 1) continue;
          compared[claim] = 1;
          considerPacked(pack, claim);
        }
      }
    }
    for (const claim of pending) {
      const bands = claim.probe.bands;
      if (sharedCount(probe.bands, 0, probe.bands.length, bands, 0, bands.length) === 0) continue;
      consider(claim.value, score(probe, claim.features, 0, claim.features.length));
    }
    return best?.value;
  }

  /** Adds a claim to its side (held). */
  add(probe: Probe, value: number): void {
    const side = this.sideOf(probe.side);
    side.pending.push({ probe, value, features: Uint32Array.from(packedFeatures(probe)) });
    side.values?.set(probe.key, value);
    if (side.pending.length >= PACK_CAPACITY) this.pack(side);
  }

  /**
   * Moves a side's pending claims into its newest pack while that is small, then into packs of
   * their own; once the side has more than PARTIAL_PACKS packs short of full, merges those
   * (dropping forgotten claims).
   */
  private pack(side: Side): void {
    const after = () => (side.packs.at(-1)?.seq ?? -1) + 1;
    const newest = side.packs.at(-1);
    if (newest && side.pending.length > 0 && claimCount(newest) < GROWING_PACK) {
      const grown = extended(newest, side.pending.splice(0, PACK_CAPACITY - claimCount(newest)));
      side.packs[side.packs.length - 1] = grown;
      this.changed.delete(newest);
      this.changed.add(grown);
    }
    while (side.pending.length > 0) {
      const pack = extended(emptyPack(side.pending[0]!.probe.side, after()), side.pending.splice(0, PACK_CAPACITY));
      side.packs.push(pack);
      this.changed.add(pack);
    }
    const partial = side.packs.filter((pack) => claimCount(pack) < PACK_CAPACITY);
    if (partial.length <= PARTIAL_PACKS) return;
    const claims = partial.flatMap(unpacked);
    const seqs = partial.map((pack) => pack.seq);
    const merged: ClaimPack[] = [];
    for (let start = 0; start < claims.length; start += PACK_CAPACITY) {
      merged.push(extended(emptyPack(partial[0]!.side, seqs[merged.length]!), claims.slice(start, start + PACK_CAPACITY)));
    }
    for (const pack of partial) this.changed.delete(pack);
    for (const pack of merged) this.changed.add(pack);
    for (const seq of seqs.slice(merged.length)) this.deleted.push([partial[0]!.side, seq]);
    side.packs = [...side.packs.filter((pack) => claimCount(pack) >= PACK_CAPACITY), ...merged].sort((a, b) => a.seq - b.seq);
  }

  /** Forgets the claims with these keys of the held `side`. */
  forget(side: string, keys: readonly string[]): void {
    const forgotten = new Set(keys);
    const held = this.sideOf(side);
    held.pending = held.pending.filter((claim) => !forgotten.has(claim.probe.key));
    for (const key of keys) held.values?.delete(key);
    for (const pack of held.packs) {
      pack.keys.forEach((key, claim) => {
        if (!forgotten.has(key) || pack.values[claim] === FORGOTTEN) return;
        pack.values[claim] = FORGOTTEN;
        this.changed.add(pack);
      });
    }
  }

  /** The packs to store since the last call, every claim added packed. */
  takeChanges(): PackChanges {
    for (const side of this.sides.values()) this.pack(side);
    const changes = { put: [...this.changed], deleted: this.deleted.splice(0) };
    this.changed.clear();
    return changes;
  }
}
