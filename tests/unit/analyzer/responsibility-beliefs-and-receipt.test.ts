// A claim of responsibility is the claimant's claim, and a negated verb of
// belief ("did not believe the group was involved") denies it; receiving and delivering are one act
// ("never received such an order" / "the order had been delivered"). Invented events.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { claim } from './claim-holding';

describe('claims of responsibility', () => {
  it('reads "X claimed responsibility for P" as X\'s claim', () => {
    const text = 'Blast\n\nA bomb went off outside a bank in Corran on Friday.\n\nThe Western Brigade claimed responsibility for the attack.';
    expect(claim(text, 'responsibility for the attack').asserter.side).toBe('Western Brigade');
  });

  it('still reads "claimed the lead" as no claim', () => {
    const text = 'Golf\n\nMaria Soto claimed the lead at the Corran Open with a round of 64 on Friday.';
    expect(analyze(text).claims).toHaveLength(0);
  });

  it('takes "did not believe the group was involved" as a denial of its claim of responsibility', () => {
    const text =
      'Blast\n\nA bomb went off outside a bank in Corran on Friday.\n\n' +
      'The Western Brigade claimed responsibility for the attack.\n\nPolice said they did not believe the group was involved.';
    const c = claim(text, 'responsibility for the attack');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.name).toBe('Police');
  });

  it('takes "did not think X was behind it" as a denial of "it was responsible"', () => {
    const text =
      'Outage\n\nThe Corran water board\'s website went down on Friday.\n\n' +
      'A hacking group called Lowtide said it was responsible for the outage. Officials said they did not think Lowtide was behind the outage.';
    expect(claim(text, 'it was responsible for the outage').status).toBe('disputed');
  });

  it('does not take a negated belief about something else as a denial', () => {
    const text =
      'Blast\n\nA bomb went off outside a bank in Corran on Friday.\n\n' +
      'The Western Brigade claimed responsibility for the attack.\n\nPolice said they did not believe the bank would reopen this week.';
    expect(claim(text, 'responsibility for the attack').status).toBe('uncontested');
  });
});

describe('receipt and delivery', () => {
  it('takes "the order was delivered" as a denial of "never received such an order"', () => {
    const text =
      'Quarry\n\nThe Mines Inspectorate says it ordered Dunmore Stone to close its north face in April.\n\n' +
      'Dunmore Stone says it never received such an order. The Mines Inspectorate replied that the order had been delivered by courier on April 3.';
    expect(claim(text, 'never received such an order').status).toBe('disputed');
  });
});
