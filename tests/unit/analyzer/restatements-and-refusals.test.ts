// Responses that name their target loosely: a definite "The claim" opening a sentence, a side's
// restatement answered in place of its first telling, a passive verdict whose agent is no one, and a
// refusal that answers the question the sentence opens with.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('responses named loosely', () => {
  it('takes "The claim could not be verified" opening a sentence for the claim just told', () => {
    const text =
      'The county council said its monitoring report showed dust readings above the limit on six days. ' +
      'Parish councillor Ruth Abney said at least 40 allotment plots had been abandoned since June. ' +
      "The claim could not be independently verified, and the county council's monitoring report does not mention allotments.";
    expect(claim(text, '40 allotment plots had been abandoned').status).toBe('unconfirmed');
    expect(claim(text, 'dust readings above the limit').status).toBe('uncontested');
  });

  it("answers a side's first telling where its restatement ('repeated that') is answered", () => {
    const text =
      'Halbrook Aggregates said dust from its Stonebridge quarry had stayed within its permit limits all summer. ' +
      'The company also said it would plant a line of trees along Mill Lane. ' +
      'At a public meeting on Tuesday, operations director Keith Morland repeated that the quarry had never breached its dust limits. ' +
      "The Environment Agency said Morland's claim was wrong.";
    expect(claim(text, 'never breached its dust limits').status).toBe('disputed');
    expect(claim(text, 'stayed within its permit limits').status).toBe('disputed');
    expect(claim(text, 'plant a line of trees').status).toBe('uncontested');
  });

  it('keeps a passive verdict its speaker\'s when its agent is no one ("contradicted by what our monitors recorded")', () => {
    const text =
      'Halbrook Aggregates said dust from its Stonebridge quarry had stayed within its permit limits all summer. ' +
      "An Environment Agency officer told the Gazette that Halbrook's account was contradicted by what our own monitors recorded in August.";
    const c = claim(text, 'stayed within its permit limits');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.side).toBe('Environment Agency');
  });

  it('links a refusal to the question the sentence opens with ("Asked whom ..., X said it did not disclose ...")', () => {
    const text =
      'Dr Hannah Greaves said the inquiry panel had never interviewed her. ' +
      'She said she had sent a forty-page dossier to the dean in 2023. ' +
      'Halverston University said its finance office would publish the annual accounts in May. ' +
      'The Medical Research Foundation said it had suspended a grant to the group. ' +
      'Asked whom the panel had spoken to, a university spokesperson said Halverston did not disclose details of its investigations.';
    expect(claim(text, 'panel had never interviewed her').status).toBe('unconfirmed');
  });

  it('reads "inappropriate to speculate" and "could not discuss" as refusals to confirm', () => {
    const speculate =
      'Campaigners from Friends of Kettleby Libraries said the council was in talks with Halden Homes about selling two sites. ' +
      'Asked about the sale talks, a spokesman for Kettleby Borough Council said it would be inappropriate to speculate about the future of any building.';
    expect(claim(speculate, 'in talks with Halden Homes').status).toBe('unconfirmed');
    const discuss = 'Tayla Brooks said the singer had cancelled the booking at Villa Ardena. Villa Ardena said it could not discuss its clients\' arrangements.';
    expect(claim(discuss, 'cancelled the booking').status).toBe('unconfirmed');
  });
});
