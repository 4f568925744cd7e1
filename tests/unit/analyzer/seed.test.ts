import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import type { Claim } from '../../../lib/analyzer/types';

const seed = readFileSync(fileURLToPath(new URL('../../fixtures/articles/seed-kursk.txt', import.meta.url)), 'utf8');

function claimWith(claims: Claim[], phrase: string): Claim {
  const found = claims.filter((c) => c.text.includes(phrase));
  expect(found, `one claim holding "${phrase}"`).toHaveLength(1);
  return found[0] as Claim;
}

describe('the seed article', () => {
  const { claims, analyzed, language } = analyze(seed);

  it('is analyzed as English', () => {
    expect(analyzed).toBe(true);
    expect(language).toBe('en');
  });

  it('finds the defense ministry claim, unconfirmed by Ukraine', () => {
    const c = claimWith(claims, 'regained control over two villages near Sudzha');
    expect(c.asserter.name).toContain('Russian Defense Ministry');
    expect(c.asserter.side).toBe('Russia');
    expect(c.cue).toBe('announced');
    expect(c.status).toBe('unconfirmed');
    expect(c.responses.map((r) => r.by.side)).toContain('Ukraine');
    expect(c.occurrences).toHaveLength(1);
  });

  it('finds the encirclement claim, disputed by the Ukrainian military though echoed by Trump', () => {
    const c = claimWith(claims, 'Ukrainian fighters are encircled');
    expect(c.asserter.name).toContain('Russian government');
    expect(c.asserter.side).toBe('Russia');
    expect(c.status).toBe('disputed');
    const denial = c.responses.find((r) => r.stance === 'denies');
    expect(denial?.by.name).toContain('Ukrainian military');
    expect(denial?.by.side).toBe('Ukraine');
    expect(denial?.text).toContain('no encirclement threat');
    expect(c.responses.some((r) => r.stance === 'supports' && r.by.side === 'United States')).toBe(true);
    expect(c.occurrences).toHaveLength(2);
  });

  it("finds Peskov's claim, uncontested, with both occurrences", () => {
    const c = claimWith(claims, 'offer to surrender remains on the table');
    expect(c.asserter.name).toContain('Peskov');
    expect(c.asserter.side).toBe('Russia');
    expect(c.status).toBe('uncontested');
    expect(c.occurrences).toHaveLength(2);
  });

  it('finds the Ukrainian authorities’ missile report, uncontested', () => {
    const c = claimWith(claims, 'two Iskander-M ballistic missiles and 178 drones');
    expect(c.asserter.name).toContain('Ukrainian authorities');
    expect(c.asserter.side).toBe('Ukraine');
    expect(c.status).toBe('uncontested');
    expect(c.occurrences).toHaveLength(2);
  });

  it('gives offsets that point at the claim text', () => {
    for (const c of claims) {
      for (const [start, end] of c.occurrences) {
        expect(seed.slice(start, end).replace(/\s+/g, ' ')).toBe(c.text.replace(/\s+/g, ' '));
      }
    }
  });
});
