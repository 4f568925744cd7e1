// Sides, third pass: classes of news phrasing rather than single phrases - parties whose names hold
// "Democratic", leaders of a body named by its kind, private people and civil bodies named with a
// country, bare kinds of body, offices of state and of the opposition, outlets named after the fact.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

const sideOf = (text: string, key: string): string => claim(text, key).asserter.side;

describe('a party whose name holds a US or UK party word', () => {
  const text =
    'GABORONE - The opposition Alliance for Democratic Change (ADC) said on Friday that votes had been miscounted in 31 wards. ' +
    'ADC spokesman Kagiso Molefe said the party had filed objections in every district. ' +
    'The Movement for Democratic Progress said separately that turnout figures were wrong.';

  it('keeps "Alliance for Democratic Change" its own name, not the Democratic Party', () => {
    expect(sideOf(text, 'votes had been miscounted')).toBe('Alliance for Democratic Change');
  });

  it('gives the acronym the name the article spelled out', () => {
    expect(sideOf(text, 'filed objections in every district')).toBe('Alliance for Democratic Change');
  });

  it('reads "for Democratic" inside any name the same way', () => {
    expect(sideOf(text, 'turnout figures were wrong')).toBe('Movement for Democratic Progress');
  });

  it('still gives "Democratic Sen. X" the Democratic Party', () => {
    expect(sideOf('Democratic Sen. Ruth Calder said the bill would cut costs for farmers.', 'cut costs for farmers')).toBe('Democratic Party');
  });
});

describe('one who leads a body named by its kind speaks for it', () => {
  const commission =
    'The Botswana Electoral Commission rejected the allegations on Saturday. ' +
    'Commission chairperson Justice Neo Kgosi said the tally sheets had been checked twice. ' +
    'Justice Kgosi said the count in Serowe was final. ';

  it('gives "Commission chairperson X" the commission a country word opens', () => {
    expect(sideOf(commission, 'checked twice')).toBe('Botswana Electoral Commission');
  });

  it('gives "Justice Kgosi" (title and surname) the side of the full name met before', () => {
    expect(sideOf(commission, 'count in Serowe was final')).toBe('Botswana Electoral Commission');
  });

  it('gives "X, who chairs the commission" the commission', () => {
    const text =
      'The Botswana Electoral Commission rejected the allegations. Justice Neo Kgosi, who chairs the commission, said the opposition had produced no evidence.';
    expect(sideOf(text, 'produced no evidence')).toBe('Botswana Electoral Commission');
  });

  it('gives "Club captain X" the club', () => {
    const text =
      'Harlow Rovers denied on Monday that the manager would be sacked. Club captain Dean Oduya said the squad was fully behind the coaching staff.';
    expect(sideOf(text, 'fully behind the coaching staff')).toBe('Harlow Rovers');
  });

  it('gives a capitalised "Spokesperson X" the body that just spoke', () => {
    const text = 'The ruling Unity Congress Party hit back on Sunday. Spokesperson Peter Dube said the opposition was preparing to reject the result.';
    expect(sideOf(text, 'preparing to reject the result')).toBe('Unity Congress Party');
  });

  it('gives a former player his own name, not the club', () => {
    const text =
      'Harlow Rovers said on Monday that the manager retained the support of the board. Former Rovers striker Gary Holt said the board had lost patience weeks ago.';
    expect(sideOf(text, 'lost patience weeks ago')).toBe('Gary Holt');
  });
});

