// Page → article text + a map back to the page's text nodes. Readability decides what the
// article is, but it rewrites the document it reads, so it reads a clone: the clone's text
// nodes are paired with the live ones right after cloning (the two trees are identical then),
// and the live nodes whose clones survive in Readability's article are the article's text.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { findHeadline, findStandfirst, normalizeText } from './headline';
import { declaresNonArticle } from './page-kind';
import { blockOf, isPageChrome, isPageText, MARK_TAG, SHOW_ELEMENT, SHOW_TEXT, TEXT_NODE } from './page-text';
import { type TextMap, TextMapBuilder } from './text-map';

export interface ExtractedArticle {
  /** The headline, or the page's title when the article has no headline of its own. */
  title: string;
  /** Headline, standfirst and body paragraphs; blocks separated by a blank line. */
  text: string;
  /** From offsets in `text` back to the live page's text nodes. */
  map: TextMap;
}

/** Less than this is a teaser or a stub, not an article worth analyzing. */
const MIN_ARTICLE_CHARS = 500;
/**
 * Readability's readerable check with paragraphs counted from 80 characters (its default, 140,
 * turns away tabloid and wire stories written in one-sentence paragraphs).
 */
const READERABLE = { minContentLength: 80, minScore: 20 };

function textNodesOf(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  return texts;
}

/** Readability's article element, read from a clone, as the live text nodes it kept. */
function readArticle(doc: Document, liveTexts: readonly Text[]): { title: string; kept: Text[] } | null {
  const clone = doc.cloneNode(true) as Document;
  const cloneTexts = textNodesOf(clone);
  if (cloneTexts.length !== liveTexts.length) return null;
  const liveOf = new Map<Text, Text>();
  cloneTexts.forEach((text, index) => liveOf.set(text, liveTexts[index]!));
  // Readability must see the page as it is without highlights: an unknown element around text
  // changes how it scores a paragraph.
  for (const mark of clone.querySelectorAll(MARK_TAG)) mark.replaceWith(...mark.childNodes);

  const article = new Readability<Node>(clone, {
    serializer: (element) => element,
    charThreshold: MIN_ARTICLE_CHARS,
  }).parse();
  if (!article?.content) return null;
  // A text node Readability re-created (it re-parses the page between attempts) has no live twin.
  const kept = textNodesOf(article.content).flatMap((text) => liveOf.get(text) ?? []);
  return { title: normalizeText(article.title ?? ''), kept };
}

/** The nodes of an element's text, for adding the headline or standfirst. */
function pageTextOf(element: Element): Text[] {
  return textNodesOf(element).filter(isPageText);
}

function buildText(doc: Document, kept: ReadonlySet<Text>): TextMap {
  const builder = new TextMapBuilder();
  const walker = doc.createTreeWalker(doc.body, SHOW_ELEMENT | SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === TEXT_NODE) {
      if (!kept.has(node as Text)) continue;
      const block = blockOf(node);
      if (block) builder.addText(node as Text, block);
    } else if ((node as Element).localName.toLowerCase() === 'br') {
      const block = blockOf(node);
      if (block) builder.addLineBreak(block);
    }
  }
  return builder.build();
}

/**
 * The article on the page, or null when the page is not an article (a home page, a search page,
 * documentation, a shop) or holds too little text. Never changes the page.
 */
export function extractArticle(doc: Document): ExtractedArticle | null {
  if (!doc.body || declaresNonArticle(doc) || !isProbablyReaderable(doc, READERABLE)) return null;
  const liveTexts = textNodesOf(doc.documentElement);
  const article = readArticle(doc, liveTexts);
  if (!article) return null;
  // Readability sometimes keeps a container's navigation or footer along with the story.
  const kept = new Set(article.kept.filter((text) => isPageText(text) && !isPageChrome(text.parentElement!)));
  const bodyStart = liveTexts.find((text) => kept.has(text) && /\S/.test(text.data));
  if (!bodyStart) return null;

  const headline = findHeadline(doc, article.title, bodyStart);
  if (headline) {
    const headlineTexts = pageTextOf(headline);
    const headlineEnd = headlineTexts.at(-1);
    const from = headlineEnd ? liveTexts.indexOf(headlineEnd) + 1 : 0;
    const to = liveTexts.indexOf(bodyStart);
    const standfirst = from > 0 && from < to ? findStandfirst(liveTexts, from, to) : null;
    for (const text of [...headlineTexts, ...(standfirst ? pageTextOf(standfirst) : [])]) {
      kept.add(text);
    }
  }

  const map = buildText(doc, kept);
  if (map.text.length < MIN_ARTICLE_CHARS) return null;
  const title = normalizeText(headline?.textContent ?? '') || article.title || normalizeText(doc.title);
  return { title, text: map.text, map };
}
