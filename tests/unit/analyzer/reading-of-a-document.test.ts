// "said that reading of the memo was wrong" answers what the memo is told to say, not a claim that
// happens to share a word with the sentence. Invented events, written for these tests.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('a reading of a named document', () => {
  const t =
    'The Harlow Tenants Union said the landlord had raised rents in every block. Tenants have argued that repair requests went unanswered for months before managers intervened.\n\n' +
    'According to an internal memo obtained by the union and described in its letter to the council, a property manager told workers in March to "let the boiler tickets sit" until after the sale closed.\n\n' +
    'A spokesman for Castlemere Homes, speaking on condition of anonymity to discuss repair requests, said that reading of the memo was wrong.';

  it('disputes what the memo is told to say', () => {
    expect(claim(t, 'a property manager told workers in March').status).toBe('disputed');
  });

  it('leaves the claim sharing only a word of the sentence', () => {
    expect(claim(t, 'repair requests went unanswered for months').status).toBe('uncontested');
  });
});
