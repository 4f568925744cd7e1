// Rumour coverage in the voices of real outlets (wire copy, tech blogs, tabloids, fact checks,
// business scoops), in the forms the round-4 test articles exposed. Invented events, written for
// these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { claim } from './claim-holding';

describe('refusals that name who did not answer', () => {
  it('"X could not immediately be reached for comment" leaves a claim about X unconfirmed, answered by X', () => {
    const t =
      'KHARTOUM, Sudan — The RSF detained dozens of young men in the city of Wad Madani, residents said. ' +
      'An RSF spokesman, Al-Fateh Qurashi, could not immediately be reached for comment.';
    const c = claim(t, 'detained dozens of young men');
    expect(c.status).toBe('unconfirmed');
    expect(c.responses.map((r) => r.by.side)).toContain('RSF');
  });

  it('a claim that is itself a refusal ("does not comment on rumours") is answered by no other refusal', () => {
    const t =
      'Northway Air is in talks to buy Skylark Airways, three people familiar with the matter said. ' +
      'Skylark said in a statement that it "does not comment on market rumours or speculation". Northway declined to comment.';
    expect(claim(t, 'does not comment on market rumours').status).toBe('uncontested');
    expect(claim(t, 'in talks to buy Skylark Airways').status).toBe('unconfirmed');
  });

  it('"does not comment on rumours" contradicts nothing', () => {
    const t =
      'Apple is testing a blood-pressure sensor for its watch, according to a report in The Information. ' +
      'A spokeswoman for Apple said the company does not comment on rumours or speculation about future products.';
    expect(claim(t, 'testing a blood-pressure sensor').status).not.toBe('disputed');
  });
});

describe('dismissals in tabloid and wire words', () => {
  it('"laughed off claims that P" disputes P', () => {
    const t = 'The comedian Barry Tolland has laughed off claims that he had died of a heart attack at his home in Kent.';
    const c = claim(t, 'he had died');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.side).toBe('Barry Tolland');
  });

  it('"branded the reports \\"fake news designed to cause panic\\"" disputes the reports', () => {
    const t =
      'ACCRA, Ghana — Posts on X and WhatsApp said President Kofi Addo had been detained by soldiers. ' +
      'Government spokesman Kwame Asante told reporters that the president was at his residence. ' +
      'He branded the reports "fake news designed to cause panic".';
    const c = claim(t, 'had been detained');
    expect(c.status).toBe('disputed');
    expect(c.responses.map((r) => r.by.side)).toContain('Ghana');
  });

  it('"poured cold water on the report" disputes what the paper reported', () => {
    const t = 'The Sun reported that the striker had agreed to join Chelsea. Arsenal poured cold water on the report, saying no bid had been received.';
    expect(claim(t, 'agreed to join Chelsea').status).toBe('disputed');
  });

  it('"took to Instagram to shut down rumours that P" disputes P, answered by the star', () => {
    const t = 'The singer Ariana Vale was pictured in Las Vegas. But the pop star took to Instagram to shut down rumours that she had secretly married her manager.';
    const c = claim(t, 'secretly married');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.side).toBe('Ariana Vale');
  });

  it('"shut down" without a rumour is no denial', () => {
    const t = 'Police said the gunman had fled on foot. The authorities shut down the airport for three hours.';
    expect(claim(t, 'gunman had fled').status).toBe('uncontested');
  });

  it('"the reports" answers what such sources said in the lede and below, not other sources\' reports', () => {
    const t =
      'ACCRA, Ghana — The army denied rumours of a coup, after posts on social media claimed troops had seized the state broadcaster.\n\n' +
      'Reports from the scene said traffic was moving normally around the broadcaster.\n\n' +
      'Posts on X and WhatsApp said President Kofi Addo had been detained.\n\n' +
      'Government spokesman Kwame Asante branded the posts "fake news designed to cause panic".';
    expect(claim(t, 'seized the state broadcaster').status).toBe('disputed');
    expect(claim(t, 'had been detained').status).toBe('disputed');
    expect(claim(t, 'traffic was moving normally').status).toBe('uncontested');
  });

  it('"a fake news site" still only describes', () => {
    const t = 'In 2016, a fake news site reported that she had died of a heart attack. Her label said her tour would go ahead.';
    expect(claim(t, 'her tour would go ahead').status).toBe('uncontested');
  });
});

