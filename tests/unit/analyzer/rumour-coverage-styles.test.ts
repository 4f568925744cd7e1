// Rumour coverage: casting rumours, satirical hoaxes, militant claims, a leader's
// absence, viral videos, recall reports and local crime rumours, in British and US styles.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { claim } from './claim-holding';

describe('answers that confirm nothing', () => {
  it('reads "neither confirmed nor denied the report" as unconfirmed, answering what unnamed sources told an outlet', () => {
    const text =
      'Maya Brooks is in early talks to star as Amelia Earhart in a new biopic, sources tell Variety. ' +
      'A rep for Brooks told E! News that the actress "reads a lot of scripts" and has nothing to announce. ' +
      'Paramount neither confirmed nor denied the report.';
    const talks = claim(text, 'in early talks');
    expect(talks.status).toBe('unconfirmed');
    expect(talks.responses.map((r) => r.by.name)).toEqual(['Paramount']);
    const rep = claim(text, 'reads a lot of scripts');
    expect(rep.asserter.side).toBe('Maya Brooks');
    expect(rep.status).toBe('uncontested');
  });

  it('takes "found nothing to support the claims" as a denial of the claims', () => {
    const text =
      'Posts on Facebook said a man had grabbed a girl outside the school. ' +
      'Chief Inspector Dawn Pritchard said officers had reviewed CCTV footage and had found nothing to support the claims.';
    expect(claim(text, 'grabbed a girl').status).toBe('disputed');
  });

  it('takes "called that account \\"completely made up\\"" as a denial of that account', () => {
    const text =
      'Entertainment reporter Jeff Sneider wrote on his Substack that Brooks had already turned the role down twice. ' +
      'A source close to the actress called that account "completely made up."';
    expect(claim(text, 'turned the role down twice').status).toBe('disputed');
  });

  it('lets a denial naming nothing ("There is no truth to it") answer the whole unsourced story just told', () => {
    const text =
      'A story claiming that Ohio lawmakers had voted to ban lawn mowers on Sundays was shared 40,000 times. ' +
      'The article said the Ohio House had passed the ban by 61 votes to 32 and that offenders would face fines of up to $500. ' +
      '"There is no truth to it whatsoever," said Mark Jennings, a spokesman for Ohio House Speaker Ron Pelham.';
    for (const phrase of ['voted to ban lawn mowers', 'passed the ban by 61 votes', 'fines of up to $500']) expect(claim(text, phrase).status).toBe('disputed');
    expect(claim(text, 'There is no truth').asserter.side).toBe('Ron Pelham');
  });
});

