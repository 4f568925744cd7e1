import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';
import { Discourse } from '../../../lib/analyzer/discourse';
import { splitSentences } from '../../../lib/analyzer/sentences';

describe('sides of real political prose, round 4', () => {
  it('a courtesy title before the full name is the person introduced after their role, a middle initial kept', () => {
    const text =
      'Alvarado plots her own course as leadership fight drags on\n\n' +
      'Ms. Alvarado is building a platform of her own ahead of the fall - one that could outlast the current leadership fight.\n\n' +
      'As the governors met in Denver on Monday, Majority Leader Karen J. Alvarado stayed in the capital.\n\n' +
      'Ms. Alvarado has said she will not seek the nomination next year.';
    expect(claim(text, 'will not seek the nomination').asserter.side).toBe('Karen J. Alvarado');
  });

  it('a couple named together by their shared surname introduces neither one', () => {
    const text =
      'Grieving parents confront the governor\n\n' +
      'The dispute between the parents, Tomasz and Irena Wolski, and the governor has dominated the week.\n\n' +
      'Mr. Wolski said the governor had never called the family.';
    expect(new Discourse(text, splitSentences(text)).introducedName('Wolski', 3)).toBeNull();
  });

  it('"the memoir and the documentary" are two things, not a pair of places named before', () => {
    const text =
      'Former envoy disputes the film\n\n' +
      'The former diplomat, now in her late 50s, served in Central Asia, Chile and Peru as a political officer assigned to the Eastern Europe and South America desks.\n\n' +
      'According to the memoir and the documentary, the embassy guards waited for hours at the gate.';
    expect(claim(text, 'waited for hours at the gate').asserter.name).toBe('the memoir and the documentary');
  });

  it("a leader out of office who speaks about his party's national convention speaks as its candidate, not for the country", () => {
    const text =
      'Duckworth to address Democrats in Milwaukee\n\n' +
      'Senator Tammy Duckworth will speak at the Democratic National Convention in Milwaukee next month, her office said on Monday.\n\n' +
      'Joe Biden has said his wife and two of his grandchildren will also speak in Milwaukee.\n\n' +
      '"Every slot at the Democratic Convention is filled, and the line of people who want one is long," Biden wrote on Saturday.';
    expect(claim(text, 'Every slot at the Democratic Convention').asserter.side).not.toBe('United States');
  });
});
