// Validators for everything that crosses a message boundary. Whatever arrives is untrusted until
// it passes one of these: a page can feed its content script anything, so the background checks
// submissions, and the popup checks what a tab's content script tells it.
import * as v from 'valibot';
import { STATUSES, type Analysis, type Claim } from '../analyzer/types';
import type { ArticleSubmission, PageState } from './protocol';

export const MAX_URL_LENGTH = 2048;
export const MAX_TITLE_LENGTH = 1000;
export const MAX_ARTICLE_LENGTH = 3_000_000;
/** Bounds on an analysis, generous for a 20,000-word live blog yet finite. */
const MAX_CLAIMS = 5000;
const MAX_PASSAGE_LENGTH = 50_000;
const MAX_NAME_LENGTH = 1000;
const MAX_RESPONSES = 200;
const MAX_OCCURRENCES = 10_000;

export function isHttpAddress(address: string): boolean {
  try {
    const { protocol } = new URL(address);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

const httpAddress = v.pipe(
  v.string(),
  v.maxLength(MAX_URL_LENGTH, `must be at most ${MAX_URL_LENGTH} characters`),
  v.check(isHttpAddress, 'must be an http(s) address'),
);

const boundedString = (max: number) => v.pipe(v.string(), v.maxLength(max, `must be at most ${max} characters`));

export const ArticleSubmissionSchema = v.object({
  url: httpAddress,
  title: boundedString(MAX_TITLE_LENGTH),
  text: boundedString(MAX_ARTICLE_LENGTH),
}) satisfies v.GenericSchema<unknown, ArticleSubmission>;

const PartySchema = v.object({
  name: boundedString(MAX_NAME_LENGTH),
  side: boundedString(MAX_NAME_LENGTH),
});

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

const OccurrenceSchema = v.pipe(
  v.strictTuple([offset, offset]),
  v.check(([start, end]) => start <= end, 'an occurrence must not end before it starts'),
);

const ClaimSchema = v.object({
  id: boundedString(MAX_NAME_LENGTH),
  text: boundedString(MAX_PASSAGE_LENGTH),
  sentence: boundedString(MAX_PASSAGE_LENGTH),
  cue: boundedString(MAX_NAME_LENGTH),
  asserter: PartySchema,
  status: v.picklist(STATUSES),
  responses: v.pipe(
    v.array(
      v.object({
        by: PartySchema,
        stance: v.picklist(['denies', 'unconfirmed', 'supports']),
        text: boundedString(MAX_PASSAGE_LENGTH),
      }),
    ),
    v.maxLength(MAX_RESPONSES, `must have at most ${MAX_RESPONSES} responses`),
  ),
  occurrences: v.pipe(
    v.array(OccurrenceSchema),
    v.maxLength(MAX_OCCURRENCES, `must have at most ${MAX_OCCURRENCES} occurrences`),
  ),
}) satisfies v.GenericSchema<unknown, Claim>;

export const AnalysisSchema = v.object({
  language: boundedString(16),
  analyzed: v.boolean(),
  reason: v.optional(boundedString(MAX_NAME_LENGTH)),
  claims: v.pipe(v.array(ClaimSchema), v.maxLength(MAX_CLAIMS, `must have at most ${MAX_CLAIMS} claims`)),
}) satisfies v.GenericSchema<unknown, Analysis>;

export const PageStateSchema = v.object({
  url: httpAddress,
  hostname: boundedString(MAX_URL_LENGTH),
  title: boundedString(MAX_TITLE_LENGTH),
  enabled: v.boolean(),
  analysis: v.nullable(AnalysisSchema),
}) satisfies v.GenericSchema<unknown, PageState>;

/** A message that failed validation; its text names what was wrong and where. */
export class InvalidMessageError extends Error {
  override name = 'InvalidMessageError';
}

const MAX_REPORTED_ISSUES = 5;

/**
 * Returns `value` as the schema's output (unknown keys dropped) or throws an InvalidMessageError
 * naming `what` was received and up to five problems with their paths, e.g.
 * "Invalid article submission: url: must be an http(s) address".
 */
export function parseOrThrow<const TSchema extends v.GenericSchema>(
  schema: TSchema,
  value: unknown,
  what: string,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const problems = result.issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = result.issues.length - problems.length;
  throw new InvalidMessageError(
    `Invalid ${what}: ${problems.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`,
  );
}
