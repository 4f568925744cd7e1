// Breaking-news rumour coverage: what unnamed reports and rumours say, the denials and refusals
// that answer them, counts that contradict each other, and the speakers such stories quote.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { claim } from './claim-holding';

const texts = (text: string): string[] => analyze(text).claims.map((c) => c.text);

describe('reports and rumours as claims', () => {
  it('reads "denied reports that P" as the reports claiming P, disputed by the one denying', () => {
    const c = claim('Police denied reports that a gunman was on the loose in the city centre.', 'a gunman was on the loose');
    expect(c.asserter).toEqual({ name: 'reports', side: 'reports' });
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.name).toBe('Police');
    expect(c.responses[0]?.text).toContain('denied reports');
  });

  it('reads "X claims that P" and "X reports that P" as X asserting P, and "Media reports that P were false" as a rumour', () => {
    for (const [text, name] of [
      ['The Russian government claims that Ukrainian fighters are encircled.', 'The Russian government'],
      ['The BBC reports that the minister will resign.', 'The BBC'],
      ['The company claims that its battery is safe.', 'The company'],
    ] as const) {
      expect(analyze(text).claims.map((c) => c.asserter.name)).toEqual([name]);
    }
    const rumour = claim('Media reports that the singer had died were false, her publicist said.', 'the singer had died');
    expect(rumour.asserter.side).toBe('media reports');
    expect(rumour.status).toBe('disputed');
  });

  it('reads "Reports that P were false, police said" as a disputed rumour, not as a claim by the police', () => {
    for (const text of [
      'Reports that two hostages had been killed were false, police said on Tuesday.',
      'Police said reports that two hostages had been killed were false.',
    ]) {
      const c = claim(text, 'two hostages had been killed');
      expect(c.text).toBe('two hostages had been killed');
      expect(c.asserter.side).toBe('reports');
      expect(c.status).toBe('disputed');
      expect(c.responses.map((r) => r.by.name.toLowerCase())).toContain('police');
      expect(texts(text).some((t) => t.includes('were false'))).toBe(false);
    }
  });

  it('ends a rumour before the narrator\'s ", prompting ..." and "before her publicist said"', () => {
    const text = 'Rumours circulated on social media that the singer had died in a car crash, prompting tributes from fans. Rumours spread online that the band had split up before their manager said otherwise.';
    expect(claim(text, 'the singer had died').text).toBe('the singer had died in a car crash');
    expect(claim(text, 'the band had split up').text).toBe('the band had split up');
    expect(claim(text, 'the singer had died').asserter.side).toBe('rumours');
  });

  it('ends a rumour before the narrator\'s ", after a video ..."', () => {
    const c = claim('Officials denied claims that hundreds of ballots had been dumped in a creek, after a video circulating online appeared to show sacks of envelopes.', 'ballots had been dumped');
    expect(c.text).toBe('hundreds of ballots had been dumped in a creek');
    expect(c.asserter.side).toBe('claims');
  });

  it('leaves where unnamed reports appeared out of their side: "Unconfirmed reports on local Facebook groups"', () => {
    const c = claim('Unconfirmed reports on local Facebook groups said a postal worker had been suspended.', 'a postal worker');
    expect(c.asserter.side).toBe('unconfirmed reports');
    expect(c.status).toBe('unconfirmed');
  });

  it('reads rumours described on the way to their "that" ("circulating on social media claiming that P")', () => {
    const text = 'BERLIN — Police said the attacker had acted alone.\n\nReports circulating on social media claiming that the attacker was a refugee are false, police said.\n\nEarlier reports that the singer had died were wrong, her family said.\n\nPosts on X suggesting that the bridge had collapsed were shared thousands of times.';
    expect(texts(text)).toEqual(['the attacker had acted alone', 'the attacker was a refugee', 'the singer had died', 'the bridge had collapsed']);
    expect(claim(text, 'the attacker was a refugee').status).toBe('disputed');
    expect(claim(text, 'the singer had died').responses[0]?.by.name).toBe('her family');
  });

  it('gives a run of rumour nouns one claim: "dismissed as speculation reports that P"', () => {
    const { claims } = analyze('The airline dismissed as speculation reports that the plane had been shot down by a missile.');
    expect(claims.filter((c) => c.text.includes('shot down'))).toHaveLength(1);
    expect(claims[0]?.status).toBe('disputed');
  });

  it('keeps an owner\'s report its own: "the newspaper\'s reports that P" is not an unnamed rumour', () => {
    const all = analyze("The minister denied the newspaper's reports that she had resigned.").claims;
    expect(all.some((c) => c.asserter.side === 'reports')).toBe(false);
  });

  it('leaves "Unconfirmed reports said P" unconfirmed, with the reports as their own side', () => {
    const c = claim('Unconfirmed reports said at least three people were shot near the station.', 'three people were shot');
    expect(c.asserter).toEqual({ name: 'Unconfirmed reports', side: 'unconfirmed reports' });
    expect(c.status).toBe('unconfirmed');
  });

  it('leaves "could not confirm reports that P" unconfirmed by those who could not', () => {
    const c = claim('Officials could not confirm reports that the suspect had been arrested.', 'the suspect had been arrested');
    expect(c.status).toBe('unconfirmed');
    expect(c.responses[0]?.by.name).toBe('Officials');
  });

  it('reads "X has not been confirmed" as nobody confirming, not as X answering', () => {
    const c = claim('Rumours circulated online that the singer had died in a crash. The death of the singer has not been confirmed.', 'the singer had died');
    expect(c.status).toBe('unconfirmed');
    expect(c.responses[0]?.by.side).toBe('');
  });

  it('lets a denial of "reports that P" answer the named report of P earlier in the article', () => {
    const text = 'LONDON — The Daily Post reported on Monday that the suspect had been arrested at a flat in Leeds.\n\nPolice denied reports that the suspect had been arrested in Leeds.';
    const named = claim(text, 'arrested at a flat in Leeds');
    expect(named.asserter.side).toBe('Daily Post');
    expect(named.status).toBe('disputed');
  });

  it('lets the same rumour told twice share its answers', () => {
    const text = 'Several posts claimed that the gunman had taken shoppers hostage in a clothing store. Reports that shoppers had been held hostage were false, police said.';
    expect(claim(text, 'the gunman had taken shoppers hostage').status).toBe('disputed');
  });
});

