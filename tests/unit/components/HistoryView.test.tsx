// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HistoryView } from '../../../components/HistoryView';
import { HistoryPage } from '../../../entrypoints/history/HistoryPage';
import type { Analysis } from '../../../lib/analyzer/types';
import { clearHistory, recordPage } from '../../../lib/history/repository';
import { listDisabledSites, setSiteEnabled } from '../../../lib/settings/sites';
import { makeClaim } from './fixtures';

function analysis(...claims: Analysis['claims']): Analysis {
  return { language: 'en', analyzed: true, claims };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await clearHistory();
});
afterEach(cleanup);

describe('HistoryView', () => {
  it('says when it is loading, when the history is empty and when it cannot be read', () => {
    const noop = () => {};
    const { rerender } = render(<HistoryView history={{ state: 'loading' }} carriers={new Map()} onShowMore={noop} onDeletePage={noop} onDeleteAll={noop} />);
    expect(screen.getByRole('status').textContent).toBe('Loading the history…');

    rerender(<HistoryView history={{ state: 'ready', value: { pages: [], total: 0 } }} carriers={new Map()} onShowMore={noop} onDeletePage={noop} onDeleteAll={noop} />);
    expect(screen.getByText(/No pages yet/)).toBeTruthy();

    rerender(<HistoryView history={{ state: 'error', error: new Error('quota exceeded') }} carriers={new Map()} onShowMore={noop} onDeletePage={noop} onDeleteAll={noop} />);
    expect(screen.getByRole('alert').textContent).toBe('The history could not be read: quota exceeded');
  });

  it('links only to web addresses', () => {
    const page = { id: 1, url: 'javascript:alert(1)', outlet: 'x', title: 'Odd', firstSeen: 1, lastSeen: 1, claims: [] };
    render(
      <HistoryView
        history={{ state: 'ready', value: { pages: [page], total: 1 } }}
        carriers={new Map()}
        onShowMore={() => {}}
        onDeletePage={() => {}}
        onDeleteAll={() => {}}
      />,
    );
    expect(screen.getByText('javascript:alert(1)').closest('a')).toBeNull();
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });
});

describe('the history page', () => {
  it('lists pages newest first with address, outlet and claims, and follows new visits live', async () => {
    const disputed = makeClaim('d', 'disputed', {
      text: 'it has regained control over two villages',
      asserter: { name: 'the Russian Defense Ministry', side: 'Russia' },
      responses: [{ by: { name: 'the Ukrainian military', side: 'Ukraine' }, stance: 'denies', text: 'No encirclement.' }],
    });
    await recordPage('https://first.example/a', 'First article', analysis(disputed), 1000);
    await recordPage('https://second.example/b', 'Second article', analysis(makeClaim('u', 'uncontested')), 2000);

    render(<HistoryPage />);
    await screen.findByRole('heading', { name: 'Second article' });
    const titles = () => screen.getAllByRole('article').map((article) => within(article).getByRole('heading').textContent);
    expect(titles()).toEqual(['Second article', 'First article']);

    const first = screen.getByRole('article', { name: 'First article' });
    expect(within(first).getByRole('link', { name: 'https://first.example/a' }).getAttribute('href')).toBe('https://first.example/a');
    expect(first.textContent).toContain('first.example');
    const claim = within(first).getAllByRole('listitem')[0]!;
    expect(claim.textContent).toContain('Disputed');
    expect(claim.textContent).toContain('the Russian Defense Ministry (Russia)');
    expect(claim.textContent).toContain('it has regained control over two villages');
    expect(claim.textContent).toContain('Denial by the Ukrainian military (Ukraine): No encirclement.');

    await recordPage('https://first.example/a', 'First article', analysis(disputed), 3000);
    await recordPage('https://third.example/c', 'Third article', analysis(makeClaim('s', 'supported')), 4000);
    await waitFor(() => expect(titles()).toEqual(['Third article', 'First article', 'Second article']));
  });

  it('shows where else a claim was seen, flagging a different status', async () => {
    const shared = (status: 'disputed' | 'uncontested') =>
      makeClaim('shared', status, { asserter: { name: 'the Russian Defense Ministry', side: 'Russia' } });
    await recordPage('https://with-denial.example/a', 'With denial', analysis(shared('disputed')), 1);
    await recordPage('https://claim-alone.example/b', 'Claim alone', analysis(shared('uncontested')), 2);
    await recordPage('https://same.example/c', 'Same as alone', analysis(shared('uncontested')), 3);
    render(<HistoryPage />);

    const withDenial = await screen.findByRole('article', { name: 'With denial' });
    // Where else a claim was seen arrives just after the rows.
    await waitFor(() =>
      expect(withDenial.textContent).toContain(
        'Status differs between pages. Also on same.example (Uncontested), claim-alone.example (Uncontested)',
      ),
    );
    expect(within(withDenial).getByRole('link', { name: 'claim-alone.example' }).getAttribute('href')).toBe(
      'https://claim-alone.example/b',
    );
    const same = screen.getByRole('article', { name: 'Same as alone' });
    expect(same.textContent).toContain('Also on claim-alone.example (Uncontested), with-denial.example (Disputed)');
    expect(same.textContent).toContain('Status differs');
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

  it('forgets a page on request', async () => {
    await recordPage('https://news.example/1', 'Kept', analysis(makeClaim('a', 'uncontested')), 1);
    await recordPage('https://news.example/2', 'Forgotten', analysis(makeClaim('b', 'uncontested')), 2);
    render(<HistoryPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Forget Forgotten' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Forgotten' })).toBeNull());
    expect(screen.getByRole('article', { name: 'Kept' })).toBeTruthy();
  });

  it('forgets everything only after a second click', async () => {
    await recordPage('https://news.example/1', 'One', analysis(makeClaim('a', 'uncontested')), 1);
    await recordPage('https://news.example/2', 'Two', analysis(makeClaim('b', 'uncontested')), 2);
    render(<HistoryPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Forget all pages…' }));
    const confirm = screen.getByRole('group', { name: 'Confirm forgetting all pages' });
    expect(confirm.textContent).toContain('Forget all 2 pages and their claims?');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.getAllByRole('article')).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Forget all pages…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Forget all' }));
    await screen.findByText(/No pages yet/);
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
