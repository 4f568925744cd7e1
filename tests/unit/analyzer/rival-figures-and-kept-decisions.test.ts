// Disputes without a word of denial: another side's figure for the same count, and a party standing by what it did.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('rival figures', () => {
  it('takes "police put the number at about 35,000" as disputing the organisers\' 200,000', () => {
    const text =
      'The Federation of Tenants said 200,000 people took part in the march through Lyon. ' +
      'Lyon police put the number at about 35,000.';
    const c = claim(text, '200,000 people took part');
    expect(c.status).toBe('disputed');
    expect(c.responses.map((r) => r.by.side)).toContain('Lyon Police');
  });

  it('takes "counted about 1,400" as a rival figure too', () => {
    const text =
      'The drivers\' association said 4,000 lorries were stuck at the border crossing. ' +
      'The customs service counted about 1,400 on Tuesday evening.';
    expect(claim(text, '4,000 lorries were stuck').status).toBe('disputed');
  });

  it('does not take a figure put on another thing ("the cost of repairs") as a rival count', () => {
    const text =
      'Grain traders said the berth had handled 3,000 tonnes a week until April. ' +
      'The council put the cost of repairs at 9,000 pounds a day.';
    expect(claim(text, 'handled 3,000 tonnes').status).toBe('uncontested');
  });

  it('does not take a figure of another order ("five days" against 1,100 trucks) as a rival count', () => {
    const text =
      'The carriers said some drivers had waited five days at the crossing. ' +
      'The border guard put the number at around 1,100.';
    expect(claim(text, 'waited five days').status).toBe('uncontested');
  });

  it('does not take a figure close to the first ("put the figure at about 30,000" against 31,000) as a rival count', () => {
    const text =
      'The operator said 31,000 containers were stuck at the port. ' +
      'The port authority put the figure at about 30,000.';
    expect(claim(text, '31,000 containers').status).toBe('uncontested');
  });
});

describe('a party standing by what it did', () => {
  it('takes "The council stood by its decision" right after another side\'s challenge as disputing it', () => {
    const text =
      'The union said the closure broke the council\'s own rules on consultation. ' +
      'The council stood by its decision.';
    const c = claim(text, 'broke the council');
    expect(c.status).toBe('disputed');
    expect(c.responses.map((r) => r.by.side)).toContain('council');
  });

  it('does not dispute a claim of its own side when it stands by its decision', () => {
    const text =
      'The council said the berth had failed two structural surveys. ' +
      'The council stood by its decision.';
    expect(claim(text, 'failed two structural surveys').status).toBe('uncontested');
  });

  it('does not dispute another side\'s claim right before it that is not about the party', () => {
    const text =
      'Grain traders said prices had risen by a tenth since April. ' +
      'The council stood by its decision.';
    expect(claim(text, 'prices had risen').status).toBe('uncontested');
  });

  it('takes "Asked about the sediment samples, X stood by its original report" as disputing the first claim naming them', () => {
    const text =
      'The River Trust said its sediment samples below the outfall held high levels of zinc. ' +
      'A trust chemist said the samples were taken on three separate days. ' +
      'Asked about the sediment samples, a spokesman for Corran Mining said the company stood by its original report that the outfall was clean.';
    const c = claim(text, 'held high levels of zinc');
    expect(c.status).toBe('disputed');
    expect(c.responses.map((r) => r.by.side)).toContain('Corran Mining');
    expect(claim(text, 'taken on three separate days').status).toBe('uncontested');
  });

  it('does not take a stand asked about one thing as disputing another side\'s claim about something else', () => {
    const text =
      'The River Trust said the outfall pipe had cracked in March. ' +
      'Asked about the sediment samples, a spokesman for Corran Mining said the company stood by its original report that the outfall was clean.';
    expect(claim(text, 'had cracked in March').status).toBe('uncontested');
  });
});

describe('rival figures in words, and put above or below', () => {
  it('takes "puts the number higher: it says 12 bodies" as disputing "nine people were dead", in a sentence that claims too', () => {
    const text =
      'Nine people were dead, according to the police. ' +
      'Ridgeway General Hospital puts the number higher: it says 12 bodies were brought to its mortuary on Sunday.';
    const c = claim(text, 'Nine people were dead');
    expect(c.status).toBe('disputed');
    expect(c.responses.map((r) => r.by.name)).toContain('Ridgeway General Hospital');
  });

  it('reads "a dozen" as 12 against a figure in digits', () => {
    const text =
      'The ferry company said 40 passengers were treated for smoke inhalation. ' +
      'The coastguard put the number at about a dozen.';
    expect(claim(text, '40 passengers').status).toBe('disputed');
  });

  it('does not take the same figure repeated in words ("puts the number at nine") as a rival count', () => {
    const text =
      'Police said 9 people were dead after the fire. ' +
      'Ridgeway General Hospital put the number at nine.';
    expect(claim(text, '9 people were dead').status).toBe('uncontested');
  });

  it('does not take a figure put higher on another thing ("puts the cost higher") as a rival count', () => {
    const text =
      'Nine people were dead, according to the police. ' +
      'The insurers put the cost higher: they say 12 million pounds of damage was done.';
    expect(claim(text, 'Nine people were dead').status).toBe('uncontested');
  });

  it('does not take a figure of another time, far off in order, as a rival count', () => {
    const text =
      'Nine people were dead, according to the police. ' +
      'The federation put the number of deaths in the 2001 crush at 126.';
    expect(claim(text, 'Nine people were dead').status).toBe('uncontested');
  });
});
