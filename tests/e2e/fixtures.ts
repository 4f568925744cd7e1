// Playwright fixtures: one Chromium with the extension per test (a fresh profile each time),
// and the local fixture pages served under `.test` hostnames.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type BrowserContext, type Worker } from '@playwright/test';
import { launchWithExtension, servePages, type PageServer } from '../../scripts/lib/chromium';

export const pagesDir = resolve(import.meta.dirname, '../fixtures/pages');

interface Fixtures {
  profileDir: string;
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
}

export const test = base.extend<Fixtures, { pages: PageServer }>({
  pages: [
    async ({}, use) => {
      const server = await servePages(pagesDir);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  profileDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'claimlens-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  // The extension's state for a test is held in these three; relaunching with the same
  // profileDir (see `relaunch`) stands for a browser restart.
  context: async ({ profileDir }, use) => {
    const browser = await launchWithExtension(profileDir);
    await use(browser.context);
    await browser.context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export { expect };
