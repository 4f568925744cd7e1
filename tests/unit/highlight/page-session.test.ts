// @vitest-environment happy-dom
import { Readability } from '@mozilla/readability';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type Analyze, createPageSession, type PageSession, type ReadArticle } from '../../../entrypoints/content/page-session';
import { extractArticleInSlices, type ExtractedArticle } from '../../../lib/article';
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

/** A session over the page as it is, shown: the caller keeps it in `session` (hidden after each test). */
function showSession(analyze: Analyze, read?: ReadArticle): PageSession {
  const shown = createPageSession(document, analyze, 0, read);
  shown.show();
  return shown;
}

/** Adds a paragraph at the end of the story, as a page script would. */
function appendToStory(text: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  document.querySelector('.story-body')!.append(paragraph);
  return paragraph;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const DENIAL = 'The governor of Sumy denied that the convoy had arrived, saying the road was still closed.';

/**
 * The seed article with a claim atop its story, and an analyzer that finds it: uncontested,
 * disputed once the page carries `DENIAL`.
 */
function storyWithDeniableClaim(): Analyze {
  loadPage('seed-kursk.html');
  const claim = 'the convoy had reached Sumy';
  const paragraph = document.createElement('p');
  paragraph.textContent = `Officials in Kyiv said that ${claim} before dawn on Sunday morning.`;
  document.querySelector('.story-body')!.prepend(paragraph);
  return vi.fn(async ({ text }: ExtractedArticle): Promise<Analysis> => ({
    language: 'en',
    analyzed: true,
    claims: [claimOf(text, claim, text.includes('denied that the convoy') ? 'disputed' : 'uncontested')],
  }));
}

describe('createPageSession', () => {
  test('show paints the claims; hide leaves the DOM exactly as before', async () => {
    loadPage('seed-kursk.html');
    const before = document.documentElement.outerHTML;
    const { analyze } = fakeAnalyzer(['Ukrainian fighters are encircled']);
    session = showSession(analyze);
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
    session = showSession(analyze);
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
    session = showSession(analyze);
    await vi.waitFor(() => expect(analyze).toHaveBeenCalledTimes(1));
    session.hide();
    release();
    await analyze.mock.results[0]!.value;
    await pause(20);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test('hiding while highlights are being painted leaves the DOM exactly as before', async () => {
    loadPage('seed-kursk.html');
    const before = document.documentElement.outerHTML;
    const { analyze } = fakeAnalyzer(['Ukrainian fighters are encircled', 'regained control', 'offer to surrender']);
    session = showSession(analyze);
    await vi.waitFor(() => expect(marks().length).toBeGreaterThan(0));
    session.hide();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test('a paragraph added to the article is analyzed with the rest and every claim is marked once', async () => {
    loadPage('seed-kursk.html');
    const late = 'Officials in Kyiv said that the convoy had reached Sumy before dawn on Sunday morning.';
    const { analyze, texts } = fakeAnalyzer(['Ukrainian fighters are encircled', 'the convoy had reached Sumy']);
    session = showSession(analyze);
    await vi.waitFor(() => expect(marks()).toHaveLength(2));
    appendToStory(late);
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
    session = showSession(analyze);
    await vi.waitFor(() => expect(marks()).toHaveLength(2));
    const rendered = marks()[0]!.closest('p')!;
    rendered.outerHTML = html;
    await vi.waitFor(() => expect([...marks()].filter((mark) => mark.isConnected)).toHaveLength(2));
    expect(analyze).toHaveBeenCalledTimes(1);
  });

  test('switching off also unwraps copies the page made of highlighted text', async () => {
    loadPage('seed-kursk.html');
    const { analyze } = fakeAnalyzer(['Ukrainian fighters are encircled']);
    session = showSession(analyze);
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
    session = showSession(analyze);
    await vi.waitFor(() => expect(marks()).toHaveLength(2));
    const comment = document.createElement('div');
    comment.textContent = 'The ministry claims everything is fine.';
    document.querySelector('.comments')!.append(comment);
    document.querySelector('#subscribe')!.textContent = 'Subscribed';
    await pause(20);
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(marks()).toHaveLength(2);
  });

  test('reset forgets the article: the page that replaced it is analyzed afresh', async () => {
    loadPage('seed-kursk.html');
    const { analyze } = fakeAnalyzer(['Ukrainian fighters are encircled', 'far smaller']);
    session = showSession(analyze);
    await vi.waitFor(() => expect(marks()).toHaveLength(2));
    loadPage('harbour-strike.html');
    session.reset();
    await vi.waitFor(() => expect(markedText()).toBe('far smaller'));
    expect(analyze).toHaveBeenCalledTimes(2);
  });

  test('a navigation announced before the app swaps the article analyzes the new article, never the old one again', async () => {
    loadPage('seed-kursk.html');
    const { analyze, texts } = fakeAnalyzer(['Ukrainian fighters are encircled', 'far smaller']);
    session = showSession(analyze);
    await vi.waitFor(() => expect(marks()).toHaveLength(2));
    // As an app's link handler runs: the navigate event (→ reset) comes first, the new article after it.
    session.reset();
    loadPage('harbour-strike.html');
    await vi.waitFor(() => expect(markedText()).toBe('far smaller'));
    expect(texts).toHaveLength(2);
    expect(texts[1]).not.toContain('Ukrainian fighters are encircled');
  });

  test('an article read ahead (while the switch is read) is painted on show', async () => {
    loadPage('seed-kursk.html');
    const { analyze, texts } = fakeAnalyzer(['Ukrainian fighters are encircled']);
    session = createPageSession(document, analyze, 0);
    session.prepare();
    await pause(0);
    session.show();
    await vi.waitFor(() => expect(marks()).toHaveLength(2));
    expect(texts).toHaveLength(1);
  });

  test('a page change between the read-ahead and show is part of what is analyzed', async () => {
    loadPage('seed-kursk.html');
    const late = 'Officials in Kyiv said that the convoy had reached Sumy before dawn on Sunday morning.';
    const { analyze, texts } = fakeAnalyzer(['Ukrainian fighters are encircled', 'the convoy had reached Sumy']);
    session = createPageSession(document, analyze, 0);
    session.prepare();
    await pause(0);
    appendToStory(late);
    await pause(0);
    session.show();
    await vi.waitFor(() => expect(marks()).toHaveLength(3));
    expect(texts[0]!.endsWith(late)).toBe(true);
  });

  test('a site switched off after the read-ahead is never analyzed nor changed, however the page changes', async () => {
    loadPage('seed-kursk.html');
    const before = document.documentElement.outerHTML;
    const { analyze } = fakeAnalyzer(['Ukrainian fighters are encircled']);
    session = createPageSession(document, analyze, 0);
    session.prepare();
    session.hide();
    const paragraph = appendToStory('Officials in Kyiv said that the convoy had reached Sumy before dawn on Sunday morning.');
    await pause(20);
    paragraph.remove();
    expect(analyze).not.toHaveBeenCalled();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test('a page that is not an article is left alone', async () => {
    loadPage('home-page.html');
    const before = document.documentElement.outerHTML;
    const { analyze } = fakeAnalyzer(['Moscow claims military gains']);
    session = showSession(analyze);
    await pause(20);
    expect(analyze).not.toHaveBeenCalled();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test('a failing analysis throws nothing into the page', async () => {
    loadPage('seed-kursk.html');
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const analyze = vi.fn(async (): Promise<Analysis> => {
      throw new Error('background gone');
    });
    session = showSession(analyze);
    await vi.waitFor(() => expect(debug).toHaveBeenCalled());
    expect(marks()).toHaveLength(0);
    debug.mockRestore();
  });

  test('a denial added lower on the page updates the status of the claim above it', async () => {
    session = showSession(storyWithDeniableClaim());
    await vi.waitFor(() => expect(marks()[0]?.getAttribute('data-claimlens-status')).toBe('uncontested'));
    appendToStory(DENIAL);
    await vi.waitFor(() => expect(marks()[0]?.getAttribute('data-claimlens-status')).toBe('disputed'));
    expect(marks()).toHaveLength(1);
  });

  test('a live update reads the article once, without Readability; keeps the earlier marks and paints the new claim once', async () => {
    loadPage('seed-kursk.html');
    const before = document.body.innerHTML;
    const late = 'Officials in Kyiv said that the convoy had reached Sumy before dawn on Sunday morning.';
    const { analyze } = fakeAnalyzer(['Ukrainian fighters are encircled', 'the convoy had reached Sumy']);
    const read = vi.fn<ReadArticle>(extractArticleInSlices);
    const parse = vi.spyOn(Readability.prototype, 'parse');
    session = showSession(analyze, read);
    await vi.waitFor(() => expect(marks()).toHaveLength(2));
    const earlier = [...marks()];
    expect(read).toHaveBeenCalledTimes(1);
    expect(parse).toHaveBeenCalledTimes(1);
    const paragraph = appendToStory(late);
    await vi.waitFor(() => expect(marks()).toHaveLength(3));
    expect(read).toHaveBeenCalledTimes(2);
    expect(read.mock.calls[1]![1].previous).toBeDefined();
    expect(parse).toHaveBeenCalledTimes(1);
    expect(analyze).toHaveBeenCalledTimes(2);
    expect([...marks()].slice(0, 2)).toEqual(earlier);
    expect(paragraph.querySelectorAll('claimlens-mark')).toHaveLength(1);
    await pause(50);
    expect(read).toHaveBeenCalledTimes(2);
    paragraph.remove();
    await vi.waitFor(() => expect(analyze).toHaveBeenCalledTimes(3));
    await vi.waitFor(() => expect(marks()).toHaveLength(2));
    expect([...marks()]).toEqual(earlier);
    expect(parse).toHaveBeenCalledTimes(1);
    session.hide();
    expect(document.body.innerHTML).toBe(before);
    parse.mockRestore();
  });

  test('a change outside the article’s body is read in full, with Readability', async () => {
    loadPage('seed-kursk.html');
    const { analyze } = fakeAnalyzer(['Ukrainian fighters are encircled', 'peace talks with the U.S. stall']);
    const read = vi.fn<ReadArticle>(extractArticleInSlices);
    session = showSession(analyze, read);
    await vi.waitFor(() => expect(marks()).toHaveLength(2));
    document.querySelector('.standfirst')!.textContent = 'As peace talks with the U.S. stall, Moscow claims military gains in contested areas.';
    await vi.waitFor(() => expect(marks()).toHaveLength(3));
    expect(read).toHaveBeenCalledTimes(2);
    expect(read.mock.calls[1]![1].previous).toBeUndefined();
  });

  test('a denial added lower re-labels the mark of the claim above in place', async () => {
    session = showSession(storyWithDeniableClaim());
    await vi.waitFor(() => expect(marks()).toHaveLength(1));
    const mark = marks()[0]!;
    appendToStory(DENIAL);
    await vi.waitFor(() => expect(mark.getAttribute('data-claimlens-status')).toBe('disputed'));
    expect(mark.isConnected).toBe(true);
    expect(mark.getAttribute('aria-label')).toMatch(/disputed$/);
    expect(session.analysis?.claims[0]?.status).toBe('disputed');
  });

  test('a huge batch of changes is read again once, not record by record', async () => {
    loadPage('seed-kursk.html');
    const { analyze } = fakeAnalyzer(['Ukrainian fighters are encircled']);
    session = showSession(analyze);
    await vi.waitFor(() => expect(marks()).toHaveLength(2));
    const body = document.querySelector('.story-body')!;
    // One record per paragraph: more than the session looks through one by one.
    for (let index = 0; index < 600; index++) {
      const paragraph = document.createElement('p');
      paragraph.textContent = `Update ${index}: water levels were measured again at the gauge near the old mill.`;
      body.append(paragraph);
    }
    await vi.waitFor(() => expect(analyze).toHaveBeenCalledTimes(2), { timeout: 5_000 });
    await vi.waitFor(() => expect(marks()).toHaveLength(2), { timeout: 5_000 });
    await pause(50);
    expect(analyze).toHaveBeenCalledTimes(2);
  });

  test('its own highlighting never counts as a page change', async () => {
    loadPage('seed-kursk.html');
    const { analyze } = fakeAnalyzer(['Ukrainian fighters are encircled', 'offer to surrender']);
    session = showSession(analyze);
    await vi.waitFor(() => expect(marks().length).toBeGreaterThan(2));
    const painted = [...marks()];
    await pause(50);
    // A refresh would have taken the marks off and painted new ones.
    expect([...marks()]).toEqual(painted);
    expect(analyze).toHaveBeenCalledTimes(1);
  });

  test('a page that declares itself no article is not read again however it changes', async () => {
    loadPage('shop-page.html');
    const { analyze } = fakeAnalyzer(['said']);
    session = showSession(analyze);
    await pause(20);
    const story = document.createElement('article');
    for (let index = 0; index < 10; index++) {
      const paragraph = document.createElement('p');
      paragraph.textContent = `The company said on Monday that sales had risen by ${index} percent, according to its quarterly report.`;
      story.append(paragraph);
    }
    document.body.append(story);
    await pause(50);
    expect(analyze).not.toHaveBeenCalled();
  });

  test('a page that becomes an article (rendered late by its app) is read once it has', async () => {
    document.documentElement.innerHTML = '<head><title>Loading…</title></head><body><main id="app">Loading…</main></body>';
    const { analyze } = fakeAnalyzer(['sales had risen by 4 percent']);
    session = showSession(analyze);
    await pause(20);
    expect(analyze).not.toHaveBeenCalled();
    const story = document.createElement('article');
    for (let index = 0; index < 8; index++) {
      const paragraph = document.createElement('p');
      paragraph.textContent = `The company said on Monday that sales had risen by ${index} percent, according to a quarterly report published in the morning.`;
      story.append(paragraph);
    }
    document.getElementById('app')!.replaceChildren(story);
    await vi.waitFor(() => expect(markedText()).toBe('sales had risen by 4 percent'));
  });
});
