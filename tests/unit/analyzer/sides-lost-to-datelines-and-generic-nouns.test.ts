// Rumour coverage: sides lost to a wire dateline ended by a hyphen, to a generic
// noun ("the site", "the club", "the spot"), to a web address cut at its dot, to a demonym before
// an outlet, to a name inside the quote before "he wrote", and to a "Melbourne-based" company.
// Invented events.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('names and sides', () => {
  it('ends a dateline at a spaced hyphen after a place in capitals', () => {
    const text = 'Cranes down\n\nTBILISI, May 2 - Port officials in Batumi said on Tuesday that two cranes had collapsed in a storm.';
    expect(claim(text, 'two cranes had collapsed').asserter.name).toMatch(/^Port officials/);
    // An age's hyphens after the place end nothing.
    const age = 'Crash\n\nDUNDEE, June 4 - A 19-year-old cyclist told police that a van had forced him off the road.';
    expect(claim(age, 'forced him off the road').asserter.name).toContain('19-year-old cyclist');
  });

  it("gives a society named after its country its own name, not the country's", () => {
    const text = 'Floods\n\nThe Kenya Red Cross Society said on Sunday that 14 people had been rescued from rooftops.';
    expect(claim(text, '14 people had been rescued').asserter.side).toBe('Kenya Red Cross Society');
  });

  it('keeps an outlet named by its web address whole', () => {
    const text = 'Minister\n\nPolish portal Onet.pl, citing two aides, reported on Monday that the minister had offered to resign.';
    expect(claim(text, 'had offered to resign').asserter.side).toBe('Onet.pl');
  });

  it('gives a daily described by a regional demonym its own name', () => {
    const text = 'Coach\n\nThe Flemish daily De Standaard reported on Friday that the club had sacked its coach after the derby.';
    expect(claim(text, 'sacked its coach').asserter.side).toBe('De Standaard');
  });

  it('does not take a name inside the quote for the "he" after it', () => {
    const text =
      'Transfer talk\n\nThe midfielder\'s adviser, Piet Janssen, was blunt. "Nothing is signed. Marta Vos stays with us all season," he wrote on Instagram.';
    expect(claim(text, 'stays with us all season').asserter.name).toContain('Piet Janssen');
  });

  it("gives the player's agent the player's side", () => {
    const text =
      'Ferri to Porto?\n\nMidfielder Luca Ferri is close to a move to Porto, according to reports in Italy. Ferri has played 40 games this season.\n\n' +
      'The player\'s agent, Dario Rossi, said that no offer had been received.';
    expect(claim(text, 'no offer had been received').asserter.side).toContain('Ferri');
  });

  it('takes "the site" for the site the article named right after the word', () => {
    const text =
      'Split rumours\n\nThe couple have split, according to a post on the gossip site Celebwire.\n\nThe site said the pair had not been seen together since March.';
    expect(claim(text, 'had not been seen together').asserter.side).toBe('Celebwire');
  });

  it('takes "the club" for the body that opened a sentence just before', () => {
    const text =
      'Striker stays\n\nOlimpija Sava were quick to react on Monday. "Jonas has a contract until 2028. Nobody has made a bid," the club said in a statement.';
    expect(claim(text, 'Nobody has made a bid').asserter.side).toBe('Olimpija Sava');
  });

  it('takes no side from a quantified subject inside a quote ("No club has paid")', () => {
    const text =
      'Striker stays\n\nOlimpija Sava were quick to react. "Jonas is ours. No club has paid his release fee," the club said in a statement.\n\n' +
      'Dinamo Brod declined to comment. A club spokesman said only that Dinamo Brod "never discusses other teams\' players."';
    expect(claim(text, 'never discusses other teams').asserter.side).not.toBe('No');
  });

  it("gives an ad and a later \"spot\" the side of the campaign that released it", () => {
    const text =
      'Farm ad\n\nDemocratic challenger Amy Roberts\' campaign released a radio ad on Friday claiming that Rep. Dan Cole had voted against every farm bill since 2015.\n\n' +
      'The 60-second spot, which will run across the state, also says that Cole missed a hearing on rural hospitals.';
    const ad = claim(text, 'voted against every farm bill');
    const spot = claim(text, 'missed a hearing on rural hospitals');
    expect(ad.asserter.side).not.toMatch(/\bad$/);
    expect(spot.asserter.side).toBe(ad.asserter.side);
  });

  it('reads "Brisbane-based X" as X', () => {
    const text =
      'Heater row\n\nIn a report published on Monday, SAFEHOME said three of the eight heaters it tested had overheated.\n\n' +
      'Brisbane-based Kora Heating rejected the findings. "No heater of ours has ever overheated," the company said in a statement.';
    expect(claim(text, 'has ever overheated').asserter.side).toBe('Kora Heating');
  });

  it('gives officials of a town described as a local government that town', () => {
    const text =
      'Flooding\n\nDUBLIN, Feb 9 - Officials in Dunmore, the rural municipality in the far west of Ireland where the river burst its banks, said that 30 homes had flooded.';
    expect(claim(text, '30 homes had flooded').asserter.side).toBe('Dunmore');
  });
});

describe('status', () => {
  it('does not read "None of the figures could be verified" as support', () => {
    const text =
      'Quake toll\n\nThe provincial governor said on Sunday that 12 people had died in the quake.\n\nNone of the figures could be independently verified.';
    expect(claim(text, '12 people had died').status).not.toBe('supported');
  });
});
