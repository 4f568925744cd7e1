// Support and unconfirmed without a word of answering: another side's same count of the same
// people, and another side saying the cause a claim names is not yet known.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('counts of the same thing described in other words', () => {
  it('takes "three agency nurses" and "three nurses" as one count, the later backing the earlier', () => {
    const text =
      'The Harwell Nurses Union said three agency nurses were suspended after the inspection. ' +
      'Harwell Trust said three nurses were suspended pending a review.';
    const c = claim(text, 'three agency nurses were suspended');
    expect(c.status).toBe('supported');
    expect(c.responses.map((r) => r.by.side)).toContain('Harwell Trust');
  });

  it('takes "four other drivers" as a count of drivers', () => {
    const text =
      'Ostrava police said four other drivers were fined at the checkpoint on Friday. ' +
      'The Czech Automobile Club said four drivers had been fined there.';
    expect(claim(text, 'four other drivers were fined').status).toBe('supported');
  });

  it('does not take a count of other people as the same count', () => {
    const text =
      'Ostrava police said four other drivers were fined at the checkpoint on Friday. ' +
      'The Czech Automobile Club said four passengers had been fined there.';
    expect(claim(text, 'four other drivers were fined').status).toBe('uncontested');
  });
});

describe('a cause another side says is not yet known', () => {
  it('leaves "caused by a faulty heater" unconfirmed when the fire service says the cause has not been established', () => {
    const text =
      'Brightmoor Lettings said the blaze at the flats had been caused by a faulty heater in a ground-floor unit. ' +
      'The Lindell Fire Service said the cause of the fire had not been established and that an investigation was under way.';
    const c = claim(text, 'caused by a faulty heater');
    expect(c.status).toBe('unconfirmed');
    expect(c.responses.map((r) => r.by.side)).toContain('Lindell Fire Service');
  });

  it('works when the unsettled cause is told first', () => {
    const text =
      'Transit inspectors said the cause of the derailment was not yet known. ' +
      'The Northline Rail Workers Union said the derailment had been caused by a worn rail that managers had been warned about.';
    expect(claim(text, 'caused by a worn rail').status).toBe('unconfirmed');
  });

  it('leaves a reason that names no cause of the event alone ("because of high winds")', () => {
    const text =
      'The utility said it had cut power to the line because of high winds. ' +
      'The forestry agency said the cause of the fire had not been determined.';
    expect(claim(text, 'cut power to the line').status).toBe('uncontested');
  });
});
