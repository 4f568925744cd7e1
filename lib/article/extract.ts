// Page → article text + a map back to the page's text nodes. Readability decides what the
// article is, but it rewrites the document it reads, so it reads a copy: the copy's text nodes
// are paired with the live ones as the copy is made, and the live nodes whose copies survive in
// Readability's article are the article's text. Open shadow roots are read as rendered.
// The work is a generator of steps (see steps.ts): at once for tests and the CLI, in slices on a page.
// A page that grew inside the article's body since an earlier read is read again there without
// Readability (see article-body.ts).
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { type ArticleBody, articleBody, grownBody } from './article-body';
import { composedNodes, flatCopy, openShadowRoots, parentAcross, textNodesOf } from './composed';
import { findHeadline, findStandfirst, normalizeText } from './headline';
import { declaresNonArticle } from './page-kind';
import { blockOf, ELEMENT_NODE, isPageChrome, isPageText, MARK_TAG, SHOW_ELEMENT, SHOW_TEXT, TEXT_NODE } from './page-text';
import { runAtOnce, runInSlices, type SliceOptions, type Steps } from './steps';
import { type TextMap, TextMapBuilder } from './text-map';

export interface ExtractedArticle {
  /** The headline, or the page's title when the article has no headline of its own. */
  title: string;
  /** Headline, standfirst and body paragraphs; blocks separated by a blank line. */
  text: string;
  /** From offsets in `text` back to the live page's text nodes. */
  map: TextMap;
  /** The open shadow roots the article was read across (the page session watches them too). */
  shadowRoots: readonly ShadowRoot[];
  /** Where the body is, for reading the article again as it grows; null on pages with shadow roots. */
  body: ArticleBody | null;
}

export interface ReadOptions extends SliceOptions {
  /**
   * The article read earlier from this page, when the page has changed only inside its body
   * since: it is read again there, without Readability (unless its body is gone).
   */
  previous?: ExtractedArticle;
}

/** Less than this is a teaser or a stub, not an article worth analyzing. */
const MIN_ARTICLE_CHARS = 500;
/**
 * Readability's readerable check with paragraphs counted from 80 characters (its default, 140,
 * turns away tabloid and wire stories written in one-sentence paragraphs).
 */
const READERABLE = { minContentLength: 80, minScore: 20 };
/** Text nodes handled between two possible pauses. */
const NODES_PER_STEP = 200;

interface PageCopy {
  copy: Document;
  liveOf: Map<Text, Text>;
}

/** A plain clone when the page has no open shadow roots (fast), else a flattened copy. */
function copyPage(doc: Document, liveTexts: readonly Text[], acrossShadows: boolean): PageCopy | null {
  if (acrossShadows) return flatCopy(doc);
  const copy = doc.cloneNode(true) as Document;
  const copyTexts = textNodesOf(copy, false);
  if (copyTexts.length !== liveTexts.length) return null;
  const liveOf = new Map<Text, Text>();
  copyTexts.forEach((text, index) => liveOf.set(text, liveTexts[index]!));
  return { copy, liveOf };
}

/** Readability's article element, read from the copy, as the live text nodes it kept. */
function readArticle({ copy, liveOf }: PageCopy): { title: string; kept: Text[] } | null {
  // Readability must see the page as it is without highlights: an unknown element around text
  // changes how it scores a paragraph.
  for (const mark of copy.querySelectorAll(MARK_TAG)) mark.replaceWith(...mark.childNodes);
  const reader = new Readability<Node>(copy, {
    serializer: (element) => element,
    charThreshold: MIN_ARTICLE_CHARS,
    keepClasses: true,
    disableJSONLD: true,
  });
  // Only which text nodes the article keeps matters here: Readability's tidying of its output
  // (inline styles, nesting, relative links) is half its time on a long page, spent for nothing.
  Object.assign(reader, { _cleanStyles() {}, _postProcessContent() {} });
  const article = reader.parse();
  if (!article?.content) return null;
  // A text node Readability re-created (it re-parses the page between attempts) has no live twin.
  const kept = textNodesOf(article.content, false).flatMap((text) => liveOf.get(text) ?? []);
  return { title: normalizeText(article.title ?? ''), kept };
}

/** The elements and text under `root` in reading order: as rendered when the page has open shadow roots. */
function* nodesUnder(root: Node, acrossShadows: boolean): Generator<Node, void, void> {
  if (acrossShadows) return yield* composedNodes(root);
  const walker = root.ownerDocument!.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) yield node;
}

