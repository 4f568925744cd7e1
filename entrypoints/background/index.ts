// Wiring only: a submitted article → validation → the analyzer → the history.
import { analyze } from '../../lib/analyzer/index';
import { errorMessage } from '../../lib/error-message';
import type { Analysis } from '../../lib/analyzer/types';
import { recordInTurn } from '../../lib/history/recorder';
import { fitAnalysis } from '../../lib/messaging/fit-analysis';
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
      analysis = fitAnalysis(await analyze(article.text));
    } catch (error) {
      throw new Error(`ClaimLens could not analyze ${article.url}: ${errorMessage(error)}`);
    }
    // The reader gets the highlights first; the history is written after, in turn.
    void recordInTurn(article.url, article.title, analysis);
    return analysis;
  });
});
