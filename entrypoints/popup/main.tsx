import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from './Popup';
import '../../components/ui.css';
import './style.css';

/** The tab to describe: `?tabId=<id>` when given (the popup opened as a page), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const requested = new URLSearchParams(location.search).get('tabId');
  if (requested !== null && /^\d+$/.test(requested)) return Number(requested);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const root = document.getElementById('app')!;
void targetTabId().then((tabId) => {
  render(
    tabId === undefined ? <p class="notice">There is no tab to describe.</p> : <Popup tabId={tabId} />,
    root,
  );
});
