import { describe, expect, it } from 'vitest';
import { claimCore, claimFeatures, isSameClaim } from '../../../lib/history/similarity';

// The sixth round: the rewordings three outlets make of one claim (tests/fixtures/stories),
// each normalisation with a pair it makes match and a near miss it keeps apart.
const same = (a: string, b: string, side = '') => isSameClaim(claimFeatures(a, side), claimFeatures(b, side));
const shingles = (text: string) => claimFeatures(text).shingles;

describe('word forms', () => {
  it('folds a short word with a silent "e" with its "-ing" and "-ed" forms', () => {
    expect(shingles('the budget takes money')).toEqual(shingles('the budget taking money'));
    expect(shingles('voters ruled')).toEqual(shingles('voters rule'));
    expect(same('the budget takes two billion euros out of public schools', 'the budget is taking €2bn out of public schools')).toBe(true);
  });

  it('still reads a listed form through its stem: "votes" is the election', () => {
    expect(shingles('the votes')).toContain('election');
  });

  it('reads the past forms of irregular verbs as the verb', () => {
    expect(shingles('they knew')).toEqual(shingles('they know'));
    expect(shingles('they had known')).toEqual(shingles('they knowing'));
    expect(shingles('it was written')).toEqual(shingles('it writes'));
    expect(same('Brightline knew about the battery fires since March', 'Brightline had known about the battery fires since March')).toBe(true);
    expect(same('Brightline knew about the battery fires since March', 'Brightline knew about the charger recalls since March')).toBe(false);
  });

  it('reads shooting as firing', () => {
    expect(same('coastguard sailors shot at the fishing boat', 'coastguard sailors opened fire on the fishing boat')).toBe(true);
    expect(same('coastguard sailors shot at the fishing boat', 'coastguard sailors seized the fishing boat')).toBe(false);
  });

  it('reads "the figures" as the data, and "proved" as a reporting verb', () => {
    expect(same('the data showed that wages were rising faster than prices', 'the figures proved that wages were rising faster than prices')).toBe(true);
  });

  it('drops "intends to" and "as much as", which say no more than "will" and "up to"', () => {
    expect(shingles('the council intends to sell the stadium')).toEqual(shingles('the council will sell the stadium'));
    expect(shingles('fares could rise as much as 20%')).toEqual(shingles('fares could rise 20%'));
  });
});

describe('clauses', () => {
  it('ends the core where a second clause with its own subject starts', () => {
    expect(claimCore('twelve officers were hurt and three protesters arrested at the rally')).toBe('twelve officers were hurt');
    expect(claimCore('fares could rise by 20 percent and fewer drivers would find work')).toBe('fares could rise by 20 percent');
    expect(same('twelve officers were hurt and three protesters arrested at the rally', '12 police officers were injured')).toBe(true);
    expect(same('twelve officers were hurt and three protesters arrested at the rally', 'twelve protesters were arrested at the rally')).toBe(false);
  });

  it('keeps an "and" that joins things, two things one subject did, or a number', () => {
    for (const text of [
      'two missiles and 178 drones were downed overnight',
      'police arrested 40 suspects in Spain and Portugal',
      'it summoned the envoy and conveyed its strong concern',
      'the authority cut overtime by a third and never consulted the union',
      'the storm killed two hundred and ten people',
    ]) {
      expect(claimCore(text)).toBe(text);
    }
  });

  it('keeps "as much as" and "as far back as" in the claim: a comparison ends no clause', () => {
    expect(claimCore('Russian missiles killed as many as 30 people')).toBe('Russian missiles killed as many as 30 people');
    expect(claimCore('the firm knew about the faults as far back as last September')).toBe('the firm knew about the faults as far back as last September');
    expect(same('Russian missiles killed as many as 30 people in Kharkiv', 'Russian missiles killed 12 people in Kharkiv')).toBe(false);
  });

  it('reads a verb after "than" as a comparison, not as what the claim says will happen', () => {
    expect(claimFeatures('the strike caused 300 more cancellations than would normally be expected').stage).toBe('done');
    expect(same('the strike caused 300 more cancellations than would normally be expected', 'the strike caused 300 more cancellations')).toBe(true);
  });
});

describe('shares', () => {
  it('reads "four in ten", "nine out of ten" and "two of every five" as percents', () => {
    expect(claimFeatures('four in ten households cannot afford heating').numbers).toEqual(['40']);
    expect(claimFeatures('nine out of ten doctors agree').numbers).toEqual(['90']);
    expect(claimFeatures('she missed two of every five votes').numbers).toEqual(['40']);
    expect(claimFeatures('five people were killed in 2024').numbers).toEqual(['5']);
    expect(same('four in ten households cannot afford to heat their homes', '40% of households cannot afford to heat their homes')).toBe(true);
    expect(same('one in five voters backed the stadium plan', 'one in three voters backed the stadium plan')).toBe(false);
  });

  it('reads a fraction something changes by as a percent, and "in a quarter" as the time it is', () => {
    expect(claimFeatures('ticket prices could rise by up to a third').numbers).toEqual(['33']);
    expect(claimFeatures('sales rose in a quarter').numbers).toEqual([]);
    expect(same('ticket prices could rise by up to a third', 'ticket prices could go up 33%')).toBe(true);
    expect(same('ticket prices could rise by up to a third', 'ticket prices could rise by up to a quarter')).toBe(false);
  });

  it('reads a half as a fraction, 50 percent, which a third is not', () => {
    expect(claimFeatures('ticket prices could rise by a half').numbers).toEqual(['50']);
    expect(same('a half of the ticket money goes to the club', '50% of the ticket money goes to the club')).toBe(true);
    expect(same('a third of the ticket money goes to the club', 'a half of the ticket money goes to the club')).toBe(false);
  });
});

describe('places', () => {
  it("does not read the asserter's own name in the claim's text as a place", () => {
    const side = 'Department of Labor and Industry';
    expect(claimFeatures('Hollis Mills filed 200 layoffs, the Department of Labor and Industry said', side).places).toEqual([]);
    expect(
      same('Hollis Mills filed a notice of 200 layoffs on Friday, the Department of Labor and Industry said', 'Hollis Mills filed a notice of 200 layoffs in Harrisburg on Friday', side),
    ).toBe(true);
  });
});
