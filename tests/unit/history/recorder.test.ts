// Records are written one at a time, after the answer: a failed one is reported and does not
// hold back the records queued after it.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Claim } from '../../../lib/analyzer/types';
import { recordInTurn, recordsSettled } from '../../../lib/history/recorder';
import { clearHistory, listRecentPages } from '../../../lib/history/repository';
import { lastRecordFailure } from '../../../lib/history/settings';
import { analysis, claim } from './fixtures';

const page = analysis(claim('c1', 'it has regained control over two villages'));

beforeEach(async () => {
  fakeBrowser.reset();
  await clearHistory();
});

describe('recording pages in turn', () => {
  it('writes every queued page, in the order they were queued', async () => {
    const urls = ['https://a.example/1', 'https://b.example/2', 'https://c.example/3'];
    for (const url of urls) void recordInTurn(url, url, page);
    await recordsSettled();
    const { pages } = await listRecentPages(10);
    expect(pages.map((seen) => seen.url).sort()).toEqual(urls);
  });

  it('reports a record that fails and still writes the next one', async () => {
    const unstorable = analysis({ ...claim('c2', 'two villages'), responses: [() => 'no'] } as unknown as Claim);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    void recordInTurn('https://bad.example/x', 'bad', unstorable);
    void recordInTurn('https://good.example/y', 'good', page);
    await recordsSettled();
    logged.mockRestore();
    expect((await lastRecordFailure.getValue())?.url).toBe('https://bad.example/x');
    expect((await listRecentPages(10)).pages.map((seen) => seen.url)).toEqual(['https://good.example/y']);
  });
});
