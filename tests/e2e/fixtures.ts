// Playwright fixtures: one Chromium with the extension per test (a fresh profile each time),
// and the local fixture pages served under `.test` hostnames. `sharedTest` instead keeps one
// Chromium for every test of a worker (a spec file run alone): much faster, for specs whose tests
// leave the extension's state as they found it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type BrowserContext, type Worker } from '@playwright/test';
import { type ExtensionBrowser, launchWithExtension, servePages, type PageServer } from '../../scripts/lib/chromium';

export const pagesDir = resolve(import.meta.dirname, '../fixtures/pages');

interface Fixtures {
  profileDir: string;
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
}

async function serveFixturePages({}, use: (server: PageServer) => Promise<void>): Promise<void> {
  const server = await servePages(pagesDir);
  await use(server);
  await server.close();
}

export const test = base.extend<Fixtures, { pages: PageServer }>({
  pages: [serveFixturePages, { scope: 'worker' }],
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

export const sharedTest = base.extend<Fixtures, { pages: PageServer; sharedBrowser: ExtensionBrowser }>({
  pages: [serveFixturePages, { scope: 'worker' }],
  sharedBrowser: [
    // Depends on `pages` so that the browser, and its open connections, go before the server.
    async ({ pages: _server }, use) => {
      const dir = await mkdtemp(join(tmpdir(), 'claimlens-e2e-shared-'));
      const browser = await launchWithExtension(dir);
      await use(browser);
      await browser.context.close();
      await rm(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  profileDir: async ({}, use) => {
    await use('');
  },
  context: async ({ sharedBrowser }, use) => {
    await use(sharedBrowser.context);
    // Each test's tabs go with it; the browser stays.
    await Promise.all(sharedBrowser.context.pages().map((page) => page.close()));
  },
  serviceWorker: async ({ sharedBrowser }, use) => {
    await use(sharedBrowser.context.serviceWorkers()[0] ?? sharedBrowser.serviceWorker);
  },
  extensionId: async ({ sharedBrowser }, use) => {
    await use(sharedBrowser.extensionId);
  },
});

export { expect };
