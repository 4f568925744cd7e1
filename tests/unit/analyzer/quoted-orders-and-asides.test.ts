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
    expect(texts(text)).toContain('They said it was fuel costs');
  });
});

describe('an aside inside the subject of what was said', () => {
  it('reads "the inspection, in 2023, had found P" as a clause', () => {
    const text = 'Bridge collapse\n\nA spokeswoman said the most recent inspection, in 2023, had found section loss in some bearings.';
    expect(texts(text)).toEqual(['the most recent inspection, in 2023, had found section loss in some bearings']);
  });
});
