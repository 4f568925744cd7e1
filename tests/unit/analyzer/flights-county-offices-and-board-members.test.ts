// A traveller "from Columbus, Ohio, who ..." keeps the whole speaker; a flight by its number speaks for its airline; "the
// county's X office" for the county the article named; "City Council member X, who ..." for the member.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

function asserters(text: string): { name: string; side: string }[] {
  return analyze(text).claims.map((c) => ({ name: c.asserter.name, side: c.asserter.side }));
}

describe('a speaker from a town and its state', () => {
  it('keeps the name before "a teacher from Town, State," as the speaker', () => {
    const text = 'Marcus Feld, 47, a nurse from Toledo, Ohio, said the cabin crew had stopped collecting trash for two days.';
    expect(asserters(text)).toEqual([{ name: 'Marcus Feld, 47, a nurse from Toledo, Ohio', side: 'Marcus Feld' }]);
  });

  it('passes over a "who" clause after the state, which never describes the place', () => {
    const text =
      'Renata Solis of Tacoma, Washington, who was stuck in her room for three days with a fever, said nobody from the ship checked on her.';
    expect(asserters(text)).toEqual([{ name: 'Renata Solis of Tacoma, Washington', side: 'Renata Solis' }]);
  });
});

describe('a flight by its number', () => {
  it('speaks for its airline, and the airline keeps its own name', () => {
    const text =
      'Harbor Air Flight 212, bound for Boston, returned to the gate on Friday after a warning light came on. ' +
      'Harbor Air Flight 212 said in a cabin announcement that the delay would last an hour. ' +
      'Harbor Air said in a statement that no passengers were hurt.';
    expect(asserters(text).map((a) => a.side)).toEqual(['Harbor Air', 'Harbor Air']);
  });
});

describe("the county's own office", () => {
  it('speaks for the county the article named, and so does its director', () => {
    const text =
      'ELMVILLE — The Brackett County Board of Supervisors approved a $40 million warehouse project on Monday. ' +
      "The county's planning office said the project would add about 250 jobs. " +
      'Its director, Gloria Whitfield, said most of the jobs would be part-time.';
    expect(asserters(text).map((a) => a.side)).toEqual(['Brackett County', 'Brackett County']);
  });
});

describe('a board member by title', () => {
  it('speaks for themselves, whatever a "who" clause says of them', () => {
    const text =
      'School Board member Dana Whitcomb, who chairs the budget committee, said the district could not afford the raises.';
    expect(asserters(text).map((a) => a.side)).toEqual(['Dana Whitcomb']);
  });
});
