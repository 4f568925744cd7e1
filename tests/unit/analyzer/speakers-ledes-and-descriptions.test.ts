// Speakers named in a one-sentence lede, people met again under a description ("the Ohio
// Republican"), statements introduced on the line above ("X reports:"), and indefinite subjects of
// what was said. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { splitSentences } from '../../../lib/analyzer/sentences';
import { claim } from './claim-holding';

function headlineFlags(text: string): boolean[] {
  return splitSentences(text).map((s) => s.headline);
}

describe('a one-sentence lede below the headline', () => {
  it('is body when it tells what happened, a standfirst when it speaks in the present', () => {
    const lede = 'Rumours of harbour fire dismissed\n\nThe Marsh County Fire Service has denied rumours of a fire at the harbour.\n\nA spokeswoman said the smoke came from a barbecue.';
    expect(headlineFlags(lede)).toEqual([true, false, false]);
    const past = 'Bridge closed after crash\n\nPolice closed the Wexley bridge on Sunday.\n\nAn officer said two cars had collided.';
    expect(headlineFlags(past)).toEqual([true, false, false]);
    const standfirst = 'Bridge closed after crash\n\nPolice say two cars collided on the Wexley bridge.\n\nAn officer said on Sunday that two cars had collided near the toll booth.';
    expect(headlineFlags(standfirst)).toEqual([true, true, false]);
  });

  it('keeps "has" as a verb of its own in the present', () => {
    const text = 'Mayor praised\n\nMayor Ruth Dane has an admirer in the harbour master.\n\nThe harbour master said the port had never run better.';
    expect(headlineFlags(text)[1]).toBe(true);
  });

  it('lends its actor to a later spokesperson and short reference', () => {
    const text =
      'Harbour fire rumours false\n\nThe Marsh County Fire Service has denied rumours of a fire at the harbour.\n\n' +
      'A spokeswoman said the smoke had come from a barbecue on a moored yacht. The service said no crews had been sent to the quay.';
    expect(claim(text, 'barbecue').asserter.side).toBe('Marsh County Fire Service');
    expect(claim(text, 'no crews had been sent').asserter.side).toBe('Marsh County Fire Service');
  });

  it('takes "the force" for the police named before', () => {
    const text =
      'Shooting rumours denied\n\nWexley Police have dismissed rumours of a shooting at the bus station.\n\n' +
      'The force said the bang had come from a firework set off by teenagers.';
    const { asserter } = claim(text, 'firework');
    expect(asserter.side).toBe('Wexley Police');
  });
});

describe('a person met again under a description', () => {
  it('finds the one person whose description names the place', () => {
    const text =
      'WASHINGTON — Harlan Voss, the New York property developer, said the tax plan would kill construction jobs. ' +
      'Sen. Ada Marsh of Oregon said the plan was fair.\n\nThe New York billionaire said he would fund ads against it.';
    expect(claim(text, 'fund ads').asserter.name).toContain('Harlan Voss');
  });

  it('reads a state from its party-tag abbreviation and checks the party', () => {
    const text =
      'WASHINGTON — Rep. Dale Moss (R-Ohio) said the rail bill would raise freight costs. Rep. Ina Cole (D-Ore.) said the bill was overdue.\n\n' +
      'The Ohio Republican said the rules had been written without hearing from shippers.';
    const { asserter } = claim(text, 'without hearing from shippers');
    expect(asserter.name).toContain('Dale Moss');
    expect(asserter.side).toBe('Republican Party');
  });

  it('leaves a description that fits two people as written', () => {
    const text =
      'WASHINGTON — Rep. Dale Moss (R-Ohio) said the rail bill would raise freight costs. Rep. Carl Hine (R-Ohio) said the bill would cut jobs.\n\n' +
      'The Ohio Republican said the rules had been written without hearing from shippers.';
    expect(claim(text, 'without hearing from shippers').asserter.name).toBe('The Ohio Republican');
  });

  it('takes a role no one was given for the one person the sentences before were about', () => {
    const text =
      'WASHINGTON — Supporters of Greta Lund and Abel Carver met on Monday.\n\n' +
      "Carver's path to the nomination is narrow. Groups backing Carver say delegates should follow the voters, not Lund.\n\n" +
      'The Independent Maine senator said the fight would go on until the convention.';
    expect(claim(text, 'fight would go on').asserter.name).toContain('Carver');
  });

  it('does not take a bare role for a person who was never given it', () => {
    const text =
      'WASHINGTON — President Ruth Alder signed the order on Monday. Aides to Tom Pell met twice.\n\n' +
      'Pell spoke to Pell allies. The president said the order would stand.';
    expect(claim(text, 'order would stand').asserter.name).not.toContain('Pell');
  });
});

