// One party on both sides: in an article about one party's primary the party tells no rival apart, so each rival
// (and their staff and campaign) speaks for themselves; the party's own officers and the other party still speak as parties.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

function sidesOf(text: string, speaker: string): string[] {
  return analyze(text).claims.filter((c) => c.asserter.name === speaker).map((c) => c.asserter.side);
}

const PRIMARY =
  'DENVER — The two Republicans left in Colorado\'s gubernatorial primary traded charges on Monday over a ranch sale. ' +
  'State Sen. Harlan Quist said that Rep. Odette Brannock had sold the ranch to a lobbyist below its price. ' +
  'Rep. Odette Brannock said the sale was approved by a county assessor. ' +
  'Her campaign manager, Vince Apodaca, said the lobbyist had paid the full price. ' +
  'Party spokesman Dale Kessler said the party would not take sides before the June vote. ' +
  'The state Democratic Party chairman, Lucia Ferro, said both Republicans had backed the same tax cut. ' +
  'Polls show Republican primary voters split evenly.';

describe('rivals in one party\'s primary', () => {
  it('gives a rival named with a title their own name, not the party of the primary', () => {
    expect(sidesOf(PRIMARY, 'Rep. Odette Brannock')).toEqual(['Odette Brannock']);
  });

  it('gives a rival\'s campaign manager the rival', () => {
    expect(sidesOf(PRIMARY, 'Her campaign manager, Vince Apodaca')).toEqual(['Odette Brannock']);
  });

  it('leaves the party\'s spokesman and the other party\'s chairman their parties', () => {
    expect(sidesOf(PRIMARY, 'Party spokesman Dale Kessler')).toEqual(['Republican Party']);
    expect(sidesOf(PRIMARY, 'The state Democratic Party chairman, Lucia Ferro')).toEqual(['Democratic Party']);
  });

  it('leaves one the article tags with the party their party', () => {
    // Naming no other party, the article leaves no party given to a surname; the appositive still tags him.
    const text = `${PRIMARY.replace(/ The state Democratic Party chairman[^.]*\./, '')} Senator Royce Delacroix, Republican of Utah, said the race would stay civil.`;
    expect(sidesOf(text, 'Senator Royce Delacroix, Republican of Utah')).toEqual(['Republican Party']);
  });

  it('leaves a legislator in an article about no primary the party that spoke before', () => {
    const text = PRIMARY.replace(/ gubernatorial primary/, ' governor\'s race').replace(' Polls show Republican primary voters split evenly.', '');
    expect(sidesOf(text, 'Rep. Odette Brannock')).not.toEqual(['Odette Brannock']);
  });
});

describe('a spokeswoman named for a rival by surname', () => {
  it('speaks for that rival, not for the one whose description named the rival in a relative clause', () => {
    const text =
      'PORTLAND, Maine — A super PAC backing Ines Vautrin spent $3 million on ads in May, filings show. ' +
      'Ms. Vautrin, a former mayor who is locked in a close Democratic primary with Representative Rafe Olund, said the group acted alone. ' +
      'The Olund campaign pounced on the filings. ' +
      '"She owes voters an answer," said Greta Solheim, an Olund spokeswoman.';
    expect(sidesOf(text, 'Greta Solheim, an Olund spokeswoman')).toEqual(['Rafe Olund']);
  });
});
