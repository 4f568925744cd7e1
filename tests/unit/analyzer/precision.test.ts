// Text that mentions saying or claiming without reporting anyone's claim.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

describe('precision traps', () => {
  it('finds nothing in a recipe', () => {
    const recipe =
      'Melt the butter in a wide pan. Add the onions and cook for ten minutes.\n\n' +
      'Stir in the rice, then pour in the stock a ladle at a time. Season and serve hot.';
    expect(analyze(recipe).claims).toEqual([]);
  });

  it('ignores idioms of saying', () => {
    const text =
      'Needless to say, the crowd was delighted. That said, the second half was dull. ' +
      'The captain said goodbye to the fans after the match. The coach said nothing about the referee.';
    expect(analyze(text).claims).toEqual([]);
  });

  it('ignores sports results and titles that are "claimed"', () => {
    const text = 'Rovers claimed a 3-1 win over City on Saturday. Their keeper, who claimed the title in 2019, was injured.';
    expect(analyze(text).claims).toEqual([]);
  });

  it('ignores insurance claims', () => {
    const text = 'Homeowners filed more than 4,000 insurance claims after the storm, and the claims process took months.';
    expect(analyze(text).claims).toEqual([]);
  });

  it('ignores statements of what nobody said and questions', () => {
    const text = 'Neither government said on Monday whether the talks would resume. The minister did not say when the border would open.';
    expect(analyze(text).claims).toEqual([]);
  });
});

describe('more precision traps', () => {
  it('ignores what a player "claimed" in a match report', () => {
    expect(analyze('Ferri claimed the winner too, in the 109th minute, after a corner.').claims).toEqual([]);
  });

  it('ignores "said it all" and a banner that "said" something', () => {
    expect(analyze('The banner behind the goal said it all: "Thank you, skipper."').claims).toEqual([]);
  });

  it('ignores what "that said" introduces and questions in quotes of nobody', () => {
    const text = 'That said, the club never stopped running. Goals change games, as they say.';
    expect(analyze(text).claims).toEqual([]);
  });
});
