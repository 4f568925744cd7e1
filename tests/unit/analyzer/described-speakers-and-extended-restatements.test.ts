// A speaker described by a participle phrase ("the union representing the drivers said", "a clip watched
// more than 80,000 times claimed") is the whole phrase, not the noun or figure nearest the cue; and a side
// telling a claim again with another clause joined by "and" ("... were flooded and two roads were shut")
// tells the same claim once more: one claim, one more occurrence; so does a short claim told again a word
// or two wider ("there were no reported injuries anywhere in the valley"), with the same negations.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { claim } from './claim-holding';

describe('speakers described by a participle phrase', () => {
  it('takes "the association representing the drivers" closing the sentence as the speaker', () => {
    const text =
      'The bus drivers had worked three double shifts in a week before the depot fire, the association representing the drivers said on Friday. ' +
      'The operator, Redline Coaches, said every shift had been within its rota limits.';
    const c = claim(text, 'had worked three double shifts');
    expect(c.asserter.name).toBe('the association representing the drivers');
  });

  it('takes "a clip watched more than 80,000 times" as the speaker, not its figure', () => {
    const text =
      'Residents of Harwell Green were told to boil their water on Monday. ' +
      'Meanwhile, a clip watched more than 80,000 times claimed that the reservoir had been poisoned overnight. ' +
      'Thames Vale Water said the notice was a precaution after a burst main.';
    const c = claim(text, 'the reservoir had been poisoned');
    expect(c.asserter.name).toBe('a clip watched more than 80,000 times');
  });

  it('keeps a past verb with an object its own clause ("The council declined to comment on ...")', () => {
    const text =
      'Ward councillor Priya Desai said the landfill had leaked into Cobb Brook. ' +
      'The council declined to comment on Desai\'s claim that part of the brook had already been fenced off.';
    const asserters = analyze(text).claims.map((c) => c.asserter.name);
    expect(asserters.some((name) => name.includes('declined'))).toBe(false);
  });
});

describe('a claim told again with a clause joined by "and"', () => {
  it('counts the longer telling as one more occurrence of the shorter', () => {
    const text =
      'KEY POINTS\n' +
      'Harbour Police said at least 30 boats in the Eastquay marina were badly damaged.\n\n' +
      '9:40 a.m.\n' +
      'Harbour Police said at least 30 boats in the Eastquay marina were badly damaged and two people were treated for cuts. ' +
      'The harbour master said the marina would stay shut until Thursday.';
    const damaged = analyze(text).claims.filter((c) => c.text.includes('at least 30 boats'));
    expect(damaged).toHaveLength(1);
    expect(damaged[0]?.occurrences).toHaveLength(2);
  });

  it('keeps "P and that Q" a statement of its own, not one more telling of P', () => {
    const text =
      'Ferry operator Solent Link said none of its crossings had been cancelled on Sunday. ' +
      'A spokesman for Solent Link said none of its crossings had been cancelled on Sunday and that the new timetable would start in May.';
    expect(claim(text, 'the new timetable would start in May').occurrences).toHaveLength(1);
  });

  it('counts a later, slightly wider telling of a short claim ("anywhere in the valley") as one more occurrence', () => {
    const text =
      'LIVE: Flash flooding closes roads in Brenwick valley\n\n' +
      'Last updated 11:20 p.m.\n\n' +
      'LATEST\n' +
      'Heavy rain flooded the Brenwick valley on Monday, the National Weather Service said.\n' +
      'Brenwick Police said at least eight roads were closed.\n' +
      'There are no reported injuries, according to Brenwick Fire Rescue.\n\n' +
      '10:15 p.m.\n' +
      'Brenwick Fire Rescue spokeswoman Dana Reyes said crews were still checking the bridge.\n\n' +
      '11:05 p.m.\n' +
      'Reyes said there were no reported injuries anywhere in the valley.';
    const injuries = analyze(text).claims.filter((c) => c.text.includes('no reported injuries'));
    expect(injuries).toHaveLength(1);
    expect(injuries[0]?.occurrences).toHaveLength(2);
  });

  it('keeps a wider telling that negates otherwise a claim of its own', () => {
    const text =
      'Brenwick Fire Rescue said the north bridge was reported closed to traffic. ' +
      'Brenwick Fire Rescue later said the north bridge was never reported closed to heavy traffic.';
    expect(analyze(text).claims.filter((c) => c.text.includes('north bridge'))).toHaveLength(2);
  });
});
