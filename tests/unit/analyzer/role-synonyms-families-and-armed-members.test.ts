// Short references by role (issue 4, round 2): "the prosecutor" for a district attorney, "the lawmaker" for a
// representative, "the police chief" for one titled so, "his family" for the person it belongs to, "the
// militants" for the armed body that acted just before.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe("a role's generic word: 'the prosecutor', 'the lawmaker'", () => {
  it('takes the district attorney or state attorney named before', () => {
    const titled = "State's Attorney Nadia Brooks charged the landlord with manslaughter. The prosecutor said the heaters had been faulty for years.";
    expect(claim(titled, 'heaters had been faulty').asserter.side).toBe('Nadia Brooks');
    const described = 'Victor Lam, the Polk County district attorney, declined to retry the case. The prosecutor said two witnesses had recanted.';
    expect(claim(described, 'two witnesses had recanted').asserter.side).toBe('Victor Lam');
  });

  it('takes a legislator named by any title of the office', () => {
    const text = 'Assemblywoman Teresa Lund held a hearing on the water rates on Tuesday. The lawmaker said the utility had overcharged 40,000 homes.';
    expect(claim(text, 'overcharged 40,000 homes').asserter.side).toBe('Teresa Lund');
  });
});

describe("a title of several lower-case words: 'the police chief', 'the medical examiner'", () => {
  it('is the person named with those words, not the body its first word names', () => {
    const titled = 'Police Chief Leah Ford suspended two officers on Friday. The police chief said the footage was disturbing.';
    expect(claim(titled, 'footage was disturbing').asserter.side).toBe('Leah Ford');
    const described = 'Dr. Amos Reyes, the state medical examiner, finished the autopsies on Monday. The medical examiner said both men had drowned.';
    expect(claim(described, 'both men had drowned').asserter.side).toBe('Amos Reyes');
  });
});

describe("'his family', 'her parents' after the person is named", () => {
  it('speak for the person the pronoun stands for', () => {
    const his = 'Darius Cole, 22, was killed when his motorcycle hit a truck on Route 9. His family said he had just finished nursing school.';
    expect(claim(his, 'finished nursing school').asserter.side).toBe('Darius Cole');
    const her = 'Priya Natarajan, 16, has been missing since Thursday. Her parents said she had left for school as usual.';
    expect(claim(her, 'left for school as usual').asserter.side).toBe('Priya Natarajan');
  });
});

describe("'the militants', 'the rebels' after a named armed body", () => {
  it('take the armed body that acted just before', () => {
    const text = 'The Northern Defence Front ambushed a supply convoy near Gallo on Wednesday. The militants said they had captured four trucks.';
    expect(claim(text, 'captured four trucks').asserter.side).toBe('Northern Defence Front');
  });

  it('are neither of two armed bodies named just before', () => {
    const text = 'The Northern Defence Front accused the Hill Brigade of shelling a school. The Hill Brigade said the Front had fired first. The rebels answered that no school had been hit.';
    expect(claim(text, 'no school had been hit').asserter.side).not.toBe('Hill Brigade');
  });

  it('are never the troops opening the sentence before', () => {
    const text = 'Troops fought the Northern Defence Front outside Gallo on Wednesday. The rebels said they had shot down a helicopter.';
    expect(claim(text, 'shot down a helicopter').asserter.side).not.toBe('Troops');
  });
});
