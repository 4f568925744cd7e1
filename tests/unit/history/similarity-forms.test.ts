import { describe, expect, it } from 'vitest';
import { claimFeatures, isSameClaim } from '../../../lib/history/similarity';

// Each normalisation of claim matching's second round, with a pair it makes match and a
// near-miss it must keep apart (same actor, another claim).
const same = (a: string, b: string, side = '') => isSameClaim(claimFeatures(a, side), claimFeatures(b, side));

describe('number and time forms', () => {
  it('reads "a decade" and "a fortnight" as numbers of years and weeks', () => {
    expect(claimFeatures('the bill would add $62 billion to the deficit over the next decade').numbers).toEqual(['10', '62000000000']);
    expect(same('the bill would add $62 billion to the deficit over the next decade', 'the measure would add 62 billion dollars to the deficit over ten years')).toBe(true);
    expect(same('the curfew was extended by a fortnight', 'the curfew was extended by two weeks')).toBe(true);
    expect(same('the bill would add $62 billion to the deficit over the next decade', 'the bill would add $62 billion to the deficit over five years')).toBe(false);
  });

  it('reads "3.2pc", "3.2pct" and "3.5 bln" or "$200 mln" as the percent and amounts they are', () => {
    expect(claimFeatures('inflation rose to 3.2pc in March').numbers).toEqual(['3.2']);
    expect(same('inflation rose to 3.2pc in March', 'inflation climbed to 3.2 per cent in March')).toBe(true);
    expect(same('inflation rose to 3.2pct in March', 'inflation rose to 3.2% in March')).toBe(true);
    expect(same('the deal is worth $3.5 bln', 'the deal is worth 3.5 billion dollars')).toBe(true);
    expect(same('the deal is worth $200 mln', 'the deal is worth $200m')).toBe(true);
    expect(same('the deal is worth $3.5 bln', 'the deal is worth $3.5 mln')).toBe(false);
  });

  it('drops "additional", "further" and "extra", which outlets add to an amount', () => {
    expect(claimFeatures('the US will send an additional $2.5bn in further aid').shingles).toEqual(claimFeatures('the US will send $2.5bn in aid').shingles);
  });

  it('folds "quarterly", "annual" and "yearly" into their time units', () => {
    expect(same('its revenue increased 8% to $94.9 billion in the quarter', 'quarterly revenue rose 8 per cent to $94.9bn')).toBe(true);
    expect(same('annual profit rose to $28bn', 'profit rose to 28 billion dollars for the year')).toBe(true);
    expect(same('quarterly revenue rose 8 per cent', 'monthly revenue rose 8 per cent')).toBe(false);
  });
});

describe('negation forms', () => {
  it('reads "failed to", "refused to", "unable to", "has yet to" and "cannot" as negations', () => {
    for (const text of ['the buyer failed to disclose the stake', 'the minister refused to resign', 'officials were unable to confirm the deaths', 'the ministry has yet to respond', 'the army cannot hold the town']) {
      expect(claimFeatures(text).negated, text).toBe(true);
    }
    expect(same('the buyer failed to disclose the stake', 'the buyer did not disclose the stake')).toBe(true);
    expect(same('the minister refused to resign', 'the minister would not resign')).toBe(true);
    expect(same('the minister refused to resign', 'the minister resigned')).toBe(false);
  });
});

describe('news verbs as one event', () => {
  it.each([
    ['the health secretary has resigned over the scandal', 'the health secretary stepped down over the scandal'],
    ['the health secretary has resigned over the scandal', 'the health secretary quit over the scandal'],
    ['gunmen abducted 87 people in Kaduna state', '87 people were kidnapped by gunmen in Kaduna'],
    ['Iran rejected the accusations', 'Iran denied the accusations'],
    ['the economy shrank 0.3% in 2023', 'the economy contracted by 0.3 per cent in 2023'],
    ['it had not been told about the fault', 'the company was not informed of the fault'],
    ['the rebels overran the garrison town of Kalemie', 'the rebels captured the garrison town of Kalemie'],
    ['Putin is ready to meet Zelensky', 'Putin was prepared to meet Zelensky'],
  ])('matches "%s" with "%s"', (a, b) => {
    expect(same(a, b)).toBe(true);
  });

  it('reads "naval forces" as the navy: troops', () => {
    expect(claimFeatures('naval forces').shingles).toEqual(claimFeatures('the navy').shingles);
  });

  it.each([
    ['the economy contracted by 0.3 per cent in 2023', 'the economy grew by 0.3 per cent in 2023'],
    ['Hamas rejected the ceasefire offer', 'Hamas accepted the ceasefire offer'],
    ['the health secretary stepped down over the scandal', 'the health secretary was sacked over the scandal'],
    ['gunmen abducted 87 people in Kaduna state', 'officers rescued 87 people in Kaduna state'],
  ])('keeps "%s" apart from "%s"', (a, b) => {
    expect(same(a, b)).toBe(false);
  });
});

