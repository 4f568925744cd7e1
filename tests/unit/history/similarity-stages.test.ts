import { describe, expect, it } from 'vitest';
import { ClaimIndex, packedClaims, probeOf, type ClaimPack } from '../../../lib/history/claim-index';
import { claimFeatures, datesConflict, isRounding, isSameClaim, namesConflict, numbersConflict, roughly, similarity, stagesConflict } from '../../../lib/history/similarity';
import { exactNumbers } from './numbers';

const numbers = exactNumbers;
const same = (a: string, b: string, side = '') => isSameClaim(claimFeatures(a, side), claimFeatures(b, side));

describe('numbers compared by value', () => {
  it('reads halves, fractions, quarters and spans of time as the same values however written', () => {
    expect(numbers('six and a half thousand families')).toEqual(numbers('6,500 families'));
    expect(numbers('half a million patients')).toEqual(['500000']);
    expect(numbers('two and a half years')).toEqual(['2.5']);
    expect(numbers('a fifth of adults')).toEqual(numbers('20 per cent of adults'));
    expect(numbers('prices rose by one-fifth')).toEqual(['20']);
    expect(numbers('two-thirds of voters')).toEqual(['67']);
    expect(numbers('an eighth of the budget')).toEqual(['12.5']);
    expect(numbers('profits rose 9% in Q1')).toEqual(numbers('profits rose 9% in the first quarter'));
    expect(numbers('a 48-hour strike')).toEqual(numbers('a two-day strike'));
    expect(numbers('a 14-day quarantine')).toEqual(numbers('a two-week quarantine'));
    expect(numbers('700 crossed in a single day')).toEqual(numbers('700 crossed in 24 hours'));
  });

  it('keeps an ordinal and "a" with no number after it as words', () => {
    expect(numbers('it was a third attack on the town')).toEqual(['3rd']);
    expect(numbers('a quarter of the staff')).toEqual(['25']);
    expect(numbers('in a quarter')).toEqual([]);
  });

  it('compares years as dates, not counts: a baseline year written with or without "from" does not veto', () => {
    expect(numbers('emissions will fall 70% by 2030 from 1990 levels')).toEqual(['70']);
    expect(numbers('2,000 people were evacuated')).toEqual(['2000']);
    expect(same('the country will cut emissions by 70% by 2030 compared with 1990 levels', 'the country will cut its emissions 70 percent from 1990 levels by 2030')).toBe(true);
    expect(same('the economy grew 0.4% in 2023', 'the economy grew 0.4% in 2024')).toBe(false);
  });
});

describe('approximate figures', () => {
  const roundings = (text: string) => claimFeatures(text).numbers.filter(isRounding);

  it('rounds to one significant digit, two where the first is 1', () => {
    expect([212000, 38, 3200000, 310000000, 140, 12, 0.25].map(roughly)).toEqual([200000, 40, 3000000, 300000000, 140, 12, 0.3]);
  });

  it('reads a fraction of a scale as its value', () => {
    expect(numbers('a quarter of a million dollars')).toEqual(['250000']);
    expect(numbers('a third of a billion dollars')).toEqual(['333333333']);
  });

  it('keeps an approximate figure as its rounding alone, read up or down as its word says', () => {
    expect(claimFeatures('about 212,000 ballots were returned').numbers).toEqual(['~200000']);
    expect(claimFeatures('fewer than 100 protesters were arrested').numbers).toEqual(['~90']);
    expect(claimFeatures('nearly two in five letters arrived late').numbers).toEqual(['~40']);
    expect(roundings('38% of letters arrived late')).toEqual(['~40']);
  });

  it('lets a rounding agree with an exact figure, but not exact figures or roundings that differ', () => {
    const rough = (value: string) => value.startsWith('~');
    expect(numbersConflict(['~300', '~40'], ['300', '~300'], rough)).toBe(false);
    expect(numbersConflict(['~200000'], ['212000', '~200000'], rough)).toBe(false);
    expect(numbersConflict(['12', '~12'], ['14', '~14'], rough)).toBe(true);
    expect(numbersConflict(['~140'], ['~110'], rough)).toBe(true);
    expect(numbersConflict(['~300000000'], ['610000000', '~600000000'], rough)).toBe(true);
  });

  it('groups one figure rounded and exact, and keeps another figure apart, in the claim index too', () => {
    const pairs: [string, string, boolean][] = [
      ['the utility spent more than three million dollars on ads', 'the utility spent $3.2 million on ads', true],
      ['the utility spent more than three million dollars on ads', 'the utility spent $5.2 million on ads', false],
      ['the boat crossed about 300 metres into the waters and stayed for around 40 minutes', 'the boat crossed 300 metres into the waters', true],
    ];
    for (const [a, b, same] of pairs) {
      expect(isSameClaim(claimFeatures(a), claimFeatures(b))).toBe(same);
      const storing = new ClaimIndex();
      storing.hold('Utility', []);
      storing.add(probeOf({ key: 'a', side: 'Utility', text: a }), 1);
      const index = new ClaimIndex();
      index.hold('Utility', structuredClone(storing.takeChanges().put));
      expect(index.mostSimilar(probeOf({ key: 'b', side: 'Utility', text: b }))).toBe(same ? 1 : undefined);
    }
  });

  it("ends no clause at a clock time's colon", () => {
    const hostages = 'the gunmen stormed the hotel and took 30 guests hostage';
    expect(similarity(claimFeatures('the gunmen stormed the hotel at 11:40 p.m. and took 30 guests hostage'), claimFeatures(hostages))).toBeGreaterThan(0.8);
  });
});

