// Linking responses to the claim they answer: word forms, "zero", contrasts set aside, counts
// pointed back at, and the topic a refusal names.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { claim } from './claim-holding';

describe('response links', () => {
  it('takes "zero cyber contracts" as saying no to a claim of cybersecurity contractors', () => {
    const text =
      'Governor Ann Lowe said the grant paid for "cybersecurity contractors who guard voter records, not campaign aides." ' +
      'Her rival, Tom Vance, wrote on X: "Half the grant went to two firms with zero cyber contracts."';
    const c = claim(text, 'cybersecurity contractors');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.text).toContain('zero cyber contracts');
  });

  it('does not take "zero" before a number as saying no', () => {
    const text =
      'The Morland Water Board said the reservoir held 40 percent of its capacity. ' +
      'Farmers Union leader Kay Obi said the reservoir held zero percent of its usual reserve for farms.';
    expect(claim(text, '40 percent of its capacity').responses.every((r) => r.stance !== 'supports')).toBe(true);
  });

  it('reads "paid for X, not Y" as affirming X, so a later denial of X disputes it', () => {
    const text =
      'The Ferris County clerk said the money paid for voting machines, not consultants. ' +
      'Commissioner Rita Holm, a Democrat, said the county had bought no voting machines last year.';
    expect(claim(text, 'paid for voting machines').status).toBe('disputed');
  });

  it('does not read "any of the three firms" as echoing a claim that counted three firms', () => {
    const text =
      'Councillor Joan Pike, a Republican, said most of the fund went to three firms with no experience. ' +
      'A spokesman for Mayor Ed Lamb, a Democrat, said the mayor had never met anyone from the three firms.';
    expect(claim(text, 'went to three firms').status).not.toBe('supported');
  });

  it('links "declined to comment on that claim" to the claim just made, not one sharing the word "response"', () => {
    const text =
      'Fire Marshal Ivo Hart said the average response time last year was six minutes. ' +
      'Challenger Lena Park, a Democrat, also said Mayor Tom Reid had closed two fire stations in 2020. ' +
      "Reid's office did not respond to a request for comment on that claim.";
    expect(claim(text, 'closed two fire stations').status).toBe('unconfirmed');
    expect(claim(text, 'average response time').status).toBe('uncontested');
  });

  it('links "declined to comment on the report" to what the newspaper reported', () => {
    const text =
      'The Daily Ledger reported that the mayor had sold city land to his brother. ' +
      'Councillor Jo Reyes, a Democrat, said the mayor was the best-liked official in the county. ' +
      'City Hall declined to comment on the report.';
    expect(claim(text, 'sold city land').status).toBe('unconfirmed');
    expect(claim(text, 'best-liked official').status).toBe('uncontested');
  });

  it('takes "said that claim was false" as a denial, not as a claim of its own', () => {
    const text = 'The Tarvian army said its drones had destroyed a rebel depot near Olm. Rebel spokesman Idris Kano said that claim was false.';
    const result = analyze(text);
    expect(result.claims.map((c) => c.text)).toEqual(['its drones had destroyed a rebel depot near Olm']);
    expect(result.claims[0]?.status).toBe('disputed');
  });

  it('takes a verdict with an adverb ("the claim was completely untrue") as a denial only, and keeps what follows it', () => {
    const text = 'The Tarvian army said its drones had destroyed a rebel depot near Olm. Rebel spokesman Idris Kano said the claim was "completely untrue" and that the depot was empty.';
    const texts = analyze(text).claims.map((c) => c.text);
    expect(texts.some((t) => t.includes('untrue'))).toBe(false);
    expect(texts.some((t) => t.includes('the depot was empty'))).toBe(true);
  });

  it('keeps a claim that says more than a verdict ("the claim was true for one depot only")', () => {
    const text = 'The Tarvian army said its drones had destroyed a rebel depot near Olm. Rebel spokesman Idris Kano said the claim was true for one depot only.';
    expect(analyze(text).claims.some((c) => c.text.includes('true for one depot only'))).toBe(true);
  });

  it('links "rejected that charge" to the claim another side made just before it', () => {
    const text =
      'Senator Mia Cole, a Democrat, said the state audit would be published in June. ' +
      'Cole said Governor Ray Diaz had buried last year\'s audit because it showed the fund was empty. ' +
      'The office of Governor Ray Diaz, a Republican, rejected that charge.';
    expect(claim(text, 'buried last year').status).toBe('disputed');
    expect(claim(text, 'published in June').status).toBe('uncontested');
  });

  it('links "that charge" to the quote just before it, not to an earlier claim naming the responder', () => {
    const text =
      'Senator Mia Cole, a Democrat, said the governor had signed the budget late. ' +
      '"Every contract went to his donors," said Cole. ' +
      'The office of Governor Ray Diaz, a Republican, rejected that charge.';
    expect(claim(text, 'Every contract went to his donors').status).toBe('disputed');
  });

  it('links "that charge" past a comment ("This is a giveaway") to the charge before it', () => {
    const text =
      'Sen. Nora Vale, a Democrat, said the port bill would raise fees for small shippers.\n\n' +
      'Vale said the fee tables in the bill had been drafted by lawyers for the largest carriers. "This is a giveaway to the big lines," she said.\n\n' +
      'Rep. Omar Reed, a Republican, rejected that charge.';
    expect(claim(text, 'fee tables in the bill').status).toBe('disputed');
    expect(claim(text, 'raise fees for small shippers').status).toBe('uncontested');
  });

  it('does not take a name holding a support verb ("The Harlow Echo reported") as backing a claim', () => {
    const text =
      'The bus operator, Eastline, said it would run a reduced timetable until Friday. ' +
      'The Harlow Echo reported that the depot alarm had failed twice last year.';
    expect(claim(text, 'reduced timetable').status).toBe('uncontested');
  });

  it('takes "Nobody is polluting the river" as disputing a vow not to let the river be polluted', () => {
    const text =
      'Environment Minister Sara Holt said the government "will not let the Ardle river be polluted by the mine." ' +
      'Mine owner Pavel Grin, of Ardle Minerals, answered within hours. "Nobody is polluting the river," he wrote.';
    const c = claim(text, 'will not let the Ardle river be polluted');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.text).toContain('Nobody is polluting');
  });

  it('does not take two sides saying no one was hurt as a dispute', () => {
    const text = 'The Varno police said no one was hurt in the blast. Hospital director Ana Lim said nobody was hurt.';
    expect(claim(text, 'no one was hurt').status).not.toBe('disputed');
  });

  it('ends a claim at a second answer of its asserter ("confirmed P but rejected Q")', () => {
    const text =
      'Residents said the cooling fans at the Arlo data centre had stopped for two days. ' +
      'Arlo Systems confirmed the fans had stopped but rejected claims that the site had overheated.';
    const result = analyze(text);
    const confirmed = result.claims.find((c) => c.asserter.name === 'Arlo Systems' && c.text.startsWith('the fans'));
    expect(confirmed?.text).toBe('the fans had stopped');
    const [start, end] = confirmed?.occurrences[0] ?? [0, 0];
    expect(text.slice(start, end)).toBe('the fans had stopped');
  });

  describe('"nobody had been hurt" against a count of people hurt', () => {
    // Sentences between the two claims, so that only the event ties them.
    const between = ' Stewards said the gates had reopened at nine. The club said its shop would stay shut. The league said the match would be replayed. Supporters said the trains had been late. The council said the roads were clear. Traders said sales had fallen.';

    it('disputes it from further off when the other claim names the same event and no other place', () => {
      const text = 'Harlow Police said nobody had been injured during the evacuation.' + between + ' The ambulance service said its crews had treated two people for minor injuries.';
      expect(claim(text, 'nobody had been injured').status).toBe('disputed');
    });

    it('does not dispute it with people hurt in another event', () => {
      const text = 'Harlow Police said nobody had been injured during the evacuation. The ambulance service said its crews had treated two people injured in a car crash.';
      expect(claim(text, 'nobody had been injured').status).toBe('uncontested');
    });

    it('does not dispute it from further off when the two claims place it by different names', () => {
      const text = 'The Varno ministry said debris had fallen on a field near Plauru and that nobody had been hurt.' + between + ' The port authority said two port workers were hurt.';
      expect(claim(text, 'nobody had been hurt').status).toBe('uncontested');
    });
  });
});
