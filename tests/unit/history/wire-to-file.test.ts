// The messages and the history file share one definition of a claim: whatever analysis the
// messages accept, the history records, and its export is accepted again on import; and each
// size limit is the same number on both sides.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { STATUSES, type Analysis } from '../../../lib/analyzer/types';
import { serializeHistoryFile, toHistoryFile } from '../../../lib/history/export';
import { HistoryFileSchema, type HistoryFile } from '../../../lib/history/history-file';
import { parseHistoryFile } from '../../../lib/history/import';
import { EMPTY_QUERY } from '../../../lib/history/query';
import { clearHistory, importHistory, readHistory, recordPage } from '../../../lib/history/repository';
import { CLAIM_LIMITS } from '../../../lib/messaging/claim-schema';
import { AnalysisSchema, ArticleSubmissionSchema } from '../../../lib/messaging/schemas';
import { claim, DENIAL } from './fixtures';

const NOW = Date.UTC(2026, 10, 26, 10);

// ---------------------------------------------------------------- generated analyses

/** Mostly `usual`, now and then `unusual` (something the messages may refuse). */
const rarely = <T>(usual: fc.Arbitrary<T>, unusual: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 20, arbitrary: usual }, { weight: 1, arbitrary: unusual });

/** Lengths just under, at and just over a limit. */
const around = (limit: number) => fc.constantFrom(limit - 1, limit, limit + 1);

/** Mostly short text of any UTF-16 code units (lone surrogates included), sometimes at a limit's edge or empty. */
const text = (limit: number) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.string({ unit: fc.nat(0xffff).map((code) => String.fromCharCode(code)), maxLength: 24 }) },
    { weight: 6, arbitrary: fc.constantFrom('Russia', 'russia ', ' Ukraine', 'the ministry', 'a\nb', '') },
    { weight: 1, arbitrary: around(limit).map((length) => 'ä'.repeat(length)) },
  );

/** Mostly a few items, sometimes a list at the edge of its limit. */
const list = <T>(item: fc.Arbitrary<T>, limit: number) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.array(item, { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.tuple(item, around(limit)).map(([one, length]) => Array.from({ length }, () => one)) },
  );

const party = fc.record({ name: text(CLAIM_LIMITS.name), side: text(CLAIM_LIMITS.name) });

const response = fc.record({
  by: party,
  stance: rarely(fc.constantFrom('denies', 'unconfirmed', 'supports'), fc.constant('refutes')),
  text: text(CLAIM_LIMITS.passage),
});

const occurrence = rarely(
  fc.tuple(fc.nat(100), fc.nat(100)).map(([start, length]) => [start, start + length]),
  fc.tuple(fc.integer({ min: -1, max: 100 }), fc.integer({ min: -1, max: 100 })),
);

const wireClaim = fc.record(
  {
    id: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('c1', 'c2', 'c3') }, { weight: 2, arbitrary: text(CLAIM_LIMITS.id) }),
    text: text(CLAIM_LIMITS.passage),
    sentence: text(CLAIM_LIMITS.passage),
    cue: text(CLAIM_LIMITS.name),
    asserter: party,
    status: rarely(fc.constantFrom(...STATUSES), fc.constant('false')),
    responses: list(response, CLAIM_LIMITS.responsesPerClaim),
    occurrences: list(occurrence, CLAIM_LIMITS.occurrencesPerClaim),
    extra: fc.string(),
  },
  { requiredKeys: ['id', 'text', 'sentence', 'cue', 'asserter', 'status', 'responses', 'occurrences'] },
);

const analysis = fc.record(
  {
    language: fc.constantFrom('en', 'und'),
    analyzed: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    reason: fc.string(),
    claims: rarely(fc.array(wireClaim, { minLength: 1, maxLength: 4 }), fc.array(wireClaim, { maxLength: 0 })),
  },
  { requiredKeys: ['language', 'analyzed', 'claims'] },
);

/** Addresses the browser writes differently (a slash added, a port or case dropped, letters escaped), near the limit or not. */
const url = fc
  .tuple(
    fc.constantFrom('https://news.example', 'HTTP://News.Example:80', 'https://news.example/world/', 'http://bücher.example/ä', 'ftp://files.example/'),
    fc.string({ unit: fc.constantFrom('a', 'ä', ' ', '/', '?', '#', '%', '"', '\\'), maxLength: 12 }),
    fc.option(fc.integer({ min: -3, max: 3 })),
  )
  .map(([start, path, fromLimit]) => {
    const address = start + path;
    return fromLimit === null ? address : address + 'a'.repeat(Math.max(0, CLAIM_LIMITS.url + fromLimit - address.length));
  });

