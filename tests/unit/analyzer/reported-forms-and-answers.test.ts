// Reported-speech forms and answers that real news uses and the analyzer once missed: a time phrase
// before "that", comments trailing a claim, a second cue of the same speaker, denials in other
// words, answers naming whose statement they answer, and the party a claim is about answering it.
// Invented events, written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { claim } from './claim-holding';

const texts = (text: string): string[] => analyze(text).claims.map((c) => c.text);

describe('the content of a reported claim', () => {
  it('reads "said on Friday that more than ..." as a claim, without the speaker\'s trailing ", citing ..."', () => {
    const c = claim(
      'The Harwick Teachers Federation said on Friday that more than 900 teachers had signed the petition, citing class sizes and unpaid marking.',
      'more than 900 teachers had signed the petition',
    );
    expect(c.text).toBe('more than 900 teachers had signed the petition');
    expect(c.asserter.name).toContain('Harwick Teachers Federation');
  });

  it('still reads "said about 4,200 people ..." as a claim, but not a topic ("warns of ...")', () => {
    expect(texts('The refugee agency said about 4,200 people had crossed the river by Sunday.')).toContain(
      'about 4,200 people had crossed the river by Sunday',
    );
    expect(texts('Mining company warns of output hit as clashes close the road')).toEqual([]);
  });

  it('leaves out a comment on the whole claim (", a narrative that ...", ", the first time ...")', () => {
    const text =
      'The interior ministry claims that the protesters were paid by foreign donors, a narrative that was echoed by two state broadcasters. ' +
      'Brightwater Foods said on Tuesday that the drought would cut its harvest by a third, the first time the company has put a figure on the losses.';
    expect(texts(text)).toEqual(
      expect.arrayContaining(['the protesters were paid by foreign donors', 'the drought would cut its harvest by a third']),
    );
  });

  it('keeps an appositive about the last noun of the claim', () => {
    expect(texts('The army said it had retaken Zorivka, a village that rebels had held since May.')[0]).toContain(
      'a village that rebels had held since May',
    );
  });

  it('splits a second cue of the same speaker (", but he warned that ...") into a claim of its own', () => {
    const text =
      'Budget talks resume\n\n' +
      'Finance minister Tomas Varga said the budget would be balanced by 2027, but he warned that pensions could not rise this year.';
    const claims = analyze(text).claims;
    expect(claims.map((c) => c.text)).toEqual([
      'the budget would be balanced by 2027',
      'pensions could not rise this year',
    ]);
    expect(claims[1]?.asserter.name).toContain('Tomas Varga');
  });

  it('splits ", but said ..." (the same subject, no pronoun) into a claim of its own', () => {
    const text = 'Port inspections\n\nThe customs agency confirmed that 40 containers were being held, but said the hold was a routine inspection.';
    expect(analyze(text).claims.map((c) => c.text)).toEqual(['40 containers were being held', 'the hold was a routine inspection']);
  });

  it('reads ", saying that ..." after a denial as the denier\'s own claim', () => {
    const text = 'The port operator denied that it had locked out the crane drivers, saying that the gates had been open all week.';
    expect(claim(text, 'the gates had been open all week').asserter.name).toContain('port operator');
    expect(claim(text, 'it had locked out the crane drivers').text).not.toContain('gates');
  });
});

describe('a denial in the words of the claim it denies', () => {
  it('disputes the other side\'s claim whose words it repeats', () => {
    const text =
      'Union organiser Dana Whitlock said the strike began after the Calder Water Company refused to discuss night-shift pay. ' +
      'The Calder Water Company denied that it had refused to discuss night-shift pay.';
    const c = claim(text, 'the strike began after');
    expect(c.status).toBe('disputed');
    expect(c.responses.map((r) => r.by.name)).toContain('The Calder Water Company');
  });

  it('is no dispute when the same side repeats the words', () => {
    const text =
      'The Calder Water Company said its engineers had refused to discuss overtime with the contractors. ' +
      'The company denied that it had refused to discuss overtime with the union.';
    expect(claim(text, 'its engineers had refused').status).toBe('uncontested');
  });
});

