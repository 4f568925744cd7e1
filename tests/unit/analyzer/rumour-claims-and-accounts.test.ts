// Rumour coverage: a militia's prisoner claim, a CEO-exit report, a viral wildlife photo,
// a state broadcaster's spy story, a celebrity pregnancy and a police-shooting account.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { claim } from './claim-holding';

describe('people named in full before', () => {
  it('gives "Reyes said" the side of the "Jordan Reyes" named before', () => {
    const text = "Tessa Quinn is pregnant. Quinn's co-star Jordan Reyes told ET that the cast had known for months. \"We are all over the moon,\" Reyes said.";
    expect(claim(text, 'over the moon').asserter.side).toBe('Jordan Reyes');
  });

  it('gives a co-star named after a possessive their own side, a manager the one they work for', () => {
    const text = "Tessa Quinn is pregnant. Quinn's co-star Jordan Reyes told ET that the cast had known for months.";
    expect(claim(text, 'the cast had known').asserter.side).toBe('Jordan Reyes');
    const managed = 'Daniel Kiprono won in Eldoret. Kiprono\'s manager, Federico Rosa, said the sprinter had never failed a test.';
    expect(claim(managed, 'never failed a test').asserter.side).toBe('Daniel Kiprono');
  });

  it('gives "her rep" the actress, not a show title written in quotes', () => {
    const text = 'Tessa Quinn is going to be a mom! The "Harbor Lights" actress and her husband are thrilled to be welcoming a baby girl, her rep confirmed to PEOPLE.';
    expect(claim(text, 'welcoming a baby girl').asserter.side).toBe('Tessa Quinn');
  });
});

describe('bodies named by kind, initials or place', () => {
  it('gives "a curator at the museum" the museum named before', () => {
    const text =
      'The photo shows a domestic cat, according to experts at the Natural History Museum. ' +
      'Dr Helen Carver, a curator of mammals at the museum, said her team had estimated its length at about 90cm.';
    expect(claim(text, 'estimated its length').asserter.side).toBe('Natural History Museum');
  });

  it('gives "a spokesman for the fund" the fund named before, and the fund its own name', () => {
    const text =
      "Halvorsen Medical fell 6%. Spencer Hall Capital, an activist investor that holds about 4% of Halvorsen's shares, said the company needed fresh leadership. " +
      'A spokesman for the fund said it had not been told of any decision.';
    expect(claim(text, 'needed fresh leadership').asserter.side).toBe('Spencer Hall Capital');
    expect(claim(text, 'not been told of any decision').asserter.side).toBe('Spencer Hall Capital');
  });

  it('expands "an ICRC spokeswoman" and "A BCI spokesman" to the bodies the article named in full', () => {
    const text =
      'The International Committee of the Red Cross declined to say whether it had been involved. ' +
      'An ICRC spokeswoman in Goma, Marie Kabasele, said the organisation did not discuss its work with parties to a conflict. ' +
      'The Ohio Bureau of Criminal Investigation is reviewing the shooting. A BCI spokesman, Kevin Ahern, said investigators had not yet interviewed the officer.';
    expect(claim(text, 'did not discuss its work').asserter.side).toBe('International Committee of the Red Cross');
    expect(claim(text, 'had not yet interviewed').asserter.side).toBe('Ohio Bureau of Criminal Investigation');
  });

  it('gives bare "Police" and a police chief the force of the dateline town when the article names none', () => {
    const text =
      'MILLBROOK, Ohio — A man was shot dead by a Millbrook police officer on Saturday.\n\n' +
      'Police said in a statement that officers were called to an apartment complex after reports of gunfire.\n\n' +
      'Police Chief Raymond Doyle said the officer had been placed on paid administrative leave.';
    expect(claim(text, 'called to an apartment complex').asserter.side).toBe('Millbrook Police');
    expect(claim(text, 'placed on paid administrative leave').asserter.side).toBe('Millbrook Police');
  });

  it('keeps a police force the article names ("Kent Police") for a later bare "Police"', () => {
    const text = 'ASHFORD, England — Kent Police said no explosion had taken place at the stadium. Police said nobody had been injured during the evacuation.';
    expect(claim(text, 'nobody had been injured').asserter.side).toBe('Kent Police');
  });

  it('gives "An armed group in eastern Congo" the group named in the next sentence, not the country', () => {
    const text =
      'GOMA, Democratic Republic of Congo (AFP) — An armed group in eastern Congo said on Sunday that it had released 43 government soldiers. ' +
      'The Kivu Patriotic Alliance (KPA), which has controlled the area since August, said the soldiers had been handed over at the border.';
    expect(claim(text, 'released 43 government soldiers').asserter.side).toBe('Kivu Patriotic Alliance');
  });

  it('reads "Congo" as DR Congo and "the Democratic Republic of the Congo" as no party', () => {
    const congo = claim('Congo said the rebels had withdrawn from the town of Rutshuru.', 'withdrawn from the town');
    expect(congo.asserter.side).toBe('DR Congo');
    const drc = claim('The Democratic Republic of the Congo said the rebels had withdrawn from the town.', 'withdrawn from the town');
    expect(drc.asserter.side).toBe('DR Congo');
  });
});

