// The one definition of a claim and the page it was seen on, with their size limits, wherever
// they cross a trust boundary: a message between the extension's parts (./schemas) and the
// history's JSON file (../history/history-file). Both build on these, so a page the history
// records from an analysis the messages accept is never refused when its export is imported.
import * as v from 'valibot';
import { STATUSES, type ClaimResponse, type Party, type Stance } from '../analyzer/types';
import { isHttpAddress } from './http-address';

export const CLAIM_LIMITS = {
  /** A page's address, both as written and as the browser normalises it. */
  url: 2048,
  title: 1000,
  /** A claim's id (the analyzer's is a short hash). */
  id: 200,
  /** A party's name or side, a reporting cue. */
  name: 1000,
  /** A claim's text or sentence, a response's text. */
  passage: 50_000,
  responsesPerClaim: 200,
  occurrencesPerClaim: 10_000,
  claimsPerPage: 5000,
} as const;

// Checked against the type: a stance added to it cannot be left out here.
const STANCES = Object.keys({ denies: 0, unconfirmed: 0, supports: 0 } satisfies Record<Stance, 0>) as Stance[];

/** Whether the address, as `new URL` writes it, is within the limit (true when the other checks refuse it). */
function fitsOnceNormalised(address: string): boolean {
  if (address.length > CLAIM_LIMITS.url) return true;
  try {
    return new URL(address).href.length <= CLAIM_LIMITS.url;
  } catch {
    return true;
  }
}

export const boundedString = (max: number) => v.pipe(v.string(), v.maxLength(max, `must be at most ${max} characters`));

export const nonEmptyString = (max: number) => v.pipe(boundedString(max), v.minLength(1, 'must not be empty'));

/** An array of at most `max` items; `what` names them in the message ("claims"). */
export const listOf = <TItem extends v.GenericSchema>(item: TItem, max: number, what: string) =>
  v.pipe(v.array(item), v.maxLength(max, `must have at most ${max} ${what}`));

/**
 * An http(s) address within the limit also once normalised (`new URL(address).href`, how the
 * history keeps it): normalising can lengthen an address ("https://x.example" gains a slash).
 */
export const HttpAddressSchema = v.pipe(
  boundedString(CLAIM_LIMITS.url),
  v.check(isHttpAddress, 'must be an http(s) address'),
  v.check(fitsOnceNormalised, `must be at most ${CLAIM_LIMITS.url} characters once normalised`),
);

export const PageTitleSchema = boundedString(CLAIM_LIMITS.title);

export const ClaimIdSchema = nonEmptyString(CLAIM_LIMITS.id);

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Where a claim's text appears in the analyzed text: at least once (the analyzer found it there). */
export const OccurrencesSchema = v.pipe(
  v.array(
    v.pipe(
      v.strictTuple([offset, offset]),
      v.check(([start, end]) => start <= end, 'an occurrence must not end before it starts'),
    ),
  ),
  v.minLength(1, 'a claim must occur at least once'),
  v.maxLength(CLAIM_LIMITS.occurrencesPerClaim, `must have at most ${CLAIM_LIMITS.occurrencesPerClaim} occurrences`),
);

/** How many times a claim appears on a page, as the history keeps it: its occurrences counted. */
export const OccurrenceCountSchema = v.pipe(
  v.number(),
  v.integer('must be a whole number'),
  v.minValue(1, 'a claim must occur at least once'),
  v.maxValue(CLAIM_LIMITS.occurrencesPerClaim, `must be at most ${CLAIM_LIMITS.occurrencesPerClaim}`),
);

/** What an object does with keys it does not know: a message drops them, a history file is refused. */
export type UnknownKeys = 'drop' | 'refuse';

function objectOf<TEntries extends v.ObjectEntries>(entries: TEntries, unknownKeys: UnknownKeys) {
  return unknownKeys === 'drop' ? v.object(entries) : v.strictObject(entries);
}

/**
 * The fields of a claim as the analyzer writes them and the history keeps them per page, with
 * its asserter's and responses' shapes. A message's claim adds its occurrences; a history
 * file's claim adds its count and when it was seen.
 */
export function claimEntries(unknownKeys: UnknownKeys) {
  const PartySchema = objectOf(
    { name: boundedString(CLAIM_LIMITS.name), side: boundedString(CLAIM_LIMITS.name) },
    unknownKeys,
  ) satisfies v.GenericSchema<unknown, Party>;
  const ClaimResponseSchema = objectOf(
    { by: PartySchema, stance: v.picklist(STANCES), text: boundedString(CLAIM_LIMITS.passage) },
    unknownKeys,
  ) satisfies v.GenericSchema<unknown, ClaimResponse>;
  return {
    id: ClaimIdSchema,
    text: nonEmptyString(CLAIM_LIMITS.passage),
    sentence: boundedString(CLAIM_LIMITS.passage),
    cue: boundedString(CLAIM_LIMITS.name),
    asserter: PartySchema,
    status: v.picklist(STATUSES),
    responses: listOf(ClaimResponseSchema, CLAIM_LIMITS.responsesPerClaim, 'responses'),
  };
}
