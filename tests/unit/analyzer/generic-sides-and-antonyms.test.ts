// Generic speakers (a place's office, unnamed groups) as sides of their own; "a second gunman"
// meeting "a second attacker"; opposite words that contradict, or agree under a negation.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { claim } from './claim-holding';

const POLICE_FIRST = 'Police said two men had been arrested after the fire. ';

describe("a role owned by a place: 'the city's mayor'", () => {
  it('speaks for the place the dateline names, not for the last body that spoke', () => {
    const text = `MARLOW — ${POLICE_FIRST}The city's mayor, Joanne Ritter, said the city would hold a vigil. The town's council said it had warned residents on Monday.`;
    expect(claim(text, 'hold a vigil').asserter.side).toBe('Marlow');
    expect(claim(text, 'warned residents').asserter.side).toBe('Marlow');
  });

  it('speaks for the country the dateline names when the place is the country', () => {
    const text = `KYIV, Ukraine — ${POLICE_FIRST}The country's prime minister said the grid would be repaired within a week.`;
    expect(claim(text, 'grid would be repaired').asserter.side).toBe('Ukraine');
  });

  it('speaks for itself when no place is named', () => {
    const text = `${POLICE_FIRST}The city's mayor, Joanne Ritter, said the city would hold a vigil. The state's governor said the National Guard would be sent in.`;
    expect(claim(text, 'hold a vigil').asserter.side).toBe('Joanne Ritter');
    expect(claim(text, 'National Guard').asserter.side).toBe("state's governor");
  });

  it('leaves a firm that only works for the place to its own name', () => {
    const text = `MARLOW — The borough's auditors, Grant & Welby, warned that the council's records were incomplete.`;
    expect(claim(text, 'records were incomplete').asserter.side).not.toBe('Marlow');
  });
});

describe('a relative named in an appositive', () => {
  it("speaks for themselves, while 'her publicist' speaks for her", () => {
    const text = 'The man who died was named by police as Peter Lam, 61. His daughter, Grace Lam, said he had gone to the mall to buy a present. The singer Mara Quinn was not in hospital. Her publicist said she was at home with her family.';
    expect(claim(text, 'gone to the mall').asserter.side).toBe('Grace Lam');
    expect(claim(text, 'at home with her family').asserter.side).toBe('Mara Quinn');
  });
});

describe('unnamed groups speak for themselves', () => {
  it('takes the whole lower-cased phrase as the side, not the capital that opens the sentence', () => {
    const text = `${POLICE_FIRST}Local media reported that the barrier had cracked on Sunday. Social media users claimed that the dam had been opened deliberately. Local residents said the warning came too late. Some analysts said the repairs would take a year.`;
    expect(claim(text, 'barrier had cracked').asserter.side).toBe('local media');
    expect(claim(text, 'opened deliberately').asserter.side).toBe('social media users');
    expect(claim(text, 'warning came too late').asserter.side).toBe('local residents');
    expect(claim(text, 'repairs would take').asserter.side).toBe('analysts');
  });

  it("keeps a country's media as that country's, and people of a named body as that body's", () => {
    const text = 'Russian media reported that the bridge had been closed. Doctors at St Anne\'s Hospital said four people were being treated for burns.';
    expect(claim(text, 'bridge had been closed').asserter.side).toBe('Russia');
    expect(claim(text, 'four people were being treated').asserter.side).not.toBe("doctors");
  });

  it('does not take a long description ending in a group noun for a group', () => {
    const text = 'According to a summary the company handed to reporters, the offer would have raised pay by 14 percent.';
    const c = analyze(text).claims.find((x) => x.text.includes('raised pay'));
    expect(c?.asserter.side).not.toBe('summary the company handed to reporters');
  });

  it('ends a sentence at "in." when no number comes before it', () => {
    const text = 'The governor said the National Guard would be sent in. Local media reported that the barrier had cracked.';
    expect(claim(text, 'National Guard').text).not.toContain('Local media');
    expect(claim(text, 'barrier had cracked').asserter.side).toBe('local media');
  });
});

