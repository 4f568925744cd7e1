import { describe, expect, it } from 'vitest';
import { packedClaim, probeOf } from '../../../lib/history/claim-index';
import {
  chooseGroups,
  CORROBORATED_THRESHOLD,
  mayCorroborate,
  PAGES_COMPARED,
  pageMatches,
  pagesToCompare,
  SIDELESS_THRESHOLD,
  SUPPORTING_THRESHOLD,
  type GroupMatch,
} from '../../../lib/history/corroboration';

const match = (claim: number, group: number, score: number): GroupMatch => ({ claim, group, score });
const across = (claim: number, group: number, score: number): GroupMatch => ({ claim, group, score, acrossSides: true });
const carriedBy = (entries: [group: number, pages: number[]][]) => new Map(entries);

describe('chooseGroups', () => {
  it('takes a match as alike as MATCH_THRESHOLD whatever other pages carry', () => {
    expect(chooseGroups([undefined], [match(0, 7, 0.9)], carriedBy([]))).toEqual([7]);
  });

  it('leaves a lone weak match apart, though the page it points to carries it', () => {
    expect(chooseGroups([undefined, undefined], [match(0, 7, 0.6)], carriedBy([[7, [1]]]))).toEqual([undefined, undefined]);
  });

  it('takes weak matches when two claims match claims of one other page', () => {
    const matches = [match(0, 7, 0.6), match(1, 8, 0.5)];
    expect(chooseGroups([undefined, undefined], matches, carriedBy([[7, [1]], [8, [1, 2]]]))).toEqual([7, 8]);
  });

  it('counts a strong match, or a claim kept already, as the second that corroborates a weak one', () => {
    expect(chooseGroups([undefined, undefined], [match(0, 7, 0.6), match(1, 8, 0.9)], carriedBy([[7, [1]], [8, [1]]]))).toEqual([7, 8]);
    expect(chooseGroups([undefined, 8], [match(0, 7, 0.6)], carriedBy([[7, [1]], [8, [1]]]))).toEqual([7, 8]);
  });

  it('takes a weak match that a less alike claim of the same page bears out, but not that claim', () => {
    const matches = [match(0, 7, 0.6), match(1, 8, SUPPORTING_THRESHOLD)];
    expect(chooseGroups([undefined, undefined], matches, carriedBy([[7, [1]], [8, [1]]]))).toEqual([7, undefined]);
    expect(chooseGroups([undefined, undefined], [match(1, 8, SUPPORTING_THRESHOLD)], carriedBy([[8, [1]]]))).toEqual([undefined, undefined]);
  });

  it('leaves weak matches apart when each points to another page', () => {
    const matches = [match(0, 7, 0.6), match(1, 8, 0.5)];
    expect(chooseGroups([undefined, undefined], matches, carriedBy([[7, [1]], [8, [2]]]))).toEqual([undefined, undefined]);
  });

  it('does not let two claims matching one claim of the other page corroborate each other', () => {
    const matches = [match(0, 7, 0.6), match(1, 7, 0.5)];
    expect(chooseGroups([undefined, undefined], matches, carriedBy([[7, [1]]]))).toEqual([undefined, undefined]);
  });

  it('gives each group to one claim of the page, the best match first, when another group fits the other', () => {
    const matches = [match(0, 7, 0.85), match(0, 8, 0.82), match(1, 7, 0.95)];
    expect(chooseGroups([undefined, undefined], matches, carriedBy([]))).toEqual([8, 7]);
    // Nothing else fits the first claim: the group stays with the better match.
    expect(chooseGroups([undefined, undefined], [match(0, 7, 0.85), match(1, 7, 0.95)], carriedBy([]))).toEqual([undefined, 7]);
  });

  it('keeps a group a kept claim of the page holds from the page\'s other claims', () => {
    expect(chooseGroups([7, undefined], [match(1, 7, 0.95), match(1, 8, 0.85)], carriedBy([]))).toEqual([7, 8]);
  });
});

