import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('a ranked officer speaks for the force the phrase names', () => {
  it('"Det Ch Supt X of Northvale police" speaks for Northvale Police, not for themselves', () => {
    const c = claim('Det Ch Supt Ian Marsh of Northvale police said the van had been found abandoned near the ring road.', 'the van had been found');
    expect(c.asserter.side).toBe('Northvale Police');
  });

  it('"Harlan County Police Chief X" speaks for the force named before the rank', () => {
    const c = claim('Harlan County Police Chief Rosa Delgado said officers had made no arrests overnight.', 'officers had made no arrests');
    expect(c.asserter.side).toBe('Harlan County Police');
  });

  it('a country\'s police is no town force', () => {
    const c = claim('Chief Inspector Marco Bianchi of the Italian police said the suspect had left the country.', 'the suspect had left');
    expect(c.asserter.side).not.toBe('Italian Police');
  });
});
