// Bundled by scripts/bench-history.ts and evaluated in the extension's service worker: fills the
// real history database with a synthetic history and times the repository's operations there.
import { EMPTY_QUERY, type HistoryQuery } from '../../lib/history/query';
import { HISTORY_FILE_FORMAT, HISTORY_FILE_VERSION, type HistoryFile } from '../../lib/history/history-file';
import type { Analysis } from '../../lib/analyzer/types';
import { historyDb } from '../../lib/history/db';
import { clearHistory, findGroup, groupsOfPages, importHistory, listGroups, listPageRows, recordPage } from '../../lib/history/repository';
import { exportHistory } from '../../lib/history/transfer';
import { CLAIMS_PER_PAGE, DAY, freshClaims, makeBaseClaims, PAGES, random, syntheticHistory, wording, type BaseClaim } from './synthetic-history';

let bases: BaseClaim[] = [];
let next = random(1);

function makeHistory(): HistoryFile['pages'] {
  const history = syntheticHistory((next = random(20261126)));
  bases = history.bases;
  return history.pages;
}

/** How many claim occurrences the history holds: each page keeps its own in one record. */
async function countOccurrences(): Promise<number> {
  let count = 0;
  await historyDb.pageOccurrences.each((row) => (count += row.occurrences.length));
  return count;
}

/** Pages imported per transaction while filling. */
const FILL_STEP = 100;

/**
 * Fills the database the way the extension builds a history: through the repository's import,
 * which files each page's claims into groups as recording does, a step of pages per transaction
 * (recording 5,000 pages one by one takes longer than a benchmark should). With `reuse`, a history
 * already filled is measured as it is.
 */
async function fill(reuse: boolean): Promise<{ pages: number; occurrences: number; fillMs: number; openMs: number }> {
  const opening = performance.now();
  await historyDb.open();
  const openMs = performance.now() - opening;
  if (reuse && (await historyDb.pages.count()) >= PAGES) {
    makeHistory(); // sets the base claims that the measures word anew
    next = random(Date.now() >>> 0); // new wordings: the last run's are already recorded
    return { pages: await historyDb.pages.count(), occurrences: await countOccurrences(), fillMs: -1, openMs };
  }
  await clearHistory();
  const pages = makeHistory();
  const start = performance.now();
  for (let step = 0; step < pages.length; step += FILL_STEP) {
    await importHistory({ format: HISTORY_FILE_FORMAT, version: HISTORY_FILE_VERSION, exportedAt: '', filtered: false, pages: pages.slice(step, step + FILL_STEP), marks: [] });
  }
  return { pages: pages.length, occurrences: pages.length * CLAIMS_PER_PAGE, fillMs: performance.now() - start, openMs };
}

/** IndexedDB requests made so far: every request goes through one of these methods. */
let requests = 0;
/** The requests made so far by kind: "table.method", or "table[index].method". */
const requestKinds = new Map<string, number>();
for (const prototype of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Record<string, unknown>[]) {
  for (const name of ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor', 'put', 'add', 'delete', 'clear']) {
    const method = prototype[name] as ((...args: unknown[]) => unknown) | undefined;
    if (!method) continue;
    prototype[name] = function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
      requests += 1;
      const kind = this instanceof IDBIndex ? `${this.objectStore.name}[${this.name}].${name}` : `${this.name}.${name}`;
      requestKinds.set(kind, (requestKinds.get(kind) ?? 0) + 1);
      return method.apply(this, args);
    };
  }
}

/** The requests of each kind made since `before` (a copy of requestKinds), per run of `runs`, the most first. */
function requestKindsSince(before: ReadonlyMap<string, number>, runs: number): Record<string, number> {
  const made = [...requestKinds].map(([kind, count]): [string, number] => [kind, (count - (before.get(kind) ?? 0)) / runs]);
  return Object.fromEntries(made.filter(([, count]) => count > 0).sort(([, a], [, b]) => b - a));
}

async function time(runs: number, task: (run: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await task(run);
    times.push(performance.now() - start);
  }
  return times;
}

/** Told apart from the pages recorded by earlier runs on a kept history. */
const RUN = Date.now().toString(36);

