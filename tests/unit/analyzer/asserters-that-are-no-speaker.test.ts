// Who asserts: the speaker's own phrase, never the cue, a word of what was said, or a clause the tagger misread.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

const asserterOf = (text: string, words: string) => analyze(text).claims.find((c) => c.text.includes(words))?.asserter.name;

describe('a cue after an aside on its subject', () => {
  it('reads "claims" after the aside as the verb of the noun before it', () => {
    const text = 'Harbour fire\n\nA video from a page called @DocksideWatch, which has about 12,000 followers, claims that two tugboats sank near the pier. Police have not confirmed it.';
    expect(asserterOf(text, 'two tugboats sank')).toContain('DocksideWatch');
  });

  it('passes over a long participle aside', () => {
    const text = 'Mill blast\n\nThe union\'s message, forwarded dozens of times over the course of the evening, claims that the whole east wing burned down.';
    expect(asserterOf(text, 'east wing burned down')).toContain('union');
  });

  it('keeps a quoted name inside the subject\'s phrase', () => {
    const text = 'Mill blast\n\nA post in the "Riverside Neighbours Forum" group said that the whole east wing had burned down.';
    expect(asserterOf(text, 'east wing had burned down')).toContain('post');
  });

  it("leaves a nickname inside a person's name to the name", () => {
    const text = 'Stadium scare\n\nCommentator Rob "The Anvil" Keane said that the gates had been locked for an hour.';
    expect(asserterOf(text, 'gates had been locked')).not.toContain('Commentator');
  });
});

describe('a noun phrase inside what describes the speaker', () => {
  it('takes the described opening, not the object of its relative clause', () => {
    const text = 'Parole row\n\nThe detective who sent Dara Lowe to prison for a fatal drunken-driving crash said Monday that the parole board never asked for his view.';
    expect(asserterOf(text, 'parole board never asked')).toContain('detective');
  });

  it('does not read a quote opening on an adverb as the subject\'s own', () => {
    const text = 'Dam breach\n\nHollis Brandt, 52, who was fishing below the spillway, said the wall "simply split down the middle, like a dropped plate." He ran.';
    expect(asserterOf(text, 'split down the middle')).toContain('Hollis Brandt');
  });

  it('does not take a number before a participle as the one who issued the document', () => {
    const text = 'Campus alarm\n\nOne heavily forwarded message said a janitor had been "trapped in the boiler room."';
    expect(asserterOf(text, 'janitor had been')).toBe('message');
  });

  it('starts the subject at a possessive after a noun the tagger misread', () => {
    const text = 'Ward race\n\nBank records show her campaign reported no rent payments for the storefront office that spring.';
    expect(asserterOf(text, 'no rent payments')).toBe('her campaign');
  });

  it("gives a remark on the content to its speaker, not to the content's", () => {
    const text = 'Depot dispute\n\nThe firm reported no payments to its drivers between June and August of that year, a fact the union\'s lawyer, Dana Ward, said "tells you everything about it."';
    expect(asserterOf(text, 'tells you everything')).toContain('Dana Ward');
    expect(analyze(text).claims.find((c) => c.text.includes('no payments'))?.text).not.toContain('Dana Ward');
  });

  it('leaves the noun summing up the content out of the remarking speaker', () => {
    const text = 'Depot dispute\n\nThe firm reported a loss of 2 million dollars for the year, a fact Hartley\'s treasurer, Rhea Collins, said "does not add up at all."';
    expect(asserterOf(text, 'does not add up')).toBe("Hartley's treasurer, Rhea Collins");
  });
});

describe('a report and the one it ran on', () => {
  it('gives a report set apart with a particular carrier to the carrier', () => {
    const text = 'Tunnel scare\n\nThe early reports, aired on a regional television channel minutes after the alarm sounded, said a train was stuck inside.';
    expect(asserterOf(text, 'train was stuck inside')).toBe('a regional television channel');
  });

  it('keeps a report spread on no particular carrier its own', () => {
    const text = 'Tunnel scare\n\nThe early reports, spread on social media minutes after the alarm sounded, said a train was stuck inside.';
    expect(asserterOf(text, 'train was stuck inside')).toBe('The early reports');
  });

  it('gives a report on a particular site to that site', () => {
    const text = 'Airport scare\n\nPolice have rejected a report on a gossip blog that a pilot had been detained at the gate.';
    expect(asserterOf(text, 'pilot had been detained')).toBe('gossip blog');
  });
});
