// The history's figures in a real Chromium IndexedDB (issue 6): fills 100,000 claim occurrences
// from 5,000 pages in the extension's service worker (through the history's import), then times
// recording, searching, opening the history page, export and claim matching. Prints figures;
// it is not a test. Run `npm run build` first.
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Rollup } from 'vite';
import { launchWithExtension } from './lib/chromium';

const TARGETS: [pattern: RegExp, ms: number][] = [
  [/^record one page/, 20],
  [/^(search|filter|claim groups)/, 50],
  [/^open the history page/, 300],
  [/^export everything/, 3000],
  [/^match a new claim/, 5],
];

/** The harness and the modules it times, as one script to evaluate in the extension. */
async function harnessScript(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve(import.meta.dirname, 'lib/history-bench-harness.ts'), formats: ['iife'], name: 'claimlensHistoryBenchBundle' },
    },
  })) as Rollup.RollupOutput[];
  return output[0]!.output[0].code;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function report(name: string, times: number[]): void {
  const target = TARGETS.find(([pattern]) => pattern.test(name))?.[1];
  const median = percentile(times, 50);
  const verdict = target === undefined ? '' : median < target ? `  (target < ${target} ms: met)` : `  (target < ${target} ms: MISSED)`;
  console.log(
    `${name.padEnd(58)} median ${median.toFixed(1).padStart(8)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(8)} ms   n=${times.length}${verdict}`,
  );
}

function load(): string {
  return loadavg().map((value) => value.toFixed(1)).join(' / ');
}

console.log(`Machine: ${cpus().length} cores, load average (1 / 5 / 15 min) ${load()} at the start.`);
// Filling takes minutes on a busy machine: with CLAIMLENS_BENCH_PROFILE set, the filled browser
// profile is kept in that folder and the next run measures it again without filling.
const keptProfile = process.env.CLAIMLENS_BENCH_PROFILE;
const profile = keptProfile ?? (await mkdtemp(join(tmpdir(), 'claimlens-bench-history-')));
const browser = await launchWithExtension(profile);
try {
  const { context, extensionId, serviceWorker } = browser;
  await serviceWorker.evaluate(await harnessScript());
  type Filled = { pages: number; occurrences: number; fillMs: number; openMs: number };
  type Measured = { figures: Record<string, number[]>; requestsPerRecord: number[]; recordRequestKinds: Record<string, number>; requestsPerSearch: Record<string, number> };
  type Bench = { fill: (reuse: boolean) => Promise<Filled>; measure: () => Promise<Measured> };
  const filled = await serviceWorker.evaluate(
    (reuse) => (globalThis as unknown as { claimlensHistoryBench: Bench }).claimlensHistoryBench.fill(reuse),
    keptProfile !== undefined,
  );
  console.log(
    filled.fillMs < 0
      ? `Reused the history kept in ${profile}: ${filled.occurrences} claim occurrences from ${filled.pages} pages; opening it (with any schema upgrade) took ${(filled.openMs / 1000).toFixed(1)} s.`
      : `Filled ${filled.occurrences} claim occurrences from ${filled.pages} pages through the history's import (claims filed into groups as recording files them) in ${(filled.fillMs / 1000).toFixed(1)} s.`,
  );
  const usage = await serviceWorker.evaluate(() => navigator.storage.estimate());
  console.log(`Storage used: ${((usage.usage ?? 0) / 1024 / 1024).toFixed(0)} MB\n`);

  const { figures, requestsPerRecord, recordRequestKinds, requestsPerSearch } = await serviceWorker.evaluate(() => (globalThis as unknown as { claimlensHistoryBench: Bench }).claimlensHistoryBench.measure());
  for (const [name, times] of Object.entries(figures)) report(name, times);
  // The fill filed every claim in this worker, which still holds them all.
  if (filled.fillMs >= 0) console.log('(filled in this worker: its first record read no claim packs; run again on the kept profile for a started worker\'s)');
  console.log(`(recording one page made ${percentile(requestsPerRecord, 50)} IndexedDB requests, median)`);
  console.log(`(a record's requests by table and method, mean: ${Object.entries(recordRequestKinds).map(([kind, count]) => `${kind} ${count.toFixed(1)}`).join('; ')})`);
  // Requests do not vary with the machine's load as times do.
  console.log(`(IndexedDB requests for the first 25 pages: ${Object.entries(requestsPerSearch).map(([name, count]) => `${name} ${count}`).join('; ')})`);

  // Opening the history page, in a new tab each time as a reader opens it (navigating one tab
  // again would time the last page's teardown too): navigation start to the first frame with
  // rows in it. Polled from the moment the navigation commits: waiting for the load event first
  // would time Playwright's own round trips whenever the rows come before it.
  const opens: number[] = [];
  const steps: number[] = [];
  let first = 0;
  for (let run = 0; run < 6; run++) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/history.html`, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(() => document.querySelector('article') !== null && performance.now(), undefined, { polling: 'raf' });
    first = await page.locator('article').count();
    const step = await page.waitForFunction(() => document.querySelectorAll('article').length >= 25 && performance.now(), undefined, { polling: 'raf' });
    // The first load also compiles the page's code.
    if (run > 0) {
      opens.push((await handle.jsonValue()) as number);
      steps.push((await step.jsonValue()) as number);
    }
    await page.close();
  }
  report('open the history page to first rows', opens);
  report('history page with its first 25 pages laid out', steps);
  console.log(`\n(the history page shows ${first} pages at first; the rest of its first step follows once they are shown)`);
  console.log(`Load average at the end: ${load()}.`);
} finally {
  await browser.context.close();
  if (!keptProfile) await rm(profile, { recursive: true, force: true });
}
