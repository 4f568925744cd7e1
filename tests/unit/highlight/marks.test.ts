// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../lib/article';
import type { Claim, Status } from '../../../lib/analyzer/types';
import { highlightClaims, highlightClaimsInSlices } from '../../../lib/highlight';
import { ARTICLE_PAGES, extractPage } from '../../fixtures/pages/load';
import { claimOf } from './claims';

const STATUSES: Status[] = ['disputed', 'unconfirmed', 'supported', 'uncontested'];

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, 0x4);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

function marksOf(id: string): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(`claimlens-mark[data-claimlens-id="${id}"]`)];
}

/** Claims over whole sentences of the article: they cross links, emphasis and text nodes. */
function sentenceClaims(text: string): Claim[] {
  const sentences = text.match(/[A-Z][^.!?\n]{20,}[.!?]/g) ?? [];
  return sentences
    .filter((_, index) => index % 2 === 0)
    .map((sentence, index) => claimOf(text, sentence, STATUSES[index % STATUSES.length]));
}

describe.each(ARTICLE_PAGES)('highlight then remove on %s', (name) => {
  test('marks every occurrence of every claim, in its own text', () => {
    const { text, map } = extractPage(name);
    const claims = sentenceClaims(text);
    expect(claims.length).toBeGreaterThan(2);
    const highlights = highlightClaims(claims, map);
    for (const claim of claims) {
      const marks = marksOf(claim.id);
      expect(marks.every((mark) => mark.dataset.claimlensStatus === claim.status)).toBe(true);
      const shown = marks.map((mark) => mark.textContent).join('').replace(/\s+/g, ' ');
      expect(shown).toBe(Array(claim.occurrences.length).fill(claim.text.replace(/\s+/g, ' ')).join(''));
      expect(marks.filter((mark) => mark.getAttribute('tabindex') === '0')).toHaveLength(claim.occurrences.length);
    }
    expect(document.querySelector('claimlens-mark claimlens-mark')).toBeNull();
    highlights.remove();
  });

  test('extraction sees through the highlights: same text, mapped to the marked text nodes', () => {
    const { text, map } = extractPage(name);
    const highlights = highlightClaims(sentenceClaims(text), map);
    const again = extractArticle(document)!;
    expect(again.text).toBe(text);
    const mapped = new Set(again.map.resolve(0, again.text.length)!.map((piece) => piece.node));
    for (const mark of highlights.marks) expect(mapped.has(mark.firstChild as Text)).toBe(true);
    highlights.remove();
  });

  test('restores the DOM exactly: same markup, same Text objects, no stylesheet', () => {
    const { text, map } = extractPage(name);
    const body = document.body.innerHTML;
    const head = document.head.innerHTML;
    const nodes = textNodes(document.documentElement);
    const highlights = highlightClaims(sentenceClaims(text), map);
    expect(document.body.innerHTML).not.toBe(body);
    expect(document.querySelectorAll('style[data-claimlens]')).toHaveLength(1);
    highlights.remove();
    expect(document.body.innerHTML).toBe(body);
    expect(document.head.innerHTML).toBe(head);
    const after = textNodes(document.documentElement);
    expect(after).toHaveLength(nodes.length);
    after.forEach((node, index) => expect(node).toBe(nodes[index]));
  });
});

describe('highlightClaims on the seed page', () => {
  test('an occurrence over a link gives one mark per text node, the first one focusable and labelled', () => {
    const { text, map } = extractPage('seed-kursk.html');
    const claim = claimOf(text, 'regained control over two villages near Sudzha', 'unconfirmed', {
      name: 'The Russian Defense Ministry',
      side: 'Russia',
    });
    const highlights = highlightClaims([claim], map);
    const marks = marksOf(claim.id);
    expect(marks.map((mark) => mark.textContent)).toEqual(['regained control over two villages near ', 'Sudzha']);
    expect(marks[1]!.parentElement!.localName).toBe('a');
    expect(marks[0]!.getAttribute('tabindex')).toBe('0');
    expect(marks[0]!.getAttribute('aria-label')).toBe(
      'claim by the Russian Defense Ministry (Russia), unconfirmed',
    );
    expect(marks[1]!.hasAttribute('tabindex')).toBe(false);
    expect(marks[1]!.hasAttribute('aria-label')).toBe(false);
    expect(highlights.marks).toEqual(marks);
    highlights.remove();
  });

  test('a repeated paragraph gives every occurrence its marks, across <em> and <strong>', () => {
    const { text, map } = extractPage('seed-kursk.html');
    const encircled = claimOf(text, 'Ukrainian fighters are encircled', 'disputed');
    const missiles = claimOf(text, 'two Iskander-M ballistic missiles and 178 drones');
    const highlights = highlightClaims([encircled, missiles], map);
    expect(marksOf(encircled.id).map((mark) => mark.parentElement!.localName)).toEqual(['em', 'em']);
    expect(marksOf(missiles.id).map((mark) => mark.textContent)).toEqual([
      'two ',
      'Iskander-M',
      ' ballistic missiles and 178 drones',
      'two ',
      'Iskander-M',
      ' ballistic missiles and 178 drones',
    ]);
    highlights.remove();
  });
});

