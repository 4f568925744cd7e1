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

describe('an aside inside the subject of what was said', () => {
  it('reads "the inspection, in 2023, had found P" as a clause', () => {
    const text = 'Bridge collapse\n\nA spokeswoman said the most recent inspection, in 2023, had found section loss in some bearings.';
    expect(texts(text)).toEqual(['the most recent inspection, in 2023, had found section loss in some bearings']);
  });
});
