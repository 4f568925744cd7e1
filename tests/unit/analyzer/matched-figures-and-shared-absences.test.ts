// Support without a word of answering: a side saying its figure matches another side's, and two
// sides each saying there is none of the same thing.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe("a figure said to match another side's", () => {
  it('backs the other side\'s claim giving a number ("matching the council\'s figure")', () => {
    const text =
      'Dorrow County Council said 41 homes in the village and 23 on the Mill Lane estate had been flooded by Thursday morning. ' +
      'The residents association said on Friday that its own tally had reached 64 homes, matching the council\'s figure.';
    const c = claim(text, '41 homes in the village');
    expect(c.status).toBe('supported');
    expect(c.responses.map((r) => r.by.side)).toContain('residents association');
  });

  it('takes "in line with" a named owner\'s estimate the same way', () => {
    const text =
      'The Kellam Transit Authority said 1,300 riders a day used the new ferry in its first week. ' +
      'The Kellam Ferry Workers Union said later that its members had counted some 9,100 riders that week, in line with Kellam Transit Authority\'s estimate.';
    expect(claim(text, '1,300 riders a day used the new ferry').status).toBe('supported');
  });

  it('does not back anything when the figure is said not to match', () => {
    const text =
      'Dorrow County Council said 41 homes in the village and 23 on the Mill Lane estate had been flooded by Thursday morning. ' +
      'The residents association said its own tally of 90 homes was not matching the council\'s figure.';
    expect(claim(text, '41 homes in the village').status).not.toBe('supported');
  });
});

describe('two sides saying there is none of the same thing', () => {
  it('lets "no dangerous leak had been found" back "there was no leak"', () => {
    const text =
      'Pellworth Gas said there was no leak at the Marsh Road substation and residents could return home. ' +
      'Inspectors from the state utilities board confirmed that no dangerous leak had been found at the site.';
    const c = claim(text, 'there was no leak');
    expect(c.status).toBe('supported');
    expect(c.responses.map((r) => r.by.side).join(' ')).toMatch(/utilities board|Inspectors/i);
  });

  it('does not take absences of different things as agreement', () => {
    const text =
      'Pellworth Gas said there was no leak at the Marsh Road substation and residents could return home. ' +
      'Inspectors from the state utilities board said no fault had been found in the wiring.';
    expect(claim(text, 'there was no leak').status).toBe('uncontested');
  });
});

describe('a unanimous vote and a split tally of it', () => {
  it('lets "the vote was 4-1" dispute "approved the contract unanimously"', () => {
    const text =
      'Mayor Colette Brisbane said the Harrowgate Zoning Board had approved the depot contract unanimously. ' +
      'Two members of the board said the vote on the contract was 4-1, with the chair voting against it.';
    const c = claim(text, 'approved the depot contract unanimously');
    expect(c.status).toBe('disputed');
  });

  it('leaves a match score alone ("won 4-1")', () => {
    const text =
      'The club said its players had agreed unanimously to a pay cut for the season. ' +
      'The supporters trust said the team had won 4-1 at home on Saturday.';
    expect(claim(text, 'agreed unanimously to a pay cut').status).toBe('uncontested');
  });
});

describe('a letter one side sent and another side saying none came', () => {
  it('lets "contains no correspondence from the Tarrow Valley Farmers Union" dispute "had emailed a formal letter"', () => {
    const text =
      'Tarrow Valley Farmers Union chairwoman Bettina Kroll said she had emailed a formal letter to the water board in May objecting to the new abstraction limits. ' +
      "The board's file on the scheme contains no correspondence from the Tarrow Valley Farmers Union, a water board spokesman said.";
    const c = claim(text, 'had emailed a formal letter');
    expect(c.status).toBe('disputed');
  });

  it('needs the sender named: "no correspondence from" someone else says nothing of it', () => {
    const text =
      'Tarrow Valley Farmers Union chairwoman Bettina Kroll said she had emailed a formal letter to the water board in May objecting to the new abstraction limits. ' +
      "The board's file on the scheme contains no correspondence from Hollin Quarry Ltd, a water board spokesman said.";
    expect(claim(text, 'had emailed a formal letter').status).not.toBe('disputed');
  });

  it('lets the sender\'s "copy of her letter" dispute an earlier "no correspondence from" her, several paragraphs on', () => {
    const filler = Array.from({ length: 24 }, (_, k) => `The hearing on the abstraction limits went on for a ${k + 1}th hour.`).join(' ');
    const text =
      "The water board's file on the scheme contains no correspondence from the Tarrow Valley Farmers Union, a board spokesman said. " +
      `${filler} ` +
      'Tarrow Valley Farmers Union chairwoman Bettina Kroll said she had kept a copy of her letter and a delivery receipt.';
    const c = claim(text, 'contains no correspondence from the Tarrow Valley Farmers Union');
    expect(c.status).toBe('disputed');
  });
});

describe('a refusal with "yet" inside it', () => {
  it('leaves a claim unconfirmed by "could not yet verify the company\'s sensor data"', () => {
    const text =
      'Harcourt Chemicals said its sensors had recorded no chlorine escaping from the damaged tank. ' +
      "The state environment agency said it could not yet verify the company's sensor data and had sent inspectors.";
    const c = claim(text, 'recorded no chlorine escaping');
    expect(c.status).toBe('unconfirmed');
  });
});
