// Sides of six forms: a senator in a party the article calls split speaks for themselves, not the party;
// "Local president X" speaks for the union local the article named in full; "X County Sheriff Y" is the
// county's officer, never a jail or other body whose name opens with the county's; "A state police spokesman" speaks
// for the state police the article named; a schools superintendent for the schools, never a police force (no rank);
// "X has no plans to P, spokeswoman Y said": a spokesperson named with no employer speaks for the body the sentence opens with.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

function sidesOf(text: string, speaker: string): string[] {
  return analyze(text).claims.filter((c) => c.asserter.name === speaker).map((c) => c.asserter.side);
}

describe('members of a party the article calls split', () => {
  const text =
    'WASHINGTON — A farm bill stalled in the House on Tuesday amid a deepening split within the Republican Party over crop insurance. ' +
    'Rep. Wendell Ostrander of Nebraska, a Republican, said the cuts would bankrupt hundreds of family farms in his district. ' +
    'Rep. Cora Lindqvist of Ohio, the Republican who chairs the Agriculture Committee, said the cuts had been agreed with farm groups in March.';

  it('gives each member named their own side', () => {
    expect(sidesOf(text, 'Rep. Wendell Ostrander of Nebraska, a Republican')).toEqual(['Wendell Ostrander']);
    expect(sidesOf(text, 'Rep. Cora Lindqvist of Ohio, the Republican who chairs the Agriculture Committee')).toEqual(['Cora Lindqvist']);
  });

  it('keeps the party where the article tells of no split', () => {
    const whole = text.replace('amid a deepening split within the Republican Party over crop insurance', 'after a dispute over crop insurance');
    expect(sidesOf(whole, 'Rep. Wendell Ostrander of Nebraska, a Republican')).toEqual(['Republican Party']);
  });
});

describe('a union local called by its word alone', () => {
  it('gives "Local president X" the local named in full', () => {
    const text =
      'Bus drivers walked off the job in Toledo on Friday. The drivers are represented by Transit Drivers Local 702. ' +
      'Local president Renata Okonjo said the city had ignored safety complaints for two years.';
    expect(sidesOf(text, 'Local president Renata Okonjo')).toEqual(['Transit Drivers Local 702']);
  });
});

describe('a county named before an officer’s title', () => {
  it('never gives "X County Sheriff Y" a body whose name opens with the county’s', () => {
    const text =
      'A woman held in the county jail died at Pellam County Medical Center on Sunday, her family said. ' +
      'Pellam County Sheriff Dwight Ambrose said deputies had checked on her every hour.';
    const sides = sidesOf(text, 'Pellam County Sheriff Dwight Ambrose');
    expect(sides.length).toBeGreaterThan(0);
    expect(sides).not.toContain('Pellam County Medical Center');
  });
});

describe('an unnamed spokesperson of a body named by its kind', () => {
  it('gives "A state police spokesman" the state police the article named', () => {
    const text =
      'Two hikers were airlifted from Mount Tabor on Sunday after a rockfall, and their gear was taken to the Oregon State Police evidence unit. ' +
      'A state police spokesman said the cause of the rockfall was still being examined.';
    expect(sidesOf(text, 'A state police spokesman')).toEqual(['Oregon State Police']);
  });
});

describe('a school district’s superintendent after the police spoke', () => {
  const speaker = 'Ashford Public Schools Superintendent Dana Whitfield';

  it('gives "X Public Schools Superintendent Y" the schools the title names, not the police force', () => {
    const text =
      'A bomb threat emptied two buildings on Thursday, the Ashford Police Department said. ' +
      'Ashford Public Schools Superintendent Dana Whitfield said classes would resume on Monday.';
    expect(sidesOf(text, speaker)).toEqual(['Ashford Public Schools']);
  });

  it('gives the school named before, as for a superintendent by title alone', () => {
    const text =
      'A bomb threat emptied Ridgeline High School on Thursday, the Ashford Police Department said. ' +
      'Ashford Public Schools Superintendent Dana Whitfield said classes would resume on Monday.';
    expect(sidesOf(text, speaker)).toEqual(['Ridgeline High School']);
  });
});

describe('a spokesperson named after a sentence that opens with their body', () => {
  it('gives "spokeswoman X" the company the sentence opens with', () => {
    const text =
      'Shipments resumed at the Elkton warehouse on Monday. ' +
      'Norvane Logistics has no plans to close the site, spokeswoman Ines Caldwell said.';
    expect(sidesOf(text, 'spokeswoman Ines Caldwell')).toEqual(['Norvane Logistics']);
  });

  it('reads a rank between the role and the name ("spokesman Sgt. X")', () => {
    const text =
      'A warehouse on Route 30 burned for six hours on Tuesday. ' +
      'The Halvorsen Police Department has not ruled out arson, spokesman Sgt. Leon Brandt said.';
    expect(sidesOf(text, 'spokesman Sgt. Leon Brandt')).toEqual(['Halvorsen Police Department']);
  });
});
