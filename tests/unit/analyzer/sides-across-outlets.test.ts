// Sides that stay the same when outlets write the same claim in their own words: a
// party's full name and its initials, a portfolio named either way, a state body without its
// country, a body's leader, a company with and without its legal form, and phrases that name no one.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('the same party, written in full or by its initials', () => {
  it('"Peoples Democratic Party" is a party of its own, never the US Democratic Party', () => {
    const text =
      'The Peoples Democratic Party said the figures had been doctored to flatter the government. ' +
      'PDP spokesman Musa Garba said the price of rice had doubled. The PDP also said the index had been rebased to hide inflation.';
    expect(claim(text, 'doctored to flatter').asserter.side).toBe('Peoples Democratic Party');
    expect(claim(text, 'price of rice had doubled').asserter.side).toBe('Peoples Democratic Party');
    expect(claim(text, 'rebased to hide inflation').asserter.side).toBe('Peoples Democratic Party');
  });

  it('"the Iowa Democratic Party" and "The Democratic Party" stay the Democratic Party', () => {
    expect(claim('The Iowa Democratic Party said turnout had doubled.', 'turnout had doubled').asserter.side).toBe('Democratic Party');
    expect(claim('The Democratic Party said turnout had doubled.', 'turnout had doubled').asserter.side).toBe('Democratic Party');
  });

  it('a party named in full in a "group" a lawmaker coordinates is that party, whatever country word it holds', () => {
    const c = claim(
      "Hanna Weiss, the Austrian lawmaker who coordinates the European People's Party group on the committee, said the cuts would ruin small farms.",
      'ruin small farms',
    );
    expect(c.asserter.side).toBe("European People's Party");
  });
});

describe('an acronym the article spelled out', () => {
  it('"The NSO" takes the side of "the National Statistics Office (NSO)"', () => {
    const text =
      'Inflation slowed to 9.1 percent in June, the National Statistics Office (NSO) said. ' +
      'The NSO said food prices rose 7.4 percent from a year earlier.';
    expect(claim(text, 'food prices rose').asserter.side).toBe('National Statistics Office');
  });

  it('"the U.S. Consumer Product Safety Commission" and "the CPSC" are the commission, as the article elsewhere names it', () => {
    const text =
      'Brightcell is recalling 90,000 chargers, the U.S. Consumer Product Safety Commission said on Thursday. ' +
      'The CPSC said it had received 23 reports of the chargers overheating.';
    expect(claim(text, 'recalling 90,000 chargers').asserter.side).toBe('Consumer Product Safety Commission');
    expect(claim(text, '23 reports').asserter.side).toBe('Consumer Product Safety Commission');
  });

  it('a country form that is part of the name stays: no mention without it', () => {
    const text = 'The UK Health Security Agency said the risk to the public remained low.';
    expect(claim(text, 'risk to the public').asserter.side).not.toBe('Health Security Agency');
  });
});

describe('an office of state named by its portfolio', () => {
  it('"The Minister of Finance, X" and "the Minister for Enterprise, X" speak for the country the article is about', () => {
    const text =
      'Ghana\'s inflation rate fell for a third month, data showed. Traders in Ghana said prices were still rising. ' +
      'The Minister of Finance, Kofi Mensah, said the figures proved the reforms were working.';
    expect(claim(text, 'reforms were working').asserter.side).toBe('Ghana');
    const ireland =
      'An Irish court ruled that couriers are employees. The Minister for Enterprise, Aoife Daly, said the government would study the ruling in Ireland.';
    expect(claim(ireland, 'would study the ruling').asserter.side).toBe('Ireland');
  });

  it('"Labour Minister X" holds the labour portfolio: the country, not the Labour Party', () => {
    const text = 'ROME — Unions marched against the budget. Labour Minister Carlo Neri said the strike was political.';
    expect(claim(text, 'the strike was political').asserter.side).toBe('Italy');
  });

  it('"Enterprise Minister X", named once, is still an office of state', () => {
    const text = 'DUBLIN — Couriers won their case in court. Enterprise Minister Aoife Daly said new laws would follow.';
    expect(claim(text, 'new laws would follow').asserter.side).toBe('Ireland');
  });
});

