// Status: non-answers that leave a claim unconfirmed ("nothing has been decided",
// "would not be drawn on"), "the Dutch claim" as the claim of the side its demonym names, and a
// denial that names an outlet answering that outlet's report. Invented events.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('non-answers', () => {
  it('reads "nothing has been decided" in a spokesperson\'s words as a refusal to confirm a report', () => {
    const text =
      'Ferry\n\n' +
      'The Kells Courier reported on Tuesday that the Harbour Authority plans to scrap the winter ferry to Kells Island.\n\n' +
      'A Harbour Authority spokesman said the timetable was under review and that nothing had been decided about the winter ferry.';
    expect(claim(text, 'scrap the winter ferry').status).toBe('unconfirmed');
  });

  it('reads "would not be drawn on" as a refusal by its subject', () => {
    const text =
      'Transfer\n\n' +
      'The Evening Post reported that Dunmore Rovers had agreed a fee of £4 million for the striker Kieran Walsh.\n\n' +
      'Rovers manager Paul Devlin would not be drawn on the report when he spoke to reporters on Friday.';
    const c = claim(text, 'agreed a fee of £4 million');
    expect(c.status).toBe('unconfirmed');
    expect(c.responses[0]?.by.name).toContain('Paul Devlin');
  });

  it('reads "was trying to confirm" as no backing: nothing is confirmed yet', () => {
    const text =
      'Footbridge\n\n' +
      'Residents of Ashby posted on Facebook that the Mill Lane footbridge had been closed after a crack appeared in its deck.\n\n' +
      'A spokeswoman for Lowmoor District Council said the council was trying to confirm the posts with its engineers.';
    expect(claim(text, 'Mill Lane footbridge had been closed').status).toBe('uncontested');
  });
});

describe('which claim a reference names', () => {
  it('takes "the Dutch claim" to be the main claim of the Dutch side, not the last thing it said', () => {
    const text =
      'Fisheries\n\n' +
      'Spain said it would oppose any cut to the hake quota at next week\'s meeting in Brussels.\n\n' +
      'Dutch fisheries minister Anouk de Wit said the hake stock had "shrunk by a third in five years" and that ' +
      'catches had to fall. Spanish fisheries minister Luis Ortega dismissed the Dutch claim as "scaremongering from people who have never been to sea."';
    expect(claim(text, 'shrunk by a third').status).toBe('disputed');
  });
});

describe('denials that name an outlet', () => {
  it('links a denial that names an outlet\'s story to all that outlet reported', () => {
    const text =
      'Takeover\n\n' +
      'Kestrel Rail has dismissed reports that it is about to be sold, but unions say they still want answers.\n\n' +
      'The Morning Ledger reported that a Canadian pension fund had agreed to pay £900 million for the operator. ' +
      'The paper also said the chief executive, Ruth Baines, had signed a letter of intent last month.\n\n' +
      'Baines did not respond to requests for comment.\n\n' +
      'Shares in the parent company rose 6 percent on Monday.\n\n' +
      'Late on Monday, Kestrel said there was "no truth whatsoever" in the suggestion that a letter had been signed, and branded the Ledger\'s story "pure invention".';
    expect(claim(text, 'agreed to pay £900 million').status).toBe('disputed');
    expect(claim(text, 'signed a letter of intent').status).toBe('disputed');
  });
});

describe('what is no response', () => {
  it('does not read "the army-backed government" as someone backing a claim', () => {
    const text =
      'Strike\n\n' +
      'The rebel Northern Front said on Sunday that its drones had destroyed the main power station in Kadira.\n\n' +
      'Kadira, on the river delta, has served as the seat of the army-backed government since the capital fell in 2022.';
    expect(claim(text, 'destroyed the main power station').status).toBe('uncontested');
  });
});

describe('what a contrast answers', () => {
  it('reads "X confirmed P, but said Q" as about P: it neither backs nor disputes an earlier claim naming X', () => {
    const text =
      'Brewer\n\n' +
      'Tom Reilly, an analyst at Harcourt Capital, said Bellmont Breweries had raised its prices twice this year.\n\n' +
      'Bellmont confirmed that its finance director had left in June, but said production had not been affected.';
    expect(claim(text, 'raised its prices twice').status).toBe('uncontested');
  });
});
