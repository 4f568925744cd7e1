// Bundled by scripts/bench-history.ts and evaluated in the extension's service worker: fills the
// real history database with a synthetic history and times the repository's operations there.
import { EMPTY_QUERY, type HistoryQuery } from '../../lib/history/query';
import { HISTORY_FILE_FORMAT, HISTORY_FILE_VERSION, type HistoryFile, type HistoryFileClaim } from '../../lib/history/history-file';
import { STATUSES, type Analysis, type Claim, type ClaimResponse } from '../../lib/analyzer/types';
import { historyDb } from '../../lib/history/db';
import { clearHistory, findGroup, groupsOfPages, importHistory, listGroups, listPageRows, recordPage } from '../../lib/history/repository';
import { exportHistory } from '../../lib/history/transfer';

/** A small deterministic random number generator (mulberry32), so every run fills the same history. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SIDES = ['Russia', 'Ukraine', 'United States', 'Israel', 'Hamas', 'China', 'Taiwan', 'Iran', 'European Union', 'NATO', 'Sudan', 'India'];
const ASSERTERS = ['the Defense Ministry', 'the foreign ministry', 'a government spokesperson', 'the military', 'the president', 'officials'];
const SUBJECTS = ['its forces', 'its troops', 'the army', 'air defence units', 'its navy', 'special forces', 'its artillery', 'drone units'];
const VERBS: [string, string][] = [
  ['regained control over', 'retook'],
  ['captured', 'seized'],
  ['shot down', 'intercepted'],
  ['struck', 'hit'],
  ['encircled', 'surrounded'],
  ['withdrew from', 'pulled out of'],
  ['killed', 'killed'],
  ['wounded', 'injured'],
  ['destroyed', 'destroyed'],
  ['repelled an assault on', 'repelled an attack on'],
  ['cut supply lines to', 'cut supply lines to'],
  ['mined', 'laid mines around'],
  ['evacuated', 'evacuated'],
  ['fortified', 'fortified'],
  ['shelled', 'bombarded'],
  ['blockaded', 'blockaded'],
];
const OBJECTS = [
  'villages', 'drones', 'missiles', 'soldiers', 'tanks', 'positions', 'bridges', 'depots', 'civilians', 'fighters',
  'ships', 'aircraft', 'ammunition dumps', 'command posts', 'radar stations', 'fuel depots', 'rail junctions', 'airfields',
  'howitzers', 'armoured vehicles', 'helicopters', 'trenches', 'checkpoints', 'power substations', 'ports', 'warehouses',
  'launchers', 'boats', 'hospitals', 'schools', 'factories', 'dams', 'pipelines', 'mercenaries', 'sabotage groups',
  'supply convoys', 'observation posts', 'logistics hubs', 'training camps', 'border posts',
];
const PLACE_PARTS = ['Nov', 'Kras', 'Bel', 'Zap', 'Sud', 'Pok', 'Mar', 'Kup', 'Lyp', 'Vol', 'Chas', 'Tor', 'Ugl', 'Kher', 'Av', 'Dob', 'Rob', 'Sel', 'Vuh', 'Kur'];
const PLACE_ENDS = ['ivka', 'ohorivka', 'zha', 'orod', 'yansk', 'ove', 'iv', 'yar', 'etsk', 'opil', 'sk', 'dar', 'ynka', 'ne', 'ky'];
const REGIONS = ['Donetsk', 'Kursk', 'Kharkiv', 'Zaporizhzhia', 'Kherson', 'Belgorod', 'Luhansk', 'Sumy', 'Bryansk', 'Dnipropetrovsk', 'Gaza', 'Rafah', 'Khan Younis', 'Darfur', 'Khartoum', 'Kashmir', 'Taiwan Strait', 'Red Sea', 'Golan', 'Idlib'];
const MODIFIERS = [
  'overnight', 'on Sunday', 'on Monday', 'at dawn', 'in a counteroffensive', 'with precision weapons', 'using glide bombs',
  'after heavy fighting', 'in a night raid', 'with artillery support', 'in a coordinated operation', 'during a ceasefire',
  'with Western-supplied weapons', 'in a drone attack', 'in a special operation', 'along the front line',
  'in the past 24 hours', 'this week', 'for the first time', 'despite bad weather',
];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

interface BaseClaim {
  side: string;
  asserter: string;
  verb: [string, string];
  count: string;
  object: string;
  place: string;
  region: string;
  modifiers: string[];
}

function makeBaseClaims(count: number, next: () => number): BaseClaim[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: count }, () => ({
    side: pick(SIDES),
    asserter: pick(ASSERTERS),
    verb: pick(VERBS),
    count: String(2 + Math.floor(next() * 400)),
    object: pick(OBJECTS),
    place: `${pick(PLACE_PARTS)}${pick(PLACE_ENDS)}`,
    region: pick(REGIONS),
    modifiers: Array.from({ length: Math.floor(next() * 3) }, () => pick(MODIFIERS)),
  }));
}

/** One outlet's wording of a base claim: the verb, the number's form and a trailing clause vary. */
function wording(base: BaseClaim, next: () => number): string {
  const subject = SUBJECTS[Math.floor(next() * SUBJECTS.length)]!;
  const verb = next() < 0.5 ? base.verb[0] : base.verb[1];
  const small = Number(base.count) <= 10 && next() < 0.5 ? NUMBER_WORDS[Number(base.count) - 2]! : base.count;
  const modifiers = base.modifiers.filter(() => next() < 0.8).join(' ');
  const tail = next() < 0.3 ? ', according to a statement released on its website' : '';
  return `${subject} ${verb} ${small} ${base.object} near ${base.place} in the ${base.region} region ${modifiers}${tail}`.replace(/\s+/g, ' ').trim();
}

