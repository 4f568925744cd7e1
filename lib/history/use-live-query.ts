// A Preact hook over Dexie's liveQuery: the query re-runs whenever a write touches what it read,
// including writes made by the background's service worker while the page is open.
import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

export type LiveResult<T> =
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'error'; error: Error };

const LOADING = { state: 'loading' } as const;

/**
 * Runs `query` live; `deps` say when to subscribe to a new query (as for useEffect). The last
 * result stays until the new query answers, so a list does not blink back to "loading". Without
 * a query nothing is read and the result is "loading": what is not needed yet costs no request,
 * and no laying out of the page again while its first rows are being read.
 */
export function useLiveQuery<T>(query: (() => Promise<T>) | undefined, deps: readonly unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>(LOADING);
  // Subscribed as soon as the page is rendered, not after it is painted: the first rows are asked
  // for a frame earlier.
  useLayoutEffect(() => {
    if (!query) {
      setResult(LOADING);
      return;
    }
    // An async querier keeps Dexie's transaction zone across the awaits of the async functions it calls.
    const subscription = liveQuery(async () => query()).subscribe({
      next: (value) => setResult({ state: 'ready', value }),
      error: (error: unknown) =>
        setResult({ state: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return result;
}
