// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useLiveQuery } from '../../../lib/history/use-live-query';

function Show({ query }: { query: () => Promise<string> }) {
  const result = useLiveQuery(query, []);
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
});