describe('chooseGroups with matches across sides', () => {
  it('leaves a lone match across sides apart, however alike', () => {
    expect(chooseGroups([undefined, undefined], [across(0, 7, 0.95)], carriedBy([[7, [1]]]))).toEqual([undefined, undefined]);
  });

  it('takes a match across sides that another claim of the two pages corroborates', () => {
    expect(chooseGroups([undefined, undefined], [across(0, 7, 0.95), match(1, 8, 0.9)], carriedBy([[7, [1]], [8, [1]]]))).toEqual([7, 8]);
    expect(chooseGroups([undefined, 8], [across(0, 7, 0.95)], carriedBy([[7, [1]], [8, [1]]]))).toEqual([7, 8]);
    expect(chooseGroups([undefined, 8], [across(0, 7, 0.95)], carriedBy([[7, [1]], [8, [2]]]))).toEqual([undefined, 8]);
  });

  it('takes a lone match across sides one of which names no one, as alike as SIDELESS_THRESHOLD', () => {
    const sideless = (score: number): GroupMatch => ({ ...across(0, 7, score), sideless: true });
    expect(chooseGroups([undefined], [sideless(SIDELESS_THRESHOLD)], carriedBy([[7, [1]]]))).toEqual([7]);
    expect(chooseGroups([undefined], [sideless(SIDELESS_THRESHOLD - 0.05)], carriedBy([[7, [1]]]))).toEqual([undefined]);
  });
});

describe('mayCorroborate', () => {
  it('asks for the pages carrying the groups only when a claim is unmatched and another has a match or a kept group', () => {
    expect(mayCorroborate([undefined, undefined], [match(0, 7, 0.6)])).toBe(true);
    expect(mayCorroborate([undefined, undefined], [match(0, 7, 0.9)])).toBe(true);
    expect(mayCorroborate([3, undefined], [])).toBe(true);
    expect(mayCorroborate([undefined, undefined], [match(0, 7, 0.9), match(1, 8, 0.85)])).toBe(false);
    expect(mayCorroborate([3, undefined], [match(1, 8, 0.85)])).toBe(false);
    expect(mayCorroborate([undefined, undefined], [match(0, 7, 0.6), match(0, 8, 0.5)])).toBe(true);
    expect(mayCorroborate([undefined], [match(0, 7, 0.6)])).toBe(false);
    expect(mayCorroborate([undefined, undefined], [])).toBe(false);
  });
});

describe('pagesToCompare', () => {
  it('reads the pages carrying the groups of the most claims first, PAGES_COMPARED at most', () => {
    const carriers = carriedBy([
      [7, [1, 2, 3, 4, 5, 6]],
      [8, [2]],
    ]);
    const pages = pagesToCompare([undefined, undefined, undefined], [match(0, 7, 0.9), match(1, 8, 0.6)], carriers);
    expect(pages).toHaveLength(PAGES_COMPARED);
    expect(pages[0]).toBe(2);
  });

  it('reads none when every claim has a strong match or a kept group', () => {
    expect(pagesToCompare([3, undefined], [match(1, 7, 0.9)], carriedBy([[3, [1]], [7, [2]]]))).toEqual([]);
  });
});

