// Which sentences are claims: a speaker described at length, a rumour only known of, a rumour running into the sentence's verb.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

const claims = (text: string) => analyze(text).claims.map((c) => ({ text: c.text, asserter: c.asserter.name }));
const texts = (text: string) => analyze(text).claims.map((c) => c.text);

describe('a speaker described before the cue', () => {
  it('reads the main "said" after a relative clause holding a verb and a request', () => {
    const text = 'Lockdown\n\nA senior who was in the library during the alarm and asked that her name not be used said she had seen smoke near the gym.';
    expect(claims(text)).toEqual([{ text: 'she had seen smoke near the gym', asserter: expect.stringMatching(/^A senior/) }]);
  });

  it('reads "X who was there said P"', () => {
    const text = 'Fire\n\nA neighbour who was there said the flames reached the roof within minutes.';
    expect(texts(text)).toEqual(['the flames reached the roof within minutes']);
  });

  it('reads a long participle phrase set off by commas as the subject\'s description', () => {
    const text =
      'Dam scare\n\nThe early bulletins, aired on two regional television channels shortly after a long stretch of the old canal wall gave way near the Fenwick Road lock at 6:15 on Monday evening, said a freight barge had sunk with it.';
    expect(claims(text)).toEqual([{ text: 'a freight barge had sunk with it', asserter: 'The early bulletins' }]);
  });
});

describe('rumours inside what was said', () => {
  it('does not take "was aware of posts claiming P" as a claim of its own', () => {
    const text = 'Mall scare\n\nThe chief said his officers were aware of online posts claiming that a cleaner had fired a pistol.';
    expect(claims(text)).toEqual([{ text: 'a cleaner had fired a pistol', asserter: 'online posts' }]);
  });

  it('ends a rumour at the sentence\'s own verb the tagger read as an adjective', () => {
    const text = 'Lockdown\n\nThe school was closed, and Snapchat posts claiming a teacher had been shot sent hundreds of parents racing to the gates.';
    expect(texts(text)).toEqual(['a teacher had been shot']);
  });
});