describe('a public figure known by what they do', () => {
  const t =
    "Barry Tolland laughs off death hoax\n\n" +
    'TELLY funnyman Barry Tolland has laughed off claims that he had died. ' +
    'One user wrote that Barry had been "taken far too soon". ' +
    'But the star took to Twitter to deny he was dead. "I\'m not dead, I\'m in Margate," he wrote. ' +
    'His agent, Rosie Kendrick, branded the story fake news. She said Barry was "fit as a fiddle".';

  it('"the star took to Twitter to deny" is the person the story is about', () => {
    const c = claim(t, 'taken far too soon');
    expect(c.status).toBe('disputed');
    expect(c.responses.map((r) => r.by.name)).toContain('Barry Tolland');
  });

  it('"he wrote" after "the star" is that person', () => {
    expect(claim(t, "I'm not dead").asserter.side).toBe('Barry Tolland');
  });

  it('the agent who branded the story speaks for the star', () => {
    const c = claim(t, 'fit as a fiddle');
    expect(c.asserter.name).toContain('Rosie Kendrick');
    expect(c.asserter.side).toBe('Barry Tolland');
  });
});

describe('outlets and unnamed sources', () => {
  it('"according to a report in the Sudan Tribune, citing military sources, P": the outlet, its name whole', () => {
    const t =
      'According to a report in the Sudan Tribune, citing military sources, Egyptian warplanes had taken part in strikes north of the capital.';
    const c = claim(t, 'Egyptian warplanes');
    expect(c.asserter.side).toBe('Sudan Tribune');
  });

  it('"according to reports in Spain": the reports, not the country', () => {
    const c = claim('Rafael Costa has agreed a five-year contract with Real Madrid, according to reports in Spain.', 'five-year contract');
    expect(c.asserter.side).toBe('reports');
  });

  it('"a story on a website made to look like the BBC News site" is the story\'s, and "the story" it was branded', () => {
    const t =
      'The comic was said to have suffered a fatal heart attack at his home in Kent, according to a story on a website made to look like the BBC News site. ' +
      'His agent, Rosie Kendrick, branded the story fake news.';
    const c = claim(t, 'fatal heart attack');
    expect(c.asserter.side).toBe('story');
    expect(c.status).toBe('disputed');
  });

  it('"A post shared more than 12,000 times on Facebook claims that P": the post', () => {
    const c = claim('A post shared more than 12,000 times on Facebook claims that councillors approved a plan to add waste to tap water.', 'councillors approved');
    expect(c.asserter.name).toBe('A post');
    expect(c.asserter.side).toBe('post');
  });

  it('"A Reddit user" and "Pro-army accounts on Telegram" speak for themselves', () => {
    expect(claim('A Reddit user who said they worked at the studio wrote that the studio would close in June.', 'studio would close').asserter.side).toBe('reddit user');
    expect(claim('Pro-army accounts on Telegram claimed that a senior commander had been killed in an airstrike.', 'had been killed').asserter.side).toBe(
      'pro-army accounts',
    );
  });

  it('"The Mail on Sunday reported": the day is part of the name, and "The paper said" is the same outlet', () => {
    const t =
      'The Mail on Sunday reported that the chancellor had told friends she would step down after the budget. ' +
      'The paper said the prime minister had drawn up a shortlist of successors.';
    expect(claim(t, 'had told friends').asserter.side).toBe('Mail on Sunday');
    expect(claim(t, 'drawn up a shortlist').asserter.side).toBe('Mail on Sunday');
  });

  it('"Senate Republicans on Sunday accused" still leaves the day out of the name', () => {
    expect(claim('Senate Republicans on Sunday accused the agency of hiding its costs from the committee.', 'hiding its costs').asserter.name).toBe('Senate Republicans');
  });
});

