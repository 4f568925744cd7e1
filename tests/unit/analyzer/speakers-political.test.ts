// Speakers and sides in US political coverage and the bodies around it: organisations whose names
// hold lower-case words, offices whose holder is not named, parties given in appositives, anonymous
// sources, and the sentence shapes that carry them. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { claim } from './claim-holding';

describe('organisations named with lower-case words', () => {
  it.each([
    ['Save the Children said the camp had run out of clean water by Tuesday.', 'run out of clean water', 'Save the Children'],
    ['Doctors Without Borders said three clinics in the valley had closed.', 'three clinics', 'Doctors Without Borders'],
    ['Friends of the Earth said the river was badly polluted below the mill.', 'badly polluted', 'Friends of the Earth'],
    ['The Committee to Protect Journalists said four reporters were being held.', 'four reporters', 'Committee to Protect Journalists'],
    ['In Geneva, Save the Children said the camp had been emptied overnight.', 'camp had been emptied', 'Save the Children'],
  ])('keeps the whole name and speaks for it: %s', (text, phrase, name) => {
    const { asserter } = claim(text, phrase);
    expect(asserter.name).toContain(name);
    expect(asserter.side).toBe(name);
  });

  it('does not take a time word opening the sentence into a name', () => {
    const { asserter } = claim('Monday the Kremlin said the talks in Minsk were over.', 'talks in Minsk');
    expect(asserter.name).toBe('the Kremlin');
    expect(asserter.side).toBe('Russia');
  });
});

describe("an office whose holder is not named", () => {
  it.each([
    ["The governor's office said the road would reopen within a week.", 'road would reopen'],
    ["The governor's spokesman said the road would reopen within a week.", 'road would reopen'],
    ["A spokeswoman for the governor's office said the bridge was safe to cross.", 'bridge was safe'],
    ['The office of the governor said the tolls would fall next year.', 'tolls would fall'],
  ])('speaks for the office, never the bare role word: %s', (text, phrase) => {
    expect(claim(text, phrase).asserter.side).toBe("governor's office");
  });

  it('keeps a modifier of the role in the office', () => {
    const text = "The lieutenant governor's office said the ferry closure was illegal under state law.";
    expect(claim(text, 'ferry closure').asserter.side).toBe("lieutenant governor's office");
  });

  it('speaks for the holder once the article names one', () => {
    const text = "Gov. Ana Reyes, a Democrat, signed the bill on Friday. The governor's office said the road would reopen within a week.";
    expect(claim(text, 'road would reopen').asserter.side).toBe('Democratic Party');
  });

  it("takes the party of the person named after \"The office of\"", () => {
    const text =
      'Sen. Ruth Okafor (D-Md.) blamed the House. The office of Senate Majority Leader Ruth Okafor rejected that charge, saying that the Senate had passed its own bill weeks ago.';
    expect(claim(text, 'passed its own bill').asserter.side).toBe('Democratic Party');
  });
});

describe('parties in campaign coverage', () => {
  const text =
    'COLUMBUS, Ohio — Republican presidential nominee Donald Trump said on Tuesday that his rival had lied about her emails. ' +
    'Clinton, the Democratic nominee, said Trump was unfit to be president. ' +
    '"She is a disaster for this country," Trump told reporters. ' +
    '"He is dangerous for this country," Clinton said. ' +
    'The White House said the president would campaign in Ohio next week.';

  it('reads the party from ", the Democratic nominee"', () => {
    expect(claim(text, 'unfit to be president').asserter.side).toBe('Democratic Party');
  });

  it('keeps the party the article gave a person whose surname the alias table knows', () => {
    expect(claim(text, 'She is a disaster').asserter.side).toBe('Republican Party');
  });

  it('finds a person introduced by a one-word name with an appositive when that name comes back', () => {
    expect(claim(text, 'He is dangerous').asserter.side).toBe('Democratic Party');
  });

  it('lets the White House speak for the country', () => {
    expect(claim(text, 'campaign in Ohio').asserter.side).toBe('United States');
  });

  it('lets a president or an administration official speak for a country, not for the party that spoke last', () => {
    const parties =
      'Democrats said the bill would fail. ' +
      'The White House has signaled that it could accept the disaster money, according to an administration official.';
    expect(claim(parties, 'accept the disaster money').asserter.side).toBe('United States');
  });
});

