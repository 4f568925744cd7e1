// Responses round s23g (issue 4): "The port authority's account is sharply different.", "The growers tell a
// different story.": an account said to differ, ending its sentence, is its owner's answer to the account
// just told by another side, even with a live blog's time line between them.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('an account said to differ', () => {
  it('by a verb that gives it, answers the account told just before', () => {
    const text =
      'Orchard growers and water board at odds over spring cuts\n\n' +
        'The water board said on Tuesday that every orchard in the valley had received its full allocation in April. It said no grower had been cut off.\n\n' +
        'The growers tell a different story. Their association said several farms along the east canal had gone dry for a week.';
    expect(claim(text, 'had received its full allocation').status).toBe('disputed');
    expect(claim(text, 'no grower had been cut off').status).toBe('disputed');
  });

  it("by its owner's name, answers for the owner", () => {
    const text =
      'Dockers say crane collapsed during night shift\n\n' +
        'Dockers at Berth 9 said a gantry crane had collapsed onto a cargo ship shortly after midnight.\n\n' +
        "The port authority's account is sharply different. The authority said the crane had been lowered for repairs.";
    const c = claim(text, 'gantry crane had collapsed');
    expect(c.status).toBe('disputed');
    expect(c.responses?.some((r) => r.by?.side.includes('port authority'))).toBe(true);
  });

  it('across a time line with no claims', () => {
    const text =
      'LIVE: Fire at Kestrel mill\n\n' +
        '9:10 a.m.\nKestrel Mills said everyone on the morning shift had left the building safely. It said the fire had started in a storage shed.\n\n' +
        '9:45 a.m.\nThe workers\' union has a different picture. Its steward, Ana Brill, said two packers were still unaccounted for.';
    expect(claim(text, 'everyone on the morning shift had left').status).toBe('disputed');
  });

  it('names no owner in "the enforcement is a different story"', () => {
    const text =
      'Ethics rules tightened\n\n' +
        'The commission said the new rules had closed every loophole in the donor law.\n\n' +
        '"The law is clear on paper," said Rita Moss, a law professor. "The enforcement is a different story."';
    expect(claim(text, 'closed every loophole').status).toBe('uncontested');
  });
});