describe('counts that contradict', () => {
  it('disputes "no one was hurt" with another side\'s "three people were injured"', () => {
    const c = claim('The fire service said no one was hurt in the blaze. Neighbours said three people were injured and taken to hospital.', 'no one was hurt');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.name).toBe('Neighbours');
  });

  it('disputes "no crashes" with another side\'s "two crashes"', () => {
    const text = 'Transport officials said there had been no crashes on the new bypass since March. A residents\' group said two crashes had happened at the junction in April.';
    expect(claim(text, 'no crashes on the new bypass').status).toBe('disputed');
  });

  it('does not read a total after "of the" as a count: "two of the four patients" against "none of the patients"', () => {
    const text = 'The agency said two of the four patients needed treatment in hospital. The company said none of the patients had suffered lasting damage.';
    expect(claim(text, 'two of the four patients').status).toBe('uncontested');
  });

  it('does not set counts far apart against each other when they share nothing else', () => {
    const filler = Array.from({ length: 6 }, (_, k) => `The council said road ${k + 1} would reopen on Friday.`).join(' ');
    const text = `The port authority said two dockers were wounded at the terminal. ${filler} The farm union said nobody had been hurt near the village.`;
    expect(claim(text, 'two dockers were wounded').status).toBe('uncontested');
  });
});