const visit = fc.record({
  submission: fc.record({ url: fc.oneof(fc.constant('https://news.example/a'), url), title: text(CLAIM_LIMITS.title), text: fc.constant('') }),
  analysis,
});

describe('a claim on the wire and in the history file', () => {
  it('every page recorded from analyses the messages accept is accepted again when its export is imported', async () => {
    let claimsExported = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(visit, { minLength: 1, maxLength: 3 }), async (visits) => {
        fc.pre(visits.every((one) => v.is(ArticleSubmissionSchema, one.submission) && v.is(AnalysisSchema, one.analysis)));
        await clearHistory();
        let kept = 0;
        for (const { submission, analysis } of visits) {
          if (await recordPage(submission.url, submission.title, analysis as Analysis, NOW)) kept += 1;
        }
        const text = serializeHistoryFile(toHistoryFile(await readHistory(EMPTY_QUERY), { filtered: false, exportedAt: new Date(NOW) }));
        const parsed = parseHistoryFile(text);
        if (!parsed.ok) throw new Error(parsed.problem);
        if (kept > 0) expect(parsed.file.pages.length).toBeGreaterThan(0);
        const claims = parsed.file.pages.reduce((sum, page) => sum + page.claims.length, 0);
        claimsExported += claims;
        // And merged back into an empty history, all of it.
        await clearHistory();
        expect(await importHistory(parsed.file)).toMatchObject({ pagesAdded: parsed.file.pages.length, claimsAdded: claims });
      }),
      { numRuns: 100 },
    );
    // The property held on pages that carried claims, not only on empty histories.
    expect(claimsExported).toBeGreaterThan(0);
  }, 120_000);
});

// ---------------------------------------------------------------- the limits, probed

/** Sizes past any limit of a claim: a schema that takes this has no limit. */
const UNLIMITED = 2 ** 20;

/**
 * The largest size `accepts` takes, found by probing (sizes up to it are accepted, larger ones
 * not): the limit as a schema enforces it, whatever constant it was written with.
 */
function largestAccepted(accepts: (size: number) => boolean, from = 1): number {
  if (!accepts(from)) throw new Error(`not even size ${from} is accepted`);
  let low = from;
  let high = from * 2;
  while (accepts(high)) {
    if (high >= UNLIMITED) return Infinity;
    low = high;
    high *= 2;
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (accepts(middle)) low = middle;
    else high = middle;
  }
  return low;
}

const WIRE_CLAIM = claim('c1', 'it has regained control over two villages', { responses: [DENIAL] });

const PAGE_URL = 'https://news.example/a';

function wire(change: object, claims = 1) {
  return { language: 'en', analyzed: true, claims: Array.from({ length: claims }, () => ({ ...WIRE_CLAIM, ...change })) };
}

function file(change: object, page: object = {}, claims = 1): HistoryFile {
  const { occurrences, ...rest } = WIRE_CLAIM;
  const filed = { ...rest, count: occurrences.length, firstSeen: NOW, lastSeen: NOW, ...change };
  return {
    format: 'claimlens-history',
    version: 1,
    exportedAt: new Date(NOW).toISOString(),
    filtered: false,
    pages: [{ url: PAGE_URL, outlet: 'news.example', title: 'T', firstSeen: NOW, lastSeen: NOW, claims: Array.from({ length: claims }, () => filed), ...page }],
    marks: [],
  } as HistoryFile;
}

const x = (length: number) => 'x'.repeat(length);
const named = (name: string, side = 'Russia') => ({ name, side });

