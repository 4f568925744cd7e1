// Page benchmark: the built extension in Chromium on the seed page and on a 20,000-word live
// blog. Prints, for each: time from DOMContentLoaded (document_idle follows it) to the last
// highlight, with a cold background (first page after launch) and a warm one (a reload); the
// longest main-thread task from DOMContentLoaded on (the extension's work; the page's own loading
// before it is printed apart); DOM nodes the extension added; and the content script's size
// minified and gzipped. On the live blog, a live update too: new entries posted on top of the warm
// page, with the time from the post to their last highlight and the longest task meanwhile.
// Figures only: nothing here passes or fails.
//
// Tasks are read from a Chrome trace of the page's main thread, with the CPU time of each beside
// its wall time: on a busy machine the OS deschedules the renderer in the middle of a task, which
// makes a long task out of a short one (a 57 ms "task" with 0.2 ms of work has been seen).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { newsText } from '../tests/fixtures/bench/news';
import { chromiumPath, extensionDir, launchWithExtension, servePages } from './lib/chromium';

const root = resolve(import.meta.dirname, '..');

interface Bench {
  marks: number[];
  added: number;
}

/** Records, from before the page's own scripts run, when highlights were added. */
const probe = () => {
  const w = window as unknown as { __bench: Bench };
  w.__bench = { marks: [], added: 0 };
  new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes) {
        if (n instanceof Element && (n.localName.startsWith('claimlens') || n.hasAttribute('data-claimlens'))) {
          w.__bench.added += 1 + n.querySelectorAll('*').length;
          w.__bench.marks.push(performance.now());
        }
      }
  }).observe(document, { childList: true, subtree: true });
};

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, in µs. */
  tdur?: number;
  args?: { data?: { isOutermostMainFrame?: boolean; message?: string } };
}

interface Tasks {
  /** Longest task from DOMContentLoaded on: wall time, and the CPU time of the task with the most. */
  longestMs: number;
  longestCpuMs: number;
  /** Tasks over 50 ms of wall time, and of CPU time. */
  over50: number;
  over50Cpu: number;
  /** The page's own loading: the longest task before DOMContentLoaded. */
  pageMs: number;
}

/** Stamped on the page's main thread where a traced stretch without a page load starts. */
const START_STAMP = 'claimlens-bench-start';

/** The page's main thread and where the extension's work starts: its DOMContentLoaded, or the start stamp. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number; from: number } {
  const start =
    events.filter((e) => e.name === 'MarkDOMContent' && e.args?.data?.isOutermostMainFrame).at(-1) ??
    events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === START_STAMP);
  if (!start) throw new Error('neither DOMContentLoaded nor a start stamp in the trace');
  return { pid: start.pid, tid: start.tid, from: start.ts };
}

/** The top-level tasks of the page's main thread, split where the extension's work starts. */
function mainThreadTasks(events: TraceEvent[]): Tasks {
  const main = mainThread(events);
  const runs = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X')
    .filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks: TraceEvent[] = [];
  for (const run of runs) {
    const last = tasks.at(-1);
    if (!last || run.ts >= last.ts + last.dur!) tasks.push(run);
  }
  const after = tasks.filter((task) => task.ts + task.dur! > main.from);
  const ms = (µs = 0) => µs / 1000;
  return {
    longestMs: Math.max(0, ...after.map((task) => ms(task.dur))),
    longestCpuMs: Math.max(0, ...after.map((task) => ms(task.tdur ?? task.dur))),
    over50: after.filter((task) => ms(task.dur) > 50).length,
    over50Cpu: after.filter((task) => ms(task.tdur ?? task.dur) > 50).length,
    pageMs: Math.max(0, ...tasks.filter((task) => task.ts + task.dur! <= main.from).map((task) => ms(task.dur))),
  };
}

/** Runs `load` with the page's renderer traced; the trace's tasks come back with its result. */
async function traced<T>(page: Page, load: () => Promise<T>): Promise<T & { tasks: Tasks }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline', transferMode: 'ReportEvents' });
  const result = await load();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return { ...result, tasks: mainThreadTasks(events) };
}

/** Highlights on the page, read with a plain evaluate: Playwright's locators inject a large script
 * whose first evaluation (60 ms and more) would count as a task of the page. */
const highlightCount = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-claimlens-id]').length);

/**
 * Waits (30 s at most) for the page's highlight count to leave `before`, then for it to settle:
 * no new highlight for `settleMs`. Returns the settled count.
 */
async function settledHighlights(page: Page, before: number, settleMs: number, failure: string): Promise<number> {
  for (const start = Date.now(); (await highlightCount(page)) === before; ) {
    if (Date.now() - start > 30_000) throw new Error(failure);
    await page.waitForTimeout(50);
  }
  let count = -1;
  for (;;) {
    const now = await highlightCount(page);
    if (now === count) return count;
    count = now;
    await page.waitForTimeout(settleMs);
  }
}

