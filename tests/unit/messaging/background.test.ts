// The background's wiring: a submission is validated, analyzed, answered, and then recorded.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background/index';
import type { Analysis } from '../../../lib/analyzer/types';
import { recordsSettled } from '../../../lib/history/recorder';
import { clearHistory, listRecentPages } from '../../../lib/history/repository';
import { setSiteEnabled } from '../../../lib/settings/sites';
import { analysis, submission } from './fixtures';

type Handler = (message: { data: unknown }) => Promise<Analysis>;
const { handlers, analyze } = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  analyze: vi.fn<(text: string) => Analysis>(),
}));
vi.mock('../../../lib/messaging/protocol', () => ({
  onMessage: (type: string, handler: Handler) => handlers.set(type, handler),
}));
// The analyzer has its own tests; here it only has to answer.
vi.mock('../../../lib/analyzer/index', () => ({ analyze }));

function analyzeArticle(data: unknown): Promise<Analysis> {
  const handler = handlers.get('analyzeArticle');
  if (!handler) throw new Error('the background did not listen for analyzeArticle');
  return handler({ data });
}

beforeEach(async () => {
  fakeBrowser.reset();
  analyze.mockReset();
  await clearHistory();
  handlers.clear();
  background.main();
});

describe('analyzeArticle in the background', () => {
  it('answers with the analysis and records the page', async () => {
    analyze.mockReturnValue(analysis);
    await expect(analyzeArticle(submission)).resolves.toEqual(analysis);
    expect(analyze).toHaveBeenCalledWith(submission.text);
    await recordsSettled();
    const { pages } = await listRecentPages(10);
    expect(pages.map((page) => [page.url, page.title, page.claims.map((claim) => claim.claimId)])).toEqual([
      [submission.url, submission.title, ['c1']],
    ]);
  });

  it('refuses an invalid submission with a clear message, analyzing nothing', async () => {
    await expect(analyzeArticle({ ...submission, url: 'file:///etc/passwd' })).rejects.toThrow(
      'Invalid article submission: url: must be an http(s) address',
    );
    expect(analyze).not.toHaveBeenCalled();
  });

  it('neither analyzes nor records a site that is switched off', async () => {
    await setSiteEnabled('news.example', false);
    const answer = await analyzeArticle(submission);
    await recordsSettled();
    expect(answer).toMatchObject({ analyzed: false, claims: [], reason: 'highlighting is off on news.example' });
    expect(analyze).not.toHaveBeenCalled();
    expect((await listRecentPages(10)).total).toBe(0);
  });

  it("names the page when the analyzer fails", async () => {
    analyze.mockImplementation(() => {
      throw new Error('model not loaded');
    });
    await expect(analyzeArticle(submission)).rejects.toThrow(
      `ClaimLens could not analyze ${submission.url}: model not loaded`,
    );
  });

  it('still answers when the history cannot be written', async () => {
    // A function cannot be cloned into IndexedDB.
    const claim = analysis.claims[0]!;
    const unstorable = { ...analysis, claims: [{ ...claim, responses: [{ ...claim.responses[0]!, said: () => 'no' }] }] } as unknown as Analysis;
    analyze.mockReturnValue(unstorable);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(analyzeArticle(submission)).resolves.toBe(unstorable);
    await recordsSettled();
    expect(logged).toHaveBeenCalledWith(expect.stringContaining(`could not record ${submission.url}`));
    logged.mockRestore();
  });
});