describe('highlightClaims edge cases', () => {
  test('skips whitespace-only runs between inline elements', () => {
    const { text, map } = extractPage('inline-markup.html');
    const claim = claimOf(text, 'still held both banks');
    const highlights = highlightClaims([claim], map);
    expect(marksOf(claim.id).map((mark) => mark.textContent)).toEqual(['still', 'held', ' both banks']);
    expect(document.querySelector('b')!.nextSibling!.textContent).toBe(' ');
    highlights.remove();
  });

  test('an occurrence across list items marks only the items’ text', () => {
    const { text, map } = extractPage('inline-markup.html');
    const claim = claimOf(text, 'captured.\n\nThe rebels said');
    const highlights = highlightClaims([claim], map);
    expect(marksOf(claim.id).map((mark) => mark.parentElement!.localName)).toEqual(['li', 'li']);
    expect(document.querySelector('ul > claimlens-mark')).toBeNull();
    highlights.remove();
  });

  test('overlapping occurrences never nest: the one that starts first wins', () => {
    const { text, map } = extractPage('inline-markup.html');
    const outer = claimOf(text, 'its troops had retaken the bridge at Orlen', 'disputed');
    const inner = claimOf(text, 'retaken the bridge', 'supported');
    const later = claimOf(text, 'access to the area remained restricted');
    const highlights = highlightClaims([inner, outer, later], map);
    expect(marksOf(outer.id).length).toBeGreaterThan(0);
    expect(marksOf(inner.id)).toHaveLength(0);
    expect(marksOf(later.id)).toHaveLength(1);
    expect(document.querySelector('claimlens-mark claimlens-mark')).toBeNull();
    highlights.remove();
  });

  test('an occurrence whose text the page changed since extraction is left alone', () => {
    const { text, map } = extractPage('inline-markup.html');
    const changed = claimOf(text, 'could not confirm either account');
    const kept = claimOf(text, 'schools would stay closed');
    const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent!.includes('Independent'))!;
    const body = () => document.body.innerHTML;
    paragraph.firstChild!.textContent = 'Independent observers said they had confirmed the army account.';
    const before = body();
    const highlights = highlightClaims([changed, kept], map);
    expect(marksOf(changed.id)).toHaveLength(0);
    expect(marksOf(kept.id).map((mark) => mark.textContent)).toEqual(['schools', ' would stay closed']);
    highlights.remove();
    expect(body()).toBe(before);
  });

  test('removal copes with a page that re-rendered marked paragraphs meanwhile', () => {
    const { text, map } = extractPage('inline-markup.html');
    const replaced = claimOf(text, 'could not confirm either account');
    const kept = claimOf(text, 'schools would stay closed');
    const highlights = highlightClaims([replaced, kept], map);
    const paragraph = marksOf(replaced.id)[0]!.parentElement!;
    paragraph.innerHTML = 'Observers said they <em>could not</em> confirm either account.';
    expect(() => highlights.remove()).not.toThrow();
    expect(document.querySelector('claimlens-mark, style[data-claimlens]')).toBeNull();
    expect(paragraph.innerHTML).toBe('Observers said they <em>could not</em> confirm either account.');
    expect(document.querySelector('a[href="/schools"]')!.textContent).toBe('schools');
  });

  test('the highlight stylesheet is shared, removed with the last highlights, absent when nothing is marked', () => {
    const { text, map } = extractPage('inline-markup.html');
    const first = highlightClaims([claimOf(text, 'heavy losses')], map);
    const second = highlightClaims([claimOf(text, 'Residents of Orlen')], map);
    const none = highlightClaims([], map);
    expect(document.querySelectorAll('style[data-claimlens]')).toHaveLength(1);
    first.remove();
    first.remove();
    none.remove();
    expect(document.querySelectorAll('style[data-claimlens]')).toHaveLength(1);
    second.remove();
    expect(document.querySelector('style[data-claimlens]')).toBeNull();
    expect(document.querySelector('claimlens-mark')).toBeNull();
  });

  test('status is shown by colour and by a different underline style for each status', () => {
    const { text, map } = extractPage('inline-markup.html');
    const highlights = highlightClaims([claimOf(text, 'heavy losses')], map);
    const css = document.querySelector('style[data-claimlens]')!.textContent!;
    const styles = STATUSES.map((status) => {
      const rule = css.slice(css.indexOf(`[data-claimlens-status="${status}"]`)).split('}')[0]!;
      expect(rule).toMatch(/background-color: rgba/);
      return rule.match(/text-decoration-style: (\w+)/)![1];
    });
    expect(new Set(styles).size).toBe(STATUSES.length);
    highlights.remove();
  });
});

