// A refusal naming a thing of its own ("declined to comment on any warrant") and an outlet's "could
// not verify the account" (whose noun is no word of what was told). Invented events, written for these tests.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('a refusal whose topic is a thing a claim names', () => {
  const story =
    'The House Ethics Committee released a report on Thursday. ' +
    "The 30-page report said the mayor's foundation had paid $40,000 to a ski chalet in Aspen over three years. " +
    'The report says the foundation declined to provide bank statements sought in two requests. ' +
    "Two people familiar with the committee's work said investigators had also obtained a warrant for a storage unit in Pueblo. ";

  it('answers only the claims holding that thing ("any warrant"), not the report told before', () => {
    const t = story + 'A committee spokeswoman declined to comment on any warrant.';
    expect(claim(t, 'declined to provide bank statements').status).toBe('uncontested');
  });

  it('still answers the claims nearby when the topic is only "the allegations"', () => {
    const t = story + 'The foundation declined to comment on the allegations.';
    expect(claim(t, 'obtained a warrant').status).toBe('unconfirmed');
  });
});

describe('"could not independently verify the account"', () => {
  it('answers the account just told, not a claim that money was "accounted for"', () => {
    const t =
      'The parks director, Lena Osei, said every grant had been approved by the board. ' +
      'She said every cent was accounted for. ' +
      'A former clerk in the parks office told the Ledger that staff had been told to "send the paperwork to Hollis first." ' +
      'The Ledger could not independently verify the account.';
    expect(claim(t, 'every cent was accounted for').status).toBe('uncontested');
    expect(claim(t, 'send the paperwork').status).toBe('unconfirmed');
  });
});
