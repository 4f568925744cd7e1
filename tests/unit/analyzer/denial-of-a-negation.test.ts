// A denial that takes a "that" clause saying something did not happen ("it strains belief that the
// two never met") answers another side's claim that it did not, not one that something did.
// Invented events, written for these tests.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('a denial of what did not happen', () => {
  const t =
    'The mayor, Ivo Brandt, said he had never met the developer and knew nothing of the bid. "I have enough to do running this town," he said. "I do not meet developers, I do not take their calls."\n\n' +
    'Councillor Petra Lund, who leads the opposition, noted that the developer had hosted the mayor\'s fund-raiser and said it "strains belief" that the two had never met.';

  it('disputes the claim that did not happen', () => {
    expect(claim(t, 'he had never met the developer').status).toBe('disputed');
  });

  it('leaves the speaker\'s affirmed claim alone', () => {
    expect(claim(t, 'I have enough to do running this town').status).toBe('uncontested');
  });

  it('reads only the first clause of what is denied ("no evidence that P and no one was hurt")', () => {
    const u =
      'The stadium operator, Arcway Venues, said no fans had been injured in the crush at the north stand on Saturday.\n\n' +
      'The supporters\' trust, which represents season-ticket holders, said there was no evidence that stewards had opened the gates early and no fans had been injured.';
    expect(claim(u, 'no fans had been injured in the crush').status).not.toBe('disputed');
  });
});
