import { expect } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import type { Claim } from '../../../lib/analyzer/types';

/** The claim of `text` whose text holds `phrase`; fails the test when there is none. */
export function claim(text: string, phrase: string): Claim {
  const c = analyze(text).claims.find((x) => x.text.includes(phrase));
  expect(c, `a claim holding "${phrase}"`).toBeDefined();
  return c as Claim;
}
