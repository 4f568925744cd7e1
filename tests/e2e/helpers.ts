import type { BrowserContext, Page, Worker } from '@playwright/test';

export interface PaintedClaim {
  id: string;
  status: string;
  /** The text of all of the claim's highlight pieces, in document order. */
  text: string;
  pieces: number;
}

/** Every claim highlighted on the page, read from the contract attributes alone. */
export function paintedClaims(page: Page): Promise<PaintedClaim[]> {
  return page.evaluate(() => {
    const byId = new Map<string, { id: string; status: string; text: string; pieces: number }>();
    for (const el of document.querySelectorAll<HTMLElement>('[data-claimlens-id]')) {
      const id = el.dataset.claimlensId ?? '';
      const claim = byId.get(id) ?? { id, status: el.dataset.claimlensStatus ?? '', text: '', pieces: 0 };
      claim.text += `${el.textContent ?? ''} `;
      claim.pieces += 1;
      byId.set(id, claim);
    }
    return [...byId.values()];
  });
}

/** Whether anything of the extension's is left in the page. */
export function extensionTraces(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) => {
      const own =
        el.tagName.toLowerCase().startsWith('claimlens') ||
        [...el.attributes].some((a) => a.name.startsWith('data-claimlens'));
      return own ? [el.outerHTML.slice(0, 120)] : [];
    }),
  );
}

/**
 * The browser's id for `page`'s tab. The extension has no `tabs` permission, so tab URLs are
 * hidden from it: bring the page to the front and ask for the active tab.
 */
export async function tabIdOf(serviceWorker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  // Runs in the service worker, where the extension API is the global `chrome`.
  const id = await serviceWorker.evaluate(async () => {
    const { tabs } = (globalThis as unknown as { chrome: typeof browser }).chrome;
    return (await tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null;
  });
  if (id === null) throw new Error(`no active tab for ${page.url()}`);
  return id;
}

export async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}