describe('anonymous and unnamed sources', () => {
  it('takes "people familiar with the plan" as a group speaking for itself', () => {
    const { asserter } = claim('The speaker will bring the bill to the floor on Wednesday, according to two people familiar with the plan.', 'bring the bill');
    expect(asserter.name).toBe('two people familiar with the plan');
    expect(asserter.side).toBe('people familiar with the plan');
  });

  it.each([
    ['Sources close to the team said the coach would resign at the end of the season.', 'Sources close to the team', 'sources close to the team'],
    ['Residents near the plant said the water had turned brown overnight.', 'Residents near the plant', 'residents'],
    ['Rights groups said the new law would silence dissent in the provinces.', 'Rights groups', 'rights groups'],
  ])('keeps the description with its noun: %s', (text, name, side) => {
    const { asserter } = analyze(text).claims[0] ?? { asserter: { name: '', side: '' } };
    expect(asserter.name).toBe(name);
    expect(asserter.side).toBe(side);
  });

  it('takes the noun before a participle the tagger may read as a noun, and skips the anonymity clause', () => {
    const text =
      'Two Democratic aides tracking the vote, speaking on condition of anonymity because they were not authorized to discuss it, said at least 15 Republicans would vote against the rule.';
    const { asserter } = claim(text, 'vote against the rule');
    expect(asserter.name).toBe('Two Democratic aides tracking the vote');
    expect(asserter.side).toBe('Democratic Party');
  });

  it('gives "the spokesperson, X" the side of the spokesperson met just before', () => {
    const text =
      'Rep. Tom Ridley (R-La.) plans a vote on Wednesday. Democrats said 15 Republicans would vote against it. ' +
      'A spokesperson for Ridley disputed that figure. "The whip count is nowhere near that," the spokesperson, Claire Dunn, said in a statement.';
    expect(claim(text, 'whip count is nowhere near').asserter.side).toBe('Republican Party');
  });

  it('takes the antecedent of a relative clause ending in an object pronoun as the speaker', () => {
    const text = 'Progressive organizations that have endorsed him say the party should choose the candidate with the most votes.';
    const { asserter } = claim(text, 'party should choose');
    expect(asserter.name).toMatch(/^Progressive organizations/);
    expect(asserter.side).toBe('progressive organizations');
  });
});

describe('people speaking for themselves', () => {
  it('names a resident by the name after her role, not a word the sentence capitalised', () => {
    const text = 'Retired nurse Beverly Tran, who lives on the east side, said she waited 25 minutes for an ambulance.';
    expect(claim(text, 'waited 25 minutes').asserter.side).toBe('Beverly Tran');
  });

  it('keeps a capitalised word the tagger reads as an auxiliary inside a name', () => {
    const text = '"Many of his ideas are far from heartwarming," columnist Ai Jun wrote in the Global Times.';
    expect(claim(text, 'far from heartwarming').asserter.name).toContain('Ai Jun');
  });
});

describe('who "he said" and "the former president" point to', () => {
  it('prefers the speaker of a sentence over the subject of what he said', () => {
    const text =
      'The writer Jared Sexton attended the rally in Greensboro. ' +
      'Trump, Sexton said, has created a zone free of political correctness. ' +
      '"So afterwards, his supporters feel justified," he said.';
    expect(claim(text, 'supporters feel justified').asserter.name).toContain('Sexton');
  });

  it('takes only the quote before "the former president said, going on to ..." and finds him in the sentence before', () => {
    const text =
      'Bill Clinton joined the campaign in Brooklyn on Monday. ' +
      '"The man running against Hillary is running harder against President Obama and me than against the Bush years," the former president said, going on to jab him for his party affiliation.';
    const c = claim(text, 'running harder');
    expect(c.text).not.toContain('former president said');
    expect(c.asserter.name).toBe('Bill Clinton');
  });
});

