// Sides that the first pass did not carry to other story sets (round 20): a union branch
// by its number, a mayor of the dateline's town, a party given before a candidate's titles, a state
// branch of a party, a state's army named only by its kind, a rank before a surname, a study's
// authors, a research body named after a city, an academic who teaches, a newspaper after "paper",
// and a person's name without the description written before it.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('a union branch by its number', () => {
  it('"Local 212 president X" and "president of Amalgamated Transit Riders Local 212" are the branch, number and all', () => {
    const text =
      'Amalgamated Transit Riders Local 212, which represents the drivers, rejected the plan. ' +
      '"Nobody asked us," Local 212 president Carla Munoz said. ' +
      'Munoz, who is also president of Amalgamated Transit Riders Local 212, said the pension fund was short by $4 million.';
    expect(claim(text, 'Nobody asked us').asserter.side).toBe('Amalgamated Transit Riders Local 212');
    expect(claim(text, 'pension fund was short').asserter.side).toBe('Amalgamated Transit Riders Local 212');
  });
});

describe('a mayor with no town named', () => {
  it('"Mayor X" in a datelined article speaks for the dateline\'s town', () => {
    const text = 'BRENTWICK - The paper mill will close in March. Mayor Dana Pruett said the city had offered the owners a tax break to stay.';
    expect(claim(text, 'offered the owners a tax break').asserter.side).toBe('Brentwick');
  });
});

describe('a party given before a candidate', () => {
  it('"Republican state Senate candidate X" after "Democrats say": the candidate, then his surname, take the party', () => {
    const text =
      'Democrats say Republican state Senate candidate Owen Marsh broke campaign finance law. ' +
      'Marsh, a former county clerk, said he had never met the donors.';
    expect(claim(text, 'never met the donors').asserter.side).toBe('Republican Party');
  });

  it('"Democratic Sen. X\'s campaign": the possessive is no part of the surname', () => {
    const text = "Critics attacked Democratic Sen. Nora Albright's campaign over the ads. Albright, a former teacher, said the ads were paid for by volunteers.";
    expect(claim(text, 'paid for by volunteers').asserter.side).toBe('Democratic Party');
  });

  it('"State Democratic Party chair X" is the Democratic Party, a branch of it', () => {
    expect(claim('State Democratic Party chair Lena Ortiz said the ad broke the law.', 'ad broke the law').asserter.side).toBe('Democratic Party');
  });
});

describe("a state's force named only by its kind", () => {
  it('"The army\'s spokesman" is the country in context, never a paramilitary "Forces" named before', () => {
    const text =
      'Fighting resumed in the Sudanese city of El Fasher on Monday. According to the Rapid Support Forces, a drone struck a fuel depot. ' +
      'The army\'s spokesman, Brig. Gen. Omar Saleh, said the depot had been used by the paramilitary group to store weapons.';
    expect(claim(text, 'used by the paramilitary group').asserter.side).toBe('Sudan');
  });

  it('"Col. X" later is the person met under the full name, with that side', () => {
    const text =
      'The Kenyan army and a rebel group traded blame. Liberation Front spokesman Major Ali Musa said the rebels had not fired first. ' +
      'The army said a patrol had come under attack. Aid workers said the village had been emptied. ' +
      'Maj. Musa later said the patrol had shelled the village before dawn.';
    expect(claim(text, 'shelled the village before dawn').asserter.side).toBe('Liberation Front');
  });
});

describe("a study's authors", () => {
  it('"researchers", "The study" and "The lead author, Dr X" speak for the institute named as the study\'s author', () => {
    const text =
      'Air pollution shortened lives by about a year in the city, researchers said on Monday. ' +
      'The study, by the Nairobi Institute of Urban Health, found that children were worst affected. ' +
      'The lead author, Dr Amina Odhiambo, said most of the harm came from diesel traffic.';
    expect(claim(text, 'shortened lives by about a year').asserter.side).toBe('Nairobi Institute of Urban Health');
    expect(claim(text, 'children were worst affected').asserter.side).toBe('Nairobi Institute of Urban Health');
    expect(claim(text, 'harm came from diesel traffic').asserter.side).toBe('Nairobi Institute of Urban Health');
  });

  it('a research body named after a capital is its own side, not the country', () => {
    const text = 'Experts at the London School of Tropical Research said the vaccine cut infections by half.';
    expect(claim(text, 'cut infections by half').asserter.side).toBe('London School of Tropical Research');
  });
});

describe('people described before their names', () => {
  it('an academic who teaches at a school speaks for himself', () => {
    const text = 'Howard Lin, who teaches election law at Carver Law School, said coordination was hard to prove.';
    expect(claim(text, 'hard to prove').asserter.side).toBe('Howard Lin');
  });

  it('"Madrid paper X" is the paper, not Spain', () => {
    expect(claim('Madrid paper Diario Final says the striker has agreed a five-year deal.', 'agreed a five-year deal').asserter.side).toBe('Diario Final');
  });

  it('"X\'s agent, Y" speaks for the player under his name, not the description written before it', () => {
    const text =
      'Rivals have bid for Danish winger Mads Holm, a newspaper said. ' +
      "Holm's agent, Peter Lund, said there had been no contact with any club.";
    expect(claim(text, 'no contact with any club').asserter.side).toBe('Mads Holm');
  });
});
