// Every saved page in Chromium with the built extension: the expected claims highlighted with the
// right status, nothing in comments, navigation or dialogs, no errors, and the DOM exactly as
// before once the site is switched off. One browser for the whole file (sharedTest).
import { expect, sharedTest as test } from './fixtures';
import { expectClaims, faultOf, loadExpectations } from './expectations';
import { collectErrors, composedHTML, pristineDOM, recordPristineDOM, switchSite } from './helpers';

const expectations = loadExpectations();

test.beforeAll(async ({ sharedBrowser }) => {
  await recordPristineDOM(sharedBrowser.context);
});

for (const expected of expectations) {
  const host = `${expected.name}.test`;

  if (expected.kind === 'not-article') {
    test(`${expected.name} is not an article: left exactly as it is`, async ({ context, pages }) => {
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(pages.url(`${expected.name}.html`, host));
      // Nothing is supposed to happen: give the extension the time it takes on an article.
      await page.waitForTimeout(1_500);
      await expect(page.locator('[data-claimlens-id]')).toHaveCount(0);
      expect(await composedHTML(page)).toBe(await pristineDOM(page));
      expect(errors).toEqual([]);
    });
    continue;
  }

  test(`${expected.name}: expected claims with their status, nothing outside the article, DOM restored when off`, async ({
    context,
    pages,
    serviceWorker,
    extensionId,
  }) => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(pages.url(`${expected.name}.html`, host));
    await expect(page.locator('[data-claimlens-id]').first()).toBeAttached();
    await expectClaims(page, expected.name, expected.claims);
    for (const selector of expected.notHighlighted ?? []) {
      await expect(page.locator(`${selector} [data-claimlens-id]`), `no highlight in ${selector}`).toHaveCount(0);
    }
    // Marks never nest, and every claim has one announcement per occurrence, not one per piece.
    await expect(page.locator('claimlens-mark claimlens-mark')).toHaveCount(0);
    for (const label of await page.locator('[data-claimlens-id][aria-label]').evaluateAll((marks) =>
      marks.map((mark) => mark.getAttribute('aria-label')),
    )) {
      expect(label).toMatch(/^claim by .+, (disputed|unconfirmed|supported|uncontested)$/);
    }

    await switchSite(context, serviceWorker, extensionId, page, false);
    await expect(page.locator('[data-claimlens-id]')).toHaveCount(0);
    expect(await composedHTML(page)).toBe(await pristineDOM(page));
    await switchSite(context, serviceWorker, extensionId, page, true);
    await expect(page.locator('[data-claimlens-id]').first()).toBeAttached();
    expect(errors).toEqual([]);
  });

  for (const claim of expected.claims) {
    const fault = faultOf(expected.name, claim);
    if (fault) test.fixme(`${expected.name}: "${claim.key}" is ${claim.status} — analyzer fault: ${fault}`, () => {});
  }
}

test('the page’s own click handlers still fire on highlighted pages, in shadow roots too', async ({ context, pages }) => {
  const page = await context.newPage();
  await page.goto(pages.url('seed-kursk.html', 'handlers.test'));
  await expect(page.locator('[data-claimlens-id]').first()).toBeAttached();
  await page.locator('#subscribe').click();
  await expect(page.locator('#subscribe')).toHaveText('Thanks for subscribing');

  await page.goto(pages.url('web-components.html', 'handlers.test'));
  await expect(page.locator('story-body [data-claimlens-id]').first()).toBeAttached();
  await page.locator('reader-comments #like').click();
  await expect(page.locator('reader-comments #likes')).toHaveText('1');
});