describe('sentence shapes that carry a claim', () => {
  it('reads "with X accusing Y of P" and ", accusing Y of P"', () => {
    const text =
      'The candidates clashed on Thursday, with challenger Maria Soto accusing Mayor Glen Hartley of letting response times grow. ' +
      'The union walked out on Monday, accusing the company of cutting wages by 10 percent.';
    expect(claim(text, 'letting response times grow').asserter.name).toContain('Maria Soto');
    expect(claim(text, 'cutting wages').asserter.name).toBe('The union');
  });

  it('leaves "filed a lawsuit accusing Y of P" to the filer\'s own words', () => {
    const text = 'Northbridge Athletic has filed a lawsuit accusing the agent of taking payments from a rival club.';
    expect(analyze(text).claims).toHaveLength(0);
  });

  it('skips a programme\'s quoted title after the outlet told', () => {
    const text = 'Rep. Jim Kowalski told Fox News\' "Hannity" that the House would pass its own spending bill by Tuesday.';
    expect(claim(text, 'pass its own spending bill').text).toMatch(/^the House would pass/);
  });

  it('reads "said that when ..., P" as a claim, not a question', () => {
    const text = "The mayor said that when the casinos did well, the developer was a good corporate citizen.";
    expect(claim(text, 'good corporate citizen').asserter.name).toBe('The mayor');
  });

  it('reads "X\'s most explosive claim is that P"', () => {
    const text = "But Podliska's most explosive claim is that the committee was launched to hurt Clinton's campaign.";
    expect(claim(text, 'committee was launched').asserter.name).toBe('Podliska');
  });

  it('skips a long introductory phrase before the speaker', () => {
    const text =
      "In response to the senator's proposal to bar refugees from entering the United States, the governor's top aide rallied supporters, saying: \"We have to be ready to stop him.\"";
    expect(claim(text, 'ready to stop him').asserter.name).toMatch(/top aide$/);
  });
});

describe('bodies named through another', () => {
  it('gives "an analyst at the firm" the side of the firm that spoke before', () => {
    const text =
      'Analysts at Pennington Securities said the reported price looked low. ' +
      '"At that price the buyer would be getting the brands cheaply," said Tom Ashdown, a food-sector analyst at the firm.';
    expect(claim(text, 'getting the brands cheaply').asserter.side).toBe('Pennington Securities');
  });

  it('lets the body named in the appositive of "X\'s largest shareholder" speak for itself', () => {
    const text = "Kestrel's largest shareholder, the pension fund Northgate Capital, said it had not been approached by either company.";
    expect(claim(text, 'not been approached').asserter.side).toBe('Northgate Capital');
  });

  it('reads "a report in Japan\'s Asahi Daily that P" as the paper\'s claim', () => {
    const text = "The government on Thursday rejected a report in Japan's Asahi Daily that it had secretly agreed to host the missiles.";
    const c = claim(text, 'secretly agreed to host the missiles');
    expect(c.asserter.side).toBe('Asahi Daily');
    expect(c.status).toBe('disputed');
  });

  it('keeps a country\'s state body with its country', () => {
    const text = "Germany's Federal Motor Transport Authority said it had logged six battery fires since March.";
    expect(claim(text, 'six battery fires').asserter.side).toBe('Germany');
  });

  it('passes over ", citing X," between the cue and its "that"', () => {
    const text =
      'The newspaper reported on Wednesday, citing unnamed officials in Tokyo, that the two governments had signed a confidential annex. ' +
      'The paper said, citing two people familiar with the matter, that the annex was worth $2 billion.';
    expect(claim(text, 'signed a confidential annex').text).toMatch(/^the two governments/);
    expect(claim(text, 'worth $2 billion').text).toMatch(/^the annex/);
  });
});