describe('an answer naming whose statement it answers', () => {
  const text =
    "The Marlow Port Authority said the strike had cost $12 million. The dockers' union said the losses were far smaller than the authority claimed.\n\n" +
    'Transport minister Ilona Berg said the government would review the port\'s safety rules. ' +
    "The port authority did not respond to a request for comment on the union's statement.";

  it('leaves the named owner\'s claim unconfirmed', () => {
    expect(claim(text, 'the losses were far smaller').status).toBe('unconfirmed');
  });

  it('does not attach it to the claim in the sentence before', () => {
    expect(claim(text, "review the port's safety rules").status).toBe('uncontested');
  });

  it('takes "the airline\'s account" for the account of the airline that spoke by name', () => {
    const t =
      'Northjet said that the cabin crew had followed every procedure and that the jet had been serviced on Monday. ' +
      "The flight attendants' union disputed the airline's account, saying that two exits had been blocked.";
    expect(claim(t, 'followed every procedure').status).toBe('disputed');
    expect(claim(t, 'serviced on Monday').status).toBe('disputed');
  });

  it('finds the owner\'s assurance or promise several paragraphs further up', () => {
    const t =
      'The water board said that the new pipes would end the leaks by spring.\n\n' +
      'Shops on the high street reopened on Monday. Traders said takings were down by a third.\n\n' +
      'The fire service said crews had pumped out forty cellars overnight. It asked residents to stay off flooded roads.\n\n' +
      "Tenants on Brook Row rejected the water board's assurance, saying the pipes had burst twice since the work.";
    expect(claim(t, 'end the leaks by spring').status).toBe('disputed');
    expect(claim(t, 'pumped out forty cellars').status).toBe('uncontested');
  });

  it('answers the body itself before the people who speak for it', () => {
    const t =
      "The nurses' union said the wards had been short of staff since March. " +
      'Union secretary Joan Pike said members would return to work on Monday. ' +
      "The hospital trust declined to comment on the union's statement.";
    expect(claim(t, 'short of staff since March').status).toBe('unconfirmed');
    expect(claim(t, 'return to work on Monday').status).toBe('uncontested');
  });
});

describe('an answer by the party the claim is about', () => {
  it('reads a side\'s denial about its own people as a dispute', () => {
    const text = 'The interior ministry said 30 smugglers were arrested at the border. The smugglers said none of their couriers were caught.';
    const c = claim(text, '30 smugglers were arrested');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.side.toLowerCase()).toContain('smugglers');
  });

  it('reads a quoted denial that opens with the name the claim is about as a dispute', () => {
    const text =
      'Harbour City FC said on Monday that winger Milo Ferran had asked to be transferred. ' +
      'His agent, Paulo Brandt, rejected the account. "Milo never asked to go," Brandt said.';
    expect(claim(text, 'Milo Ferran had asked to be transferred').status).toBe('disputed');
  });

  it('does not take a denial about someone else as an answer', () => {
    const text =
      'The army said 12 fighters of the Ridge Militia had been captured. ' +
      'A militia spokesman, Omar Sefu, said Commander Lado had not left the hills.';
    expect(claim(text, '12 fighters of the Ridge Militia').status).toBe('uncontested');
  });
});

describe('a figure answered as "that estimate"', () => {
  it('disputes the estimate of another side, and the answering government body speaks for its country', () => {
    const text =
      'NAIROBI, Kenya — Orestone Mining estimated that the road closure would cut its copper output by 15 percent. ' +
      'The energy ministry rejected that estimate, saying that two of the three pits could still be reached.';
    const c = claim(text, 'cut its copper output by 15 percent');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.side).toBe('Kenya');
  });

  it('does not take a government department for the company named before it', () => {
    const text =
      'Veltrix said new export rules would cut its revenue by a fifth. The commerce department rejected that estimate.';
    const c = claim(text, 'cut its revenue by a fifth');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.side).not.toBe('Veltrix');
  });
});

