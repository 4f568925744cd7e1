// Sides that are never a title, a name cut short or another speaker's phrase: a person speaking for
// themselves under a title the role tables do not hold, a body's name holding a number, a list or
// a country's word, an officer's title run on from their force's name, a kind of body before a title.
import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../lib/analyzer/discourse';
import { lexiconTag } from '../../../lib/analyzer/nlp';
import { type Sentence, splitSentences } from '../../../lib/analyzer/sentences';
import { isTitleBeforeName, looksLikePerson } from '../../../lib/analyzer/side-names';
import { personName } from '../../../lib/analyzer/sides/names';
import { claim } from './claim-holding';

const sideOf = (text: string, key: string): string => claim(text, key).asserter.side;

describe('a title the role tables do not hold, known to the language model as a noun', () => {
  it('reads the lexicon out of context', () => {
    expect(lexiconTag('alderman')).toBe('NOUN');
    expect(lexiconTag('without')).not.toBe('NOUN');
    expect(lexiconTag('qwzxtrel')).toBeNull();
  });

  it('is no part of the person\u2019s name', () => {
    expect(personName('County Councilwoman Rosalind Quarrie')).toBe('Rosalind Quarrie');
    expect(personName('Assemblywoman Tamsin Okereke')).toBe('Tamsin Okereke');
    expect(looksLikePerson('township Trustee Ignatius Brannock')).toBe(true);
  });

  it('is never a first name, a word of a body\u2019s or a place\u2019s name, nor followed by more nouns', () => {
    expect(personName('Elizabeth Ann Fenwright')).toBe('Elizabeth Ann Fenwright');
    expect(isTitleBeforeName(['Doctors', 'Without', 'Borders'], 0)).toBe(false);
    expect(isTitleBeforeName(['Mill', 'Pond', 'Bridge'], 0)).toBe(false);
    expect(isTitleBeforeName(['Councilwoman', 'Rosalind', 'Quarrie', 'said'], 0)).toBe(false);
  });

  it('leaves the person their name alone as their side', () => {
    const text = 'BRANNOCK FALLS, Ind. \u2014 City Councilwoman Rosalind Quarrie, who represents the north ward, said the bridge had been closed for a month without notice.';
    expect(sideOf(text, 'closed for a month')).toBe('Rosalind Quarrie');
  });

  it('speaks for the person even where a government word describes the office', () => {
    const text =
      'State officials said the dam was sound. ' +
      'In a post on Friday, state Assemblywoman Tamsin Okereke wrote that "water is already over the spillway" and asked residents to leave. ' +
      'Okereke later said the county had ignored three warnings.';
    expect(sideOf(text, 'over the spillway')).toBe('Tamsin Okereke');
    expect(sideOf(text, 'ignored three warnings')).toBe('Tamsin Okereke');
  });

  it('is a person, not a body, before the body they are of', () => {
    expect(personName('Forecaster Colette Varga of KQPT-TV')).toBe('Colette Varga');
    expect(looksLikePerson('Forecaster Colette Varga of KQPT-TV')).toBe(true);
  });
});

describe('a party named inside a member\u2019s phrase', () => {
  it('is the side of a Canadian New Democrat', () => {
    const text = 'Manitoba NDP MLA Ruben Kessock, whose riding takes in the reserve, said on Tuesday that the clinic had been short of nurses since spring.';
    expect(sideOf(text, 'short of nurses')).toBe('New Democratic Party');
  });
});

describe('a body\u2019s name is never cut short', () => {
  it('keeps the number of a district of a union', () => {
    const text = 'Members of IBEW District 9 walked out at the Carrow plant on Monday. "The pumps were never fixed," IBEW District 9 organizer Wade Tollefsen said.';
    expect(sideOf(text, 'pumps were never fixed')).toBe('IBEW District 9');
  });

  it('keeps the list of a remit past its commas', () => {
    const text = 'Eleven workers were hurt, according to the Ohio Bureau of Workplace Health, Safety and Compensation.';
    expect(sideOf(text, 'Eleven workers were hurt')).toBe("Ohio Bureau of Workplace Health, Safety and Compensation");
  });

  it('keeps a body of members named with a country\u2019s word and "of" a place its own, with its article or not', () => {
    const text = 'The Canadian Union of Postal Workers of Alberta said it had received complaints from 40 carriers.';
    expect(sideOf(text, 'received complaints')).toBe('Canadian Union of Postal Workers of Alberta');
    expect(sideOf(text.replace(/^The /, ''), 'received complaints')).toBe('Canadian Union of Postal Workers of Alberta');
  });

  it('keeps a body named with a county and "and" whole, not two people', () => {
    const text = 'The climbers were found on a ridge, according to Teller County Search and Rescue.';
    const names = namedEntities(text, splitSentences(text)[0] as Sentence, () => true).map((e) => e.name);
    expect(names).toContain('Teller County Search and Rescue');
  });
});

describe('a speaker never takes another speaker\u2019s phrase as their side', () => {
  it('finds the force before an officer\u2019s title, not the officer\u2019s whole phrase', () => {
    const text =
      'Ashgrove Transit Police Inspector Odette Fairbairn told reporters that officers had fired no shots. ' +
      'A transit police spokesman, Sgt. Amos Keach, said the suspect had been armed.';
    expect(sideOf(text, 'the suspect had been armed')).toBe('Ashgrove Transit Police');
  });

  it('never takes a person under their title for a body a word of it may mean', () => {
    const text =
      'The 40-page audit by State Comptroller Gideon Ashworth found that $2 million had been paid without bids. ' +
      'A clerk in the state\u2019s purchasing office, who asked not to be named, said the contracts had been signed in a single afternoon.';
    expect(sideOf(text, 'signed in a single afternoon')).not.toMatch(/Ashworth/);
  });

  it('gives one who left a body and is never named their description', () => {
    const text =
      'The 40-page audit by State Comptroller Gideon Ashworth found that $2 million had been paid without bids. ' +
      'A former staffer for the state\u2019s purchasing office, who asked not to be named, said the contracts had been signed in a single afternoon.';
    expect(sideOf(text, 'signed in a single afternoon')).toBe('former staffer for the state\u2019s purchasing office');
  });

  it('gives a kind of body before a capitalised title the body the article named in full', () => {
    const text =
      'St. Oswin\u2019s Hospital said it had treated nine children for rashes. ' +
      'The Dunmere Valley Water Authority said the supply met every standard. ' +
      'Authority General Manager Petra Lindqvist said the rashes had nothing to do with the water.';
    expect(sideOf(text, 'nothing to do with the water')).toBe('Dunmere Valley Water Authority');
  });
});