describe('sides of names the article gives', () => {
  it('gives "Ms Ward" and "Mr. Mballa" the side of the person named in full before, keeping the name as written', () => {
    const text =
      "Cameroon's government dismissed the rumours. The communications minister, René Mballa, said the president was in excellent health. " +
      '"Those spreading these lies are enemies of the republic," Mr Mballa told the state broadcaster.';
    const first = claim(text, 'excellent health');
    const later = claim(text, 'enemies of the republic');
    expect(later.asserter.name).toBe('Mr Mballa');
    expect(later.asserter.side).toBe(first.asserter.side);
    expect(later.asserter.side).not.toBe('Mballa');
  });

  it('keeps "Democratic" inside another name ("Social Democratic Front", "a Liberal Democrat") from the US party', () => {
    const front = claim('Agnès Tchoupo, leader of the Social Democratic Front, said voters had a right to know who governs them.', 'right to know');
    expect(front.asserter.side).toBe('Social Democratic Front');
    const libdem = claim('Ward councillor Jenny Osei, a Liberal Democrat, said the rumours showed how "frightened" parents had become.', 'frightened');
    expect(libdem.asserter.name).toContain('Jenny Osei');
    expect(libdem.asserter.side).toBe('Liberal Democrats');
    const sdf = claim('The Syrian Democratic Forces, the Kurdish-led militia, said it had received no notice of any withdrawal.', 'no notice');
    expect(sdf.asserter.side).toBe('Syrian Democratic Forces');
  });

  it('gives the US departments ("The Justice Department") the United States, not the last country that spoke', () => {
    const text = "Turkey's foreign ministry said it was watching the situation closely. The Justice Department said the inquiry into the leak was continuing.";
    expect(claim(text, 'inquiry into the leak').asserter.side).toBe('United States');
  });

  it('gives "spokeswoman Kelly Marsh" the company that just spoke', () => {
    const text =
      'The Wall Street Journal reported that Harlan Motors would recall 300,000 SUVs. Harlan Motors neither confirmed nor denied the report. ' +
      '"We are always monitoring our vehicles," spokeswoman Kelly Marsh said in an emailed statement.';
    expect(claim(text, 'always monitoring').asserter.side).toBe('Harlan Motors');
  });

  it('gives "X, of Kingsmead Police," the force, for the quotes that follow too', () => {
    const text =
      'POLICE have urged parents not to share posts claiming that men in a van tried to snatch children. ' +
      'Chief Inspector Dawn Pritchard, of Kingsmead Police, said officers had spoken to staff at both schools. ' +
      '"I understand why parents are worried," she said.';
    expect(claim(text, 'spoken to staff').asserter.side).toBe('Kingsmead Police');
    expect(claim(text, 'parents are worried').asserter.side).toBe('Kingsmead Police');
  });

  it('gives "St Luke\'s headteacher" the school named in full before', () => {
    const text =
      "Posts said a man had grabbed a girl's arm outside St Luke's Primary School. " +
      "St Luke's headteacher, Mr Graham Holt, said in a letter to parents that no incident had been reported to the school.";
    expect(claim(text, 'no incident had been reported').asserter.side).toBe("St Luke's Primary School");
  });

  it('reads "the country\'s defense minister" as the country just named, not the dateline\'s', () => {
    const text =
      'GEORGETOWN, Guyana (AP) — A video of soldiers crossing the river is old, Guyana\'s army said. ' +
      "Venezuela's Defense Ministry did not respond to a request for comment. " +
      'The country\'s defense minister said on state television that its armed forces were "on alert" along the eastern border.';
    expect(claim(text, 'on alert').asserter.side).toBe('Venezuela');
  });

  it('names "An armed group calling itself the X" by the name it goes by, for "the group" too', () => {
    const text =
      'An armed group calling itself the Delta Renewal Army has claimed responsibility for an explosion on the pipeline. ' +
      'In a statement posted on its website, the group said its fighters had brought down the line near the town.';
    expect(claim(text, 'brought down the line').asserter.side).toBe('Delta Renewal Army');
  });

  it('keeps "managing director" in a speaker\'s title and finds "the company" among companies named by their trade', () => {
    const text =
      "Sunrise Cements termed as speculative a report that it was in talks to merge with Adhira Group's cement business. " +
      '"The company is not aware of any such development," Sunrise Cements said in a filing. The company said it would make appropriate disclosures. ' +
      'Last month, Sunrise managing director R K Menon had said the company was focused on organic growth.';
    expect(claim(text, 'appropriate disclosures').asserter.side).toBe('Sunrise Cements');
    const menon = claim(text, 'organic growth');
    expect(menon.asserter.name).toBe('Sunrise managing director R K Menon');
    expect(menon.asserter.side).toBe('Sunrise Cements');
  });

  it('gives "The vet who treated the dog, Dr X" and "Our correspondent in Warri, Y" their own names, not the role or the place', () => {
    expect(claim('The vet who treated the dog, Dr Clare Hughes, said the animal had died of a kidney condition.', 'kidney').asserter.side).toBe('Clare Hughes');
    expect(claim('Our correspondent in Warri, Ngozi Bello, says satellite images appear to show a large fire.', 'large fire').asserter.side).toBe('Ngozi Bello');
  });
});