describe('what is not a response', () => {
  it('ignores a one-word label such as "disputed" on the page', () => {
    const text = 'The ministry said 40 rebels were captured.\n\ndisputed\n\nLocal officials said schools would stay closed.';
    expect(claim(text, '40 rebels were captured').status).toBe('uncontested');
  });

  it('never lists a claim\'s own asserter among those who answer it', () => {
    const text =
      'Agent calls the transfer claim "a fairy tale"\n\n' +
      'Harbour City FC said winger Milo Ferran had asked to leave. "This is a fairy tale," his agent, Paulo Brandt, said.';
    for (const c of analyze(text).claims) for (const r of c.responses) expect(r.by.side).not.toBe(c.asserter.side);
  });
});

describe('forms of political reporting', () => {
  const claimsOf = (body: string) => analyze(`Campaign notebook\n\n${body}`).claims;
  const one = (body: string) => {
    const claims = claimsOf(body);
    expect(claims, body).toHaveLength(1);
    return claims[0] as (typeof claims)[number];
  };

  it('reads two apostrophes as quote marks', () => {
    const c = one("''A pastor in Ohio is out in the community,'' Mr. Lerner said.");
    expect(c.text).toBe('A pastor in Ohio is out in the community');
    expect(c.asserter.name).toBe('Mr. Lerner');
  });

  it('finds the speaker past a party tag and a participle phrase', () => {
    const c = one('Sen. Dana Whitfield, R-Ala., appearing on television after the speech, said the president had no plan for the border.');
    expect(c.asserter.name).toContain('Dana Whitfield');
    expect(c.asserter.side).toBe('Republican Party');
  });

  it('finds the speaker before an appositive between dashes, and reads a content with one', () => {
    const c = one('A former governor -- Alan Pryce, who lost the 2012 race -- said the senator had misled voters about the budget.');
    expect(c.asserter.name).toContain('Alan Pryce');
    expect(c.text).toBe('the senator had misled voters about the budget');
    expect(one('Pryce said closed primaries -- those open only to party members -- shut out many young voters.').text).toContain(
      'shut out many young voters',
    );
  });

  it('takes "X, a Republican who has refused to endorse Y, said P" as X saying P', () => {
    const c = one('Gov. Alan Pryce of Ohio, a Republican who has refused to endorse Mr. Dorsey, said the family deserved better.');
    expect(c.asserter.name).toContain('Alan Pryce');
    expect(c.text).toBe('the family deserved better');
  });

  it('reads a claim made with a noun ("made charges that", "his contention that")', () => {
    expect(one('Mr. Dorsey made similarly harsh charges that the judge would be biased against him.').asserter.name).toBe('Mr. Dorsey');
    const c = claimsOf('Mr. Dorsey spoke in Ohio. He repeated his contention that the trade deal had cost 40,000 jobs.').find((x) =>
      x.text.includes('trade deal'),
    );
    expect(c?.asserter.name).toBe('Mr. Dorsey');
  });

  it('reads "pointed out that", "continue to warn that" and "went on to say that", but not "pointed a torch"', () => {
    expect(one('The spokesman pointed out that the committee employs several veterans.').text).toBe('the committee employs several veterans');
    expect(one('Republicans continue to warn that the deal was a dangerous mistake.').asserter.name).toBe('Republicans');
    expect(one('The senator went on to say that the bill was dead.').asserter.name).toBe('The senator');
    expect(claimsOf('He pointed a torch at the ceiling and walked out.')).toEqual([]);
  });

  it('reads a demonstrative subject and "said more than ..." as claims, but not "said more."', () => {
    expect(one('Mr. Zell said that was in part because the agency feared a leak.').text).toBe('that was in part because the agency feared a leak');
    expect(one('Aides said more than 1 million donors had given to the campaign.').text).toContain('more than 1 million donors');
    expect(claimsOf('She said more. Nothing else happened.')).toEqual([]);
  });

  it('reads a participle clause after an opening time phrase as the subject\'s claim', () => {
    const c = one('On Sunday morning Mr. Dorsey made another attempt to end the row, writing on Twitter that the real issue was jobs.');
    expect(c.asserter.name).toBe('Mr. Dorsey');
    expect(c.text).toBe('the real issue was jobs');
  });
});

