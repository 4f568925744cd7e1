// "rejected that claim" points at what the last side told in reported speech, not at an earlier
// "claimed"; "called the challenge 'a desperate stunt'" is a verdict; "had no role in preparing
// the complaint" denies that it was "cooked up" there.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe("'rejected that claim as well' after a claim told with 'claimed'", () => {
  const text =
    'Rumours of deaths had circulated on social media for much of the night. Some posts claimed that three inmates had been killed in the riot.\n\n' +
    "The Prairie Prisoners' Justice Network, an advocacy group, said meals had been withheld for three days before the disturbance.\n\n" +
    '"We raised this with the warden on Friday," said the group\'s director, Marguerite Ashdown.\n\n' +
    'The Correctional Service rejected that claim as well.';

  it('answers what the group last told in reported speech', () => {
    const c = claim(text, 'meals had been withheld');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.side).toBe('Correctional Service');
  });

  it("leaves the earlier 'claimed' and the director's quote alone", () => {
    expect(claim(text, 'three inmates had been killed').status).not.toBe('disputed');
    expect(claim(text, 'raised this with the warden').status).toBe('uncontested');
  });
});

describe("'called the challenge a stunt'", () => {
  const text =
    'Mulcahey\'s lawyer, Andrea Pinkham, said the records showed the senator picked Connecticut every time it saved him money.\n\n' +
    'Wrenfield\'s campaign called the challenge "a desperate stunt by a campaign that is 14 points down."';

  it('is a denial of what the other side just said', () => {
    const c = claim(text, 'picked Connecticut every time');
    expect(c.status).toBe('disputed');
  });

  it("reads 'staged a publicity stunt' as a description, no verdict", () => {
    const near =
      "Mulcahey's lawyer, Andrea Pinkham, said the records showed the senator picked Connecticut every time it saved him money.\n\n" +
      "Wrenfield's campaign said the protesters had staged a publicity stunt outside the courthouse.";
    expect(claim(near, 'picked Connecticut every time').status).toBe('uncontested');
  });
});

describe("'had no role in preparing' against 'was cooked up'", () => {
  const text =
    '"This complaint was cooked up in the Osterbrook campaign\'s war room," said Tessa Graybill, a spokeswoman for the Wrenfield campaign.\n\n' +
    "Osterbrook's campaign manager, Reid Aldana, said the campaign had no role in preparing the complaint.";

  it('reads the denied part in the act as a dispute of the act', () => {
    const c = claim(text, 'cooked up');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.name).toContain('Reid Aldana');
  });

  it("leaves a part in another act alone ('no role in the hearing')", () => {
    const near =
      '"This complaint was cooked up in the Osterbrook campaign\'s war room," said Tessa Graybill, a spokeswoman for the Wrenfield campaign.\n\n' +
      "Osterbrook's campaign manager, Reid Aldana, said the campaign had no role in scheduling the hearing.";
    expect(claim(near, 'cooked up').status).toBe('uncontested');
  });
});