describe("an ordinal with its noun: 'a second gunman' / 'a second attacker'", () => {
  const denial = 'WELLSFORD — Police in Wellsford denied reports that a second gunman was on the loose after a shooting at the mall. ';

  it('lets a denied report answer the same rumour told in other words', () => {
    const text = `${denial}Superintendent Alan Brierley said officers had detained a man. Within an hour, rumours circulated on social media that a second attacker had escaped through the car park.`;
    const rumour = claim(text, 'second attacker had escaped');
    expect(rumour.status).toBe('disputed');
    // "Police in Wellsford" is the town's force, as "Police" alone would be under its dateline.
    expect(rumour.responses.some((r) => r.by.side === 'Wellsford Police')).toBe(true);
  });

  it('does not link the rumour on the event word alone', () => {
    const text = 'WELLSFORD — Police in Wellsford denied reports that a gunman was on the loose after a shooting at the mall. Superintendent Alan Brierley said officers had detained a man. Within an hour, rumours circulated on social media that an attacker had escaped through the car park.';
    expect(claim(text, 'attacker had escaped').status).toBe('uncontested');
  });

  it('does not let a rumour dispute what a named side said before it', () => {
    const text = `${denial}"There is no second shooter," Brierley told reporters. Within an hour, rumours circulated on social media that a second attacker had escaped through the car park.`;
    expect(claim(text, 'There is no second shooter').status).toBe('uncontested');
  });
});

describe('opposite words', () => {
  it('read two affirmed claims with opposite words on the same thing as a dispute', () => {
    const text = "The mall's owner, Castlegate Properties, said every exit had been opened within three minutes of the alarm. A shop assistant, Dean Howell, said the doors near the food court had stayed locked for several minutes.";
    const c = claim(text, 'every exit had been opened');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.side).toBe('Dean Howell');
  });

  it('read a negated opposite as agreement, not a dispute', () => {
    const text = 'Secretary of State Michael Adams, a Republican, said every ballot mailed in the county had been accounted for. Harlan County Clerk Donnie Hoskins said no ballots mailed in the county were missing.';
    expect(claim(text, 'every ballot mailed').status).not.toBe('disputed');
  });

  it("answer 'no official had reported P' only with a claim about officials", () => {
    const text = 'Colmon Elridge, the party\'s chairman, said no Democratic official in Harlan County had reported missing ballots. Harlan County Clerk Donnie Hoskins said no ballots were missing from the county\'s returns. But a poll worker at the county courthouse, Brenda Sizemore, said 40 ballots had been set aside on Tuesday.';
    expect(claim(text, 'no Democratic official').status).toBe('uncontested');
    expect(claim(text, 'no ballots were missing').status).toBe('disputed');
  });
});

describe("'dismissed the video'", () => {
  const text =
    'Posts sharing the video claimed that the ballots came from a Democratic-leaning precinct. Rep. Hal Rogers (R-Ky.) said he had asked the FBI to look into the video. "If ballots were thrown away, people need to go to jail," he told a local radio station. The state Democratic Party dismissed the video as "a crude fake."';

  it('answers what the video or the posts sharing it claim, not a speaker who mentions it', () => {
    expect(claim(text, 'asked the FBI').status).toBe('uncontested');
    expect(claim(text, 'If ballots were thrown away').status).toBe('uncontested');
    const posts = claim(text, 'Democratic-leaning precinct');
    expect(posts.status).toBe('disputed');
    expect(posts.responses.map((r) => r.by.side)).toContain('Democratic Party');
  });

  it("still lets 'dismissed his remarks' answer the speaker's words", () => {
    const remarks = '"If ballots were thrown away, people need to go to jail," Rep. Hal Rogers (R-Ky.) told a local radio station. The state Democratic Party dismissed his remarks as "a crude stunt."';
    expect(claim(remarks, 'If ballots were thrown away').status).toBe('disputed');
  });
});