function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193);
  return `c${(value >>> 0).toString(36)}`;
}

function fileClaim(base: BaseClaim, text: string, time: number, next: () => number): HistoryFileClaim {
  const status = STATUSES[Math.floor(next() * STATUSES.length)]!;
  const other = SIDES[(SIDES.indexOf(base.side) + 1) % SIDES.length]!;
  const responses: ClaimResponse[] =
    status === 'uncontested' ? [] : [{ by: { name: `the ${other} government`, side: other }, stance: status === 'disputed' ? 'denies' : status === 'supported' ? 'supports' : 'unconfirmed', text: `${other} said the report was ${status === 'disputed' ? 'false' : 'under review'}.` }];
  return {
    id: hash(text),
    text,
    sentence: `${base.asserter} of ${base.side} said ${text}.`,
    cue: 'said',
    asserter: { name: `${base.asserter} of ${base.side}`, side: base.side },
    status,
    responses,
    count: 1,
    firstSeen: time,
    lastSeen: time,
  };
}

const PAGES = 5000;
const CLAIMS_PER_PAGE = 20;
const DAY = 24 * 60 * 60 * 1000;
let bases: BaseClaim[] = [];
let next = random(1);

/** The synthetic history: PAGES pages of CLAIMS_PER_PAGE claims each, many claims worded differently on several pages. */
function makeHistory(): HistoryFile['pages'] {
  next = random(20261126);
  bases = makeBaseClaims(30_000, next);
  const now = Date.now();
  return Array.from({ length: PAGES }, (_, index) => {
    const time = now - (PAGES - index) * (DAY / 20);
    const seen = new Set<string>();
    const claims: HistoryFileClaim[] = [];
    while (claims.length < CLAIMS_PER_PAGE) {
      const base = bases[Math.floor(next() * bases.length)]!;
      const claim = fileClaim(base, wording(base, next), time, next);
      if (seen.has(claim.id)) continue;
      seen.add(claim.id);
      claims.push(claim);
    }
    const outlet = `outlet-${index % 60}.test`;
    return { url: `https://${outlet}/story/${index}`, outlet, title: `Story ${index} from the front`, firstSeen: time, lastSeen: time, claims };
  });
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
  const claims: Claim[] = Array.from({ length: CLAIMS_PER_PAGE }, (_, index) => {
    const base = index % 2 === 0 ? bases[Math.floor(next() * bases.length)]! : makeBaseClaims(1, next)[0]!;
    const filed = fileClaim(base, wording(base, next), 0, next);
    return { id: filed.id, text: filed.text, sentence: filed.sentence, cue: filed.cue, asserter: filed.asserter, status: filed.status, responses: filed.responses, occurrences: [[0, 10]] };
  });
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
