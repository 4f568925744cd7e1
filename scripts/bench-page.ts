// Page benchmark: the built extension in Chromium on the seed page and on a 20,000-word live
// blog. Prints, for each: time from DOMContentLoaded (document_idle follows it) to the last
// highlight, with a cold background (first page after launch) and a warm one (a reload); the
// longest main-thread task from document_idle on (the extension's work; the page's own parsing
// before it is printed apart); DOM nodes the extension added; and the
// content script's size minified and gzipped. Figures only: nothing here passes or fails.
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
  /** Long tasks as [start, duration]. */
  tasks: [number, number][];
  added: number;
}

/** Records, from before the page's own scripts run, when highlights were added and long tasks. */
const probe = () => {
  const w = window as unknown as { __bench: Bench };
  w.__bench = { marks: [], tasks: [], added: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
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

async function measure(page: Page, url: string, reload: boolean) {
  if (reload) await page.reload();
  else await page.goto(url);
  await page.locator('[data-claimlens-id]').first().waitFor({ state: 'attached', timeout: 30_000 });
  // Settle: no new highlight for a second.
  let count = -1;
  for (;;) {
    const now = await page.locator('[data-claimlens-id]').count();
    if (now === count) break;
    count = now;
    await page.waitForTimeout(1_000);
  }
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: Bench }).__bench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const idle = nav.domContentLoadedEventEnd;
    // Tasks before document_idle are the page's own parsing; after it, the extension's work.
    return {
      lastHighlightMs: Math.max(...b.marks) - idle,
      // (Inline: tsx wraps named helpers in a function that does not exist in the page.)
      longestTaskMs: Math.max(0, ...b.tasks.filter(([start]) => start >= idle).map(([, duration]) => duration)),
      pageTaskMs: Math.max(0, ...b.tasks.filter(([start]) => start < idle).map(([, duration]) => duration)),
      highlights: document.querySelectorAll('[data-claimlens-id]').length,
      nodesAdded: b.added,
    };
  });
}

function liveBlog(words: number): string {
  const entries = newsText(words, 7)
    .split(/\n\n+/)
    .map((p, i) => `<article class="entry"><time>${String(9 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}</time><p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p></article>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live: the war, day by day</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><h1>Live: the war, day by day</h1><section class="live-blog">${entries.join('\n')}</section></main>
<footer>© Example News</footer></body></html>`;
}

const pagesDir = await mkdtemp(join(tmpdir(), 'claimlens-bench-pages-'));
await writeFile(join(pagesDir, 'seed-kursk.html'), await readFile(join(root, 'tests/fixtures/pages/seed-kursk.html')));
await writeFile(join(pagesDir, 'live-blog.html'), liveBlog(20_000));
const server = await servePages(pagesDir);

const content = await readFile(join(extensionDir, 'content-scripts', 'content.js'));
console.log(`content script: ${(content.length / 1024).toFixed(1)} KB minified, ${(gzipSync(content).length / 1024).toFixed(1)} KB gzipped`);

/** The page's own longest task after document_idle without the extension: its first layout, its scripts. */
async function withoutExtension(url: string): Promise<number> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP *.test 127.0.0.1'],
  });
  try {
    const page = await browser.newPage();
    await page.addInitScript(probe);
    await page.goto(url);
    await page.waitForTimeout(2_000);
    return await page.evaluate(() => {
      const b = (window as unknown as { __bench: Bench }).__bench;
      const idle = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd;
      return Math.max(0, ...b.tasks.filter(([start]) => start >= idle).map(([, duration]) => duration));
    });
  } finally {
    await browser.close();
  }
}

for (const file of ['seed-kursk.html', 'live-blog.html']) {
  const baseline = await withoutExtension(server.url(file));
  console.log(`${file} without the extension: longest main-thread task after document_idle ${baseline.toFixed(0)} ms`);
  const profile = await mkdtemp(join(tmpdir(), 'claimlens-bench-'));
  const { context } = await launchWithExtension(profile);
  try {
    await context.addInitScript(probe);
    const page = await context.newPage();
    const url = server.url(file);
    const cold = await measure(page, url, false);
    const warm = await measure(page, url, true);
    for (const [label, m] of [['cold', cold], ['warm', warm]] as const) {
      console.log(
        `${file} (${label} background): last highlight ${m.lastHighlightMs.toFixed(0)} ms after DOMContentLoaded; ` +
          `longest main-thread task after document_idle ${m.longestTaskMs.toFixed(0)} ms ` +
          `(page's own loading: ${m.pageTaskMs.toFixed(0)} ms); ${m.highlights} highlight elements; ${m.nodesAdded} nodes added`,
      );
    }
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}
await server.close();
await rm(pagesDir, { recursive: true, force: true });

