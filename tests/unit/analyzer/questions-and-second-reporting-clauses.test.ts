// "Asked Tuesday whether P, X said no": the words before the tag are the question a reporter put, not
// something the speaker claimed. And a second reporting clause inside a sentence is a claim of its own:
// "P, according to X, but the authority said Q", "..., and one widely shared post said Q",
// "In an updated statement, X acknowledged P but said Q".
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

const body = (sentence: string): string => `DENTON, Texas — The transit board said on Monday it had approved a fare rise.\n\n${sentence}\n`;
const claims = (text: string) => analyze(text).claims;
const texts = (text: string): string[] => claims(text).map((c) => c.text);

describe('a question put to the speaker', () => {
  it('takes no claim from "Asked Tuesday whether P, X said no"', () => {
    const found = texts(body('Asked Tuesday whether the board would reverse the fare rise, board chair Lucia Ferrante said no.'));
    expect(found.some((t) => t.includes('reverse the fare rise'))).toBe(false);
  });

  it('takes no claim from "Pressed on whether P, X said no"', () => {
    const found = texts(body("Pressed on whether the Elm Street depot would close next year, the agency's director said no."));
    expect(found.some((t) => t.includes('depot would close'))).toBe(false);
  });

  it('keeps the one asked as the speaker a following "she said" points to', () => {
    const text = body('Asked Tuesday whether the board would reverse the fare rise, board chair Lucia Ferrante said no. "The riders know what we decided," she said.');
    expect(claims(text).find((c) => c.text.includes('riders know'))?.asserter.name).toBe('board chair Lucia Ferrante');
  });

  it('still takes the answer after a forward cue: "Asked about the audit, X said P"', () => {
    const found = texts(body('Asked about the audit, Ferrante said the board had hired an outside accountant in March.'));
    expect(found.some((t) => t.includes('hired an outside accountant'))).toBe(true);
  });
});

describe('a second reporting clause in the sentence', () => {
  it('ends "P, according to X" at ", but the utility said Q", which is a claim of its own', () => {
    const found = claims(body('Engineers had capped the leak by noon, according to Lakeside Gas, but the utility said it could take until Friday to restore service.'));
    expect(found.map((c) => c.text)).toContain('Engineers had capped the leak by noon');
    expect(found.find((c) => c.text.includes('until Friday'))?.cue).toBe('said');
  });

  it('reads ", and one widely shared post said Q" as another speaker', () => {
    const found = texts(body('Several posts claimed that goats had escaped from the county fair, and one widely shared post said a farmer on Mill Road had lost nine goats.'));
    expect(found).toContain('goats had escaped from the county fair');
    expect(found.some((t) => t.startsWith('a farmer on Mill Road'))).toBe(true);
  });

  it('finds the subject of "but said Q" past a lead such as "In an updated statement,"', () => {
    const found = texts(body('In an updated statement, Harbor Clinic acknowledged that one freezer "failed overnight" but said the backup freezer kept the vaccines cold.'));
    expect(found).toContain('the backup freezer kept the vaccines cold');
  });
});