describe('a body of state named without its country', () => {
  it('"In New Delhi, the Ministry of External Affairs said": the country of the place', () => {
    const text =
      'Sri Lanka\'s navy said it had seized two trawlers. ' +
      'In New Delhi, the Ministry of External Affairs said it had summoned the Sri Lankan envoy.';
    expect(claim(text, 'summoned the Sri Lankan envoy').asserter.side).toBe('India');
  });

  it('"Delhi\'s response was swift. The External Affairs Ministry said": the one country the sentence before names', () => {
    const text =
      "The Sri Lankan navy said the boats were well inside its waters. Delhi's response was swift. " +
      'The External Affairs Ministry said it had lodged a protest.';
    expect(claim(text, 'lodged a protest').asserter.side).toBe('India');
  });

  it('"the Lankan Navy": the last word of a two-word demonym names the country', () => {
    const c = claim('Fourteen fishermen were arrested by the Lankan Navy, the Lankan Navy said in a statement.', 'Fourteen fishermen');
    expect(c.asserter.side).toBe('Sri Lanka');
  });

  it('"the navy" is the country whose navy the article named, not the last country that spoke', () => {
    const text =
      'India protested on Wednesday after the Sri Lankan navy detained nine fishermen. ' +
      'The fishermen were taken into custody before dawn, the navy said.';
    expect(claim(text, 'taken into custody').asserter.side).toBe('Sri Lanka');
  });

  it('"Sudan\'s paramilitary Rapid Support Forces" speak for themselves, not for Sudan', () => {
    const c = claim("Sudan's paramilitary Rapid Support Forces said their drones had hit a fuel depot.", 'hit a fuel depot');
    expect(c.asserter.side).toBe('Rapid Support Forces');
  });
});

describe('who leads or works for a body', () => {
  it('"Union boss X" and "ACRONYM boss X" speak for the union', () => {
    const text = 'The Dock Workers Union said the ruling was a victory. Union boss Liam Kearney said members would celebrate.';
    expect(claim(text, 'members would celebrate').asserter.side).toBe('Dock Workers Union');
    expect(claim('CGIL boss Marta Ricci said the budget cut healthcare.', 'cut healthcare').asserter.side).toBe('CGIL');
  });

  it('"X, the regional officer of the Royal College of Nursing": the body whose name holds an organisation word', () => {
    const c = claim('Ruth Amos, the regional officer of the Royal College of Nursing, said wards were short of staff.', 'short of staff');
    expect(c.asserter.side).toBe('Royal College of Nursing');
  });

  it('"Fresno Fire Department Battalion Chief X": the department named before the title, not the agency that spoke last', () => {
    const text =
      'The Consumer Product Safety Commission said the chargers could overheat. ' +
      'Fresno Fire Department Battalion Chief Ana Ruiz said a charger had started a house fire.';
    expect(claim(text, 'started a house fire').asserter.side).toBe('Fresno Fire Department');
  });

  it('"Judges said", "Ms Justice X": the court the article named', () => {
    const text =
      'Drivers won their case after the Court of Appeal ruled yesterday. Judges said the company controlled every aspect of the work. ' +
      'Ms Justice Ann Foley wrote that the contracts did not reflect reality.';
    expect(claim(text, 'controlled every aspect').asserter.side).toBe('Court of Appeal');
    expect(claim(text, 'did not reflect reality').asserter.side).toBe('Court of Appeal');
  });

  it('a manager with no employer named never takes the side of the outlet that reported on them', () => {
    const text =
      'Castlemoor United dismissed a newspaper report of a takeover. The Sunday Herald said a consortium had agreed a price. ' +
      'Manager Pete Olsen said his striker had recovered from injury.';
    expect(claim(text, 'recovered from injury').asserter.side).not.toBe('Sunday Herald');
  });

  it('a surname alone takes the side its full name spoke for', () => {
    const text =
      'Dana Hale of the group Safe Homes Watch says the company knew about the fault last year. ' +
      'The company said it acted quickly. Hale says regulators should fine the company.';
    expect(claim(text, 'regulators should fine').asserter.side).toBe('Safe Homes Watch');
  });
});

