// Claims round 14: a "that" after "and" that points back opens no second claim; reports someone received are theirs to
// pass on; a quote too short to be a claim still names its run's speaker; an opening '' stays with its sentence; a cue inside the subject whose quote opens on the sentence's verb says nothing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

function texts(text: string): string[] {
  return analyze(text).claims.map((c) => c.text);
}

describe('"and that" pointing back', () => {
  it('keeps "and that\'s why" inside one quoted claim', () => {
    const claims = texts('"The walls are between the north and south of the world, and that\'s why they bother him," Mr. Vian said.');
    expect(claims).toEqual(["The walls are between the north and south of the world, and that's why they bother him"]);
  });

  it('keeps a demonstrative "and that family" inside the speaker\'s own words', () => {
    const claims = texts('"These words matter, and that family was humiliated by those comments," Mr. Allen said.');
    expect(claims).toEqual(['These words matter, and that family was humiliated by those comments']);
  });

  it('still reads reported "said P and that Q" as both halves of one claim', () => {
    const claims = texts('Mr. Allen said the words mattered and that security at the hall was lax.');
    expect(claims).toEqual(['the words mattered and that security at the hall was lax']);
  });
});

describe('received reports', () => {
  it('gives what the reports say to whoever received and passed them on', () => {
    const { claims } = analyze(
      'The Harbour Workers Union said it had received reports that at least six dockers had been denied access to a lawyer.',
    );
    const claim = claims.find((c) => c.text.includes('denied access to a lawyer'));
    expect(claim?.asserter.name).toBe('The Harbour Workers Union');
    expect(claims).toHaveLength(1);
  });
});

describe('quote runs', () => {
  it('gives a run split by a question to the speaker named after its short last part', () => {
    const { claims } = analyze(
      'Mr. Hale said the book was true. "I stand by it," he said.\n\n' +
        'Other officers said calling for help was the right course. "Did he lose 20 minutes? Probably," said one former officer. "But he saved lives."',
    );
    expect(claims.find((c) => c.text === 'Did he lose 20 minutes')?.asserter.name).toBe('one former officer');
    expect(claims.find((c) => c.text === 'But he saved lives')?.asserter.name).toBe('one former officer');
  });

  it("keeps an opening doubled apostrophe on the sentence it opens", () => {
    const claims = texts("Mr. Allen said the party had failed. ''These words matter, and that family was humiliated by those comments,'' Mr. Allen said.");
    expect(claims).toContain('These words matter, and that family was humiliated by those comments');
  });
});

describe('a cue inside the subject', () => {
  it('reads a quote opening on the sentence\'s own verb as that sentence\'s predicate', () => {
    const { claims } = analyze('Nothing the governor said "will ease the fears of flooded towns," the state senator said.');
    expect(claims).toHaveLength(1);
    expect(claims[0]?.asserter.name).toBe('the state senator');
  });
});
