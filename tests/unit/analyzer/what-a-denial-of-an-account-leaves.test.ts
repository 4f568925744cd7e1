// Status: what a denial of a whole account or report leaves alone, refusals with a
// topic of their own, refusals in apposition, and responders named with a description. Invented events.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('a denial of an account or report', () => {
  it('does not dispute what the account says did not happen', () => {
    const text =
      'Ferry row\n\n' +
      'The Harbour Workers\' Union said on Monday that its members had been told by Calder Ferries managers that two of the company\'s four routes would be sold. ' +
      'The union said it had not been shown a buyer\'s name.\n\n' +
      'Calder Ferries\' operations director, Neil Amis, rejected the union\'s account, saying no sale was planned.';
    expect(claim(text, 'four routes would be sold').status).toBe('disputed');
    expect(claim(text, 'not been shown a buyer').status).toBe('uncontested');
  });

  it('answers what the report says happened, not its "no one had been hurt"', () => {
    const text =
      'Border\n\n' +
      'Georgia said on Monday that Russian troops had fired mortars at the Georgian village of Ergneti overnight, damaging the roof of a clinic. ' +
      'Georgian Prime Minister\'s spokesman Nika Beridze said no one had been hurt.\n\n' +
      'Moscow branded the Georgian report fiction.';
    expect(claim(text, 'fired mortars').status).toBe('disputed');
    expect(claim(text, 'no one had been hurt').status).toBe('uncontested');
  });
});

describe('a responder named with a description', () => {
  it('does not read what the responder does as a name a claim mentions', () => {
    const text =
      'Vaccine delay\n\n' +
      'Health officials in Malawi said deliveries of a measles vaccine had been held up by three months.\n\n' +
      'Corvan Pharma blamed the delay on a shortage of glass vials and said deliveries of the vaccine would resume in the coming weeks.\n\n' +
      'Unitas, the vaccine alliance that co-finances the vaccine for poorer countries, did not respond to requests for comment.';
    expect(claim(text, 'would resume in the coming weeks').status).toBe('uncontested');
  });
});

describe('a refusal "when asked about" something', () => {
  it('answers the claim about what was asked, not one sharing a word of who asked', () => {
    const text =
      'Gym chain\n\n' +
      'A landlord in Derby, Oakfield Estates, said Pulse had given notice on its lease at the Cathedral Quarter.\n\n' +
      'The GMB union said it had asked Pulse for an urgent meeting and would fight every job loss.\n\n' +
      'Rourke did not respond when the Courier asked him about the Derby notice.';
    expect(claim(text, 'had given notice on its lease').status).toBe('unconfirmed');
    expect(claim(text, 'urgent meeting').status).toBe('uncontested');
  });
});

describe('a lede denial of its own claim', () => {
  it('answers the same side telling that claim in more detail just below', () => {
    const text =
      'Fighting in the south\n\n' +
      'TESSA (wire) - Rebels of the Southern Front said on Sunday they had seized the river town of Marova after three days of fighting, a claim the army rejected as "lies".\n\n' +
      'The group\'s spokesman, Amos Keli, said on X that its fighters had taken full control of Marova, its bridge and the road to the coast. He posted photographs of armed men outside the town hall.\n\n' +
      'The army said its troops still held Marova. "The rebels have never entered the town," army spokesman Colonel Ruth Obi said.\n\n' +
      'Aid workers said on Monday that 4,000 people had fled Marova by boat.';
    expect(claim(text, 'seized the river town').status).toBe('disputed');
    expect(claim(text, 'taken full control of Marova').status).toBe('disputed');
    expect(claim(text, '4,000 people had fled').status).toBe('uncontested');
  });
});

describe('a denial of an account that is all what did not happen', () => {
  it('disputes each "no" the account gave', () => {
    const text =
      'Reef collision\n\n' +
      'The operator of the cargo ship Aldora said on Tuesday that none of the vessel\'s fuel tanks had been breached and that no oil had leaked into the lagoon. ' +
      'Reserve wardens disputed that account, saying they had seen a sheen on the water near the bow.';
    expect(claim(text, 'fuel tanks had been breached').status).toBe('disputed');
    expect(claim(text, 'no oil had leaked').status).toBe('disputed');
  });
});
