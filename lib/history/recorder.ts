// Records analysed pages in the history one at a time, after the reader already has the
// highlights: a slow write (a large history, a cold claim index) never delays a page, and two
// tabs' records never interleave their claim-group updates.
import type { Analysis } from '../analyzer/types';
import { errorMessage } from '../error-message';
import { recordPage } from './repository';
import { applyRetention, reportRecordFailure } from './settings';

let queue: Promise<void> = Promise.resolve();

/** Queues the page's record; the failure, if any, is kept for the history page to show. */
export function recordInTurn(url: string, title: string, analysis: Analysis): Promise<void> {
  queue = queue.then(async () => {
    try {
      await recordPage(url, title, analysis);
      await applyRetention();
    } catch (error) {
      console.error(`ClaimLens could not record ${url} in the history: ${errorMessage(error)}`);
      await reportRecordFailure(url, error).catch(() => {});
    }
  });
  return queue;
}

/** Resolves once every record queued so far has been written or reported. */
export function recordsSettled(): Promise<void> {
  return queue;
}
