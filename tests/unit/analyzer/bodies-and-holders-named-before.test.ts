// Whose body a speaker's description names: a body cut to its opening words before a title, the role holder
// the article named ("the senator's aide"), and several of a group counted before ("Two of them").
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

function sidesOf(text: string, speaker: string): string[] {
  return analyze(text).claims.filter((c) => c.asserter.name === speaker).map((c) => c.asserter.side);
}

describe('a body named by its opening words before a title', () => {
  it('gives "Marlowe Valley President Dr. X" the body the article named in full, not a later one', () => {
    const text =
      'A plan to cut funding for Marlowe Valley University touched off a feud with the school on Tuesday. ' +
      'Marlowe Valley President Dr. Irene Pastor told lawmakers that the cut would close three of its libraries. ' +
      'The Marlowe Valley Staff Union said it would strike in May.';
    expect(sidesOf(text, 'Marlowe Valley President Dr. Irene Pastor')).toEqual(['Marlowe Valley University']);
  });
});

describe('the role holder the article named', () => {
  it('gives "the senator\'s press secretary" the senator named, not "a senator" in a quote', () => {
    const text =
      'Sen. Howard Quillen bought shares in two shipping firms before the tariff vote, a watchdog said on Monday. ' +
      '"This is the pattern the law was meant to end. A senator hears the plan first and buys the same day," said Lena Pryce, who wrote the review. ' +
      'Tomas Hirsch, the senator\'s press secretary, said the shares were bought by an adviser.';
    expect(sidesOf(text, "Tomas Hirsch, the senator's press secretary")).toEqual(['Howard Quillen']);
  });
});

describe('several of a group counted before', () => {
  it('gives "Two of them" the side of the group they are picked from', () => {
    const text =
      'The Ellery port authority hid a spill last year, according to four people familiar with the harbour logs. ' +
      'Two of them said the spill was reported to the board in August.';
    expect(sidesOf(text, 'Two of them')).toEqual(['people familiar with the harbour logs']);
  });
});

describe('"the group" the article named', () => {
  it('is the body the article called a group, not a company whose name ends in "Group"', () => {
    const text =
      'The complaint, filed by the Clean Ballot Alliance, a Denver group that tracks election spending, says the fund\'s printer, Orrin Print Group, ' +
      'was paid twice. "The money went round in a circle," said Petra Lund, the group\'s policy director.';
    expect(sidesOf(text, "Petra Lund, the group's policy director")).toEqual(['Clean Ballot Alliance']);
  });

  it('may be a body named as a project', () => {
    const text =
      'Gov. Amos Reddin moved $2 million into a road fund days before the vote, the review by the Fairwater Ledger Project found. ' +
      'The Interstate Highway Agency\'s closure of the bridge, which lasted a month, cost the region millions. ' +
      '"Nobody else knew the vote was coming," said Hana Ozawa, the group\'s research director.';
    expect(sidesOf(text, "Hana Ozawa, the group's research director")).toEqual(['Fairwater Ledger Project']);
  });
});
