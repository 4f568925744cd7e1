import { describe, expect, it } from 'vitest';
import {
  AnalysisSchema,
  ArticleSubmissionSchema,
  InvalidMessageError,
  MAX_ARTICLE_LENGTH,
  PageStateSchema,
  parseOrThrow,
} from '../../../lib/messaging/schemas';
import { CLAIM_LIMITS } from '../../../lib/messaging/claim-schema';
import { analysis, submission } from './fixtures';

function expectInvalid(run: () => unknown, ...fragments: string[]): void {
  let error: unknown;
  try {
    run();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(InvalidMessageError);
  for (const fragment of fragments) expect((error as Error).message).toContain(fragment);
}

describe('ArticleSubmissionSchema', () => {
  it('accepts a well-formed submission and drops unknown keys', () => {
    const parsed = parseOrThrow(ArticleSubmissionSchema, { ...submission, extra: 'x' }, 'article submission');
    expect(parsed).toEqual(submission);
  });

  it('accepts the largest allowed sizes', () => {
    const longUrl = `https://news.example/${'a'.repeat(CLAIM_LIMITS.url - 'https://news.example/'.length)}`;
    const parsed = parseOrThrow(
      ArticleSubmissionSchema,
      { url: longUrl, title: 't'.repeat(CLAIM_LIMITS.title), text: 'x'.repeat(MAX_ARTICLE_LENGTH) },
      'article submission',
    );
    expect(parsed.url).toHaveLength(CLAIM_LIMITS.url);
  });

  it('refuses an address within the limit as written but over it as the browser writes it', () => {
    // "https://news.example?q" is written "https://news.example/?q": one character longer.
    const url = `https://news.example?${'q'.repeat(CLAIM_LIMITS.url - 'https://news.example?'.length)}`;
    expect(url).toHaveLength(CLAIM_LIMITS.url);
    expectInvalid(
      () => parseOrThrow(ArticleSubmissionSchema, { ...submission, url }, 'article submission'),
      `url: must be at most ${CLAIM_LIMITS.url} characters once normalised`,
    );
  });

  it.each([
    ['javascript:alert(1)'],
    ['file:///etc/passwd'],
    ['chrome://settings'],
    ['not an address'],
  ])('refuses the address %s', (url) => {
    expectInvalid(
      () => parseOrThrow(ArticleSubmissionSchema, { ...submission, url }, 'article submission'),
      'Invalid article submission',
      'url: must be an http(s) address',
    );
  });

  it('refuses oversized fields, naming each', () => {
    expectInvalid(
      () =>
        parseOrThrow(
          ArticleSubmissionSchema,
          {
            url: `https://news.example/${'a'.repeat(CLAIM_LIMITS.url)}`,
            title: 't'.repeat(CLAIM_LIMITS.title + 1),
            text: 'x'.repeat(MAX_ARTICLE_LENGTH + 1),
          },
          'article submission',
        ),
      `url: must be at most ${CLAIM_LIMITS.url} characters`,
      `title: must be at most ${CLAIM_LIMITS.title} characters`,
      `text: must be at most ${MAX_ARTICLE_LENGTH} characters`,
    );
  });

  it.each([
    [null],
    ['a string'],
    [{ ...submission, text: ['an', 'array'] }],
    [{ ...submission, title: { toString: (): string => 'x' } }],
    [{ url: submission.url, title: submission.title }],
  ])('refuses a value of the wrong shape: %j', (value) => {
    expectInvalid(() => parseOrThrow(ArticleSubmissionSchema, value, 'article submission'), 'Invalid article submission');
  });
});

describe('AnalysisSchema and PageStateSchema', () => {
  it('accepts an analysis and a page state that carries it', () => {
    expect(parseOrThrow(AnalysisSchema, analysis, 'analysis')).toEqual(analysis);
    const state = { url: submission.url, hostname: 'news.example', title: 'T', enabled: true, analysis };
    expect(parseOrThrow(PageStateSchema, state, 'page state')).toEqual(state);
    expect(parseOrThrow(PageStateSchema, { ...state, analysis: null }, 'page state').analysis).toBeNull();
  });

  it('refuses an unknown status with the path of the claim', () => {
    const bad = { ...analysis, claims: [{ ...analysis.claims[0], status: 'false' }] };
    expectInvalid(() => parseOrThrow(AnalysisSchema, bad, 'analysis'), 'Invalid analysis', 'claims.0.status');
  });

  it('refuses occurrences that are not ordered non-negative integer pairs', () => {
    for (const occurrences of [[[5, 2]], [[-1, 3]], [[1.5, 3]], [[1, 2, 3]]]) {
      const bad = { ...analysis, claims: [{ ...analysis.claims[0], occurrences }] };
      expectInvalid(() => parseOrThrow(AnalysisSchema, bad, 'analysis'), 'claims.0.occurrences.0');
    }
  });

  it.each<[string, object, string]>([
    ['an empty id', { id: '' }, 'claims.0.id: must not be empty'],
    ['an empty text', { text: '' }, 'claims.0.text: must not be empty'],
    ['no occurrence', { occurrences: [] }, 'claims.0.occurrences: a claim must occur at least once'],
    ['a stance it does not know', { responses: [{ ...analysis.claims[0]!.responses[0], stance: 'refutes' }] }, 'claims.0.responses.0.stance'],
  ])('refuses a claim with %s', (_, change, problem) => {
    const bad = { ...analysis, claims: [{ ...analysis.claims[0], ...change }] };
    expectInvalid(() => parseOrThrow(AnalysisSchema, bad, 'analysis'), problem);
  });

  it('refuses a page state missing its switch state', () => {
    expectInvalid(
      () => parseOrThrow(PageStateSchema, { url: submission.url, hostname: 'news.example', title: '', analysis: null }, 'page state'),
      'Invalid page state',
      'enabled',
    );
  });

  it('reports at most five problems and counts the rest', () => {
    const claims = Array.from({ length: 8 }, () => ({ ...analysis.claims[0], status: 'nope' }));
    expectInvalid(() => parseOrThrow(AnalysisSchema, { ...analysis, claims }, 'analysis'), '(and 3 more)');
  });
});
