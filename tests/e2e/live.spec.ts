// Pages that change while read: a live blog growing at both ends, a single-page app swapping the
// article, a huge batch of new nodes. And the tooltip's behaviour on such pages: viewport, scroll,
// narrow and zoomed layouts, dark pages, reduced motion, keyboard. One browser for the whole file.
import type { BrowserContext, Page } from '@playwright/test';
import type { PageServer } from '../../scripts/lib/chromium';
import { expect, sharedTest as test } from './fixtures';
import { expectClaims, loadExpectations } from './expectations';
import { collectErrors, paintedClaims } from './helpers';

const expected = new Map(loadExpectations().map((page) => [page.name, page]));

test('live blog: a new post on top is highlighted once; an entry loaded below is read without highlighting twice', async ({
  context,
  pages,
}) => {
  const blog = expected.get('live-blog')!;
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(pages.url('live-blog.html', 'live.test'));
  await expectClaims(page, 'live-blog', blog.claims);
  // One announced (first) piece per occurrence: counts occurrences in the entries already there.
  const earlier = page.locator('#entry-1, #entry-2, #entry-3').locator('[data-claimlens-id][aria-label]');
  const occurrences = await earlier.count();
  expect(occurrences).toBeGreaterThan(0);
  // Earlier highlights stay the same elements through updates: kept, not taken off and painted again.
  const keptMarks = () =>
    page.evaluate(() => {
      const seen = window as unknown as { __earlierMarks?: Element[] };
      const now = [...document.querySelectorAll('#entry-1 [data-claimlens-id], #entry-2 [data-claimlens-id], #entry-3 [data-claimlens-id]')];
      seen.__earlierMarks ??= now;
      return seen.__earlierMarks.every((mark, index) => mark.isConnected && now[index] === mark);
    });
  expect(await keptMarks()).toBe(true);

  await page.locator(blog.afterNewPost!.click).click();
  await expectClaims(page, 'live-blog', blog.afterNewPost!.claims);
  const newPost = page.locator('#entry-4 [data-claimlens-id]');
  const ids = await newPost.evaluateAll((marks) => new Set(marks.map((mark) => mark.getAttribute('data-claimlens-id'))).size);
  // One claim, one occurrence: pieces carry one announcement between them.
  expect(ids).toBe(1);
  await expect(page.locator('#entry-4 [data-claimlens-id][aria-label]')).toHaveCount(1);
  // Earlier entries are not highlighted a second time.
  await expect(earlier).toHaveCount(occurrences);
  await expect(page.locator('claimlens-mark claimlens-mark')).toHaveCount(0);

  await page.locator(blog.afterLoadEarlier!.click).click();
  await expect(page.locator('#entry-0 [data-claimlens-id]').first()).toBeAttached();
  await expect(earlier).toHaveCount(occurrences);
  await expect(page.locator('claimlens-mark claimlens-mark')).toHaveCount(0);
  expect(await keptMarks()).toBe(true);
  expect(errors).toEqual([]);
});

// The repaint with a changed status is covered with a stand-in analyzer in
// tests/unit/highlight/page-session.test.ts; here it waits on the analyzer.
test('live blog: the residents’ denial loaded below makes the council’s claim above disputed', async ({ context, pages }) => {
  const blog = expected.get('live-blog')!;
  const page = await context.newPage();
  await page.goto(pages.url('live-blog.html', 'live.test'));
  await expectClaims(page, 'live-blog', blog.claims);
  await page.locator(blog.afterLoadEarlier!.click).click();
  await expectClaims(page, 'live-blog', blog.afterLoadEarlier!.claims);
});

test('single-page app: following its own link resets and analyzes the new article', async ({ context, pages }) => {
  const spa = expected.get('spa-article')!;
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(pages.url('spa-article.html', 'spa.test'));
  await expectClaims(page, 'spa-article', spa.claims);
  await page.locator(spa.afterNavigation!.click).click();
  await expect(page).toHaveURL(/.+/);
  await expectClaims(page, 'spa-article', spa.afterNavigation!.claims);
  for (const gone of spa.afterNavigation!.gone ?? []) {
    await expect(page.getByText(gone)).toHaveCount(0);
  }
  const claims = await paintedClaims(page);
  expect(claims.every((claim) => !claim.text.includes('marine park'))).toBe(true);
  expect(errors).toEqual([]);
});

