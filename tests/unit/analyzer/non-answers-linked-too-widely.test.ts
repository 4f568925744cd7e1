// Non-answers linked to claims they do not answer: a refusal's topic meeting a claim only in a
// word the whole story uses, a spokesperson's role read as a topic, a bare refusal after another
// side's claim that is not about the refuser; and, kept, a disputing side's own negated claim the
// other side will not answer. Invented events, written for these tests.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe("a refusal's topic and the story's common words", () => {
  const story =
    'Posts on social media claimed the Merrow ferry had sailed with its bow doors open. ' +
    'The Merrow ferry operator, Tidewater Lines, said the ferry had left on schedule. ' +
    'A passenger, Ellen Shaw, said the ferry crew had looked worried. ' +
    'Another passenger, Tom Reyes, said the ferry had rolled sharply near the breakwater. ' +
    'Tidewater Lines said the ferry would stay in service. ';

  it('leaves the claims alone when the one shared word is one the whole story uses ("ferry")', () => {
    const t = story + 'The coastguard declined to say whether the ferry had been inspected this year.';
    expect(claim(t, 'would stay in service').status).toBe('uncontested');
    expect(claim(t, 'rolled sharply').status).toBe('uncontested');
  });

  it('still links a refusal whose topic word only one claim uses', () => {
    const t = story + 'The coastguard declined to say whether anything had happened near the breakwater.';
    expect(claim(t, 'rolled sharply').status).toBe('unconfirmed');
  });
});

describe("a responder's speaking role is not a topic", () => {
  it('"An airport spokesperson" names nothing in "the captain had spoken to passengers"', () => {
    const t =
      'Skyrail said the captain had spoken to passengers within minutes of the bang. ' +
      'A passenger, Ana Ruiz, said she had seen smoke. ' +
      'An airport spokesperson declined to say whether runway lights had failed.';
    expect(claim(t, 'had spoken to passengers').status).toBe('uncontested');
  });
});

describe('a bare refusal after another side\'s claim', () => {
  it('answers nothing when the claim is not about the refuser', () => {
    const t =
      'The Kurdish-led militia said it had received no notice of any pullout. ' +
      '"Our patrols with the coalition continue as before," militia spokesman Aras Demir said.\n\n' +
      "Turkey's foreign ministry declined to comment.";
    expect(claim(t, 'Our patrols with the coalition').status).toBe('uncontested');
  });

  it('answers the claim just told when the refuser is named through it ("His former employer")', () => {
    const t =
      'A neighbour, Rosa Lind, said he had lost his job at a bakery in March. ' +
      'His former employer, Crumb & Co, declined to comment.';
    expect(claim(t, 'lost his job at a bakery').status).toBe('unconfirmed');
  });
});

describe("a disputing side's own negated claim", () => {
  it('is unconfirmed when the side it disputes will not answer questions about it', () => {
    const t =
      'The city council said on Monday that the new bridge had been finished on time. ' +
      'The builder, Arden Civil, disputed that account, saying that the east ramp would not be open until June. ' +
      'A spokeswoman for the council did not respond to questions about the east ramp.';
    expect(claim(t, 'the east ramp would not be open until June').status).toBe('unconfirmed');
  });
});

describe('"no evidence" from the side a claim is about', () => {
  it('disputes the claim: a company\'s "no evidence that customer data was taken"', () => {
    const t =
      'A hacking group called Redwing said it had stolen the account details of 400,000 customers of Parcelo. ' +
      'Parcelo said its own review had found "no evidence that customer account details were taken".';
    expect(claim(t, 'stolen the account details').status).toBe('disputed');
  });

  it('keeps a sentence\'s first answer: "not aware of X and found no evidence of Y" leaves X unconfirmed', () => {
    const t =
      'Posts on a local forum said a bus driver had been suspended over the crash. ' +
      'Metroline said it was not aware of any driver being suspended and had found no evidence of brakes failing on the route.';
    expect(claim(t, 'bus driver had been suspended').status).toBe('unconfirmed');
  });
});

describe('a rumour told apart ("a separate report")', () => {
  it('shares no answer with a later rumour that only meets it in a place name', () => {
    const t =
      'Mayor Ann Cole is back at work, her office said on Monday. ' +
      'But her spokesman was quick to shoot down a separate report that Cole had been rushed to a North Glenford hospital last week. ' +
      '"That never happened," the spokesman said.\n\n' +
      'Staff at the bakery run by her husband did not return requests for comment on reports that he plans to close his North Glenford bakery.';
    expect(claim(t, 'rushed to a North Glenford hospital').status).toBe('disputed');
    expect(claim(t, 'close his North Glenford bakery').status).toBe('unconfirmed');
  });
});
