// Starts Debian's Chromium with the built extension loaded, and serves local pages to it under
// made-up hostnames. Shared by the end-to-end tests, the demo and the page benchmark.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const extensionDir = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
}

/**
 * Launches Chromium with the extension. Every hostname ending in `.test` resolves to this
 * machine, so local pages can stand for different outlets.
 */
export async function launchWithExtension(
  userDataDir: string,
  { headless = true }: { headless?: boolean } = {},
): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless,
    args: [
      // Playwright passes --disable-extensions; without the first flag no service worker starts.
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--host-resolver-rules=MAP *.test 127.0.0.1',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker };
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

export interface PageServer {
  port: number;
  /** The address of `file` under the served folder, on the given host (a `.test` name). */
  url(file: string, host?: string): string;
  close(): Promise<void>;
}

/** Serves the files of `root` on 127.0.0.1 at a free port. */
export async function servePages(root: string): Promise<PageServer> {
  const base = resolve(root);
  const server: Server = createServer(async (req, res) => {
    const path = normalize(join(base, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': contentTypes[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (file, host = 'news.example.test') => `http://${host}:${port}/${file}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
