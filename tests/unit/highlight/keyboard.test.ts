// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { extractArticle } from '../../../lib/article';
import { attachClaimNavigation, highlightClaims, type Highlights } from '../../../lib/highlight';
import { loadPage } from '../../fixtures/pages/load';
import { claimOf } from './claims';

let highlights: Highlights | null = null;
let controller = new AbortController();
afterEach(() => {
  controller.abort();
  highlights?.remove();
});

function setUp(): HTMLElement[] {
  const { text, map } = extractArticle(loadPage('seed-kursk.html'))!;
  const claims = ['regained control over two villages near Sudzha', 'Ukrainian fighters are encircled'].map((phrase) =>
    claimOf(text, phrase),
  );
  highlights = highlightClaims(claims, map);
  controller = new AbortController();
  const painted = highlights;
  attachClaimNavigation(document, () => painted.marks, controller.signal);
  return [...document.querySelectorAll<HTMLElement>('claimlens-mark[tabindex]')];
}

function press(code: string, target: Element = document.body, modifiers = { altKey: true, shiftKey: true }): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { code, bubbles: true, cancelable: true, ...modifiers }));
}

test('Alt+Shift+J and Alt+Shift+K move focus through the claims, wrapping at the ends', () => {
  const claims = setUp();
  expect(claims).toHaveLength(3);
  press('KeyJ');
  expect(document.activeElement).toBe(claims[0]);
  press('KeyJ', claims[0]);
  expect(document.activeElement).toBe(claims[1]);
  press('KeyK', claims[1]);
  expect(document.activeElement).toBe(claims[0]);
  press('KeyK', claims[0]);
  expect(document.activeElement).toBe(claims[2]);
});

test('typing in the page’s fields, other keys and teardown leave focus alone', () => {
  const claims = setUp();
  const field = document.querySelector('textarea')!;
  field.focus();
  press('KeyJ', field);
  expect(document.activeElement).toBe(field);
  press('KeyJ', document.body, { altKey: true, shiftKey: false });
  press('KeyL');
  expect(document.activeElement).toBe(field);
  controller.abort();
  press('KeyJ');
  expect(claims).not.toContain(document.activeElement);
});
