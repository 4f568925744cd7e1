// What a list or view shows while its live query is still loading or has failed.
import type { LiveResult } from '../lib/history/use-live-query';

/** `what` names the thing read, as "the history"; nothing is shown once the result is ready. */
export function LiveNotice({ result, what }: { result: LiveResult<unknown>; what: string }) {
  if (result.state === 'loading') {
    return (
      <p class="notice" role="status">
        {`Loading ${what}…`}
      </p>
    );
  }
  if (result.state === 'error') {
    return (
      <p class="notice error" role="alert">
        {`${what.charAt(0).toUpperCase()}${what.slice(1)} could not be read: `}
        {result.error.message}
      </p>
    );
  }
  return null;
}