describe('a statement introduced on the line above', () => {
  it('gives the unquoted paragraph right below "X reports:" to X, and no more', () => {
    const text =
      'Senator faces questions\n\nWASHINGTON — Sen. Jo Hale of Ohio faced questions on Monday.\n\nThe Columbus Ledger reports:\n\n' +
      'Hale accepted more than $40,000 from executives at a defense contractor before she backed its bid.\n\n' +
      'The contract was signed in March after a year of talks between the two sides.';
    const { asserter } = claim(text, 'accepted more than $40,000');
    expect(asserter.name).toContain('Columbus Ledger');
    expect(analyze(text).claims.some((c) => c.text.includes('contract was signed in March'))).toBe(false);
  });

  it('gives a quoted paragraph below "In a statement, X said:" to X', () => {
    const text = 'Donations row\n\nWASHINGTON — Sen. Jo Hale of Ohio answered on Monday.\n\nIn a statement, Hale said:\n\n"Every donation to my campaign was legal and reported on time."';
    expect(claim(text, 'Every donation').asserter.name).toContain('Hale');
  });
});

describe('an indefinite pronoun opening what was said', () => {
  it.each([
    ['The coast guard said nobody had been hurt in the collision.', 'nobody had been hurt'],
    ['The ministry said everyone on board had been accounted for.', 'everyone on board'],
  ])('is the subject of a claim: %s', (text, phrase) => {
    expect(claim(text, phrase).text).toContain(phrase);
  });
});

describe('a short aside between the cue and its quote', () => {
  it.each([
    ['The mayor said, and I quote, "We will rebuild every house on this street."', 'rebuild every house'],
    ['The minister said, in part, "Our forces will stay in the valley until spring."', 'stay in the valley'],
  ])('does not keep the quote from its speaker: %s', (text, phrase) => {
    expect(claim(text, phrase).asserter.name).toMatch(/^The (mayor|minister)$/);
  });
});

describe("a party given with the member's state: 'X, an Idaho Republican'", () => {
  const text =
    "WASHINGTON — The House Ethics Committee said it would extend its review of Rep. Curtis Halvorsen, an Idaho Republican accused of misusing campaign funds. Halvorsen denied wrongdoing. \"The trips in question were donor events,\" he said. Halvorsen's Democratic challenger, Jenna Rourke, said she had raised $310,000 since the referral.";

  it("is the member's own party, not the party of a rival named beside him", () => {
    expect(claim(text, 'donor events').asserter.side).toBe('Republican Party');
  });

  it("still reads a party of two words as one ('a Liberal Democrat')", () => {
    const libDem = 'Ward councillor Jenny Osei, a Liberal Democrat, said the rumours showed how frightened parents had become.';
    expect(claim(libDem, 'frightened parents').asserter.side).toBe('Liberal Democrats');
  });
});

describe("a former aide who accuses the member: 'A former aide to Rep. X, D-N.J.'", () => {
  const text =
    'A former aide to Rep. Adrian Delgado, D-N.J., has told the House Ethics Committee that the congressman ordered official staff to knock on doors. The complaint was filed last month by former legislative correspondent Kyle Brannigan. "Kyle Brannigan was let go for cause," Delgado spokeswoman Priya Natarajan said in a statement.';

  it('speaks for themselves, by the name given after, not for the member’s party', () => {
    expect(claim(text, 'knock on doors').asserter.side).toBe('Kyle Brannigan');
  });

  it("leaves the member's spokeswoman with the member, named in full after his title", () => {
    expect(claim(text, 'let go for cause').asserter.side).toBe('Adrian Delgado');
  });
});
