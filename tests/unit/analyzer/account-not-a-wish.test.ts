// "gave a different account" answers what the speaker said happened, not what the speaker wants
// ("I want every passenger to know that ..."). Invented events, written for these tests.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('a different account, after a speaker\'s wish', () => {
  const t =
    'The harbour master, Colm Ridley, said the ferry had left port twenty minutes late because the loading ramp jammed. "The crew did everything by the book," he said. "I want every passenger on that crossing to know that their fares will be refunded."\n\n' +
    'Anna Vesely, the ferry operator\'s safety director, gave a different account.';

  it('disputes what the speaker said happened', () => {
    expect(claim(t, 'the ferry had left port twenty minutes late').status).toBe('disputed');
  });

  it('leaves what the speaker wants undisputed', () => {
    expect(claim(t, 'I want every passenger on that crossing to know').status).toBe('uncontested');
  });
});
