// Everyday attribution forms of news copy that gave no claim: an estimate "put" on a count
// ("officials put the death toll at 14"), a passive quote ("is quoted as saying P", "was heard
// saying P"), the cues of signalling and hinting, and a trailing plural tag whose cue the tagger
// reads as a noun ("P, critics claim.", "The union claims that P"), and a claim noun standing as the
// sentence's subject ("X's allegation that P is under review").
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { claim } from './claim-holding';

/** A dateline lede first, so that the sentence under test is body text, not a headline. */
const body = (sentence: string): string => `KELSO, Ore. — Crews worked through the night on Tuesday.\n\n${sentence}\n`;

describe('estimates put on a count', () => {
  it('reads "X put the death toll at N" as X\'s estimate', () => {
    const c = claim(body('County health officials put the death toll at 17 on Wednesday evening.'), 'the death toll at 17');
    expect(c.asserter.name).toBe('County health officials');
    expect(c.cue).toBe('put');
  });

  it('takes an object with a participle and a sum: "pegged the cost of flooded roads at about $8 million"', () => {
    expect(claim(body('State engineers pegged the cost of flooded roads at about $8 million.'), 'at about $8 million').asserter.name).toBe('State engineers');
    expect(claim(body('The river authority placed the number of damaged homes at roughly 1,300.'), 'damaged homes').asserter.name).toBe('The river authority');
  });

  it('reads nothing into "put" or "placed" without a figure put on a count', () => {
    for (const sentence of [
      'She put the map on the table and left.',
      'Volunteers placed sandbags at 40 sites along the levee.',
      'The gunman placed the device at 9 p.m. near the depot.',
      'The coach put his faith in the younger players.',
    ]) {
      expect(analyze(body(sentence)).claims, sentence).toEqual([]);
    }
  });
});

describe('passive quotes', () => {
  it('reads "X is quoted as saying P" and "X has been quoted as saying that P" as X saying P', () => {
    expect(claim(body('The harbour master is quoted as saying the channel will reopen within days.'), 'the channel will reopen').asserter.name).toBe('The harbour master');
    expect(claim(body('Senator Willa Brandt has been quoted as saying that the levy was never approved.'), 'the levy was never approved').asserter.name).toBe('Senator Willa Brandt');
  });

  it('reads "X was (over)heard saying P" as X saying P', () => {
    expect(claim(body('The foreman was heard saying the pumps had failed twice.'), 'the pumps had failed').asserter.name).toBe('The foreman');
    expect(claim(body('One deputy was reportedly overheard saying the gate had been left open.'), 'the gate had been left open').asserter.name).toBe('One deputy');
  });
});

describe('signalling and hinting', () => {
  it('reads "X signalled (that) P" and "X hinted that P" as X\'s claim', () => {
    expect(claim(body('The water board signalled that rates would rise again in the spring.'), 'rates would rise').asserter.name).toBe('The water board');
    expect(claim(body('The mayor hinted the ferry contract could be cancelled.'), 'the ferry contract could be cancelled').asserter.name).toBe('The mayor');
  });

  it('reads no claim into "hinted at" a topic or a signal given', () => {
    expect(analyze(body('The mayor hinted at a deal with the ferry operator.')).claims).toEqual([]);
    expect(analyze(body('The referee signalled a penalty.')).claims).toEqual([]);
  });
});

describe('trailing plural tags', () => {
  it('reads "P, critics claim." and \'"P," campaigners claim.\' as the plural subject\'s claim', () => {
    const c = claim(body('The levee was never inspected after the spring floods, critics claim.'), 'never inspected');
    expect(c.asserter.name).toBe('critics');
    expect(c.cue).toBe('claim');
    expect(claim(body('"It was a cover-up from the start," campaigners claim.'), 'a cover-up').asserter.name).toBe('campaigners');
  });

  it('leaves a plural noun "claims" that ends a sentence alone', () => {
    expect(analyze(body('The insurer rejected the flood claims.')).claims).toEqual([]);
  });
});

describe('claim nouns', () => {
  it('ends a claim that is the sentence\'s subject at the sentence\'s own verb', () => {
    expect(claim(body("Dr Amara Selby's claim that the reservoir was safe drew scorn from residents."), 'the reservoir was safe').text).toBe('the reservoir was safe');
    expect(claim(body('Her claim that the plant is safe and the town has nothing to fear was repeated on Monday.'), 'the plant is safe').text).toBe(
      'the plant is safe and the town has nothing to fear',
    );
  });

  it('leaves the claim whole when the claim noun is an object: "X made charges that P because Q has R"', () => {
    expect(claim(body('The senator made similar charges that the judge was biased because he has backed the dam.'), 'the judge was biased').text).toBe(
      'the judge was biased because he has backed the dam',
    );
  });
});

describe('a subject noun the tagger reads as an adjective', () => {
  it('reads "The union claims that P" with "The union" as the asserter', () => {
    const text = 'The Kelso smelter has lost money for two years.\n\nThe union claims that 5,000 jobs are at risk at the smelter.\n';
    expect(claim(text, '5,000 jobs').asserter.name).toBe('The union');
  });
});
