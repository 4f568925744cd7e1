import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('a place in a speaker description is no side', () => {
  it('people from a place, or of a neighbourhood, speak for themselves', () => {
    const hiker = claim('A kayaker from Ashby Falls told reporters that the river had risen two feet overnight.', 'the river had risen');
    expect(hiker.asserter.side).toBe('kayaker');
    const residents = claim('Two residents of the Quarry Hill neighbourhood told the paper that the sirens had sounded twice.', 'the sirens had sounded');
    expect(residents.asserter.side).toBe('residents');
  });

  it('what came from a source, uncounted, is no person from a place', () => {
    const c = claim('The jet circled the field twice before landing, according to radar data from SkyRoute.', 'circled the field twice');
    expect(c.asserter.side).not.toBe('radar data');
  });

  it('"of" a name with no place noun after it is left to the other rules', () => {
    const c = claim('Supporters of Dunmore Rovers said the stand would be rebuilt by August.', 'the stand would be rebuilt');
    expect(c.asserter.side).not.toBe('Supporters');
  });

  it('a local outlet described by its town is the outlet, not the town', () => {
    const c = claim('A Tarnow radio station reported that the dam gates had been opened.', 'the dam gates had been opened');
    expect(c.asserter.side).toBe('A Tarnow radio station');
  });
});
