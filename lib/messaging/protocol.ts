// The typed protocol between the extension's parts. Every message crosses a trust boundary
// (a content script runs beside a page the extension does not control), so each handler
// validates what it receives with the schemas in ./schemas before using it.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Analysis } from '../analyzer/types';

/** What the content script extracted from a page and asks the background to analyze. */
export interface ArticleSubmission {
  url: string;
  title: string;
  /** The article's text; claim occurrences are offsets into it. */
  text: string;
}

/** What a tab's content script knows of its page, for the popup. */
export interface PageState {
  url: string;
  hostname: string;
  title: string;
  /** Whether highlighting is on for this site. */
  enabled: boolean;
  /** The page's analysis, or null when the site is off or nothing was analyzed yet. */
  analysis: Analysis | null;
}

interface ProtocolMap {
  /** content → background: analyze the article and record it in the history. */
  analyzeArticle(submission: ArticleSubmission): Analysis;
  /** popup → content script of a tab: describe the page. */
  getPageState(): PageState;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
