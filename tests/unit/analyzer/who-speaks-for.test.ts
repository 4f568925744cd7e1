// Who a person or body speaks for (issue 4): a party given in an appositive, an agent or member of a
// body named before, a body described by its kind and then named, a role met again, a minister of
// the state that acted just before.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

const TITLE = 'Ferry row\n\n';

describe('who speaks for whom', () => {
  it('a plain name with a party in its appositive speaks for the party, taken for a person or not', () => {
    const c = claim(`${TITLE}Eva Lund, a Conservative MP, said the government should order an inspection.`, 'order an inspection');
    expect(c.asserter.side).toBe('Conservative Party');
  });

  it('"a lawyer for the company" speaks for the company named before, whatever its appositive says it does', () => {
    const text = `${TITLE}Nordkyst Ferjer, which runs both ferries, said every drill had been carried out. A lawyer for the company said the email had been taken out of context.`;
    expect(claim(text, 'taken out of context').asserter.side).toBe('Nordkyst Ferjer');
  });

  it('a body described by its kind, then named in the appositive, is the body named', () => {
    const union = claim(`${TITLE}The Norwegian seafarers' union, Norsk Sjomannsforbund, said crews had been told to skip drills.`, 'skip drills');
    expect(union.asserter.side).toBe('Norsk Sjomannsforbund');
    const group = claim(`${TITLE}A local residents' group, the Skarvoy Harbour Association, said a ferry had sailed with a broken radar.`, 'broken radar');
    expect(group.asserter.side).toBe('Skarvoy Harbour Association');
  });

  it('members of a named body speak for it; people of a place only come from there', () => {
    const fighters = claim(`${TITLE}Fighters from the Lake Albert Liberation Front said they had captured four army trucks.`, 'four army trucks');
    expect(fighters.asserter.side).toBe('Lake Albert Liberation Front');
    const residents = claim(`${TITLE}Residents of Leeds said the pool had closed without warning.`, 'without warning');
    expect(residents.asserter.side).not.toBe('Leeds');
  });

  it('"the sporting director" again is the one met before, not the body that spoke last', () => {
    const text =
      `${TITLE}Brenford Athletic said it had turned down three offers. The club's sporting director, Anders Holm, said no bid had come close. ` +
      "A local supporters' group, the Brenford Trust, said ticket prices had risen by 40 percent. The sporting director added that the club would freeze prices.";
    const c = claim(text, 'freeze prices');
    expect(c.asserter.name).toContain('Anders Holm');
    expect(c.asserter.side).toBe('Brenford Athletic');
  });

  it('"the medical director" is not the sporting director met before', () => {
    const text = `${TITLE}Brenford Athletic said it had turned down three offers. The club's sporting director, Anders Holm, said no bid had come close. The medical director said two players were injured.`;
    expect(claim(text, 'two players were injured').asserter.name).not.toContain('Anders Holm');
  });

  it('"The chief executive, X" again keeps the side of its first mention', () => {
    const text =
      `${TITLE}Velmora Pharmaceuticals said its drug had passed a safety review. Velmora's chief executive said the lawsuit was baseless. ` +
      'Kent Police said officers had been called to the offices. The chief executive, Tom Hale, said sales had doubled.';
    expect(claim(text, 'sales had doubled').asserter.side).toBe('Velmora Pharmaceuticals');
  });

  it('a minister after "In <capital>, the government ..." speaks for that state, not the dateline\'s', () => {
    const text =
      'Border row\n\nANKARA — Turkey accused Greece on Monday of sending warships into disputed waters. ' +
      'In Athens, the government rejected the accusation. The defence minister, Nikos Pappas, said the frigates had stayed inside Greek waters.';
    expect(claim(text, 'stayed inside Greek waters').asserter.side).toBe('Greece');
  });

  it('"the rebel group\'s spokesman" speaks for the armed group named before, never the army', () => {
    const named = `${TITLE}M23 rebels said they had seized the town, a claim the army rejected. The rebel group's spokesman, Celestin Amani, said its fighters controlled the port.`;
    expect(claim(named, 'controlled the port').asserter.side).toBe('M23');
    const answered = `${TITLE}The M23 said it had seized the town. The army said the rebels were lying. The rebel group's spokesman, Celestin Amani, said its fighters controlled the port.`;
    expect(claim(answered, 'controlled the port').asserter.side).toBe('M23');
  });

  it('a polling firm named by its first word is the firm named in full', () => {
    const text = `${TITLE}A new survey by Carolina Opinion Research found the lead had narrowed. Carolina's director, Dana Whitt, said undecided voters had fallen by half.`;
    expect(claim(text, 'fallen by half').asserter.side).toBe('Carolina Opinion Research');
  });
});
