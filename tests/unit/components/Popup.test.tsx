// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../../entrypoints/popup/Popup';
import type { PageState } from '../../../lib/messaging/protocol';
import { isSiteEnabled, setSiteEnabled } from '../../../lib/settings/sites';
import { makeClaim } from './fixtures';

// The fake browser has no tabs.sendMessage: stand in for the tab's content script.
const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('../../../lib/messaging/protocol', () => ({ sendMessage }));

const TAB_ID = 7;

function pageState(overrides: Partial<PageState> = {}): PageState {
  return {
    url: 'https://news.example/world/kursk',
    hostname: 'news.example',
    title: 'Kursk offensive',
    enabled: true,
    analysis: {
      language: 'en',
      analyzed: true,
      claims: [makeClaim('d', 'disputed'), makeClaim('u', 'uncontested')],
    },
    ...overrides,
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  sendMessage.mockReset();
});
afterEach(cleanup);

describe('Popup', () => {
  it("asks the tab's content script and lists the page's claims by status", async () => {
    sendMessage.mockResolvedValue(pageState());
    render(<Popup tabId={TAB_ID} />);
    await screen.findByRole('heading', { name: 'Disputed (1)' });
    expect(screen.getByRole('heading', { name: 'Uncontested (1)' })).toBeTruthy();
    expect(screen.getByText('Kursk offensive')).toBeTruthy();
    expect(sendMessage).toHaveBeenCalledWith('getPageState', undefined, TAB_ID);
    const control = await screen.findByRole('switch', { name: /Highlight claims on news\.example/ });
    expect((control as HTMLInputElement).checked).toBe(true);
  });

  it('switches the site off and says so', async () => {
    sendMessage.mockResolvedValue(pageState());
    render(<Popup tabId={TAB_ID} />);
    const control = await screen.findByRole('switch', { name: /Highlight claims on news\.example/ });
    sendMessage.mockResolvedValue(pageState({ enabled: false, analysis: null }));
    fireEvent.click(control);

    await screen.findByText(/Highlighting is off on news\.example/);
    await waitFor(async () => expect(await isSiteEnabled('news.example')).toBe(false));
    expect(screen.queryByRole('heading', { name: 'Disputed (1)' })).toBeNull();
  });

  it('says the site is off when it was switched off before', async () => {
    await setSiteEnabled('news.example', false);
    sendMessage.mockResolvedValue(pageState({ enabled: false, analysis: null }));
    render(<Popup tabId={TAB_ID} />);
    await screen.findByText(/Highlighting is off on news\.example/);
    const control = await screen.findByRole('switch', { name: /Highlight claims on news\.example/ });
    expect((control as HTMLInputElement).checked).toBe(false);
  });

  it('waits for a page still being read, then lists its claims', async () => {
    sendMessage.mockResolvedValueOnce(pageState({ analysis: null })).mockResolvedValue(pageState());
    render(<Popup tabId={TAB_ID} />);
    await screen.findByText('Looking for claims…');
    await screen.findByRole('heading', { name: 'Disputed (1)' });
  });

  it('explains a page the content script cannot reach, offering the switch for web pages only', async () => {
    sendMessage.mockRejectedValue(new Error('No response'));
    const web = await fakeBrowser.tabs.create({ url: 'https://loaded-before.example/story' });
    render(<Popup tabId={web.id!} />);
    await screen.findByText(/Reload the page/);
    expect(await screen.findByRole('switch', { name: /Highlight claims on loaded-before\.example/ })).toBeTruthy();
    cleanup();

    const settings = await fakeBrowser.tabs.create({ url: 'chrome://settings' });
    render(<Popup tabId={settings.id!} />);
    await screen.findByText(/reads web pages \(http and https addresses\) only; there is nothing to show/);
    expect(screen.queryByRole('switch')).toBeNull();
    cleanup();

    // Chrome hides a tab's address from extensions without the "tabs" permission.
    render(<Popup tabId={404} />);
    await screen.findByText(/cannot read this tab/);
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('refuses an answer of the wrong shape, saying what was wrong', async () => {
    sendMessage.mockResolvedValue({ ...pageState(), url: 'javascript:alert(1)' });
    render(<Popup tabId={TAB_ID} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Invalid page state: url: must be an http(s) address');
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('opens the history page in a new tab', async () => {
    sendMessage.mockResolvedValue(pageState());
    const created = vi.fn();
    fakeBrowser.tabs.onCreated.addListener(created);
    render(<Popup tabId={TAB_ID} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open history' }));
    await waitFor(() => expect(created).toHaveBeenCalled());
    expect(created.mock.calls[0]?.[0].url).toBe(fakeBrowser.runtime.getURL('/history.html'));
  });
});
