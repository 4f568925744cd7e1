// The main job: the built extension in Chromium on the bundled demo article. Prints the claims
// the extension highlighted and saves a screenshot with the tooltip of a disputed claim open.
// Headless when there is no display; with one, the browser stays open until you close it.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension, servePages } from './lib/chromium';

const root = resolve(import.meta.dirname, '..');
const screenshot = join(root, 'artifacts', 'demo.png');
const headless = !process.env.DISPLAY;

const server = await servePages(join(root, 'tests', 'fixtures', 'pages'));
const profile = await mkdtemp(join(tmpdir(), 'claimlens-demo-'));
const { context } = await launchWithExtension(profile, { headless });
try {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const url = server.url('seed-kursk.html');
  console.log(`ClaimLens demo: ${url}`);
  await page.goto(url);
  await page.locator('[data-claimlens-id]').first().waitFor({ state: 'attached', timeout: 10_000 });

  // The contract attributes alone: one entry per claim id; the first piece of each occurrence
  // is the focusable one, so the first occurrence's text runs up to the next such piece.
  const claims = await page.evaluate(() => {
    const seen = new Map<string, { status: string; label: string; text: string; occurrences: number }>();
    for (const el of document.querySelectorAll<HTMLElement>('[data-claimlens-id]')) {
      const id = el.dataset.claimlensId ?? '';
      const claim = seen.get(id) ?? { status: el.dataset.claimlensStatus ?? '', label: '', text: '', occurrences: 0 };
      if (el.tabIndex === 0) {
        claim.occurrences += 1;
        claim.label ||= el.getAttribute('aria-label') ?? '';
      }
      if (claim.occurrences === 1) claim.text += el.textContent ?? '';
      seen.set(id, claim);
    }
    return [...seen.values()];
  });
  console.log(`${claims.length} claims highlighted:`);
  for (const claim of claims) {
    const times = claim.occurrences > 1 ? ` (${claim.occurrences} times)` : '';
    console.log(`- [${claim.status}] ${claim.label}${times}\n    "${claim.text.trim()}"`);
  }

  const disputed = page.locator('[data-claimlens-status="disputed"]').first();
  if ((await disputed.count()) > 0) {
    await disputed.scrollIntoViewIfNeeded();
    await disputed.hover();
    await page.getByRole('tooltip').waitFor({ timeout: 5_000 });
    console.log(`Tooltip: ${(await page.getByRole('tooltip').innerText()).replace(/\s+/g, ' ')}`);
  }
  await mkdir(join(root, 'artifacts'), { recursive: true });
  await page.screenshot({ path: screenshot });
  console.log(`Screenshot: ${screenshot}`);
  if (!headless) {
    console.log('Close the browser window to end the demo.');
    await new Promise((done) => context.on('close', done));
  }
} finally {
  await context.close();
  await server.close();
  await rm(profile, { recursive: true, force: true });
}
