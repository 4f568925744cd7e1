// Which sentences are claims: quoted orders and greetings are not; a subject with an aside still is.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

const texts = (text: string) => analyze(text).claims.map((c) => c.text);

describe('quoted sentences that assert nothing', () => {
  it('drops a quoted order carried on from a named speaker', () => {
    const text = 'Row over staff\n\n"The staff worked on the campaign every afternoon," the aide wrote. "Leave the laptops at the office."';
    expect(texts(text)).toEqual(['The staff worked on the campaign every afternoon']);
  });

  it('drops a negated order and words with no verb', () => {
    const text = 'Hoax row\n\n"I saw it everywhere and panicked," Greaves wrote. "Sorry Tunde, sorry to his family." "Don\'t believe everything you read online."';
    expect(texts(text)).toEqual(['I saw it everywhere and panicked']);
  });

  it("keeps a statement whose verb is in a pronoun's contraction", () => {
    const text = 'Birth centre\n\n"The midwife had gone home," the mother said. "Then I\'m in the back of an ambulance in a lay-by."';
    expect(texts(text)).toContain("Then I'm in the back of an ambulance in a lay-by");
  });

  it('keeps a statement an order leads into', () => {
    const text = 'Rally\n\n"The economy is failing," Pence said. "Let\'s be very clear: it was the governor who closed the plant."';
    expect(texts(text)).toContain("Let's be very clear: it was the governor who closed the plant");
  });
});

describe('the sentences of a longer quote that assert nothing', () => {
  it('drops thanks carried on from a named speaker', () => {
    const text = 'Festival fire\n\nThe organiser wrote: "The fire started in a food tent near the main stage. Thank you to every volunteer who stayed late."';
    expect(texts(text)).toEqual(['The fire started in a food tent near the main stage']);
  });

  it('drops words addressed to someone by title and name', () => {
    const text = 'Council row\n\n"That is simply wrong, Ms. Okafor. The budget grew by 4 percent last year," the treasurer said.';
    expect(texts(text)).toEqual(['The budget grew by 4 percent last year']);
  });

  it("drops an order closing the quote in the cue's own sentence, keeping its speaker for the quote", () => {
    const text = 'Ferry fares\n\n"The operator raised fares twice this winter. Ask them yourself," the councillor wrote.';
    const claims = analyze(text).claims;
    expect(claims.map((c) => c.text)).toEqual(['The operator raised fares twice this winter']);
    expect(claims[0]?.asserter.name).toContain('councillor');
  });

  it('keeps a closing sentence whose pronoun is its subject', () => {
    const text = 'Ferry fares\n\n"The operator raised fares twice this winter. They said it was fuel costs," the councillor wrote.';
    // One passage, the tag closing it: the closing sentence stays in the claim.
    expect(texts(text)).toEqual(['The operator raised fares twice this winter. They said it was fuel costs']);
  });
});

describe('an aside inside the subject of what was said', () => {
  it('reads "the inspection, in 2023, had found P" as a clause', () => {
    const text = 'Bridge collapse\n\nA spokeswoman said the most recent inspection, in 2023, had found section loss in some bearings.';
    expect(texts(text)).toEqual(['the most recent inspection, in 2023, had found section loss in some bearings']);
  });
});

describe("quoted sentences of the cue's own that assert nothing", () => {
  it('drops a quoted order that is the whole of what the cue reports, keeping the rest', () => {
    const text = 'Harbour budget\n\nThe harbour master said the dredging bill had doubled since March. "Compare the two invoices," he told the board.';
    expect(texts(text)).toEqual(['the dredging bill had doubled since March']);
  });

  it('keeps an order joined to a clause with a subject of its own', () => {
    const text = 'Library hours\n\n"Close the branch at six and most of the students will have nowhere to study," the librarian said.';
    expect(texts(text)).toContain('Close the branch at six and most of the students will have nowhere to study');
  });

  it('drops a sentence whose verb phrase was left to the sentence before', () => {
    const text = 'Water rates\n\n"The utility sets the rates every spring. Tenants don\'t," the mayor said. "And the council cannot," she added.';
    expect(texts(text)).toEqual(['The utility sets the rates every spring']);
  });

  it('keeps a sentence whose left-out verb phrase is its own', () => {
    const text = 'Ward row\n\n"The ward was never short of nurses and still is not," the matron said.';
    expect(texts(text)).toEqual(['The ward was never short of nurses and still is not']);
  });

  it("drops the speaker's own intention but keeps a body's pledge", () => {
    const text = 'Mill closure\n\n"The owners moved the looms overseas in May," the union steward said. "I\'ll go on asking questions." "We will reopen the east shed by winter," the owners\' spokesman said.';
    expect(texts(text)).toEqual(['The owners moved the looms overseas in May', 'We will reopen the east shed by winter']);
  });

  it('keeps where the speaker says they will be, and an order whose object it says is something', () => {
    const text = 'Coach row\n\n"I will be on the touchline for the final," the coach said. "Don\'t let a rumour be the story," the chairman said. "Let the fans decide," the captain said.';
    expect(texts(text)).toEqual(['I will be on the touchline for the final', "Don't let a rumour be the story"]);
  });

  it('drops what would follow from a supposition but keeps a judgement of it', () => {
    const text = 'Bridge tolls\n\n"The toll camera failed twice last week," the engineer said. "This could settle the matter quickly." "That would be a costly mistake," the treasurer said.';
    expect(texts(text)).toEqual(['The toll camera failed twice last week', 'That would be a costly mistake']);
  });

  it('keeps a statement after a colon only when it has a verb', () => {
    const text = 'Pier repairs\n\n"The contractor billed us for steel it never delivered," the clerk said. "I\'ll spare you the arithmetic: far too much."';
    expect(texts(text)).toEqual(['The contractor billed us for steel it never delivered']);
  });

  it('drops the verbless last sentence of a longer quote in the cue\'s own sentence', () => {
    const text = 'Flood notice\n\n"Nobody from the water board warned the tenants. Not a leaflet, not a knock, nothing," the caretaker said.';
    expect(texts(text)).toEqual(['Nobody from the water board warned the tenants']);
  });

  it('reads "her" after an order\'s verb as its object', () => {
    const text = 'Clinic funds\n\n"The director moved the grant money into her own account," the nurse said. "Ask her where it went."';
    expect(texts(text)).toEqual(['The director moved the grant money into her own account']);
  });
});