describe('painting over earlier highlights', () => {
  const immediately = { pause: async () => {}, stepsPerSlice: () => Infinity, budgetMs: Infinity };

  test('keeps the marks of occurrences still claimed, re-labels them, paints new ones and unwraps gone ones', async () => {
    const { text, map } = extractPage('inline-markup.html');
    const body = document.body.innerHTML;
    const first = await highlightClaimsInSlices(
      [claimOf(text, 'heavy losses', 'uncontested'), claimOf(text, 'Residents of Orlen')],
      map,
      immediately,
    );
    const [losses] = marksOf(claimOf(text, 'heavy losses').id);
    // The page read again with its highlights: the map points into the marked text nodes.
    const again = extractArticle(document)!;
    expect(again.text).toBe(text);
    const second = await highlightClaimsInSlices(
      [claimOf(text, 'heavy losses', 'disputed'), claimOf(text, 'Local officials said')],
      again.map,
      { ...immediately, onto: first },
    );
    const kept = marksOf(claimOf(text, 'heavy losses').id);
    expect(kept[0]).toBe(losses);
    expect(kept.map((mark) => mark.dataset.claimlensStatus)).toEqual(kept.map(() => 'disputed'));
    expect(kept[0]!.getAttribute('aria-label')).toMatch(/disputed$/);
    expect(marksOf(claimOf(text, 'Residents of Orlen').id)).toHaveLength(0);
    expect(marksOf(claimOf(text, 'Local officials said').id).map((mark) => mark.textContent).join('')).toBe('Local officials said');
    expect(second.marks).toEqual([...document.querySelectorAll('claimlens-mark')]);
    expect(document.querySelector('claimlens-mark claimlens-mark')).toBeNull();
    second.remove();
    expect(document.body.innerHTML).toBe(body);
    expect(document.querySelector('style[data-claimlens]')).toBeNull();
  });

  test('an occurrence that grew is painted anew over the cut text; removal still restores the DOM exactly', async () => {
    const { text, map } = extractPage('seed-kursk.html');
    const nodes = textNodes(document.body);
    const body = document.body.innerHTML;
    const first = await highlightClaimsInSlices([claimOf(text, 'fighters are encircled')], map, immediately);
    const again = extractArticle(document)!;
    const second = await highlightClaimsInSlices([claimOf(text, 'claims that Ukrainian fighters are encircled')], again.map, {
      ...immediately,
      onto: first,
    });
    // The earlier cut stays until removal: the grown occurrence has a mark per text node it covers.
    const marked = [...document.querySelectorAll('claimlens-mark')].map((mark) => mark.textContent).join('');
    expect(marked).toBe('claims that Ukrainian fighters are encircled'.repeat(2));
    expect(document.querySelectorAll('claimlens-mark[aria-label]')).toHaveLength(2);
    expect(document.querySelector('claimlens-mark claimlens-mark')).toBeNull();
    second.remove();
    expect(document.body.innerHTML).toBe(body);
    expect(textNodes(document.body)).toEqual(nodes);
  });

  test('stopped midway over earlier highlights, it takes every mark out', async () => {
    const { text, map } = extractPage('inline-markup.html');
    const body = document.body.innerHTML;
    const first = await highlightClaimsInSlices([claimOf(text, 'heavy losses')], map, immediately);
    const controller = new AbortController();
    const again = extractArticle(document)!;
    const painting = highlightClaimsInSlices(
      [claimOf(text, 'heavy losses'), claimOf(text, 'Residents of Orlen'), claimOf(text, 'Local officials said')],
      again.map,
      { ...immediately, stepsPerSlice: () => 2, pause: async () => controller.abort(), signal: controller.signal, onto: first },
    );
    await expect(painting).rejects.toThrow('aborted');
    first.remove();
    expect(document.body.innerHTML).toBe(body);
  });
});
