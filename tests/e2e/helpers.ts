import { type BrowserContext, expect, type Page, type Worker } from '@playwright/test';

export interface PaintedClaim {
  id: string;
  status: string;
  /** The text of all of the claim's highlight pieces, in document order. */
  text: string;
  pieces: number;
}

/** Every claim highlighted on the page (open shadow roots included), read from the contract attributes alone. */
export function paintedClaims(page: Page): Promise<PaintedClaim[]> {
  return page.evaluate(() => {
    const byId = new Map<string, { id: string; status: string; text: string; pieces: number }>();
    const marks: HTMLElement[] = [];
    const collect = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        if (el.hasAttribute('data-claimlens-id')) marks.push(el);
        if (el.shadowRoot) collect(el.shadowRoot);
      }
    };
    collect(document);
    for (const el of marks) {
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

/** The body's HTML with every open shadow root's content inlined: what "the DOM" is for a reader. */
export function composedHTML(page: Page): Promise<string> {
  return page.evaluate(() => {
    const serialize = (root: Element | ShadowRoot): string => {
      let html = root instanceof Element ? root.outerHTML : root.innerHTML;
      for (const host of root.querySelectorAll('*')) {
        if (host.shadowRoot) html += `\n#shadow ${host.localName}\n${serialize(host.shadowRoot)}`;
      }
      return html;
    };
    return serialize(document.body);
  });
}

/**
 * Keeps, in every page of `context`, the composed HTML as it was at DOMContentLoaded (before any
 * document_idle content script), in `window.__pristine` of the page's own world.
 */
export async function recordPristineDOM(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const serialize = (root: Element | ShadowRoot): string => {
      let html = root instanceof Element ? root.outerHTML : root.innerHTML;
      for (const host of root.querySelectorAll('*')) {
        if (host.shadowRoot) html += `\n#shadow ${host.localName}\n${serialize(host.shadowRoot)}`;
      }
      return html;
    };
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __pristine: string }).__pristine = serialize(document.body);
    });
  });
}

export function pristineDOM(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __pristine: string }).__pristine);
}

/** Console errors and uncaught exceptions a page reports from now on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    // The local server has no favicon; that 404 is the page's, not the extension's.
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

/** Flips the per-site switch for `page`'s site through the popup, as a reader does. */
export async function switchSite(
  context: BrowserContext,
  serviceWorker: Worker,
  extensionId: string,
  page: Page,
  on: boolean,
): Promise<void> {
  const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, page));
  const toggle = popup.getByRole('switch', { name: `Highlight claims on ${new URL(page.url()).hostname}` });
  if ((await toggle.isChecked()) !== on) await toggle.click();
  await expect(toggle).toBeChecked({ checked: on });
  await popup.close();
}
