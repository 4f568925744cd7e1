// The history's JSON file format (version 1): what export writes and import accepts, with the
// bounds that keep a hostile file from exhausting memory or storing absurd values.
import * as v from 'valibot';
import { STATUSES } from '../analyzer/types';
import { isHttpAddress } from '../messaging/schemas';

export const HISTORY_FILE_FORMAT = 'claimlens-history';
export const HISTORY_FILE_VERSION = 1;

export const LIMITS = {
  fileBytes: 256 * 1024 * 1024,
  pages: 200_000,
  claimsPerPage: 5_000,
  responsesPerClaim: 200,
  marks: 200_000,
  url: 2048,
  title: 1000,
  name: 1000,
  passage: 50_000,
  id: 200,
} as const;

const bounded = (max: number) => v.pipe(v.string(), v.maxLength(max, `must be at most ${max} characters`));
const nonEmpty = (max: number) => v.pipe(bounded(max), v.minLength(1, 'must not be empty'));
// Epoch milliseconds within what Date can represent.
const time = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0), v.maxValue(8.64e15));
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, `must have at most ${max} entries`));

const PartySchema = v.strictObject({ name: bounded(LIMITS.name), side: bounded(LIMITS.name) });

const ClaimSchema = v.strictObject({
  id: nonEmpty(LIMITS.id),
  text: nonEmpty(LIMITS.passage),
  sentence: bounded(LIMITS.passage),
  cue: bounded(LIMITS.name),
  asserter: PartySchema,
  status: v.picklist(STATUSES),
  responses: list(
    v.strictObject({
      by: PartySchema,
      stance: v.picklist(['denies', 'unconfirmed', 'supports']),
      text: bounded(LIMITS.passage),
    }),
    LIMITS.responsesPerClaim,
  ),
  count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000)),
  firstSeen: time,
  lastSeen: time,
});

const PageSchema = v.pipe(
  v.strictObject({
    url: v.pipe(bounded(LIMITS.url), v.check(isHttpAddress, 'must be an http(s) address')),
    outlet: bounded(LIMITS.url),
    title: bounded(LIMITS.title),
    firstSeen: time,
    lastSeen: time,
    claims: list(ClaimSchema, LIMITS.claimsPerPage),
  }),
  v.check((page) => page.firstSeen <= page.lastSeen, 'firstSeen must not be after lastSeen'),
);

const MarkSchema = v.strictObject({
  claimId: nonEmpty(LIMITS.id),
  side: bounded(LIMITS.name),
  verdict: nonEmpty(LIMITS.name),
  note: bounded(LIMITS.passage),
  markedAt: time,
});

export const HistoryFileSchema = v.strictObject({
  format: v.literal(HISTORY_FILE_FORMAT, `must be "${HISTORY_FILE_FORMAT}"`),
  version: v.literal(HISTORY_FILE_VERSION, `must be ${HISTORY_FILE_VERSION} (the only version this ClaimLens reads)`),
  exportedAt: bounded(64),
  /** True when the file holds only what a search or filter showed. */
  filtered: v.boolean(),
  pages: list(PageSchema, LIMITS.pages),
  marks: list(MarkSchema, LIMITS.marks),
});

export type HistoryFile = v.InferOutput<typeof HistoryFileSchema>;
export type HistoryFilePage = HistoryFile['pages'][number];
export type HistoryFileClaim = HistoryFilePage['claims'][number];
export type HistoryFileMark = HistoryFile['marks'][number];
