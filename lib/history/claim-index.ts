// Claims by LSH band, packed in typed arrays: held in memory the way the database keeps them
// (./db claimPacks), so a worker that starts reads a few buffers of a side's claims instead of
// every claim record. A new claim is compared with the claims sharing a band with it, found
// through a table of the side's band hashes (built in one pass, no sorting, when first needed)
// and through a small bucket per band in each pack added since; words are compared as hashes,
// so comparing two claims is a merge of two short sorted arrays, and the score is ./similarity's.
// The claims added between two stores, of whatever sides, are stored as one recent pack (RECENT),
// and move into their sides' packs only once the recent packs hold many.
import {
  bandKeys,
  claimFeatures,
  claimHalves,
  currenciesApart,
  datePairs,
  datesConflict,
  hashString,
  isPinned,
  MATCH_THRESHOLD,
  namesConflict,
  numbersConflict,
  isRounding,
  leastShared,
  mayScore,
  overlapScore,
  sideKey,
  sideLookupWords,
  sideMentions,
  sidesAgree,
  stagesConflict,
  type Stage,
} from './similarity';

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
  /**
   * Per claim: its number count, its flags (flagsOf: negated, stage, how many date and place
   * hashes), its event count, its number hashes (ascending, each as often as stated), its event hashes (ascending), its
   * dates as [kind, name] hash pairs, its place hashes, its shingle hashes (ascending).
   */
  features: Uint32Array;
  /** Only in a recent pack (RECENT), which holds claims of any side: each claim's side key. */
  sides?: string[];
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
/**
 * The side key recent packs are stored under (no side key holds a line break). The claims added
 * between two stores, whatever their sides, are stored as one new recent pack: one request, where
 * putting them in their sides' packs rewrites a pack per side.
 */
export const RECENT = '\n';
/**
 * Recent claims beyond which they all move into their sides' packs (a claim's place in a recent
 * pack fits a byte).
 */
export const RECENT_CAPACITY = 2 * PACK_CAPACITY;

/** The value of a forgotten claim: it no longer matches. */
const FORGOTTEN = -0x80000000;
/** The features that come before a claim's number hashes. */
const HEADER = 3;
/** A claim's stage as its flags hold it: claims packed before stages were read hold 0, unmarked. */
const STAGES: readonly Stage[] = ['unmarked', 'planned', 'done'];
/** Date and place hashes a claim keeps at most (their counts fit a byte of its flags). */
const MOST_NAMES = 255;
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
  numbers: number[];
  negated: boolean;
  stage: Stage;
  events: number[];
  /** [kind, name] hash pairs, 0 naming a relative date. */
  dates: number[];
  places: number[];
  shingles: number[];
  /** ./similarity ClaimFeatures currencies. */
  currencies: number;
  /**
   * The probes of its halves (./similarity claimHalves), each keyed as a half of it (HALF): indexed
   * beside it, with its value, so a claim another outlet printed as one half alone matches it.
   */
  halves: Probe[];
}

/** A claim as a pack holds it: its side key and its packed features (packedFeatures). */
export interface PackedClaim {
  side: string;
  features: Uint32Array;
}

/** The best score of a value's claims across sides, and that claim's side key. */
export interface SimilarAcrossSides {
  score: number;
  side: string;
}

/**
 * What joins a claim's key and a half's place in a half's key: a half is indexed as a claim of its
 * own (Probe halves), never looked up, kept or forgotten but with its claim.
 */
const HALF = '\u0001';

const isHalfKey = (key: string) => key.includes(HALF);

/** The key of the claim a key is of: its own, or for a half's, its claim's. */
const wholeKey = (key: string) => key.split(HALF, 1)[0]!;

/**
 * Whether both keys are halves': a half is compared with whole claims only. Two joined claims that
 * share a half alone ("P and that Q" / "R and that Q") are not one claim; sharing their first
 * halves, their wholes match (./similarity claimCore).
 */
const bothHalves = (key: string, other: string) => isHalfKey(key) && isHalfKey(other);

/** A claim's probe and its halves' (Probe halves): what a look-up asks with or finds it by. */
const withHalves = (probe: Probe): Probe[] => [probe, ...probe.halves];

/** A nonzero HASH_BITS-bit hash: 0 stands for a relative date's name. */
function hash(text: string): number {
  return hashString(text) >>> (32 - HASH_BITS) || 1;
}

