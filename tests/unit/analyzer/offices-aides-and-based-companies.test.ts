import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('sides of offices, aides in an office and companies described by their base', () => {
  it('"the governor\'s office" long after "Democratic Gov. X" speaks for that governor, not the dateline\'s capital', () => {
    const filler = 'Lawmakers returned to the Capitol on Monday for a short session on road funding. ';
    const text =
      'SALEM, Ore. — Democratic Gov. Marianne Calloway signed the water bill on Friday despite objections from ranchers. ' +
      filler.repeat(12) +
      "In a statement late Tuesday, the governor's office said the state had mailed notices to every affected ranch in June.";
    // The governor, or the party the article gave her.
    expect(['Marianne Calloway', 'Democratic Party']).toContain(claim(text, 'mailed notices to every affected ranch').asserter.side);
  });

  it('"the Boise-based company" is the company the article named just before, not its description', () => {
    const text =
      'The Tenley campaign said it bought the rights to the song from SoundCrate, an online library, in May. ' +
      'SoundCrate, however, disputed that account. In a statement, the Boise-based company said the track was licensed for non-political use only.';
    expect(claim(text, 'licensed for non-political use only').asserter.side).toBe('SoundCrate');
  });

  it('"An aide in the Office of X, who ..." speaks for the office, never for the word "aide"', () => {
    const text =
      'An aide in the Office of Fiscal Review, who spoke on condition of anonymity, said the spreadsheet was one of three drafts.';
    expect(claim(text, 'one of three drafts').asserter.side).toBe('Office of Fiscal Review');
  });

  it('"Residents in Harlow" still only live there: a place after "in" is no workplace', () => {
    const text = 'Residents in Harlow said the water had turned brown on Sunday.';
    expect(claim(text, 'turned brown on Sunday').asserter.side).not.toBe('Harlow');
  });

  it('"a spokeswoman for the office" after "the inspector general\'s office" speaks for the office the article named', () => {
    const text =
      'The agency overpaid contractors by $3 million, according to a report by the Office of Inspector General at the Department of Labor.\n\n' +
      'Mayor Ilse Varga, a Republican seeking a second term, said the auditors had misread the contracts. "They counted the same invoice twice," she said. ' +
      '"Nobody at City Hall was ever asked about it." She said the city would appeal the findings.\n\n' +
      "The inspector general's office stood by the report. In an emailed reply, a spokeswoman for the office, Tamsin Oduya, said the auditors had asked for the invoices twice.";
    expect(claim(text, 'asked for the invoices twice').asserter.side).toBe('Office of Inspector General');
  });
});
