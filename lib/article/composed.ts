// The page as it is rendered: open shadow roots included. Custom elements (comment widgets,
// embedded article bodies, "web component" news sites) keep their text in shadow roots, which
// tree walkers, `closest()` and `cloneNode()` do not enter. Closed roots stay closed.
import { ELEMENT_NODE, SHOW_TEXT, TEXT_NODE } from './dom';

const DOCUMENT_FRAGMENT_NODE = 11;

function isSlot(node: Node): node is HTMLSlotElement {
  return node.nodeType === ELEMENT_NODE && (node as Element).localName === 'slot';
}

/** The slot a host's child is rendered in, or null (not a host's child, not assigned, a closed root). */
function assignedSlotOf(node: Node): HTMLSlotElement | null {
  // Only the child of a host with an open root can be slotted
  // (https://dom.spec.whatwg.org/#find-a-slot). Callers climbing the page ask
  // `parent.shadowRoot` first too: it is much cheaper than this, and nearly always null.
  const parent = node.parentNode;
  const shadow = parent?.nodeType === ELEMENT_NODE ? (parent as Element).shadowRoot : null;
  if (!shadow) return null;
  if ('assignedSlot' in node) return (node as Element | Text).assignedSlot;
  // DOM implementations without `assignedSlot` (happy-dom): the slot its name picks.
  const name = node.nodeType === ELEMENT_NODE ? ((node as Element).getAttribute('slot') ?? '') : '';
  return [...shadow.querySelectorAll('slot')].find((slot) => (slot.getAttribute('name') ?? '') === name) ?? null;
}

function hostOf(node: Node): Element | null {
  const parent = node.parentNode;
  return parent?.nodeType === DOCUMENT_FRAGMENT_NODE ? ((parent as ShadowRoot).host ?? null) : null;
}

/**
 * The element a node is rendered in: its slot when it is slotted into a shadow root, the host
 * when it is at the top of a shadow root, else its parent element.
 */
export function parentAcross(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType !== ELEMENT_NODE) return hostOf(node);
  return ((parent as Element).shadowRoot && assignedSlotOf(node)) || (parent as Element);
}

/** `element.closest(selector)` over the rendered tree: through slots and out of shadow roots. */
export function closestAcross(element: Element, selector: string): Element | null {
  for (let current: Element | null = element; current; ) {
    // The native `closest` is right up to the first ancestor rendered elsewhere (a slotted one):
    // what it found counts if no such ancestor comes first.
    const found: Element | null = current.closest(selector);
    let top: Element = current;
    while (top !== found) {
      const parent = top.parentElement;
      if (!parent || (parent.shadowRoot && assignedSlotOf(top))) break;
      top = parent;
    }
    if (top === found) return found;
    current = assignedSlotOf(top) ?? hostOf(top);
  }
  return null;
}

/** A node's children as rendered: a host's shadow content, with each slot's assigned nodes in place. */
export function composedChildren(node: Node): Node[] {
  const shadow = node.nodeType === ELEMENT_NODE ? (node as Element).shadowRoot : null;
  const children = [...(shadow ?? node).childNodes];
  return children.flatMap((child) => {
    if (!isSlot(child)) return [child];
    const assigned = typeof child.assignedNodes === 'function' ? child.assignedNodes() : [];
    return assigned.length > 0 ? assigned : [...child.childNodes];
  });
}

/** Every open shadow root in the document, nested ones included. */
export function openShadowRoots(doc: Document): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (scope: ParentNode) => {
    for (const element of scope.querySelectorAll('*')) {
      if (!element.shadowRoot) continue;
      roots.push(element.shadowRoot);
      visit(element.shadowRoot);
    }
  };
  visit(doc);
  return roots;
}

/** Nodes under `root` in rendered order, `root` excluded (a depth-first walk of composed children). */
export function* composedNodes(root: Node): Generator<Node, void, void> {
  const stack = composedChildren(root).reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    if (node.nodeType === ELEMENT_NODE) stack.push(...composedChildren(node).reverse());
  }
}

/** The text nodes under `root`: in rendered order when the page has open shadow roots. */
export function textNodesOf(root: Node, acrossShadows: boolean): Text[] {
  const texts: Text[] = [];
  if (acrossShadows) {
    for (const node of composedNodes(root)) if (node.nodeType === TEXT_NODE) texts.push(node as Text);
    return texts;
  }
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  return texts;
}

/** An element's text as rendered: what its slots show included (`textContent` does not follow slots). */
export function renderedText(element: Element): string {
  return textNodesOf(element, true)
    .map((text) => text.data)
    .join('');
}

/**
 * A copy of the rendered page as one plain document for Readability, with the live twin of every
 * copied text node.
 */
export function flatCopy(doc: Document): { copy: Document; liveOf: Map<Text, Text> } {
  const copy = doc.implementation.createHTMLDocument('');
  const liveOf = new Map<Text, Text>();
  const copyOf = (live: Node): Node => {
    const twin = copy.importNode(live, false);
    if (live.nodeType === TEXT_NODE) liveOf.set(twin as Text, live as Text);
    for (const child of composedChildren(live)) twin.appendChild(copyOf(child));
    return twin;
  };
  // happy-dom refuses replaceChild on the root element: remove, then append.
  copy.documentElement.remove();
  copy.appendChild(copyOf(doc.documentElement));
  return { copy, liveOf };
}