/** Added to a rounding's hash (./similarity isRounding), so roughly stated numbers sort after the exact ones, as numbersConflict reads them. */
const ROUNDING = 1 << HASH_BITS;

function numberHash(number: string): number {
  return isRounding(number) ? ROUNDING + hash(number) : hash(number);
}

const isRoundingHash = (number: number) => number >= ROUNDING;

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

/** How the index compares a claim, and each of its halves, worked out from its text. */
export function probeOf(claim: IndexableClaim): Probe {
  const halves = claimHalves(claim.text).map((text, at) => probeOfText({ ...claim, key: `${claim.key}${HALF}${at}`, text }));
  return { ...probeOfText(claim), halves };
}

function probeOfText({ key, side, text }: IndexableClaim): Probe {
  const features = claimFeatures(text, side);
  return {
    side: sideKey(side),
    key,
    bands: ascendingHashes(bandKeys(features.shingles)),
    numbers: features.numbers.map(numberHash).sort((a, b) => a - b),
    negated: features.negated,
    stage: features.stage,
    events: ascendingHashes(features.events),
    dates: datePairs(features.dates)
      .slice(0, 2 * MOST_NAMES)
      .map((part) => (part === '' ? 0 : hash(part))),
    places: ascendingHashes(features.places).slice(0, MOST_NAMES),
    shingles: ascendingHashes(features.shingles),
    currencies: features.currencies,
    halves: [],
  };
}

/** A claim's flags word: bit 0 negated, bits 1-2 its stage (STAGES), bits 3-10 its date pairs, bits 11-18 its places, from bit 19 its currencies. */
function flagsOf(probe: Probe): number {
  return ((probe.negated ? 1 : 0) | (STAGES.indexOf(probe.stage) << 1) | ((probe.dates.length / 2) << 3) | (probe.places.length << 11) | (probe.currencies << 19)) >>> 0;
}

/** Where a packed claim's parts start, from its counts and flags: events, dates, places, shingles. */
function layout(
  f: ArrayLike<number>,
  start: number,
): { negated: boolean; stage: Stage; events: number; dates: number; places: number; shingles: number; currencies: number } {
  const flags = f[start + 1]!;
  const events = start + HEADER + f[start]!;
  const dates = events + f[start + 2]!;
  const places = dates + 2 * ((flags >>> 3) & 0xff);
  return { negated: (flags & 1) === 1, stage: STAGES[(flags >>> 1) & 3]!, events, dates, places, shingles: places + ((flags >>> 11) & 0xff), currencies: flags >>> 19 };
}

/**
 * How many values the two ascending arrays (or array ranges) share; with `needed`, fewer than
 * that (some count below it) as soon as what is left could not make up the difference.
 */
function sharedCount(a: ArrayLike<number>, aFrom: number, aTo: number, b: ArrayLike<number>, bFrom: number, bTo: number, needed = 0): number {
  let shared = 0;
  for (let i = aFrom, j = bFrom; i < aTo && j < bTo; ) {
    if (shared + Math.min(aTo - i, bTo - j) < needed) break;
    if (a[i] === b[j]) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (a[i]! < b[j]!) i += 1;
    else j += 1;
  }
  return shared;
}

/**
 * ./similarity's similarity() between a probe and the claim whose features are f[start, end), where
 * it is `least` or more; else 0. A claim too short or too long to score `least` (mayScore) is passed
 * over before anything else is read, and shingles are compared only while it still could share
 * enough (leastShared). Reads the packed features in place, with no copies of them.
 */
function score(probe: Probe, f: Uint32Array, start: number, end: number, least: number, acrossSides = false): number {
  const parts = layout(f, start);
  if (!mayScore(probe.shingles.length, end - parts.shingles, least)) return 0;
  if (probe.negated !== parts.negated || stagesConflict(probe.stage, parts.stage)) return 0;
  if (!currenciesApart(probe.currencies, parts.currencies) && numbersConflict(probe.numbers, f, isRoundingHash, start + HEADER, parts.events)) return 0;
  if (probe.events.length > 0 && parts.dates > parts.events && sharedCount(probe.events, 0, probe.events.length, f, parts.events, parts.dates) === 0) return 0;
  if (datesConflict(probe.dates, f, 0, parts.dates, parts.places) || namesConflict(probe.places, f, parts.places, parts.shingles)) return 0;
  const needed = leastShared(probe.shingles.length, end - parts.shingles, least);
  const shared = sharedCount(probe.shingles, 0, probe.shingles.length, f, parts.shingles, end, needed);
  if (shared < needed) return 0;
  const pinned = isPinned(acrossSides, probe.numbers.length, parts.events - start - HEADER, probe.places.length, parts.shingles - parts.places);
  return overlapScore(probe.shingles.length, end - parts.shingles, shared, pinned);
}

