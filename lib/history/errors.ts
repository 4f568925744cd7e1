// What went wrong with the history database, in words a reader can act on.
import { errorMessage } from '../error-message';

/** Whether `error` (or the error it wraps) says the browser's storage quota is exhausted. */
export function isQuotaError(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (name === 'QuotaExceededError') return true;
    // Dexie reports a transaction aborted by a full disk as AbortError with the cause inside.
    current = inner;
  }
  return false;
}

export function describeHistoryError(error: unknown): string {
  if (isQuotaError(error)) {
    return 'The browser has no storage left for the history. Forget old pages, set a retention period or free disk space; nothing was half-written.';
  }
  return errorMessage(error);
}
