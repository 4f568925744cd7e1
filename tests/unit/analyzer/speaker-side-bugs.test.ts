// Asserters and sides met in rumour coverage: unnamed posts and their sharers, spokespeople of a
// person, bodies whose names hold a common noun, and role descriptions ("the former president").
import { describe, expect, it } from 'vitest';
import { claim as claimHolding } from './claim-holding';

describe('unnamed sources of a rumour', () => {
  it('takes the post, not a count in its relative clause, as the source of "A post on X that was shared ... claimed that P"', () => {
    const text =
      'Rumours spread on Monday about Gov. Ana Delgado. A post on X that was shared more than 10,000 times claimed that the governor had been taken to hospital by ambulance.';
    const { asserter } = claimHolding(text, 'taken to hospital');
    expect(asserter.name).toMatch(/^A post\b/);
    expect(asserter.side).toBe('post');
  });

  it('takes the users as the source of "A video that users said showed P"', () => {
    const text =
      'A video that users said showed the governor being helped off the stage was viewed more than 200,000 times. The newspaper said the video was recorded in 2019.';
    const claim = claimHolding(text, 'showed the governor being helped off the stage');
    expect(claim.text).not.toContain('was viewed');
    expect(claim.asserter.name).toBe('users');
    expect(claim.asserter.side).toBe('users');
  });

  it('takes "its poster" of a video as its own side', () => {
    const text =
      'Lakeshore Bank denied the rumours. A video that its poster said showed crowds queuing outside a branch was viewed 300,000 times.';
    const claim = claimHolding(text, 'showed crowds queuing');
    expect(claim.text).not.toContain('was viewed');
    expect(claim.asserter.side).toBe('poster');
  });
});

describe('what a speaker inside a relative clause said', () => {
  it('ends it at the main clause\'s verb after an object pronoun', () => {
    const text = 'The man who police said had attacked her was arrested on Monday night.';
    const claim = claimHolding(text, 'had attacked her');
    expect(claim.text).toBe('had attacked her');
    expect(claim.asserter.name).toBe('police');
  });

  it('ends it at the comma closing the relative clause', () => {
    const text = 'The senator, who aides said was recovering from surgery, missed the vote on Tuesday.';
    expect(claimHolding(text, 'recovering from surgery').text).toBe('was recovering from surgery');
  });
});

describe('spokespeople of a person', () => {
  it('gives "her spokesman" after a post on X the side of the woman named before', () => {
    const text =
      'SANTA FE, N.M. — Gov. Ana Delgado, a Democrat, missed a rally on Monday. A post on X claimed that the governor had been taken to hospital by ambulance. "She is working from home with a cold," her spokesman said.';
    expect(claimHolding(text, 'working from home').asserter.side).toBe('Democratic Party');
  });

  it('gives "the governor\'s spokesman, X" the governor\'s side, not his own name', () => {
    const text =
      'The office of New Mexico Gov. Ana Delgado on Tuesday denied the reports. "She is working from home with a cold," the governor\'s spokesman, Luis Ortega, said in a statement.';
    const { asserter } = claimHolding(text, 'working from home');
    expect(asserter.name).toContain('Luis Ortega');
    expect(asserter.side).toBe('New Mexico');
  });

  it('gives "X, a spokesman for Delgado" Delgado\'s side', () => {
    const text =
      'The office of New Mexico Gov. Ana Delgado denied the reports on Tuesday. Luis Ortega, a spokesman for Delgado, said the governor would be back at the Capitol on Thursday.';
    const { asserter } = claimHolding(text, 'back at the Capitol');
    expect(asserter.name).toContain('Luis Ortega');
    expect(asserter.side).toBe('New Mexico');
  });

  it('gives "a spokesman for Delgado" the person\'s own side when she has no other', () => {
    const text = 'Ana Delgado, a singer, cancelled her tour. Luis Ortega, a spokesman for Delgado, said she would be back on stage in May.';
    expect(claimHolding(text, 'back on stage').asserter.side).toBe('Ana Delgado');
  });
});

