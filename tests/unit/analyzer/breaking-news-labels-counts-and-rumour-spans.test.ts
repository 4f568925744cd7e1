// Attribution forms of breaking-news and rumour coverage: a quote after "said in an emailed statement:",
// a live-blog label before "P, police say", a passive quote with its outlet ("were quoted by local media
// as saying P"), a quote before "a man was heard saying", a confirmed count as an object ("confirmed 12
// new cases"), a rumour whose content ends at its own verb group ("Rumours that P spread quickly"),
// "X speculated that P", a witness's "described hearing P", and "X later retracted the claim that P".
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { claim } from './claim-holding';

/** A dateline lede first, so that the sentence under test is body text, not a headline. */
const body = (sentence: string): string => `TARVIN, Mont. — Roads were closed across the valley on Friday.\n\n${sentence}\n`;

describe('a quote after a statement described by a participle', () => {
  it('reads only the quote after "said in an emailed statement:"', () => {
    const c = claim(body('A spokeswoman for Corbel Mining said in an emailed statement: "The tailings dam is stable."'), 'tailings dam');
    expect(c.text).toBe('The tailings dam is stable');
    expect(c.asserter.name).toBe('A spokeswoman for Corbel Mining');
  });

  it('does so after "a written statement" too', () => {
    expect(claim(body('The school board said in a written statement: "No pupil was in the building."'), 'No pupil').text).toBe('No pupil was in the building');
  });
});

describe('live-blog labels', () => {
  it('leaves "BREAKING:" and "Update 2:" out of what the source said', () => {
    expect(claim(body('BREAKING: A gas main has ruptured on Fenn Street, firefighters say.'), 'gas main').text).toBe('A gas main has ruptured on Fenn Street');
    expect(claim(body('Update 2: Three families have been moved to a shelter, the county said.'), 'Three families').text).toBe('Three families have been moved to a shelter');
  });

  it('keeps a clause with its own verb before the colon', () => {
    expect(claim(body('The rule is simple: no one crosses the bridge, deputies said.'), 'no one crosses').text).toContain('The rule is simple');
  });
});

describe('passive quotes with their outlet', () => {
  it('reads "X were quoted by local media as saying P" as X saying P', () => {
    expect(claim(body('Rescuers were quoted by local radio as saying the cabin had been empty.'), 'the cabin had been empty').asserter.name).toBe('Rescuers');
    expect(claim(body('The warden was quoted in the Courier as saying the inmates had been recaptured.'), 'recaptured').asserter.name).toBe('The warden');
  });

  it('reads a quote before "a man was heard saying"', () => {
    const c = claim(body('"The whole roof is coming down," a man was heard saying.'), 'roof is coming down');
    expect(c.asserter.name).toBe('a man');
  });
});

describe('confirmed counts', () => {
  it('reads "confirmed 12 new cases" as the confirmer\'s count', () => {
    const c = claim(body('State health officials confirmed 14 new cases on Thursday.'), '14 new cases');
    expect(c.asserter.name).toBe('State health officials');
    expect(claim(body('The regional authority confirmed three more deaths overnight.'), 'three more deaths').asserter.name).toBe('The regional authority');
  });

  it('reads nothing into a confirmed time or appointment', () => {
    for (const sentence of ['Organisers confirmed 7 p.m. as the start of the vigil.', 'The club confirmed the appointment of a new coach.']) {
      expect(analyze(body(sentence)).claims, sentence).toEqual([]);
    }
  });
});

describe('rumours that end at their own verb group', () => {
  it('ends "Rumours that the mill would shut spread quickly" at the rumour', () => {
    expect(claim(body('Rumours that the mill would shut spread quickly through the valley.'), 'the mill would shut').text).toBe('the mill would shut');
  });

  it('keeps "had spread" inside the rumour', () => {
    expect(claim(body('Reports that the blaze had spread were false, the fire chief said.'), 'the blaze had spread').text).toBe('the blaze had spread');
  });
});

describe('speculation, witness accounts and retracted claims', () => {
  it('reads "X speculated that P" as X\'s claim, and "not to speculate" as none', () => {
    expect(claim(body('Several commentators speculated that the transformer had been hit by lightning.'), 'hit by lightning').asserter.name).toBe('Several commentators');
    expect(analyze(body('The sheriff urged residents not to speculate about the cause.')).claims).toEqual([]);
  });

  it('reads "Witnesses described hearing P" as the witnesses\' account, but not "described hearing the news as a blow"', () => {
    const c = claim(body('Two hikers described hearing a loud crack before the slope gave way.'), 'a loud crack');
    expect(c.asserter.name).toBe('Two hikers');
    expect(c.text).toBe('hearing a loud crack before the slope gave way');
    expect(analyze(body('The manager described hearing the verdict as a blow to the whole staff.')).claims).toEqual([]);
  });

  it('gives "X later retracted the claim that P" to X', () => {
    expect(claim(body('The blogger later retracted the claim that the reservoir had been poisoned.'), 'reservoir had been poisoned').asserter.name).toBe('The blogger');
  });
});
