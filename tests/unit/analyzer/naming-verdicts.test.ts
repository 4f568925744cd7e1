// Denials told in other words: a verdict given in a document someone sent ("sent reporters a memo calling the line
// 'a fabrication'"), "never produced evidence" read as "no evidence", and "no plans to vent or burn" against
// "considering a controlled release". Invented events, written for these tests.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('a memo calling a claim a fabrication', () => {
  const text =
    'Republican Tom Fenwick, the former county judge, said during the debate that burglaries in Harlow County had "tripled" since the mayor took office. ' +
    'By Thursday the Democratic Party had sent reporters a three-page memo calling the line "a fabrication" and arguing that police records show a small decline.';

  it('disputes the claim, answered by who sent the memo', () => {
    const c = claim(text, 'burglaries in Harlow County');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.name).toContain('Democratic Party');
  });

  it('leaves alone a memo that calls nothing false', () => {
    const t =
      'Republican Tom Fenwick, the former county judge, said during the debate that burglaries in Harlow County had "tripled" since the mayor took office. ' +
      'By Thursday the Democratic Party had sent reporters a three-page memo calling the debate "a turning point" for the race.';
    expect(claim(t, 'burglaries in Harlow County').status).toBe('uncontested');
  });
});

describe('never produced evidence', () => {
  const claimText = 'The Oakmont Republican Party said in an email that "Democrat activists" were "suing to keep illegal voters on the rolls". ';

  it('disputes the claim, as "no evidence" would', () => {
    const t = claimText + 'The state Democratic Party said the GOP had never produced evidence of a single illegal vote in the last three elections.';
    const c = claim(t, 'suing to keep illegal voters');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.name).toContain('Democratic Party');
  });

  it('leaves alone evidence that was produced', () => {
    const t = claimText + 'The state Democratic Party said the GOP had produced evidence of a single illegal vote in the last three elections.';
    expect(claim(t, 'suing to keep illegal voters').status).toBe('uncontested');
  });
});

describe('no plans to do what another side says is planned', () => {
  it('disputes the claim of the plan, the act said in other words', () => {
    const t =
      'County Commissioner Ray Dunmore told a local radio station that a company official had told him the firm was "considering a controlled release" of one of the tank cars. ' +
      'The railroad said there were no plans to vent or burn any material at the site.';
    expect(claim(t, 'considering a controlled release').status).toBe('disputed');
  });

  it('leaves alone a verb with another particle', () => {
    const t =
      'Residents told the Gazette that more than 40 people fell ill after the mast was switched on in March. ' +
      'Telvane, which operates the mast, said it had no plans to switch it off.';
    expect(claim(t, 'more than 40 people fell ill').status).toBe('uncontested');
  });
});