describe('bodies named with a place or a common noun', () => {
  it('gives "A Las Cruces police spokeswoman" the police of that place, not a newspaper named after it', () => {
    const text =
      'The Las Cruces Sun-News reported that the video was recorded in 2019. A Las Cruces police spokeswoman said officers had been called to the venue once on Monday.';
    expect(claimHolding(text, 'officers had been called').asserter.side).toMatch(/^Las Cruces( Police)?$/);
  });

  it('gives "Fact-checkers at FullFact" the side FullFact', () => {
    const text = 'Fact-checkers at FullFact said the clip was filmed at a stadium in Turkey in 2016.';
    expect(claimHolding(text, 'filmed at a stadium').asserter.side).toBe('FullFact');
  });

  it('keeps the whole name of "The Canadian Bank Employees Union"', () => {
    const text = 'The Canadian Bank Employees Union said tellers at two branches had been told to limit withdrawals.';
    expect(claimHolding(text, 'limit withdrawals').asserter.side).toBe('Canadian Bank Employees Union');
  });

  it('takes "The bank" for the bank the article named, not a union with "Bank" in its name', () => {
    const text =
      'Lakeshore Savings Bank said all of its branches were open. The Canadian Bank Employees Union said tellers had been told to limit withdrawals. ' +
      'The Globe and Mail reported that Lakeshore had asked larger banks for an emergency credit line. The bank would not confirm the request.';
    const claim = claimHolding(text, 'emergency credit line');
    expect(claim.status).toBe('unconfirmed');
    expect(claim.responses.map((r) => r.by.side)).toEqual(['Lakeshore Savings Bank']);
  });

  it('takes "The bank" for the lender named before, not a central bank named after it', () => {
    const text =
      'Lakeshore Savings Bank said all of its branches were open. The Bank of Canada declined to comment on the finances of individual lenders. ' +
      'The Globe and Mail reported that Lakeshore had asked larger banks for an emergency credit line. The bank would not confirm the request.';
    expect(claimHolding(text, 'emergency credit line').responses.map((r) => r.by.side)).toEqual(['Lakeshore Savings Bank']);
  });

  it('takes "The club\'s chief executive" for the club, not a supporters\' group', () => {
    const text =
      'Ashford Rovers said the match had been stopped on police advice. The Ashford Supporters Club said fans had been crushed on the stairs. ' +
      'The club\'s chief executive, Mark Ellery, said no fan had been crushed.';
    expect(claimHolding(text, 'no fan had been crushed').asserter.side).toBe('Ashford Rovers');
  });

  it('takes "The club\'s chief executive" for the club after a fans\' trust', () => {
    const text =
      'Ashford Rovers said the match had been stopped on police advice. A fans\' group, the Rovers Supporters Trust, said fans had been crushed on the stairs. ' +
      'The club\'s chief executive said no fan had been crushed.';
    expect(claimHolding(text, 'no fan had been crushed').asserter.side).toBe('Ashford Rovers');
  });
});

describe('role descriptions', () => {
  it('takes "The former president" for the former president who was the last subject, not the sitting one', () => {
    const text =
      'President Joe Biden said on Monday that the economy was growing. Donald Trump held a rally in Ohio on Tuesday. ' +
      'The former president said the election had been rigged against him.';
    expect(claimHolding(text, 'rigged against him').asserter.name).toBe('Donald Trump');
  });

  it('still takes "the president" for the sitting president', () => {
    const text =
      'President Joe Biden said on Monday that the economy was growing. Donald Trump held a rally in Ohio on Tuesday. ' +
      'The president said the economy would keep growing next year.';
    expect(claimHolding(text, 'keep growing').asserter.name).toBe('President Joe Biden');
  });
});

describe('a second cue of the same speaker', () => {
  it('splits "said P and accused X of Q" into two claims of the speaker', () => {
    const text =
      'Rep. Carl Whitmore, a Republican from Roswell, said the governor had missed three public events and accused her office of "hiding the truth from voters."';
    const missed = claimHolding(text, 'missed three public events');
    expect(missed.text).not.toContain('accused');
    const hiding = claimHolding(text, 'hiding the truth from voters');
    expect(hiding.asserter.side).toBe('Republican Party');
  });

  it('keeps "He" inside a name as the speaker of a coordinated "and warned that"', () => {
    const text = 'Ministry spokeswoman He Yadong said the hold was unfair and warned that Beijing would retaliate against the exporters.';
    expect(claimHolding(text, 'Beijing would retaliate').asserter.name).toBe('Ministry spokeswoman He Yadong');
  });
});

describe('spokespeople of a body named by its kind', () => {
  it('gives "a regional spokesman for the group, X" the group named before', () => {
    const text =
      'The army said rebels had ambushed a patrol near the village. The New People\'s Army rejected the army\'s account. ' +
      'A regional spokesman for the group, Ka Oris Malaya, said none of its units had been in the village that morning.';
    expect(claimHolding(text, 'none of its units').asserter.side).toBe("New People's Army");
  });
});
