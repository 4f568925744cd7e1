// A count with no noun ("two were hospitalized") told by another side as the same harm an earlier
// count of that number was told with.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('a count with no noun, of the same harm', () => {
  it('lets "three were hospitalised" back "three crew members were flown to Aldport Hospital"', () => {
    const text =
      'Coastguard commander Ines Varga said three crew members were flown to Aldport Hospital after the trawler fire. ' +
      'Harwick Fisheries, which owns the trawler, said in a statement on Monday evening that three were hospitalised.';
    const c = claim(text, 'three crew members were flown to Aldport Hospital');
    expect(c.status).toBe('supported');
    expect(c.responses.map((r) => r.by.side).join(' ')).toMatch(/Harwick/);
  });

  it('does not back a count of another harm ("four were injured" against "four passengers were killed")', () => {
    const text =
      'Regional police chief Anton Blum said four passengers were killed when the bus left the road. ' +
      'The bus operator, Velmar Coaches, said on Tuesday that four were injured.';
    expect(claim(text, 'four passengers were killed').status).not.toBe('supported');
  });

  it('does not back another number of the same harm', () => {
    const text =
      'Coastguard commander Ines Varga said three crew members were flown to Aldport Hospital after the trawler fire. ' +
      'Harwick Fisheries, which owns the trawler, said in a statement on Monday evening that two were hospitalised.';
    expect(claim(text, 'three crew members were flown to Aldport Hospital').status).not.toBe('supported');
  });
});
