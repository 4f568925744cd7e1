// The saved pages' expected claims (tests/fixtures/pages/<name>.expected.json, checked in Chromium
// by tests/e2e/pages.spec.ts), read here through the CLI's article extraction: an analyzer change
// that breaks one fails in the unit tests too, before any browser runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { articleTextOf } from '../../../lib/cli/article-text';

interface ExpectedClaim {
  key: string;
  status: string;
}

const pagesDir = join(import.meta.dirname, '..', '..', 'fixtures', 'pages');
/** Pages whose article only a browser builds (it is in shadow roots a script attaches). */
const BROWSER_ONLY = new Set(['web-components']);
const articles = readdirSync(pagesDir)
  .filter((file) => file.endsWith('.expected.json'))
  .sort()
  .map((file) => ({ name: file.replace(/\.expected\.json$/, ''), ...(JSON.parse(readFileSync(join(pagesDir, file), 'utf8')) as { kind: string; claims?: ExpectedClaim[] }) }))
  .filter((page) => page.kind === 'article' && (page.claims?.length ?? 0) > 0 && !BROWSER_ONLY.has(page.name));

describe('the saved pages, analyzed in Node', () => {
  it.each(articles.map((page) => [page.name, page] as const))('%s: each expected claim with its status', (name, page) => {
    const extracted = articleTextOf(`${name}.html`, readFileSync(join(pagesDir, `${name}.html`), 'utf8'));
    expect('text' in extracted).toBe(true);
    const claims = 'text' in extracted ? analyze(extracted.text).claims : [];
    for (const { key, status } of page.claims ?? []) {
      const found = claims.find((claim) => claim.text.includes(key));
      expect(found?.status, `${name}: "${key}"`).toBe(status);
    }
  });
});