describe('cue words that only describe a noun', () => {
  it.each([
    "The governor's ability to navigate a racially charged argument between the two families is emerging as his first real test.",
    "Boyle manages the paper's reporting team and political content across the country.",
  ])('reports nothing: %s', (text) => {
    expect(analyze(text).claims).toHaveLength(0);
  });
});

describe('"her" after an unnamed aide', () => {
  it('points to the woman the article named, not the aide of unknown gender', () => {
    const text =
      'In Denver on Friday, Hillary Clinton told reporters that she had answered every question about the server. ' +
      'A campaign aide later clarified that the candidate had misspoken about the testimony. ' +
      'The remarks came in answer to a question about her claim that she never sent classified information on the server.';
    expect(claim(text, 'never sent classified information').asserter.name).toContain('Clinton');
  });

  it('keeps a named woman introduced by her role', () => {
    const text = "The city's mayor, Joanne Ritter, said the city would hold a vigil on Monday. She said flags would fly at half mast all week.";
    expect(claim(text, 'fly at half mast').asserter.name).toContain('Joanne Ritter');
  });
});

describe('a quote before "X said when ..."', () => {
  it('takes the quote, with the party the appositive gives', () => {
    const text = '"Very good reporter, very good reporter this guy," Trump, the GOP frontrunner, said when a reporter asked him a question.';
    const c = claim(text, 'very good reporter this guy');
    expect(c.asserter.name).toMatch(/^Trump/);
    expect(c.asserter.side).toBe('Republican Party');
  });
});

describe('short one-sentence paragraphs under a headline', () => {
  const text =
    "Rumours of singer's death spread online\n\n" +
    'Several Twitter users claimed on Sunday that the singer had died in a car crash.\n\n' +
    'A viral tweet claimed that the singer had been taken to hospital.\n\n' +
    "According to unverified reports on social media, the singer's tour had been cancelled.\n\n" +
    'Some fans said the singer had not been seen in public for weeks.\n\n' +
    'Users on Reddit said the photos had been doctored.\n';

  it('keeps claims that share only function words apart', () => {
    const texts = analyze(text).claims.map((c) => c.text);
    expect(texts).toContain('the singer had been taken to hospital');
    expect(texts).toContain("the singer's tour had been cancelled");
    expect(texts).toContain('the singer had not been seen in public for weeks');
  });

  it('lets a platform describe a group of users without naming its side', () => {
    expect(claim(text, 'car crash').asserter.side).toBe('twitter users');
    expect(claim(text, 'photos had been doctored').asserter.side).toBe('users');
  });
});

describe('cues followed by who was told and when', () => {
  it('takes the quote before "X told supporters later that evening"', () => {
    const text = '"He is not a conservative and never has been," Cruz told supporters later that evening.';
    expect(claim(text, 'not a conservative').asserter.name).toBe('Cruz');
  });

  it('skips a programme title and a time phrase before "that"', () => {
    const text = 'Mook told CNN\'s "State of the Union" on Sunday that the campaign had raised $37 million in the quarter.';
    expect(claim(text, 'raised $37 million').text).toMatch(/^the campaign had raised/);
  });
});

describe('more speakers in party coverage', () => {
  it('keeps a parenthesised party tag and appositive after an inverted cue', () => {
    const text =
      '"Democrats can\'t even agree with their own president," said Rep. Kevin Brady (R-Tex.), chairman of the Ways and Means Committee.';
    const c = claim(text, 'agree with their own president');
    expect(c.asserter.name).toContain('Kevin Brady');
    expect(c.asserter.side).toBe('Republican Party');
  });

  it('takes "she" after "X\'s position" as X', () => {
    const text =
      'Press secretary Josh Earnest told reporters the deal would raise wages. ' +
      "Hillary Clinton's position has shifted. She once praised the deal but now says it fails to protect American workers.";
    expect(claim(text, 'fails to protect American workers').asserter.name).toBe('Hillary Clinton');
  });
});

