// Counter-claims told without a word of denial: one event against more of it, an account of a thing
// against what another side said of that thing (what it said did not happen too), and what a claim
// says happened instead ("had not died but had been admitted") against its denial.
// Invented events, written for these tests.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('one event against more of it', () => {
  const text =
    'Fire Chief Dana Holm said there was one explosion at the Eastbank plant on Tuesday. ' +
    'She said the noise residents heard later was a relief valve. ' +
    'Several residents of the Riverside district told the Courier they had heard two blasts an hour apart.';

  it('disputes the claim of a single event', () => {
    const c = claim(text, 'there was one explosion');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.name).toContain('residents');
  });

  it('disputes the claim of more, told after it', () => {
    expect(claim(text, 'they had heard two blasts').status).toBe('disputed');
  });

  it('leaves alone two counts of different events', () => {
    const t =
      'Fire Chief Dana Holm said there was one explosion at the Eastbank plant on Tuesday. ' +
      'Several residents of the Riverside district told the Courier they had seen two ambulances leave the site.';
    expect(claim(t, 'there was one explosion').status).toBe('uncontested');
  });

  it('lets no rumour answer the official count', () => {
    const t =
      'Rumours spread online that a second explosion had torn through the Eastbank plant. ' +
      'Fire Chief Dana Holm said there was one explosion and it was under control.';
    expect(claim(t, 'there was one explosion').status).toBe('uncontested');
    expect(claim(t, 'a second explosion had torn').status).toBe('disputed');
  });
});

describe('a different account of a thing', () => {
  const text =
    'The Harlow Valley Railway said none of the nine tank cars carrying chlorine had been breached, and that the fire involved cars loaded with timber. ' +
    'Mayor Ines Cobb said the evacuation would last until Friday. ' +
    'State Fire Marshal Peter Lund gave a different account of the tank cars later in the day.';

  it('answers what the other side said did not happen to that thing', () => {
    const c = claim(text, 'none of the nine tank cars');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.name).toContain('Lund');
  });

  it('not what that side said of something else', () => {
    expect(claim(text, 'the fire involved cars loaded with timber').status).toBe('uncontested');
  });
});

describe('what a claim says happened instead', () => {
  const text =
    'A gossip site, The Lantern, reported that Mr. Ames had not died but had been admitted to the intensive care unit at Lakeside Hospital. ' +
    'His agent, Rosa Vint, said Mr. Ames had gone home on Friday. ' +
    '"He has not been in intensive care, at Lakeside or anywhere else," she said.';

  it('is disputed by a denial of it', () => {
    const c = claim(text, 'admitted to the intensive care unit');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.name).toContain('Vint');
  });

  it('is not disputed by a denial of something else', () => {
    const t =
      'A gossip site, The Lantern, reported that Mr. Ames had not died but had been admitted to the intensive care unit at Lakeside Hospital. ' +
      '"He has not been on any flight this week," his agent, Rosa Vint, said.';
    expect(claim(t, 'admitted to the intensive care unit').status).not.toBe('disputed');
  });
});
