// The similarity lexicon's demonyms and capitals are copied from the world-countries package
// (importing the package would put 1.4 MB of country data into the history page). This keeps the
// copy true to it.
import countries from 'world-countries';
import { describe, expect, it } from 'vitest';
import lexicon from '../../../lib/history/data/similarity-lexicon.json';

/** The UK's nations, which world-countries does not list as countries. */
const NATIONS = { english: 'england', scottish: 'scotland', welsh: 'wales' };

const demonyms: Record<string, string> = lexicon.demonyms;
const byName = new Map(countries.map((country) => [country.name.common.toLowerCase(), country]));

describe('the similarity lexicon’s demonyms', () => {
  it('map each demonym to a country that world-countries gives it to', () => {
    for (const [demonym, country] of Object.entries(demonyms)) {
      if (demonym in NATIONS) {
        expect(country).toBe(NATIONS[demonym as keyof typeof NATIONS]);
        continue;
      }
      const record = byName.get(country);
      expect(record, `${demonym} → ${country}`).toBeDefined();
      const forms = [record!.demonyms?.eng?.m, record!.demonyms?.eng?.f].map((form) => form?.toLowerCase());
      expect(forms, `${demonym} → ${country}`).toContain(demonym);
    }
  });

  it('hold every UN member’s one-word English demonym that differs from its name', () => {
    for (const country of countries.filter((c) => c.unMember)) {
      const demonym = country.demonyms?.eng?.m?.toLowerCase();
      if (!demonym || !/^[a-z]+$/.test(demonym) || demonym === country.name.common.toLowerCase()) continue;
      expect(demonyms, country.name.common).toHaveProperty([demonym]);
    }
  });
});

describe('the similarity lexicon’s capitals', () => {
  const capitals: Record<string, string> = lexicon.capitals;
  const plain = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '');
  const capitalsOf = (country: string) => (byName.get(country)?.capital ?? []).map((city) => city.toLowerCase().replace(/ d\.c\.$/, ''));

  it('map each capital, as written or without accents, to the country world-countries gives it to', () => {
    for (const [city, country] of Object.entries(capitals)) {
      expect(capitalsOf(country).flatMap((capital) => [capital, plain(capital)]), `${city} → ${country}`).toContain(city);
    }
  });

  it('hold every UN member’s first capital but those left out and those named as the country', () => {
    for (const country of countries.filter((c) => c.unMember)) {
      const [capital] = capitalsOf(country.name.common.toLowerCase());
      if (!capital || capital === country.name.common.toLowerCase() || lexicon.capitalsLeftOut.includes(capital)) continue;
      expect(capitals[capital], country.name.common).toBe(country.name.common.toLowerCase());
    }
  });
});
