// @vitest-environment happy-dom
import { Readability } from '@mozilla/readability';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { extractArticle, extractArticleInSlices, type ExtractedArticle } from '../../../lib/article';
import { loadPage } from '../../fixtures/pages/load';

const parse = vi.spyOn(Readability.prototype, 'parse');
afterEach(() => parse.mockClear());

const readAgain = (previous: ExtractedArticle) =>
  extractArticleInSlices(document, { previous, pause: async () => {} });

function read(name: string): ExtractedArticle {
  loadPage(name);
  const article = extractArticle(document)!;
  expect(article.body).not.toBeNull();
  parse.mockClear();
  return article;
}

function paragraph(text: string, className?: string): HTMLElement {
  const element = document.createElement('p');
  element.textContent = text;
  if (className) element.className = className;
  return element;
}

describe('reading a grown article again inside its body', () => {
  test('a post added to a live blog is read without Readability, as a full read reads it', async () => {
    const first = read('live-blog.html');
    const post = document.createElement('article');
    post.className = 'entry';
    post.append(paragraph('The harbour master said that the flood gates at the marina had been closed at six o’clock this evening.'));
    document.getElementById('feed')!.prepend(post);
    const again = (await readAgain(first))!;
    expect(parse).not.toHaveBeenCalled();
    expect(again.text).toContain('flood gates at the marina had been closed');
    expect(again.text).toBe(extractArticle(document)!.text);
    expect(again.title).toBe(first.title);
  });

  test('what the read left out stays out, and new text among it too', async () => {
    loadPage('tabloid.html');
    // A link box in the story that Readability drops, with a class name that says nothing.
    const links = document.querySelector('.related-links')!;
    links.className = 'box';
    const first = extractArticle(document)!;
    expect(first.text).not.toContain('MORE ON DOCKSIDE');
    expect(first.body!.root.contains(links)).toBe(true);
    parse.mockClear();
    const late = 'The club said in a statement that the striker would train with the first team on Monday.';
    first.body!.root.append(paragraph(late));
    links.append(paragraph('Manager says striker will stay, according to the club'));
    const again = (await readAgain(first))!;
    expect(parse).not.toHaveBeenCalled();
    expect(again.text.endsWith(late)).toBe(true);
    expect(again.text).not.toContain('MORE ON DOCKSIDE');
    expect(again.text).not.toContain('Manager says striker will stay');
  });

  test('a comment box the page adds inside the article body is not the article', async () => {
    const first = read('seed-kursk.html');
    const box = document.createElement('div');
    box.className = 'article-comments';
    box.append(paragraph('A reader said that the ministry had lied about the villages all along, as it always does.'));
    first.body!.root.append(box);
    const again = (await readAgain(first))!;
    expect(parse).not.toHaveBeenCalled();
    expect(again.text).toBe(first.text);
  });

  test('when the body is gone (the app swapped the article) the page is read in full', async () => {
    const first = read('seed-kursk.html');
    const swapped = first.body!.root.cloneNode(true) as Element;
    first.body!.root.replaceWith(swapped);
    const again = (await readAgain(first))!;
    expect(parse).toHaveBeenCalledTimes(1);
    expect(again.text).toBe(first.text);
    expect(again.body!.root).toBe(swapped);
  });
});
