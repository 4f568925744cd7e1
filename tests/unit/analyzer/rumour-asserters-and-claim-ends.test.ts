// Rumour coverage: asserter shapes, sentence ends, claim ends and answers met in
// unseen Emergent-style rumour prose (an artist's "arrest", a fast-food contamination claim, a
// militant group's execution claim, a match-fixing report, a prison-escape rumour). Invented events.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { splitSentences } from '../../../lib/analyzer/sentences';
import { claim } from './claim-holding';

describe('sides of asserter shapes', () => {
  it('keeps "of" in a department named before a spokeswoman\'s role', () => {
    const text =
      'Rumours spread that two inmates had escaped. "There is no truth to the reports," Tennessee Department of Correction spokeswoman Dana Pruitt told The Tennessean. ' +
      'The department said every prisoner was present.';
    expect(claim(text, 'no truth to the reports').asserter.side).toBe('Tennessee Department of Correction');
  });

  it('gives "a jihadist group" the group named at the head of the next sentence', () => {
    const text =
      'The family said they had spoken to him, casting doubt on a claim by a jihadist group that it had executed him. ' +
      'Katiba Ansar al-Sahel, an al-Qaeda-linked group active around Gao, said its fighters had carried out the sentence.';
    expect(claim(text, 'executed him').asserter.side).toBe('Katiba Ansar al-Sahel');
  });

  it('gives "A spokeswoman for the bookmaker, Betwell" the body named after the kind', () => {
    const text = 'A spokeswoman for the bookmaker, Betwell, said the firm had shared information with the relevant authorities.';
    expect(claim(text, 'shared information').asserter.side).toBe('Betwell');
    const person = 'Harlan Motors recalled the cars. A spokeswoman for the carmaker, Helen Marsh, said the recall covered 4,000 vehicles.';
    expect(claim(person, 'covered 4,000 vehicles').asserter.side).toBe('Harlan Motors');
  });

  it('keeps the "\'s" of a name that speaks ("Crispo\'s said"), and its later references', () => {
    const text =
      "A woman said she found a mouse in a salad from a Crispo's Chicken restaurant. Crispo's said in a statement that its salads are checked twice. " +
      '"There is no possibility that this happened," the company said.';
    expect(claim(text, 'checked twice').asserter).toEqual({ name: "Crispo's", side: "Crispo's" });
    expect(claim(text, 'no possibility').asserter.side).toBe("Crispo's");
  });

  it('gives "A Texas woman" the person named just after, not Texas', () => {
    const text =
      'A Texas woman says she found a dead mouse in a salad she bought in Lubbock. ' +
      'Marisol Vega, 27, wrote in a Facebook post that she had eaten half the salad before she noticed it.';
    expect(claim(text, 'found a dead mouse').asserter.side).toBe('Marisol Vega');
    expect(claim('An Ohio couple said their dog had been poisoned at the park.', 'dog had been poisoned').asserter.side).not.toBe('Ohio');
  });

  it('gives "The family of a Danish aid worker" the worker named after, not Denmark', () => {
    const text =
      'The family of a Danish aid worker kidnapped in Mali said they had spoken to him by telephone this week. ' +
      'A militant group said in a statement that its fighters had killed Mikkel Sorensen, 41.';
    expect(claim(text, 'spoken to him').asserter.side).toBe('Mikkel Sorensen');
  });

  it('gives "a British tabloid" itself, not the United Kingdom', () => {
    const text = 'The street artist Vesper has been arrested and unmasked, according to a British tabloid.';
    expect(claim(text, 'arrested and unmasked').asserter.side).toBe('a British tabloid');
  });

  it('keeps an Arabic article inside a group\'s name ("Katiba Ansar al-Sahel")', () => {
    const text = 'Katiba Ansar al-Sahel, an al-Qaeda-linked group active around Gao, said its fighters had killed the hostage.';
    expect(claim(text, 'killed the hostage').asserter.side).toBe('Katiba Ansar al-Sahel');
  });

  it('gives "The artist\'s agency, Halide Projects" and "the agency\'s director" that agency', () => {
    const text =
      'The street artist Vesper has been arrested, according to a British tabloid. Police and the artist\'s representatives were quick to reject the story. ' +
      'But Greater Manchester Police said no one had been arrested in connection with any Vesper artwork. ' +
      'The artist\'s agency, Halide Projects, called the report "pure fiction". "Vesper has never been arrested," the agency\'s director, Ruth Okafor, said in an email.';
    expect(claim(text, 'never been arrested').asserter.side).toBe('Halide Projects');
  });

  it('gives "Sheriff X" the sheriff\'s office named just before, though it did not speak', () => {
    const text =
      'Rumours spread that three inmates had escaped. The Hickman County Sheriff\'s Office, which had posted a warning on Facebook, later deleted the post. ' +
      'Sheriff Wade Tillman said his office had acted on information from a trusted source.';
    expect(claim(text, 'trusted source').asserter.side).toBe("Hickman County Sheriff's Office");
  });
});

