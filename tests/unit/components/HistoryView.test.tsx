// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HistoryView } from '../../../components/HistoryView';
import { HistoryPage } from '../../../entrypoints/history/HistoryPage';
import type { Analysis } from '../../../lib/analyzer/types';
import { clearHistory, listRecentPages, recordPage } from '../../../lib/history/repository';
import { lastRecordFailure } from '../../../lib/history/settings';
import { listDisabledSites, setSiteEnabled } from '../../../lib/settings/sites';
import { makeClaim } from './fixtures';

function analysis(...claims: Analysis['claims']): Analysis {
  return { language: 'en', analyzed: true, claims };
}

const ministry = { name: 'the Russian Defense Ministry', side: 'Russia' };
const denial = { by: { name: 'the Ukrainian military', side: 'Ukraine' }, stance: 'denies' as const, text: 'No villages were lost.' };

async function threeOutlets() {
  await recordPage('https://wire.example/a', 'Wire story', analysis(makeClaim('w', 'disputed', { text: 'it has regained control over two villages near Sudzha', asserter: ministry, responses: [denial] })), 1000);
  await recordPage('https://daily.example/b', 'Daily story', analysis(makeClaim('d', 'uncontested', { text: 'Russian forces retook two villages near Sudzha', asserter: ministry })), 2000);
  await recordPage('https://post.example/c', 'Post story', analysis(makeClaim('p', 'uncontested', { text: 'Russia regained control of two villages near Sudzha', asserter: ministry }), makeClaim('x', 'uncontested', { text: 'the ruble fell to a record low', asserter: ministry })), 3000);
}

const noop = () => {};
const titles = () => screen.getAllByRole('article').map((article) => within(article).getByRole('heading').textContent);
const outletOptions = () => [...screen.getByRole<HTMLSelectElement>('combobox', { name: 'Outlet' }).options].map((option) => option.value);

beforeEach(async () => {
  fakeBrowser.reset();
  await clearHistory();
});
afterEach(cleanup);

describe('HistoryView', () => {
  it('says when it is loading, empty, finds nothing, or cannot be read', () => {
    const props = { filtered: false, onShowMore: noop, onDeletePage: noop, onOpenGroup: noop };
    const { rerender } = render(<HistoryView listing={{ state: 'loading' }} {...props} />);
    expect(screen.getByRole('status').textContent).toBe('Loading the history…');
    rerender(<HistoryView listing={{ state: 'ready', value: { pages: [], total: 0, more: false, groups: new Map() } }} {...props} />);
    expect(screen.getByText(/No pages yet/)).toBeTruthy();
    rerender(<HistoryView listing={{ state: 'ready', value: { pages: [], total: 4, more: false, groups: new Map() } }} {...props} filtered />);
    expect(screen.getByRole('status').textContent).toBe('No claims match the search and filters.');
    rerender(<HistoryView listing={{ state: 'error', error: new Error('quota exceeded') }} {...props} />);
    expect(screen.getByRole('alert').textContent).toBe('The history could not be read: quota exceeded');
  });

  it('links only to web addresses', () => {
    const page = { id: 1, url: 'javascript:alert(1)', outlet: 'x', title: 'Odd', firstSeen: 1, lastSeen: 1, claims: [] };
    render(
      <HistoryView
        listing={{ state: 'ready', value: { pages: [page], total: 1, more: false, groups: new Map() } }}
        filtered={false}
        onShowMore={noop}
        onDeletePage={noop}
        onOpenGroup={noop}
      />,
    );
    expect(screen.getByText('javascript:alert(1)').closest('a')).toBeNull();
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });
});