/**
 * How alike two claims are as the index scores them, the best of either one or a half of it
 * against the other or a half of it: 0 unless their sides agree and they share a band, as for a
 * claim the index holds.
 */
export function probeSimilarity(probe: Probe, other: Probe): number {
  if (!sidesAgree(probe.side, other.side)) return 0;
  let best = 0;
  for (const asked of withHalves(probe)) {
    for (const held of withHalves(other)) {
      if (bothHalves(asked.key, held.key) || sharedCount(asked.bands, 0, asked.bands.length, held.bands, 0, held.bands.length) === 0) continue;
      best = Math.max(best, claimSimilarity(asked, packedClaim(held), false));
    }
  }
  return best;
}

/**
 * How alike two claims are, whatever their sides and bands: ./similarity's similarity().
 * `acrossSides`: their sides do not agree (sidesAgree).
 */
export function claimSimilarity(probe: Probe, other: PackedClaim, acrossSides: boolean): number {
  return score(probe, other.features, 0, other.features.length, 0, acrossSides);
}

/** Whether a claim names a side among its words (sideMentions): "the RSF broke the truce" names the Rapid Support Forces. */
function namesSide(claim: Probe | PackedClaim, side: string): boolean {
  const shingles = 'shingles' in claim ? claim.shingles : claim.features.subarray(layout(claim.features, 0).shingles);
  return sideMentions(side).some((word) => shingles.includes(hash(word)));
}

/**
 * Whether either of two claims whose sides do not agree names the other's side: then they are two
 * sides' accounts of one event ("the army shelled the market" / "the RSF shelled the market"),
 * never one claim.
 */
export function namesOtherSide(claim: Probe | PackedClaim, other: Probe | PackedClaim): boolean {
  return namesSide(claim, other.side) || namesSide(other, claim.side);
}

/** A claim as a pack holds it. */
export function packedClaim(probe: Probe): PackedClaim {
  return { side: probe.side, features: Uint32Array.from(packedFeatures(probe)) };
}

