// Denials of posts answered hours later, "no sign of" a thing, and spans that count no people. Invented events.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('posts in a named group', () => {
  it('reads a no-one answer far below "Several posts in the ... group claim" as a denial of the posts', () => {
    const text =
      'Beach safety rumours\n\n' +
      'Several posts in the "Harbourside Talk" Facebook group claim that "lifeguards were taken off the north beach last month" to save money at Marlow Council.\n\n' +
      'The coastguard said the tide would peak at 4 p.m. on Saturday.\n\n' +
      'Forecaster Ana Ruiz said winds could reach 40 mph overnight.\n\n' +
      'The ferry operator said the morning sailings would run as planned.\n\n' +
      'A lifeboat volunteer said the new boathouse would open in June.\n\n' +
      'The harbourmaster said two moorings had been damaged last winter.\n\n' +
      'Marlow Council spokesman Idris Kell said on Sunday that the council has kept the same eight lifeguards since 2018 and "nobody has been taken off anything."';
    expect(claim(text, 'lifeguards were taken off').status).toBe('disputed');
  });
});

describe('"no sign of" a thing', () => {
  it('reads "no sign of any structural failure" as a denial that the bridge failed', () => {
    const text =
      'Footbridge scare\n\n' +
      'Callers to Radio Tarn said the Orwell footbridge had failed during the flood.\n\n' +
      'The county engineer, Petra Lund, said after an inspection that there was "no sign of any structural failure" on the span.';
    expect(claim(text, 'the Orwell footbridge had failed').status).toBe('disputed');
  });
});

describe('a span counts no people', () => {
  it('does not read "over three days of protests, nobody was hurt" as a count of people hurt', () => {
    const text =
      'Depot protest\n\n' +
      'The drivers\' union said nobody was hurt in the protests at the Kelso bus depot.\n\n' +
      'Police in Kelso said that over three days of protests at the bus depot nobody was hurt.';
    expect(claim(text, 'nobody was hurt in the protests').status).not.toBe('disputed');
  });
});