async function measure(page: Page, url: string, reload: boolean) {
  if (reload) await page.reload();
  else await page.goto(url);
  await settledHighlights(page, 0, 1_000, `no highlight on ${url}`);
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: Bench }).__bench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      lastHighlightMs: Math.max(...b.marks) - nav.domContentLoadedEventEnd,
      highlights: document.querySelectorAll('[data-claimlens-id]').length,
      nodesAdded: b.added,
    };
  });
}

const entryHtml = (p: string, i: number) =>
  `<article class="entry"><time>${String(9 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}</time><p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p></article>`;

function liveBlog(words: number): string {
  const entries = newsText(words, 7).split(/\n\n+/).map(entryHtml);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live: the war, day by day</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><h1>Live: the war, day by day</h1><section class="live-blog">${entries.join('\n')}</section></main>
<footer>© Example News</footer></body></html>`;
}

/** Posts new entries on top of the live blog, as its page script would, and waits for their highlights. */
async function liveUpdate(page: Page) {
  const before = await highlightCount(page);
  const html = newsText(300, 11).split(/\n\n+/).map(entryHtml).join('');
  const postedAt = await page.evaluate(
    ([entries, stamp]) => {
      const w = window as unknown as { __bench: Bench };
      w.__bench.marks = [];
      console.timeStamp(stamp);
      document.querySelector('.live-blog')!.insertAdjacentHTML('afterbegin', entries);
      return performance.now();
    },
    [html, START_STAMP] as const,
  );
  const count = await settledHighlights(page, before, 1_500, 'the live update was not highlighted');
  const lastMark = await page.evaluate(() => Math.max(...(window as unknown as { __bench: Bench }).__bench.marks));
  return { lastHighlightMs: lastMark - postedAt, newHighlights: count - before };
}

const describeTasks = ({ longestMs, longestCpuMs, over50, over50Cpu }: Tasks, from = 'DOMContentLoaded') =>
  `longest main-thread task after ${from} ${longestMs.toFixed(0)} ms wall / ${longestCpuMs.toFixed(0)} ms CPU ` +
  `(over 50 ms: ${over50} by wall time, ${over50Cpu} by CPU time)`;

const pagesDir = await mkdtemp(join(tmpdir(), 'claimlens-bench-pages-'));
await writeFile(join(pagesDir, 'seed-kursk.html'), await readFile(join(root, 'tests/fixtures/pages/seed-kursk.html')));
await writeFile(join(pagesDir, 'live-blog.html'), liveBlog(20_000));
const server = await servePages(pagesDir);

const content = await readFile(join(extensionDir, 'content-scripts', 'content.js'));
console.log(`content script: ${(content.length / 1024).toFixed(1)} KB minified, ${(gzipSync(content).length / 1024).toFixed(1)} KB gzipped`);

/** The page's own tasks after DOMContentLoaded without the extension: its first layout, its scripts. */
async function withoutExtension(url: string): Promise<Tasks> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP *.test 127.0.0.1'],
  });
  try {
    const page = await browser.newPage();
    const { tasks } = await traced(page, async () => {
      await page.goto(url);
      await page.waitForTimeout(2_000);
      return {};
    });
    return tasks;
  } finally {
    await browser.close();
  }
}

for (const file of ['seed-kursk.html', 'live-blog.html']) {
  console.log(`${file} without the extension: ${describeTasks(await withoutExtension(server.url(file)))}`);
  const profile = await mkdtemp(join(tmpdir(), 'claimlens-bench-'));
  const { context } = await launchWithExtension(profile);
  try {
    await context.addInitScript(probe);
    const page = await context.newPage();
    const url = server.url(file);
    const cold = await traced(page, () => measure(page, url, false));
    const warm = await traced(page, () => measure(page, url, true));
    for (const [label, m] of [['cold', cold], ['warm', warm]] as const) {
      console.log(
        `${file} (${label} background): last highlight ${m.lastHighlightMs.toFixed(0)} ms after DOMContentLoaded; ` +
          `${describeTasks(m.tasks)}; page's own loading: ${m.tasks.pageMs.toFixed(0)} ms; ` +
          `${m.highlights} highlight elements; ${m.nodesAdded} nodes added`,
      );
    }
    if (file === 'live-blog.html') {
      const update = await traced(page, () => liveUpdate(page));
      console.log(
        `${file} (live update, warm): last new highlight ${update.lastHighlightMs.toFixed(0)} ms after the post; ` +
          `${describeTasks(update.tasks, 'the post')}; ${update.newHighlights} new highlight elements`,
      );
    }
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}
await server.close();
await rm(pagesDir, { recursive: true, force: true });
