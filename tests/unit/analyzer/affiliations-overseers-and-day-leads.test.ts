// Who a person speaks for (issue 4, round 11): a surname widens to the name given before the "of" of a person's body;
// a body "calling itself X" in an appositive is X; "the council" is no other body of state, "the regulator" never the
// company it oversees; a day opening the clause is no part of the speaker; a country's code after a body's name is
// part of that name.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('affiliations, overseers and day leads', () => {
  it('a surname is the person named before the "of" of their body', () => {
    const text = `Paper retracted\n\nThe study, led by Professor Elena Rusk of Halverston University's Institute for Brain Ageing, was retracted on Monday. Rusk, through her lawyer, said she accepted the retraction.`;
    expect(claim(text, 'accepted the retraction').asserter.side).toBe('Elena Rusk');
  });

  it('"a second group, calling itself X," is X, not the group named before', () => {
    const text = `Blast claim\n\nA group calling itself the Black Flag Front claimed the attack on the depot, police said. A second group, calling itself Red Dawn, said it had planted the device.`;
    const c = claim(text, 'planted the device');
    expect(c.asserter.name).toBe('Red Dawn');
    expect(c.asserter.side).toBe('Red Dawn');
    // A person "known as" an alias still speaks for the group.
    const alias = `Hostages freed\n\nThe Red Dawn group freed the seven men on Saturday. Its commander, known as Comandante Yesid, said the men had been let go near the border.`;
    expect(claim(alias, 'let go near the border').asserter.side).not.toBe('Comandante Yesid');
  });

  it('"the council" is not the police that spoke before', () => {
    const text = `Road closure\n\nPolice said the bridge would stay shut until Friday after the crash. The council said repairs to the railings would cost about £40,000.`;
    expect(claim(text, 'repairs to the railings').asserter.side).not.toBe('Police');
  });

  it('"the regulator" is never the company it oversees', () => {
    const text = `Water bills\n\nThames Water said the outage had been caused by a burst main. The regulator said it would investigate whether the company had breached its licence.`;
    expect(claim(text, 'breached its licence').asserter.side).not.toBe('Thames Water');
    const named = `Water bills\n\nThames Water said the outage had been caused by a burst main. The regulator, Ofwat, said it would investigate the outage.`;
    expect(claim(named, 'investigate the outage').asserter.side).toBe('Ofwat');
    // "The company" after the regulator is still the drugmaker, a pharma company being a company.
    const drug = `Trial paused\n\nNorvell Pharma said it had paused a study of its new drug. The regulator said it had received reports of kidney damage. The company later insisted that the volunteers had recovered.`;
    expect(claim(drug, 'received reports').asserter.side).not.toBe('Norvell Pharma');
    expect(claim(drug, 'volunteers had recovered').asserter.side).toBe('Norvell Pharma');
  });

  it('"the regulator" is the body named before it that no company word names', () => {
    const bare = `Broadband refunds\n\nOfcom said on Tuesday that providers had overcharged older customers. The regulator said it would order refunds within a month.`;
    expect(claim(bare, 'order refunds').asserter.side).toBe('Ofcom');
    const between = `Mobile firm fined\n\nOfcom said on Tuesday that Vantel Mobile had overcharged 40,000 customers. Vantel said the errors had been fixed. The regulator said the company would pay £3 million in compensation.`;
    expect(claim(between, 'pay £3 million').asserter.side).toBe('Ofcom');
  });

  it('a day opening the clause is no part of the speaker', () => {
    const text = `Mine collapse\n\nRescuers were searching for two miners after a tunnel collapsed. Tuesday evening Sernageomin's regional director, Patricio Lagos, said the tunnel had been inspected in March.`;
    const c = claim(text, 'inspected in March');
    expect(c.asserter.name).toBe("Sernageomin's regional director, Patricio Lagos");
    expect(c.asserter.side).toBe('Sernageomin');
  });

  it("a country's code after a body's name is part of the name", () => {
    const text = `Fake photo\n\nA photo shared online claimed to show the minister at a protest. FactLine UK said the image had been edited. FactLine UK's editor, Jo Marsh, said the original was taken in 2019.`;
    expect(claim(text, 'had been edited').asserter.side).toBe('FactLine UK');
    expect(claim(text, 'taken in 2019').asserter.side).toBe('FactLine UK');
    const country = `Trade talks\n\nIn UK talks on Monday, the trade secretary said a deal was close.`;
    expect(claim(country, 'a deal was close').asserter.side).toBe('United Kingdom');
  });
});
