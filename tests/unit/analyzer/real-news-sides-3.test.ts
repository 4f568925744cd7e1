import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';
import { Discourse } from '../../../lib/analyzer/discourse';
import { splitSentences } from '../../../lib/analyzer/sentences';
import { SideResolver } from '../../../lib/analyzer/sides';

describe('sides of real political prose, round 3', () => {
  it('one of a pair named in full is that person, not the pair that spoke together', () => {
    const text =
      'The poll is run by two former party pollsters, Dana Okafor and Pieter Lindgren. ' +
      'Okafor and Lindgren did not respond to requests for comment. ' +
      '"We reach the voters who turn out," Okafor is quoted as saying.';
    const sentences = splitSentences(text);
    const discourse = new Discourse(text, sentences);
    discourse.remember({ name: 'Okafor and Lindgren', side: 'Okafor and Lindgren', person: false, sentence: 1 });
    expect(new SideResolver(text, discourse).sideOf('Okafor', sentences[2] as (typeof sentences)[number], false)).toBe('Dana Okafor');
  });

  it("a columnist for a country's newspaper writes for the paper, not the country", () => {
    const text = '"The chancellor has lost the room," Henrik Dahl, a columnist for the Danish newspaper Jyllands-Posten, wrote on Monday.';
    expect(claim(text, 'lost the room').asserter.side).toBe('Jyllands-Posten');
  });

  it('a paper by the one word its name ends in is the paper the article named in full', () => {
    const text =
      "The Denver Herald's editors have opened an inquiry into the senator's land deals. " +
      'Maria Castell, a deputy editor for the Herald, said Tuesday that nine reporters were working on the project.';
    expect(claim(text, 'nine reporters were working').asserter.side).toBe('Denver Herald');
  });

  it('a journalist by role alone who wrote in a paper named in the sentence writes for that paper', () => {
    const text = '"The summit produced nothing but photographs," commentator Lin Bo wrote in the Harbin Daily piece.';
    expect(claim(text, 'nothing but photographs').asserter.side).toBe('Harbin Daily');
  });

  it('a surname after a titled full name is that person, whatever word the surname also is', () => {
    const text =
      'Reporters questioned Press Secretary Nora Hardy about the shooting on Friday. ' +
      '"We will not get ahead of the investigators," Hardy said.';
    expect(claim(text, 'get ahead of the investigators').asserter.side).not.toBe('Hardy');
  });
});
