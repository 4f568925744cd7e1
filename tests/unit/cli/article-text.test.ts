import { describe, expect, it } from 'vitest';
import { articleTextOf, isHtmlFile } from '../../../lib/cli/article-text';

const paragraph =
  'The Russian Defense Ministry announced on Saturday that it has regained control over two villages near Sudzha, a town that Ukraine had captured during its offensive last summer. ';
const page = `<!doctype html><html><head><title>Kursk | The Daily Wire Service</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Russia Intensifies Military Operations in Kursk</h1>
<p>${paragraph.repeat(2)}</p><p>Ukrainian officials have yet to respond to these claims and have not confirmed reports of any withdrawal.</p>
<p>${paragraph}</p><script>var tracking = "not article text";</script></article>
<footer>© 2026 The Daily Wire Service</footer></body></html>`;

describe('articleTextOf', () => {
  it('reads text files as they are', () => {
    expect(articleTextOf('a.txt', '<p>not parsed</p>')).toEqual({ text: '<p>not parsed</p>' });
  });

  it('extracts the article from an HTML page, without scripts or navigation', () => {
    const result = articleTextOf('page.html', page);
    expect('text' in result).toBe(true);
    const text = 'text' in result ? result.text : '';
    expect(text).toContain('Russia Intensifies Military Operations in Kursk');
    expect(text).toContain('regained control over two villages near Sudzha');
    expect(text).not.toContain('tracking');
    expect(text).not.toContain('Home');
  });

  it('reports a page without an article as not analyzed', () => {
    expect(articleTextOf('index.htm', '<html><body><a href="/">Home</a></body></html>')).toEqual({
      notAnalyzed: 'not analyzed: no article found on the page',
    });
  });

  it('tells HTML files by their extension', () => {
    expect(['a.html', 'b.HTM', 'c.xhtml'].map(isHtmlFile)).toEqual([true, true, true]);
    expect(['a.txt', 'html', 'a.html.txt'].map(isHtmlFile)).toEqual([false, false, false]);
  });
});
