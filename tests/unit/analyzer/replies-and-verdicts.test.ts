// Status: responses that share few words with the claim they answer - a verdict on
// "that", a reply, the thing a denial names, a report with a country's adjective, a "no" for each
// of two things, and "that claim" after a telling in two clauses. Invented events.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

const sidesOf = (text: string, phrase: string): string[] => claim(text, phrase).responses.map((r) => r.by.side);

describe('a verdict on "that"', () => {
  it('answers the claim just before, though the verdict is the responder\'s only words', () => {
    const text =
      'Budget march\n\n' +
      'Union leader Paolo Verdi told the crowd that the budget takes two billion euros out of schools.\n\n' +
      'Education Minister Carla Rossi said that was false.';
    expect(claim(text, 'two billion euros out of schools').status).toBe('disputed');
    expect(sidesOf(text, 'two billion euros out of schools')).toContain('Carla Rossi');
  });
});

describe('a reply', () => {
  it('"insisted" answers the side that spoke just before, past sentences holding no claim', () => {
    const text =
      'Heat alert\n\n' +
      'Researchers at the Northfield Institute say the heat alert was issued three days late.\n\n' +
      'The figures were published in the journal on Monday.\n\n' +
      'Nearly a thousand people were treated in hospital.\n\n' +
      'The Weather Agency insisted its alert went out on time.';
    expect(claim(text, 'issued three days late').status).toBe('disputed');
  });

  it('"Responding," answers the claim before it', () => {
    const text =
      'Price index\n\n' +
      'The opposition said the rebasing of the price index was done to hide rising prices.\n\n' +
      'The finance ministry published its own figures on Tuesday.\n\n' +
      'Nearly a thousand traders were surveyed.\n\n' +
      'Responding, the Statistics Office said the rebasing followed international guidelines.';
    expect(claim(text, 'done to hide rising prices').status).toBe('disputed');
  });

  it('answers only the side that spoke just before, not an earlier side sharing a word', () => {
    const text =
      'Data breach\n\n' +
      'The regulator said it had received a breach report from Velmo on Saturday.\n\n' +
      'Researcher Kasia Lind said card numbers from the breach were on sale.\n\n' +
      'Velmo insisted it had never stored card numbers on the breached systems.';
    expect(claim(text, 'received a breach report').status).toBe('uncontested');
  });
});

describe('the thing a denial names', () => {
  it('"denied any coordination" answers the claim of coordination, not the latest claim naming the denier', () => {
    const text =
      'Quarry\n\n' +
      'Councillor Aled Pryce said Greyrigg Aggregates had secretly coordinated its application with council officers.\n\n' +
      'Pryce also said Greyrigg had damaged the surface of Mill Lane.\n\n' +
      'The quarry employs 140 people.\n\n' +
      'It has been worked since 1921.\n\n' +
      'The expansion would extend it by 400 metres.\n\n' +
      'Greyrigg Aggregates denied any coordination.';
    expect(claim(text, 'secretly coordinated').status).toBe('disputed');
    expect(claim(text, 'damaged the surface').status).toBe('uncontested');
  });
});

describe('a denied report', () => {
  it('"denied a Dutch newspaper report that P" answers the outlet\'s report of P below', () => {
    const text =
      'Goalkeeper\n\n' +
      'Brackenford Rovers on Wednesday denied a Dutch newspaper report that Eindvoort had agreed to pay 12 million euros for goalkeeper Sander Maas.\n\n' +
      'Rotterdam daily Het Kompas reported on Wednesday that Eindvoort had agreed a fee of 12 million euros with Brackenford for the goalkeeper.';
    expect(claim(text, 'agreed a fee of 12 million euros').status).toBe('disputed');
  });
});

describe('a claim saying "no" of two things', () => {
  it('answers a claim about the second thing', () => {
    const text =
      'Transfer\n\n' +
      'Het Kompas reported that Eindvoort had agreed a fee with Brackenford for Sander Maas.\n\n' +
      '"No bid has been received for Sander, and there is no agreement with any club," Brackenford said in a statement.';
    expect(claim(text, 'had agreed a fee').status).toBe('disputed');
  });
});

describe('"that claim" after a telling in two clauses', () => {
  it('disputes both clauses', () => {
    const text =
      'Recall\n\n' +
      'Voltaro sought to contain the damage, saying that only one batch was affected and that it amounted to under 2 per cent of its sales. ' +
      'That claim was challenged by Consumer Safety Watch, whose review of complaints found faults in three batches.';
    expect(claim(text, 'only one batch was affected').status).toBe('disputed');
    expect(claim(text, 'under 2 per cent').status).toBe('disputed');
  });
});
