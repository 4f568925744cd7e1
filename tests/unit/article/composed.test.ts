// @vitest-environment happy-dom
// `closestAcross` is `closest()` over the page as rendered: on generated pages, with and without
// open shadow roots, it finds what a walk up the rendered tree finds (each element's rendered
// parent is known from how the page was built), and on a page without shadow roots exactly what
// the native `closest()` finds.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { closestAcross, parentAcross } from '../../../lib/article/composed';

interface Spec {
  tag: string;
  /** role, hidden, slot (on a host's child) or name (on a slot). */
  attributes: [string, string][];
  children: Spec[];
  /** The content of an open shadow root attached to the element, if any. */
  shadow: Spec[] | null;
}

const SLOT_NAMES = ['', 'headline', 'body'];

const attributes = fc.array(
  fc.oneof(
    fc.constantFrom<[string, string]>(['role', 'navigation'], ['role', 'banner'], ['hidden', ''], ['aria-hidden', 'true'], ['class', 'story']),
    fc.constantFrom(...SLOT_NAMES).map((name): [string, string] => ['slot', name]),
    fc.constantFrom(...SLOT_NAMES).map((name): [string, string] => ['name', name]),
  ),
  { maxLength: 2 },
);

/** A shadow root's content, most often with a slot (named or the default one) at its top. */
const shadowContent = (nodes: fc.Arbitrary<Spec[]>) =>
  fc
    .tuple(fc.option(fc.constantFrom(...SLOT_NAMES), { freq: 4 }), nodes)
    .map(([slot, rest]): Spec[] => (slot === null ? rest : [{ tag: 'slot', attributes: slot ? [['name', slot]] : [], children: [], shadow: null }, ...rest]));

const page = (withShadows: boolean) =>
  fc.letrec<{ node: Spec; nodes: Spec[] }>((tie) => ({
    node: fc.record({
      tag: fc.constantFrom('div', 'p', 'span', 'section', 'nav', 'header', 'footer', 'aside', 'slot', 'story-box'),
      attributes,
      children: tie('nodes'),
      shadow: withShadows ? fc.option(shadowContent(tie('nodes')), { freq: 3 }) : fc.constant(null),
    }),
    nodes: fc.oneof({ maxDepth: 5, depthIdentifier: 'page' }, fc.constant<Spec[]>([]), fc.array(tie('node'), { minLength: 1, maxLength: 3 })),
  })).nodes;

/** Builds the page in <body>; returns every element with the element it is rendered in. */
function build(specs: Spec[]): Map<Element, Element | null> {
  const renderedParent = new Map<Element, Element | null>();
  const add = (spec: Spec, parent: Element | ShadowRoot): Element => {
    const element = document.createElement(spec.tag);
    for (const [name, value] of spec.attributes) element.setAttribute(name, value);
    parent.appendChild(element);
    renderedParent.set(element, parent instanceof Element ? parent : parent.host);
    for (const child of spec.children) add(child, element);
    if (spec.shadow && spec.tag !== 'slot') {
      const root = element.attachShadow({ mode: 'open' });
      for (const child of spec.shadow) add(child, root);
      // A host's child is rendered in the first slot of its name, if there is one.
      const slots = [...root.querySelectorAll('slot')];
      for (const child of element.children) {
        const slot = slots.find((candidate) => (candidate.getAttribute('name') ?? '') === (child.getAttribute('slot') ?? ''));
        if (slot) renderedParent.set(child, slot);
      }
    }
    return element;
  };
  document.body.replaceChildren();
  for (const spec of specs) add(spec, document.body);
  renderedParent.set(document.body, document.documentElement);
  renderedParent.set(document.documentElement, null);
  return renderedParent;
}

const SELECTORS = [
  'nav',
  'header',
  'slot',
  'story-box',
  '[hidden]',
  '[slot="headline"]',
  'nav, footer, [role="navigation"], [aria-hidden="true"]',
  'section > *',
  'header span',
  'body',
];

function closestRendered(element: Element, selector: string, renderedParent: Map<Element, Element | null>): Element | null {
  for (let current: Element | null = element; current; current = renderedParent.get(current) ?? null) {
    if (current.matches(selector)) return current;
  }
  return null;
}

test('on a page with open shadow roots, it finds what a walk up the rendered tree finds, parent by parent', () => {
  fc.assert(
    fc.property(page(true), (specs) => {
      const renderedParent = build(specs);
      for (const [element, parent] of renderedParent) {
        expect(parentAcross(element)).toBe(parent);
        for (const selector of SELECTORS) {
          expect(closestAcross(element, selector)).toBe(closestRendered(element, selector, renderedParent));
        }
      }
    }),
    { numRuns: 300 },
  );
});

test('on a page without shadow roots, it finds what the native closest() finds', () => {
  fc.assert(
    fc.property(page(false), (specs) => {
      const renderedParent = build(specs);
      for (const element of renderedParent.keys()) {
        for (const selector of SELECTORS) {
          const found = element.closest(selector);
          expect(closestAcross(element, selector)).toBe(found);
          expect(closestRendered(element, selector, renderedParent)).toBe(found);
        }
      }
    }),
    { numRuns: 300 },
  );
});

test('a slotted element is looked up from its slot, not from its light parent', () => {
  document.body.innerHTML = '<nav><story-box><span slot="headline">Headline</span></story-box></nav>';
  const host = document.querySelector('story-box')!;
  host.attachShadow({ mode: 'open' }).innerHTML = '<header><slot name="headline"></slot></header>';
  const span = document.querySelector('span')!;
  expect(closestAcross(span, 'header')?.localName).toBe('header');
  expect(closestAcross(span, 'nav')).toBe(document.querySelector('nav'));
  expect(span.closest('header')).toBeNull();
});