describe('answers in other words', () => {
  it('reads "called the accusation a provocation" as a denial', () => {
    const c = claim("Russia's Defense Ministry said the plant was shelled by Ukrainian forces. Ukraine's Foreign Ministry called the accusation a provocation.", 'the plant was shelled');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.side).toBe('Ukraine');
  });

  it('links an answer naming the event with another word of the same event ("attack" for "shelled")', () => {
    const text = 'The army said the central market was shelled overnight. The health ministry said hospitals needed blood donors. The rebel command denied carrying out any attack.';
    expect(claim(text, 'the central market was shelled').status).toBe('disputed');
    expect(claim(text, 'hospitals needed blood donors').status).toBe('uncontested');
  });

  it('reads "made no demands" as answering a claim of demands', () => {
    const text = 'Rumours spread online that the man had demanded the release of a prisoner. Police said the man had made no demands of that kind.';
    expect(claim(text, 'the man had demanded').status).toBe('disputed');
  });

  it('reads "alive and well" as denying a death', () => {
    const text = 'Rumours circulated on Thursday that the singer Mara Quinn had died. Her publicist, Fiona Daly, said the singer was alive and well.';
    const c = claim(text, 'Mara Quinn had died');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.side).toBe('Mara Quinn');
  });

  it('lets a bare refusal to comment answer the claim just before it, but not a refusal with a topic of its own', () => {
    const bare = 'A neighbour, Siobhan Walsh, said he had lost his job at a warehouse in the spring. His former employer, Harland Logistics, declined to comment.';
    expect(claim(bare, 'he had lost his job').status).toBe('unconfirmed');
    const topical = 'A neighbour, Siobhan Walsh, said he had lost his job at a warehouse in the spring. His former employer, Harland Logistics, declined to comment on whether it would pay him.';
    expect(claim(topical, 'he had lost his job').status).toBe('uncontested');
  });
});

describe('who answers whom', () => {
  it('lets "they had done nothing of the kind" answer an accusation against the speakers', () => {
    const text = 'The state Democratic Party accused Republicans of spreading the video to depress turnout. Republicans said they had done nothing of the kind.';
    expect(claim(text, 'spreading the video').status).toBe('disputed');
  });

  it('does not take a denial about something else for a party answering a claim about itself', () => {
    const text = "Ukraine's Foreign Ministry said Russia is shelling the plant it occupies. Renat Karchaa, an adviser to Rosatom, Russia's state nuclear corporation, said no one at the plant had been hurt.";
    expect(claim(text, 'Russia is shelling the plant').status).toBe('uncontested');
  });

  it('does not let a denial answer a conditional by shared words alone', () => {
    const text = 'Rep. Hal Rogers (R-Ky.) said: "If ballots were thrown away in the creek, people need to go to jail." The state Democratic Party called talk of ballots thrown away in the creek a crude fake.';
    expect(claim(text, 'If ballots were thrown away').status).toBe('uncontested');
  });

  it('takes "The account did not respond to messages" as the account declining, answering the claim just before', () => {
    const text = 'Election officials said the video was a hoax. Posts sharing it claimed that the ballots came from a Democratic-leaning precinct. The account did not respond to messages.';
    const c = claim(text, 'the ballots came from');
    expect(c.asserter.name).toBe('Posts sharing it');
    expect(c.status).toBe('unconfirmed');
    expect(claim(text, 'the video was a hoax').status).toBe('uncontested');
  });
});

describe('words that describe rather than answer', () => {
  it('does not read "harmful misinformation", "a fake news site" or "a doctored image" as denials', () => {
    const text = 'A fan forum said the singer had cancelled her autumn tour. A doctored image fuelled the story. TikTok said it had removed the image under its rules on harmful misinformation. In 2016, a fake news site reported that she had retired.';
    expect(claim(text, 'the singer had cancelled her autumn tour').status).toBe('uncontested');
  });

  it('reads "We got that wrong" as owning a mistake, not as answering another side', () => {
    const text = 'Police said the man had been taken to a police station. The station\'s editor, Liam Doherty, said: "We got that wrong and we have apologised."';
    expect(claim(text, 'taken to a police station').status).toBe('uncontested');
  });

  it('does not read "had been admitted to a hospital" as backing anything', () => {
    const text = 'Unconfirmed reports said Quinn had been admitted to a hospital in Dublin earlier in the month.';
    expect(claim(text, 'admitted to a hospital').status).toBe('unconfirmed');
  });

  it('looks for what a negation sets against the other claim in its own scope', () => {
    const text = 'A man armed with a shotgun held six people inside a cafe on Brennan Street, officials said. An image showing armed officers carrying a body bag out of the cafe was not taken in Dunmore, police said.';
    expect(claim(text, 'held six people inside a cafe').status).toBe('uncontested');
  });
});

