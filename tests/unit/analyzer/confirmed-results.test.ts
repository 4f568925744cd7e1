// "X confirmed the result": a test's result is told as a figure, so the backer confirms the claim
// that gave one, not an earlier claim sharing the words of what the backer goes on to say.
// Invented events, written for these tests.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('"confirmed the result" backs the claim that gave the result', () => {
  const t =
    'The county health department said its inspectors had found no mould anywhere outside the east wing of Larkfield Primary School. ' +
    'Two of nine air samples taken on Monday showed high spore counts, according to inspector Dana Whitlow. ' +
    'She said such counts are common after a flood. ' +
    'The school board chair, Mark Ostrander, confirmed the result and said it was why the east wing would stay shut.';

  it('backs "two of nine air samples showed high spore counts"', () => {
    expect(claim(t, 'Two of nine air samples').status).toBe('supported');
  });

  it('leaves "found no mould anywhere outside the east wing" uncontested', () => {
    expect(claim(t, 'found no mould anywhere outside the east wing').status).toBe('uncontested');
  });
});
