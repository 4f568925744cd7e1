// A reported clause whose subject carries a long aside ("the van, driven by a night-shift employee of contractor
// Norrland, struck ...", "the cost, before freight and storage, had risen") is still what was said; "has told how P"
// tells an account, as tabloids word a witness's claim; "began by telling Y that P" is the subject's claim;
// "a statement saying records showed P" keeps P; "X's earlier post" is no cue verb.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

const texts = (text: string) => analyze(text).claims.map((c) => c.text);

describe("a subject's long participle aside", () => {
  it('reads past a hyphenated agent', () => {
    const text = 'Depot crash\n\nThe transit authority said the van, driven by a night-shift employee of contractor Norrland, struck the gate at 40 mph.';
    expect(texts(text)).toEqual(['the van, driven by a night-shift employee of contractor Norrland, struck the gate at 40 mph']);
  });

  it('reads past a place and a time', () => {
    const text = 'Water tests\n\nThe utility says its sampling stations, placed along the river below the mill since early Tuesday, have found no trace of diesel.';
    expect(texts(text)).toEqual(['its sampling stations, placed along the river below the mill since early Tuesday, have found no trace of diesel']);
  });
});

describe("a subject's aside joining two nouns", () => {
  it('reads past it when the verb follows', () => {
    const text = 'Grain prices\n\nThe cooperative said the cost of feed, before freight and storage, had risen by a fifth since spring.';
    expect(texts(text)).toEqual(['the cost of feed, before freight and storage, had risen by a fifth since spring']);
  });
});

describe('a figure in money inside the subject', () => {
  it('reads "for tenants paying over $1,500 a month" as part of it', () => {
    const text = 'Rents\n\nThe council said its scheme to cap rents for tenants paying over $1,500 a month would start in January.';
    expect(texts(text)).toEqual(['its scheme to cap rents for tenants paying over $1,500 a month would start in January']);
  });
});

describe('"X opened by telling Y that P"', () => {
  it('gives the claim to the subject of the act the cue describes', () => {
    const text = 'Mayoral forum\n\nChallenger Ines Marlow began by telling the crowd at the union hall that property taxes had doubled since 2019.';
    const [claim, ...rest] = analyze(text).claims;
    expect(rest).toEqual([]);
    expect(claim?.text).toBe('property taxes had doubled since 2019');
    expect(claim?.asserter.name).toBe('Challenger Ines Marlow');
  });
});

describe('"a statement saying figures showed P"', () => {
  it('keeps the clause the evidence verb takes', () => {
    const text = 'School buses\n\nThe district issued a statement saying state records showed late arrivals had fallen by half this year.';
    expect(texts(text)).toEqual(['state records showed late arrivals had fallen by half this year']);
  });

  it('still ends the claim at the verb of the sentence', () => {
    const text = 'Hostages\n\nA message claiming the ledger showed the ransom had been paid was shared 9,000 times.';
    expect(texts(text)).toEqual(['the ledger showed the ransom had been paid']);
  });
});

describe('"has told how P"', () => {
  it('takes the account as the claim', () => {
    const text = 'Flood rescue\n\nA pensioner has told how she was trapped on the roof of her bungalow for nine hours before a lifeboat crew reached her.';
    expect(texts(text)).toEqual(['she was trapped on the roof of her bungalow for nine hours before a lifeboat crew reached her']);
  });

  it('leaves "how much" and a way explained to someone', () => {
    expect(texts('Repairs\n\nThe landlord told how much the new boiler had cost.')).toEqual([]);
    expect(texts('Merger\n\nThe chief executive told analysts how the merger would be financed.')).toEqual([]);
  });
});

describe("a cue after a noun's possessive", () => {
  it('is the possessed noun, not the verb of a clause running through the aside', () => {
    const text = "Bridge rumour\n\nHarlow's earlier post, viewed thousands of times since Sunday night, insisted that the bridge had cracked.";
    expect(texts(text).some((t) => t.startsWith('viewed'))).toBe(false);
  });
});