/** A claim's features as a pack stores them. */
function packedFeatures(probe: Probe): number[] {
  return [
    probe.numbers.length,
    flagsOf(probe),
    probe.events.length,
    ...probe.numbers,
    ...probe.events,
    ...probe.dates,
    ...probe.places,
    ...probe.shingles,
  ];
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
function unpacked(pack: ClaimPack): Pending[] {
  const bands = Array.from({ length: claimCount(pack) }, (): number[] => []);
  pack.bands.forEach((band, i) => bands[pack.bandClaims[i]!]!.push(band));
  const claims: Pending[] = [];
  pack.values.forEach((value, claim) => {
    if (value === FORGOTTEN) return;
    const f = pack.features.subarray(pack.starts[claim]!, pack.starts[claim + 1]!);
    const parts = layout(f, 0);
    const side = pack.sides?.[claim] ?? pack.side;
    const probe = {
      side,
      key: pack.keys[claim]!,
      bands: bands[claim]!,
      numbers: [...f.subarray(HEADER, parts.events)],
      negated: parts.negated,
      stage: parts.stage,
      events: [...f.subarray(parts.events, parts.dates)],
      dates: [...f.subarray(parts.dates, parts.places)],
      places: [...f.subarray(parts.places, parts.shingles)],
      shingles: [...f.subarray(parts.shingles)],
      currencies: parts.currencies,
      halves: [],
    };
    claims.push({ probe, value, features: f });
  });
  return claims;
}

/** The claims a pack holds (not forgotten), each as it was added: its probe and value. */
export function packedClaims(pack: ClaimPack): { probe: Probe; value: number }[] {
  return unpacked(pack).map(({ probe, value }) => ({ probe, value }));
}

/** The key and value of each claim a pack holds (not forgotten), its halves left out. */
export function packedValues(pack: ClaimPack): [key: string, value: number][] {
  return pack.keys.flatMap((key, claim) => (pack.values[claim] === FORGOTTEN || isHalfKey(key) ? [] : [[key, pack.values[claim]!]]));
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
  /** Where each bucket starts (counted in entries), then the number of entries. */
  starts: Uint32Array;
  /**
   * Per entry a band hash, then 1 when its claim is negated: the claims whose polarity rules
   * them out are passed over here, without reading their packs.
   */
  entries: Uint32Array;
  /** Per entry: (the pack's place << 8) | the claim's place in the pack. */
  refs: Uint32Array;
  /** Per ref, its claim's outline (OUTLINE words, writeOutline). */
  outlines: Uint32Array;
  /** How many look-ups were made in the table: the first word of an outline is the last that met its claim. */
  lookups: number;
}

/**
 * Words per claim of a band table's outlines: the look-up that last met the claim (so a claim met
 * in several bands is scored once), then what rules out most claims sharing a band with a probe
 * without reading their packs (outlineRulesOut): a few cache misses each, where the outline is one.
 */
const OUTLINE = 4;
/** The counts an outline holds up to: a count this high is not known, and rules nothing out. */
const OUTLINE_SHINGLES = 0xff;
const OUTLINE_NUMBERS = 0xf;

/**
 * Writes a claim's outline at out[at, at + OUTLINE): its stage (bits 0-1), currencies (2-7),
 * shingle count (8-15), how many of its numbers are exact (16-19) and roundings (20-23); then a bit
 * per exact number (its hash's last 5 bits) and one per rounding. `numbers` are numbers[from, to).
 */
function writeOutline(out: Uint32Array, at: number, stage: Stage, currencies: number, shingles: number, numbers: ArrayLike<number>, from: number, to: number): void {
  let exact = 0;
  let rounded = 0;
  let exactBits = 0;
  let roundedBits = 0;
  for (let i = from; i < to; i++) {
    const number = numbers[i]!;
    if (isRoundingHash(number)) {
      rounded += 1;
      roundedBits |= 1 << (number & 31);
    } else {
      exact += 1;
      exactBits |= 1 << (number & 31);
    }
  }
  out[at + 1] =
    STAGES.indexOf(stage) | (currencies << 2) | (Math.min(shingles, OUTLINE_SHINGLES) << 8) | (Math.min(exact, OUTLINE_NUMBERS) << 16) | (Math.min(rounded, OUTLINE_NUMBERS) << 20);
  out[at + 2] = exactBits;
  out[at + 3] = roundedBits;
}

/** A probe's outline (writeOutline). */
function outlineOf(probe: Probe): Uint32Array {
  const outline = new Uint32Array(OUTLINE);
  writeOutline(outline, 0, probe.stage, probe.currencies, probe.shingles.length, probe.numbers, 0, probe.numbers.length);
  return outline;
}

/**
 * Whether a claim's outline (claims[at…]) shows it could not score `least` with a probe of this
 * outline (score would find a plan and a deed, too few shingles to share, or numbers that
 * conflict); a claim it does not rule out is scored from its pack.
 */
function outlineRulesOut(probe: Uint32Array, claims: Uint32Array, at: number, least: number): boolean {
  const a = probe[1]!;
  const b = claims[at + 1]!;
  if (stagesConflict(STAGES[a & 3]!, STAGES[b & 3]!)) return true;
  const aShingles = (a >>> 8) & OUTLINE_SHINGLES;
  const bShingles = (b >>> 8) & OUTLINE_SHINGLES;
  if (aShingles < OUTLINE_SHINGLES && bShingles < OUTLINE_SHINGLES && !mayScore(aShingles, bShingles, least)) return true;
  if (currenciesApart((a >>> 2) & 0x3f, (b >>> 2) & 0x3f)) return false;
  return missesNumber((a >>> 16) & OUTLINE_NUMBERS, probe[2]!, (b >>> 16) & OUTLINE_NUMBERS, claims[at + 2]!) || missesNumber((a >>> 20) & OUTLINE_NUMBERS, probe[3]!, (b >>> 20) & OUTLINE_NUMBERS, claims[at + 3]!);
}

/**
 * Whether two claims both hold numbers of a kind (their counts known) and the one holding fewer
 * (`a` when as many, as numbersConflict takes it) holds one whose bit the other lacks: a number the
 * other does not name, so numbersConflict finds them in conflict.
 */
function missesNumber(aCount: number, aBits: number, bCount: number, bBits: number): boolean {
  if (aCount === 0 || bCount === 0 || aCount === OUTLINE_NUMBERS || bCount === OUTLINE_NUMBERS) return false;
  return aCount <= bCount ? (aBits & ~bBits) !== 0 : (bBits & ~aBits) !== 0;
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
  const entries = new Uint32Array(2 * total);
  const refs = new Uint32Array(total);
  const outlines = new Uint32Array((packs.length << 8) * OUTLINE);
  packs.forEach((pack, place) => {
    for (let claim = 0; claim < claimCount(pack); claim++) {
      const start = pack.starts[claim]!;
      const parts = layout(pack.features, start);
      writeOutline(outlines, ((place << 8) | claim) * OUTLINE, parts.stage, parts.currencies, pack.starts[claim + 1]! - parts.shingles, pack.features, start + HEADER, parts.events);
    }
    pack.bands.forEach((band, i) => {
      const at = next[band >>> shift]!++;
      const claim = pack.bandClaims[i]!;
      entries[2 * at] = band;
      entries[2 * at + 1] = pack.features[pack.starts[claim]! + 1]! & 1;
      refs[at] = (place << 8) | claim;
    });
  });
  return { packs: new Set(packs), byPlace: [...packs], shift, starts, entries, refs, outlines, lookups: 0 };
}

interface Side {
  packs: ClaimPack[];
  /** Claims added since the side was last packed or stored: fewer than fill a pack. */
  pending: Pending[];
  /** The side's claims in the recent packs. */
  recent: Pending[];
  table?: BandTable;
  /** Each claim's value by its key (forgotten ones left out), once first asked for. */
  values?: Map<string, number>;
  /**
   * Where each claim is held, by its key (forgotten ones left out), once first asked for: the
   * pack it was in then (not its own features: a side's claims are many, its packs few), or the
   * claim itself when it was not packed. A claim's features never change, so a pack grown or
   * merged away since still holds them right.
   */
  places?: Map<string, ClaimPack | Pending>;
}

/** What to store of the packs: those to put, and the [side, seq] keys of those merged away. */
export interface PackChanges {
  put: ClaimPack[];
  deleted: [string, number][];
  /** Whether every recent pack goes, its claims moved into their sides' packs (one range to delete). */
  recentMoved: boolean;
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
  private recentMoved = false;
  /** The recent packs as stored, once held (holdRecent). */
  private recentPacks: ClaimPack[] | undefined;
  /** The claims of the recent packs whose sides are not held yet, by side key. */
  private readonly recentOfUnheld = new Map<string, Pending[]>();
  /** The keys of the sides held or among the recent claims, by the words they are looked up by (sideLookupWords). */
  private readonly sidesByWord = new Map<string, Set<string>>();
  /** agreeingSides() by side key, until another side is noted. */
  private readonly agreeing = new Map<string, string[]>();

  /** Whether the side's packs are held. */
  holds(side: string): boolean {
    return this.sides.has(sideKey(side));
  }

  /** Holds a side's packs as stored (in any order), and its claims among the recent packs. */
  hold(side: string, packs: readonly ClaimPack[]): void {
    const key = sideKey(side);
    const recent = this.recentOfUnheld.get(key) ?? [];
    this.recentOfUnheld.delete(key);
    this.sides.set(key, { packs: [...packs].sort((a, b) => a.seq - b.seq), pending: [], recent });
    this.noteSide(key);
  }

  private noteSide(key: string): void {
    this.agreeing.clear();
    for (const word of sideLookupWords(key)) {
      const sides = this.sidesByWord.get(word);
      if (sides) sides.add(key);
      else this.sidesByWord.set(word, new Set([key]));
    }
  }

  /** The side key, then the keys of the other sides held or among the recent claims that agree with it (sidesAgree). */
  private agreeingSides(key: string): string[] {
    const known = this.agreeing.get(key);
    if (known) return known;
    const seen = new Set([key]);
    const sides = [key];
    for (const word of sideLookupWords(key)) {
      for (const other of this.sidesByWord.get(word) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        if (sidesAgree(key, other)) sides.push(other);
      }
    }
    this.agreeing.set(key, sides);
    return sides;
  }

  /** Whether the recent packs are held: an index built in memory holds none until it stores some. */
  holdsRecent(): boolean {
    return this.recentPacks !== undefined;
  }

  /** Holds the recent packs as stored (in any order). */
  holdRecent(packs: readonly ClaimPack[]): void {
    this.recentPacks = [...packs].sort((a, b) => a.seq - b.seq);
    for (const claim of this.recentPacks.flatMap(unpacked)) {
      const held = this.sides.get(claim.probe.side);
      if (held) {
        held.recent.push(claim);
        if (!isHalfKey(claim.probe.key)) {
          held.values?.set(claim.probe.key, claim.value);
          held.places?.set(claim.probe.key, claim);
        }
      } else {
        const unheld = this.recentOfUnheld.get(claim.probe.side);
        if (unheld) unheld.push(claim);
        else {
          this.recentOfUnheld.set(claim.probe.side, [claim]);
          this.noteSide(claim.probe.side);
        }
      }
    }
  }

  /** The value of the claim with this key, if its side (held) holds it. */
  valueOf(side: string, key: string): number | undefined {
    return this.valuesOf(this.sideOf(side)).get(key);
  }

  /**
   * The keys of the claims, of a side (held) and of the held sides that agree with it, by value,
   * for these values: one pass over each side. A group's claims may be of sides that agree.
   */
  keysByValue(side: string, values: ReadonlySet<number>): Map<number, string[]> {
    const keys = new Map<number, string[]>();
    this.sideOf(side);
    for (const agreeing of this.agreeingSides(sideKey(side))) {
      const held = this.sides.get(agreeing);
      if (!held) continue;
      for (const [key, value] of this.valuesOf(held)) {
        if (!values.has(value)) continue;
        const list = keys.get(value);
        if (list) list.push(key);
        else keys.set(value, [key]);
      }
    }
    return keys;
  }

  /**
   * A claim of a held side as the index holds it, by its key (no features worked out from its
   * text): undefined when the side is not held or holds no such claim.
   */
  heldClaim(side: string, key: string): PackedClaim | undefined {
    const heldSide = sideKey(side);
    const held = this.sides.get(heldSide);
    const place = held && this.placesOf(held).get(key);
    if (!place) return undefined;
    if (!('keys' in place)) return { side: heldSide, features: place.features };
    // The first copy not forgotten: a claim forgotten and added again may be in one pack twice.
    let claim = place.keys.indexOf(key);
    while (place.values[claim] === FORGOTTEN) claim = place.keys.indexOf(key, claim + 1);
    return { side: heldSide, features: place.features.subarray(place.starts[claim]!, place.starts[claim + 1]!) };
  }

  private placesOf(side: Side): Map<string, ClaimPack | Pending> {
    if (side.places) return side.places;
    const places = new Map<string, ClaimPack | Pending>();
    for (const pack of side.packs) pack.keys.forEach((key, claim) => pack.values[claim] !== FORGOTTEN && !isHalfKey(key) && places.set(key, pack));
    for (const claim of [...side.recent, ...side.pending]) if (!isHalfKey(claim.probe.key)) places.set(claim.probe.key, claim);
    side.places = places;
    return places;
  }

  private valuesOf(side: Side): Map<string, number> {
    if (side.values) return side.values;
    const values = new Map(side.packs.flatMap(packedValues));
    for (const claim of [...side.recent, ...side.pending]) if (!isHalfKey(claim.probe.key)) values.set(claim.probe.key, claim.value);
    side.values = values;
    return values;
  }

  private sideOf(side: string): Side {
    const held = this.sides.get(sideKey(side));
    if (!held) throw new Error(`The claims of side "${side}" are not held.`);
    return held;
  }

  /**
   * The value of the claim most similar to `probe`, if any is the same claim: among the claims of
   * its side (held) and of the sides that agree with it, held or among the recent claims.
   */
  mostSimilar(probe: Probe): number | undefined {
    let best: { value: number; score: number } | undefined;
    this.compareWhole(probe, MATCH_THRESHOLD, (value, similarity) => {
      if (similarity >= MATCH_THRESHOLD && (!best || similarity > best.score)) best = { value, score: similarity };
    });
    return best?.value;
  }

  /**
   * The values of the claims at least `least` similar to `probe` (of the sides mostSimilar
   * looks through), each with its claims' best score.
   */
  similarValues(probe: Probe, least: number): Map<number, number> {
    const found = new Map<number, number>();
    this.compareWhole(probe, least, (value, similarity) => {
      if (similarity >= least && similarity > (found.get(value) ?? 0)) found.set(value, similarity);
    });
    return found;
  }

  /**
   * The values of the claims of the sides that do not agree with `probe`'s at least `least`
   * similar to it (scored as across sides: ./similarity isPinned), neither naming the other's
   * side (namesOtherSide), each with its claims' best score and that claim's side. Two outlets often name one claim's
   * speaker differently ("Sen. Okafor-Lind" / "the Democratic Party"). Only the claims held
   * unpacked are looked through: the recent ones, of whatever side, and those added since, which
   * are where another outlet's copy of a story just read is. A few hundred claims at most, so
   * each is checked for a shared band in turn, with no table to build or keep.
   */
  similarValuesAcrossSides(probe: Probe, least: number): Map<number, SimilarAcrossSides> {
    const agreeing = new Set(this.agreeingSides(probe.side));
    const found = new Map<number, SimilarAcrossSides>();
    const compare = (claims: readonly Pending[]) => {
      for (const asked of withHalves(probe)) {
        this.compareWithClaims(asked, claims, least, (value, similarity, claim) => {
          if (similarity >= least && similarity > (found.get(value)?.score ?? 0) && !namesOtherSide(asked, claim.probe)) found.set(value, { score: similarity, side: claim.probe.side });
        }, true);
      }
    };
    for (const [key, side] of this.sides) {
      if (agreeing.has(key)) continue;
      compare(side.recent);
      compare(side.pending);
    }
    for (const [key, claims] of this.recentOfUnheld) if (!agreeing.has(key)) compare(claims);
    return found;
  }

  /** Scores `probe`, and each of its halves, as compare() does. */
  private compareWhole(probe: Probe, least: number, consider: (value: number, similarity: number) => void): void {
    for (const asked of withHalves(probe)) this.compare(asked, least, consider);
  }

  /**
   * Scores `probe` against the claims sharing a band with it, of its side (held) and of the sides
   * that agree with it; a claim's score is right where it is `least` or more (score).
   */
  private compare(probe: Probe, least: number, consider: (value: number, similarity: number) => void): void {
    this.sideOf(probe.side);
    for (const key of this.agreeingSides(probe.side)) {
      const side = this.sides.get(key);
      if (side) this.compareWithSide(probe, side, least, consider);
      else this.compareWithClaims(probe, this.recentOfUnheld.get(key) ?? [], least, consider);
    }
  }

  /** Scores `probe` against the claims of a held side that share a band with it. */
  private compareWithSide(probe: Probe, side: Side, least: number, consider: (value: number, similarity: number) => void): void {
    const { packs, recent, pending } = side;
    const considerPacked = (pack: ClaimPack, claim: number) => {
      if (pack.values[claim] !== FORGOTTEN && !bothHalves(probe.key, pack.keys[claim]!)) consider(pack.values[claim]!, score(probe, pack.features, pack.starts[claim]!, pack.starts[claim + 1]!, least));
    };
    const full = packs.filter((pack) => claimCount(pack) >= PACK_CAPACITY);
    if (!side.table || full.length - side.table.packs.size > UNTABLED_PACKS) side.table = bandTable(full);
    const table: BandTable = side.table;
    const lookup = ++table.lookups;
    const { entries, refs, outlines } = table;
    const outline = outlineOf(probe);
    for (const band of probe.bands) {
      const bucket = band >>> table.shift;
      for (let i = table.starts[bucket]!, end = table.starts[bucket + 1]!; i < end; i++) {
        if (entries[2 * i] !== band || entries[2 * i + 1] !== (probe.negated ? 1 : 0)) continue;
        const ref = refs[i]!;
        const at = ref * OUTLINE;
        if (outlines[at] === lookup) continue;
        outlines[at] = lookup;
        if (outlineRulesOut(outline, outlines, at, least)) continue;
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
    this.compareWithClaims(probe, recent, least, consider);
    this.compareWithClaims(probe, pending, least, consider);
  }

  /** Scores `probe` against the unpacked claims that share a band with it. `acrossSides`: their sides do not agree with its. */
  private compareWithClaims(
    probe: Probe,
    claims: readonly Pending[],
    least: number,
    consider: (value: number, similarity: number, claim: Pending) => void,
    acrossSides = false,
  ): void {
    for (const claim of claims) {
      const bands = claim.probe.bands;
      if (bothHalves(probe.key, claim.probe.key) || sharedCount(probe.bands, 0, probe.bands.length, bands, 0, bands.length) === 0) continue;
      consider(claim.value, score(probe, claim.features, 0, claim.features.length, least, acrossSides), claim);
    }
  }

  /** Adds a claim, and its halves, to its side (held). */
  add(probe: Probe, value: number): void {
    const side = this.sideOf(probe.side);
    const claim = { probe, value, features: packedClaim(probe).features };
    side.pending.push(claim, ...probe.halves.map((half) => ({ probe: half, value, features: packedClaim(half).features })));
    side.values?.set(probe.key, value);
    side.places?.set(probe.key, claim);
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

  /** Forgets the claims with these keys of the held `side`, and their halves. */
  forget(side: string, keys: readonly string[]): void {
    const forgotten = new Set(keys);
    const key = sideKey(side);
    const held = this.sideOf(side);
    held.pending = held.pending.filter((claim) => !forgotten.has(wholeKey(claim.probe.key)));
    held.recent = held.recent.filter((claim) => !forgotten.has(wholeKey(claim.probe.key)));
    for (const forgottenKey of keys) {
      held.values?.delete(forgottenKey);
      held.places?.delete(forgottenKey);
    }
    for (const pack of [...held.packs, ...(this.recentPacks ?? [])]) {
      pack.keys.forEach((claimKey, claim) => {
        if (!forgotten.has(wholeKey(claimKey)) || (pack.sides?.[claim] ?? pack.side) !== key || pack.values[claim] === FORGOTTEN) return;
        pack.values[claim] = FORGOTTEN;
        this.changed.add(pack);
      });
    }
  }

  /** How many claims the recent packs hold, and how many were added since the last store. */
  private recentCounts(): { recent: number; added: number } {
    let added = 0;
    for (const side of this.sides.values()) added += side.pending.length;
    return { recent: (this.recentPacks ?? []).reduce((sum, pack) => sum + claimCount(pack), 0), added };
  }

  /** Whether the next takeRecentChanges() moves the recent claims into their sides' packs. */
  private movesRecent(): boolean {
    const { recent, added } = this.recentCounts();
    return added > 0 && recent + added > RECENT_CAPACITY;
  }

  /** The sides to hold before the changes are taken: those of recent claims about to move into their packs. */
  sidesToHold(): string[] {
    return this.movesRecent() ? [...this.recentOfUnheld.keys()] : [];
  }

  /**
   * The packs to store since the last call, the claims added since kept together in one new
   * recent pack; once the recent claims would pass RECENT_CAPACITY, every claim moves into its
   * side's packs instead (takeChanges). The recent packs must be held (holdRecent), and the
   * sides given by sidesToHold().
   */
  takeRecentChanges(): PackChanges {
    const recentPacks = this.recentPacks;
    if (!recentPacks) throw new Error('The recent packs are not held.');
    if (this.movesRecent()) return this.takeChanges();
    const added = [...this.sides.values()].flatMap((side) => side.pending);
    if (added.length > 0) {
      const pack = { ...extended(emptyPack(RECENT, (recentPacks.at(-1)?.seq ?? -1) + 1), added), sides: added.map((claim) => claim.probe.side) };
      recentPacks.push(pack);
      this.changed.add(pack);
      for (const side of this.sides.values()) side.recent.push(...side.pending.splice(0));
    }
    return this.drainChanges();
  }

  /** The packs to store since the last call, every claim added (or recent) packed in its side's packs. */
  takeChanges(): PackChanges {
    if (this.recentPacks && this.recentPacks.length > 0) {
      if (this.recentOfUnheld.size > 0) throw new Error('The sides of the recent claims are not all held.');
      for (const side of this.sides.values()) side.pending.unshift(...side.recent.splice(0));
      for (const pack of this.recentPacks) this.changed.delete(pack);
      this.recentPacks = [];
      this.recentMoved = true;
    }
    for (const side of this.sides.values()) this.pack(side);
    return this.drainChanges();
  }

  private drainChanges(): PackChanges {
    const changes = { put: [...this.changed], deleted: this.deleted.splice(0), recentMoved: this.recentMoved };
    this.changed.clear();
    this.recentMoved = false;
    return changes;
  }
}
