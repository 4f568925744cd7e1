// `npm run bench`: the analyzer's speed, printed (not a test). Throughput on 20,000 and 200,000
// words of generated news, against a bare Unicode tokenizing pass over the same text in the same
// run; the time of each stage; the seed article warm; and cold start — a fresh Node process importing the bundled
// analyzer, unpacking the model and analyzing the seed, as the background's service worker does.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { analyze, type Stage } from '../lib/analyzer/index';
import { readText } from '../lib/analyzer/nlp';
import { newsText } from '../tests/fixtures/bench/news';
import { countryDataPlugin } from './lib/country-data-plugin';

const root = resolve(import.meta.dirname, '..');
const seedFile = join(root, 'tests', 'fixtures', 'articles', 'seed-kursk.txt');
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{N}]/gu;

function bareTokenPass(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(TOKEN)) count++;
  return count;
}

/**
 * The project's own articles (tests/articles) one after another, whole paragraphs, to about
 * `words` words: real prose, denser in claims than the generated news, and with typographic
 * quotes and dashes, which make a string two-byte and every pass over it slower.
 */
function articlesText(words: number): string {
  const dir = join(root, 'tests', 'articles');
  const paragraphs = readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .flatMap((file) => readFileSync(join(dir, file), 'utf8').split(/\n\s*\n/));
  const taken: string[] = [];
  for (let count = 0, i = 0; count < words; i++) {
    const paragraph = paragraphs[i % paragraphs.length]!;
    taken.push(paragraph);
    count += wordCount(paragraph);
  }
  return taken.join('\n\n');
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function elapsed(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** Median milliseconds of `runs` calls, after one warm-up call. */
function time(runs: number, work: () => unknown): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(elapsed(work));
  return median(times);
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const millions = (x: number) => `${(x / 1e6).toFixed(1)} M`;
/** Bare passes per analyzer run: one pass is short enough for a single scheduler hiccup to skew it. */
const BARE_PER_ROUND = 5;

/**
 * Analyzer and bare pass over the same text, interleaved round by round so that both see the same
 * load on a shared machine; the ratio is the median of the per-round ratios. Both are warm: V8
 * takes about ten analyses to settle (the first ones take 2–5× as long), so `warmUps` untimed
 * rounds of each come first; the first analysis's own time is printed beside the steady figure.
 * The analyzer's CPU time (all threads, GC included) is printed too: on a busy machine it moves
 * less than the wall time. So is the share of wink-nlp's reading (tokens, sentences, parts of
 * speech: nlp.ts alone), the floor under every later stage.
 */
function throughput(label: string, text: string, rounds: number, warmUps: number): number {
  const words = wordCount(text);
  const first = elapsed(() => analyze(text));
  for (let i = 0; i < warmUps; i++) {
    if (i > 0) analyze(text);
    readText(text);
    for (let k = 0; k < BARE_PER_ROUND; k++) bareTokenPass(text);
  }
  const analyzerTimes: number[] = [];
  const cpuTimes: number[] = [];
  const bareTimes: number[] = [];
  const ratios: number[] = [];
  const readingRatios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const cpu = process.cpuUsage();
    const analyzer = elapsed(() => analyze(text));
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    const reading = elapsed(() => readText(text));
    const bare = median(Array.from({ length: BARE_PER_ROUND }, () => elapsed(() => bareTokenPass(text))));
    analyzerTimes.push(analyzer);
    bareTimes.push(bare);
    ratios.push(analyzer / bare);
    readingRatios.push(reading / bare);
  }
  const analyzer = median(analyzerTimes);
  const perMinute = (words / analyzer) * 60_000;
  console.log(
    `${label.padEnd(14)} ${String(words).padStart(7)} words  analyzer ${ms(analyzer).padStart(9)}  ` +
      `${millions(perMinute)} words/min  bare token pass ${ms(median(bareTimes)).padStart(7)}  ratio ${median(ratios).toFixed(1)}× ` +
      `(wink-nlp's reading alone ${median(readingRatios).toFixed(1)}×)  ` +
      `(${((analyzer / words) * 1000).toFixed(2)} ms per 1,000 words; CPU time ${ms(median(cpuTimes))}; medians of ${rounds} rounds after ${warmUps} warm-up rounds; ` +
      `first analysis in this process ${ms(first)})`,
  );
  return analyzer / words;
}

/** Where the analyzer's time goes: median milliseconds per stage over `rounds` warm runs. */
function stageTimes(label: string, text: string, rounds: number): void {
  const times = new Map<Stage, number[]>();
  for (let i = 0; i < rounds; i++) {
    let last = performance.now();
    analyze(text, (ended) => {
      const now = performance.now();
      times.set(ended, [...(times.get(ended) ?? []), now - last]);
      last = now;
    });
  }
  const parts = [...times].map(([stage, xs]) => `${stage} ${median(xs).toFixed(1)}`);
  console.log(`stages         ${parts.join(' · ')} ms  (${label}; sentences include wink-nlp's reading; medians of ${rounds})`);
}

async function bundleAnalyzer(dir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [countryDataPlugin()],
    build: {
      // The extension's target (wxt.config.ts): an older one makes esbuild rewrite the analyzer's
      // Unicode-property regex literals into `new RegExp(...)` calls rebuilt on every use, which
      // made the bundle 3× slower than the extension and even changed its claims.
      target: 'es2022',
      outDir: dir,
      emptyOutDir: true,
      minify: true,
      lib: { entry: join(root, 'lib', 'analyzer', 'index.ts'), formats: ['es'], fileName: () => 'analyzer.mjs' },
    },
  });
  return join(dir, 'analyzer.mjs');
}

