// Rumour coverage: denials said without "deny", responses tied to the claims they
// answer ("these claims", "either account", "a charge X dismissed"), and names cut or overrun
// (a relative clause after a company, "The X" outlets, "Major League ...", "Late on Thursday,").
// Invented events.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { claim } from './claim-holding';

const REPORT = 'The Harbour Gazette reported on Monday that Zenith Airlines had grounded its entire fleet of jets.\n\n';

describe('denials in other words', () => {
  it.each([
    '"These reports are wide of the mark," a Zenith spokesman said.',
    'Zenith took issue with the report on Tuesday.',
    'Zenith pushed back on the report in a statement.',
    'Zenith disowned the report within hours.',
    '"Nothing could be further from the truth," Zenith said.',
    'Zenith said the claims were without foundation.',
    'Zenith says it is nothing of the kind.',
  ])('reads "%s" as a denial of the report', (answer) => {
    expect(claim(REPORT + answer, 'grounded its entire fleet').status).toBe('disputed');
  });

  it('does not take "their disputed border" for the denial of the sentence that comes later in it', () => {
    const text =
      'Clashes near frontier\n\nRuritania accused Borduria on Friday of shelling a school near their disputed frontier, wounding nine pupils, a charge Borduria rejected as "pure invention."';
    const c = claim(text, 'shelling a school');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.name).toBe('Borduria');
  });

  it('lets "these claims" answer what the speaker said a paragraph earlier too', () => {
    const text =
      'Ruritania says rockets hit depot\n\n' +
      'Defence Minister Ivan Roth said that four Bordurian rockets had struck a fuel depot outside Zenda.\n\n' +
      'Roth said 12 soldiers had been wounded.\n\n' +
      '"There is no truth to these claims at all," a spokesman for the Bordurian army said.';
    expect(claim(text, 'struck a fuel depot').status).toBe('disputed');
  });

  it('lets a wire that "could not verify either account" leave both sides\' claims unconfirmed', () => {
    const text =
      'Ruritania and Borduria trade blame over dam\n\n' +
      'Ruritania said Bordurian engineers had opened the sluice gates of the Varna dam on Sunday.\n\n' +
      'Borduria said Ruritanian farmers had cut the river banks upstream.\n\n' +
      'Reuters could not independently verify either account.';
    expect(claim(text, 'opened the sluice gates').status).toBe('unconfirmed');
    expect(claim(text, 'cut the river banks').status).toBe('unconfirmed');
  });
});

describe('who answered and for which side', () => {
  it('passes over ", which makes Z," to the person named first', () => {
    const text = 'Lena Park, head of research at Seoul-based Hanil Robotics, which builds warehouse arms, said the arms had passed every safety test.';
    const c = claim(text, 'passed every safety test');
    expect(c.asserter.name).toMatch(/^Lena Park/);
    expect(c.asserter.side).toBe('Hanil Robotics');
  });

  it('gives "X, of the housing charity Y," the side Y, and "X, of the Z Agency," the agency', () => {
    expect(claim('Dr Omar Haddad, of the housing charity Shelter Now, said rents in the city had doubled.', 'rents in the city').asserter.side).toBe('Shelter Now');
    expect(claim('Tom Lee, of the Food Standards Agency, said no recall of the cheese was needed.', 'no recall').asserter.side).toBe('Food Standards Agency');
  });

  it('keeps "The" of a one-word outlet the article never names without it', () => {
    const text = 'The Sentinel reported on Friday that the mayor would resign. The Sentinel said he had told aides on Thursday.';
    expect(claim(text, 'the mayor would resign').asserter.side).toBe('The Sentinel');
  });

  it('keeps "Major" in "Major League Baseball" and lets "League" later mean it', () => {
    const text =
      'Major League Baseball confirmed to reporters that it was reviewing the trade. League spokesman Carl Hunt said the review would take a week and that no ruling had been made.';
    expect(claim(text, 'reviewing the trade').asserter.side).toBe('Major League Baseball');
    expect(claim(text, 'take a week').asserter.side).toBe('Major League Baseball');
  });

  it('does not take "Late on Tuesday," for the subject', () => {
    const text =
      'Zenith Airlines said on Monday that its jets were safe.\n\n' +
      'Late on Tuesday, Zenith admitted that two engines had failed checks, and said it would ground four jets. It said about 300 flights would be cancelled.';
    expect(claim(text, 'ground four jets').asserter.side).not.toMatch(/Late/);
    expect(claim(text, '300 flights').asserter.name).not.toMatch(/Late/);
  });

  it('gives a club\'s manager the club\'s full name, so that he does not dispute his own club', () => {
    const text =
      'Hawks stand by coach\n\n' +
      'The Riverside Hawks say their coach will stay, a day after a report that the club had found a new coach.\n\n' +
      'The Courier reported on Sunday that the Hawks had already picked a new coach.\n\n' +
      '"That is simply untrue. Our coach has the full backing of the owners," Hawks general manager Dan Ruiz said on Monday.';
    expect(claim(text, 'full backing of the owners').asserter.side).toBe('Riverside Hawks');
    expect(claim(text, 'their coach will stay').status).toBe('uncontested');
    expect(claim(text, 'picked a new coach').status).toBe('disputed');
  });

  it('lets a denial of an outlet\'s report answer what "the site" said next too', () => {
    const text =
      'Hawks deny coach report\n\n' +
      'The Pitch reported on Sunday that the Hawks had decided to fire coach Ian Moss after a sixth loss. Citing two people close to the club, the site said an announcement could come this week.\n\n' +
      '"Nothing could be further from the truth," Hawks general manager Dan Ruiz said on Monday.';
    expect(claim(text, 'decided to fire').status).toBe('disputed');
    expect(claim(text, 'announcement could come').status).toBe('disputed');
  });

  it('gives a local official in a town the country data does not know the dateline\'s country, not the agency that spoke last', () => {
    const text =
      'BAMAKO, Mali (AP) - Mali\'s army said on Monday that drones had struck a grain store near Tessit.\n\n' +
      'The UN food agency, WFP, said its staff had delivered flour to the area. A WFP spokesman in Rome said the agency was concerned.\n\n' +
      'A local official in Kessel, who asked not to be named, said 14 people had been killed.';
    expect(claim(text, '14 people had been killed').asserter.side).toBe('Mali');
  });

  it('gives an unnamed researcher the name the article gives them next, not the dateline\'s country', () => {
    const text =
      'LONDON (Reuters) - A security researcher said on Thursday that Pingo, a chat app, had been leaking phone numbers.\n\n' +
      'Vienna-based researcher Anna Grabner wrote in a blog post that she had found the flaw in May.';
    expect(claim(text, 'leaking phone numbers').asserter.side).toBe('Anna Grabner');
  });

  it('lets a refusal by someone a claim names answer that claim rather than an older one sharing a word', () => {
    const text =
      'The Riverside Hawks said the coach\'s job was safe.\n\n' +
      'The Courier reported that the Hawks had held talks with former assistant Gil Moran about the post.\n\n' +
      'Hawks general manager Dan Ruiz said the club was happy with its coach.\n\n' +
      'Moran met club officials last month, the Courier said.\n\n' +
      'The Hawks sit fifth in the league.\n\n' +
      'Moran\'s agent, Rita Vale, declined to say whether her client had been offered the job.';
    expect(claim(text, "the coach's job was safe").status).toBe('uncontested');
  });
});

