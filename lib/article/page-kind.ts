// What a page says it is. Readability's readerable check passes any page with long paragraphs
// (documentation, a shop's product description): a page that declares itself something other
// than an article, in Open Graph or schema.org data, is taken at its word.

const ARTICLE_TYPES = /Article$|BlogPosting$|^Report$/;
const NOT_ARTICLE_TYPES = new Set([
  'Product',
  'ProductGroup',
  'SearchResultsPage',
  'CollectionPage',
  'ProfilePage',
]);
const NOT_ARTICLE_OPEN_GRAPH = /^(website|product|profile|book|place|business|restaurant|music\.|video\.(movie|tv_show))/;
/** Structured data larger than this is not read (it is never needed to tell a page's kind). */
const MAX_STRUCTURED_DATA = 200_000;

function collectTypes(value: unknown, types: Set<string>): void {
  if (Array.isArray(value)) {
    value.forEach((item) => collectTypes(item, types));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === '@type') [item].flat().forEach((type) => typeof type === 'string' && types.add(type));
      else if (key === '@graph' || key === 'mainEntity') collectTypes(item, types);
    }
  }
}

function structuredDataTypes(doc: Document): Set<string> {
  const types = new Set<string>();
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const json = script.textContent ?? '';
    if (json.length > MAX_STRUCTURED_DATA) continue;
    try {
      collectTypes(JSON.parse(json), types);
    } catch {
      // Broken structured data says nothing about the page.
    }
  }
  return types;
}

/** True when the page's metadata says it is not an article and nothing says it is one. */
export function declaresNonArticle(doc: Document): boolean {
  const openGraph = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase() ?? '';
  const types = [...structuredDataTypes(doc)];
  if (openGraph === 'article' || types.some((type) => ARTICLE_TYPES.test(type))) return false;
  return NOT_ARTICLE_OPEN_GRAPH.test(openGraph) || types.some((type) => NOT_ARTICLE_TYPES.has(type));
}
