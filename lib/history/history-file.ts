// The history's JSON file format (version 1): what export writes and import accepts, with the
// bounds that keep a hostile file from exhausting memory or storing absurd values. A claim and
// its page are shaped and bounded as in messages (../messaging/claim-schema), so whatever the
// history recorded, its export can be imported again.
import * as v from 'valibot';
import {
  boundedString,
  CLAIM_LIMITS,
  ClaimIdSchema,
  claimEntries,
  HttpAddressSchema,
  listOf,
  nonEmptyString,
  OccurrenceCountSchema,
  PageTitleSchema,
} from '../messaging/claim-schema';

export const HISTORY_FILE_FORMAT = 'claimlens-history';
export const HISTORY_FILE_VERSION = 1;

/** The file's own bounds; a claim's and a page's are CLAIM_LIMITS, as in messages. */
export const LIMITS = {
  fileBytes: 256 * 1024 * 1024,
  pages: 200_000,
  marks: 200_000,
} as const;

// Epoch milliseconds within what Date can represent.
const time = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0), v.maxValue(8.64e15));

const ClaimSchema = v.strictObject({ ...claimEntries('refuse'), count: OccurrenceCountSchema, firstSeen: time, lastSeen: time });

const PageSchema = v.pipe(
  v.strictObject({
    url: HttpAddressSchema,
    outlet: boundedString(CLAIM_LIMITS.url),
    title: PageTitleSchema,
    firstSeen: time,
    lastSeen: time,
    claims: listOf(ClaimSchema, CLAIM_LIMITS.claimsPerPage, 'claims'),
  }),
  v.check((page) => page.firstSeen <= page.lastSeen, 'firstSeen must not be after lastSeen'),
);

const MarkSchema = v.strictObject({
  claimId: ClaimIdSchema,
  side: boundedString(CLAIM_LIMITS.name),
  verdict: nonEmptyString(CLAIM_LIMITS.name),
  note: boundedString(CLAIM_LIMITS.passage),
  markedAt: time,
});

export const HistoryFileSchema = v.strictObject({
  format: v.literal(HISTORY_FILE_FORMAT, `must be "${HISTORY_FILE_FORMAT}"`),
  version: v.literal(HISTORY_FILE_VERSION, `must be ${HISTORY_FILE_VERSION} (the only version this ClaimLens reads)`),
  exportedAt: boundedString(64),
  /** True when the file holds only what a search or filter showed. */
  filtered: v.boolean(),
  pages: listOf(PageSchema, LIMITS.pages, 'pages'),
  marks: listOf(MarkSchema, LIMITS.marks, 'marks'),
});

export type HistoryFile = v.InferOutput<typeof HistoryFileSchema>;
export type HistoryFilePage = HistoryFile['pages'][number];
export type HistoryFileClaim = HistoryFilePage['claims'][number];
export type HistoryFileMark = HistoryFile['marks'][number];
