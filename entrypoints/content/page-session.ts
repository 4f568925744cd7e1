// One page's claims, kept in step with the page: extract the article, have it analyzed, paint
// highlights and tooltips; when the article's text changes (live blogs, "load more", an app
// swapping the article), analyze the new text and repaint. Extraction and painting run in
// slices that leave the page responsive; each refresh hangs off an AbortController, and
// everything painted off another, so hiding is two abort()s and leaves the DOM as it was.
import { Aborted, extractArticleInSlices, type ExtractedArticle } from '@/lib/article';
import { addedTextLength, changesPageText } from '@/lib/article/page-text';
import { declaresNonArticle } from '@/lib/article/page-kind';
import type { Analysis } from '@/lib/analyzer/types';
import {
  attachClaimNavigation,
  attachClaimTooltips,
  guarded,
  highlightClaimsInSlices,
  type Highlights,
  removeStrayMarks,
} from '@/lib/highlight';

export type Analyze = (article: ExtractedArticle) => Promise<Analysis>;

export interface PageSession {
  /**
   * Starts reading the article ahead of `show()`, while the site switch is still being read; the
   * page is not changed. A page change meanwhile discards the early read.
   */
  prepare(): void;
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
/** A batch this large is a new page in all but name: read it again without looking through it. */
const HUGE_BATCH = 500;
/** A page found not to be an article is read again only once it has gained this much text. */
const GROWTH_TO_RECHECK = 500;

const OBSERVED = { childList: true, characterData: true, subtree: true } as const;

export function createPageSession(doc: Document, analyze: Analyze, settleMs = SETTLE_MS): PageSession {
  let shown = false;
  let painted: {
    article: ExtractedArticle;
    analysis: Analysis;
    highlights: Highlights;
    controller: AbortController;
  } | null = null;
  let analyzed: { text: string; analysis: Analysis } | null = null;
  /** The refresh under way; aborted when its work becomes moot (hide, navigation). */
  let work: AbortController | null = null;
  /** The article read by `prepare()`, for the first refresh. */
  let early: { article: Promise<ExtractedArticle | null>; controller: AbortController } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** Not an article: page changes only count once enough text arrived (null: it is one, or unknown). */
  let growthSinceVerdict: number | null = null;
  const watchedRoots = new Set<Node>();

  function onRecords(records: readonly MutationRecord[]): void {
    if (records.length === 0) return;
    if (early && (records.length > HUGE_BATCH || records.some(changesPageText))) dropEarly();
    if (growthSinceVerdict !== null) {
      for (const record of records) growthSinceVerdict += addedTextLength(record);
      if (growthSinceVerdict >= GROWTH_TO_RECHECK) schedule();
      return;
    }
    if (records.length > HUGE_BATCH || records.some(changesPageText)) schedule();
  }
  const observer = new MutationObserver(onRecords);

  /** Runs one slice of the extension's own DOM work: what it changes is never taken for a page change. */
  function asOwnChange(change: () => void): void {
    onRecords(observer.takeRecords());
    change();
    observer.takeRecords();
  }

  function dropEarly(): void {
    early?.controller.abort();
    early = null;
  }

  /** The article as the page has it now: read afresh, or the early read when nothing changed since. */
  function readArticle(signal: AbortSignal): Promise<ExtractedArticle | null> {
    const prepared = early;
    early = null;
    if (!prepared) return extractArticleInSlices(doc, { signal });
    signal.addEventListener('abort', () => prepared.controller.abort(), { once: true });
    return prepared.article;
  }

  function watch(root: Node): void {
    if (watchedRoots.has(root)) return;
    watchedRoots.add(root);
    observer.observe(root, OBSERVED);
  }

  function stopWatching(): void {
    observer.disconnect();
    watchedRoots.clear();
  }

  function unpaint(): void {
    asOwnChange(() => {
      painted?.controller.abort();
      painted = null;
      removeStrayMarks(doc);
      for (const root of watchedRoots) if (root !== doc.body) removeStrayMarks(root as ParentNode);
    });
  }

  /** The page is not an article: nothing painted, and only a real change of content is looked at again. */
  function leaveAlone(): void {
    unpaint();
    // A page whose metadata says what it is (a shop, a home page) stays that until it navigates.
    if (declaresNonArticle(doc)) stopWatching();
    else growthSinceVerdict = 0;
  }

  async function paint(article: ExtractedArticle, analysis: Analysis, signal: AbortSignal): Promise<void> {
    const highlights = await highlightClaimsInSlices(analysis.claims, article.map, { signal, around: asOwnChange });
    const controller = new AbortController();
    const claims = new Map(analysis.claims.map((claim) => [claim.id, claim]));
    attachClaimTooltips(doc, (id) => claims.get(id), controller.signal);
    attachClaimNavigation(doc, () => highlights.marks, controller.signal);
    controller.signal.addEventListener('abort', guarded(highlights.remove), { once: true });
    painted = { article, analysis, highlights, controller };
  }

  async function refresh(signal: AbortSignal): Promise<void> {
    if (doc.body) watch(doc.body);
    // Extraction sees through the highlights: unchanged text gives the same article.
    const article = await readArticle(signal);
    if (!article) return leaveAlone();
    growthSinceVerdict = null;
    article.shadowRoots.forEach(watch);
    // Same text, every highlight in place: nothing to do. A page that re-rendered a highlighted
    // paragraph with the same words gets its highlights back from the analysis it has.
    if (article.text === painted?.article.text && painted.highlights.marks.every((mark) => mark.isConnected)) return;
    let analysis = analyzed?.text === article.text ? analyzed.analysis : null;
    if (!analysis) {
      analysis = await analyze(article);
      if (signal.aborted) return;
      analyzed = { text: article.text, analysis };
    }
    // Highlights split text nodes: take them off and read the page again before painting.
    let fresh: ExtractedArticle | null = article;
    if (painted) {
      unpaint();
      fresh = await extractArticleInSlices(doc, { signal });
    }
    if (fresh?.text !== article.text) return schedule();
    await paint(fresh, analysis, signal);
  }

  let again = false;
  /** One refresh at a time; a request meanwhile runs once the current one is done. */
  const run = guarded(async () => {
    if (work) {
      again = true;
      return;
    }
    const controller = new AbortController();
    work = controller;
    try {
      await refresh(controller.signal);
    } catch (error) {
      if (!(error instanceof Aborted)) throw error;
    } finally {
      if (work === controller) work = null;
      if (again && shown && !controller.signal.aborted) {
        again = false;
        run();
      }
    }
  });

  function schedule(delayMs = settleMs): void {
    if (!shown || timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      run();
    }, delayMs);
  }

  function stop(): void {
    work?.abort();
    work = null;
    again = false;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  return {
    prepare() {
      if (shown || early || !doc.body) return;
      watch(doc.body);
      const controller = new AbortController();
      const article = extractArticleInSlices(doc, { signal: controller.signal });
      // Dropped early reads reject with Aborted; whoever uses the read sees its outcome.
      article.catch(() => {});
      early = { article, controller };
    },
    show() {
      if (shown) return;
      shown = true;
      run();
    },
    hide() {
      shown = false;
      dropEarly();
      stop();
      unpaint();
      stopWatching();
      growthSinceVerdict = null;
    },
    reset() {
      dropEarly();
      stop();
      analyzed = null;
      unpaint();
      // The page may have a new body and new shadow roots.
      stopWatching();
      growthSinceVerdict = null;
      // A navigation is announced before the app has swapped the article (the Navigation API's
      // navigate event fires inside pushState): read the page once the app has had its turn.
      schedule(0);
    },
    get analysis() {
      return painted?.analysis ?? null;
    },
    get title() {
      return painted?.article.title ?? null;
    },
  };
}
