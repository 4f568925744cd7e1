// Each attribution form the analyzer supports, on short sentences written for the test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import type { Claim } from '../../../lib/analyzer/types';

function only(text: string, phrase: string): Claim {
  const claims = analyze(text).claims.filter((c) => c.text.includes(phrase));
  expect(claims, `one claim holding "${phrase}" in: ${text}`).toHaveLength(1);
  return claims[0] as Claim;
}

describe('reported speech', () => {
  it('takes the cue before the content, with "that" after time and place phrases', () => {
    const c = only('The Dutch foreign ministry said on Tuesday in a statement that the embassy would reopen next week.', 'embassy would reopen');
    expect(c.cue).toBe('said');
    expect(c.asserter.name).toBe('The Dutch foreign ministry');
    expect(c.text).toBe('the embassy would reopen next week');
  });

  it('takes the cue before the content without "that"', () => {
    expect(only('Harbour officials told reporters the ferry had been delayed by fog.', 'ferry had been delayed').asserter.name).toBe('Harbour officials');
  });

  it('takes the cue after the content: "P, X said"', () => {
    const c = only('The bridge will stay closed until March, the transport agency said.', 'bridge will stay closed');
    expect(c.asserter.name).toBe('the transport agency');
    expect(c.text).toBe('The bridge will stay closed until March');
  });

  it('takes the inverted cue: "P, said X, a Y"', () => {
    const c = only('"The water is safe to drink," said Maria Keller, a spokeswoman for the Ostwerk utility.', 'water is safe to drink');
    expect(c.asserter.name).toContain('Maria Keller');
    expect(c.asserter.side).toBe('Ostwerk');
  });

  it('reads "according to" a bare plural source the tagger takes for a verb ("to police")', () => {
    expect(only('According to police, two lorries collided on the ring road.', 'two lorries collided').asserter.name).toBe('police');
    expect(only('The ferry left port an hour late, according to police.', 'ferry left port').asserter.name).toBe('police');
  });

  it('reads "according to X" before, after and inside the content', () => {
    expect(only('According to the Hallstatt Fire Service, the blaze started in a bakery.', 'blaze started in a bakery').asserter.name).toContain('Hallstatt Fire Service');
    expect(only('Six homes were evacuated overnight, according to the Hallstatt Fire Service.', 'Six homes were evacuated').asserter.name).toContain('Hallstatt Fire Service');
    expect(only('The dam, according to engineers at Norvik Power, could fail within a year.', 'could fail within a year').cue).toBe('according to');
  });

  it('reports "P and that Q" as one claim of its asserter when no response tells the halves apart', () => {
    const { claims } = analyze('Kelmar Foods said the recall covered 2,000 jars and that no illnesses had been reported.');
    expect(claims.map((c) => c.text)).toEqual(['the recall covered 2,000 jars and that no illnesses had been reported']);
    expect(claims.map((c) => c.asserter.side)).toEqual(['Kelmar Foods']);
  });

  it('keeps "P and that Q" as two claims of the same asserter when a response answers one half', () => {
    const { claims } = analyze(
      'Kelmar Foods said the recall covered 2,000 jars and that no illnesses had been reported. ' +
        'The county health department disputed that no illnesses had been reported, citing three cases.',
    );
    const kelmar = claims.filter((c) => c.asserter.side === 'Kelmar Foods');
    expect(kelmar.map((c) => [c.text, c.status])).toEqual([
      ['the recall covered 2,000 jars', 'uncontested'],
      ['no illnesses had been reported', 'disputed'],
    ]);
  });

  it('reads a coordinated cue as said by the clause subject', () => {
    const c = only('The Orlov Bank gave the same figure and said it had frozen 400 accounts.', 'frozen 400 accounts');
    expect(c.asserter.name).toContain('Orlov Bank');
  });

  it('reads verbs of tweeting, writing, warning and estimating', () => {
    expect(only('Senator Ruth Adler tweeted that the vote had been moved to Friday.', 'vote had been moved').cue).toBe('tweeted');
    expect(only('The mayor wrote in a blog post that the budget was balanced.', 'budget was balanced').cue).toBe('wrote');
    expect(only('The union warned that the strike could last for weeks.', 'strike could last').cue).toBe('warned');
    expect(only('Organisers estimated the crowd at more than 8,000 people.', 'crowd at more than 8,000').cue).toBe('estimated');
  });
});

describe('direct quotes', () => {
  it('gives every sentence of a quote that runs over paragraphs to its speaker', () => {
    const text =
      '"We were told nothing," said Anna Brik, a nurse at the Lindow clinic. "The heating failed on Monday.\n\n' +
      '"Three patients were moved to Ostberg overnight. Nobody from the council has visited."';
    const { claims } = analyze(text);
    for (const phrase of ['We were told nothing', 'heating failed on Monday', 'Three patients were moved', 'Nobody from the council has visited']) {
      const c = claims.find((x) => x.text.includes(phrase));
      expect(c?.asserter.name, phrase).toContain('Anna Brik');
    }
  });

  it('takes a quote after a colon', () => {
    const c = only('Chief engineer Tomas Vidal said: "The cracks are older than the flood."', 'cracks are older');
    expect(c.asserter.name).toContain('Tomas Vidal');
  });

  it('takes the quoted words after "called it"', () => {
    const c = only('Governor Lena Marsh called the plan "a gift to the biggest polluters."', 'gift to the biggest polluters');
    expect(c.asserter.name).toContain('Lena Marsh');
  });
});

