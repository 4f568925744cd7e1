// Who speaks, in forms found in real political and rumour coverage: the speaker before "told",
// pronouns that point at a clause's subject in the same sentence, ranks in names, relative
// clauses around the speaker or the cue, nouns of saying as objects, parties given once and
// remembered, and clock times or places that are no part of a speaker's name.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { claim } from './claim-holding';

const names = (text: string): string[] => analyze(text).claims.map((c) => c.asserter.name);

describe('the speaker of a quote closed before "told"', () => {
  it('is the phrase before "told", not the one told', () => {
    const c = claim('"We should build bridges, not walls," the Vatican spokesman, Federico Lombardi, told Vatican Radio.', 'build bridges');
    expect(c.asserter.name).toBe('the Vatican spokesman, Federico Lombardi');
    expect(c.text).not.toContain('Lombardi');
  });

  it('keeps a quote whole when it holds a dash', () => {
    const c = claim('"The agents are under a lot of pressure and are busting a\u2013," an intelligence source, who was not authorized to speak, told Fox News.', 'under a lot of pressure');
    expect(c.asserter.name).toContain('an intelligence source');
  });
});

describe('pronouns within the sentence', () => {
  it('takes the subject of an earlier clause for "he" and "his"', () => {
    const text =
      'Gov. Mike Pence spoke in Ohio on Tuesday. Rep. Sean Duffy said the war had been lost years ago. ' +
      "The causes of the group's rise are hotly debated, and Pence is not alone in his contention that the withdrawal from Iraq led to it.";
    expect(claim(text, 'the withdrawal from Iraq led to it').asserter.name).toBe('Gov. Mike Pence');
  });

  it('takes a sentence subject named only by surname for a later "she"', () => {
    const text =
      'The senator from Vermont spoke in Ohio on Monday. The Independent Vermont senator said the race was not over. ' +
      'Clinton has taken a confusing stance on the minimum wage, but she has said that she supports a $12 wage nationally. Clinton spoke last.';
    expect(claim(text, 'she supports a $12 wage').asserter.name).toBe('Clinton');
  });

  it("skips a possessive subject: \"Mr. Lane's tool kit ... He\" is not the tool kit", () => {
    const text = "Mr. Lane spoke on Monday. And Mr. Lane's usual tool kit has failed him: He earned no reprieve with his complaints that the press had been unfair to him.";
    expect(claim(text, 'the press had been unfair to him').asserter.name).not.toContain('tool kit');
  });

  it('gives "he" to an actor whose full name shows his gender, and names him in full', () => {
    const text =
      'Donald Trump spoke first at the rally. Atlantic City Mayor Don Guardian said the city was recovering. ' +
      'Trump blamed local officials on Twitter before the speech. "The Democrat pols in Atlantic City made all the wrong moves," he wrote.';
    expect(claim(text, 'made all the wrong moves').asserter.name).toBe('Donald Trump');
  });

  it('never lets an unresolved pronoun stand for a later one', () => {
    const text = 'She has said that the wage should rise to $12 nationally. Later he declared that the plan would fail in the Senate.';
    expect(names(text)).toEqual(['She', 'he']);
  });
});