describe('pageMatches', () => {
  const OFFICE = 'Calvera Statistics Office';
  const PORT = 'Veltmar Port Authority';
  const probe = (side: string, text: string) => probeOf({ key: `${side}\n${text}`, side, text });

  it('finds a weak match of the same side that shares no band with the claim', () => {
    const page = [probe(OFFICE, 'headline inflation eased to 14.2 percent in May, the third monthly fall in a row')];
    const other = probe(OFFICE, "Calvera's annual inflation rate slowed for a third straight month to 14.2% in May from 15.8% in April");
    expect(page[0]!.bands.some((band) => other.bands.includes(band))).toBe(false);
    const found = pageMatches(page, [undefined], [], [{ claim: packedClaim(other), group: 7 }]);
    expect(found).toEqual([{ claim: 0, group: 7, score: expect.closeTo(0.57, 2) }]);
  });

  it('finds a match across sides as it finds a weak one, never where one claim names the other side', () => {
    const recount = probe('Justice Amara Okafor', 'the Harrow Vale recount will be completed by Friday');
    const elsewhere = (text: string) => [{ claim: packedClaim(probe('Electoral Commission', text)), group: 7 }];
    expect(pageMatches([recount], [undefined], [], elsewhere('the recount in Harrow Vale will be completed by Friday'))).toEqual([
      { claim: 0, group: 7, score: 1, acrossSides: true },
    ]);
    // A reworded claim of a side another outlet names otherwise is a weak match, for corroboration to take or leave.
    expect(pageMatches([recount], [undefined], [], elsewhere('the recount in Harrow Vale would be finished by Friday'))).toEqual([
      { claim: 0, group: 7, score: expect.closeTo(0.64, 2), acrossSides: true },
    ]);
    expect(pageMatches([recount], [undefined], [], elsewhere('the count in Harrow Vale would be finished by the weekend'))).toEqual([]);
    const SHELLED = 'shelled the crowded grain market in the centre of Dessa on Thursday morning and killed 12 civilians and wounded dozens of traders and farmers';
    const accused = [probe('Liberation Front', `the Northern Army ${SHELLED}`)];
    expect(pageMatches(accused, [undefined], [], [{ claim: packedClaim(probe('Northern Army', `the Liberation Front ${SHELLED}`)), group: 7 }])).toEqual([]);
  });

  it('finds a claim less alike, as alike as SUPPORTING_THRESHOLD, to bear out the page\'s other matches', () => {
    const waiting = probe(PORT, 'about 1,800 containers were waiting at the northern terminal on Monday');
    const found = pageMatches([waiting], [undefined], [], [{ claim: packedClaim(probe(PORT, '1,800 containers are waiting in the queue for the cranes')), group: 7 }]);
    expect(found).toEqual([{ claim: 0, group: 7, score: expect.any(Number) }]);
    expect(found[0]!.score).toBeGreaterThanOrEqual(SUPPORTING_THRESHOLD);
    expect(found[0]!.score).toBeLessThan(CORROBORATED_THRESHOLD);
  });

  it('takes a claim holding some words of the other side\'s name, but not its last, for no naming of that side', () => {
    const entered = probe('Norway', 'a Russian harbour patrol vessel entered Norwegian waters near Kirkenes on Sunday');
    const sailed = packedClaim(probe('Fjord Harbour Patrol Service', 'a Russian harbour patrol boat sailed into Norwegian waters near Kirkenes on Sunday'));
    expect(pageMatches([entered], [undefined], [], [{ claim: sailed, group: 7 }])).toEqual([{ claim: 0, group: 7, score: expect.any(Number), acrossSides: true }]);
    const named = probe('Norway', 'the Fjord Harbour Patrol Service sent a vessel into Norwegian waters near Kirkenes on Sunday');
    expect(pageMatches([named], [undefined], [], [{ claim: sailed, group: 7 }])).toEqual([]);
  });

  it('marks a match across sides sideless where one side names no one: a time, a state, words many sides share', () => {
    const debt = 'the county borrowed $40 million to cover the pension fund shortfall';
    const elsewhere = [{ claim: packedClaim(probe('Treasurer Dana Whitlock', debt)), group: 7 }];
    for (const side of ['this week', 'Arizona', 'officials']) {
      expect(pageMatches([probe(side, debt)], [undefined], [], elsewhere)).toEqual([{ claim: 0, group: 7, score: 1, acrossSides: true, sideless: true }]);
    }
    // The claims' other features must still agree: another sum, or the claim denied, stays apart.
    expect(pageMatches([probe('this week', debt.replace('40', '25'))], [undefined], [], elsewhere)).toEqual([]);
    expect(pageMatches([probe('this week', debt.replace('borrowed', 'did not borrow'))], [undefined], [], elsewhere)).toEqual([]);
    // A country is a side (two governments' accounts of one event), never no one.
    expect(pageMatches([probe('Canada', debt)], [undefined], [], elsewhere)).toEqual([{ claim: 0, group: 7, score: 1, acrossSides: true }]);
  });

  it('compares only the claims with neither a kept group nor a strong match', () => {
    const other = { claim: packedClaim(probe(OFFICE, 'food prices rose 9 percent from a year earlier')), group: 7 };
    const page = [probe(OFFICE, 'food prices were 9 percent higher than a year earlier')];
    expect(pageMatches(page, [3], [], [other])).toEqual([]);
    expect(pageMatches(page, [undefined], [match(0, 8, 0.9)], [other])).toEqual([]);
    expect(pageMatches(page, [undefined], [match(0, 8, 0.6)], [other])).toHaveLength(1);
  });
});
