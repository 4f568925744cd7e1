// Answers that share no words with the claim they answer: a topic framed before a bare verdict, a
// verdict pointing back at its speaker's answer just before, "the reports" as the story the article
// opened with, and corrections of another side's figure; and two false answers: "unlikely" read as a
// contradiction, "instead" inside a participle clause read as a counter-claim.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('answers that share no words with the claim', () => {
  it('links a bare verdict to the topic its paragraph opens with ("On the X, Y was blunt.")', () => {
    const text =
      'The inspector told the tribunal that the landlord had ignored three complaints about damp in the flat.\n\n' +
      'She said the boiler had been condemned in January.\n\n' +
      'The tenant, Ada Morley, said her daughter had been admitted to hospital with asthma in March.\n\n' +
      'On the complaints about damp, Owen Pask, for the landlord, was blunt. "That is simply not what happened," he said.';
    expect(claim(text, 'ignored three complaints').status).toBe('disputed');
    expect(claim(text, 'admitted to hospital with asthma').status).toBe('uncontested');
  });

  it('reads "not credible" as a verdict on the other side\'s conclusion', () => {
    const text =
      'The water authority said its review had concluded that the reservoir wall was sound.\n\n' +
      'Farmer Idris Vaughan said the reviewers had never visited the site. "Their conclusion is not credible," he said.';
    const c = claim(text, 'reservoir wall was sound');
    expect(c.status).toBe('disputed');
    expect(c.responses.some((r) => r.text.includes('not credible'))).toBe(true);
  });

  it('takes a pointing verdict for what its speaker answered just before, and "the reports" for the story told first', () => {
    const text =
      'Redvale goalkeeper in dressing-room row\n\n' +
      'The goalkeeper Sam Ortiz has walked out of Redvale City after a row with the manager, his former agent told the Courier.\n\n' +
      'Redvale City said the club did not comment on dressing-room matters. It said the squad had been given the week off.\n\n' +
      "Ortiz's lawyer hit back at the exit reports on Friday. \"This is pure invention by someone with a grudge,\" she said.";
    expect(claim(text, 'walked out of Redvale City').status).toBe('disputed');
    expect(claim(text, 'given the week off').status).toBe('uncontested');
  });

  it('reads a correction of another side\'s figure as disputing the claim that gave it', () => {
    const text =
      'The mayor, Clare Dunn, said the new parking scheme would cost the council £2 million to run. ' +
      'She said car journeys into the centre had fallen by 12 per cent since the scheme began.\n\n' +
      'Traders from the Northgate Business Group said the true cost was far higher because the contract paid for wardens twice. ' +
      'They said the 12 per cent figure did not include vans making deliveries.';
    expect(claim(text, 'cost the council £2 million').status).toBe('disputed');
    expect(claim(text, 'fallen by 12 per cent').status).toBe('disputed');
  });

  it('reads "a misreading of" as a denial of the figure it names', () => {
    const text =
      'Opposition leader Tom Reyes said the bypass would cost £48 million, twice the official estimate.\n\n' +
      'The transport minister, Lena Shah, said the opposition figure was "a misreading of the tender documents".';
    expect(claim(text, 'would cost £48 million').status).toBe('disputed');
  });
});

describe('answers that are not disputes', () => {
  it('reads "agreed that ... was unlikely to" as agreeing with "would not"', () => {
    const text =
      'Freight strike to go ahead\n\n' +
      'Norland Freight said the strike would not affect deliveries in the current month.\n\n' +
      'Analysts at Castlegate Research said in a note that the depot had stock for six weeks, and agreed that the strike was unlikely to affect deliveries this month.';
    expect(claim(text, 'would not affect deliveries').status).toBe('supported');
  });

  it('does not take "instead" in a participle clause for a counter-claim', () => {
    const text =
      'Norland Telecom said it had answered 95 per cent of customer calls within five minutes.\n\n' +
      'The regulator also said Norland had cut its call-centre staff by a third, relying instead on an automated line.';
    expect(claim(text, 'answered 95 per cent of customer calls').status).toBe('uncontested');
  });
});
