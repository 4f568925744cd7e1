// Forms of attribution found missing in real political coverage: a speaker with a place phrase or
// a participle after an inverted cue, a participle cue opening the sentence, "As X noted, P",
// "X reports Name will ...", progressive cues and cues of responding, commenting and clarifying.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { claim } from './claim-holding';

/** A dateline lede first, so that the sentence under test is body text, not a headline. */
const body = (sentence: string): string => `WASHINGTON — The campaign said it had raised money on Monday.\n\n${sentence}\n`;

describe('inverted cues', () => {
  it('lets a place or time phrase close \'"P," said X in an interview.\'', () => {
    const c = claim(body('"At this point, I don\'t think there is bad publicity," said Atlantic City Mayor Don Guardian in a telephone interview.'), 'bad publicity');
    expect(c.asserter.name).toBe('Atlantic City Mayor Don Guardian');
  });

  it('keeps a participle phrase describing the speaker: \'said the base chief known as Bob, speaking ...\'', () => {
    const c = claim(body('"There never was a stand-down order," said the base chief known as Bob, speaking publicly for the first time.'), 'stand-down order');
    expect(c.asserter.name).toBe('the base chief known as Bob');
  });
});

describe('cues around the clause', () => {
  it('reads "Noting that P, X ..." as X saying P', () => {
    const c = claim(body('Noting that both Reagan and Trump battled staunch opposition from the media, Schlafly put her finger on one facet of the campaign.'), 'battled staunch opposition');
    expect(c.asserter.name).toBe('Schlafly');
  });

  it('reads "As the paper noted, P" as the paper saying P', () => {
    const c = claim(body('As the paper noted, it is surprising because Trump has not always had good things to say about China.'), 'it is surprising');
    expect(c.asserter.name).toBe('the paper');
  });

  it('reads "X reports Name will ..." and "X reports: P" as X reporting', () => {
    expect(claim(body('The Washington Times reports Beck will endorse Sen. Ted Cruz at a rally in Iowa on Saturday.'), 'Beck will endorse').asserter.name).toBe('The Washington Times');
    expect(claim(body('Fox News reports: at least four classified emails had their markings changed.'), 'four classified emails').asserter.name).toBe('Fox News');
  });

  it('reads a progressive cue ("is saying he won\'t ...") as a cue, not a passive', () => {
    const c = claim(body('Mr. Murdoch is enjoying his new role and is saying he won\'t rush into picking a successor to Mr. Ailes.'), 'rush into picking a successor');
    expect(c.asserter.name).toBe('Mr. Murdoch');
  });

  it('knows the cues of responding, commenting and clarifying', () => {
    expect(claim(body('"No, I meant he\'s the founder of ISIS," Trump responded.'), 'founder of ISIS').asserter.name).toBe('Trump');
    expect(claim(body('A campaign aide later clarified that Clinton misspoke and intended to say something else.'), 'Clinton misspoke').asserter.name).toBe('A campaign aide');
    expect(claim(body('"The market will recover by the spring," one trader commented.'), 'market will recover').asserter.name).toBe('one trader');
  });

  it('still reads "declined to comment" and "did not comment" as no claim', () => {
    const { claims } = analyze(body('The ministry declined to comment on the report. The embassy did not comment on the arrests of the two men.'));
    expect(claims.map((c) => c.text)).toEqual(['it had raised money on Monday']);
  });
});

describe('the plain form of a cue after a plural subject', () => {
  it('reads "The unions claim the board broke ..." as a claim, whatever the tagger made of "claim"', () => {
    const c = claim(body('The unions claim the board broke the 2019 pay agreement, which capped overtime at ten hours a week.'), 'the board broke the 2019 pay agreement');
    expect(c.asserter.name).toContain('unions');
  });

  it('leaves a cue with no clause after it', () => {
    const texts = analyze(body('The unions claim the money for their members.')).claims.map((c) => c.text);
    expect(texts.some((t) => t.includes('money for their members'))).toBe(false);
  });
});
