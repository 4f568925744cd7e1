// Wiring only: a submitted article → validation → the analyzer → the history.
import { analyze } from '../../lib/analyzer/index';
import { errorMessage } from '../../lib/error-message';
import type { Analysis } from '../../lib/analyzer/types';
import { recordPage } from '../../lib/history/repository';
import { applyRetention, reportRecordFailure } from '../../lib/history/settings';
import { onMessage } from '../../lib/messaging/protocol';
import { ArticleSubmissionSchema, parseOrThrow } from '../../lib/messaging/schemas';
import { isSiteEnabled } from '../../lib/settings/sites';

export default defineBackground(() => {
  // A handler's error goes back to the sender as a rejected sendMessage; the worker carries on.
  onMessage('analyzeArticle', async ({ data }): Promise<Analysis> => {
    const article = parseOrThrow(ArticleSubmissionSchema, data, 'article submission');
    const outlet = new URL(article.url).hostname;
    // The switch may flip while a submission is on its way: an off site is neither read nor kept.
    if (!(await isSiteEnabled(outlet))) {
      return { language: 'und', analyzed: false, reason: `highlighting is off on ${outlet}`, claims: [] };
    }
    let analysis: Analysis;
    try {
      analysis = await analyze(article.text);
    } catch (error) {
      throw new Error(`ClaimLens could not analyze ${article.url}: ${errorMessage(error)}`);
    }
    // The reader gets the highlights even when the history cannot be written (e.g. quota full);
    // the failure is kept for the history page to show.
    try {
      await recordPage(article.url, article.title, analysis);
      await applyRetention();
    } catch (error) {
      console.error(`ClaimLens could not record ${article.url} in the history: ${errorMessage(error)}`);
      await reportRecordFailure(article.url, error).catch(() => {});
    }
    return analysis;
  });
});