// CPU time (all threads) is reported beside wall time: on a busy machine it moves far less.
const COLD_CHILD = `
const c0 = process.cpuUsage();
const t0 = performance.now();
const { analyze } = await import(process.argv[1]);
const t1 = performance.now();
const claims = analyze(process.argv[2]).claims.length;
const t2 = performance.now();
const used = process.cpuUsage(c0);
console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1, cpu: (used.user + used.system) / 1000, claims }));
`;

// The bundle as shipped, warm on the 20,000 words, settled as the in-process figures above are.
const BUNDLE_WARM_CHILD = `
const { analyze } = await import(process.argv[1]);
const text = (await import('node:fs')).readFileSync(process.argv[2], 'utf8');
for (let i = 0; i < 10; i++) analyze(text);
const times = [];
for (let i = 0; i < 7; i++) { const t = performance.now(); analyze(text); times.push(performance.now() - t); }
console.log(times.sort((a, b) => a - b)[3]);
`;

async function coldStart(seed: string, news20k: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-bench-'));
  try {
    const bundle = await bundleAnalyzer(dir);
    const code = readFileSync(bundle);
    console.log(`bundle         analyzer ${(code.length / 1024).toFixed(0)} KB minified, ${(gzipSync(code).length / 1024).toFixed(0)} KB gzip`);
    const newsFile = join(dir, 'news.txt');
    writeFileSync(newsFile, news20k);
    const warm = Number(execFileSync(process.execPath, ['--input-type=module', '-e', BUNDLE_WARM_CHILD, bundle, newsFile], { encoding: 'utf8' }));
    console.log(`bundle warm    ${ms(warm)} on the 20,000 words (${millions((wordCount(news20k) / warm) * 60_000)} words/min)  [median of 7 after 10 warm-up runs]`);
    const runs: { load: number; first: number; cpu: number; total: number }[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', COLD_CHILD, bundle, seed], { encoding: 'utf8' });
      const process_ = performance.now() - start;
      const { load, first, cpu } = JSON.parse(out) as { load: number; first: number; cpu: number };
      runs.push({ load, first, cpu, total: process_ });
    }
    runs.sort((a, b) => a.load + a.first - (b.load + b.first));
    const middle = runs[2]!;
    const cpu = median(runs.map((r) => r.cpu));
    console.log(
      `cold start     ${ms(middle.load + middle.first)} (import + model ${ms(middle.load)}, seed analysis ${ms(middle.first)}; CPU time ${ms(cpu)}); ` +
        `whole node process ${ms(middle.total)}  [median of 5]`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`ClaimLens analyzer benchmark — Node ${process.version}`);
const news20k = newsText(20_000, 1);
const perWord20k = throughput('20,000 words', news20k, 11, 10);
stageTimes('20,000 words', news20k, 11);
const articles20k = articlesText(20_000);
throughput('articles 20k', articles20k, 11, 10);
stageTimes('the articles', articles20k, 11);
const perWord200k = throughput('200,000 words', newsText(200_000, 2), 5, 4);
console.log(`linearity      cost per word at 200,000 / at 20,000 words: ${(perWord200k / perWord20k).toFixed(2)}`);
if (existsSync(seedFile)) {
  const seed = readFileSync(seedFile, 'utf8');
  console.log(`seed warm      ${ms(time(20, () => analyze(seed)))} (${wordCount(seed)} words, median of 20)`);
  await coldStart(seed, news20k);
} else {
  console.log(`seed article missing (${seedFile}): no warm or cold-start figure`);
}
