// One page's claims, kept in step with the page: extract the article, have it analyzed, paint
// highlights and tooltips; when the article's text changes (live blogs, "load more", an app
// swapping the article), analyze the new text and repaint. Extraction and painting run in
// slices that leave the page responsive; each refresh hangs off an AbortController, and
// everything painted off another, so hiding is two abort()s and leaves the DOM as it was.
import { Aborted, extractArticleInSlices, type ExtractedArticle, type ReadOptions } from '@/lib/article';
import { addedTextLength, changesPageText } from '@/lib/article/page-text';
import { declaresNonArticle } from '@/lib/article/page-kind';
import type { Analysis, Claim } from '@/lib/analyzer/types';
import {
  attachClaimNavigation,
  attachClaimTooltips,
  guarded,
  highlightClaimsInSlices,
  type Highlights,
  removeStrayMarks,
} from '@/lib/highlight';

export type Analyze = (article: ExtractedArticle) => Promise<Analysis>;
/** Reads the article off the page (Readability and the text map): the costliest step of a refresh. */
export type ReadArticle = (doc: Document, options: ReadOptions) => Promise<ExtractedArticle | null>;

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

export function createPageSession(
  doc: Document,
  analyze: Analyze,
  settleMs = SETTLE_MS,
  read: ReadArticle = extractArticleInSlices,
): PageSession {
  let shown = false;
  let painted: {
    article: ExtractedArticle;
    analysis: Analysis;
    highlights: Highlights;
    claims: Map<string, Claim>;
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
  /** The page changed outside the painted article's body: the next read is a full one. */
  let changedElsewhere = false;
  const watchedRoots = new Set<Node>();

  function onRecords(records: readonly MutationRecord[]): void {
    if (records.length === 0) return;
    if (early && (records.length > HUGE_BATCH || records.some(changesPageText))) dropEarly();
    if (growthSinceVerdict !== null) {
      for (const record of records) growthSinceVerdict += addedTextLength(record);
      if (growthSinceVerdict >= GROWTH_TO_RECHECK) schedule();
      return;
    }
    const changes = records.length > HUGE_BATCH ? null : records.filter(changesPageText);
    if (changes?.length === 0) return;
    const body = painted?.article.body?.root;
    if (!changes || !body || changes.some((record) => !body.contains(record.target))) changedElsewhere = true;
    schedule();
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

  /**
   * The article as the page has it now: the early read when nothing changed since; read again
   * inside the painted article's body when the page changed only there; else read afresh.
   */
  function readArticle(signal: AbortSignal): Promise<ExtractedArticle | null> {
    const prepared = early;
    early = null;
    if (!prepared) {
      const previous = changedElsewhere ? undefined : painted?.article;
      changedElsewhere = false;
      return read(doc, { signal, previous });
    }
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

  /**
   * Paints the analysis over what is painted: occurrences already marked stay as they are
   * (re-labelled when their status changed), new ones are marked, gone ones unwrapped.
   */
  async function paint(article: ExtractedArticle, analysis: Analysis, signal: AbortSignal): Promise<void> {
    const highlights = await highlightClaimsInSlices(analysis.claims, article.map, {
      signal,
      around: asOwnChange,
      onto: painted?.highlights,
    });
    const claims = new Map(analysis.claims.map((claim) => [claim.id, claim]));
    if (painted) {
      Object.assign(painted, { article, analysis, highlights, claims });
      return;
    }
    const controller = new AbortController();
    const current = { article, analysis, highlights, claims, controller };
    attachClaimTooltips(doc, (id) => current.claims.get(id), controller.signal);
    attachClaimNavigation(doc, () => current.highlights.marks, controller.signal);
    controller.signal.addEventListener('abort', guarded(() => current.highlights.remove()), { once: true });
    painted = current;
  }

  async function refresh(signal: AbortSignal): Promise<void> {
    if (doc.body) watch(doc.body);
    // Extraction sees through the highlights: unchanged text gives the same article, and the
    // text map it builds points into the marked page, so new claims are painted around the old.
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
    // A page change while the analysis ran leaves the ranges it touched unresolved: the observer
    // has a refresh coming for it, which paints them.
    await paint(article, analysis, signal);
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
      const article = read(doc, { signal: controller.signal });
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
