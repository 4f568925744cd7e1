// "X filed a complaint Thursday alleging P": the complaint speaks for X, the day no side; "according to its annual
// report" for the body the sentence opens with; a post on "the X Facebook page" for the page, the platform left out;
// "Y of Town" for Y (a person or a company); "The Ohio chapter of the Z" for Z, never the state.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

function sideOf(text: string, asserter: string): string | undefined {
  return analyze(text).claims.find((c) => c.asserter.name.toLowerCase().startsWith(asserter.toLowerCase()))?.asserter.side;
}

describe('a court filing or complaint named with its day', () => {
  it('speaks for the one the sentence says filed it', () => {
    const text =
      'BRANSFIELD, Ohio — Independent county commission candidate Rosalind Teague filed an ethics complaint Thursday alleging ' +
      'that Commissioner Hal Dorsey had steered a paving contract to his brother-in-law.';
    expect(sideOf(text, 'An ethics complaint')).toBe('Rosalind Teague');
  });
});

describe('"according to its annual report"', () => {
  it('speaks for the body the sentence opens with', () => {
    const text = 'The Tri-Valley Food Bank distributed about 6 million pounds of food last year, according to its annual report.';
    expect(sideOf(text, 'its annual report')).toBe('Tri-Valley Food Bank');
  });
});

describe('a post on a named Facebook page', () => {
  it('speaks for the page by its name, without the platform', () => {
    const text = 'A post on the Elm Hollow Neighbors Facebook page claims that the water plant was shut down overnight.';
    expect(sideOf(text, 'A post on')).toBe('Elm Hollow Neighbors');
  });
});

describe('a person named with a home town', () => {
  it('speaks for themselves, the town left out', () => {
    const text = 'HARTWELL, Vt. — One of the runners, Marcy Olsen of Bransfield, said the course had been poorly marked.';
    expect(sideOf(text, 'One of the runners')).toBe('Marcy Olsen');
  });

  it('and so does a company named with its town', () => {
    const text = 'The trucking company, Halvorsen Freight of Toledo, said in a statement that its driver had followed the posted detour.';
    expect(sideOf(text, 'The trucking company')).toBe('Halvorsen Freight');
  });
});

describe("a state's chapter of a named body", () => {
  it('speaks as the body, never the state', () => {
    const text = 'The Ohio chapter of the Sierra Club said the permit would let the plant double its discharge into the river.';
    expect(sideOf(text, 'The Ohio chapter')).toBe('Sierra Club');
  });
});
