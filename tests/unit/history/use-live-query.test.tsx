// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useLiveQuery } from '../../../lib/history/use-live-query';

function Show({ query }: { query: (() => Promise<string>) | undefined }) {
  const result = useLiveQuery(query, [query]);
  if (result.state === 'loading') return <p>loading</p>;
  return <p>{result.state === 'ready' ? `value: ${result.value}` : `error: ${result.error.message}`}</p>;
}

afterEach(cleanup);

describe('useLiveQuery', () => {
  it('starts loading, then gives the value', async () => {
    render(<Show query={async () => 'ready'} />);
    expect(screen.getByText('loading')).toBeTruthy();
    await screen.findByText('value: ready');
  });

  it('gives the error when the query fails', async () => {
    render(
      <Show
        query={async () => {
          throw new Error('the database is gone');
        }}
      />,
    );
    await screen.findByText('error: the database is gone');
  });

  it('reads nothing without a query, and goes back to loading when its query is taken away', async () => {
    let reads = 0;
    const query = async () => {
      reads += 1;
      return 'ready';
    };
    const shown = render(<Show query={undefined} />);
    await new Promise((settled) => setTimeout(settled, 20));
    expect(screen.getByText('loading')).toBeTruthy();
    expect(reads).toBe(0);
    shown.rerender(<Show query={query} />);
    await screen.findByText('value: ready');
    shown.rerender(<Show query={undefined} />);
    await screen.findByText('loading');
    expect(reads).toBe(1);
  });
});
