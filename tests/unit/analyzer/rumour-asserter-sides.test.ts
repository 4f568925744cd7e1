// Rumour coverage: sides of asserter shapes met in unseen rumour prose (a border-strike
// claim, a product leak, a transfer rumour, a currency rumour, a politician's leaked remark).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { claim } from './claim-holding';

describe('people named in full again', () => {
  it('gives "Chhum Sokha said" the side of the ministry spokeswoman named so before', () => {
    const text =
      "Cambodia's defence ministry said Thai jets had bombed a post. Ministry spokeswoman Lt. Gen. Chhum Sokha told reporters that two jets had crossed the border. " +
      'Thailand denied it. "Cambodian forces never opened fire on anyone," Chhum Sokha said later in the day.';
    expect(claim(text, 'never opened fire').asserter.side).toBe('Cambodia');
  });
});

describe('people by what they do', () => {
  it('gives an analyst the firm he works at, not the company his work is about', () => {
    const text = "Ming Zhao, an analyst at Tianfeng Securities who tracks Orchard's suppliers, wrote that he expects the phone to sell 8 million units.";
    expect(claim(text, 'expects the phone to sell').asserter.side).toBe('Tianfeng Securities');
    const after = "Analyst Lena Hofmann, who tracks Apple's suppliers for Haitong International Securities, said a health feature is the one thing.";
    expect(claim(after, 'a health feature').asserter.side).toBe('Haitong International Securities');
  });

  it('gives "Traders in Cairo" and "a dealer in the X district" their own side, not the place', () => {
    const text =
      'CAIRO (Reuters) - Egypt denied the rumours. Traders in Cairo said the rate on the parallel market had jumped to 58 pounds. ' +
      '"Everybody is buying dollars today," said one currency dealer in the Mohandessin district, who asked not to be named.';
    expect(claim(text, 'parallel market').asserter.side).toBe('Traders');
    expect(claim(text, 'buying dollars').asserter.side).toBe('currency dealer');
  });

  it('keeps officials in a capital the country', () => {
    const text = 'Officials in Cairo said the rate would not change this week.';
    expect(claim(text, 'the rate would not change').asserter.side).toBe('Egypt');
  });

  it('gives "one of the people" the side of the people familiar with the matter', () => {
    const text =
      'The device will cost more than $2,000, people familiar with the matter told Bloomberg. ' +
      'Engineers have struggled to remove the crease, one of the people said, asking not to be identified.';
    expect(claim(text, 'remove the crease').asserter.side).toBe('people familiar with the matter');
  });
});

describe('outlets and bodies of a country', () => {
  it('gives "Italian newspaper La Gazzetta dello Sport" the paper, not Italy', () => {
    const text = 'Italian newspaper La Gazzetta dello Sport claimed on Sunday that Torino had opened talks with Harbury.';
    expect(claim(text, 'opened talks').asserter.side).toBe('La Gazzetta dello Sport');
  });

  it('gives "The Cabinet\'s media centre" the dateline\'s country', () => {
    const text = 'CAIRO (Reuters) - The Cabinet\'s media centre said in a statement that banks were selling foreign currency normally.';
    expect(claim(text, 'selling foreign currency').asserter.side).toBe('Egypt');
  });

  it('keeps "Main Street Forward" whole though the tagger reads "Forward" as an adverb', () => {
    const text = 'Main Street Forward said the recording showed the senator "saying in private what she will not say in public."';
    expect(claim(text, 'the recording showed').asserter.name).toBe('Main Street Forward');
  });
});

describe('descriptions that are no answer', () => {
  it('does not read "rebuttals of what it calls false news" as a denial', () => {
    const text =
      'Messages shared on WhatsApp claimed that banks had been told to stop selling dollars. ' +
      "The Cabinet's media centre, which publishes rebuttals of what it calls false news, said the central bank had a new governor.";
    const rumour = analyze(text).claims.find((c) => c.text.includes('stop selling dollars'));
    expect(rumour?.status).toBe('uncontested');
  });
});
