// Validators for everything that crosses a message boundary. Whatever arrives is untrusted until
// it passes one of these: a page can feed its content script anything, so the background checks
// submissions, and the popup checks what a tab's content script tells it.
import * as v from 'valibot';
import type { Analysis, Claim } from '../analyzer/types';
import {
  boundedString,
  CLAIM_LIMITS,
  claimEntries,
  HttpAddressSchema,
  listOf,
  OccurrencesSchema,
  PageTitleSchema,
} from './claim-schema';
import type { ArticleSubmission, PageState } from './protocol';

export const MAX_ARTICLE_LENGTH = 3_000_000;

export const ArticleSubmissionSchema = v.object({
  url: HttpAddressSchema,
  title: PageTitleSchema,
  text: boundedString(MAX_ARTICLE_LENGTH),
}) satisfies v.GenericSchema<unknown, ArticleSubmission>;

const ClaimSchema = v.object({ ...claimEntries('drop'), occurrences: OccurrencesSchema }) satisfies v.GenericSchema<unknown, Claim>;

export const AnalysisSchema = v.object({
  language: boundedString(16),
  analyzed: v.boolean(),
  reason: v.optional(boundedString(CLAIM_LIMITS.name)),
  claims: listOf(ClaimSchema, CLAIM_LIMITS.claimsPerPage, 'claims'),
}) satisfies v.GenericSchema<unknown, Analysis>;

export const PageStateSchema = v.object({
  url: HttpAddressSchema,
  hostname: boundedString(CLAIM_LIMITS.url),
  title: PageTitleSchema,
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
