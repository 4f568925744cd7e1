// Where a claim is and where it ends: a verb the tagger read as a noun, a charge that only likens, a closing "as"-clause.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

const texts = (text: string) => analyze(text).claims.map((c) => c.text);

describe('a verb the tagger read as a noun', () => {
  it('keeps a quoted sentence whose past-tense verb was read as a noun', () => {
    const text = 'Refinery blasts\n\n"The second one shook the pictures off my wall. The first blast woke the whole street," said a neighbour.';
    expect(texts(text)).toEqual(['The second one shook the pictures off my wall. The first blast woke the whole street']);
  });

  it('finds what was said after "that" when its verb was read as a noun', () => {
    const text = 'Crime row\n\nThe campaign said that FBI figures show an increase of about 6 percent.';
    expect(texts(text)).toEqual(['FBI figures show an increase of about 6 percent']);
  });

  it('finds what was said when its verb was read as an adjective', () => {
    const text = 'Email row\n\nThe official said the message concerned the scheduling of a briefing.';
    expect(texts(text)).toEqual(['the message concerned the scheduling of a briefing']);
  });

  it('reads a subject holding a currency sign', () => {
    const text = 'Donor row\n\nThree people familiar with the finances said the $5 million came from a drug executive.';
    expect(texts(text)).toEqual(['the $5 million came from a drug executive']);
  });

  it('reads a noun right after a figure as its unit, not a verb', () => {
    const text = 'Drug row\n\nThe minister said the new price will add £41m a year to the drugs bill. By her reckoning, the new price will add £41m a year to the drugs bill.';
    expect(texts(text)).toEqual(['the new price will add £41m a year to the drugs bill']);
  });

  it('still drops a quoted sentence with no verb at all', () => {
    const text = 'Hoax row\n\n"I saw it everywhere and panicked," Greaves wrote. "Sorry Tunde, sorry to his family."';
    expect(texts(text)).toEqual(['I saw it everywhere and panicked']);
  });
});

describe('an accusation whose charge only likens', () => {
  it('drops "accused X of a similar arrangement"', () => {
    const text = 'Complaint\n\nLast year the watchdog accused a super PAC in Arizona of a similar arrangement; that complaint is still pending.';
    expect(texts(text)).toEqual([]);
  });

  it('keeps a charge of its own', () => {
    const text = 'Complaint\n\nThe watchdog accused the mayor of taking bribes from a developer.';
    expect(texts(text)).toEqual(['the mayor of taking bribes from a developer']);
  });
});

describe('a closing "as"-clause with its own subject and verb', () => {
  it('ends the claim before it', () => {
    const text = 'Concert crush\n\nFans say they were trapped against locked gates as a crowd surge tore through the concert.';
    expect(texts(text)).toEqual(['they were trapped against locked gates']);
  });

  it('keeps a short "as"-clause of manner and a description', () => {
    const text = 'Donations\n\nThe treasurer said every contribution was reported as the law requires. The agency said the group known as Open Ledger has filed two complaints.';
    expect(texts(text)).toEqual(['every contribution was reported as the law requires', 'the group known as Open Ledger has filed two complaints']);
  });

  it('keeps "as part of" and a reason joined by "but"', () => {
    const text = 'Fire\n\nThe utility said it had cut power to the circuit hours before the fire began, as part of a planned shutoff ordered because of forecast gusts. The senator said she would seek a hearing, but as the minority party Democrats cannot schedule one alone.';
    expect(texts(text)).toEqual([
      'it had cut power to the circuit hours before the fire began, as part of a planned shutoff ordered because of forecast gusts',
      'she would seek a hearing, but as the minority party Democrats cannot schedule one alone',
    ]);
  });

  it('keeps a comparison', () => {
    const text = 'Prices\n\nThe minister said prices were as high as they were in 2008.';
    expect(texts(text)).toEqual(['prices were as high as they were in 2008']);
  });
});

describe("a document's words after \"read\"", () => {
  it('takes the quote a statement "read"', () => {
    const text = 'Concert crush\n\nA statement from the promoter read: "Every gate on the site was open and unlocked throughout the evening."';
    const claims = analyze(text).claims;
    expect(claims.map((c) => c.text)).toEqual(['Every gate on the site was open and unlocked throughout the evening']);
    expect(claims[0]?.asserter.name).toContain('promoter');
  });

  it('leaves a person reading aloud alone', () => {
    const text = 'Council\n\nThe mayor read: "The hospital has lost a third of its nurses since 2020."';
    expect(texts(text)).toEqual([]);
  });
});
