import { describe, expect, it } from 'vitest';
import { chooseGroups, mayCorroborate, type GroupMatch } from '../../../lib/history/corroboration';

const match = (claim: number, group: number, score: number): GroupMatch => ({ claim, group, score });
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

describe('mayCorroborate', () => {
  it('asks for the pages carrying the groups only when a weak match and a second matched claim exist', () => {
    expect(mayCorroborate([undefined, undefined], [match(0, 7, 0.6)])).toBe(false);
    expect(mayCorroborate([undefined, undefined], [match(0, 7, 0.9), match(1, 8, 0.85)])).toBe(false);
    expect(mayCorroborate([undefined, undefined], [match(0, 7, 0.6), match(0, 8, 0.5)])).toBe(false);
    expect(mayCorroborate([undefined, undefined], [match(0, 7, 0.6), match(1, 8, 0.9)])).toBe(true);
    expect(mayCorroborate([3, undefined], [match(1, 8, 0.6)])).toBe(true);
  });
});
