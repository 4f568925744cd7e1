// The history across outlets: the same claim worded differently on three sites, with and
// without the denial, grouped and flagged; export, forget, import; a corrupt file refused.
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import type { PageServer } from '../../scripts/lib/chromium';
import { expect, test } from './fixtures';

const OUTLETS = [
  { file: 'outlets/northern-ledger.html', host: 'northern-ledger.test' },
  { file: 'outlets/riverside-gazette.html', host: 'riverside-gazette.test' },
  { file: 'outlets/capital-wire.html', host: 'capital-wire.test' },
];

/** Reads the three outlets' stories; each is recorded once its highlights are painted. */
async function readThreeOutlets(context: BrowserContext, pages: PageServer): Promise<void> {
  const tab = await context.newPage();
  for (const { file, host } of OUTLETS) {
    await tab.goto(pages.url(file, host));
    await expect(tab.locator('[data-claimlens-id]').first()).toBeAttached();
  }
  await tab.close();
}

async function openHistory(context: BrowserContext, extensionId: string): Promise<Page> {
  const history = await context.newPage();
  await history.goto(`chrome-extension://${extensionId}/history.html`);
  return history;
}

async function exportJson(history: Page): Promise<string> {
  const download = history.waitForEvent('download');
  await history.getByRole('button', { name: 'Export all as JSON' }).click();
  return readFile(await (await download).path(), 'utf8');
}

/** What an export says about the history, without the moment it was made. */
function content(exported: string): unknown {
  const { exportedAt: _, ...rest } = JSON.parse(exported) as { exportedAt: string };
  return rest;
}

test('the same claim on three outlets is one group, with the missing denial flagged', async ({ context, pages, extensionId }) => {
  await readThreeOutlets(context, pages);
  const history = await openHistory(context, extensionId);

  const ledger = history.getByRole('article', { name: /Kyiv Denies It/ });
  await expect(ledger.getByText('Outlets disagree:')).toBeVisible();
  await expect(ledger).toContainText('Seen on 3 pages (2 other outlets)');

  await history.getByRole('button', { name: 'Claims across outlets (1 disagree)' }).click();
  await history.getByRole('checkbox', { name: /Only claims whose outlets disagree/ }).check();
  const groups = history.getByRole('region', { name: 'Claim groups' }).getByRole('listitem');
  await expect(groups).toHaveCount(1);
  await expect(groups).toContainText('capital-wire.test, northern-ledger.test, riverside-gazette.test');
  await groups.getByRole('button').click();

  const rows = history.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('capital-wire.test');
  await expect(rows.nth(1)).toContainText('Ukrainian units were encircled near Sudzha');
  await expect(rows.nth(1)).toContainText('no response reported');
  await expect(rows.nth(2)).toContainText('northern-ledger.test');
  await expect(rows.nth(2)).toContainText('Ukrainian troops near Sudzha had been encircled');
  await expect(rows.nth(2)).toContainText('disputed by Ukraine');
  await expect(rows.nth(2)).toContainText('Disputed');
  await expect(rows.nth(3)).toContainText('riverside-gazette.test');
  await expect(rows.nth(3)).toContainText('Ukrainian forces around Sudzha are surrounded');
  await expect(rows.nth(3)).toContainText('no response reported');
  await expect(history.getByRole('note')).toContainText('Outlets disagree: 1 of 3 printed the denial');
});

test('export, forget everything, import: all back; a corrupt file is refused and changes nothing', async ({
  context,
  pages,
  extensionId,
}) => {
  await readThreeOutlets(context, pages);
  const history = await openHistory(context, extensionId);
  await expect(history.getByRole('article')).toHaveCount(3);
  const exported = await exportJson(history);
  expect(JSON.parse(exported)).toMatchObject({ format: 'claimlens-history', version: 1, filtered: false });

  const csvDownload = history.waitForEvent('download');
  await history.getByRole('button', { name: 'Export all as CSV' }).click();
  const csv = await readFile(await (await csvDownload).path(), 'utf8');
  expect(csv.startsWith('\uFEFFoutlet,')).toBe(true);
  expect(csv).toContain('northern-ledger.test');

  await history.getByRole('button', { name: 'Forget all pages…' }).click();
  await history.getByRole('button', { name: 'Forget all', exact: true }).click();
  await expect(history.getByText(/No pages yet/)).toBeVisible();

  const importer = history.getByLabel('Import a JSON history file');
  await importer.setInputFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(history.getByRole('status').filter({ hasText: 'Imported:' })).toContainText('3 pages added');
  await expect(history.getByRole('article')).toHaveCount(3);
  await expect(history.getByRole('button', { name: 'Claims across outlets (1 disagree)' })).toBeVisible();
  expect(content(await exportJson(history))).toEqual(content(exported));

  const corrupt = exported.replace('"status":"disputed"', '"status":"probably"');
  await importer.setInputFiles({ name: 'corrupt.json', mimeType: 'application/json', buffer: Buffer.from(corrupt) });
  await expect(history.getByRole('alert')).toContainText('Import refused, nothing was changed.');
  await expect(history.getByRole('alert')).toContainText('.status');
  await importer.setInputFiles({ name: 'truncated.json', mimeType: 'application/json', buffer: Buffer.from(exported.slice(0, 500)) });
  await expect(history.getByRole('alert')).toContainText('not valid JSON');
  expect(content(await exportJson(history))).toEqual(content(exported));
});