describe('who speaks in breaking news', () => {
  it('gives "her publicist" the side of the person just named', () => {
    const text = 'Rumours spread that the singer Mara Quinn had died. "She is at home," her publicist, Fiona Daly, said.';
    expect(claim(text, 'She is at home').asserter.side).toBe('Mara Quinn');
  });

  it('splits a quote closed after its full stop from the sentence that follows it', () => {
    const text = '"Mara is fine," her publicist, Fiona Daly, said. "She is aware of the reports and finds them upsetting." Daly said the singer had not performed in Portugal since 2019.';
    expect(claim(text, 'She is aware of the reports').asserter.name).toContain('Fiona Daly');
    expect(claim(text, 'the singer had not performed').text).toBe('the singer had not performed in Portugal since 2019');
  });

  it('keeps the link words of foreign names: "Correio da Tarde"', () => {
    expect(claim('Correio da Tarde said the front page was fake.', 'the front page').asserter).toEqual({ name: 'Correio da Tarde', side: 'Correio da Tarde' });
  });

  it('takes the name after a description: "Local radio station Dunmore FM"', () => {
    expect(claim('Local radio station Dunmore FM reported that two hostages had been shot.', 'two hostages').asserter.side).toBe('Dunmore FM');
  });

  it('gives the owner of a named business, and a company named as owner, that business\'s side', () => {
    expect(claim('The owner of the Copper Kettle, Nadia Farouk, said the cafe would stay closed.', 'the cafe would stay closed').asserter.side).toBe('Copper Kettle');
    expect(claim("Police said the mall had reopened. The mall's owner, Castlegate Properties, said its staff had followed the plan.", 'its staff had followed').asserter.side).toBe('Castlegate Properties');
  });

  it('gives a bare "A spokesman" the body that spoke just before', () => {
    const text = 'LISBON — Portuguese police said there had been no crashes near Sintra. Greywater Records said the tour would go ahead. A spokesman said ticket sales had risen sharply.';
    expect(claim(text, 'ticket sales').asserter.side).toBe('Greywater Records');
  });

  it('keeps a relative clause and a nested appositive with the name they describe', () => {
    const researchers = claim('Researchers who study online misinformation said such hoaxes often spread fastest in the hours before a denial.', 'such hoaxes');
    expect(researchers.asserter.name).toBe('Researchers who study online misinformation');
    const adviser = claim("Renat Karchaa, an adviser to the head of Rosatom, Russia's state nuclear corporation, said no one had been hurt.", 'no one had been hurt');
    expect(adviser.asserter.name.startsWith('Renat Karchaa')).toBe(true);
    const witness = claim('A shop assistant who was working on the lower level, Dean Howell, said the doors had stayed locked.', 'the doors had stayed locked');
    expect(witness.asserter.name.startsWith('A shop assistant')).toBe(true);
  });

  it('reads "Secretary of State Michael Adams, a Republican" as a person, found again as "Adams"', () => {
    const text = 'FRANKFORT, Ky. — Officials met on Wednesday.\n\nSecretary of State Michael Adams, a Republican, said the envelopes in the video were not ballots. "This is a hoax, and a cruel one," Adams said.';
    expect(claim(text, 'This is a hoax').asserter.side).toBe('Republican Party');
  });

  it('finds "Brierley" after "Superintendent Alan Brierley of Wellsford Police"', () => {
    const text = 'Superintendent Alan Brierley of Wellsford Police said officers arrived within four minutes. "There is no second shooter," Brierley told reporters.';
    expect(claim(text, 'There is no second shooter').asserter.side).toBe('Wellsford Police');
  });
});
