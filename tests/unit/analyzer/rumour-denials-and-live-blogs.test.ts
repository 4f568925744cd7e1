// Rumour and denial coverage in the forms the test articles exposed: an outlet standing by its
// report, a denial that something exists, "no proposal" answering an offer, a live blog with its
// newest update first, "no one with gunshot wounds", a video "could not be independently verified".
// Invented events, written for these tests.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('an outlet that stands by its report', () => {
  const text =
    'The Daily Ledger reported that Orla Airways had agreed to sell its regional arm to Brannock Air. ' +
    'Orla Airways said it had not agreed to any sale. ' +
    'On Friday the Daily Ledger said it stood by its reporting.';

  it('disputes the denial of its report', () => {
    const c = claim(text, 'it had not agreed to any sale');
    expect(c.status).toBe('disputed');
    expect(c.responses.map((r) => r.by.side)).toContain('Daily Ledger');
  });

  it('answers only claims that denied it, not others\'', () => {
    const t = `${text} Analysts said the regional arm had lost money for three years.`;
    expect(claim(t, 'had lost money for three years').status).toBe('uncontested');
  });

  it('is no answer when nothing denied the report', () => {
    const t =
      'The Daily Ledger reported that Orla Airways had agreed to sell its regional arm. ' +
      'Brannock Air said it was always looking at opportunities. ' +
      'The Daily Ledger said it stood by its reporting.';
    expect(claim(t, 'always looking at opportunities').status).toBe('uncontested');
  });
});

describe('a denial in other words', () => {
  it('"There is no X" disputes a claim about X', () => {
    const t =
      'The newspaper said the two governments had signed a secret protocol on fishing rights. ' +
      '"There is no protocol, secret or otherwise," the foreign minister, Ana Ruiz, told reporters.';
    expect(claim(t, 'signed a secret protocol').status).toBe('disputed');
  });

  it('"We have received no proposal" disputes a report of an offer', () => {
    const t =
      'The Daily Ledger reported that Brannock Air had offered 90 pence a share for Orla Airways. ' +
      '"We have received no proposal," Orla Airways said in a statement.';
    expect(claim(t, 'had offered 90 pence').status).toBe('disputed');
  });

  it('"No missiles are stored" disputes a claim that missiles are kept there', () => {
    const t =
      'The newspaper said the deal let foreign troops keep missiles at the airfield. ' +
      '"No missiles are stored at the airfield," the defence minister, Tomas Lind, said.';
    expect(claim(t, 'keep missiles at the airfield').status).toBe('disputed');
  });
});

describe('"no one with gunshot wounds"', () => {
  it('does not answer a claim of other injuries', () => {
    const t =
      'A hospital spokeswoman said it had treated four people with minor injuries from the crush. ' +
      'Police said they had found no one with gunshot wounds.';
    expect(claim(t, 'treated four people').status).toBe('uncontested');
  });
});

describe('a medium that could not be verified', () => {
  it('leaves unconfirmed the claim in its own subject, not the claim before', () => {
    const t =
      'Witnesses said they had heard three loud bangs near the station. ' +
      'A video that its poster said showed soldiers running across the platform could not be independently verified.';
    expect(claim(t, 'showed soldiers running').status).toBe('unconfirmed');
    expect(claim(t, 'three loud bangs').status).toBe('uncontested');
  });
});

describe('a live blog with its newest update first', () => {
  const text =
    'Live updates: Fire at Dunmore chemical works\n\n' +
    'DUNMORE — Updated 6:40 p.m.\n\n' +
    '6:40 p.m. — The fire service said the fire had been put out and that no one had been hurt.\n\n' +
    '5:15 p.m. — Posts on social media claimed that two workers had been hurt in the blast.\n\n' +
    '4:30 p.m. — The company said all 140 staff had left the site.\n\n' +
    '4:05 p.m. — Reports said a tank had exploded at the works shortly before 4 p.m.';

  it('takes an update above a rumour as its answer', () => {
    const c = claim(text, 'two workers had been hurt');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.name).toContain('fire service');
  });

  it('does not take a rumour below an update as an answer to it', () => {
    expect(claim(text, 'no one had been hurt').status).toBe('uncontested');
  });

  it('reads an ordinary article, whose times run forward, as it stands', () => {
    const t =
      '4:05 p.m. — Reports said a tank had exploded at the works.\n\n' +
      '5:15 p.m. — Posts on social media claimed that two workers had been hurt in the blast.\n\n' +
      '6:40 p.m. — The fire service said the fire had been put out and that no one had been hurt.';
    expect(claim(t, 'two workers had been hurt').status).toBe('disputed');
    expect(claim(t, 'no one had been hurt').status).toBe('uncontested');
  });
});