describe('officials and sources in breaking-news coverage', () => {
  it('lets "FBI Director X" and "RCMP Commissioner X" speak for the body the acronym names', () => {
    const text = 'The FBI said it had found no evidence of a plot. FBI Director James Comey said the investigation was closed.';
    expect(claim(text, 'investigation was closed').asserter.side).toBe('FBI');
    expect(claim('RCMP Commissioner Bob Paulson said the gunman had applied for a passport.', 'applied for a passport').asserter.side).toBe('RCMP');
  });

  it("gives the Prime Minister's Office the dateline's country", () => {
    const text = "OTTAWA — A spokesman for the Prime Minister's Office said the prime minister was safe and had left the building.";
    expect(claim(text, 'had left the building').asserter.side).toBe('Canada');
  });

  it.each([
    ['An unnamed source told the Toronto Star that the gunman had been known to police.', 'unnamed source'],
    ['A person familiar with the investigation said the gunman had a criminal record.', 'person familiar with the investigation'],
    ['A source close to the family said the man had been unwell for months.', 'source close to the family'],
  ])('lets an anonymous source speak for itself: %s', (text, side) => {
    expect(analyze(text).claims[0]?.asserter.side).toBe(side);
  });
});

describe('"P, as X said"', () => {
  it('takes the clause before ", as" as what the speaker after it said', () => {
    const text = 'It is premature to assume the senator has victory locked down, as some Republican leaders in the state have taken to saying.';
    const c = claim(text, 'victory locked down');
    expect(c.asserter.name).toBe('some Republican leaders');
    expect(c.asserter.side).toBe('Republican Party');
  });

  it('does not read a comparison as a speaker', () => {
    expect(analyze('The turnout was as high as organisers had hoped, and the rally ended early.').claims).toHaveLength(0);
  });
});

describe('campaigns, nominees and mayors', () => {
  it("gives a candidate's campaign the candidate's side, never the state", () => {
    const text =
      'Sanders stays in the race\n\n' +
      'Bernie Sanders said the system was rigged against working people. The Sanders campaign said the senator would stay in the race until the convention. ' +
      'The Trump campaign said the poll had been rigged against its candidate.';
    expect(claim(text, 'stay in the race').asserter.side).toBe(claim(text, 'rigged against working people').asserter.side);
    expect(claim(text, 'poll had been rigged').asserter.side).toBe('Trump');
  });

  it('does not take "the Democratic nominee" for the Republican one named before', () => {
    const text = 'The Republican nominee said the system was rigged against him. The Democratic nominee said the election would be fair and open.';
    expect(claim(text, 'election would be fair').asserter.side).toBe('Democratic Party');
  });

  it("lets a town's mayor speak for the town", () => {
    const text = '"At this point, I do not think there is bad publicity," said Atlantic City Mayor Don Guardian in a telephone interview.';
    expect(claim(text, 'bad publicity').asserter.side).toBe('Atlantic City');
  });

  it('takes "But X, an appositive, ..." as X for a later "He said"', () => {
    const text =
      '"There is a story there," said Atlantic City Mayor Don Guardian. ' +
      'But Guardian, the first Republican mayor elected in the city in two decades, stopped short of endorsing the criticism. ' +
      'He said that when the casinos did well, the developer was a good corporate citizen.';
    expect(claim(text, 'good corporate citizen').asserter.name).toContain('Guardian');
  });
});

describe('participles of saying as cues', () => {
  it.each([
    ['The company issued a statement explaining that the recall was voluntary and limited to one plant.', 'recall was voluntary', 'The company'],
    ['The minister wrote to the committee, conceding that the figures had been wrong for two years.', 'figures had been wrong', 'The minister'],
  ])('finds the speaker of %s', (text, phrase, name) => {
    expect(claim(text, phrase).asserter.name).toBe(name);
  });
});