describe('a company with and without its legal form', () => {
  it('"Calloway Foods Inc" and "Calloway Foods" are one side', () => {
    const text = 'Calloway Foods Inc said it had recalled 40,000 jars. Calloway Foods said the fault was limited to one plant.';
    expect(claim(text, 'recalled 40,000 jars').asserter.side).toBe('Calloway Foods');
    expect(claim(text, 'limited to one plant').asserter.side).toBe('Calloway Foods');
  });

  it('"a Cincinnati-based supplier, Calloway Foods": where it is based is no side', () => {
    const c = claim('A Cincinnati-based supplier, Calloway Foods, said it had recalled 40,000 jars.', 'recalled 40,000 jars');
    expect(c.asserter.side).toBe('Calloway Foods');
  });

  it('"the company" in a lede is the business the sentence names, not a union named next', () => {
    const text =
      'A court ruled on Tuesday that drivers for the delivery app Ridelo are employees, a decision the company said it would appeal. ' +
      'The Couriers Union, which brought the case, said the ruling covered 9,000 drivers.';
    expect(claim(text, 'would appeal').asserter.side).toBe('Ridelo');
  });
});

describe('phrases that name no side of their own', () => {
  it('a private person given with an age speaks for themselves, their name without a description', () => {
    const text = 'ROME — Trains were cancelled across Italy. Office worker Marco Rinaldi, 38, said he had waited three hours for a train.';
    expect(claim(text, 'waited three hours').asserter.side).toBe('Marco Rinaldi');
    const dad = claim('Dad-of-three Tomas Nowak, 41, said he earned as little as six euros an hour.', 'as little as six euros');
    expect(dad.asserter.side).toBe('Tomas Nowak');
  });

  it('a word capitalised only because it opens the sentence is no side', () => {
    const text = 'The boats were seized at dawn. Boat owners said each boat was worth more than $50,000.';
    expect(claim(text, 'worth more than').asserter.side).not.toBe('Boat');
    expect(claim('Local radio reported that two schools had closed.', 'two schools had closed').asserter.side).not.toBe('Local');
  });

  it('"A study that tracked outbreaks": the relative clause is no part of the side', () => {
    const c = claim('A study that tracked outbreaks in four states found that the strain had spread from one plant.', 'spread from one plant');
    expect(c.asserter.side).toBe('A study');
  });

  it('"a shopkeeper in Via Labicana": a capitalised preposition opens a street name inside the phrase', () => {
    const c = claim('A shopkeeper in Via Labicana said two of her windows had been smashed.', 'windows had been smashed');
    expect(c.asserter.side).not.toBe('Labicana');
  });

  it('a headline in capitals with a spaced hyphen is no dateline, and no side', () => {
    const text =
      'TAXI APP BOSSES LOSE COURT FIGHT - AND WARN FARES WILL SOAR\n\n' +
      'Ride-hailing giant Zipra has lost its court battle with its drivers.\n\n' +
      'The app firm warned fares could jump 25% after the Court of Appeal ruled yesterday.';
    expect(claim(text, 'fares could jump').asserter.side).not.toContain('TAXI');
  });

  it('"according to the trust\'s annual report" before the trust is named: the trust named just after', () => {
    const text =
      'The unit delivered 1,870 babies last year, according to the trust\'s annual report. ' +
      'North Vale Hospitals NHS Trust, which runs the hospital, said no decision had been taken.';
    expect(claim(text, 'delivered 1,870 babies').asserter.side).toBe('North Vale Hospitals NHS Trust');
  });
});

describe('people described, not named, at the start of a sentence', () => {
  it('speak for themselves, not for the body that spoke before', () => {
    const text =
      'Bridge fighting\n\n' +
      'The Defence Ministry said that its troops had retaken the bridge at Varna Ford on Sunday morning, after two days of fighting along the river. ' +
      'Rebel commanders denied that the bridge had fallen, saying their fighters still held both banks of the river. ' +
      'The ministry said 40 rebels were captured.';
    expect(claim(text, 'retaken the bridge').status).toBe('disputed');
    expect(claim(text, 'still held both banks').asserter.side).not.toBe('Defence Ministry');
  });
});