describe('ranks, clock times and places in a speaker\'s name', () => {
  it('keeps "Maj. Gen." at a sentence start and a rank holder speaks for the army\'s country', () => {
    const text =
      'BOGOTA \u2014 The Colombian army said rebels had attacked a convoy near Tumaco on Monday. ' +
      'Maj. Gen. Ana Ruiz said two soldiers had been wounded in the attack. ' +
      'Sgt. Luis Mora, who was driving the last truck, said the rebels had fired first.';
    const ruiz = claim(text, 'two soldiers had been wounded');
    expect(ruiz.asserter).toEqual({ name: 'Maj. Gen. Ana Ruiz', side: 'Colombia' });
    expect(claim(text, 'the rebels had fired first').asserter.side).toBe('Colombia');
  });

  it('reads "Reports from the scene" as unnamed reports and leaves "9 a.m." out of a name', () => {
    const text = 'Reports from the scene said at least four people had been taken to hospital. Several roads were closed, and by 9 a.m. Wellsford Police said the fire had been contained.';
    expect(claim(text, 'four people had been taken to hospital').asserter.side).toBe('reports');
    expect(claim(text, 'the fire had been contained').asserter.name).toBe('Wellsford Police');
  });

  it('does not take a time phrase before an appositive for the speaker', () => {
    const c = claim('In a statement on Sunday, a spokesman for the group, Ka Oris Malaya, said its units had not been in the village.', 'its units had not been in the village');
    expect(c.asserter.name).toBe('a spokesman for the group, Ka Oris Malaya');
  });

  it('reads "that morning" after the content as a determiner, not the start of the content', () => {
    const c = claim('A spokesman for the group said none of its units had been in Malitubog that morning.', 'none of its units');
    expect(c.text).toBe('none of its units had been in Malitubog that morning');
  });
});

describe('relative clauses', () => {
  it('gives the antecedent of "who" the cue after it', () => {
    const c = claim('Though executives who have worked with Lachlan Murdoch say he shares some of his father\'s views, he rarely shows them.', 'he shares some of');
    expect(c.asserter.name).toBe('executives who have worked with Lachlan Murdoch');
  });

  it('reads a cue inside a relative clause: "who he claims has ...", "a video that it said showed ..."', () => {
    const kelly = claim('Mr. Lane attacked the moderator, Megyn Kelly, who he claims has been unfair to him for months.', 'has been unfair to him');
    expect(kelly.asserter.name).toBe('Mr. Lane');
    const video = claim("The Houthis' media office later published a video that it said showed smoke rising from the tanker's deck. The footage could not be independently verified.", 'showed smoke rising');
    expect(video.asserter.name).toBe("The Houthis' media office");
    expect(video.status).toBe('unconfirmed');
  });

  it("ends a relative clause's content at the main clause's verb", () => {
    const c = claim('The man who she said had attacked her in the park was arrested on Friday.', 'attacked her');
    expect(c.text).toBe('had attacked her in the park');
  });
});

describe('nouns of saying and new cue verbs', () => {
  it('reads "tweeted his observations of X" as what was said, and "tweeted a photo" as nothing', () => {
    expect(claim('Sexton tweeted his observations of the rally as he lined up outside.', 'observations').text).toBe('his observations of the rally');
    expect(analyze('The mayor posted a photo of the flooded street on Facebook.').claims).toEqual([]);
  });

  it('reads "said in the spring, when ..., \u201cP\u201d" as a quote after a phrase of time', () => {
    const c = claim('Clinton initially said in the spring, when the email story broke, \u201cI did not email any classified material to anyone.\u201d', 'classified material');
    expect(c.asserter.name).toBe('Clinton');
    expect(c.text).toBe('I did not email any classified material to anyone');
  });

  it('gives "X said P, people familiar with the session said." to those who relay it, once', () => {
    const text = 'Eggleston said the letter could hurt the strategy on a separate program, people familiar with the session said.';
    const claims = analyze(text).claims;
    expect(claims.map((c) => [c.asserter.name, c.text])).toEqual([['people familiar with the session', 'the letter could hurt the strategy on a separate program']]);
  });

  it('reads "As reported by X, P" as X reporting P', () => {
    const c = claim('As reported by Western Journalism, the former secretary of state was made aware of her duty to protect classified information.', 'was made aware');
    expect(c.asserter.name).toBe('Western Journalism');
  });

  it('reads "quipped" as a cue', () => {
    expect(names('"If you ask one more mean question, I may have to leave the stage," Cruz quipped.')).toEqual(['Cruz']);
  });
});

