// A country's word after "of" in the name of a body of members is part of the name: the body is its own side.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

const sideOf = (text: string, key: string): string => claim(text, key).asserter.side;

describe('a body of members named "of" a country', () => {
  const text =
    'The regional president of the Union of Canadian Correctional Officers, Trent Hale, said two guards were held for an hour. ' +
    'A leader of the United Mine Workers of America, Tom Reese, said the miners had complained for weeks. ' +
    'The Bank of Canada said rates would rise in the spring.';

  it('gives "Union of Canadian ..." its own name, not Canada', () => {
    expect(sideOf(text, 'two guards were held')).toBe('Union of Canadian Correctional Officers');
  });

  it('gives "United Mine Workers of America" its own name, not the United States', () => {
    expect(sideOf(text, 'miners had complained')).toBe('United Mine Workers of America');
  });

  it('still gives a body of state "of" a country the country', () => {
    expect(sideOf(text, 'rates would rise')).toBe('Canada');
  });
});

describe('a report by a person', () => {
  const text =
    'The 96-page report by State Auditor Denise Harrow found that at least $6.4 million went to a contractor. ' +
    'A report by Reuters said the plant had closed in March.';

  it('gives the author named as a person their own name, not the titled phrase', () => {
    expect(sideOf(text, '$6.4 million went to a contractor')).toBe('Denise Harrow');
  });

  it('still gives an outlet named after "by" the outlet', () => {
    expect(sideOf(text, 'the plant had closed')).toBe('Reuters');
  });
});
