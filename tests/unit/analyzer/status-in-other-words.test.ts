// Status when the answer does not repeat the claim's words: a denial of the same act in other
// words, one claim named by "the allegation", a sentence that confirms one thing and rejects
// another, a vow, a reason set against a conceded claim, "consistent with" naming a claim as a
// noun. Invented events, written for these tests.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('a denial of the same act in other words', () => {
  const text =
    'Councillor Mark Tobin, a Conservative, said the planning department had slow-walked the stadium permits. ' +
    'Ada Mensah, the Labour chair of the planning committee, said her officials had followed the law and had not delayed the permits.';

  it('disputes the claim: "had not delayed" answers "slow-walked"', () => {
    const c = claim(text, 'slow-walked the stadium');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.side).toBe('Labour Party');
  });

  it('leaves a claim about another thing alone: "had not delayed the audit"', () => {
    const t =
      'Councillor Mark Tobin, a Conservative, said the planning department had slow-walked the stadium permits. ' +
      'Ada Mensah, the Labour chair of the finance committee, said her team had not delayed the annual audit.';
    expect(claim(t, 'slow-walked the stadium').status).toBe('uncontested');
  });

  it('takes a refusal\'s topic in other words: "identity documents" are the passports', () => {
    const t =
      'A hacking group said it had copied scans of 9,000 passports from the ministry\'s servers. ' +
      'Officials at the ministry said they had shut the servers down on Friday. ' +
      'The ministry would not say whether identity documents were among the stolen files.';
    expect(claim(t, 'scans of 9,000 passports').status).toBe('unconfirmed');
  });
});

describe('a nominal reference to one claim', () => {
  const lead =
    'Councillor Rita Ferrante, a Labour member, said the council had sold the library site below its value. ' +
    'She said the buyer had donated to the mayor\'s campaign. ' +
    'She also said the library would close in May. ';

  it('answers the claim the allegation is about, not all the speaker said', () => {
    const t = `${lead}The mayor's office called the allegation false.`;
    expect(claim(t, 'donated to the mayor').status).toBe('disputed');
    expect(claim(t, 'below its value').status).toBe('uncontested');
    expect(claim(t, 'would close in May').status).toBe('uncontested');
  });

  it('takes the claim whose words "the assertion" shares, as the speaker detailed it', () => {
    const t = `${lead}Library users said the building had been sold at a fair price. The mayor's office called Ferrante's assertion about the site wrong.`;
    expect(claim(t, 'below its value').status).toBe('disputed');
    expect(claim(t, 'would close in May').status).toBe('uncontested');
  });

  it('answers every claim against the responder with a plural: "these accusations"', () => {
    const t =
      'A rival club said agent Leo Brandt had taken £400,000 from a sponsor. The club also said Brandt had hidden the payments from the league. ' +
      '"These accusations are pure fiction," Brandt told reporters.';
    expect(claim(t, 'taken £400,000').status).toBe('disputed');
    expect(claim(t, 'hidden the payments').status).toBe('disputed');
  });

  it('in a standfirst, takes "the charge" for what was charged, not the claim beside it', () => {
    const t =
      'Vietnam accuses China of ramming fishing boats near the Paracels\n\n' +
      'Hanoi says two boats were damaged; Beijing calls the charge groundless\n\n' +
      'HANOI — Vietnam\'s foreign ministry accused China on Monday of ramming fishing boats near the Paracel Islands.\n\n' +
      'The ministry said two boats had been damaged and four fishermen hurt.\n\n' +
      'China\'s coast guard confirmed that two Vietnamese boats had been damaged, saying they had entered Chinese waters.';
    expect(claim(t, 'two boats had been damaged').status).toBe('supported');
  });
});

