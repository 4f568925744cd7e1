// Responses that are none: a refusal a claim tells of someone else, and a negated forecast.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('responses that answer nothing', () => {
  it('does not read "the trawler did not respond to radio calls", told by a speaker, as the speaker declining to answer', () => {
    const text =
      "A Belarusian trawler sailed two kilometres into Latvian waters on Tuesday, Latvia's State Border Guard said. " +
      "Belarus's border committee said a Latvian patrol boat had chased the trawler back without any warning. " +
      'According to the border guard, the trawler did not respond to radio calls from a Latvian patrol boat.';
    expect(claim(text, 'chased the trawler back').responses.some((r) => r.stance === 'unconfirmed')).toBe(false);
  });

  it('still reads "the company does not comment on ...", told by its spokeswoman, as a refusal', () => {
    const text =
      'The Harlow Times reported that Brenner Logistics had sold the depot to a developer. ' +
      'A Brenner spokeswoman said the company does not comment on property sales.';
    expect(claim(text, 'sold the depot').status).toBe('unconfirmed');
  });

  it('does not take "they do not expect the incident to escalate" as a denial of the other side\'s account', () => {
    const text =
      "Belarus's border committee said a Latvian patrol boat had chased the trawler back without any warning. " +
      'Officials in Riga say they do not expect the incident to escalate.';
    expect(claim(text, 'chased the trawler back').status).toBe('uncontested');
  });

  it('still takes "they never chased the trawler" as a denial by the side the account is about', () => {
    const text =
      "Belarus's border committee said a Latvian patrol boat had chased the trawler back without any warning. " +
      'Officials in Riga say they never chased the trawler.';
    expect(claim(text, 'chased the trawler back').status).toBe('disputed');
  });
});
