import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeHistoryError, isQuotaError } from '../../../lib/history/errors';
import { clearHistory, listRecentPages, recordPage } from '../../../lib/history/repository';
import { applyRetention, lastRecordFailure, reportRecordFailure, retentionDays } from '../../../lib/history/settings';
import { formatBytes } from '../../../lib/history/storage-estimate';
import { analysis, claim } from './fixtures';

const DAY = 24 * 60 * 60 * 1000;

beforeEach(async () => {
  fakeBrowser.reset();
  await clearHistory();
});

describe('quota errors', () => {
  it('recognises a full disk however Dexie wraps it', () => {
    const domQuota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(domQuota)).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', domQuota))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', new Error('other')))).toBe(false);
    expect(isQuotaError(new Error('nope'))).toBe(false);
  });

  it('says what to do about it, and passes other messages on', () => {
    expect(describeHistoryError(new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')))).toMatch(/no storage left/);
    expect(describeHistoryError(new Error('The database is gone'))).toBe('The database is gone');
  });

  it('keeps the last failure to record for the history page', async () => {
    await reportRecordFailure('https://news.example/a', new Dexie.QuotaExceededError('full'), 42);
    expect(await lastRecordFailure.getValue()).toEqual({ url: 'https://news.example/a', message: expect.stringMatching(/no storage left/), at: 42 });
  });
});

describe('retention', () => {
  it('keeps everything by default and forgets pages older than the chosen period', async () => {
    const now = 100 * DAY;
    await recordPage('https://a.example/old', 'Old', analysis(claim('a', 'the bridge was destroyed')), now - 40 * DAY);
    await recordPage('https://a.example/new', 'New', analysis(claim('b', 'the dam was breached')), now - 2 * DAY);
    expect(await applyRetention(now)).toBe(0);
    await retentionDays.setValue(30);
    expect(await applyRetention(now)).toBe(1);
    expect((await listRecentPages(10)).pages.map((page) => page.title)).toEqual(['New']);
  });
});

describe('formatBytes', () => {
  it('uses the largest fitting unit', () => {
    expect([formatBytes(512), formatBytes(2048), formatBytes(5.5 * 1024 * 1024)]).toEqual(['512 bytes', '2.0 KB', '5.5 MB']);
  });
});