describe('one sentence that confirms one thing and rejects another', () => {
  it('backs the claim it confirms when what it rejects is another claim', () => {
    const t =
      'The union said the mine\'s ventilation fans had stopped for two hours. ' +
      'The company confirmed the fans had stopped but rejected the union\'s claim that workers had been ordered to stay underground.';
    const c = claim(t, 'ventilation fans had stopped');
    expect(c.status).toBe('supported');
    expect(c.responses.map((r) => r.stance)).toEqual(['supports']);
  });

  it('disputes the conceded claim when its reason is set against another', () => {
    const t =
      'Councillor Joan Reyes, a Green, said the bus contract had been re-tendered three times "until the favoured firm won." ' +
      'The council\'s transport director confirmed that the contract had been re-tendered three times but said each time was because bidders had pulled out.';
    expect(claim(t, 're-tendered three times "until').status).toBe('disputed');
  });

  it('keeps the concession as support when the reason it denies was never claimed', () => {
    const t =
      'Nina Kaur, president of the Harbour Drivers Union, said: "Two of our drivers have been badly hurt in the past month." ' +
      'Tidewell Freight acknowledged that two drivers had been injured at its depot but said neither injury was caused by fatigue.';
    expect(claim(t, 'Two of our drivers').status).toBe('supported');
  });
});

describe('a vow', () => {
  it('is not disputed by what a party named in its words goes on to say', () => {
    const t =
      'Beijing warned that it would take necessary measures to protect Chinese exporters. ' +
      'U.S. Customs and Border Protection said the inspections were routine, but said no exporters had been singled out.';
    expect(claim(t, 'take necessary measures').status).toBe('uncontested');
  });

  it('is not set against another side\'s claim by a contrast on the same topic', () => {
    const t =
      'Beijing warned that it would take all necessary measures to protect Chinese exporters. ' +
      'But U.S. trade officials said the exporters had been treated fairly.';
    expect(claim(t, 'take all necessary measures').status).toBe('uncontested');
  });
});

describe('"consistent with" naming a claim as a noun', () => {
  it('backs the claim whose words the noun phrase holds', () => {
    const t =
      'The rebels said their drones had hit two fuel tanks at the depot. ' +
      'They said pumping at the depot had stopped. ' +
      'The army said its air defences had shot down every drone. ' +
      'A satellite imaging firm said trucks that had queued at the gate on Monday were gone, consistent with a halt in pumping.';
    const c = claim(t, 'pumping at the depot had stopped');
    expect(c.status).toBe('supported');
    expect(claim(t, 'hit two fuel tanks').responses.some((r) => r.stance === 'supports')).toBe(false);
  });

  it('does not back a claim only for naming the same side', () => {
    const t =
      'The refugee agency said its staff could not reach villages on the Tajik side. ' +
      'The border service said mortar fire had hit a school in Kok-Jar. ' +
      'A monitoring group said it had found shell fragments in the school and that the damage was consistent with fire from the Tajik side.';
    expect(claim(t, 'could not reach villages').status).not.toBe('supported');
  });
});

describe('an answer that names the other side without repeating its words', () => {
  it('disputes a side\'s claim to have done a thing that was done "before any" of its people took part', () => {
    const t =
      'Helvion Foods said it had recalled a batch of infant formula as a precaution. ' +
      'The Food Standards Agency said it had ordered the recall itself. ' +
      '"We recalled the batch on Monday morning, before any agency official had contacted us," a Helvion spokesman said.';
    expect(claim(t, 'ordered the recall itself').status).toBe('disputed');
  });

  it('leaves alone that side\'s claims about other things', () => {
    const t =
      'The Food Standards Agency said three infants had needed care in hospital. ' +
      '"We recalled the batch on Monday morning, before any agency official had contacted us," a Helvion Foods spokesman said.';
    expect(claim(t, 'three infants had needed care').status).toBe('uncontested');
  });

  it('disputes evidence against a side when that side denies the act it points to', () => {
    const t =
      'A monitoring group said its researchers had found fragments of mortar rounds near the school, consistent with fire from the Tajik side. ' +
      'Tajikistan\'s defence ministry denied that its troops had used mortars.';
    expect(claim(t, 'fragments of mortar rounds').status).toBe('disputed');
  });

  it('does not dispute a claim on another topic that names the denying side', () => {
    const t =
      'A monitoring group said about 4,000 people had fled villages near the Tajik border. ' +
      'Tajikistan\'s defence ministry denied that its troops had used mortars.';
    expect(claim(t, 'had fled villages').status).toBe('uncontested');
  });
});

