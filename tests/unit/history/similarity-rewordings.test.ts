import { describe, expect, it } from 'vitest';
import { claimCore, claimFeatures, isSameClaim } from '../../../lib/history/similarity';
import { exactNumbers } from './numbers';

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
    expect(exactNumbers('four in ten households cannot afford heating')).toEqual(['40']);
    expect(exactNumbers('nine out of ten doctors agree')).toEqual(['90']);
    expect(exactNumbers('she missed two of every five votes')).toEqual(['40']);
    expect(exactNumbers('five people were killed in 2024')).toEqual(['5']);
    expect(same('four in ten households cannot afford to heat their homes', '40% of households cannot afford to heat their homes')).toBe(true);
    expect(same('one in five voters backed the stadium plan', 'one in three voters backed the stadium plan')).toBe(false);
  });

  it('reads a fraction something changes by as a percent, and "in a quarter" as the time it is', () => {
    expect(exactNumbers('ticket prices could rise by up to a third')).toEqual(['33']);
    expect(exactNumbers('sales rose in a quarter')).toEqual([]);
    expect(same('ticket prices could rise by up to a third', 'ticket prices could go up 33%')).toBe(true);
    expect(same('ticket prices could rise by up to a third', 'ticket prices could rise by up to a quarter')).toBe(false);
  });

  it('reads a half as a fraction, 50 percent, which a third is not', () => {
    expect(exactNumbers('ticket prices could rise by a half')).toEqual(['50']);
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

describe('what outlets set between a claim and its verb', () => {
  it('reads the claim without a description or a "she said" set between its subject and its verb', () => {
    expect(claimCore('Marlow Logistics, the biggest haulier in Yorkshire, laid off 300 drivers last month')).toBe('Marlow Logistics laid off 300 drivers last month');
    expect(claimCore('the Northfield general hospital, the union said, had closed two maternity wards')).toBe('the Northfield general hospital had closed two maternity wards');
    expect(claimCore('the governor, Ibrahim Sow, was killed in the attack')).toBe('the governor was killed in the attack');
    expect(claimCore('Dan Peters, who built the firm, cut 300 jobs')).toBe('Dan Peters cut 300 jobs');
    expect(same('Marlow Logistics, which is based in Leeds, laid off 300 drivers', 'Marlow Logistics, the biggest haulier in Yorkshire, laid off 300 drivers')).toBe(true);
    expect(same('Marlow Logistics, which is based in Leeds, laid off 300 drivers', 'Marlow Logistics, the biggest haulier in Yorkshire, laid off 200 drivers')).toBe(false);
  });

  it('keeps what stands after a subject with a verb of its own, or before words that start no verb', () => {
    for (const text of ['the plant closed, a decision the union opposed, last year', 'Marlow Logistics, the biggest haulier in Yorkshire, and two rivals laid off 300 drivers']) {
      expect(claimCore(text)).toBe(text);
    }
  });
});

describe('a plan the claim reports', () => {
  it('reads a plan someone was told after the claim\'s own deed as what was said, not the claim\'s stage', () => {
    expect(claimFeatures('the pilot had reported the fault twice and was told it would be fixed').stage).toBe('done');
    expect(same('the pilot had reported the fault twice and was told it would be fixed', 'the pilot reported the fault twice')).toBe(true);
    expect(same('the airline said the fault would be fixed', 'the airline fixed the fault')).toBe(false);
  });
});

describe('news words outlets swap', () => {
  it('reads hijacked by hackers as hacked', () => {
    expect(same("hackers hijacked the town's flood warning system", "the town's flood warning system was hacked")).toBe(true);
    expect(same("hackers hijacked the town's flood warning system", "the town's flood warning system was not hacked")).toBe(false);
  });

  it('reads lodged as filed, alter as change, footage as video, a judgment as a ruling and wrapped up as completed', () => {
    expect(same('the union filed a complaint with the regulator', 'the union lodged a complaint with the regulator')).toBe(true);
    expect(same('the mayor will not alter the budget', 'the mayor will not change the budget')).toBe(true);
    expect(same('the footage showed the van leaving the depot', 'the video showed the van leaving the depot')).toBe(true);
    expect(same("the tribunal's judgment reinstated the nurse", "the tribunal's ruling reinstated the nurse")).toBe(true);
    expect(same('the takeover could be wrapped up by June', 'the takeover could be completed by June')).toBe(true);
    expect(same('the union filed a complaint with the regulator', 'the union dropped a complaint with the regulator')).toBe(false);
  });

  it('reads incidents as reports, a faulty part as a fault and lunchtime as midday', () => {
    expect(same('the airline had 12 reports of seats collapsing', 'the airline had 12 incidents of seats collapsing')).toBe(true);
    expect(same('a faulty brake caused the crash', 'a brake fault caused the crash')).toBe(true);
    expect(same('the queue had cleared by lunchtime', 'the queue had cleared by midday')).toBe(true);
    expect(same('the airline had 12 reports of seats collapsing', 'the airline had 21 incidents of seats collapsing')).toBe(false);
  });
});
