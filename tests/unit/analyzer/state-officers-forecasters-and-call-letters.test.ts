// An officer of a US state's administration named by title alone (or one who speaks for such an office)
// acts for the dateline's state, never the party that spoke last; a forecaster with no service named
// speaks for the service named just before; a station's call letters name the employer; a company
// spokesman speaks for the business described just before; an officer's name drops the office's place.
// Invented events.
import { describe, expect, it } from 'vitest';
import { usStateNamed } from '../../../lib/analyzer/side-names';
import { claim } from './claim-holding';

describe('state officers, forecasters and call letters', () => {
  it('reads the state of a dateline whose agency follows it', () => {
    expect(usStateNamed('Ore. (Ap)')).toBe('Oregon');
    expect(usStateNamed('Ore.')).toBe('Oregon');
  });

  it('gives an attorney general named by title the dateline state, not the party that spoke before', () => {
    const text =
      'SALEM, Ore. (AP) — Nine counties sued the state on Tuesday over a new gravel tax.\n\n' +
      'Republican Gov. Hollis Brandt said the tax would pay for rural roads.\n\n' +
      'Attorney General Wendell Ashcombe, whose office must defend the tax, said the counties had waited too long to object.';
    expect(claim(text, 'waited too long to object').asserter.side).toBe('Oregon');
  });

  it('gives a spokeswoman for the secretary of state the dateline state, not herself', () => {
    const text =
      'MONTPELIER, Vt. (AP) — A candidate asked a panel on Monday to strike her rival from the ballot.\n\n' +
      'Corinne Albee, a spokeswoman for the secretary of state, said the panel would rule by Friday.';
    expect(claim(text, 'would rule by Friday').asserter.side).toBe('Vermont');
  });

  it('gives the director of a state office named by its kind the dateline state, not himself', () => {
    const text =
      'PIERRE, S.D. (AP) — A grain elevator collapsed on Monday near the river.\n\n' +
      'Ansel Toivonen, director of the state grain inspection office, said the bins had been overfilled for weeks.';
    expect(claim(text, 'overfilled for weeks').asserter.side).toBe('South Dakota');
  });

  it('keeps the party the article gives a state officer', () => {
    const text =
      'SALEM, Ore. (AP) — Nine counties sued the state on Tuesday over a new gravel tax.\n\n' +
      'Attorney General Wendell Ashcombe, a Democrat, said the counties had waited too long to object.';
    expect(claim(text, 'waited too long to object').asserter.side).toBe('Democratic Party');
  });

  it('names one met as "she" by the words after her title, never the place her office is of', () => {
    const text =
      'BISMARCK, N.D. — Two counties clashed on Tuesday with County Auditor Renata Falkowski over the ballots.\n\n' +
      'Falkowski, a Democrat, has said the count balances. In a letter last week, she wrote that a clerical error caused the gap.';
    expect(claim(text, 'clerical error caused the gap').asserter.name).toBe('Renata Falkowski');
  });

  it('gives a forecaster with no service named the service named just before', () => {
    const text =
      'Hail flattens orchards\n\nThe Pinecrest Weather Bureau issued a storm warning for the valley on Sunday.\n\n' +
      '"The cells are moving faster than we expected," duty forecaster Maren Holt said.';
    expect(claim(text, 'moving faster than we expected').asserter.side).toBe('Pinecrest Weather Bureau');
  });

  it('gives a company spokesman the business described just before, though it never spoke', () => {
    const text =
      'Blast damages homes\n\nQuarry operator Veldmark Stone reopened the pit in 2019. ' +
      '"Only two homes were damaged," company spokeswoman Ilse Brandvold said.';
    expect(claim(text, 'Only two homes were damaged').asserter.side).toBe('Veldmark Stone');
  });

  it('gives a titled person of a station named by its call letters the station', () => {
    const text = 'Debate moderator corrected\n\nAnchor Delphine Okoro of KWTZ-TV said the senator had cited the wrong figure.';
    expect(claim(text, 'cited the wrong figure').asserter.side).toBe('KWTZ-TV');
  });

  it('gives a station staffer named after its call letters the station', () => {
    const text =
      'Station corrects debate figure\n\nKPRV news director Alma Quist said in a statement that the moderator had quoted the wrong year.';
    expect(claim(text, 'quoted the wrong year').asserter.side).toBe('KPRV');
  });
});