describe('the stage a claim says', () => {
  const stage = (text: string) => claimFeatures(text).stage;

  it.each([
    ['it plans to close three factories', 'planned'],
    ['the jets will be delivered', 'planned'],
    ["it'll sell the unit", 'planned'],
    ['the carmaker is to axe 35,000 jobs', 'planned'],
    ['the agency is reviewing an application to approve the drug', 'planned'],
    ['refuse collectors are expected to walk out', 'planned'],
    ['the jets ordered last year will be delivered', 'planned'],
    ['it has closed three factories', 'done'],
    ['the jets have been delivered', 'done'],
    ['the first tanks were delivered', 'done'],
    ['police arrested 14 people', 'done'],
    ['the buyer disclosed the stake', 'done'],
    ["the company won't sell the unit", 'unmarked'],
    ['the buyer did not disclose the stake', 'unmarked'],
    ['the company is recalling 80,000 cars fitted with faulty pumps', 'unmarked'],
    ['Ukrainian troops are encircled', 'unmarked'],
    ['the upgraded model costs more', 'unmarked'],
    ['state-owned firms face new rules', 'unmarked'],
    ['the firm has to pay a fine', 'unmarked'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(stage(text)).toBe(expected);
  });

  it('tells a plan from a deed, but not present from past of the same stage', () => {
    expect(stagesConflict('planned', 'done')).toBe(true);
    expect(stagesConflict('planned', 'unmarked')).toBe(false);
    expect(same('it plans to close three factories', 'it has closed three factories')).toBe(false);
    expect(same('the company will recall 80,000 cars', 'the company is recalling 80,000 cars')).toBe(true);
    expect(same('Ukrainian troops are encircled near Pokrovsk', 'Ukrainian troops were encircled near Pokrovsk')).toBe(true);
  });
});

describe('dates', () => {
  const dates = (text: string) => claimFeatures(text).dates;

  it('reads years, named dates and dates relative to the writing', () => {
    expect(dates('it will delay the launch until next year')).toEqual(['year']);
    expect(dates('it will delay the launch until the autumn')).toEqual(['season autumn']);
    expect(dates('2024 was the warmest year on record')).toEqual(['year 2024']);
    expect(dates('rates will rise in May')).toEqual(['month may']);
    expect(dates('protesters will march on parliament')).toEqual([]);
    expect(dates('drivers will strike on Monday')).toEqual(['week monday']);
    expect(dates('the election will be held by the end of the year')).toEqual(['year']);
  });

  it('agrees when of one kind and the same name or one relative', () => {
    expect(datesConflict(['year', ''], ['year', '2026'], '')).toBe(false);
    expect(datesConflict(['year', '2024'], ['year', '2023'], '')).toBe(true);
    expect(datesConflict(['year', ''], ['season', 'autumn'], '')).toBe(true);
    expect(datesConflict([], ['season', 'autumn'], '')).toBe(false);
    expect(same('it will delay the launch of its tablet until next year', 'it will delay the launch of its tablet until the autumn')).toBe(false);
    expect(same('the bank will raise interest rates next month', 'the bank will raise interest rates in June')).toBe(true);
    expect(same('the bank will raise interest rates in June', 'the bank will raise interest rates in September')).toBe(false);
  });

  it('lets the present year agree with a month or season named without its year, but not next year', () => {
    expect(dates('staff were moved 23 times this year')).toEqual(['month', 'season', 'week', 'year']);
    expect(same('staff were moved to cover gaps at the hospital 23 times since January', 'staff were moved to cover gaps at the hospital 23 times this year')).toBe(true);
    expect(same('the plant will close in the autumn', 'the plant will close this year')).toBe(true);
    expect(same('the plant will close in the autumn', 'the plant will close next year')).toBe(false);
  });
});

describe('places', () => {
  const places = (text: string) => claimFeatures(text).places;

  it('reads the proper names after a preposition of place or role, anywhere in the claim', () => {
    expect(places('officers arrested 23 people after raids in Croydon and Bromley')).toEqual(['bromley', 'croydon']);
    expect(places('2023 was the wettest year on record for the UK')).toEqual(['unitedkingdom']);
    expect(places('new sanctions on Moscow')).toEqual(['moscow', 'russia']);
    expect(places('measles cases rose in the Gaza Strip on Saturday')).toEqual(['gaza']);
    expect(places('Apple will delay the launch')).toEqual([]);
  });

  it('keeps apart claims that each name a place the other does not', () => {
    expect(namesConflict(['croydon'], ['bromley'])).toBe(true);
    expect(namesConflict(['croydon', 'bromley'], ['croydon'])).toBe(false);
    expect(namesConflict([], ['croydon'])).toBe(false);
    expect(same('officers arrested 23 people after raids in Croydon', 'officers arrested 23 people after raids in Lewisham')).toBe(false);
    expect(namesConflict(places('new sanctions on Moscow'), places('new sanctions against Russia'))).toBe(false);
  });

  it("reads a country's abbreviation with its possessive as the country", () => {
    expect(same('2024 was the warmest year on record for the UK', "2024 was the UK's warmest year on record")).toBe(true);
  });
});

describe('the claim index', () => {
  const side = 'Stellantis';
  const stored = (texts: string[]): ClaimPack[] => {
    const index = new ClaimIndex();
    index.hold(side, []);
    texts.forEach((text, i) => index.add(probeOf({ key: `k${i}`, side, text }), i + 1));
    return index.takeChanges().put;
  };
  const held = (packs: ClaimPack[]) => {
    const index = new ClaimIndex();
    index.hold(side, structuredClone(packs));
    return index;
  };
  const probe = (text: string) => probeOf({ key: 'x', side, text });

  it('keeps stages, dates and places in its packs', () => {
    const packs = stored(['it plans to close two plants in Italy', 'the plant will close in the autumn']);
    const index = held(packs);
    expect(index.mostSimilar(probe('the carmaker will close two plants in Italy'))).toBe(1);
    expect(index.mostSimilar(probe('it has closed two plants in Italy'))).toBeUndefined();
    expect(index.mostSimilar(probe('it plans to close two plants in Spain'))).toBeUndefined();
    expect(index.mostSimilar(probe('the plant will close next year'))).toBeUndefined();
    expect(packedClaims(packs[0]!).map(({ probe: { stage, places } }) => [stage, places.length])).toEqual([
      ['planned', 1],
      ['planned', 0],
    ]);
  });

  it('reads claims packed with flags 0 as naming no stage, dates or places', () => {
    const [pack] = stored(['it plans to close two plants in Italy']);
    const { probe: packed } = packedClaims(pack!)[0]!;
    // Number count, flags 0 (not negated, no stage, dates or places), event count, numbers, events, shingles.
    const features = Uint32Array.from([packed.numbers.length, 0, packed.events.length, ...packed.numbers, ...packed.events, ...packed.shingles]);
    const old: ClaimPack = { ...pack!, features, starts: Uint32Array.of(0, features.length) };
    expect(held([old]).mostSimilar(probe('it has closed two plants in Italy'))).toBe(1);
  });
});
