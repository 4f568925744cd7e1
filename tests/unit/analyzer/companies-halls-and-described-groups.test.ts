// "A spokeswoman for X said ... The company said": the company whose spokesperson just spoke;
// "City Councilwoman X" after "a briefing at City Hall": a building is no body the title names;
// "The group's chairwoman" after "X for Y, a neighbourhood group": the group just described, not the body that acted last;
// "Superintendent X" after "the Society of School Nurses": an association of school staff is no school.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

function sideOf(text: string, speaker: string): string | undefined {
  return analyze(text).claims.find((c) => c.asserter.name === speaker)?.asserter.side;
}

describe('a company met through its spokesperson', () => {
  const text =
    'Eleven pupils were hurt when a minibus left the road near Castleton on Tuesday. ' +
    'A spokeswoman for Dunmore Buses, which has carried pupils for the college since 2015, said the vehicle had been serviced in May. ' +
    'The company said a tyre had burst on the bend. ' +
    'Harwick Grammar School said lessons would resume on Monday.';

  it('speaks for the company whose spokeswoman spoke just before, not a body named after', () => {
    expect(sideOf(text, 'The company')).toBe('Dunmore Buses');
  });
});

describe('a town hall where something happened', () => {
  const text =
    'Fenwick Bay will close its public pool for repairs, the parks director, Oona Verity, said at a briefing at City Hall on Monday. ' +
    'City Councilwoman Priscilla Haddad said the repairs had been put off for six years.';

  it('is no body a city title before a name belongs to', () => {
    expect(sideOf(text, 'City Councilwoman Priscilla Haddad')).toBe('Priscilla Haddad');
  });
});

describe('a body described by its kind just before', () => {
  const text =
    'The Ashgrove Transport Board voted on Tuesday to keep the crossing, saying it met every safety standard. ' +
    'The vote came after weeks of pressure from The Mothers for Safer Streets, a neighbourhood group that formed last spring. ' +
    "The group's chairwoman, Odette Lamarr, said 300 families had signed a petition.";

  it('is the body a role of "the group" belongs to', () => {
    expect(sideOf(text, "The group's chairwoman, Odette Lamarr")).toBe('Mothers for Safer Streets');
  });
});

describe('a superintendent with no school named', () => {
  const text =
    'Marta Quill, president of the Ohio Society of School Nurses, said the new rules were unworkable. ' +
    'Superintendent Dorian Vale said the rules would take effect in August.';

  it('does not speak for an association whose name only mentions schools', () => {
    expect(sideOf(text, 'Superintendent Dorian Vale')).toBe('Dorian Vale');
  });
});
