// Denials said as "at no time" or by a no-one subject inside a later clause. Invented events.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('a "no" that says never', () => {
  it('reads "At no point were the nurses locked in" as a denial of their being locked in, not as a claim about points', () => {
    const text =
      'Clinic strike row\n\n' +
      'The nurses\' union, Careworkers United, said that "three of our nurses were locked in the pharmacy for most of the shift."\n\n' +
      'The owner of the Harlow Clinic, Medora Health, answered in a statement. "At no point were the nurses locked in," said Ravi Osei, a spokesman for Medora Health.';
    expect(claim(text, 'three of our nurses were locked in').status).toBe('disputed');
  });
});

describe('a no-one subject opening a later clause', () => {
  it('reads \'and "no one has been moved off the line"\' as a denial that workers were moved off it', () => {
    const text =
      'Rail depot rumours\n\n' +
      'Posts in a commuters\' forum claimed that signal technicians were moved off the northern line in March to cut costs at Vantor Rail.\n\n' +
      'The weather service said more snow was expected on Friday.\n\n' +
      'Asked about the forum, Vantor Rail spokesman Elias Brand said the company has kept the same signal team since 2020 and "no one has been moved off the line."';
    expect(claim(text, 'signal technicians were moved off').status).toBe('disputed');
  });
});
