// Asserter spans and pronouns: "Last month" opening a clause is no part of who spoke; a subject after
// an opening phrase with verbs of its own keeps apart from the claim verb the tagger read as a noun;
// "his campaign" is not a campaign of the other gender; "he" after a surname alone is the person
// named in full before; "told its followers that P" keeps the owner's recipient out of P; "a source
// close to the rapper" speaks for the person the article is about; what a company disclosed in a
// time clause, ", according to a report released Monday by X", is X's, its author named past the participle.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('a near period opening the clause does not speak', () => {
  it('takes the subject after "Last month"', () => {
    const text = 'Last month @CourtsideWhispers claimed tennis player Ilse Moravec had quit her coach after a loss in Doha.';
    expect(claim(text, 'quit her coach').asserter.name).toBe('CourtsideWhispers');
  });

  it('takes the subject after "This week"', () => {
    const text = 'This week the Harwick Tenants Union claimed the landlord had ignored 40 repair requests since January.';
    expect(claim(text, 'ignored 40 repair requests').asserter.name).toBe('the Harwick Tenants Union');
  });
});

describe('an opening phrase with a verb of its own leaves the subject and its claim verb apart', () => {
  it('gives "his campaign claims that P" to his campaign, without the verb', () => {
    const text =
      'Odell Pranger is running against state Sen. Lydia Vossberg. In a radio spot that started running Monday, his campaign claims that Vossberg missed 60 votes last session.';
    expect(claim(text, 'missed 60 votes').asserter.name).toBe('his campaign');
  });

  it('gives "his campaign" to the man the sentence before was about, not the campaign of a woman that spoke last', () => {
    const text =
      'State Sen. Lydia Vossberg leads the field. Vossberg\'s campaign said it raised $800,000 in March. ' +
      'Odell Pranger has spent the spring attacking Vossberg\'s record on schools. In a radio spot that started running Monday, his campaign claims that Vossberg missed 60 votes last session.';
    expect(claim(text, 'missed 60 votes').asserter.side).toBe('Odell Pranger');
  });
});

describe('an owner\'s pronoun opens the recipient of "told"', () => {
  it('keeps "its 40,000 subscribers" out of what was told', () => {
    const text = 'The fan page @GridironGossip told its 40,000 subscribers that quarterback Deshawn Pell had failed a physical.';
    const c = claim(text, 'failed a physical');
    expect(c.text.includes('subscribers')).toBe(false);
  });
});

describe('a source close to a fame noun speaks for the person the article is about', () => {
  it('gives "a source close to the rapper" the rapper\'s side', () => {
    const text =
      'FLASHY rapper Kofi Marlowe was NOT at the club, his team insists. Fans of Kofi Marlowe were stunned on Friday by a clip. ' +
      'Marlowe has not commented. A source close to the rapper told us he had been in Atlanta all week.';
    expect(claim(text, 'in Atlanta all week').asserter.side).toBe('Kofi Marlowe');
  });

  it('reads a headline\'s word in capitals after the name as no part of it', () => {
    const text =
      'Is Kofi Marlowe QUITTING? Rapper\'s team slams rumour\n\nFans of rapper Kofi Marlowe were stunned on Friday by a clip. ' +
      'A source close to the rapper told us he had been in Atlanta all week.';
    expect(claim(text, 'in Atlanta all week').asserter.side).toBe('Kofi Marlowe');
  });

  it('never takes a name all in capitals for the one the article is about', () => {
    const text =
      'REAL SANTERA have tabled a £40million bid for Corvin City striker Tomas Ekberg, according to reports. REAL SANTERA want a deal done this week. ' +
      'A source close to the striker told the Post: "He is ready to go."';
    expect(claim(text, 'ready to go').asserter.side).toBe('Tomas Ekberg');
  });
});

describe('"he" after a surname alone is the person named in full before', () => {
  it('resolves "he says" to the full name met two sentences back', () => {
    const text =
      'The clip was uploaded by Tobiah Wrenfield, a 31-year-old delivery driver from Halsey. Shot through a windshield, it shows the bridge in fog while Wrenfield talks. ' +
      '"The whole middle span is sagging, you can see it," he says.';
    const who = claim(text, 'middle span is sagging').asserter;
    expect(who.name).toBe('Tobiah Wrenfield');
    expect(who.side).toBe('Tobiah Wrenfield');
  });
});

describe('an act in a time clause, followed by ", according to X", is what X says', () => {
  it('gives the whole sentence to the report\'s author named past "released Monday by"', () => {
    const text =
      'The mayor\'s brother bought 4,000 shares of Pellow Freight three days before the trucking firm announced a merger that doubled its price, according to a report released Monday by the independent research group Open Ledger Watch.';
    const c = claim(text, 'bought 4,000 shares');
    expect(c.asserter.side).toBe('Open Ledger Watch');
  });
});