describe('titles', () => {
  it('drops abbreviated titles, which one outlet writes and another spells out or leaves off', () => {
    expect(same('Gen. Valery Gerasimov visited troops at the front', 'Valery Gerasimov visited troops at the front')).toBe(true);
    expect(claimFeatures('Sen. Mia Cole voted for the bill').shingles).not.toContain('sen');
  });
});

describe('countries', () => {
  it('reads "US" and "U.K." as the countries, and "us" as a pronoun', () => {
    expect(claimFeatures('the US will send more aid').shingles).toContain('unitedstates');
    expect(claimFeatures('the U.K. will send more aid').shingles).toContain('unitedkingdom');
    expect(claimFeatures('they told us the border was closed').shingles).not.toContain('unitedstates');
    expect(same('the United States will send $2.5bn in military aid', 'the US is sending 2.5 billion dollars in military aid')).toBe(true);
  });

  it('weighs a country a claim is aimed at as what it is about, not as who acts', () => {
    expect(claimFeatures('the United States will send aid to Ukraine').shingles).toContain('ukraine#2');
    expect(claimFeatures('Ukraine will send aid').shingles).not.toContain('ukraine#2');
    expect(same('the United States will send $2.5 billion in military aid to Ukraine', 'the United States will send $2.5 billion in military aid to Israel')).toBe(false);
  });
});

describe('capitals', () => {
  it('reads a capital as its country where it stands for it, and as the city where it is a place', () => {
    expect(same('Moscow has deployed North Korean troops to Kursk', 'Russia has deployed North Korean troops to Kursk')).toBe(true);
    expect(claimFeatures('talks with Kyiv have stalled').shingles).toContain('ukraine');
    expect(claimFeatures('a drone hit an apartment block in Moscow').shingles).toContain('moscow');
    expect(claimFeatures('15 people were arrested at several London protests').shingles).toContain('london');
    expect(claimFeatures('15 people were arrested in central London').shingles).toContain('london');
    expect(same('a drone hit an apartment block in Moscow', 'a drone hit an apartment block in Kyiv')).toBe(false);
    expect(same('a drone hit an apartment block in Moscow', 'a drone hit an apartment block in Russia')).toBe(false);
  });
});

describe("the asserter's side", () => {
  it('reads the initials of a side of three words or more as its name', () => {
    const side = 'Rapid Support Forces';
    expect(same('RSF fighters have taken control of El Fasher', 'the Rapid Support Forces seized El Fasher', side)).toBe(true);
    expect(same('RSF fighters have taken control of El Fasher', 'the Rapid Support Forces seized El Fasher')).toBe(false);
    expect(claimFeatures('rsf fighters have taken control of El Fasher', side).shingles).not.toContain('rapid');
  });

  it("weighs the words of the side's name as who acts", () => {
    expect(claimFeatures('Hezbollah struck an Israeli army base', 'Hezbollah').shingles).not.toContain('hezbollah#2');
    expect(claimFeatures('Hezbollah struck an Israeli army base').shingles).toContain('hezbollah#2');
    const side = 'Hezbollah';
    expect(same('its fighters attacked an Israeli military base in the Golan Heights with drones', 'Hezbollah struck an Israeli army base in the Golan with drones', side)).toBe(true);
    expect(same('its fighters attacked an Israeli military base in the Golan Heights with drones', 'its fighters attacked an Israeli military base in the Golan Heights with rockets', side)).toBe(false);
    expect(same('the Bank of England raised interest rates to 5.25%', 'the bank raised interest rates to 5.25 per cent', 'Bank of England')).toBe(true);
  });
});