/** A freshly read page: 20 claims, half of them other outlets' wordings of known claims. */
interface FreshPage {
  url: string;
  title: string;
  analysis: Analysis;
}

function freshPage(run: number): FreshPage {
  const claims = freshClaims(bases, next);
  return { url: `https://fresh-${run % 7}.test/story/${RUN}-${run}`, title: `Fresh story ${run}`, analysis: { language: 'en', analyzed: true, claims } };
}

/**
 * Times recording each page; the pages are made up before, so that only recording is timed.
 * Counts each record's IndexedDB requests into `requestsPerRecord` when given.
 */
function timeRecords(pages: readonly FreshPage[], requestsPerRecord?: number[]): Promise<number[]> {
  return time(pages.length, async (run) => {
    const before = requests;
    const { url, title, analysis } = pages[run]!;
    await recordPage(url, title, analysis);
    requestsPerRecord?.push(requests - before);
  });
}

const SEARCHES: [string, HistoryQuery][] = [
  ['search "villages" (common word)', { ...EMPTY_QUERY, text: 'villages' }],
  ['search a place name', { ...EMPTY_QUERY, text: 'kupyar' }],
  ['search "the military of iran"', { ...EMPTY_QUERY, text: 'military of iran' }],
  ['filter status = disputed', { ...EMPTY_QUERY, status: 'disputed' }],
  ['filter side = Taiwan', { ...EMPTY_QUERY, side: 'Taiwan' }],
  ['filter outlet', { ...EMPTY_QUERY, outlet: 'outlet-7.test' }],
  ['filter last 7 days + status', { ...EMPTY_QUERY, from: Date.now() - 7 * DAY, status: 'supported' }],
  ['search with no match (scans all)', { ...EMPTY_QUERY, text: 'zzzz-nothing' }],
];

/** The IndexedDB requests `task` makes. */
async function requestsOf(task: () => Promise<unknown>): Promise<number> {
  const before = requests;
  await task();
  return requests - before;
}

async function measure(): Promise<{
  figures: Record<string, number[]>;
  requestsPerRecord: number[];
  recordRequestKinds: Record<string, number>;
  requestsPerSearch: Record<string, number>;
}> {
  const figures: Record<string, number[]> = {};
  // The first record after the worker starts reads the packed claims of its sides (./claim-index).
  figures['first record after the worker starts (reads the claim packs)'] = await timeRecords([freshPage(100)]);
  const requestsPerRecord: number[] = [];
  const pages = Array.from({ length: 40 }, (_, run) => freshPage(run));
  const kindsBefore = new Map(requestKinds);
  figures['record one page (20 claims)'] = await timeRecords(pages, requestsPerRecord);
  const recordRequestKinds = requestKindsSince(kindsBefore, pages.length);
  // First results: the pages and their claims; the history page shows each claim's group (where
  // else it was seen) once read, as listed apart here.
  const requestsPerSearch: Record<string, number> = {};
  for (const [name, query] of SEARCHES) {
    const rows = await listPageRows(query, 25);
    requestsPerSearch[name] = await requestsOf(() => listPageRows(query, 25));
    figures[`${name}, first 25 pages`] = await time(5, () => listPageRows(query, 25));
    figures[`  then the groups of its ${rows.pages.reduce((sum, page) => sum + page.claims.length, 0)} claims (${name})`] = await time(5, () => groupsOfPages(rows.pages));
  }
  figures['claim groups where outlets disagree, first 25'] = await time(5, () => listGroups({ text: '', disagreeing: true }, 25));
  const probes = Array.from({ length: 100 }, () => {
    const base = next() < 0.5 ? bases[Math.floor(next() * bases.length)]! : makeBaseClaims(1, next)[0]!;
    return { side: base.side, text: wording(base, next) };
  });
  figures['match a new claim against all groups'] = await time(probes.length, (run) => findGroup(probes[run]!.side, probes[run]!.text));
  figures['export everything as JSON'] = await time(2, async () => (await exportHistory('json')).content.length);
  figures['export everything as CSV'] = await time(2, async () => (await exportHistory('csv')).content.length);
  return { figures, requestsPerRecord, recordRequestKinds, requestsPerSearch };
}

(globalThis as { claimlensHistoryBench?: unknown }).claimlensHistoryBench = { fill, measure };