describe('nominal claims and headlines', () => {
  it('reads "X\'s claim that P" and "an allegation by X that P"', () => {
    expect(only("Officials rejected Veltra's claim that the pipeline had never leaked.", 'pipeline had never leaked').asserter.name).toBe('Veltra');
    const c = only('The club denied an allegation by the Supporters Trust, a fan group, that tickets had been resold.', 'tickets had been resold');
    expect(c.asserter.name).toContain('Supporters Trust');
  });

  it('reads a headline verb and merges a headline that restates a body claim', () => {
    const text =
      'Miner claims record output at Kallan Ridge\n\n' +
      'PERTH — Orvex Mining said on Monday that it had achieved record output at Kallan Ridge in the June quarter.';
    const c = only(text, 'record output at Kallan Ridge in the June quarter');
    expect(c.occurrences).toHaveLength(2);
    expect(c.asserter.side).toBe('Orvex Mining');
  });
});

describe('duplicates', () => {
  it('collapses a repeated paragraph into one claim with one occurrence per copy', () => {
    const paragraph = 'The Velmar Port Authority said the harbour would reopen on Thursday.';
    const text = `${paragraph}\n\nShips waited offshore.\n\n${paragraph}`;
    const { claims } = analyze(text);
    expect(claims).toHaveLength(1);
    const [c] = claims as [Claim];
    expect(c.occurrences).toHaveLength(2);
    for (const [start, end] of c.occurrences) expect(text.slice(start, end)).toBe('the harbour would reopen on Thursday');
  });

  it('keeps one claim when the copy in between names the speaker\'s body in full (the side read again otherwise)', () => {
    const paragraph = 'Carrowby director Helen Marsh said the gallery\'s cameras "recorded everything they were meant to," from the first alarm at 2:10 a.m.';
    const text =
      'Painting stolen from Carrowby gallery\n\nA landscape by Thomas Girtin was taken from a gallery in Carrowby early on Tuesday, police said.\n\n' +
      `${paragraph}\n\nThe Carrowby Gallery of Fine Art has been closed since Tuesday. Its insurer is reviewing the loss.\n\n${paragraph}`;
    const cameras = analyze(text).claims.filter((c) => c.text.includes('recorded everything'));
    expect(cameras).toHaveLength(1);
    expect(cameras[0]?.occurrences).toHaveLength(2);
  });
});

describe('speakers introduced before a quote', () => {
  it('gives a quote in the next paragraph to the speaker introduced with a colon', () => {
    const text =
      'The port operator, Meri Salo, answered the union at a press conference:\n\n' +
      '"Nobody from the union wrote to us about the cranes. The inspectors found nothing wrong."';
    const { claims } = analyze(text);
    for (const phrase of ['Nobody from the union wrote to us', 'inspectors found nothing wrong']) {
      expect(claims.find((c) => c.text.includes(phrase))?.asserter.name, phrase).toContain('Meri Salo');
    }
  });

  it('reads a quote after "spoke to reporters ...:"', () => {
    const c = only('Union leader Ivo Rask spoke to reporters at the gate: "We warned the owners three times."', 'warned the owners three times');
    expect(c.asserter.name).toContain('Ivo Rask');
  });

  it('lets a second speaker in the same sentence have their own claim', () => {
    const text = 'The rebels said they had hit the tanker, but the navy said the missile had fallen into the sea.';
    const { claims } = analyze(text);
    expect(claims.find((c) => c.text.includes('had hit the tanker'))?.text).toBe('they had hit the tanker');
    expect(claims.find((c) => c.text.includes('fallen into the sea'))?.asserter.name).toBe('the navy');
  });
});

describe('wire-service phrasing', () => {
  it('skips a bare day after the cue', () => {
    expect(only('Orvane said Tuesday it would cut 600 jobs in Ohio.', 'cut 600 jobs').text).toBe('it would cut 600 jobs in Ohio');
  });

  it('keeps "a person familiar with the matter" whole', () => {
    const c = only('The Halden mill will close in May, a person familiar with the matter told reporters.', 'mill will close in May');
    expect(c.asserter.name).toBe('a person familiar with the matter');
  });

  it('keeps a percent sign in the claim', () => {
    expect(only('Shares fell 3%, the Oslo exchange said in a statement.', 'Shares fell').text).toBe('Shares fell 3%');
  });

  it('keeps "officials in Kyiv" as the asserter, with their country', () => {
    const c = only('Officials in Kyiv said at least 12 people were killed in the overnight strike.', 'at least 12 people were killed');
    expect(c.asserter.name).toBe('Officials in Kyiv');
    expect(c.asserter.side).toBe('Ukraine');
  });
});