describe('the report as a whole', () => {
  it('"has not commented on the report" answers all the outlet reported', () => {
    const t =
      'Apple is testing a blood-pressure sensor for its next watch, according to a report in The Information on Monday. ' +
      'The Information, citing two people involved in the project, reported that the sensor had passed early clinical trials. ' +
      'Apple has not commented on the report.';
    expect(claim(t, 'testing a blood-pressure sensor').status).toBe('unconfirmed');
    expect(claim(t, 'passed early clinical trials').status).toBe('unconfirmed');
  });

  it('"branded the story complete fiction" disputes everything the newspaper reported', () => {
    const t =
      'The Mail on Sunday reported that the chancellor had told friends she would step down after the budget. ' +
      'The paper said the prime minister had drawn up a shortlist of successors. ' +
      'A Treasury source branded the story "complete fiction".';
    expect(claim(t, 'had told friends').status).toBe('disputed');
    expect(claim(t, 'drawn up a shortlist').status).toBe('disputed');
  });
});

describe("the article's own verdict on a source", () => {
  it('"falsely claimed that P" is disputed', () => {
    expect(claim('Another post falsely claimed that the water had already made children in the city sick.', 'made children').status).toBe('disputed');
  });

  it('"claimed without evidence that P" is unconfirmed', () => {
    expect(claim('The senator claimed without evidence that thousands of ballots had been destroyed.', 'ballots had been destroyed').status).toBe('unconfirmed');
  });

  it('"claimed that P" alone is uncontested', () => {
    expect(claim('The senator claimed that thousands of ballots had been destroyed.', 'ballots had been destroyed').status).toBe('uncontested');
  });
});

describe('anonymous sourcing in wire copy', () => {
  it('"P, one of the people said, asking not to be named": the person, and the whole of P', () => {
    const t =
      'The two airlines have been negotiating for several weeks and could announce an agreement as soon as next month, one of the people said, asking not to be named because the talks are confidential.';
    const claims = analyze(t).claims;
    expect(claims).toHaveLength(1);
    expect(claims[0]?.asserter.name).toBe('one of the people');
    expect(claims[0]?.text).toBe('The two airlines have been negotiating for several weeks and could announce an agreement as soon as next month');
  });

  it('a Reuters dateline ("LONDON, March 4 (Reuters) -") is no part of the claim', () => {
    const c = claim('LONDON, March 4 (Reuters) - Northway Air is in advanced talks to buy Skylark Airways, three people familiar with the matter said on Tuesday.', 'advanced talks');
    expect(c.text.startsWith('Northway Air')).toBe(true);
  });

  it('"confirmed that date in its statement" has no clause, so no claim', () => {
    const t = 'Kotaku reported that staff had been told to hand in their laptops by June 30. Meridian confirmed that date in its statement.';
    expect(analyze(t).claims.map((c) => c.text)).not.toContain('date in its statement');
    expect(claim(t, 'hand in their laptops').status).toBe('supported');
  });

  it('"who describes himself as a \\"health freedom researcher\\"" is no claim', () => {
    const t = 'The post\'s author, who describes himself as a "health freedom researcher", did not respond to a request for comment.';
    expect(analyze(t).claims).toHaveLength(0);
  });
});

describe('sentences on X', () => {
  it('"... on X. Moretti wrote" ends a sentence at the platform', () => {
    const t = 'The reports were echoed by journalist Fabrizio Moretti, who posted the news on X. Moretti wrote that Madrid had sent a formal offer to the club.';
    expect(claim(t, 'sent a formal offer').text).toBe('Madrid had sent a formal offer to the club');
  });

  it('an initial in a name still does not end one', () => {
    const t = 'Kremlin spokesman Dmitri S. Peskov said the talks would resume next week in Istanbul.';
    expect(claim(t, 'talks would resume').asserter.name).toContain('Peskov');
  });
});