describe('country words that make no side', () => {
  it('keeps a civil body a country word opens its own ("Botswana Poll Watch Network")', () => {
    const text = 'The Botswana Poll Watch Network, which deployed 2,000 observers, said it had found only isolated irregularities.';
    expect(sideOf(text, 'isolated irregularities')).toBe('Botswana Poll Watch Network');
  });

  it('keeps a charity a country word ends its own ("the charity Diabetes Alliance UK")', () => {
    const text = 'LONDON - The charity Diabetes Alliance UK said pharmacies had run short of insulin pens since March.';
    expect(sideOf(text, 'run short of insulin pens')).toBe('Diabetes Alliance UK');
  });

  it('gives a private person described by nationality and trade their own name', () => {
    const text = 'Rui Matos, a Portuguese security researcher who found the exposed server, said the files held home addresses.';
    expect(sideOf(text, 'held home addresses')).toBe('Rui Matos');
  });

  it('gives a person "who is based in" a capital their own name', () => {
    const text = 'Rui Matos, who is based in Lisbon, said the database had been open for weeks.';
    expect(sideOf(text, 'open for weeks')).toBe('Rui Matos');
  });

  it('gives "The Lisbon firm" the company of that kind named before', () => {
    const text =
      'Trackwise, a fitness app with four million users, said on Monday that it had found a breach. The Lisbon firm said fewer than 30,000 accounts had been reached.';
    expect(sideOf(text, 'fewer than 30,000 accounts')).toBe('Trackwise');
  });

  it('gives "Portugal\'s data watchdog, the National Data Commission" the body it names', () => {
    const text = "Portugal's data watchdog, the National Data Commission, said it had opened an inquiry into the breach.";
    expect(sideOf(text, 'opened an inquiry')).toBe('National Data Commission');
  });

  it('names Türkiye by its common English name', () => {
    expect(sideOf('ANKARA - Türkiye said its jets had struck fuel depots near the border.', 'struck fuel depots')).toBe('Turkey');
  });
});

describe('offices of state and of the opposition with no country beside them', () => {
  const text =
    'The health secretary, Anna Reid, said waiting lists had fallen for a third month. ' +
    'The shadow health secretary, Tom Bryce, said the figures had been flattered by a clear-out of old referrals. ' +
    'Bryce, the Conservative MP for Wealdon, said he would write to the statistics watchdog. ' +
    'The Department of Health and Social Care said no patient had lost their place. ' +
    'Hospitals across Britain have struggled with staff shortages since the pandemic.';

  it('gives a secretary by portfolio the country the article names', () => {
    expect(sideOf(text, 'fallen for a third month')).toBe('United Kingdom');
  });

  it('gives the shadow secretary the party the article gives him', () => {
    expect(sideOf(text, 'flattered by a clear-out')).toBe('Conservative Party');
  });

  it('gives a department named by its portfolio the country', () => {
    expect(sideOf(text, 'no patient had lost their place')).toBe('United Kingdom');
  });
});

describe('candidates and their campaigns', () => {
  const text =
    'Democrat Alana Whitby\'s campaign launched an ad on Monday accusing her Republican opponent, businessman Roy Keller, of cutting 400 jobs. ' +
    'Maria Lund, a spokeswoman for the Keller campaign, said the plant had closed after Keller stepped down. ' +
    "Keller's aides said his role on the board was unpaid.";

  it('gives "a spokeswoman for the X campaign" the candidate\'s party', () => {
    expect(sideOf(text, 'plant had closed')).toBe('Republican Party');
  });

  it('gives "X\'s aides" the candidate\'s party', () => {
    expect(sideOf(text, 'role on the board was unpaid')).toBe('Republican Party');
  });
});

describe('outlets', () => {
  it('gives "a business newspaper" the outlet the next sentence names', () => {
    const text =
      'Shares in Nordair jumped 9 percent after a business newspaper reported that the airline was in talks to sell a stake. ' +
      'Finansavisen Nord, the Tromsø financial daily, said the talks had been going on since March.';
    expect(sideOf(text, 'in talks to sell a stake')).toBe('Finansavisen Nord');
  });

  it('keeps "Daily" in "Daily Beacon"', () => {
    const text = 'The statement followed a report in the Daily Beacon that the club had already chosen a new manager.';
    expect(sideOf(text, 'already chosen a new manager')).toBe('Daily Beacon');
  });

  it('keeps a club apart from its supporters\' trust', () => {
    const text =
      "The Harlow Rovers Supporters' Trust wrote to the owner on Friday. HARLOW Rovers said the manager retained the full support of the board.";
    expect(sideOf(text, 'retained the full support')).toBe('Harlow Rovers');
  });
});

describe('acronyms of names with particles', () => {
  it('expands "the FUS" to "Frente Unido del Sur"', () => {
    const text =
      'The Frente Unido del Sur (FUS) freed nine captives on Sunday, the Red Cross said. The FUS said its rival still held four more people.';
    expect(sideOf(text, 'still held four more people')).toBe('Frente Unido del Sur');
  });
});
