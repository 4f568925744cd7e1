// Speakers read wrong at three joints: a rumour's verb after a relative clause about it ("A message
// which was forwarded ... on WhatsApp claims that P" is the message's claim, not "WhatsApp claims"'s),
// an outlet told to before a clause whose subject is a common noun ("told the Herald guards had ..."
// is told to the Herald, the guards are what was said), and a dateline whose date and agency carry its
// dash past the first eight words ("DUNMORE, Nebraska, June 3 (AP) -"); and a common word capitalised only
// for opening its sentence ("Consumer advocacy groups sued"), which names no one a later "The lawsuit" could mean;
// and "As X reported after P:", whose time clause only leads to the quote the colon introduces.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { Discourse } from '../../../lib/analyzer/discourse';
import { splitSentences } from '../../../lib/analyzer/sentences';

const only = (text: string) => {
  const [claim, ...rest] = analyze(text).claims;
  expect(rest).toEqual([]);
  return claim;
};

describe('a rumour noun after a relative clause about the post before it is the post\'s verb', () => {
  it('"A message which was forwarded thousands of times on WhatsApp claims that P": the message', () => {
    const claim = only('A message which was forwarded thousands of times on WhatsApp claims that the schools will shut on Monday.');
    expect(claim?.text).toBe('the schools will shut on Monday');
    expect(claim?.asserter.name).toBe('A message');
  });

  it('"A tweet that has been liked 30,000 times on X claims that P": the tweet', () => {
    expect(only('A tweet that has been liked 30,000 times on X claims that the bridge toll will double in May.')?.asserter.name).toBe('A tweet');
  });
});

describe('an outlet told to before a clause with a common noun for its subject', () => {
  it('"told the Herald two inmates had escaped": the teller\'s claim, whole', () => {
    const claim = only('One guard told the Herald two inmates had escaped through the laundry overnight.');
    expect(claim?.text).toBe('two inmates had escaped through the laundry overnight');
    expect(claim?.asserter.name).toBe('One guard');
  });

  it('"told Reuters officials estimated P": the officials are no part of the outlet', () => {
    const claim = only('A port worker told Reuters officials estimated the spill at 300 barrels.');
    expect(claim?.text).toBe('officials estimated the spill at 300 barrels');
    expect(claim?.asserter.name).toBe('A port worker');
  });

  it('"told Senate investigators he had P" keeps the recipient whole', () => {
    expect(only('A former aide told Senate investigators he had shredded the invoices.')?.text).toBe('he had shredded the invoices');
  });
});

describe('a dateline with its date and agency', () => {
  const discourse = (text: string) => new Discourse(text, splitSentences(text));

  it('"DUNMORE, Nebraska, June 3 (AP) -" names the town and the state', () => {
    const d = discourse('DUNMORE, Nebraska, June 3 (AP) - Floodwater closed the county road on Tuesday, the sheriff said.');
    expect(d.datelinePlace).toBe('Dunmore');
    expect(d.datelineState).toBe('Nebraska');
  });

  it('a dash after a verb past the first eight words is no dateline\'s', () => {
    const d = discourse('The mayor of Dunmore, Nebraska, said on Friday the bridge was safe - but engineers disagreed.');
    expect(d.datelinePlace).toBeNull();
  });
});

describe('a common word capitalised only for opening its sentence', () => {
  it('"Consumer advocacy groups sued ... The lawsuit says P": no body called "Consumer"', () => {
    const claim = only('Consumer advocacy groups sued the utility on Friday. The lawsuit says the rate rise broke state law.');
    expect(claim?.asserter.name).not.toBe('Consumer');
    expect(claim?.asserter.side).not.toBe('Consumer');
  });

  it('a word the article also capitalises inside a sentence stays a name ("Union negotiator X" after "the Harlow Porters\' Union")', () => {
    const text = "The Harlow Porters' Union said on Monday that 600 porters would strike. Union negotiator Dev Mistry said the hospital had cut overtime pay.";
    expect(analyze(text).claims.map((c) => c.asserter.side)).toEqual(["Harlow Porters' Union", "Harlow Porters' Union"]);
  });
});

describe('a time clause after the cue before an introducing colon', () => {
  it('"As X reported after P:" claims no "after P"; the quote introduced is the reporter\'s', () => {
    const text = 'As the Gazette\'s Mia Ross reported after the council closed the library:\n\n"The doors were locked at noon and nobody told the staff why."';
    const claims = analyze(text).claims;
    expect(claims.map((c) => c.text)).toEqual(['The doors were locked at noon and nobody told the staff why']);
    expect(claims[0]?.asserter.name).toContain('Ross');
  });
});
