// The fields of the world-countries data that the analyzer reads (./side-names). The extension's
// build keeps only these (scripts/lib/country-data-plugin.ts): the package's whole table is 1.4 MB
// of translations, borders and flags that the background would otherwise parse at every start.
import type { Country } from 'world-countries';

export interface CountryFields {
  name: { common: string };
  unMember: boolean;
  capital: string[];
  altSpellings: string[];
  demonyms?: { eng?: Country['demonyms'][string] };
}

export function countryFields(country: Country): CountryFields {
  const { name, unMember, capital, altSpellings, demonyms } = country;
  return { name: { common: name.common }, unMember, capital, altSpellings, ...(demonyms?.eng && { demonyms: { eng: demonyms.eng } }) };
}
