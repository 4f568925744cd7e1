// The extension bundles the world-countries table with only the fields the analyzer reads
// (scripts/lib/country-data-plugin.ts): the analyzer must find the same sides in it as in the whole table.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Country } from 'world-countries';
import { countryDataPlugin } from '../../../scripts/lib/country-data-plugin';

const tablePath = createRequire(import.meta.url).resolve('world-countries/countries.json');
const whole = JSON.parse(readFileSync(tablePath, 'utf8')) as Country[];

function trimmedTable(): string {
  const load = countryDataPlugin().load as (id: string) => string | null;
  return load(tablePath)!;
}

/** Every UN member named the ways the analyzer reads: demonym, capital and common name. */
function everyCountryText(): string {
  return whole
    .filter((country) => country.unMember && country.demonyms?.eng && country.capital[0])
    .map((country) => `Officials in ${country.capital[0]} said the ${country.demonyms.eng!.m} army had withdrawn. ${country.name.common} denied the report.`)
    .join('\n\n');
}

const articlesDir = join(import.meta.dirname, '..', '..', 'articles');
const texts = [everyCountryText(), ...readdirSync(articlesDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(articlesDir, f), 'utf8'))];

async function analyses(): Promise<string> {
  const { analyze } = await import('../../../lib/analyzer/index');
  return JSON.stringify(texts.map((text) => analyze(text)));
}

afterEach(() => {
  vi.doUnmock('world-countries');
  vi.resetModules();
});

describe('the country table as the extension bundles it', () => {
  it('keeps every country and a small part of the bytes', () => {
    const trimmed = JSON.parse(trimmedTable()) as unknown[];
    expect(trimmed).toHaveLength(whole.length);
    expect(trimmedTable().length).toBeLessThan(readFileSync(tablePath, 'utf8').length / 10);
  });

  it('gives the analyzer the same claims, asserters and sides as the whole table', async () => {
    const withWhole = await analyses();
    vi.resetModules();
    vi.doMock('world-countries', () => ({ default: JSON.parse(trimmedTable()) }));
    const withTrimmed = await analyses();
    expect(withTrimmed).toBe(withWhole);
    expect(withWhole).toContain('"side":"Kazakhstan"');
    // Every test article analysed twice: a correctness check, given room beyond the default 5 s on a busy machine.
  }, 30_000);

  it('is left alone for every other module', () => {
    const load = countryDataPlugin().load as (id: string) => string | null;
    expect(load('/x/node_modules/other/countries.json')).toBeNull();
  });
});