describe('more of who and what is answered', () => {
  it('gives "it" in "capsules that it said were P" the subject of its own clause', () => {
    const text =
      'Diet study misread\n\n' +
      'The Courier reported that carrot soup cured memory loss.\n\n' +
      'The story was shared widely online, and a vitamin maker, CarroVita, began selling pills that it said were "proven to restore memory".';
    expect(claim(text, 'proven to restore memory').asserter.side).toBe('CarroVita');
  });

  it('lets a lede that "disowned reports that P" answer an outlet\'s report of P told below', () => {
    const text =
      'Study misread\n\nBy our science staff\n\n' +
      'Researchers at Kelso University have disowned newspaper reports that their study shows carrot soup can cure memory loss.\n\n' +
      'The Morning Post reported on Monday that a "bowl of carrot soup a day cured memory loss within a month".';
    expect(claim(text, 'bowl of carrot soup').status).toBe('disputed');
  });

  it('does not take "at Reuters\' request" for whom people work', () => {
    const text = 'Three engineers who tested the device at Reuters\' request said they had found the same fault in older models.';
    expect(claim(text, 'found the same fault').asserter.side).not.toMatch(/Reuters/);
  });

  it('gives "The city says" and a city spokeswoman the town whose mayor the article names', () => {
    const text =
      'Mayor was not abroad\n\n' +
      'Posts on Facebook claimed that Millford Mayor Jane Orr had flown to Spain during the storm. The city says she never left.\n\n' +
      '"She was at her desk all week," city spokeswoman Ana Ruiz told reporters.';
    expect(claim(text, 'at her desk all week').asserter.side).toBe('Millford');
  });

  it('gives "The company said" in a lede the company the article names a few sentences on', () => {
    const text =
      'LONDON (Reuters) - A researcher said on Monday that a fitness app had exposed the home addresses of its users. The company said no address had ever been exposed.\n\n' +
      'The researcher, Ola Berg, said she had found the flaw in May.\n\n' +
      'Piet de Vries, chief executive of Amsterdam-based Fitloop Software, said the app had been fixed.';
    expect(claim(text, 'no address had ever been exposed').asserter.side).toBe('Fitloop Software');
  });
});

describe('the rumour, not where it came from', () => {
  it('lets "That never happened" deny the post, not the report of who posted its photo', () => {
    const text =
      'Mayor was not abroad\n\n' +
      'A Facebook post claimed that Millford Mayor Jane Orr was skiing in Austria during the storm.\n\n' +
      'The Millford Courier reported that the photo had been posted by a former council candidate, Dave Lee.\n\n' +
      '"That never happened," city spokeswoman Ana Ruiz said.';
    expect(claim(text, 'skiing in Austria').status).toBe('disputed');
    expect(claim(text, 'posted by a former council candidate').status).not.toBe('disputed');
  });

  it('gives "she said" after "Dr X, of the charity Y, backed ..." the charity', () => {
    const text =
      'Soup study misread\n\n' +
      'Dr Mia Holt, of the health charity Brain First, backed the scientists. "No soup has been shown to cure memory loss," she said.';
    expect(claim(text, 'No soup has been shown').asserter.side).toBe('Brain First');
  });
});

describe('analysis stays whole', () => {
  it.each(['appeared to contradict', 'seemed to contradict'])('finds who "%s" the account: the subject of the hedging verb', (hedged) => {
    const text = `Ferry row\n\nThe Corran operator said its ferry had left the slipway on time.\n\nThe harbour board, however, ${hedged} the operator's account.`;
    const c = claim(text, 'left the slipway on time');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.name).toBe('The harbour board');
  });

  it('finds no claim in ", a charge X dismissed" itself', () => {
    const text = 'Clashes near frontier\n\nRuritania accused Borduria on Friday of shelling a school, a charge Borduria denied.';
    expect(analyze(text).claims.filter((c) => c.asserter.side === 'Borduria')).toHaveLength(0);
  });
});
