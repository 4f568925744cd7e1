// Sending, circulating and distributing are one act: "the memo was never circulated to landlords" is
// answered by "it had been sent to at least 12 landlords", with or without the records that show it.
// Invented events.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

const opening = 'Housing memo\n\nThe Housing Department wrote a memo on rent subsidies in March.\n\n';
const denial = 'Department spokeswoman Ana Ruiz said the memo was never circulated to landlords.\n\n';

describe('sending and circulating as one act', () => {
  it('takes "emails showed it had been sent to 12 landlords" as disputing "never circulated to landlords"', () => {
    const text = opening + denial + 'Mark Hale, a Democratic state senator, said emails obtained by his office showed it had been sent to at least 12 landlords in April.';
    const c = claim(text, 'never circulated to landlords');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.name).toContain('Mark Hale');
  });

  it('takes "had been distributed to landlords" as disputing it too', () => {
    const text = opening + denial + 'Mark Hale, a Democratic state senator, said it had been distributed to at least 12 landlords in April.';
    expect(claim(text, 'never circulated to landlords').status).toBe('disputed');
  });

  it('leaves the denial alone when the records show another act', () => {
    const text = opening + denial + 'Mark Hale, a Democratic state senator, said emails obtained by his office showed landlords had complained about rents in April.';
    expect(claim(text, 'never circulated to landlords').status).toBe('uncontested');
  });
});
