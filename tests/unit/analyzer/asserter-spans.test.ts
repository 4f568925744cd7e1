// Asserter spans: a time phrase opening the clause, a list of places after a preposition and what
// an ad cost are no part of who spoke.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('a span of time before "later" opens the clause, it does not speak', () => {
  const text =
    'Hours later, the Kestrian foreign ministry repeated the accusation, saying the shelling broke the truce. ' +
    'Two days later the Kestrian army said the bridge at Orvel had fallen.';

  it('takes the subject after "Hours later,"', () => {
    expect(claim(text, 'broke the truce').asserter.name).toBe('the Kestrian foreign ministry');
  });

  it('takes the subject after "Two days later" with no comma', () => {
    expect(claim(text, 'bridge at Orvel had fallen').asserter.name).toBe('the Kestrian army');
  });
});

describe('a list of places after a preposition is no speaker', () => {
  it('gives a claim to the people the list of places describes', () => {
    const text = 'Drivers at depots in Derby, Leicester and Coventry have posted videos saying managers told them that 9 of the firm\'s 14 depots would close.';
    const who = claim(text, 'depots would close').asserter.name;
    expect(who.startsWith('Drivers')).toBe(true);
  });

  it('passes a relative clause holding a list of places', () => {
    const text = 'The new leaflet, which will go to homes in Tamworth, Lichfield and the Cannock Chase area through May, says the council "wasted £2m on consultants."';
    const who = claim(text, 'wasted').asserter.name;
    expect(who.startsWith('The new leaflet')).toBe(true);
  });
});

describe('what an ad cost is no word of its name', () => {
  it('gives "a $2 million radio ad claiming P" to the campaign that ran it', () => {
    const text = 'Republican Dale Mercer\'s campaign on Tuesday launched a $2 million radio ad claiming that his opponent had raised property taxes four times.';
    expect(claim(text, 'raised property taxes').asserter.side).toBe('Republican Party');
  });
});
