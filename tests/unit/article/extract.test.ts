// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../lib/article';
import { ARTICLE_PAGES, extractPage, loadPage, parsePageInNode } from '../../fixtures/pages/load';

function textNodes(doc: Document): Text[] {
  const walker = doc.createTreeWalker(doc.documentElement, 0x4);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

describe('extractArticle on a news page (seed article)', () => {
  const article = extractPage('seed-kursk.html');
  const blocks = article.text.split('\n\n');

  test('starts with the headline and the standfirst, though Readability drops both', () => {
    expect(article.title).toBe('Russia Intensifies Military Operations in Kursk Amid Ceasefire Negotiations');
    expect(blocks[0]).toBe(article.title);
    expect(blocks[1]).toBe('As peace talks with the U.S. advance, Moscow claims military gains in contested areas.');
  });

  test('keeps the five body paragraphs, repeated ones included, joined across links and emphasis', () => {
    expect(blocks).toHaveLength(7);
    expect(blocks[2]).toMatch(/^Moscow is intensifying .* any withdrawal from Sudzha\.$/);
    expect(blocks[3]).toContain('The Russian government claims that Ukrainian fighters are encircled, a narrative');
    expect(blocks[4]).toContain('launched two Iskander-M ballistic missiles and 178 drones');
    expect(blocks[5]).toBe(blocks[3]);
    expect(blocks[6]).toBe(blocks[4]);
  });

  test('leaves out navigation, ticker, byline, caption, related stories, comments and footer', () => {
    for (const chrome of [
      'Politics',
      'Subscribe',
      'Ceasefire talks resume',
      'Meridian Post staff',
      'Smoke rises',
      'Related coverage',
      'serious work',
      'kursk_watcher',
      'the same ministry claimed victory',
      'drone numbers were inflated',
      'Join the conversation',
      'Filed under',
      'Privacy',
    ]) {
      expect(article.text).not.toContain(chrome);
    }
  });

  test('collapses whitespace inside blocks and separates blocks by one blank line', () => {
    expect(article.text).not.toMatch(/ {2}|\n{3}|[\t\r]|^\s|\s$/);
    expect(article.text).not.toMatch(/[^\n]\n[^\n]/);
    for (const block of blocks) expect(block).toBe(block.trim());
  });
});

describe('extractArticle on other page structures', () => {
  test('a wire story: the dek is kept; cookie banner, search box, promo, editor, svg text and comments are not', () => {
    const { title, text } = extractPage('harbour-strike.html');
    expect(title).toBe('Harbour authority puts strike losses at $40 million; union disputes figure');
    expect(text.split('\n\n').slice(0, 2)).toEqual([
      title,
      'Shipping backed up for nine days at the port of Westhaven before a deal was reached on Friday.',
    ]);
    expect(text).toContain('the nine-day strike had cost $40 million in lost trade');
    expect(text).toContain('the losses were far smaller than the authority claimed and that most cargo');
    for (const outside of [
      'cookies',
      'Search the wire',
      'Linford port says',
      'Editor note',
      'Share this story',
      'Most read',
      'Typical management spin',
      'the minister lied',
      'Dana Ruiz',
      'Business',
    ]) {
      expect(text).not.toContain(outside);
    }
  });

  test('a page laid out with <br> keeps paragraphs apart and lines as separate words', () => {
    const { text } = extractPage('broadcaster-brs.html');
    const blocks = text.split('\n\n');
    expect(blocks[0]).toBe('Hospital staff to strike next week, union says');
    expect(blocks[1]).toMatch(/^Nurses and porters at three city hospitals/);
    expect(blocks).toContain(
      "The city's hospital trust said it regretted the decision but insisted that emergency care would not be affected during the strike. It said planned operations would be rescheduled.",
    );
    expect(text).toContain('"We have no choice," he said. The trust denied that it had refused');
    expect(text).not.toMatch(/Priya Nair|3 hours ago|Related content|insult|About/);
  });

  test('a live blog: every entry, oldest included once loaded; never the load button or the rail', () => {
    const before = extractPage('live-blog.html').text;
    expect(before).toMatch(/^LIVE Flood defences tested as river peaks\n\nThe River Esk is expected to peak overnight/);
    expect(before).toContain('the temporary barriers along the quay would hold even if the river rose');
    expect(before).toContain('a danger to life');
    expect(before).not.toMatch(/Load earlier|Most watched|Drone footage|Contact/);
    const entry = document.createElement('article');
    entry.className = 'entry';
    entry.innerHTML = '<h2>Residents dispute barrier claim</h2><p>Quayside residents said the barriers had leaked in 2019.</p>';
    document.getElementById('feed')!.append(entry);
    const after = extractArticle(document)!.text;
    expect(after.startsWith(before)).toBe(true);
    expect(after.endsWith('Residents dispute barrier claim\n\nQuayside residents said the barriers had leaked in 2019.')).toBe(true);
  });

  test('a paywalled page: the visible part of the story, not the subscription offer', () => {
    const { text } = extractPage('paywall.html');
    expect(text).toContain('The commerce department rejected that estimate');
    expect(text).toContain('Regulators insist the curbs are narrowly targeted');
    expect(text).not.toMatch(/Keep reading|only financial news they trust|Subscribe|Sign in/);
  });

  test('a single-page app: the article the app swapped in replaces the first one', () => {
    const first = extractPage('spa-article.html');
    expect(first.title).toBe('Reef collision: operator says no fuel leaked');
    const view = document.getElementById('view')!;
    view.replaceChildren();
    const article = view.appendChild(document.createElement('article'));
    article.innerHTML =
      '<h1>Scientists assess damage to northern reef</h1>' +
      '<p>Marine biologists said on Wednesday that the grounding had destroyed coral over roughly 1.5 hectares, and that recovery could take decades of careful work by the park service and volunteers.</p>' +
      '<p>The operator said it would fund restoration work, but denied that its crew had ignored warnings from the harbour master before the collision on Monday night in the northern channel.</p>' +
      '<p>Rangers said test results on the water samples showed traces of diesel, contradicting the operator’s statement that nothing had leaked from the ship into the marine park.</p>';
    const second = extractArticle(document)!;
    expect(second.title).toBe('Scientists assess damage to northern reef');
    expect(second.text).toContain('showed traces of diesel');
    expect(second.text).not.toContain('Marisol');
  });

  test('an AMP page: text inside AMP elements is read; the AMP menu and consent dialog are not', () => {
    const { title, text } = extractPage('amp-story.html');
    expect(title).toBe('Airline denies safety lapse after engine failure');
    expect(text).toContain('the engine had been inspected only two weeks before the incident');
    expect(text).toContain('Passengers were evacuated on the runway');
    expect(text).not.toMatch(/Menu|Home|cookies|respects your privacy|Privacy/);
  });

  test('a tabloid in one-sentence paragraphs is an article with its bullet standfirst; byline, puffs and comments are not in it', () => {
    const { title, text } = extractPage('tabloid.html');
    expect(title).toBe("STAR'S TRANSFER FURY: Club insists striker 'begged to leave'");
    expect(text).toContain('Dockside United say Leo Varga asked to be sold in January\n\nPlayer\'s agent calls the claim');
    expect(text).toContain('DOCKSIDE UNITED have claimed that striker Leo Varga begged to be sold');
    expect(text).toContain('"This is a fairy tale," he told the Roar.');
    expect(text).not.toMatch(/EXCLUSIVE|Sam Keel|WATCH|MORE ON DOCKSIDE|MOST READ|written out|total lies|Daily Roar$/);
  });

  test.each(['home-page.html', 'docs-page.html', 'shop-page.html'])('%s is not an article', (name) => {
    expect(extractArticle(loadPage(name))).toBeNull();
    expect(extractArticle(parsePageInNode(name))).toBeNull();
  });

  test('a page that calls itself a website is still read when its structured data says news article', () => {
    const doc = loadPage('docs-page.html');
    const data = doc.createElement('script');
    data.type = 'application/ld+json';
    data.textContent = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }, { '@type': ['NewsArticle'] }] });
    doc.head.append(data);
    expect(extractArticle(doc)?.title).toBe('Configuring retries');
  });

  test('a page with too little text is not an article', () => {
    document.body.innerHTML = '<article><h1>Short</h1><p>The ministry said it was fine.</p></article>';
    expect(extractArticle(document)).toBeNull();
  });
});

describe.each(ARTICLE_PAGES)('extractArticle on %s', (name) => {
  test('never changes the page', () => {
    const doc = loadPage(name);
    const html = doc.documentElement.outerHTML;
    const nodes = textNodes(doc);
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(html);
    expect(textNodes(doc)).toEqual(nodes);
    textNodes(doc).forEach((node, index) => expect(node).toBe(nodes[index]));
  });

  test('maps every word back to the live text nodes that show it', () => {
    const doc = loadPage(name);
    const { text, map } = extractPage(name);
    for (const word of text.matchAll(/\S+/g)) {
      const pieces = map.resolve(word.index, word.index + word[0].length);
      expect(pieces, word[0]).not.toBeNull();
      expect(pieces!.map(({ node, start, end }) => node.data.slice(start, end)).join('')).toBe(word[0]);
      for (const { node } of pieces!) expect(doc.contains(node)).toBe(true);
    }
  });

  test('gives the same text in Node through linkedom, as the analyze CLI reads .html files', () => {
    const inNode = extractArticle(parsePageInNode(name));
    expect(inNode?.text).toBe(extractPage(name).text);
    expect(inNode?.title).toBe(extractPage(name).title);
  });
});