/** For each limit: what the messages accept of that size, what the history file accepts of it, and the limit. */
const LIMITED: [string, (size: number) => unknown, (size: number) => unknown, number][] = [
  ['claim id', (n) => wire({ id: x(n) }), (n) => file({ id: x(n) }), CLAIM_LIMITS.id],
  ['claim text', (n) => wire({ text: x(n) }), (n) => file({ text: x(n) }), CLAIM_LIMITS.passage],
  ['sentence', (n) => wire({ sentence: x(n) }), (n) => file({ sentence: x(n) }), CLAIM_LIMITS.passage],
  ['cue', (n) => wire({ cue: x(n) }), (n) => file({ cue: x(n) }), CLAIM_LIMITS.name],
  ['asserter name', (n) => wire({ asserter: named(x(n)) }), (n) => file({ asserter: named(x(n)) }), CLAIM_LIMITS.name],
  ['asserter side', (n) => wire({ asserter: named('a', x(n)) }), (n) => file({ asserter: named('a', x(n)) }), CLAIM_LIMITS.name],
  [
    'response text',
    (n) => wire({ responses: [{ ...WIRE_CLAIM.responses[0], text: x(n) }] }),
    (n) => file({ responses: [{ ...WIRE_CLAIM.responses[0], text: x(n) }] }),
    CLAIM_LIMITS.passage,
  ],
  [
    'responding side',
    (n) => wire({ responses: [{ ...WIRE_CLAIM.responses[0], by: named('b', x(n)) }] }),
    (n) => file({ responses: [{ ...WIRE_CLAIM.responses[0], by: named('b', x(n)) }] }),
    CLAIM_LIMITS.name,
  ],
  [
    'responses per claim',
    (n) => wire({ responses: Array.from({ length: n }, () => WIRE_CLAIM.responses[0]) }),
    (n) => file({ responses: Array.from({ length: n }, () => WIRE_CLAIM.responses[0]) }),
    CLAIM_LIMITS.responsesPerClaim,
  ],
  [
    'occurrences per claim (the count the history keeps)',
    (n) => wire({ occurrences: Array.from({ length: n }, () => [0, 1]) }),
    (n) => file({ count: n }),
    CLAIM_LIMITS.occurrencesPerClaim,
  ],
  ['claims per page', (n) => wire({}, n), (n) => file({}, {}, n), CLAIM_LIMITS.claimsPerPage],
];

describe('the limits of a claim', () => {
  it.each(LIMITED)('%s: the same number on the wire and in the history file', (_, onWire, inFile, limit) => {
    const wireLimit = largestAccepted((size) => v.is(AnalysisSchema, onWire(size)));
    const fileLimit = largestAccepted((size) => v.is(HistoryFileSchema, inFile(size)));
    expect(wireLimit).toBe(limit);
    expect(fileLimit).toBe(limit);
    // Just over: refused by both.
    expect(v.is(AnalysisSchema, onWire(limit + 1))).toBe(false);
    expect(v.is(HistoryFileSchema, inFile(limit + 1))).toBe(false);
  });

  it.each<[string, unknown, unknown]>([
    ['an empty claim id', wire({ id: '' }), file({ id: '' })],
    ['an empty claim text', wire({ text: '' }), file({ text: '' })],
    ['a claim that never occurs', wire({ occurrences: [] }), file({ count: 0 })],
  ])('%s is refused by both', (_, onWire, inFile) => {
    expect(v.is(AnalysisSchema, onWire)).toBe(false);
    expect(v.is(HistoryFileSchema, inFile)).toBe(false);
  });

  it('a page address: the same limit as written, and as the browser normalises it', () => {
    const address = (length: number) => `${PAGE_URL}/${x(length - PAGE_URL.length - 1)}`;
    const submitted = (length: number) => ({ url: address(length), title: 'T', text: '' });
    const shortest = PAGE_URL.length + 2;
    expect(largestAccepted((length) => v.is(ArticleSubmissionSchema, submitted(length)), shortest)).toBe(CLAIM_LIMITS.url);
    expect(largestAccepted((length) => v.is(HistoryFileSchema, file({}, { url: address(length) })), shortest)).toBe(CLAIM_LIMITS.url);
    // At the limit as written, one over once the browser adds the path's slash.
    const slashless = `https://news.example?${x(CLAIM_LIMITS.url - 'https://news.example?'.length)}`;
    expect(slashless).toHaveLength(CLAIM_LIMITS.url);
    expect(v.is(ArticleSubmissionSchema, { url: slashless, title: 'T', text: '' })).toBe(false);
    expect(v.is(HistoryFileSchema, file({}, { url: slashless }))).toBe(false);
  });

  it('a page title: the same limit on the wire and in the file', () => {
    expect(largestAccepted((length) => v.is(ArticleSubmissionSchema, { url: PAGE_URL, title: x(length), text: '' }))).toBe(CLAIM_LIMITS.title);
    expect(largestAccepted((length) => v.is(HistoryFileSchema, file({}, { title: x(length) })))).toBe(CLAIM_LIMITS.title);
  });
});
