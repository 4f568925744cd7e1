// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { blockOf, isPageText } from '../../../lib/article/page-text';
import { type TextMap, TextMapBuilder } from '../../../lib/article/text-map';

/** Builds the text of every page text node under `html`, the way extraction does. */
function build(html: string): TextMap {
  document.body.innerHTML = html;
  const builder = new TextMapBuilder();
  const walker = document.createTreeWalker(document.body, 0x1 | 0x4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = blockOf(node)!;
    if (node.nodeType === 3 && isPageText(node as Text)) builder.addText(node as Text, block);
    if (node.nodeName === 'BR') builder.addLineBreak(block);
  }
  return builder.build();
}

function shown(map: TextMap, start: number, end: number): string[] {
  return (map.resolve(start, end) ?? []).map(({ node, start: from, end: to }) => node.data.slice(from, to));
}

describe('TextMapBuilder', () => {
  test('collapses whitespace, trims blocks and separates them by a blank line', () => {
    const map = build('<h1>\n  A   headline </h1>\n<p>  One\n\ttwo&nbsp; three </p><div>\n<p>Four</p>\n</div>');
    expect(map.text).toBe('A headline\n\nOne two three\n\nFour');
  });

  test('joins words split over inline elements without adding spaces', () => {
    const map = build('<p>The <a href="#">minis</a>try <em>said</em> it had <strong>re</strong>gained it.</p>');
    expect(map.text).toBe('The ministry said it had regained it.');
  });

  test('a <br> separates words; two in a row separate paragraphs', () => {
    expect(build('<div>one<br>two<br>\n<br>three</div>').text).toBe('one two\n\nthree');
  });

  test('leaves out scripts, styles, form fields, editors, svg text and the extension’s own UI', () => {
    const map = build(
      '<p>Kept <script>var x = 1;</script><style>p{}</style><textarea>typed</textarea>' +
        '<select><option>choice</option></select><span contenteditable="true">draft</span>' +
        '<svg><text>icon</text></svg><claimlens-tooltip>tip</claimlens-tooltip>' +
        '<claimlens-mark>marked</claimlens-mark> text.</p>',
    );
    expect(map.text).toBe('Kept marked text.');
  });
});

describe('TextMap.resolve', () => {
  const html = '<p>The <a href="#">Defense   Ministry</a> <em>announced</em>\n that</p><p>Next block.</p>';

  test('gives one piece per text node, spanning collapsed whitespace inside a node', () => {
    const map = build(html);
    const start = map.text.indexOf('Defense');
    const end = map.text.indexOf(' that');
    expect(map.text.slice(start, end)).toBe('Defense Ministry announced');
    expect(shown(map, start, end)).toEqual(['Defense   Ministry', ' ', 'announced']);
  });

  test('skips the blank line between blocks', () => {
    const map = build(html);
    expect(shown(map, map.text.indexOf('that'), map.text.indexOf(' block'))).toEqual(['that', 'Next']);
  });

  test('returns null for an empty or out-of-range span', () => {
    const map = build(html);
    expect(map.resolve(3, 3)).toBeNull();
    expect(map.resolve(-1, 2)).toBeNull();
    expect(map.resolve(0, map.text.length + 1)).toBeNull();
  });

  test('returns null once the page changed the text under the span, not elsewhere', () => {
    const map = build(html);
    const ministry = map.text.indexOf('Ministry');
    const next = map.text.indexOf('Next');
    document.querySelector('a')!.firstChild!.textContent = 'Interior Ministry';
    expect(map.resolve(ministry, ministry + 8)).toBeNull();
    expect(shown(map, next, next + 4)).toEqual(['Next']);
    document.querySelector('em')!.remove();
    expect(map.resolve(map.text.indexOf('announced'), map.text.indexOf('announced') + 9)).toBeNull();
  });
});