describe('speakers a sentence hides', () => {
  it('finds "One of them, X, said P" with X the speaker', () => {
    const text = 'Two neighbors said they heard gunshots. One of them, Linda Morales, said she saw a young man firing into the air.';
    expect(claim(text, 'firing into the air').asserter.name).toBe('Linda Morales');
  });

  it('finds "X has long accused Y of P", the tagger reading "long" as an adjective', () => {
    const c = claim('Kinshasa has long accused Kigali of arming and financing the rebels, which Rwanda denies.', 'arming and financing');
    expect(c.asserter.side).toBe('DR Congo');
    expect(c.status).toBe('disputed');
  });

  it('takes a quote opening on a verb after "said the officer" as the claim, not an inverted speaker', () => {
    const text = 'The president of the local Fraternal Order of Police lodge, Mike Brannigan, said the officer "did exactly what he was trained to do" and urged calm.';
    const c = claim(text, 'did exactly what he was trained to do');
    expect(c.asserter.name).toContain('Mike Brannigan');
    expect(analyze(text).claims.some((x) => x.asserter.name === 'the officer')).toBe(false);
  });
});

describe('subjects with a participle or a bound inside', () => {
  it('keeps "Relatives of at least two soldiers" whole', () => {
    const c = claim('Relatives of at least two soldiers told AFP that the men had called home on Sunday afternoon.', 'called home');
    expect(c.asserter.name).toBe('Relatives of at least two soldiers');
  });

  it('takes "A lawyer for the family of a man shot and killed by an officer" as the speaker, for the man named after', () => {
    const text =
      'MILLBROOK, Ohio — A lawyer for the family of a 27-year-old man shot and killed by a Millbrook police officer on Saturday said Monday that he was unarmed and running away.\n\n' +
      'Police said in a statement that officers were called to an apartment complex on Gettysburg Avenue. When officers arrived, the statement said, Terrell Haynes turned toward them.\n\n' +
      '"Terrell never had a gun in his hand," attorney Denise Carter told reporters.';
    const lede = claim(text, 'unarmed and running away');
    expect(lede.asserter.name).toMatch(/^A lawyer for the family/);
    expect(lede.asserter.side).toBe('Terrell Haynes');
    expect(claim(text, 'never had a gun').asserter.side).toBe('Terrell Haynes');
  });

  it('leaves "Attorney General X" to the rules for officials after a family lawyer spoke', () => {
    const text =
      'A lawyer for the family of a man shot by a deputy said he had been unarmed. Mark Dunne was 31.\n\n' +
      'Attorney General Dave Yost said his office would review the shooting.';
    expect(claim(text, 'would review the shooting').asserter.side).not.toBe('Mark Dunne');
  });
});

describe('rumours told inside other sentences', () => {
  it('gives "Some of those who shared the photo claimed P" to those who shared it', () => {
    const c = claim('Some of those who shared the photo claimed it had been taken by a farmer who had lost a dozen lambs.', 'taken by a farmer');
    expect(c.asserter.name).toBe('Some of those who shared the photo');
  });

  it('ends "a photo that users claimed showed P" before "in fact shows Q"', () => {
    const text = 'A photograph that social media users claimed showed a black panther prowling on the moor in fact shows a large domestic cat, according to experts at the Natural History Museum.';
    const rumour = analyze(text).claims.find((c) => c.asserter.name === 'social media users');
    expect(rumour?.text).toContain('black panther');
    expect(rumour?.text).not.toContain('domestic cat');
  });

  it('reads "Us Weekly" as one outlet', () => {
    const c = claim('The news comes days after Us Weekly reported that Quinn was pregnant with her first child.', 'Quinn was pregnant');
    expect(c.asserter.name).toBe('Us Weekly');
  });

  it('lets "That never happened" deny only "a separate report", not an earlier outlet report', () => {
    const text =
      'Days ago Us Weekly reported that Quinn was pregnant with her first child. ' +
      'But her rep was quick to shoot down a separate report that Quinn had been rushed to a hospital last weekend. "That never happened," the rep said.';
    expect(claim(text, 'rushed to a hospital').status).toBe('disputed');
    expect(claim(text, 'Quinn was pregnant').status).toBe('uncontested');
  });

  it('gives "Lindqvist, 58," the person named with her titles before', () => {
    const text =
      'Halvorsen Medical chief preparing to step down, Bloomberg reports\n\n' +
      'Shares of Halvorsen Medical fell after Bloomberg News reported that Chief Executive Officer Karen Lindqvist was preparing to step down amid a dispute with the board.\n\n' +
      'Lindqvist, 58, has told senior executives that she intends to leave by the end of the year, according to the Bloomberg report.';
    expect(claim(text, 'intends to leave').asserter.side).toBe('Karen Lindqvist');
  });
});

describe('people who speak for themselves or for a lodge', () => {
  it('gives "Haynes\' mother, Gloria Haynes" her own side', () => {
    const text = 'Police shot Terrell Haynes on Saturday.\n\nHaynes\' mother, Gloria Haynes, said her son worked nights at a warehouse.';
    expect(claim(text, 'worked nights').asserter.side).toBe('Gloria Haynes');
  });

  it('gives "a man who gave his name as Corporal X" the name he gave', () => {
    const text =
      'The International Committee of the Red Cross declined to say whether it had been involved. A video shared by the group showed about 40 men in fatigues. ' +
      'One of them, a man who gave his name as Corporal Didier Bahati, said in the video that the prisoners had been well treated.';
    expect(claim(text, 'well treated').asserter.side).toBe('Didier Bahati');
  });

  it('gives "The president of the local X lodge, Y" the body after "the local"', () => {
    const text = 'The president of the local Fraternal Order of Police lodge, Mike Brannigan, said the officer "did exactly what he was trained to do" and urged calm.';
    expect(claim(text, 'did exactly what').asserter.side).toBe('Fraternal Order of Police');
  });
});
