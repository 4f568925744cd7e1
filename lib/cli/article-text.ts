// A file's content → the text the analyzer reads. HTML goes through the same article extraction
// as the content script, on a linkedom document.
import { parseHTML } from 'linkedom';
import { extractArticle } from '../article/extract';

export type ArticleText = { text: string } | { notAnalyzed: string };

const HTML_FILE = /\.x?html?$/i;

export function isHtmlFile(fileName: string): boolean {
  return HTML_FILE.test(fileName);
}

/** The article text of a file: HTML pages are extracted, anything else is read as plain text. */
export function articleTextOf(fileName: string, content: string): ArticleText {
  if (!isHtmlFile(fileName)) return { text: content };
  const { document } = parseHTML(content);
  const article = extractArticle(document as unknown as Document);
  return article ? { text: article.text } : { notAnalyzed: 'not analyzed: no article found on the page' };
}
