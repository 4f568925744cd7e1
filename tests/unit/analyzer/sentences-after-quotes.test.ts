// Sentences that open right after a closing quote: a refusal such as "Police would not discuss what
// the note said." ends on a reporting verb but is no speaker tag of the quote before it. Invented events.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/analyzer/sentences';
import { claim } from './claim-holding';

function sentencesOf(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('a sentence after a closing quote', () => {
  it('splits off a sentence whose reporting verb ends a clause of its own, for every quote style', () => {
    const refusal = 'Officials would not describe what the letter said.';
    for (const quoted of ['"a reckoning."', '\u201ca reckoning.\u201d', "''a reckoning.''"]) {
      expect(sentencesOf(`The letter warned of ${quoted} ${refusal}`)).toHaveLength(2);
    }
  });

  it('keeps a short speaker tag after a quote closed on its full stop, double or single marks', () => {
    expect(sentencesOf('"The pumps are working again." The depot manager said.')).toHaveLength(1);
    expect(sentencesOf('\u201cThe pumps are working again.\u201d A driver who saw it said.')).toHaveLength(1);
    expect(sentencesOf('\u2018The pumps are working again.\u2019 The depot manager said.')).toHaveLength(1);
  });

  it('reads a claim before a refusal to discuss it as unconfirmed', () => {
    const text =
      'A source close to the club told The Herald that the anonymous letter named the team captain and warned of trouble "before the final." ' +
      'Police would not discuss what the letter said.';
    expect(claim(text, 'named the team captain').status).toBe('unconfirmed');
  });
});