describe('forms of rumour coverage', () => {
  const claimsOf = (body: string) => analyze(`Rumours spread after the attack\n\n${body}`).claims;

  it('reads "said there had been ..." as a claim', () => {
    expect(claimsOf('Police said there had been only one attacker.').map((c) => c.text)).toEqual(['there had been only one attacker']);
  });

  it('ends the claim of "a tweet claiming that P" before the sentence\'s own verb', () => {
    const [c] = claimsOf('A tweet claiming that the hostages had been freed was shared thousands of times.');
    expect(c?.text).toBe('the hostages had been freed');
  });

  it('gives a statement\'s words to whoever issued it', () => {
    const [c] = claimsOf('The Ridge Militia issued a statement saying its fighters had captured the airport.');
    expect(c?.asserter.name).toBe('The Ridge Militia');
  });

  it('takes the same count of the same thing from another side as support', () => {
    const [c] = claimsOf('Witnesses told local television that two people had been killed in the blast. Police later confirmed that two people had died.');
    expect(c?.status).toBe('supported');
    const [d] = claimsOf('Witnesses said two people had been killed in the blast. Police said three officers had been hurt.');
    expect(d?.status).toBe('uncontested');
  });

  it('takes a denial of the same words by another side as a dispute', () => {
    const c = claimsOf(
      'Several news outlets reported that a second gunman had been arrested near the cafe. Police later denied that a second gunman had been arrested.',
    ).find((x) => x.text.includes('near the cafe'));
    expect(c?.status).toBe('disputed');
  });
});

describe('who "the league" and "these accusations" are', () => {
  const text =
    'Club sues agent over secret payments; agent says accusations are "pure fiction"\n\n' +
    'Westfield Rovers has filed a lawsuit accusing the agent of its former striker of taking payments from a rival club.\n\n' +
    'According to the filing, agent Rui Matos received £1.8 million from Harbour Town FC before the transfer. The club alleges that Matos hid the payments.\n\n' +
    'Matos denied any wrongdoing. "These accusations are pure fiction," he told reporters.\n\n' +
    'Harbour Town FC said all payments were declared to the league. The league said it would not comment further.';

  it('answers the body claims, not the headline restating the answer', () => {
    expect(claim(text, 'received £1.8 million').status).toBe('disputed');
  });

  it('does not take "the league" for the club, nor for a person named by surname', () => {
    const c = claim(text, 'all payments were declared to the league');
    expect(c.status).toBe('unconfirmed');
    expect(c.responses[0]?.by.name).toBe('The league');
  });
});

describe('a contrast that sets aside the other side\'s word', () => {
  const text =
    "Scooter maker rejects fire findings\n\n" +
    "Lumo Mobility rejected an allegation by Britain's Office for Product Safety and Standards that its battery had caused 30 fires.\n\n" +
    'The regulator said in a report that a cooling vent in the pack could let rainwater reach the cells.\n\n' +
    'The company insisted that every fire it had examined was caused by cheap chargers, not by the vent.';

  it('takes "the regulator" for the office named before, not the company that acted last', () => {
    expect(claim(text, 'could let rainwater reach the cells').asserter.side).toBe('United Kingdom');
  });

  it('disputes the claim whose word ", not by the vent" sets aside', () => {
    expect(claim(text, 'could let rainwater reach the cells').status).toBe('disputed');
  });
});

describe('"nothing to add to his earlier post"', () => {
  it('points at the responder\'s own words, not at every claim of the side before', () => {
    const text =
      'Fire at fuel depot\n\n' +
      'The regional governor, Pavel Orlov, wrote on Telegram that debris had set fire to a storage tank.\n\n' +
      'According to Skyline Imaging, a satellite company, pictures showed smoke still rising over the depot. ' +
      'The company said two tankers had moved about two miles offshore.\n\n' +
      "Asked whether the fire was still burning, Orlov's office said it had nothing to add to his earlier post.";
    expect(claim(text, 'smoke still rising over the depot').status).toBe('unconfirmed');
    expect(claim(text, 'two tankers had moved').status).toBe('uncontested');
  });
});