describe('where a claim starts and ends', () => {
  it('reads "said in a statement that none of its posts had been occupied and that Q" as two claims of the speaker, disputing the post', () => {
    const text =
      'The post claimed that Venezuelan troops had occupied a Guyanese border post. ' +
      'The Guyana Defence Force said in a statement that none of its border posts had been occupied and that patrols had reported no unusual activity.';
    const none = claim(text, 'none of its border posts');
    expect(none.asserter.name).toBe('The Guyana Defence Force');
    expect(claim(text, 'patrols had reported').asserter.name).toBe('The Guyana Defence Force');
    expect(claim(text, 'troops had occupied').status).toBe('disputed');
  });

  it('splits "said P and accused the government of Q" with no quote marks', () => {
    const text = 'The senator said the governor had missed three events and accused her office of hiding the truth.';
    expect(claim(text, 'missed three events').text).not.toContain('accused');
    expect(claim(text, 'hiding the truth').cue).toBe('accused');
  });

  it('reads \'The article, headlined "X," said P\' as the article saying P', () => {
    const c = claim('The article, headlined "Buckeye State Silences the Sabbath Mower," said the Ohio House had passed the ban by 61 votes to 32.', 'passed the ban');
    expect(c.asserter.name).toBe('The article');
  });

  it('finds no claim before "who writes under the name X"', () => {
    const texts = analyze('Reached by email, the editor of The Daily Rake, who writes under the name Chet Hollis, said the piece was "obviously a joke".').claims.map((c) => c.text);
    expect(texts).toEqual(['the piece was "obviously a joke']);
  });
});

describe('rival accounts and unnamed officials', () => {
  it('gives "a senior official in the presidency" the country the article is about, not the last country to speak', () => {
    const text =
      "Cameroon's government has dismissed speculation about the health of President Emmanuel Ndongo. " +
      'The communications minister, René Mballa, said the president was in excellent health. ' +
      'The Swiss foreign ministry said it did not comment on the private travel of foreign heads of state. ' +
      'A senior official in the presidency, speaking on condition of anonymity, told Reuters that Mr Ndongo had undergone a minor eye operation.';
    expect(claim(text, 'minor eye operation').asserter.side).toBe('Cameroon');
  });

  it('reads rival accounts in opposite words as a dispute: "recaptured X" / "remained in control of X", "destroyed" / "intact"', () => {
    const held = 'The ministry said its forces had recaptured the town of Krynky. Ukraine\'s army said its troops remained in control of Krynky.';
    expect(claim(held, 'recaptured the town').status).toBe('disputed');
    const intact = 'The group said its fighters had destroyed the pumping station near the town. The army said the pumping station was intact and working normally.';
    expect(claim(intact, 'destroyed the pumping station').status).toBe('disputed');
  });

  it('reads "had not received a report of that incident" as leaving the account just told unconfirmed, and no rumour in it', () => {
    const text =
      'One mother told the Kingsmead Gazette that her daughter had come home in tears after a man in a van called out to her. ' +
      'Police said they had not received a report of that incident and asked the woman to contact them.';
    expect(claim(text, 'come home in tears').status).toBe('unconfirmed');
    expect(analyze(text).claims.some((c) => c.text.startsWith('incident'))).toBe(false);
  });
});