describe('a live blog\'s entries in the order they happened, whatever form their times take', () => {
  const rumour = 'two workers had been hurt';

  it('reads an "UPDATE" entry added at the foot of a newest-first blog as the latest', () => {
    const t =
      'Live: Blaze at Corran paint depot\n\n' +
      '9:25 p.m. — The council said the road past the depot would reopen in the morning.\n\n' +
      '8:40 p.m. — Posts on a neighbourhood forum claimed that two workers had been hurt in the blaze.\n\n' +
      '8:05 p.m. — The depot\'s owner said the night shift had been sent home early.\n\n' +
      'UPDATE 10:10 p.m. — The fire service said the fire was out and that no one had been hurt.';
    expect(claim(t, rumour).status).toBe('disputed');
    expect(claim(t, 'no one had been hurt').status).toBe('uncontested');
  });

  it('takes a time with its zone, alone on its line, as the header of an entry', () => {
    const t =
      'Live: Blaze at Corran paint depot\n\n' +
      '9:25 p.m. ET\nThe fire service said the fire was out and that no one had been hurt.\n\n' +
      '8:40 p.m. ET\nPosts on a neighbourhood forum claimed that two workers had been hurt in the blaze.\n\n' +
      '8:05 p.m. ET\nThe depot\'s owner said the night shift had been sent home early.';
    expect(claim(t, rumour).status).toBe('disputed');
  });

  it('takes a bare 24-hour time, alone on its line, as the header of an entry', () => {
    const t =
      'Live: Blaze at Corran paint depot\n\n' +
      '21:25\nThe fire service said the fire was out and that no one had been hurt.\n\n' +
      '20:40\nPosts on a neighbourhood forum claimed that two workers had been hurt in the blaze.\n\n' +
      '20:05\nThe depot\'s owner said the night shift had been sent home early.';
    expect(claim(t, rumour).status).toBe('disputed');
    expect(claim(t, 'no one had been hurt').status).toBe('uncontested');
  });

  it('reads a newest-first blog across midnight on one clock', () => {
    const t =
      'Live: Blaze at Corran paint depot\n\n' +
      'Updated 12:15 a.m.: The fire service said the fire was out and that no one had been hurt.\n\n' +
      '11:40 p.m. — Posts on a neighbourhood forum claimed that two workers had been hurt in the blaze.\n\n' +
      '11:05 p.m. — The depot\'s owner said the night shift had been sent home early.';
    expect(claim(t, rumour).status).toBe('disputed');
  });
});

describe('a denial naming whose claim it rejects, told before that claim', () => {
  // Newest first, each bare 24-hour time alone on its line over its entry; the oldest entry, at the
  // foot, rejects what the school board went on to say in the newest.
  const blog =
    'Live: Storm closes schools across Harwick\n\n' +
    '21:15\n\nBoard says boilers will be fixed\n\n' +
    'The school board said the boilers at Fenwick Primary would be repaired before Monday, and that bus routes would run as normal.\n\n' +
    '20:30\n\nRoads closed\n\n' +
    'Police said the coast road had been shut after a landslip near the harbour.\n\n' +
    '19:45\n\nParents unconvinced\n\n' +
    'Parents at Fenwick Primary dismissed the school board\'s promise, saying the boilers had broken down twice last winter.';

  it('answers that side\'s claim on the matter in a later entry', () => {
    const c = claim(blog, 'boilers at Fenwick Primary would be repaired');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.name).toContain('Parents');
  });

  it('leaves that side\'s claim on another matter, and other sides\' claims, alone', () => {
    expect(claim(blog, 'bus routes would run as normal').status).toBe('uncontested');
    expect(claim(blog, 'coast road had been shut').status).toBe('uncontested');
  });

  it('leaves a headline\'s summary to name what it answers by more than one shared word', () => {
    const t =
      'Mill owners call union\'s version of the loom fire untrue\n\n' +
      'The weavers\' union said a loom had caught fire at the Brenton mill on Friday night.\n\n' +
      'A union official said the fire had started after managers ignored a faulty fuse.\n\n' +
      'Later the union said its members would hold a meeting in the town hall on Sunday about the loom shifts.';
    expect(claim(t, 'members would hold a meeting').status).toBe('uncontested');
  });

  it('answers it further down an ordinary article too', () => {
    const t =
      'Harwick braced for a second night of gales on Thursday.\n\n' +
      'Forecasters expected gusts of up to 80 miles an hour along the coast.\n\n' +
      'Fishermen at Carrow Quay rejected the harbour authority\'s account, saying the sea wall had cracked in two places last month.\n\n' +
      'The harbour authority said the sea wall had been inspected in January and was sound.';
    expect(claim(t, 'sea wall had been inspected').status).toBe('disputed');
  });
});

describe('"did not address"', () => {
  it('leaves the figure it names unconfirmed', () => {
    const t =
      'Velora Pharma said its new plant could make 40 million doses a year. ' +
      'Anna Berg, who runs the charity\'s medicines campaign, said the company had never made more than 3 million doses in a single year. ' +
      'Velora did not address Berg\'s figure in its statement.';
    const c = claim(t, 'never made more than 3 million doses');
    expect(c.status).toBe('unconfirmed');
    expect(c.responses[0]?.by.side).toBe('Velora Pharma');
  });
});