describe('parties given once', () => {
  it('remembers "(D-Ore.)" and ", a Republican" for later mentions of the surname', () => {
    const text =
      'SALEM, Ore. \u2014 Sen. Dana Whitlock (D-Ore.) has attacked Gov. Martin Keel over a pipeline, and on Tuesday she said that the project would poison the river. ' +
      'Keel, a Republican who is challenging Whitlock, said the project would create thousands of jobs. ' +
      'Rosa Llanes, a Democrat, said her office had followed the law.';
    expect(claim(text, 'poison the river').asserter.side).toBe('Democratic Party');
    expect(claim(text, 'thousands of jobs').asserter.side).toBe('Republican Party');
    expect(claim(text, 'her office had followed the law').asserter.side).toBe('Democratic Party');
  });

  it('does not let a headline\'s passive "rumours ... denied" make the rumour\'s subject a denier', () => {
    const text =
      'Fire service says no one was inside; rumours of trapped workers denied\n\n' +
      'HOLLINSBY \u2014 The Mersey Vale Fire and Rescue Service said on Friday that no one had been inside the warehouse when the fire started.';
    const c = claim(text, 'no one had been inside the warehouse');
    expect(c.responses.map((r) => r.by.name)).not.toContain('workers');
  });
});

describe('headlines, quotes before their speaker, and answers', () => {
  it('gives a headline\'s "Fire service" the side of the service the story names', () => {
    const text =
      'Fire service says warehouse blaze was started deliberately\n\n' +
      'HOLLINSBY \u2014 A fire that destroyed a warehouse on Canal Street was set on purpose, the Mersey Vale Fire and Rescue Service said on Friday.';
    const c = claim(text, 'started deliberately');
    expect(c.asserter).toEqual({ name: 'Fire service', side: 'Mersey Vale Fire and Rescue Service' });
  });

  it('gives every sentence of a quote its speaker named after it', () => {
    const text = '"There is no breach. The levee is doing exactly what it was built to do," the Guard\'s spokesman, Lt. Col. Aaron Whitfield, told Channel 9 News.';
    expect(claim(text, 'There is no breach').asserter.name).toBe("the Guard's spokesman, Lt. Col. Aaron Whitfield");
    expect(claim(text, 'The levee is doing').asserter.name).toBe("the Guard's spokesman, Lt. Col. Aaron Whitfield");
  });

  it('ends a rumour where ", but X said" begins', () => {
    const c = claim('Posts claiming that the levee had failed north of downtown spread on Sunday, but the Iowa National Guard said the levee was holding.', 'the levee had failed');
    expect(c.text).not.toContain('Guard');
    expect(c.status).toBe('disputed');
  });

  it('lets "could not confirm what the video showed" answer only what the video shows', () => {
    const text =
      'A neighbour, Jean Pollitt, told the Gazette she had heard two loud bangs before she saw smoke. ' +
      'She later shared a video that she said showed sparks coming from a roof vent. Police said they could not confirm what the video showed.';
    expect(claim(text, 'showed sparks').status).toBe('unconfirmed');
    expect(claim(text, 'two loud bangs').status).toBe('uncontested');
  });

  it('reads "the company" after "the company\'s entry in a registry" as the company, not its entry', () => {
    const text =
      'Corvane Therapeutics said on Thursday that it had paused a trial of its weight-loss pill. ' +
      "The trial, according to the company's entry in a public registry, had enrolled 1,940 adults in 11 countries. " +
      'The company later insisted that none of the patients had suffered lasting liver damage.';
    expect(claim(text, 'lasting liver damage').asserter).toEqual({ name: 'Corvane Therapeutics', side: 'Corvane Therapeutics' });
  });

  it('does not read a claim without people as answering "no one had been inside"', () => {
    const text =
      'The fire service said on Friday that no one had been inside the building when the fire started. ' +
      "The warehouse's owner, Brackley Paper Ltd, said in a statement that the building had passed a fire safety inspection in April.";
    expect(claim(text, 'no one had been inside').status).toBe('uncontested');
  });
});
