// Which of a page's text nodes are readable text, and which block each belongs to. Shared by
// extraction (what goes into the article) and highlighting (where marks may go). Ancestors are
// followed out of open shadow roots to their hosts.
import { closestAcross, parentAcross } from './composed';
import { ELEMENT_NODE, TEXT_NODE } from './dom';

export const EXTENSION_PREFIX = 'claimlens';
/** The one extension element that wraps page text: its text is still the page's. */
export const MARK_TAG = `${EXTENSION_PREFIX}-mark`;

const NOT_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
]);

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

export { ELEMENT_NODE, SHOW_ELEMENT, SHOW_TEXT, TEXT_NODE } from './dom';

/** False for text the reader does not read as page text: code, form fields, editors, the extension's own UI. */
export function isPageText(node: Text): boolean {
  for (let element = parentAcross(node); element; element = parentAcross(element)) {
    const tag = element.localName.toLowerCase();
    if (NOT_TEXT.has(tag)) return false;
    if (tag.startsWith(EXTENSION_PREFIX) && tag !== MARK_TAG) return false;
    const editable = element.getAttribute('contenteditable');
    if (editable !== null && editable.toLowerCase() !== 'false') return false;
  }
  return true;
}

const PAGE_CHROME =
  'nav, aside, footer, form, dialog, [role="navigation"], [role="banner"], [role="contentinfo"], ' +
  '[role="complementary"], [role="dialog"], [role="alertdialog"], [hidden], [aria-hidden="true"]';

/** Site furniture around an article: navigation, mastheads, footers, rails, dialogs, hidden parts. */
export function isPageChrome(element: Element): boolean {
  if (closestAcross(element, PAGE_CHROME)) return true;
  // The site's masthead is a <header> with the site navigation; an article's own header has none.
  const header = closestAcross(element, 'header');
  return header !== null && header.querySelector('nav, [role="navigation"]') !== null;
}

export function isBlock(element: Element): boolean {
  return BLOCKS.has(element.localName.toLowerCase());
}

/** The nearest block-level ancestor: text in different blocks is separated by a blank line. */
export function blockOf(node: Node): Element | null {
  let element = parentAcross(node);
  while (element && !isBlock(element)) {
    const parent = parentAcross(element);
    if (!parent) break;
    element = parent;
  }
  return element;
}

function bringsText(node: Node): boolean {
  if (node.nodeType === TEXT_NODE) return /\S/.test((node as Text).data);
  if (node.nodeType !== ELEMENT_NODE) return false;
  const tag = (node as Element).localName.toLowerCase();
  return !NOT_TEXT.has(tag) && !tag.startsWith(EXTENSION_PREFIX) && /\S/.test(node.textContent ?? '');
}

/**
 * Whether a DOM change can change the article's text: text added, removed or edited outside the
 * page's furniture. Tickers in the masthead, rotating ads and image carousels are not.
 */
export function changesPageText(record: MutationRecord): boolean {
  const target = record.target.nodeType === ELEMENT_NODE ? (record.target as Element) : parentAcross(record.target);
  if (!target || isPageChrome(target)) return false;
  if (record.type === 'characterData') return isPageText(record.target as Text);
  if (record.type !== 'childList') return false;
  return [...record.addedNodes, ...record.removedNodes].some(bringsText);
}

/** How much readable text a DOM change added (page furniture included: it only gauges growth). */
export function addedTextLength(record: MutationRecord): number {
  if (record.type !== 'childList') return 0;
  let length = 0;
  for (const node of record.addedNodes) if (bringsText(node)) length += node.textContent?.length ?? 0;
  return length;
}
