// The whole extension on the seed article: highlights, tooltip, site switch, history.
import { expect, test } from './fixtures';
import { extensionTraces, openPopup, paintedClaims, tabIdOf } from './helpers';

const expected = [
  { key: 'regained control over two villages near Sudzha', status: 'unconfirmed' },
  { key: 'Ukrainian fighters are encircled', status: 'disputed' },
  { key: 'offer to surrender remains on the table', status: 'uncontested' },
  { key: 'two Iskander-M ballistic missiles and 178 drones', status: 'uncontested' },
];

test('the seed article gets its four claims highlighted with the right status', async ({ context, pages }) => {
  const page = await context.newPage();
  await page.goto(pages.url('seed-kursk.html'));
  await expect(page.locator('[data-claimlens-id]').first()).toBeAttached();
  const painted = await paintedClaims(page);
  for (const { key, status } of expected) {
    const claim = painted.find((c) => c.text.replace(/\s+/g, ' ').includes(key));
    expect(claim, `a highlight holding "${key}"`).toBeDefined();
    expect(claim?.status, key).toBe(status);
  }
  // The repeated paragraphs are highlighted at both places, under one claim id.
  const encircled = painted.find((c) => c.text.includes('Ukrainian fighters are encircled'));
  expect(encircled?.text.match(/Ukrainian fighters are encircled/g)).toHaveLength(2);
  // Nothing outside the article: the site's navigation and footer stay untouched.
  expect(await page.locator('nav [data-claimlens-id], footer [data-claimlens-id]').count()).toBe(0);
});

test('hovering and focusing the encirclement claim explains it; Escape closes', async ({ context, pages }) => {
  const page = await context.newPage();
  await page.goto(pages.url('seed-kursk.html'));
  const mark = page.locator('[data-claimlens-status="disputed"]', { hasText: 'encircled' }).first();
  await mark.hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Russian government');
  await expect(tooltip).toContainText('Russia');
  await expect(tooltip).toContainText('Disputed');
  await expect(tooltip).toContainText('Ukrainian military');
  await expect(tooltip).toContainText('encirclement');
  await page.mouse.move(0, 0);
  await expect(tooltip).toBeHidden();

  await page.locator('[data-claimlens-status="unconfirmed"][tabindex="0"]').first().focus();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Unconfirmed');
  await expect(tooltip).toContainText('Defense Ministry');
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
});

test('the site switch removes every highlight from every tab of the site and brings them back', async ({
  context,
  pages,
  serviceWorker,
  extensionId,
}) => {
  const url = pages.url('seed-kursk.html');
  const first = await context.newPage();
  await first.goto(url);
  const second = await context.newPage();
  await second.goto(url);
  for (const page of [first, second]) await expect(page.locator('[data-claimlens-id]').first()).toBeAttached();

  const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, first));
  const toggle = popup.getByRole('switch', { name: /Highlight claims on news\.example\.test/ });
  await expect(toggle).toBeChecked();
  await expect(popup.getByText('Ukrainian fighters are encircled', { exact: false })).toBeVisible();
  await toggle.click();
  await expect(toggle).not.toBeChecked();

  for (const page of [first, second]) {
    await expect(page.locator('[data-claimlens-id]')).toHaveCount(0);
    expect(await extensionTraces(page)).toEqual([]);
  }
  // Switched off, the page is exactly what a fresh load of it is with the extension doing nothing.
  const untouched = await context.newPage();
  await untouched.goto(url);
  await untouched.waitForTimeout(1_000);
  expect(await extensionTraces(untouched)).toEqual([]);
  const html = (page: typeof first) => page.evaluate(() => document.documentElement.outerHTML);
  expect(await html(first)).toBe(await html(untouched));

  await first.reload();
  await first.waitForTimeout(1_000);
  await expect(first.locator('[data-claimlens-id]')).toHaveCount(0);

  await toggle.click();
  await expect(toggle).toBeChecked();
  for (const page of [first, second]) {
    await expect(page.locator('[data-claimlens-status="disputed"]').first()).toBeAttached();
  }
});

test('the history page lists the page and its claims, and updates while open', async ({
  context,
  pages,
  extensionId,
}) => {
  const history = await context.newPage();
  await history.goto(`chrome-extension://${extensionId}/history.html`);
  const page = await context.newPage();
  await page.goto(pages.url('seed-kursk.html'));
  await expect(page.locator('[data-claimlens-id]').first()).toBeAttached();

  await expect(history.getByText('Russia Intensifies Military Operations in Kursk', { exact: false }).first()).toBeVisible();
  await expect(history.getByText('news.example.test').first()).toBeVisible();
  await expect(history.getByText('Ukrainian fighters are encircled', { exact: false }).first()).toBeVisible();
  await expect(history.getByText('Russian government', { exact: false }).first()).toBeVisible();
  await expect(history.getByText('Disputed').first()).toBeVisible();

  // A second outlet appears above the first without reloading the history page.
  const other = await context.newPage();
  await other.goto(pages.url('seed-kursk.html', 'wire.example.test'));
  await expect(other.locator('[data-claimlens-id]').first()).toBeAttached();
  await expect(history.getByText('wire.example.test').first()).toBeVisible();
});