describe('the history page', () => {
  it('lists pages newest first with address, outlet and claims, and follows new visits live', async () => {
    await recordPage('https://first.example/a', 'First article', analysis(makeClaim('d', 'disputed', { text: 'it has regained control over two villages', asserter: ministry, responses: [denial] })), 1000);
    await recordPage('https://second.example/b', 'Second article', analysis(makeClaim('u', 'uncontested')), 2000);

    render(<HistoryPage />);
    await screen.findByRole('heading', { name: 'Second article' });
    expect(titles()).toEqual(['Second article', 'First article']);
    const first = screen.getByRole('article', { name: 'First article' });
    expect(within(first).getByRole('link', { name: 'https://first.example/a' }).getAttribute('href')).toBe('https://first.example/a');
    expect(first.textContent).toContain('first.example');
    const claim = within(first).getAllByRole('listitem')[0]!;
    expect(claim.textContent).toContain('Disputed');
    expect(claim.textContent).toContain('the Russian Defense Ministry (Russia)');
    expect(claim.textContent).toContain('it has regained control over two villages');
    expect(claim.textContent).toContain('Denial by the Ukrainian military (Ukraine): No villages were lost.');

    await recordPage('https://first.example/a', 'First article', analysis(makeClaim('d', 'disputed', { asserter: ministry })), 3000);
    await recordPage('https://third.example/c', 'Third article', analysis(makeClaim('s', 'supported')), 4000);
    await waitFor(() => expect(titles()).toEqual(['Third article', 'First article', 'Second article']));
  });

  it('flags a claim carried differently elsewhere and compares it outlet by outlet', async () => {
    await threeOutlets();
    render(<HistoryPage />);
    const wire = await screen.findByRole('article', { name: 'Wire story' });
    await waitFor(() => expect(wire.textContent).toContain('Outlets disagree: Seen on 3 pages (2 other outlets), 1 of 3 printed the denial.'));
    fireEvent.click(within(wire).getByRole('button', { name: 'Compare outlets' }));

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows.map((cells) => [cells[0], cells[2], cells[3]?.split('the Ukrainian')[0]])).toEqual([
      ['Russian forces retook two villages near Sudzha', 'Uncontested', 'no response reported'],
      ['Russia regained control of two villages near Sudzha', 'Uncontested', 'no response reported'],
      ['it has regained control over two villages near Sudzha', 'Disputed', 'disputed by Ukraine'],
    ]);
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent?.split('.example')[0])).toEqual(['daily', 'post', 'wire']);
    expect(screen.getByRole('note').textContent).toContain('Outlets disagree: 1 of 3 printed the denial');
  });

  it('finds disagreeing groups from their own view', async () => {
    await threeOutlets();
    // The ruble claim on a second page: claims seen on one page are not listed across outlets.
    await recordPage('https://markets.example/r', 'Markets', analysis(makeClaim('r', 'uncontested', { text: 'the ruble fell to a record low', asserter: ministry })), 4000);
    render(<HistoryPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Claims across outlets (1 disagree)' }));
    const groups = await screen.findByRole('region', { name: 'Claim groups' });
    await waitFor(() => expect(within(groups).getAllByRole('listitem')).toHaveLength(2));
    fireEvent.click(within(groups).getByRole('checkbox', { name: /Only claims whose outlets disagree/ }));
    await waitFor(() => expect(within(groups).getAllByRole('listitem')).toHaveLength(1));
    expect(within(groups).getByRole('listitem').textContent).toContain('Outlets disagree: it has regained control over two villages near Sudzha');
    expect(within(groups).getByRole('listitem').textContent).toContain('3 pages on daily.example, post.example, wire.example');
  });

  it('searches as you type and filters by status', async () => {
    await threeOutlets();
    render(<HistoryPage />);
    await screen.findByRole('article', { name: 'Post story' });
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search claims, asserters and outlets' }), { target: { value: 'ruble' } });
    await waitFor(() => expect(titles()).toEqual(['Post story']));
    expect(within(screen.getByRole('article')).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toBe('1 matching page of 3');

    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'disputed' } });
    await waitFor(() => expect(titles()).toEqual(['Wire story']));
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: '' } });
    // The outlets are listed once the first pages are shown.
    await waitFor(() => expect(outletOptions()).toContain('daily.example'));
    fireEvent.change(screen.getByRole('combobox', { name: 'Outlet' }), { target: { value: 'daily.example' } });
    await waitFor(() => expect(titles()).toEqual(['Daily story']));
  });

  it('shows the most recent pages first and more on request', async () => {
    for (let index = 1; index <= 3; index++) {
      await recordPage(`https://news.example/${index}`, `Article ${index}`, analysis(makeClaim(`c${index}`, 'uncontested')), index);
    }
    render(<HistoryPage pagesPerStep={2} />);
    await screen.findByText('Showing the 2 most recent of 3 pages');
    expect(screen.getAllByRole('article')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Show more pages' }));
    await screen.findByText('3 pages');
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Show more pages' })).toBeNull();
  });

  it('forgets a page, a site, or everything after a second click', async () => {
    await recordPage('https://news.example/1', 'Kept', analysis(makeClaim('a', 'uncontested')), 1);
    await recordPage('https://news.example/2', 'Forgotten', analysis(makeClaim('b', 'uncontested')), 2);
    await recordPage('https://other.example/3', 'Other', analysis(makeClaim('c', 'uncontested')), 3);
    render(<HistoryPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Forget Forgotten' }));
    await waitFor(() => expect(titles()).toEqual(['Other', 'Kept']));

    await waitFor(() => expect(outletOptions()).toContain('other.example'));
    fireEvent.change(screen.getByRole('combobox', { name: 'Outlet' }), { target: { value: 'other.example' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Forget other.example…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Forget other.example' }));
    await waitFor(() => expect(titles()).toEqual(['Kept']));

    fireEvent.click(screen.getByRole('button', { name: 'Forget all pages…' }));
    const confirm = screen.getByRole('group', { name: 'Confirm: Forget all pages' });
    expect(confirm.textContent).toContain('Forget all 1 page and their claims?');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.getAllByRole('article')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Forget all pages…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Forget all' }));
    await screen.findByText(/No pages yet/);
  });

  it('marks a claim with a verdict from the comparison', async () => {
    await threeOutlets();
    render(<HistoryPage />);
    const wire = await screen.findByRole('article', { name: 'Wire story' });
    fireEvent.click(await within(wire).findByRole('button', { name: 'Compare outlets' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Mark the claim as carried by wire.example' }));
    const form = screen.getByRole('form', { name: 'Mark the claim' });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Verdict' }), { target: { value: 'Misleading' } });
    fireEvent.input(within(form).getByRole('textbox', { name: 'Note' }), { target: { value: 'The denial was left out.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save mark' }));
    await screen.findByText(/Marked Misleading: The denial was left out\./);
  });

  it('refuses a corrupt import with the problem named and the history unchanged, and imports a valid one', async () => {
    await threeOutlets();
    render(<HistoryPage />);
    await screen.findByRole('article', { name: 'Wire story' });
    const input = screen.getByLabelText('Import a JSON history file');
    const corrupt = new File(['{"format":"claimlens-history","version":1,"exportedAt":"x","filtered":false,"pages":[{"url":"ftp://x"}],"marks":[]}'], 'h.json');
    fireEvent.change(input, { target: { files: [corrupt] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Import refused, nothing was changed\. The file does not match the history format: pages\[0\]/);
    expect((await listRecentPages(10)).total).toBe(3);

    const valid = {
      format: 'claimlens-history', version: 1, exportedAt: 'now', filtered: false, marks: [],
      pages: [{ url: 'https://fresh.example/1', outlet: 'fresh.example', title: 'Imported story', firstSeen: 5000, lastSeen: 5000,
        claims: [{ id: 'f', text: 'the bridge was destroyed', sentence: '', cue: 'said', asserter: ministry, status: 'uncontested', responses: [], count: 1, firstSeen: 5000, lastSeen: 5000 }] }],
    };
    fireEvent.change(input, { target: { files: [new File([JSON.stringify(valid)], 'h.json')] } });
    await screen.findByText('Imported: 1 pages added, 0 updated; 1 claims added, 0 updated; 0 marks.');
    await screen.findByRole('article', { name: 'Imported story' });
  });

  it('shows a page that could not be recorded', async () => {
    await lastRecordFailure.setValue({ url: 'https://news.example/full', message: 'The browser has no storage left for the history.', at: 1 });
    render(<HistoryPage />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('A page could not be recorded (https://news.example/full): The browser has no storage left');
    fireEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('lists the sites switched off, following changes, and switches one back on', async () => {
    await setSiteEnabled('quiet.example', false);
    render(<HistoryPage />);
    await screen.findByText('quiet.example');
    await setSiteEnabled('other.example', false);
    await screen.findByText('other.example');
    fireEvent.click(screen.getByRole('button', { name: 'Switch on highlighting for quiet.example' }));
    await waitFor(() => expect(screen.queryByText('quiet.example')).toBeNull());
    expect(await listDisabledSites()).toEqual(['other.example']);
  });
});
