// Rumour coverage: doping reports, election-fraud claims, celebrity splits, ransomware
// claims and airline incidents first told on social media.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('claims a tagger hides', () => {
  it('finds "X alleged on Sunday that P", the cue read as an adjective, past a time phrase', () => {
    const c = claim('The UPND alleged on Sunday that ballots had been dumped near a polling station.', 'ballots had been dumped');
    expect(c.asserter.name).toBe('The UPND');
  });

  it('finds a claim whose subject ends with a bracketed short name: "X (UPND) alleged that P"', () => {
    const c = claim('The United Party for National Development (UPND) alleged that ballots had been dumped near a polling station.', 'ballots had been dumped');
    expect(c.asserter.side).toBe('United Party for National Development');
  });

  it('ends a nominal claim before ", saying Q", which the dismisser says', () => {
    const text = 'The commission has rejected claims by the opposition that the count was rigged, saying every result had been checked by agents.';
    const rigged = claim(text, 'the count was rigged');
    expect(rigged.text).not.toContain('saying');
    expect(rigged.asserter.name).toBe('the opposition');
    expect(claim(text, 'every result had been checked').asserter.name).toBe('The commission');
  });
});

describe('answers', () => {
  it('reads "X denied that." as a denial of the claim just made, whoever the claim names', () => {
    const text = 'Mr Kaunda said the opposition had signed the forms at every station. Ms Imenda denied that.';
    const c = claim(text, 'signed the forms');
    expect(c.status).toBe('disputed');
    expect(c.responses.map((r) => r.by.name)).toEqual(['Ms Imenda']);
  });
});

describe('sides', () => {
  it('gives "A company spokeswoman, X" the company just named, never a group described in lower case', () => {
    const text =
      'A ransomware group said it had stolen the data of two million customers of the parcel company Swiftline. ' +
      'Swiftline said its investigation had found no sign of any theft. ' +
      'A company spokeswoman, Helen Marsh, said the attack had affected only a few internal systems.';
    expect(claim(text, 'a few internal systems').asserter.side).toBe('Swiftline');
  });

  it('does not take "a ransomware group", a description, for "the company"', () => {
    const text =
      'Hackers claim to have stolen customer data from parcel firm Swiftline\n\n' +
      'Ransomware gang posts sample files; company says there is "no evidence" any personal data was taken\n\n' +
      'A ransomware group has claimed responsibility for a cyber attack.';
    expect(claim(text, 'any personal data was taken').asserter.side).not.toBe('A ransomware group');
  });

  it('names a body by the name an appositive gives it: "The group, which calls itself Nightjar,"', () => {
    const text = 'The group, which calls itself Nightjar, said it had taken 1.4 terabytes of files.';
    expect(claim(text, '1.4 terabytes').asserter.side).toBe('Nightjar');
  });

  it('gives "Another passenger, X of Decatur" the passenger\'s own name as side', () => {
    const text = 'Another passenger, Marcus Greene of Decatur, told The Associated Press that the captain had made an announcement.';
    expect(claim(text, 'made an announcement').asserter.side).toBe('Marcus Greene');
  });

  it('takes "But a second source close to the couple" for a source, not the couple', () => {
    const c = claim('But a second source close to the couple told E! News that Marlowe had missed the games.', 'missed the games');
    expect(c.asserter.name).toBe('a second source close to the couple');
    expect(c.asserter.side).toBe('source close to the couple');
  });

  it('takes a sport beside a country for the national federation ("Athletics Kenya"), not the country', () => {
    const c = claim('Athletics Kenya president Jackson Tuwei said the federation had asked its lawyers to examine the report.', 'asked its lawyers');
    expect(c.asserter.side).toBe('Athletics Kenya');
    expect(claim('Kenya Police said the ballots had been moved to a store.', 'moved to a store').asserter.side).toBe('Kenya');
  });

  it('gives the US departments written "Department of X" the United States', () => {
    const c = claim('A Department of Defense spokesman said no order had been given to withdraw the troops.', 'no order had been given');
    expect(c.asserter.side).toBe('United States');
  });

  it('gives "the singer\'s longtime publicist, X" the side of the singer the article is about', () => {
    const text =
      "Jenna Marlowe's publicist is shutting down reports that the pop star has separated from her husband. " +
      '"Jenna and Cole are happier than ever," the singer\'s longtime publicist, Dana Whitfield, told People on Wednesday.';
    expect(claim(text, 'happier than ever').asserter.side).toBe('Jenna Marlowe');
  });
});
