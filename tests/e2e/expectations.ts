// The expected claims of each saved page (tests/fixtures/pages/<name>.expected.json), written by
// reading the page as a careful reader would, and the known analyzer faults that keep some of
// them from showing yet.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, pagesDir } from './fixtures';
import { paintedClaims } from './helpers';

export interface ExpectedClaim {
  /** Words inside the claim's highlight. */
  key: string;
  status: 'disputed' | 'unconfirmed' | 'supported' | 'uncontested';
  asserter: string;
  why: string;
}

export interface PageAction {
  /** The page's own control to click. */
  click: string;
  claims: ExpectedClaim[];
  /** Words no longer highlighted after the action. */
  gone?: string[];
}

export interface PageExpectation {
  name: string;
  kind: 'article' | 'not-article';
  claims: ExpectedClaim[];
  /** Parts of the page (CSS, open shadow roots pierced) where nothing may be highlighted. */
  notHighlighted?: string[];
  afterNewPost?: PageAction;
  afterLoadEarlier?: PageAction;
  afterNavigation?: PageAction;
}

export function loadExpectations(): PageExpectation[] {
  return readdirSync(pagesDir)
    .filter((file) => file.endsWith('.expected.json'))
    .sort()
    .map((file) => ({
      name: file.replace(/\.expected\.json$/, ''),
      ...(JSON.parse(readFileSync(join(pagesDir, file), 'utf8')) as Omit<PageExpectation, 'name'>),
    }));
}

/**
 * Expected claims the analyzer (lib/analyzer, owned elsewhere) does not get right yet, keyed
 * "page: key", with the fault. Only these cases are skipped (test.fixme); everything else runs.
 */
export const ANALYZER_FAULTS: Record<string, string> = {
};

export function faultOf(page: string, claim: ExpectedClaim): string | undefined {
  return ANALYZER_FAULTS[`${page}: ${claim.key}`];
}

/** The status of the highlight holding `key`, or null while there is none. */
export async function statusOf(page: Page, key: string): Promise<string | null> {
  const claims = await paintedClaims(page);
  return claims.find((claim) => claim.text.replace(/\s+/g, ' ').includes(key))?.status ?? null;
}

export async function expectClaims(page: Page, name: string, claims: readonly ExpectedClaim[]): Promise<void> {
  for (const claim of claims) {
    if (faultOf(name, claim)) continue;
    await expect
      .poll(() => statusOf(page, claim.key), { message: `${name}: a ${claim.status} highlight holding "${claim.key}"` })
      .toBe(claim.status);
  }
}

