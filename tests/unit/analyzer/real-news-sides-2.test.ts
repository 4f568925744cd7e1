import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('sides of real political prose, round 2', () => {
  it('a description in lower case between a capitalised opening word and a name leaves the person their own side', () => {
    const text = 'Folk legend Wendell Ames, who played the fair for forty years, said the new owners had priced out local acts.';
    expect(claim(text, 'priced out local acts').asserter.side).toBe('Wendell Ames');
  });

  it("a party's word opening the sentence describes the person when the article writes it in lower case too", () => {
    const text =
      'Conservative firebrand Marguerite Olsen said the tax bill would "gut the suburbs" before the midterm elections. ' +
      'Many conservatives in the state legislature have backed the bill since March.';
    expect(claim(text, 'gut the suburbs').asserter.side).toBe('Marguerite Olsen');
  });

  it('a convention one addressed is no body one speaks for', () => {
    const text =
      'The ad drew complaints from veterans groups on Monday. ' +
      'Mr. Abara, who had addressed the Republican National Convention in July, said the ad mocked his late brother.';
    expect(claim(text, 'mocked his late brother').asserter.side).not.toBe('Republican Party');
  });

  it('a courtesy title of the other gender is another of the family, who does not take the side recorded for him', () => {
    const text =
      'Mr. Osei, who chairs the Riverside Tenants Association, said the library would close in the spring. ' +
      'Mrs. Osei said she had organised a petition against the closure.';
    expect(claim(text, 'organised a petition').asserter.side).not.toBe('Riverside Tenants Association');
  });

  it("a name first given as a relative of the other gender is not the titled speaker's", () => {
    const text =
      'Ms. Adeyemi said the coroner had ignored the warnings. ' +
      'Ms. Adeyemi said she had written to the coroner twice about her son, Tunde Adeyemi. ' +
      'Ms. Adeyemi said the family would appeal.';
    expect(claim(text, 'the family would appeal').asserter.side).not.toBe('Tunde Adeyemi');
  });

  it("a named person's title with a surname met in another's description takes the person, not the describer's body", () => {
    const text =
      'Senator Tom Varga opened his Iowa office on Monday. ' +
      'One pastor supporting Mr. Varga, Darnell Pryce of Grace Baptist Church in Ames, said he had called 80 churches. ' +
      "Mr. Varga said the state's pastors would decide the caucuses.";
    expect(claim(text, 'pastors would decide').asserter.side).toBe('Tom Varga');
  });

  it('a titled surname is the one introduced first, not a relative introduced after', () => {
    const text =
      'Tom Varga won the straw poll in Ames on Monday. The campaign has deployed his pastor father, Bartholomew Varga, as a surrogate. ' +
      'Mr. Varga said the caucuses would turn on turnout.';
    expect(claim(text, 'turn on turnout').asserter.side).toBe('Tom Varga');
  });

  it("a candidate's adviser or campaign officer speaks for the candidate", () => {
    const text =
      "Owens' campaign raised $2 million in March, its best month yet. " +
      'Lena Ortiz, a senior adviser to Owens, said the money would pay for ads in Ohio. ' +
      "Lyle Morris, Owens' campaign manager, said the campaign would open ten offices. " +
      "Dana Cole, the Owens campaign's Ohio director, said volunteers had made 40,000 calls.";
    expect(claim(text, 'pay for ads in Ohio').asserter.side).toBe('Owens');
    expect(claim(text, 'open ten offices').asserter.side).toBe('Owens');
    expect(claim(text, '40,000 calls').asserter.side).toBe('Owens');
  });

  it("a campaign written with a bare apostrophe (\"Reyes' campaign\") makes its candidate one", () => {
    const text =
      "Reyes' campaign raised $2 million in March, its best month yet. " +
      "Lyle Morris, Reyes' campaign manager, said the money would pay for ads in Ohio.";
    expect(claim(text, 'pay for ads in Ohio').asserter.side).toBe('Reyes');
  });

  it('one the article calls by a name he is known as keeps that description on later mentions', () => {
    const text =
      '"The convoy never waited for orders," said the station chief known as Rolf, speaking publicly for the first time. ' +
      'Rolf said he had read the report but had not seen the film.';
    expect(claim(text, 'read the report').asserter.name).toBe('the station chief known as Rolf');
  });

  it('a word opening the clause is no part of the name that follows it', () => {
    const text =
      'Cardinal Pietro Alessi visited the border on Sunday. ' +
      'When Alessi said the wall was "a wound," the remark drew a reply from the White House within hours.';
    expect(claim(text, 'a wound').asserter.name).toBe('Alessi');
  });

  it('a leader the aliases give a country is no country in a contest for a nomination, nor while another is President', () => {
    const contest =
      'Absent Biden skips the debate. ' +
      'Joe Biden finished first in the New Hampshire primary on Tuesday. ' +
      'Biden said the result showed the party wanted a fighter.';
    expect(claim(contest, 'wanted a fighter').asserter.side).toBe('Joe Biden');
    const another =
      'President Marcus Hale signed the order on Monday. ' + 'Joe Biden, who left the Senate in 2009, said the order went too far.';
    expect(claim(another, 'went too far').asserter.side).toBe('Joe Biden');
    const vice = 'President Marcus Hale signed the order on Monday. ' + 'Vice President Joe Biden said the order would be enforced.';
    expect(claim(vice, 'would be enforced').asserter.side).toBe('United States');
    // A capital the aliases give the country is no candidate, whoever shares its name.
    const capital = 'President Marcus Hale spoke at George Washington University on Monday. Washington said the tariffs on steel would stay.';
    expect(claim(capital, 'tariffs on steel').asserter.side).toBe('United States');
  });

  it("a surname that is also a title's word ends the name it closes", () => {
    const text =
      'The hearing was closed, but New Jersey Congresswoman Ruth King spoke to reporters afterwards. ' +
      'King said the testimony differed from the account given in September.';
    expect(claim(text, 'testimony differed').asserter.side).toBe('Ruth King');
  });
});
