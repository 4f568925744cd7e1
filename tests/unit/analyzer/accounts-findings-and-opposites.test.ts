// "rejected the university's version" answers what the university's officials told of the event;
// "rejected the findings" what the report found; more opposite words ("withheld" / "delivered").
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe("'rejected the university's version' after a lede naming only 'the university'", () => {
  const text =
    'Police Clear Campus Encampment\n\nThe university says protesters attacked an officer. Students tell a different story.\n\n' +
    'COLUMBUS, Ohio - Police cleared a protest encampment at Caldwell State University early Wednesday, arresting 41 people.\n\n' +
    'In a statement, university President Lorraine Abernathy said protesters had assaulted a campus police officer on Tuesday night. ' +
    '"Caldwell State will always protect free expression," Abernathy said.\n\n' +
    "The Caldwell Graduate Workers Union rejected the university's version of Tuesday night's events.";

  it("answers the president's account of the same event, told for the university by its full name", () => {
    const c = claim(text, 'assaulted a campus police officer');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.side).toBe('Caldwell Graduate Workers Union');
  });

  it('leaves what the president said of another matter alone', () => {
    expect(claim(text, 'protect free expression').status).toBe('uncontested');
  });
});

describe("'rejected the findings'", () => {
  const text =
    'DENVER (Reuters) - The 96-page report by State Auditor Denise Harrow found that at least $6.4 million went to a contractor for water trucks the state had no record of receiving.\n\n' +
    '"Emergency powers are not a blank check," Harrow told a news conference.\n\n' +
    'Harrow said the company received $38 million in all, more than any other firm.\n\n' +
    'Governor Curtis Bramwell rejected the findings in unusually sharp terms.';

  it('answers what the report found, not the claim told last', () => {
    expect(claim(text, 'at least $6.4 million').status).toBe('disputed');
    expect(claim(text, '$38 million in all').status).toBe('uncontested');
  });
});

describe('opposite words told by another side', () => {
  it("reads 'meals had been withheld' against 'meals had been delivered' as a dispute", () => {
    const text =
      "The Prairie Prisoners' Justice Network said meals had been withheld for three days before the disturbance during the lockdown. " +
      'Annick Belanger, a spokesperson for the Correctional Service, said meals had been delivered to cells three times a day during the lockdown.';
    const c = claim(text, 'meals had been withheld');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.name).toContain('Annick Belanger');
  });

  it('reads a negated opposite as agreement', () => {
    const text =
      "The Prairie Prisoners' Justice Network said no meals had been withheld from the inmates during the lockdown. " +
      'Annick Belanger, a spokesperson for the Correctional Service, said meals had been delivered to the inmates every day during the lockdown.';
    expect(claim(text, 'no meals had been withheld').status).not.toBe('disputed');
  });

  it("reads 'two officers were hurt' against 'both officers were unhurt' as a dispute", () => {
    const text =
      'The union said two officers were hurt during the riot at Riverbend Institution. ' +
      'The Correctional Service said both officers were unhurt after the riot at Riverbend Institution.';
    expect(claim(text, 'two officers were hurt').status).toBe('disputed');
  });

  it("reads 'the pilot was alive' against 'the pilot was dead' as a dispute, and 'not dead' as agreement", () => {
    const place = ' near the border town of Karsk.';
    const opposed = `The militia said the captured pilot was alive and being held${place} The Defence Ministry said the pilot was dead and his body had been found${place}`;
    expect(claim(opposed, 'pilot was alive').status).toBe('disputed');
    const agreed = `The militia said the captured pilot was not dead and was being held${place} The Defence Ministry said the pilot was alive and being held${place}`;
    expect(claim(agreed, 'pilot was not dead').status).not.toBe('disputed');
  });
});
