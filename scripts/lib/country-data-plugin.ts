// A Vite plugin for the extension's build (and the bench's): the world-countries table is bundled
// with only the fields the analyzer reads (lib/analyzer/country-data.ts).
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import type { Country } from 'world-countries';
import { countryFields } from '../../lib/analyzer/country-data';

const COUNTRY_TABLE = /[\\/]world-countries[\\/]countries\.json$/;

export function countryDataPlugin(): Plugin {
  return {
    name: 'claimlens:country-data',
    enforce: 'pre',
    load(id) {
      if (!COUNTRY_TABLE.test(id)) return null;
      const countries = JSON.parse(readFileSync(id, 'utf8')) as Country[];
      return JSON.stringify(countries.map(countryFields));
    },
  };
}
