// Which side an asserter speaks for.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { namedSide } from '../../../lib/analyzer/side-names';

function sideOf(text: string, phrase: string): string | undefined {
  return analyze(text).claims.find((c) => c.text.includes(phrase))?.asserter.side;
}

describe('sides from the country data and the alias table', () => {
  it('maps demonyms, capitals and institutions', () => {
    expect(namedSide('the Ukrainian military')).toBe('Ukraine');
    expect(namedSide('Moscow')).toBe('Russia');
    expect(namedSide('Kyiv')).toBe('Ukraine');
    expect(namedSide('Beijing')).toBe('China');
    expect(namedSide('the Kremlin')).toBe('Russia');
    expect(namedSide('the Pentagon')).toBe('United States');
    expect(namedSide('White House officials')).toBe('United States');
    expect(namedSide('The U.S. Commerce Department')).toBe('United States');
    expect(namedSide('Democrats')).toBe('Democratic Party');
    expect(namedSide('Sen. Anne Morrow, R-Kan.')).toBe('Republican Party');
    expect(namedSide('a bakery owner')).toBeNull();
  });
});

describe('sides in context', () => {
  it('gives a capital used as a metonym its country', () => {
    expect(sideOf('Washington said the sanctions would stay in place.', 'sanctions would stay')).toBe('United States');
  });

  it('gives a named company its own name, and its spokesperson the company', () => {
    const text = 'Tessaro Motors said the recall was voluntary. Tessaro spokeswoman Ana Ruiz said fewer than 100 cars were affected.';
    expect(sideOf(text, 'recall was voluntary')).toBe('Tessaro Motors');
    expect(sideOf(text, 'fewer than 100 cars')).toBe('Tessaro Motors');
  });

  it('gives an official named only by role the country of the body that spoke before', () => {
    const text = 'The Estonian government said the border would stay shut. A foreign ministry spokesman said patrols had been doubled.';
    expect(sideOf(text, 'patrols had been doubled')).toBe('Estonia');
  });

  it('gives a person speaking for themselves their own name', () => {
    const text = '"The water came up to the windows," said Petra Holm, 61, who has lived on the street for 30 years.';
    expect(sideOf(text, 'water came up to the windows')).toBe('Petra Holm');
  });

  it('gives a person the organisation of their appositive role', () => {
    const text = 'Jonas Berg, president of the Baltic Dockers Union, said the talks had collapsed.';
    expect(sideOf(text, 'talks had collapsed')).toBe('Baltic Dockers Union');
  });
});