test('a huge batch of new paragraphs is read once and highlighted, never nested', async ({ context, pages }) => {
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(pages.url('live-blog.html', 'batch.test'));
  await expect(page.locator('[data-claimlens-id]').first()).toBeAttached();
  await page.evaluate(() => {
    const feed = document.getElementById('feed')!;
    for (let index = 0; index < 800; index++) {
      const entry = document.createElement('article');
      entry.className = 'entry batch';
      const paragraph = document.createElement('p');
      paragraph.textContent =
        index === 799
          ? 'The coast guard announced that its crews had rescued eleven people from cars stranded on the ring road.'
          : `Update ${index}: water levels were measured again at the gauge near the old mill this evening.`;
      entry.append(paragraph);
      feed.append(entry);
    }
  });
  await expect
    .poll(async () => (await paintedClaims(page)).some((claim) => claim.text.includes('rescued eleven people')))
    .toBe(true);
  await expect(page.locator('claimlens-mark claimlens-mark')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test.describe('the tooltip', () => {
  /** The seed article in a new tab (of `viewport` size when given), once it has a highlight. */
  async function openHighlightedSeed(context: BrowserContext, pages: PageServer, viewport?: { width: number; height: number }) {
    const page = await context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(pages.url('seed-kursk.html', 'tooltip.test'));
    await expect(page.locator('[data-claimlens-id]').first()).toBeAttached();
    return page;
  }

  async function openTooltipOn(page: Page, key: string) {
    const mark = page.locator('[data-claimlens-id][tabindex]', { hasText: key }).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    return { mark, tooltip };
  }

  async function expectInViewport(page: Page, tooltip: ReturnType<Page['getByRole']>) {
    const box = (await tooltip.boundingBox())!;
    const { width, height } = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(box.y + box.height).toBeLessThanOrEqual(height);
  }

  for (const [label, viewport] of [
    ['a phone-width layout', { width: 360, height: 640 }],
    ['200% zoom of a 1280×800 window', { width: 640, height: 400 }],
  ] as const) {
    test(`stays inside the viewport and follows scrolling on ${label}`, async ({ context, pages }) => {
      const page = await openHighlightedSeed(context, pages, viewport);
      const { mark, tooltip } = await openTooltipOn(page, 'Ukrainian fighters are encircled');
      await expectInViewport(page, tooltip);
      await expect(tooltip).toContainText('Disputed');
      // Focus keeps the tooltip open while the page scrolls under a still mouse.
      await page.mouse.move(0, 0);
      await mark.focus();
      await expect(tooltip).toBeVisible();
      const gap = async () => (await tooltip.boundingBox())!.y - (await mark.boundingBox())!.y;
      const before = await gap();
      await page.evaluate(() => window.scrollBy(0, 40));
      // Floating UI re-places it on scroll; sub-pixel rounding aside, it stays put on the claim.
      await expect.poll(async () => Math.abs((await gap()) - before)).toBeLessThanOrEqual(2);
      await expectInViewport(page, tooltip);
    });
  }

  test('uses the dark palette on a dark page and shows the status as a word and an icon', async ({ context, pages }) => {
    const page = await openHighlightedSeed(context, pages);
    const light = await openTooltipOn(page, 'Ukrainian fighters are encircled');
    const lightBackground = await light.tooltip.evaluate((element) => getComputedStyle(element).backgroundColor);
    await expect(light.tooltip.locator('.claim-tooltip-icon')).toHaveText('✕');
    await page.mouse.move(0, 0);
    await expect(light.tooltip).toBeHidden();

    await page.addStyleTag({ content: 'html, body { background: #121212 !important; color: #eee !important; }' });
    const dark = await openTooltipOn(page, 'Ukrainian fighters are encircled');
    const darkBackground = await dark.tooltip.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(darkBackground).not.toBe(lightBackground);
    await expect(dark.tooltip).toHaveAttribute('data-page', 'dark');
  });

  test('honours prefers-reduced-motion', async ({ context, pages }) => {
    const page = await openHighlightedSeed(context, pages);
    const animation = async () => {
      const { tooltip } = await openTooltipOn(page, 'Ukrainian fighters are encircled');
      const name = await tooltip.evaluate((element) => getComputedStyle(element).animationName);
      await page.mouse.move(0, 0);
      await expect(tooltip).toBeHidden();
      return name;
    };
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await animation()).not.toBe('none');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await animation()).toBe('none');
  });

  test('Alt+Shift+J / K move through the claims; focus shows the tooltip; Escape closes it', async ({ context, pages }) => {
    const page = await openHighlightedSeed(context, pages);
    const focusable = page.locator('[data-claimlens-id][tabindex]');
    await expect.poll(() => focusable.count()).toBeGreaterThan(2);
    await page.keyboard.press('Alt+Shift+KeyJ');
    await expect(focusable.first()).toBeFocused();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await page.keyboard.press('Alt+Shift+KeyJ');
    await expect(focusable.nth(1)).toBeFocused();
    await page.keyboard.press('Alt+Shift+KeyK');
    await expect(focusable.first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('tooltip')).toBeHidden();
  });
});
