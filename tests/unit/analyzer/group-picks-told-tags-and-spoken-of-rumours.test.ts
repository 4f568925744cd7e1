// Claims the reading lost or cut wrong: a speaker picked from a group named before ("Two of them said
// P"), a tag naming whom it was told to set in the middle of the claim ("Of X, she told the board, P"),
// and a rumour noun whose "that" opens a relative clause in which others speak of it, with the day they
// spoke between their verb and the rest ("rumours of a leak that firefighters said on Monday had never
// occurred"); and a time phrase after the cue, skipped whole ("said this week P") but kept when it is
// the content's subject ("said next year would ...", "said late fees had ...").
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

const only = (text: string) => {
  const [claim, ...rest] = analyze(text).claims;
  expect(rest).toEqual([]);
  return claim;
};

describe('a speaker picked from a group', () => {
  it('"Two of them said P" is a claim of the two', () => {
    const claim = only('Depot inspection\n\nFour inspectors visited the tram depot last month. Two of them said the emergency brakes had been disabled for weeks.');
    expect(claim?.text).toBe('the emergency brakes had been disabled for weeks');
    expect(claim?.asserter.name).toBe('Two of them');
  });

  it('"Most of them told reporters P" likewise', () => {
    const claim = only('Ward closures\n\nNurses from three wards met the board. Most of them told reporters that the night shifts were understaffed.');
    expect(claim?.text).toBe('the night shifts were understaffed');
    expect(claim?.asserter.name).toBe('Most of them');
  });
});

describe('a tag naming whom it was told to, in the middle of the claim', () => {
  it('"Of the 90 beds, she told the board, only 12 ..." is one claim around the tag', () => {
    const claim = only('Hospital beds\n\nThe director disputed the figure. Of the 90 beds, she told the board, only 12 are staffed at night.');
    expect(claim?.text).toContain('only 12 are staffed at night');
    expect(claim?.asserter.name).toBe('she');
  });
});

describe('a rumour spoken of in a relative clause', () => {
  it('"rumours of a leak that firefighters said on Monday had never occurred" is no rumour whose content is "firefighters said on Monday"', () => {
    const claim = only('Gas scare\n\nParents kept children home after rumours of a gas leak that firefighters said on Monday had never occurred.');
    expect(claim?.text).toBe('had never occurred');
    expect(claim?.asserter.name).toBe('firefighters');
  });

  it('"a video that officials said on Friday showed P": the officials speak past the day they spoke', () => {
    const claim = only('Storm clip\n\nViewers shared a video that officials said on Friday showed an older storm.');
    expect(claim?.text).toBe('showed an older storm');
    expect(claim?.asserter.name).toBe('officials');
  });
});

describe('a time phrase after the cue', () => {
  it('"said this week P" leaves the whole time phrase out of the claim', () => {
    expect(only('Levy\n\nThe treasurer said this week the levy would rise in April.')?.text).toBe('the levy would rise in April');
  });

  it('keeps it when a verb follows, as it is then what the claim is about', () => {
    expect(only('Levy\n\nThe treasurer said next year would bring a deficit of four million.')?.text).toBe('next year would bring a deficit of four million');
    expect(only('Levy\n\nThe treasurer said late fees had tripled since the spring.')?.text).toBe('late fees had tripled since the spring');
  });
});
