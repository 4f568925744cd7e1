// Linking responses to the claims they answer: figures, a side's account, counter-claims,
// contrasts, agreement, and the traps around them. Invented events, written for these tests.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('a response naming a figure', () => {
  const text =
    'The United Nations refugee agency said about 3,000 people had fled villages near the lake by Monday. ' +
    'The agency said its staff had been unable to reach the island. ' +
    "Kenya's interior ministry gave the same figure and said it had opened six shelters.";

  it('supports the claim that gives the number, not the same speaker\'s other claims', () => {
    expect(claim(text, '3,000 people had fled').status).toBe('supported');
    expect(claim(text, 'unable to reach the island').status).toBe('uncontested');
  });

  it('leaves unconfirmed only the claim with the casualty figures', () => {
    const t =
      "Uganda's army spokesman Felix Kulayigye said three soldiers and a driver had been killed near the border. " +
      "Uganda's army said 40 of its trucks had been ambushed. " +
      'Kenyan officials did not comment on the Ugandan casualty figures.';
    expect(claim(t, 'three soldiers and a driver').status).toBe('unconfirmed');
    expect(claim(t, '40 of its trucks had been ambushed').status).toBe('uncontested');
  });
});

describe("a rebuttal of a side's account", () => {
  it('answers the account that side first gave, not its later casualty claim', () => {
    const text =
      "Armenia's defence ministry gave a different account, saying Azerbaijani units had tried to seize a hilltop post. " +
      'Armenian units had "acted only to hold the line," the ministry said.\n\n' +
      'Ministry spokeswoman Aram Stepanyan said two Armenian soldiers had been wounded.\n\n' +
      "Azerbaijan's foreign ministry rejected the Armenian version of how the shooting started as a fabrication.";
    expect(claim(text, 'tried to seize a hilltop post').status).toBe('disputed');
    expect(claim(text, 'two Armenian soldiers had been wounded').status).toBe('uncontested');
  });
});

describe('counter-claims by another side', () => {
  it('treats a later claim saying the opposite in the same words as a dispute', () => {
    const text =
      'The Nile Farmers Guild said the guard did not fire a single shot at the canal. ' +
      "Egypt's interior ministry said the guild's guards had fired first at the canal.";
    expect(claim(text, 'did not fire a single shot').status).toBe('disputed');
  });

  it('does not count a shared country name as shared topic', () => {
    const text =
      "Niger's army said two Nigerien soldiers had been killed in the clash. " +
      'The Sahel Herders Union said Nigerien troops had not entered the pasture.';
    expect(claim(text, 'two Nigerien soldiers had been killed').status).toBe('uncontested');
  });

  it('does not let a country named by two outsiders tie a contrast to a claim', () => {
    const text =
      'The Red Cross said its teams had been unable to reach the Peruvian islands. ' +
      'But the Lake Fishermen\'s Federation said the machine guns on the boats were Peruvian.';
    expect(claim(text, 'unable to reach the Peruvian islands').status).toBe('uncontested');
  });

  it('reads "X said P, but Y said Q" as Y disputing P', () => {
    const text =
      'The Houthi movement said on Sunday that it had struck a cargo ship in the Gulf of Aden, ' +
      'but the Pentagon said the missile had fallen into the sea.';
    expect(claim(text, 'struck a cargo ship').status).toBe('disputed');
  });

  it('reads a contrasting later claim on the same thing as a dispute', () => {
    const text =
      'Lindqvist Pharma said it had stopped the study for business reasons. ' +
      'The Swedish Medical Products Agency said it had ordered the halt to the study itself.';
    expect(claim(text, 'stopped the study for business reasons').status).toBe('disputed');
  });

  it('does not read "a group calling itself X" as a contrast', () => {
    const text =
      'Norvik Telecom said every affected customer would be told by Friday. ' +
      'A group calling itself Redkite said it had posted customer records online.';
    expect(claim(text, 'every affected customer would be told').status).toBe('uncontested');
  });

  it('ignores a negation inside a condition', () => {
    const text =
      'Sen. Carla Brandt, a Republican, said the agency would run out of construction funds if the bill did not pass. ' +
      'Sen. Tom Aldana, a Democrat, said the bill would be paid for with unspent construction funds.';
    expect(claim(text, 'run out of construction funds').status).toBe('uncontested');
  });
});

describe('who answers and whom', () => {
  it('takes the subject, not the claim\'s source, as the one who rejects "an allegation by X"', () => {
    const text =
      'The Harbor Nurses Union said patients had waited 14 hours in corridors. ' +
      'Mercy General Hospital rejected an allegation by the Harbor Nurses Union that patients had waited 14 hours.';
    const c = claim(text, 'patients had waited 14 hours in corridors');
    expect(c.status).toBe('disputed');
    expect(c.responses.some((r) => r.by.side.includes('Mercy'))).toBe(true);
    expect(c.responses.every((r) => r.by.side !== 'Harbor Nurses Union')).toBe(true);
  });

  it("keeps a same-side echo of a named claim from spilling onto another side's claim", () => {
    const text =
      'The Army Corps of Engineers said it would halt work on two levees within weeks. ' +
      "Rep. Dana Whitfield, a Republican from Louisiana, said the old levee had failed an inspection. " +
      "Whitfield's claim that the old levee had failed was echoed by fellow Republican Sen. Ray Dunmore.";
    expect(claim(text, 'halt work on two levees').status).toBe('uncontested');
  });
});

describe('the clause a response sits in', () => {
  it('links "acknowledged X but insisted that Y" by the words of its own clause', () => {
    const text =
      "The pilots' union said the crew had flown 14 hours without a break. " +
      'The union said the flight had been delayed by two hours at Lisbon. ' +
      'Skyline Air acknowledged the delay at Lisbon but insisted that the crew had taken every break the rules require.';
    expect(claim(text, 'delayed by two hours').status).toBe('supported');
    expect(claim(text, 'flown 14 hours without a break').status).not.toBe('supported');
  });
});

describe('agreement', () => {
  it('supports what another side said just before', () => {
    const text =
      'Sen. Tom Aldana, a Democrat, said the bill would be paid for with unspent pandemic money. ' +
      'Sen. Carla Brandt, a Republican, agreed, saying the offset was the one thing both parties got right.';
    expect(claim(text, 'paid for with unspent pandemic money').status).toBe('supported');
  });

  it('is not agreeing to do something', () => {
    const text =
      "Mali's government said its troops had left the town. " +
      'The rebel alliance agreed to a ceasefire on Friday and said it would open the road.';
    expect(claim(text, 'troops had left the town').status).toBe('uncontested');
  });

  it('does not make "X confirmed that P" support the claim before it', () => {
    const text =
      'The London Fire Brigade said it had not investigated which brands were involved. ' +
      'Halvorsen Retail, which sells the scooter, confirmed that it had removed the scooter from sale.';
    expect(claim(text, 'had not investigated which brands').status).toBe('uncontested');
  });
});