describe('names in both claims', () => {
  it('do not make a refusal about one thing a denial of another: "would not bail out Speaker Ridley"', () => {
    const t =
      'Speaker Tom Ridley (R-La.) is preparing to bring a stopgap spending bill to the floor, according to two people familiar with the plan. ' +
      'Ridley told lawmakers that he would not allow a shutdown. ' +
      'House Minority Leader Andre Keyes (D-N.Y.) said Democrats would back a clean stopgap but would not bail out Speaker Ridley.';
    expect(claim(t, 'preparing to bring a stopgap').status).toBe('uncontested');
  });

  it('"rejected that charge" answers the claim made against the responder', () => {
    const t =
      'The White House has signalled that it could accept the disaster money for the bill, according to an administration official. ' +
      '"Every time we get close, the Senate moves the goalposts," said a Republican lawmaker. ' +
      'The office of Senate Majority Leader Ruth Okafor (D-Md.) rejected that charge, saying the Senate had passed its own bill three weeks ago and was waiting on the House.';
    expect(claim(t, 'the Senate moves the goalposts').status).toBe('disputed');
    expect(claim(t, 'could accept the disaster money').status).toBe('uncontested');
  });
});

describe('the reach of a negation', () => {
  it('stops at a condition: "will not go back underground until an engineer has inspected every gallery"', () => {
    const t =
      '"Our members will not go back underground until an independent engineer has inspected every gallery," the union leader, Efrain Quispe, said. ' +
      'The cooperative\'s president, Marcelo Choque, said government inspectors had walked the gallery that collapsed.';
    expect(claim(t, 'will not go back underground').status).toBe('uncontested');
  });

  it('still covers what it denies before the condition', () => {
    const t =
      'The cooperative\'s president, Marcelo Choque, said the miners had gone back underground on Monday. ' +
      '"Our members have not gone back underground since the collapse," the union leader, Efrain Quispe, said.';
    expect(claim(t, 'had gone back underground').status).toBe('disputed');
  });
});

describe('a denial by the side a claim names', () => {
  it('does not answer a claim that shares none of what it denies', () => {
    const t =
      'A monitoring group said its researchers had counted about 300 troops near the Tajik side of the border on Friday. ' +
      'The group said aid lorries had been stopped at the crossing. ' +
      'Tajikistan\'s defence ministry denied that its troops had used mortars.';
    expect(claim(t, 'counted about 300 troops').status).toBe('uncontested');
  });
});

describe('"the army\'s account"', () => {
  const text =
    'COTABATO, Philippines — The Philippine army said on Tuesday that rebels had ambushed a patrol in the hills, killing two soldiers.\n\n' +
    'Maj. Gen. Ricardo Salonga, commander of the army\'s 6th Infantry Division, said about 20 rebel fighters had opened fire on the patrol from a ridge. ' +
    'Defence Secretary Gilberto Ramos said the army had been attacked 14 times in the province this year.\n\n' +
    'The rebels rejected the army\'s account.';

  it('answers what the army said and what its officers said of the same event', () => {
    expect(claim(text, 'had ambushed a patrol').status).toBe('disputed');
    expect(claim(text, 'had opened fire on the patrol').status).toBe('disputed');
  });

  it('does not reach what others of its side said, even of the same kind of event', () => {
    expect(claim(text, 'attacked 14 times').status).toBe('uncontested');
  });
});

describe('a defendant\'s answer without a word of denial', () => {
  const text =
    'PORTLAND, Ore. — Oregon Attorney General Nadia Brandt sued Harwell Foods on Monday, accusing the grocer of charging shoppers for short-weight packages of meat at 40 stores. ' +
    'The lawsuit alleges that Harwell relabeled returned packages with new weights. ' +
    'Brandt said the state had received more than 300 complaints from shoppers. ' +
    'Harwell said in a statement that it complies with all applicable laws and would fight the lawsuit.';

  it('disputes what the suit claims of the defendant: "would fight the lawsuit"', () => {
    expect(claim(text, 'charging shoppers for short-weight').status).toBe('disputed');
    expect(claim(text, 'relabeled returned packages').status).toBe('disputed');
  });

  it('leaves a claim of the suing side told outside the suit alone', () => {
    expect(claim(text, 'more than 300 complaints').status).toBe('uncontested');
  });
});
