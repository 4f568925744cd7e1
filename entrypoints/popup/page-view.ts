// What the popup knows of its tab's page, asked of the tab's content script and validated.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage, type PageState } from '../../lib/messaging/protocol';
import { InvalidMessageError, PageStateSchema, parseOrThrow } from '../../lib/messaging/schemas';

export type PageView =
  | { state: 'loading' }
  /**
   * No content script answered. `hostname` is the site of a web page loaded before ClaimLens
   * was (it needs a reload); `web` is false for browser pages and null when the browser did not
   * tell the tab's address (Chrome shows it only with the "tabs" permission, which ClaimLens lacks).
   */
  | { state: 'unreachable'; hostname: string | null; web: boolean | null }
  | { state: 'invalid'; message: string }
  /** `waiting` while the page is still being read; polling stops after a while. */
  | { state: 'ready'; page: PageState; waiting: boolean };

const POLL_INTERVAL_MS = 400;
const POLL_ATTEMPTS = 25;

async function unreachable(tabId: number): Promise<PageView> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId))?.url;
  } catch {
    url = undefined;
  }
  if (!url) return { state: 'unreachable', hostname: null, web: null };
  const address = new URL(url);
  const web = address.protocol === 'http:' || address.protocol === 'https:';
  return { state: 'unreachable', hostname: web ? address.hostname : null, web };
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  });
}

async function followPage(
  tabId: number,
  siteEnabled: boolean | undefined,
  signal: AbortSignal,
  publish: (view: PageView) => void,
): Promise<void> {
  for (let attempt = 1; !signal.aborted; attempt++) {
    let page: PageState;
    try {
      page = parseOrThrow(PageStateSchema, await sendMessage('getPageState', undefined, tabId), 'page state');
    } catch (error) {
      const view: PageView =
        error instanceof InvalidMessageError
          ? { state: 'invalid', message: error.message }
          : await unreachable(tabId);
      if (!signal.aborted) publish(view);
      return;
    }
    if (signal.aborted) return;
    // The switch in storage is the truth; the content script may not have caught up with it yet.
    const settled = siteEnabled === false || (page.enabled && page.analysis !== null);
    const waiting = !settled && attempt < POLL_ATTEMPTS;
    publish({ state: 'ready', page, waiting });
    if (!waiting) return;
    await pause(POLL_INTERVAL_MS, signal);
  }
}

/** Follows the tab's page until it is analyzed; starts over when the site's switch flips. */
export function usePageView(tabId: number, siteEnabled: boolean | undefined): PageView {
  const [view, setView] = useState<PageView>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    void followPage(tabId, siteEnabled, controller.signal, setView);
    return () => controller.abort();
  }, [tabId, siteEnabled]);
  return view;
}
