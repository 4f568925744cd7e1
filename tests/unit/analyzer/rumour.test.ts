// A rumour story: a report, the denial by the side it is about, a refusal to comment, and a claim
// nobody could verify. The article is the fixture tests/fixtures/articles/rumour-denial.txt.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import type { Claim } from '../../../lib/analyzer/types';

const text = readFileSync(fileURLToPath(new URL('../../fixtures/articles/rumour-denial.txt', import.meta.url)), 'utf8');
const { claims } = analyze(text);

function claim(phrase: string): Claim {
  const c = claims.find((x) => x.text.includes(phrase));
  expect(c, `a claim holding "${phrase}"`).toBeDefined();
  return c as Claim;
}

describe('a rumour and its denial', () => {
  it("disputes the newspaper's report with the ministry's denial, quoting it", () => {
    const c = claim('has resigned after a row over vaccine contracts');
    expect(c.asserter.name).toContain('Dnevnik');
    expect(c.asserter.side).toBe('Dnevnik');
    expect(c.status).toBe('disputed');
    const denials = c.responses.filter((r) => r.stance === 'denies');
    expect(denials.map((r) => r.by.side)).toContain('health ministry');
    expect(denials.some((r) => r.text.includes('denied the report'))).toBe(true);
  });

  it('gives the spokesman the side of the ministry he speaks for', () => {
    expect(claim('has no plans to leave').asserter.side).toBe('health ministry');
  });

  it('leaves a claim nobody could verify unconfirmed, and the newspaper standing by its story uncontested', () => {
    expect(claim('run short of flu vaccines').status).toBe('unconfirmed');
    expect(claim('stood by its reporting').status).toBe('uncontested');
  });

  it('does not read the denial headline as a claim by the ministry', () => {
    expect(claims.some((c) => c.text.startsWith('reports that minister resigned'))).toBe(false);
  });
});
