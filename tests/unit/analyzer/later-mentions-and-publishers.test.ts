import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('later mentions take the side of whom they refer to', () => {
  const briefing =
    'Det Ch Supt Ian Marsh of Northvale police has told a briefing that the van was stolen. ' +
    'He said the driver had fled on foot towards the ring road. ' +
    'Marsh added that closing the road had been "the right decision".';

  it('"He" after a ranked officer speaks for the force, never as "He"', () => {
    expect(claim(briefing, 'the driver had fled').asserter.side).toBe('Northvale Police');
  });

  it('the surname alone after a ranked officer speaks for the force', () => {
    expect(claim(briefing, 'the right decision').asserter.side).toBe('Northvale Police');
  });

  it('"Supt X" is a person, so a manager after them takes no side of theirs', () => {
    const c = claim(
      'Superintendent Karen Doyle said no bodies had been found. Supt Doyle later said every car had been accounted for. ' +
        'A volunteer at the scene said nine people were missing. Site manager Greg Hollis claimed the alarm had never gone off.',
      'the alarm had never gone off',
    );
    expect(c.asserter.side).toBe('Greg Hollis');
  });
});

describe("a town's police is the organisation '<Place> Police'", () => {
  it('"Northvale police say" speaks for Northvale Police, not for the place', () => {
    expect(claim('Northvale police say the photograph was taken at another airport.', 'the photograph was taken').asserter.side).toBe('Northvale Police');
  });

  it("a country's police stays the country's", () => {
    expect(claim('Chinese police said the man had fled the province.', 'the man had fled').asserter.side).toBe('China');
  });
});

describe('a description before a name and age is no side', () => {
  it('"Heartbroken mum X, 52" speaks for X', () => {
    expect(claim('Heartbroken mum Julie Pearce, 52, said her son had been camping with friends.', 'her son had been camping').asserter.side).toBe('Julie Pearce');
  });
});

describe('something published speaks for whoever the sentence says published it', () => {
  it('"a report on X\'s website" speaks for X', () => {
    const c = claim("The confusion came from a report on WHFT-TV's website that said E. coli had been found in the water.", 'E. coli had been found');
    expect(c.asserter.side).toBe('WHFT-TV');
  });

  it('"an account called @X" speaks for the account', () => {
    const c = claim('The image was shared on X by an account called @HarbourWatch with the caption "this is the fire at the pier RIGHT NOW".', 'this is the fire');
    expect(c.asserter.side).toContain('HarbourWatch');
  });

  it('"a post on a community Facebook page" speaks for the platform, unnamed posts stay "posts"', () => {
    const text = 'A post on a local community Facebook page had claimed that "six bodies have been found at the crossing". Posts on social media claimed the mayor had resigned.';
    expect(claim(text, 'six bodies have been found').asserter.side).toBe('Facebook');
    expect(claim(text, 'the mayor had resigned').asserter.side).toBe('posts');
  });
});

describe("an office holder's staff speak for the holder the article named in passing", () => {
  it('"The governor\'s budget director" after "Governor X\'s administration" speaks for X, not the dateline town', () => {
    const c = claim(
      "DENVER, May 14 (Reuters) - The state auditor said on Tuesday that Governor Curtis Bramwell's administration handed out contracts without bidding. " +
        "The governor's budget director, Carla Eng, said every contract had been approved under the emergency act.",
      'every contract had been approved',
    );
    expect(c.asserter.side).toBe('Curtis Bramwell');
  });
});