function* buildText(doc: Document, kept: ReadonlySet<Text>, acrossShadows: boolean): Steps<TextMap> {
  const builder = new TextMapBuilder();
  let count = 0;
  for (const node of nodesUnder(doc.body, acrossShadows)) {
    if (node.nodeType === TEXT_NODE) {
      const block = kept.has(node as Text) ? blockOf(node) : null;
      if (block) builder.addText(node as Text, block);
    } else if (node.nodeType === ELEMENT_NODE && (node as Element).localName.toLowerCase() === 'br') {
      const block = blockOf(node);
      if (block) builder.addLineBreak(block);
    }
    if (++count % NODES_PER_STEP === 0) yield;
  }
  return builder.build();
}

function* articleSteps(doc: Document): Steps<ExtractedArticle | null> {
  if (!doc.body || declaresNonArticle(doc)) return null;
  const shadowRoots = openShadowRoots(doc);
  const acrossShadows = shadowRoots.length > 0;
  yield;
  // A cheap early no for most pages that are not articles; a page that renders its text in
  // shadow roots is judged on its flattened copy below, where that text counts.
  if (!acrossShadows && !isProbablyReaderable(doc, READERABLE)) return null;
  yield;
  const liveTexts = textNodesOf(doc.documentElement, acrossShadows);
  yield;
  const pageCopy = copyPage(doc, liveTexts, acrossShadows);
  if (!pageCopy || (acrossShadows && !isProbablyReaderable(pageCopy.copy, READERABLE))) return null;
  yield;
  const article = readArticle(pageCopy);
  if (!article) return null;
  yield;
  // Readability sometimes keeps a container's navigation or footer along with the story.
  const kept = new Set<Text>();
  for (const [index, text] of article.kept.entries()) {
    const parent = parentAcross(text);
    if (parent && isPageText(text) && !isPageChrome(parent)) kept.add(text);
    if (index % NODES_PER_STEP === NODES_PER_STEP - 1) yield;
  }
  const bodyStart = liveTexts.find((text) => kept.has(text) && /\S/.test(text.data));
  const bodyEnd = liveTexts.findLast((text) => kept.has(text) && /\S/.test(text.data));
  if (!bodyStart || !bodyEnd) return null;

  const headline = findHeadline(doc, article.title, bodyStart);
  if (headline) {
    const headlineTexts = textNodesOf(headline, acrossShadows).filter(isPageText);
    const headlineEnd = headlineTexts.at(-1);
    const from = headlineEnd ? liveTexts.indexOf(headlineEnd) + 1 : 0;
    const to = liveTexts.indexOf(bodyStart);
    const standfirst = from > 0 && from < to ? findStandfirst(liveTexts, from, to) : null;
    const standfirstTexts = standfirst ? textNodesOf(standfirst, acrossShadows).filter(isPageText) : [];
    for (const text of [...headlineTexts, ...standfirstTexts]) kept.add(text);
  }
  yield;

  const map = yield* buildText(doc, kept, acrossShadows);
  if (map.text.length < MIN_ARTICLE_CHARS) return null;
  const title = normalizeText(headline?.textContent ?? '') || article.title || normalizeText(doc.title);
  const body = acrossShadows ? null : articleBody(doc, bodyStart, bodyEnd, kept);
  return { title, text: map.text, map, shadowRoots, body };
}

/** The article read again inside its body; null when that is not possible and a full read is needed. */
function* rereadSteps(doc: Document, { title, body }: ExtractedArticle): Steps<ExtractedArticle | null> {
  if (!body?.root.isConnected || body.root.ownerDocument !== doc) return null;
  const grown = yield* grownBody(body);
  const map = yield* buildText(doc, grown.kept, false);
  if (map.text.length < MIN_ARTICLE_CHARS) return null;
  return { title, text: map.text, map, shadowRoots: [], body: grown };
}

function* readSteps(doc: Document, previous?: ExtractedArticle): Steps<ExtractedArticle | null> {
  const again = previous ? yield* rereadSteps(doc, previous) : null;
  return again ?? (yield* articleSteps(doc));
}

/**
 * The article on the page, or null when the page is not an article (a home page, a search page,
 * documentation, a shop) or holds too little text. Never changes the page.
 */
export function extractArticle(doc: Document): ExtractedArticle | null {
  return runAtOnce(articleSteps(doc));
}

/** `extractArticle` in slices that leave the page responsive; rejects with `Aborted` on abort. */
export function extractArticleInSlices(doc: Document, { previous, ...options }: ReadOptions = {}): Promise<ExtractedArticle | null> {
  return runInSlices(readSteps(doc, previous), options);
}
