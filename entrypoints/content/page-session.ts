// One page's claims, kept in step with the page: extract the article, have it analyzed, paint
// highlights and tooltips; when the article's text changes (live blogs, "load more", an app
// swapping the article), analyze the new text and repaint. Everything painted hangs off one
// AbortController, so hiding is one abort() and leaves the DOM as it was.
import { extractArticle, type ExtractedArticle } from '@/lib/article';
import { changesPageText } from '@/lib/article/page-text';
import type { Analysis } from '@/lib/analyzer/types';
import {
  attachClaimNavigation,
  attachClaimTooltips,
  guarded,
  highlightClaims,
  type Highlights,
  removeStrayMarks,
} from '@/lib/highlight';

export type Analyze = (article: ExtractedArticle) => Promise<Analysis>;

export interface PageSession {
  /** Paints the page's claims and follows the page's changes. */
  show(): void;
  /** Removes every highlight and tooltip and stops following the page. */
  hide(): void;
  /** The page navigated: forget its article and analysis (and repaint if shown). */
  reset(): void;
  /** The analysis of the article as painted, or null. */
  readonly analysis: Analysis | null;
  readonly title: string | null;
}

/** Page changes are looked at no more often than this: a growing live blog is read once per period. */
const SETTLE_MS = 1000;
const HUGE_BATCH = 500;

export function createPageSession(doc: Document, analyze: Analyze, settleMs = SETTLE_MS): PageSession {
  let shown = false;
  /** Bumped whenever earlier work becomes moot: an answer for an older round is dropped. */
  let round = 0;
  let painted: {
    article: ExtractedArticle;
    analysis: Analysis;
    highlights: Highlights;
    controller: AbortController;
  } | null = null;
  let analyzed: { text: string; analysis: Analysis } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const observer = new MutationObserver((records) => {
    // A huge batch is a new page in all but name: no need to look through it, read it again.
    if (records.length > HUGE_BATCH || records.some(changesPageText)) schedule();
  });

  function unpaint(): void {
    painted?.controller.abort();
    painted = null;
    removeStrayMarks(doc);
    // Our own DOM changes are not page changes.
    observer.takeRecords();
  }

  function paint(article: ExtractedArticle, analysis: Analysis): void {
    const controller = new AbortController();
    const highlights = highlightClaims(analysis.claims, article.map, doc);
    const claims = new Map(analysis.claims.map((claim) => [claim.id, claim]));
    attachClaimTooltips(doc, (id) => claims.get(id), controller.signal);
    attachClaimNavigation(doc, controller.signal);
    controller.signal.addEventListener('abort', guarded(highlights.remove), { once: true });
    painted = { article, analysis, highlights, controller };
    observer.takeRecords();
  }

  async function refresh(): Promise<void> {
    if (!shown) return;
    const current = round;
    // Extraction sees through the highlights: unchanged text gives the same article.
    const article = extractArticle(doc);
    if (!article) return unpaint();
    // Same text, every highlight in place: nothing to do. A page that re-rendered a highlighted
    // paragraph with the same words gets its highlights back from the analysis it has.
    if (article.text === painted?.article.text && painted.highlights.marks.every((mark) => mark.isConnected)) return;
    let analysis = analyzed?.text === article.text ? analyzed.analysis : null;
    if (!analysis) {
      analysis = await analyze(article);
      if (current !== round) return;
      analyzed = { text: article.text, analysis };
    }
    // Highlights split text nodes: take them off and read the page again before painting.
    let fresh: ExtractedArticle | null = article;
    if (painted) {
      unpaint();
      fresh = extractArticle(doc);
    }
    if (fresh?.text !== article.text) return schedule();
    paint(fresh, analysis);
  }

  let refreshing = false;
  let again = false;
  /** One refresh at a time; a request meanwhile runs once the current one is done. */
  const run = guarded(async () => {
    if (refreshing) {
      again = true;
      return;
    }
    refreshing = true;
    try {
      await refresh();
    } finally {
      refreshing = false;
      if (again) {
        again = false;
        run();
      }
    }
  });

  function schedule(): void {
    if (!shown || timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      run();
    }, settleMs);
  }

  return {
    show() {
      if (shown) return;
      shown = true;
      if (doc.body) observer.observe(doc.body, { childList: true, characterData: true, subtree: true });
      run();
    },
    hide() {
      shown = false;
      round += 1;
      observer.disconnect();
      if (timer !== null) clearTimeout(timer);
      timer = null;
      unpaint();
    },
    reset() {
      round += 1;
      analyzed = null;
      unpaint();
      if (shown) run();
    },
    get analysis() {
      return painted?.analysis ?? null;
    },
    get title() {
      return painted?.article.title ?? null;
    },
  };
}
