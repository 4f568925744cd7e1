// The site switch outlives a browser restart (same profile, new browser).
import { launchWithExtension } from '../../scripts/lib/chromium';
import { expect, test } from './fixtures';
import { openPopup, tabIdOf } from './helpers';

test('a site switched off stays off after the browser restarts', async ({ context, pages, profileDir }) => {
  const url = pages.url('seed-kursk.html');
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('[data-claimlens-id]').first()).toBeAttached();
  const worker = context.serviceWorkers()[0]!;
  const popup = await openPopup(context, new URL(worker.url()).host, await tabIdOf(worker, page));
  await popup.getByRole('switch', { name: /Highlight claims on news\.example\.test/ }).click();
  await expect(page.locator('[data-claimlens-id]')).toHaveCount(0);
  await context.close();

  const restarted = await launchWithExtension(profileDir);
  try {
    const again = await restarted.context.newPage();
    await again.goto(url);
    await again.waitForTimeout(1_500);
    await expect(again.locator('[data-claimlens-id]')).toHaveCount(0);
    const switchPage = await openPopup(restarted.context, restarted.extensionId, await tabIdOf(restarted.serviceWorker, again));
    await expect(switchPage.getByRole('switch', { name: /Highlight claims on news\.example\.test/ })).not.toBeChecked();
  } finally {
    await restarted.context.close();
  }
});
