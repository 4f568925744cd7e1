import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { claim } from './claim-holding';

describe('a role-holder\'s office', () => {
  const responders = (text: string, phrase: string) => claim(text, phrase).responses.map((r) => r.by);

  it('speaks for the person holding the role, named in the body below a headline', () => {
    const text = [
      "Mayor's office denies he was rushed to hospital after rally",
      '',
      'PORTLAND, Maine — The office of Portland Mayor Tomas Reyes on Tuesday denied reports that he had been rushed to hospital after collapsing at a rally, calling them "completely false."',
    ].join('\n');
    const bys = responders(text, 'rushed to hospital');
    const headline = bys.find((b) => b?.name === "Mayor's office");
    const body = bys.find((b) => b?.name.includes('Tomas Reyes'));
    expect(headline?.side).not.toBe('Mayor');
    expect(headline?.side).toBe(body?.side);
  });

  it('speaks for the place when no holder is named, never for the role word', () => {
    const text = [
      "Prime Minister's office denies envoys held secret talks",
      '',
      'KYIV, Ukraine — Reports that envoys had held secret talks in Istanbul last week spread on Monday.',
    ].join('\n');
    const by = analyze(text).claims.flatMap((c) => c.responses.map((r) => r.by)).find((b) => b?.name === "Prime Minister's office");
    expect(by?.side).toBe('Ukraine');
  });
});

describe('a pronoun after a person who acted', () => {
  it('"she wrote" is the woman of the previous sentence, not the office named after her', () => {
    const text = [
      'Governor denies hospital rumours',
      '',
      'SANTA FE, N.M. — The office of Gov. Ana Delgado on Tuesday denied reports that she had been taken to hospital, calling them "completely false."',
      '',
      'Delgado herself posted a photo of a cup of tea on Tuesday. "Still here and still working, thank you," she wrote.',
    ].join('\n');
    const asserter = claim(text, 'Still here and still working').asserter;
    expect(asserter.name).toMatch(/Delgado/);
    expect(asserter.name).not.toMatch(/office/i);
  });
});

describe('a short reference to a charity or aid group', () => {
  it('"the charity\'s" finds the non-governmental organisation named before', () => {
    const text =
      'The drugmaker said it could ship 50 million doses a year, a claim that drew skepticism from Doctors Without Borders. ' +
      'Pierre Lamotte, who runs the charity\'s access campaign, said the plant had never produced that many doses.';
    expect(claim(text, 'never produced that many').asserter.side).toBe('Doctors Without Borders');
  });

  it('"the aid group" finds an organisation named with its abbreviation', () => {
    const text =
      'Médecins Sans Frontières (MSF) has run a clinic in the camp since March. ' +
      'The aid group said on Friday that at least 40 children had been treated for gunshot wounds.';
    expect(claim(text, 'at least 40 children').asserter.side).toMatch(/Médecins Sans Frontières|Doctors Without Borders|MSF/);
  });

  it('"the NGO" finds the non-governmental organisation named before, not a government', () => {
    const text =
      'The health ministry said the outbreak was under control. Workers from the International Rescue Committee have been in the district for a decade. ' +
      'The NGO said on Friday that clinics had run out of oral rehydration salts.';
    expect(claim(text, 'run out of oral rehydration').asserter.side).toBe('International Rescue Committee');
  });

  it('"the aid group" finds a relief body named before', () => {
    const text =
      'The health ministry said the outbreak was under control. Workers from the International Rescue Committee have been in the district for a decade. ' +
      'The aid group said on Friday that clinics had run out of oral rehydration salts.';
    expect(claim(text, 'run out of oral rehydration').asserter.side).toBe('International Rescue Committee');
  });
});
