// @vitest-environment happy-dom
// Article text that a page renders inside open shadow roots (web-component news sites).
import { expect, test } from 'vitest';
import { extractArticle } from '../../../lib/article';
import { highlightClaims } from '../../../lib/highlight';
import { claimOf } from '../highlight/claims';

const PARAGRAPHS = [
  'The port authority said on Monday that the new breakwater had been completed on schedule and within its budget, two years after work began.',
  'The main contractor disputed that account, saying that work on the northern section would not be finished until the spring.',
  'A spokesman for the authority did not respond to questions about the northern section. Fishing crews said the harbour had been calmer.',
  'The breakwater is designed to shelter up to forty vessels during winter gales, according to planning documents published in 2022.',
];

function buildPage(): { story: ShadowRoot; comments: ShadowRoot } {
  document.documentElement.innerHTML =
    '<head><title>Breakwater finished on time, port says</title></head><body>' +
    '<nav><a href="/">Bay Courier</a> <a href="/local">Local</a></nav>' +
    '<main><h1>Breakwater finished on time, port says</h1><story-body><p slot="lede">The builders say the work on the harbour is far from done.</p></story-body></main>' +
    '<reader-comments></reader-comments><footer>© Bay Courier</footer></body>';
  const story = document.querySelector('story-body')!.attachShadow({ mode: 'open' });
  story.innerHTML = `<div class="story"><slot name="lede"></slot>${PARAGRAPHS.map((text) => `<p>${text}</p>`).join('')}</div>`;
  const comments = document.querySelector('reader-comments')!.attachShadow({ mode: 'open' });
  comments.innerHTML = '<aside class="comments"><p>The port claims it was on budget, total lies from management.</p></aside>';
  return { story, comments };
}

test('text in open shadow roots is read as the article, in rendered order; the comments widget is not', () => {
  buildPage();
  const article = extractArticle(document)!;
  expect(article).not.toBeNull();
  for (const paragraph of PARAGRAPHS) expect(article.text).toContain(paragraph);
  expect(article.text.indexOf(PARAGRAPHS[0]!)).toBeLessThan(article.text.indexOf(PARAGRAPHS[3]!));
  expect(article.text).not.toContain('total lies');
  expect(article.text).not.toContain('Bay Courier');
  expect(article.shadowRoots.length).toBeGreaterThanOrEqual(1);
});

test('claims inside a shadow root are marked there, styled there, and removed without a trace', () => {
  const { story } = buildPage();
  const before = story.innerHTML;
  const pageBefore = document.documentElement.outerHTML;
  const { text, map } = extractArticle(document)!;
  const highlights = highlightClaims([claimOf(text, 'work on the northern section would not be finished')], map);
  expect(highlights.marks).toHaveLength(1);
  expect(highlights.marks[0]!.getRootNode()).toBe(story);
  expect(story.querySelector('style[data-claimlens]')).not.toBeNull();
  highlights.remove();
  expect(story.innerHTML).toBe(before);
  expect(document.documentElement.outerHTML).toBe(pageBefore);
});

/** A story header component: headline and standfirst stay in the light DOM, slotted into its shadow root. */
function buildSlottedHeaderPage(): ShadowRoot {
  document.documentElement.innerHTML =
    '<head><title>Breakwater finished on time, port says</title></head><body>' +
    '<nav><a href="/">Bay Courier</a> <a href="/local">Local</a></nav>' +
    '<main><story-header><h1 slot="headline">Breakwater finished on time, port says</h1>' +
    '<span slot="standfirst">Contractors say the northern section of the harbour wall will not be ready before the spring.</span>' +
    '<span slot="byline">By Ana Ruiz</span></story-header>' +
    `<div class="story-body">${PARAGRAPHS.map((text) => `<p>${text}</p>`).join('')}</div></main>` +
    '<footer>© Bay Courier</footer></body>';
  const header = document.querySelector('story-header')!.attachShadow({ mode: 'open' });
  header.innerHTML =
    '<div class="story-header"><slot name="headline"></slot>' +
    '<p class="standfirst"><slot name="standfirst"></slot></p><div class="byline"><slot name="byline"></slot></div></div>';
  return header;
}

test('a standfirst slotted into a header component’s shadow root is read between the headline and the body', () => {
  buildSlottedHeaderPage();
  const article = extractArticle(document)!;
  expect(article).not.toBeNull();
  const standfirst = 'Contractors say the northern section of the harbour wall will not be ready before the spring.';
  expect(article.text.startsWith(`Breakwater finished on time, port says\n\n${standfirst}\n\n${PARAGRAPHS[0]}`)).toBe(true);
  expect(article.text).not.toContain('Ana Ruiz');
});

test('a claim in a slotted standfirst is marked in the light DOM and removed without a trace', () => {
  const header = buildSlottedHeaderPage();
  const pageBefore = document.documentElement.outerHTML;
  const shadowBefore = header.innerHTML;
  const { text, map } = extractArticle(document)!;
  const highlights = highlightClaims([claimOf(text, 'the northern section of the harbour wall will not be ready')], map);
  expect(highlights.marks).toHaveLength(1);
  expect(highlights.marks[0]!.closest('[slot="standfirst"]')).not.toBeNull();
  highlights.remove();
  expect(document.documentElement.outerHTML).toBe(pageBefore);
  expect(header.innerHTML).toBe(shadowBefore);
});
