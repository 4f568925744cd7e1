// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createPageSession, type PageSession } from '../../../entrypoints/content/page-session';
import type { ExtractedArticle } from '../../../lib/article';
import type { Analysis } from '../../../lib/analyzer/types';
import { loadPage } from '../../fixtures/pages/load';
import { claimOf } from './claims';

/** Stands in for the background: claims for the phrases it is told to find, where they occur. */
function fakeAnalyzer(phrases: string[]) {
  const texts: string[] = [];
  const analyze = vi.fn(async ({ text }: ExtractedArticle): Promise<Analysis> => {
    texts.push(text);
    const found = phrases.filter((phrase) => text.includes(phrase));
    return { language: 'en', analyzed: true, claims: found.map((phrase) => claimOf(text, phrase, 'disputed')) };
  });
  return { analyze, texts };
}

const marks = () => document.querySelectorAll('claimlens-mark');
const markedText = () => [...marks()].map((mark) => mark.textContent).join('|');

let session: PageSession | null = null;
afterEach(() => session?.hide());

describe('createPageSession', () => {
  test('show paints the claims; hide leaves the DOM exactly as before', async () => {
    loadPage('seed-kursk.html');
    const before = document.documentElement.outerHTML;
    const { analyze } = fakeAnalyzer(['Ukrainian fighters are encircled']);
    session = createPageSession(document, analyze, 0);
    session.show();
    await vi.waitFor(() => expect(marks()).toHaveLength(2));
    expect(session.analysis?.claims).toHaveLength(1);
    expect(session.title).toBe('Russia Intensifies Military Operations in Kursk Amid Ceasefire Negotiations');
    session.hide();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(session.analysis).toBeNull();
  });

  test('showing again with the same article reuses its analysis', async () => {
    loadPage('seed-kursk.html');
    const { analyze } = fakeAnalyzer(['Ukrainian fighters are encircled']);
    session = createPageSession(document, analyze, 0);
    session.show();
    await vi.waitFor(() => expect(marks()).toHaveLength(2));
    session.hide();
    session.show();
    await vi.waitFor(() => expect(marks()).toHaveLength(2));
    expect(analyze).toHaveBeenCalledTimes(1);
  });

  test('an answer that arrives after hide paints nothing', async () => {
    loadPage('seed-kursk.html');
    const before = document.documentElement.outerHTML;
    const { analyze: answer } = fakeAnalyzer(['Ukrainian fighters are encircled']);
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const analyze = vi.fn(async (article: ExtractedArticle) => {
      await gate;
      return answer(article);
    });
    session = createPageSession(document, analyze, 0);
    session.show();
    await vi.waitFor(() => expect(analyze).toHaveBeenCalledTimes(1));
    session.hide();
    release();
    await analyze.mock.results[0]!.value;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test('hiding while highlights are being painted leaves the DOM exactly as before', async () => {
    loadPage('seed-kursk.html');
    const before = document.documentElement.outerHTML;
    const { analyze } = fakeAnalyzer(['Ukrainian fighters are encircled', 'regained control', 'offer to surrender']);
    session = createPageSession(document, analyze, 0);
    session.show();
    await vi.waitFor(() => expect(marks().length).toBeGreaterThan(0));
    session.hide();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test('a paragraph added to the article is analyzed with the rest and every claim is marked once', async () => {
    loadPage('seed-kursk.html');
    const late = 'Officials in Kyiv said that the convoy had reached Sumy before dawn on Sunday morning.';
    const { analyze, texts } = fakeAnalyzer(['Ukrainian fighters are encircled', 'the convoy had reached Sumy']);
    session = createPageSession(document, analyze, 0);
    session.show();
    await vi.waitFor(() => expect(marks()).toHaveLength(2));
    const paragraph = document.createElement('p');
    paragraph.textContent = late;
    document.querySelector('.story-body')!.append(paragraph);
    await vi.waitFor(() => expect(marks()).toHaveLength(3));
    expect(texts.at(-1)!.endsWith(late)).toBe(true);
    expect(markedText()).toBe(
      'Ukrainian fighters are encircled|Ukrainian fighters are encircled|the convoy had reached Sumy',
    );
    expect(document.querySelector('claimlens-mark claimlens-mark')).toBeNull();
  });

  test('a paragraph the page re-renders with the same words gets its highlights back, without a new analysis', async () => {
    loadPage('seed-kursk.html');
    const html = document.querySelectorAll('.story-body p')[1]!.outerHTML;
    const { analyze } = fakeAnalyzer(['Ukrainian fighters are encircled']);
    session = createPageSession(document, analyze, 0);
    session.show();
    await vi.waitFor(() => expect(marks()).toHaveLength(2));
    const rendered = marks()[0]!.closest('p')!;
    rendered.outerHTML = html;
    await vi.waitFor(() => expect([...marks()].filter((mark) => mark.isConnected)).toHaveLength(2));
    expect(analyze).toHaveBeenCalledTimes(1);
  });

  test('switching off also unwraps copies the page made of highlighted text', async () => {
    loadPage('seed-kursk.html');
    const { analyze } = fakeAnalyzer(['Ukrainian fighters are encircled']);
    session = createPageSession(document, analyze, 0);
    session.show();
    await vi.waitFor(() => expect(marks()).toHaveLength(2));
    const rendered = marks()[0]!.closest('p')!;
    rendered.after(rendered.cloneNode(true));
    session.hide();
    expect(marks()).toHaveLength(0);
    expect(document.querySelectorAll('.story-body p')[2]!.textContent).toBe(rendered.textContent);
  });

  test('changes outside the article’s text do not trigger a new analysis', async () => {
    loadPage('seed-kursk.html');
    const { analyze } = fakeAnalyzer(['Ukrainian fighters are encircled']);
    session = createPageSession(document, analyze, 0);
    session.show();
    await vi.waitFor(() => expect(marks()).toHaveLength(2));
    const comment = document.createElement('div');
    comment.textContent = 'The ministry claims everything is fine.';
    document.querySelector('.comments')!.append(comment);
    document.querySelector('#subscribe')!.textContent = 'Subscribed';
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(marks()).toHaveLength(2);
  });

  test('reset forgets the article: the page that replaced it is analyzed afresh', async () => {
    loadPage('seed-kursk.html');
    const { analyze } = fakeAnalyzer(['Ukrainian fighters are encircled', 'far smaller']);
    session = createPageSession(document, analyze, 0);
    session.show();
    await vi.waitFor(() => expect(marks()).toHaveLength(2));
    loadPage('harbour-strike.html');
    session.reset();
    await vi.waitFor(() => expect(markedText()).toBe('far smaller'));
    expect(analyze).toHaveBeenCalledTimes(2);
  });

  test('a page that is not an article is left alone', async () => {
    loadPage('home-page.html');
    const before = document.documentElement.outerHTML;
    const { analyze } = fakeAnalyzer(['Moscow claims military gains']);
    session = createPageSession(document, analyze, 0);
    session.show();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(analyze).not.toHaveBeenCalled();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test('a failing analysis throws nothing into the page', async () => {
    loadPage('seed-kursk.html');
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const analyze = vi.fn(async (): Promise<Analysis> => {
      throw new Error('background gone');
    });
    session = createPageSession(document, analyze, 0);
    session.show();
    await vi.waitFor(() => expect(debug).toHaveBeenCalled());
    expect(marks()).toHaveLength(0);
    debug.mockRestore();
  });
});
