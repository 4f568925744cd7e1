// Where the article's body lives on the page, remembered from a read: a page that grows inside
// it (a live blog's new posts, "load more") is read again there without running Readability,
// which on a long page is one long task. What the read kept stays kept, what it dropped stays
// dropped, and new text is judged by where it lands: among kept text it is the article's, among
// dropped text (a rail, a comment box) it is not.
import { isPageChrome, isPageText } from './page-text';
import { textNodesOf } from './composed';
import type { Steps } from './steps';

export interface ArticleBody {
  /** The nearest element that holds every body text node the read kept. */
  root: Element;
  /** The text nodes that are the article's: under `root`, and the headline and standfirst. */
  kept: ReadonlySet<Text>;
  /** The text nodes under `root` that are not. */
  dropped: ReadonlySet<Text>;
}

/** Class names and ids of containers that are not the story, for new text in new containers. */
const NOT_STORY =
  /comment|disqus|replies|related|recommend|promo|sponsor|advert|\bads?\b|-ad-|newsletter|share|social|sidebar|popup|outbrain|taboola/i;
/** Text nodes judged between two possible pauses. */
const TEXTS_PER_STEP = 300;

function commonAncestor(first: Node, last: Node): Element | null {
  for (let element = first.parentElement; element; element = element.parentElement) {
    if (element.contains(last)) return element;
  }
  return null;
}

/**
 * The body of an article read with Readability, from the first and last text of its body and
 * all the text it kept. Null when the body is the whole page (nothing would be left out of a
 * later read).
 */
export function articleBody(doc: Document, first: Text, last: Text, kept: ReadonlySet<Text>): ArticleBody | null {
  const root = commonAncestor(first, last);
  if (!root || root === doc.body || root === doc.documentElement) return null;
  const dropped = new Set(textNodesOf(root, false).filter((text) => !kept.has(text)));
  return { root, kept, dropped };
}

/** Marks `element` and its ancestors up to `root` as holding text of one kind. */
function holdUp(element: Element | null, root: Element, holders: Set<Element>): void {
  for (let current = element; current && !holders.has(current); current = current === root ? null : current.parentElement) {
    holders.add(current);
  }
}

function isNewArticleText(text: Text, root: Element, holdsKept: ReadonlySet<Element>, holdsDropped: ReadonlySet<Element>): boolean {
  const parent = text.parentElement;
  if (!parent || !isPageText(text) || isPageChrome(parent)) return false;
  for (let element: Element | null = parent; element; element = element.parentElement) {
    if (holdsKept.has(element)) return true;
    if (holdsDropped.has(element)) return false;
    if (NOT_STORY.test(`${element.getAttribute('class') ?? ''} ${element.id}`)) return false;
    if (element === root) return true;
  }
  return false;
}

/** The body as the page has it now: the text under its root sorted again into kept and dropped. */
export function* grownBody({ root, kept, dropped }: ArticleBody): Steps<ArticleBody> {
  const texts = textNodesOf(root, false);
  const holdsKept = new Set<Element>();
  const holdsDropped = new Set<Element>();
  for (const [index, text] of texts.entries()) {
    if (kept.has(text)) holdUp(text.parentElement, root, holdsKept);
    else if (dropped.has(text)) holdUp(text.parentElement, root, holdsDropped);
    if (index % TEXTS_PER_STEP === TEXTS_PER_STEP - 1) yield;
  }
  yield;
  // The headline and standfirst sit outside the root: kept while they are on the page.
  const nextKept = new Set([...kept].filter((text) => text.isConnected && !root.contains(text)));
  const nextDropped = new Set<Text>();
  for (const [index, text] of texts.entries()) {
    const isArticle = kept.has(text) || (!dropped.has(text) && isNewArticleText(text, root, holdsKept, holdsDropped));
    (isArticle ? nextKept : nextDropped).add(text);
    if (index % TEXTS_PER_STEP === TEXTS_PER_STEP - 1) yield;
  }
  return { root, kept: nextKept, dropped: nextDropped };
}
