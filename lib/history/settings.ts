// The history's settings and status kept in extension storage: the retention period, and the
// last time a page could not be recorded (the background writes it; the history page shows it).
import { storage } from 'wxt/utils/storage';
import { describeHistoryError } from './errors';
import { forgetPagesSeenBefore } from './repository';

const DAY = 24 * 60 * 60 * 1000;

/** How many days pages are kept after they were last seen; 0 keeps them forever. */
export const retentionDays = storage.defineItem<number>('local:claimlens:historyRetentionDays', { fallback: 0 });

export interface RecordFailure {
  url: string;
  message: string;
  at: number;
}

export const lastRecordFailure = storage.defineItem<RecordFailure | null>('local:claimlens:historyRecordFailure', {
  fallback: null,
});

/** Forgets the pages the retention period no longer covers; returns how many. */
export async function applyRetention(now: number = Date.now()): Promise<number> {
  const days = await retentionDays.getValue();
  return days > 0 ? forgetPagesSeenBefore(now - days * DAY) : 0;
}

export async function reportRecordFailure(url: string, error: unknown, now: number = Date.now()): Promise<void> {
  await lastRecordFailure.setValue({ url, message: describeHistoryError(error), at: now });
}
