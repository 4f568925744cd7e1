import { describe, expect, it } from 'vitest';
import { claimCore, claimFeatures, isSameClaim, similarity } from '../../../lib/history/similarity';
import { exactNumbers } from './numbers';

// Each normalisation of claim matching's second round, with a pair it makes match and a
// near-miss it must keep apart (same actor, another claim).
const same = (a: string, b: string, side = '') => isSameClaim(claimFeatures(a, side), claimFeatures(b, side));

describe('number and time forms', () => {
  it('reads "a decade" and "a fortnight" as numbers of years and weeks', () => {
    expect(exactNumbers('the bill would add $62 billion to the deficit over the next decade')).toEqual(['10', '62000000000']);
    expect(same('the bill would add $62 billion to the deficit over the next decade', 'the measure would add 62 billion dollars to the deficit over ten years')).toBe(true);
    expect(same('the curfew was extended by a fortnight', 'the curfew was extended by two weeks')).toBe(true);
    expect(same('the bill would add $62 billion to the deficit over the next decade', 'the bill would add $62 billion to the deficit over five years')).toBe(false);
  });

  it('reads "3.2pc", "3.2pct" and "3.5 bln" or "$200 mln" as the percent and amounts they are', () => {
    expect(exactNumbers('inflation rose to 3.2pc in March')).toEqual(['3.2']);
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

describe('spelling forms', () => {
  it('respells a British word once its ending is off: "licences" and "defences" as the American stems', () => {
    expect(same('the ministry introduced export licences for grain', 'the ministry introduced export licensing for grain')).toBe(true);
    expect(claimFeatures('its defences were breached').shingles).toEqual(claimFeatures('its defenses were breached').shingles);
    expect(same('the ministry introduced export licences for grain', 'the ministry scrapped export licensing for grain')).toBe(false);
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

// The third round's normalisations: common wire rewordings of arrests, dismissals, cuts, death
// tolls, elections, dates, names, deals and air defence, each with a near-miss kept apart.
describe('idioms and verbs of the news', () => {
  it.each([
    ['the suspect was taken into custody on Tuesday', 'officers arrested the suspect on Tuesday'],
    ['the opposition leader was placed under arrest', 'the opposition leader was taken into custody'],
    ['the president has sacked his entire cabinet', 'the president dismissed all his ministers'],
    ['the coach was ousted', 'the coach was sacked'],
    ['the carmaker will axe 35,000 jobs', 'the company will cut 35,000 jobs'],
    ['the bank is to shed 8,000 jobs', 'the bank will slash 8,000 jobs'],
    ['the senator will not seek re-election', 'the senator is not running for another term'],
    ['the senator will not run again', 'the senator will not stand for re-election'],
    ['the chief executive stood down', 'the chief executive resigned'],
    ['Russian troops had been pushed back from the outskirts of Kupiansk', 'Ukrainian forces repelled Russian units near Kupiansk'],
    ['1.2 million people have been displaced by the floods', 'the floods forced 1.2 million people from their homes'],
    ['4,000 residents fled their homes', '4,000 residents were displaced'],
    ['the union struck a deal with the airline', 'the union reached an agreement with the airline'],
    ['prosecutors launched an investigation into the deal', 'prosecutors opened a probe into the deal'],
    ['the company sued the regulator', 'the company filed a lawsuit against the regulator'],
    ['the vote was postponed', 'the vote was delayed'],
    ['he was found guilty of fraud', 'he was convicted of fraud'],
    ['the flights were cancelled because of the strike', 'the strike forced the cancellation of the flights'],
  ])('matches "%s" with "%s"', (a, b) => {
    expect(same(a, b)).toBe(true);
  });

  it.each([
    ['the suspect was taken into custody on Tuesday', 'the suspect was released from custody on Tuesday'],
    ['the president has sacked his entire cabinet', 'the president has reappointed his entire cabinet'],
    ['the minister resigned', 'the minister was sacked'],
    ['the carmaker will axe 35,000 jobs', 'the carmaker will create 35,000 jobs'],
    ['the senator will not seek re-election', 'the senator will seek re-election'],
    ['he was found guilty of fraud', 'he was found not guilty of fraud'],
    ['the union struck a deal with the airline', 'the union struck at the airline'],
    ['prosecutors launched an investigation into the deal', 'the army launched missiles at the port'],
  ])('keeps "%s" apart from "%s"', (a, b) => {
    expect(same(a, b)).toBe(false);
  });
});

describe('counts of the dead and shares of the vote', () => {
  it('reads "the death toll has risen to 64" as 64 killed, and "lost their lives" as killed', () => {
    expect(same('the earthquake killed at least 64 people in Ishikawa', 'the death toll from the quake in Ishikawa has risen to 64')).toBe(true);
    expect(same('the death toll stands at 64', '64 people have died')).toBe(true);
    expect(same('12 people lost their lives in the blaze', 'the blaze killed 12 people')).toBe(true);
    expect(same('the death toll from the earthquake has risen to 64', 'the death toll from the floods has risen to 64')).toBe(false);
    expect(same('the death toll rose to 64', 'the death toll rose to 46')).toBe(false);
    expect(same('the death toll rose to 64', '64 people were injured')).toBe(false);
  });

  it('reads "took 54% of the vote" as won it, and keeps "lost" apart', () => {
    expect(claimFeatures('the party took 54% of the vote').events).toEqual(['win']);
    expect(same('the ruling party won 54 percent of the vote', 'the ruling party took 54% of the vote')).toBe(true);
    expect(same('the ruling party secured 54% of the ballots', 'the ruling party won 54 percent')).toBe(true);
    expect(claimFeatures('the army took the town').events).toEqual(['capture']);
    expect(claimFeatures('the fund took 5% of the company').events).toEqual(['capture']);
    expect(same('the ruling party took 54% of the vote', 'the ruling party lost 54% of its seats')).toBe(false);
  });

  it('reads "25 basis points" as 0.25 percent, and "percentage points" as percent', () => {
    expect(exactNumbers('the bank raised rates by 25 basis points')).toEqual(['0.25']);
    expect(same('the central bank raised its key rate by 25 basis points', 'the central bank hiked its benchmark interest rate by 0.25 percentage points')).toBe(true);
    expect(same('the central bank raised its key rate by 25 basis points', 'the central bank raised its key rate by 50 basis points')).toBe(false);
  });
});

describe('dates', () => {
  it('reads "next year" and "in 2026" as the date, which one outlet gives and another leaves out', () => {
    expect(exactNumbers('the plant will close in 2026')).toEqual([]);
    expect(same('the senator will not seek re-election next year', 'the senator is not running for another term in 2026')).toBe(true);
    expect(same('it would cut 35,000 jobs by the end of the decade', 'it would cut 35,000 jobs')).toBe(true);
    expect(same('the company will close the plant by 2030', 'the company will close the plant by the end of the decade')).toBe(true);
  });

  it('keeps two years apart, and "May" the month apart from June', () => {
    expect(same('the company will close the plant by 2030', 'the company will close the plant by 2035')).toBe(false);
    expect(same('the 2020 election was stolen', 'the 2022 election was stolen')).toBe(false);
    expect(claimFeatures('inflation fell to 2.1% in May').dates).toEqual(['month may']);
    expect(same('inflation fell to 2.1% in May', 'inflation fell to 2.1% in June')).toBe(false);
    expect(same('inflation fell to 2.1% in May', 'inflation eased to 2.1 per cent in May')).toBe(true);
  });
});

describe('people and companies', () => {
  it("weighs a titled person's given names half, so an outlet's full name does not part a claim", () => {
    expect(claimFeatures('President William Ruto dismissed his ministers').shingles).not.toContain('william#2');
    expect(claimFeatures('President William Ruto dismissed his ministers').shingles).toContain('ruto#2');
    expect(same('the president has sacked his entire cabinet', 'President William Ruto dismissed all his ministers')).toBe(true);
    expect(same('Prime Minister Keir Starmer resigned', 'Starmer resigned')).toBe(true);
    expect(same('President Joe Biden signed the bill', 'President Donald Trump signed the bill')).toBe(false);
  });

  it('keeps the prime minister apart from another minister', () => {
    expect(same('the prime minister resigned', 'the premier resigned')).toBe(true);
    expect(same('the prime minister resigned', 'the finance minister resigned')).toBe(false);
  });

  it('reads "the carmaker", "the airline" or "the lender" as the company', () => {
    expect(same('the airline will cut 2,000 jobs', 'the carrier is slashing 2,000 jobs')).toBe(true);
    expect(same('the airline will cut 2,000 jobs', 'the airline will cut 3,000 jobs')).toBe(false);
  });
});

describe('war', () => {
  it('reads drones or missiles destroyed as intercepted, and other things destroyed as destroyed', () => {
    expect(claimFeatures('twelve drones were destroyed over Belgorod').events).toEqual(['intercept']);
    expect(claimFeatures('the blaze destroyed 500 homes').events).toEqual([]);
    expect(same('air defence systems intercepted 12 Ukrainian drones over the Belgorod region', 'twelve Ukrainian drones were destroyed over Belgorod by air defences')).toBe(true);
    expect(same('air defences intercepted 12 Ukrainian drones over Belgorod', 'air defences intercepted 12 Ukrainian missiles over Belgorod')).toBe(false);
  });

  it('reads "struck over 40 Hezbollah sites in south Lebanon" as striking its targets in southern Lebanon', () => {
    expect(same('the military struck more than 40 Hezbollah targets in southern Lebanon overnight', 'Israeli jets hit over 40 Hezbollah sites in south Lebanon', 'Israel')).toBe(true);
    expect(same('the military struck more than 40 Hezbollah targets in southern Lebanon', 'the military struck more than 40 Hezbollah targets in northern Israel', 'Israel')).toBe(false);
  });

  it('keeps "as a ..." in the claim: what a place was used as is the claim', () => {
    expect(claimCore('Hamas used the hospital compound as a command centre')).toBe('Hamas used the hospital compound as a command centre');
    expect(same('Hamas used the hospital compound as a command centre', 'Hamas used the hospital compound to hold hostages')).toBe(false);
  });
});

describe('other everyday rewordings', () => {
  it.each([
    ['no chemical irritant had been used at any point', 'officers did not use any chemical irritant', 'Harlan Springs Police Department'],
    ['its vaccine was 95% effective against severe illness', 'the vaccine is 95 percent effective in preventing severe disease', ''],
    ['unemployment rose to 5.2%', 'the jobless rate climbed to 5.2 per cent', ''],
    ['GDP grew 2% in the third quarter', 'the economy expanded by 2 percent in the third quarter', ''],
    ['petrol prices rose 5%', 'gasoline prices climbed 5 per cent', ''],
    ['prices will go up by 10%', 'prices will rise 10%', ''],
    ['the mpox outbreak is a global health emergency', 'the mpox outbreak is a health emergency of international concern', ''],
  ])('matches "%s" with "%s"', (a, b, side) => {
    expect(same(a, b, side)).toBe(true);
  });
});

describe('news verbs and prepositions outlets swap', () => {
  it('reads "close to a" as "near", where it says where, and "close to the public" as a closure', () => {
    expect(claimFeatures('the fire ignited close to a power pole on Bell Road').events).toEqual(['fire']);
    expect(same('the fire started near a power pole on Bell Road', 'the fire ignited close to a power pole on Bell Road')).toBe(true);
    expect(claimFeatures('the library will close to the public for two weeks').events).toContain('close');
  });

  it('stems a plural of "-ing" as its "-ing": "warnings" as "warned"', () => {
    expect(claimFeatures('the landlord ignored warnings about damp').shingles).toContain('warn');
    expect(claimFeatures('the city approved new buildings').shingles).toEqual(claimFeatures('the city approved new building').shingles);
  });

  it.each([
    ['the utility de-energized the feeder ahead of the storm', 'the utility cut power to the feeder ahead of the storm'],
    ['retail sales fell for a third straight month', 'retail sales fell for a third consecutive month'],
    ['a software fault let staff view customer records', 'a software fault allowed staff to see customer records'],
  ])('matches "%s" with "%s"', (a, b) => {
    expect(same(a, b)).toBe(true);
  });

  it('keeps a cut in power prices apart from a cut of power to homes', () => {
    expect(same('the utility cut power prices for 40,000 homes', 'the utility cut power to 40,000 homes')).toBe(false);
  });
});

describe('what a claim shares and what it counts', () => {
  it('finds no likeness across sides in one shared word alone where the claims differ, unless a number or place is shared', () => {
    const across = (a: string, b: string) => similarity(claimFeatures(a), claimFeatures(b), true);
    expect(across('he had been killed', '24 people had been killed')).toBe(0);
    expect(similarity(claimFeatures('he had been killed'), claimFeatures('24 people had been killed'))).toBeGreaterThan(0.45);
    expect(across('he had been killed', 'he was killed')).toBe(1);
    expect(across('24 people had been killed', '24 were killed in the siege')).toBeGreaterThan(0.45);
    expect(across('troops were killed in Kharkiv', 'troops were ambushed in Kharkiv')).toBeGreaterThan(0);
  });

  it('reads a time of day ("7.40am", "10 p.m.", "19:05") as a word of its own, no number of the claim', () => {
    expect(exactNumbers('after 7.40am on Tuesday the train hit a stalled lorry')).toEqual([]);
    expect(exactNumbers('at 10 p.m. seven people died')).toEqual(['7']);
    expect(exactNumbers('at 19:05 seven people died')).toEqual(['7']);
    expect(claimFeatures('at 7.40pm').shingles).toEqual(claimFeatures('at 19:40').shingles);
    expect(same('after 7.40am on Monday the train hit a stalled lorry at the crossing', 'the train hit a stalled lorry at the crossing on Monday')).toBe(true);
    expect(same('the 7.40am train hit 3 stalled lorries at the crossing', 'the 7.40am train hit 2 stalled lorries at the crossing')).toBe(false);
  });

  it('counts nothing in an ordinal joined to a word ("first-time") nor in the "one" of "one of the largest"', () => {
    expect(exactNumbers('a first-time candidate who built the firm into one of the largest carriers cut 240 jobs')).toEqual(['240']);
    expect(exactNumbers('one of every five voters backed him')).toEqual(['20']);
    expect(exactNumbers('one of 12 hostages was freed')).toEqual(['1', '12']);
    expect(exactNumbers('the first train left late')).toEqual(['1st']);
    expect(same('Jane Moss, a first-time candidate who built her firm into one of the largest carriers, cut 90 jobs', 'Jane Moss cut 90 jobs')).toBe(true);
  });

  it('reads "at every stage" as "throughout" and "up to standard" as meeting the standard', () => {
    expect(same("its crew followed air traffic control's instructions at every stage", "its crew followed air traffic control's instructions throughout")).toBe(true);
    expect(same("its crew followed air traffic control's instructions at every stage", "its crew ignored air traffic control's instructions throughout")).toBe(false);
    expect(same('staffing at the tower met its standards that night', 'staffing at the tower was up to standard that night')).toBe(true);
  });
});