describe('denials and refusals in wire copy', () => {
  it('finds who "took to Instagram on Monday to deny the rumours"', () => {
    const text =
      'Justin Bieber is in talks to join the cast of the film, according to unconfirmed reports in the British tabloids. ' +
      'Bieber himself took to Instagram on Monday to deny the rumours.';
    expect(claim(text, 'in talks to join').responses.map((r) => r.by.name)).toContain('Bieber');
  });

  it('keeps "said only the three attackers had been killed and that P" whole: one claim of both halves', () => {
    const text = 'Taliban spokesman Zabihullah Mujahid said only the three attackers had been killed and that two foreign guests were injured.';
    expect(claim(text, 'three attackers').text).toBe('only the three attackers had been killed and that two foreign guests were injured');
    expect(analyze(text).claims).toHaveLength(1);
  });

  it('points "The claim could not be independently verified" at the claim made with "claimed responsibility ..., saying P"', () => {
    const text =
      'Islamic State claimed responsibility for the attack, saying in a statement that its fighters had killed 30 people. ' +
      "China's foreign ministry said five Chinese citizens were wounded. The claim could not be independently verified.";
    expect(claim(text, 'killed 30 people').status).toBe('unconfirmed');
    expect(claim(text, 'five Chinese citizens').status).toBe('uncontested');
  });

  it('reads "We have nothing to confirm" as no support, and "playing down media reports that P" as disputing P', () => {
    const text =
      "SEOUL (AP) — South Korea's presidential office said it had detected no unusual signs in North Korea, playing down media reports that Kim Jong Un was in fragile condition after surgery. " +
      'Daily NK reported earlier that Kim was recovering after a cardiovascular procedure. ' +
      '"We have nothing to confirm," presidential spokesman Kang Min-seok said.';
    const rumour = analyze(text).claims.find((c) => c.asserter.side === 'media reports');
    expect(rumour?.status).toBe('disputed');
    expect(claim(text, 'cardiovascular procedure').responses.map((r) => r.stance)).not.toContain('supports');
  });
});

describe('a tabloid lede', () => {
  it('reads a lede\'s word in capitals ("BUCKINGHAM Palace has denied") as the article writes it, for "A Palace spokesman" too', () => {
    const text =
      'BUCKINGHAM Palace has denied claims that Prince Harry made a secret visit to London last week. ' +
      'The Daily Express reported that the Duke had flown in on a private jet. ' +
      'A Palace spokesman said: "This story is untrue." Buckingham Palace later declined to comment further.';
    const visit = claim(text, 'secret visit');
    expect(visit.responses.map((r) => r.by.side)).toContain('Buckingham Palace');
    expect(claim(text, 'story is untrue').asserter.side).toBe('Buckingham Palace');
  });
});

describe('unnamed sources', () => {
  it('finds "a person familiar with the company\'s thinking" as a speaker, and "Sources close to Harry" as speaking for Harry', () => {
    const person = claim("Apple declined to comment, but a person familiar with the company's thinking said no such bid was being considered.", 'no such bid');
    expect(person.asserter.name).toBe("a person familiar with the company's thinking");
    // The anonymous-source convention (tests/articles/README.md): a source close to someone named speaks for them.
    expect(claim('Sources close to Harry said he was baffled by the report.', 'baffled').asserter.side).toBe('Harry');
  });
});

describe('words passed on by an outlet', () => {
  it('reads "X quoted Y as saying (that) P" as Y asserting P', () => {
    const royal = claim('The paper quoted a royal source as saying the meeting was "warm but awkward".', 'warm but awkward');
    expect(royal.asserter.name).toBe('a royal source');
    const official = claim('MOSCOW (Reuters) - Interfax quoted a defence ministry official as saying that the troops had withdrawn from the village.', 'troops had withdrawn');
    expect(official.asserter.side).toBe('Russia');
  });
});

describe('what a refusal or denial answers', () => {
  it('reads "The claim, which cannot be independently verified" as leaving the claim unconfirmed', () => {
    const text = "North Korea has executed its defence minister, South Korea's spy agency told lawmakers. The claim, which cannot be independently verified, was met with scepticism.";
    expect(claim(text, 'executed its defence minister').status).toBe('unconfirmed');
  });

  it('lets "P, a claim the Pentagon has denied" answer its own sentence, not the claim before it', () => {
    const text =
      '"The NIS has been wrong before," said Andrei Lankov, a professor at Kookmin University. In 2013 the agency said a singer had been executed; she later appeared on state television.\n\n' +
      'ISIS militants have reportedly captured a U.S. military base in Iraq, a claim the Pentagon has denied.';
    expect(claim(text, 'singer had been executed').status).toBe('uncontested');
  });
});