describe('sentence ends', () => {
  it('ends a sentence after a name in capitals with a full stop ("broadcaster DR. She said")', () => {
    const text = '"We heard his voice on Monday," his sister told Danish broadcaster DR. She said the call had lasted two minutes.';
    expect(splitSentences(text)).toHaveLength(2);
  });
});

describe('claim ends and reported clauses', () => {
  it('reads "reported, citing a "source at X", that P" and "citing an officer who asked not to be named, that P"', () => {
    const quoted = 'The Daily Star reported on Tuesday, citing a "source at Greater Manchester Police", that officers had detained a man from Salford.';
    expect(claim(quoted, 'officers had detained').asserter.side).toBe('Daily Star');
    const relative = 'Local station WKRN reported Thursday morning, citing a corrections officer who asked not to be named, that three men had climbed a fence.';
    expect(claim(relative, 'three men had climbed').text).toBe('three men had climbed a fence');
  });

  it('ends a claim at ", casting doubt on a claim by X that P", which disputes that claim', () => {
    const text =
      'The family said on Thursday that they had spoken to him this week, casting doubt on a claim by a jihadist group that it had executed him.';
    expect(claim(text, 'spoken to him').text).toBe('they had spoken to him this week');
    const executed = claim(text, 'executed him');
    expect(executed.status).toBe('disputed');
  });
});

describe('answers', () => {
  it('takes an outlet\'s report nearby to be among "the reports" a denial answers', () => {
    const text =
      'Rumours that three inmates had escaped from a state prison spread quickly on Thursday. ' +
      'Local station WKRN reported on Thursday that three men had climbed a fence at the Harlan Ridge Correctional Facility during a shift change. ' +
      '"There is no truth to the reports of an escape," a corrections department spokeswoman, Dana Pruitt, told The Tennessean.';
    expect(claim(text, 'climbed a fence').status).toBe('disputed');
    const single = text.replace('the reports of an escape', 'that rumour');
    expect(claim(single, 'climbed a fence').status).toBe('uncontested');
  });

  it('reads "X is alive" as a denial of a claim that X was killed', () => {
    const text =
      'A militant group said in a statement on Wednesday that its fighters had executed the hostage, Mikkel Sorensen. ' +
      '"Mikkel is alive," his sister, Line Sorensen, told reporters.';
    expect(claim(text, 'had executed the hostage').status).toBe('disputed');
  });

  it('leaves claims alone when a bare refusal\'s only shared words name who refused ("The club\'s goalkeeper ... has not commented")', () => {
    const text =
      'Northgate chairman Gary Pinnock said the club had not been contacted by investigators. ' +
      "The club's goalkeeper, Luke Ferris, who was named on social media, has not commented.";
    expect(claim(text, 'not been contacted').status).toBe('uncontested');
  });

  it('does not read what a responder does ("which represents corrections officers") as its name', () => {
    const text =
      'Sheriff Wade Tillman said his office had acted on information from a trusted source. ' +
      'The Tennessee State Employees Association, which represents corrections officers, said staff shortages had made rumours inevitable. ' +
      'It did not say whether any of its members had spoken to reporters.';
    expect(claim(text, 'trusted source').status).toBe('uncontested');
    expect(analyze(text).claims.every((c) => c.status === 'uncontested')).toBe(true);
  });
});

describe("where a rumour's content ends", () => {
  it('ends before a rumour verb the tagger may read as a noun, once the content has its own verb', () => {
    const text = 'Mill fire\n\nSpeculation that the owners would demolish the old mill buildings spread quickly on local forums, fuelled by photos of bulldozers.';
    expect(analyze(text).claims.map((c) => c.text)).toEqual(['the owners would demolish the old mill buildings']);
  });

  it('keeps a rumour verb that is the content\'s own', () => {
    const text = 'Mill fire\n\nRumours that the fire spread quickly through the mill were false, the fire service said.';
    expect(claim(text, 'the fire spread quickly').text).toContain('spread quickly through the mill');
  });
});