describe('denials in other words', () => {
  it('"No offer has arrived" disputes "had sent a formal offer"', () => {
    const t = 'Moretti wrote that Madrid had sent a formal offer to Rovers on Saturday night. Rovers manager Steve Hallam said no offer had arrived at the club.';
    expect(claim(t, 'sent a formal offer').status).toBe('disputed');
  });

  it('"no drone had crossed" does not answer "debris from one drone had fallen"', () => {
    const t =
      "Romania's defence ministry said debris from one drone had fallen on a field near the village. " +
      "Ukraine's military command said that no drone had crossed into Moldovan airspace.";
    expect(claim(t, 'debris from one drone').status).toBe('uncontested');
  });

  it('"denied that its aircraft had been involved" disputes "Egyptian warplanes had taken part"', () => {
    const t =
      'According to a report in the Sudan Tribune, Egyptian warplanes had taken part in strikes on positions north of the capital. ' +
      "Egypt's foreign ministry denied that its aircraft had been involved in any operation in Sudan.";
    const c = claim(t, 'Egyptian warplanes');
    expect(c.status).toBe('disputed');
    expect(c.responses.map((r) => r.by.side)).toContain('Egypt');
  });
});

describe('a company named by its trade', () => {
  it('"the company" after "Meridian Games" is Meridian Games', () => {
    const t =
      'A Reddit user wrote that the studio would close by the end of June. Meridian Games said it would cut about 220 jobs. ' +
      'On Tuesday, the company declined to comment on the post.';
    const c = claim(t, 'studio would close');
    expect(c.status).toBe('unconfirmed');
    expect(c.responses.map((r) => r.by.side)).toContain('Meridian Games');
  });
});

describe('"the report said": the outlet that reported it', () => {
  it('speaks for the outlet named by "X reported" or "a report in X" a little earlier', () => {
    const reported = 'The Information reported on Tuesday that Apple is preparing a sensor for its watch. The report said the sensor would ship in September.';
    // The outlet's own name: the article never writes "Information" without its "The".
    expect(claim(reported, 'would ship in September').asserter.side).toBe('The Information');
    const inOutlet = 'Apple is preparing a sensor for its watch, according to a report in The Information. The report said the sensor would ship in September.';
    expect(claim(inOutlet, 'would ship in September').asserter.side).toBe('The Information');
  });

  it('an answer to "the report" reaches what the outlet reported in the lede, not only the claim its words chose', () => {
    const t =
      'The Information reported on Tuesday that Apple is preparing a sensor for its watch.\n\n' +
      'The report said the sensor would ship in September.\n\n' +
      'Apple declined to comment on the report.';
    expect(claim(t, 'preparing a sensor').status).toBe('unconfirmed');
    expect(claim(t, 'would ship in September').status).toBe('unconfirmed');
  });

  it('stays an unnamed report when no outlet reported anything before it', () => {
    const t = 'Officials said the bridge was safe. The report said the bridge would reopen in May.';
    expect(claim(t, 'would reopen in May').asserter.side).toBe('report');
  });
});

describe('a company and its product', () => {
  it('"Apple ... the next Apple Watch": the company named alone first keeps its own name as its side', () => {
    const t = 'Apple is preparing a sensor for the next Apple Watch, a report said. Apple dismissed the report as speculation.';
    expect(claim(t, 'preparing a sensor').responses.map((r) => r.by.side)).toEqual(['Apple']);
  });

  it('a short name after the full one is still its short form ("Calloway Marine Terminals ... Calloway")', () => {
    const t = 'Dock workers at Calloway Marine Terminals walked out on Monday, the union said. Calloway said the strike was illegal.';
    expect(claim(t, 'the strike was illegal').asserter.side).toBe('Calloway Marine Terminals');
  });
});
