// The headline and standfirst sit above the article body, often outside the element Readability
// keeps (it also drops a heading that repeats the page title): find them in the live page.
import { renderedText } from './composed';
import { blockOf, isPageChrome, isPageText } from './page-text';

const STANDFIRST_HINT =
  /standfirst|\bdek\b|sub-?(title|head|headline)|summary|\blede\b|\blead\b|intro|strap|description|excerpt|teaser|bullets?|highlights|key-?points|takeaways/i;
const NOT_STANDFIRST = new RegExp(
  'byline|author|date|time|meta|share|social|breadcrumb|tag|caption|credit|label|kicker|eyebrow|' +
    'category|advert|promo|newsletter|cookie|consent|banner|related',
  'i',
);
const STANDFIRST_LENGTH = { min: 40, max: 600 };
/** A bullet-point standfirst (tabloids, broadcasters): a short list of sentence-long items. */
const BULLETS = { maxItems: 6, minItemChars: 25 };

export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function comparable(text: string): string {
  return normalizeText(text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' '));
}

function matchesTitle(heading: string, title: string): boolean {
  const a = comparable(heading);
  const b = comparable(title);
  if (a.length < 10 || b.length < 10) return a === b && a.length > 0;
  return a === b || a.includes(b) || b.includes(a);
}

function precedes(element: Element, node: Node): boolean {
  // DOCUMENT_POSITION_FOLLOWING = 4
  return (element.compareDocumentPosition(node) & 4) !== 0 && !element.contains(node);
}

/**
 * The article's headline: the `h1` that matches the page's title, otherwise the last `h1` before
 * the article body or inside it; never the site's masthead.
 */
export function findHeadline(doc: Document, title: string, bodyStart: Text): Element | null {
  const headings = [...doc.querySelectorAll('h1')].filter(
    (h1) => !isPageChrome(h1) && normalizeText(h1.textContent ?? '').length > 0,
  );
  const byTitle = headings.find((h1) => matchesTitle(h1.textContent ?? '', title));
  if (byTitle) return byTitle;
  const before = headings.filter((h1) => precedes(h1, bodyStart) || h1.contains(bodyStart));
  return before.at(-1) ?? null;
}

function linkTextLength(block: Element): number {
  return [...block.querySelectorAll('a')].reduce(
    (sum, link) => sum + normalizeText(link.textContent ?? '').length,
    0,
  );
}

function hintOf(block: Element): string {
  const parent = block.parentElement;
  return [block.className, block.id, parent?.className ?? '', parent?.id ?? '']
    .filter((value) => typeof value === 'string')
    .join(' ');
}

const isList = (element: Element) => ['ul', 'ol'].includes(element.localName.toLowerCase());

/** The block a standfirst candidate is: a list item stands for its whole list. */
function summaryBlockOf(node: Text): Element | null {
  const block = blockOf(node);
  const list = block?.localName.toLowerCase() === 'li' ? block.parentElement : null;
  return list && isList(list) ? list : block;
}

function isBulletSummary(list: Element): boolean {
  const items = [...list.children].filter((item) => item.localName.toLowerCase() === 'li');
  return (
    items.length > 0 &&
    items.length <= BULLETS.maxItems &&
    items.every((item) => normalizeText(item.textContent ?? '').length >= BULLETS.minItemChars)
  );
}

/**
 * The standfirst: a summary paragraph between the headline and the body (`texts` are the page's
 * text nodes in document order, `from`/`to` the gap's indices). A block whose class says so wins;
 * otherwise the first paragraph-like block of a plausible length, or a bullet-point summary.
 */
export function findStandfirst(texts: readonly Text[], from: number, to: number): Element | null {
  const candidates: Element[] = [];
  for (let index = from; index < to; index++) {
    const node = texts[index]!;
    if (!isPageText(node)) continue;
    const block = summaryBlockOf(node);
    if (!block || candidates.includes(block) || block.localName === 'body') continue;
    candidates.push(block);
  }
  const eligible = candidates.filter((block) => {
    const hint = hintOf(block);
    const length = normalizeText(renderedText(block)).length;
    return (
      length >= STANDFIRST_LENGTH.min &&
      length <= STANDFIRST_LENGTH.max &&
      !NOT_STANDFIRST.test(hint) &&
      !isPageChrome(block) &&
      block.closest('figure, time, address') === null &&
      linkTextLength(block) < length * 0.3
    );
  });
  return (
    eligible.find((block) => STANDFIRST_HINT.test(hintOf(block))) ??
    eligible.find((block) => ['p', 'h2'].includes(block.localName.toLowerCase())) ??
    eligible.find((block) => isList(block) && isBulletSummary(block)) ??
    null
  );
}
