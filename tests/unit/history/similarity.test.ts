import { describe, expect, it } from 'vitest';
import { groupClaimsInMemory } from '../../../lib/history/groups';
import { bandKeys, claimCore, claimFeatures, currenciesApart, isSameClaim, leastShared, MATCH_THRESHOLD, mayScore, overlapScore, sideKey, similarity, stem } from '../../../lib/history/similarity';
import { claimKey, claimKeySide } from '../../../lib/history/db';
import { exactNumbers } from './numbers';

// The same claim as different outlets word it.
const paraphrases: [string, string][] = [
  ['it has regained control over two villages near Sudzha', 'Russian forces retook two villages near Sudzha'],
  ['Ukrainian fighters are encircled', 'Ukrainian troops have been surrounded'],
  [
    'air defences shot down two Iskander-M ballistic missiles and 178 drones',
    'two Iskander-M missiles and 178 drones were downed overnight',
  ],
  ['the offer to surrender remains on the table', "Moscow's offer of surrender is still on the table"],
  ['the central bank will raise interest rates in March', 'the central bank plans to increase interest rates in March'],
  ['Russian missiles hit a power plant in Kharkiv', 'a Kharkiv power station was struck by Russian missiles'],
  ['12 civilians were killed in the shelling of Donetsk', 'shelling of Donetsk killed twelve civilians'],
  ['the company did not break any sanctions', "the company didn't break sanctions"],
  [
    'Ukrainian units were encircled near Sudzha, in the western Kursk region, on the second day of renewed talks',
    'Ukrainian forces around Sudzha are surrounded as Moscow presses its advance in the Kursk region',
  ],
];

// The same actor, a different claim: must stay apart.
const nearMisses: [string, string][] = [
  ['it has regained control over two villages near Sudzha', 'it has regained control over three villages near Sudzha'],
  ['Ukrainian forces were encircled near Sudzha', 'Ukrainian forces withdrew from Sudzha'],
  ['Ukrainian troops are encircled', 'Ukrainian troops are not encircled'],
  ['Russian missiles hit a power plant in Kharkiv', 'Russian missiles hit an apartment block in Kharkiv'],
  ['the central bank will raise interest rates in March', 'the central bank will cut interest rates in March'],
  ['Israeli troops captured the hospital in Gaza City', 'Israeli troops withdrew from the hospital in Gaza City'],
  ['the ministry said 30 drones were shot down over Belgorod', 'the ministry said 30 drones hit Belgorod'],
  ['the Kremlin says talks with Kyiv have stalled', 'the Kremlin says talks with Washington have resumed'],
];

describe('claim similarity', () => {
  it.each(paraphrases)('matches "%s" with "%s"', (a, b) => {
    expect(similarity(claimFeatures(a), claimFeatures(b))).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(isSameClaim(claimFeatures(b), claimFeatures(a))).toBe(true);
  });

  it.each(nearMisses)('keeps "%s" apart from "%s"', (a, b) => {
    expect(isSameClaim(claimFeatures(a), claimFeatures(b))).toBe(false);
  });

  it('is 1 for the same words and 0 for nothing in common', () => {
    const text = claimFeatures('Ukrainian fighters are encircled');
    expect(similarity(text, text)).toBe(1);
    expect(similarity(text, claimFeatures('inflation fell in March'))).toBe(0);
  });

  it('weighs what happened over who acted', () => {
    const { shingles } = claimFeatures('Ukrainian troops withdrew from Avdiivka');
    expect(shingles).toEqual(['avdiivka', 'avdiivka#2', 'troop', 'ukraine', 'withdraw', 'withdraw#2']);
  });

  it('reads numbers however they are written', () => {
    const numbers = exactNumbers;
    expect(numbers('forty-five of the drones')).toEqual(['45']);
    expect(numbers('five thousand three hundred jobs')).toEqual(['5300']);
    expect(numbers('a dozen villages')).toEqual(['12']);
    expect(numbers('sold for €7.5bn')).toEqual(numbers('sold for 7.5 billion euros'));
    expect(numbers('33m people were displaced')).toEqual(['33000000']);
    expect(claimFeatures('more than 1,200 people died in Hatay, officials said').numbers).toEqual(['~1200']);
    expect(numbers('delivered 44 aircraft in the third quarter')).toEqual(['3rd', '44']);
  });

  it('folds percent signs, spellings, demonyms and reporting windows', () => {
    const shingles = (text: string) => claimFeatures(text).shingles;
    expect(shingles('turnout reached 62%')).toEqual(shingles('turnout reached 62 per cent'));
    expect(shingles('the defence ministry lowered the mobilisation age')).toEqual(shingles('the defense ministry lowered the mobilization age'));
    expect(shingles('it will close three German factories')).toContain('germany');
    expect(exactNumbers('its forces shot down 398 drones in the past 24 hours')).toEqual(['398']);
  });

  it('compares the first clause when it says enough on its own', () => {
    expect(claimCore('it has regained control over two villages near Sudzha, a town Ukraine captured')).toBe(
      'it has regained control over two villages near Sudzha',
    );
    expect(claimCore('it lost, as expected, the vote')).toBe('it lost, as expected, the vote');
  });

  it('folds number words, negation and regular endings', () => {
    expect(claimFeatures('twelve villages were not shelled')).toMatchObject({ numbers: ['12', '~12'], negated: true });
    expect(['villages', 'attacked', 'bombing', 'cities'].map(stem)).toEqual(['village', 'attack', 'bomb', 'city']);
    expect(claimFeatures('they sabotaged pipelines').shingles).toEqual(claimFeatures('they sabotage the pipeline').shingles);
  });

  it('gives every paraphrase pair a shared LSH band, and unrelated claims none', () => {
    for (const [a, b] of paraphrases) {
      const first = new Set(bandKeys(claimFeatures(a).shingles));
      expect(bandKeys(claimFeatures(b).shingles).some((key) => first.has(key)), `${a} / ${b}`).toBe(true);
    }
    const unrelated = new Set(bandKeys(claimFeatures('inflation fell to 3 percent in March').shingles));
    expect(bandKeys(claimFeatures('Ukrainian fighters are encircled').shingles).some((key) => unrelated.has(key))).toBe(false);
  });

});

