// `npm run bench`: the analyzer's speed, printed (not a test). Throughput on 20,000 and 200,000
// words of generated news, against a bare Unicode tokenizing pass over the same text in the same
// run; the seed article warm; and cold start — a fresh Node process importing the bundled
// analyzer, unpacking the model and analyzing the seed, as the background's service worker does.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { analyze } from '../lib/analyzer/index';
import { newsText } from '../tests/fixtures/bench/news';

const root = resolve(import.meta.dirname, '..');
const seedFile = join(root, 'tests', 'fixtures', 'articles', 'seed-kursk.txt');
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{N}]/gu;

function bareTokenPass(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(TOKEN)) count++;
  return count;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Median milliseconds of `runs` calls, after one warm-up call unless told otherwise. */
function time(runs: number, work: () => unknown, warmUp = true): number {
  if (warmUp) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const millions = (x: number) => `${(x / 1e6).toFixed(1)} M`;

/** Analyzer and bare pass over the same text; the analyzer is already warm from earlier runs. */
function throughput(label: string, text: string, runs: number, warmUp: boolean): number {
  const words = wordCount(text);
  const analyzer = time(runs, () => analyze(text), warmUp);
  const bare = time(21, () => bareTokenPass(text));
  const perMinute = (words / analyzer) * 60_000;
  console.log(
    `${label.padEnd(14)} ${String(words).padStart(7)} words  analyzer ${ms(analyzer).padStart(9)}  ` +
      `${millions(perMinute)} words/min  bare token pass ${ms(bare).padStart(7)}  ratio ${(analyzer / bare).toFixed(1)}×  ` +
      `(${((analyzer / words) * 1000).toFixed(2)} ms per 1,000 words)`,
  );
  return analyzer / words;
}

async function bundleAnalyzer(dir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: dir,
      emptyOutDir: true,
      minify: true,
      lib: { entry: join(root, 'lib', 'analyzer', 'index.ts'), formats: ['es'], fileName: () => 'analyzer.mjs' },
    },
  });
  return join(dir, 'analyzer.mjs');
}

const COLD_CHILD = `
const t0 = performance.now();
const { analyze } = await import(process.argv[1]);
const t1 = performance.now();
const claims = analyze(process.argv[2]).claims.length;
const t2 = performance.now();
console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1, claims }));
`;

async function coldStart(seed: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-bench-'));
  try {
    const bundle = await bundleAnalyzer(dir);
    const code = readFileSync(bundle);
    console.log(`bundle         analyzer ${(code.length / 1024).toFixed(0)} KB minified, ${(gzipSync(code).length / 1024).toFixed(0)} KB gzip`);
    const runs: { load: number; first: number; total: number }[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', COLD_CHILD, bundle, seed], { encoding: 'utf8' });
      const process_ = performance.now() - start;
      const { load, first } = JSON.parse(out) as { load: number; first: number };
      runs.push({ load, first, total: process_ });
    }
    runs.sort((a, b) => a.load + a.first - (b.load + b.first));
    const median = runs[2]!;
    console.log(
      `cold start     ${ms(median.load + median.first)} (import + model ${ms(median.load)}, seed analysis ${ms(median.first)}); ` +
        `whole node process ${ms(median.total)}  [median of 5]`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`ClaimLens analyzer benchmark — Node ${process.version}`);
const perWord20k = throughput('20,000 words', newsText(20_000, 1), 7, true);
const perWord200k = throughput('200,000 words', newsText(200_000, 2), 3, false);
console.log(`linearity      cost per word at 200,000 / at 20,000 words: ${(perWord200k / perWord20k).toFixed(2)}`);
if (existsSync(seedFile)) {
  const seed = readFileSync(seedFile, 'utf8');
  console.log(`seed warm      ${ms(time(20, () => analyze(seed)))} (${wordCount(seed)} words, median of 20)`);
  await coldStart(seed);
} else {
  console.log(`seed article missing (${seedFile}): no warm or cold-start figure`);
}