describe('grouping claims in memory', () => {
  it('puts paraphrases of one side together and keeps near misses and other sides apart', () => {
    const claim = (key: string, side: string, text: string) => ({ key, side, text });
    const groups = groupClaimsInMemory([
      claim('a', 'Russia', 'it has regained control over two villages near Sudzha'),
      claim('b', 'Russia', 'Ukrainian fighters are encircled'),
      claim('c', 'Russia', 'Russian forces retook two villages near Sudzha'),
      claim('d', 'Russia', 'it has regained control over three villages near Sudzha'),
      claim('e', 'Ukraine', 'Ukrainian fighters are encircled'),
    ]);
    expect(groups.map((group) => group.map((member) => member.key))).toEqual([['a', 'c'], ['b'], ['d'], ['e']]);
  });
});

describe('claim keys', () => {
  it('give back the side of any side name, line breaks and runs of spaces included', () => {
    for (const side of ['Russia', '  Ukraine ', 'Health and\nSafety', 'the  city\r\n council']) {
      const key = claimKey(side, 'c1');
      expect(claimKeySide(key)).toBe(sideKey(side));
      expect(sideKey(side)).not.toMatch(/\s{2}|\n/);
    }
    expect(sideKey('Health and\nSafety')).toBe(sideKey('health and safety'));
  });
});

describe('figures in currencies', () => {
  const currencies = (text: string) => claimFeatures(text).currencies;

  it('reads the currency of each figure from its sign, code or name', () => {
    expect(currenciesApart(currencies('the club paid €95m for him'), currencies('the club paid GBP 81m for him'))).toBe(true);
    expect(currenciesApart(currencies('a fee of 95 million euros'), currencies('a fee of $103 million'))).toBe(true);
    expect(currenciesApart(currencies('a fee of 95 million euros'), currencies('a fee of €95m'))).toBe(false);
    expect(currenciesApart(currencies('A FEE OF 95 MILLION EUROS'), currencies('a fee of $103 million'))).toBe(true);
  });

  it('compares no figures stated in currencies the other claim does not name', () => {
    const fee = (sum: string) => claimFeatures(`Valderas agreed a transfer fee of ${sum} with Wexbridge for the winger Elias Lindqvist before the window`);
    expect(similarity(fee('€95m'), fee('£81m'))).toBeGreaterThan(0);
    expect(similarity(fee('€95m'), fee('€80m'))).toBe(0);
  });

  it('compares all figures where one is stated in no currency', () => {
    expect(currencies('the club paid €95m for 2 players')).toBe(0);
    expect(similarity(claimFeatures('the club paid €95m for 2 players'), claimFeatures('the club paid £81m for 3 players'))).toBe(0);
  });
});

describe('the shingles two claims must share to score a threshold', () => {
  it('are exactly those with which overlapScore reaches it, for sets of any sizes', () => {
    for (const least of [0.3, 0.45, 0.5, MATCH_THRESHOLD, 1]) {
      for (let sizeA = 0; sizeA <= 40; sizeA++) {
        for (let sizeB = 0; sizeB <= 40; sizeB++) {
          const most = Math.min(sizeA, sizeB);
          const reaching = Array.from({ length: most + 1 }, (_, shared) => overlapScore(sizeA, sizeB, shared, true) >= least);
          expect(mayScore(sizeA, sizeB, least)).toBe(reaching[most]);
          if (!reaching[most]) continue;
          const needed = leastShared(sizeA, sizeB, least);
          reaching.forEach((reaches, shared) => expect(reaches).toBe(shared >= needed));
        }
      }
    }
  });
});
