// Status: a headline restating a body claim with its figure, "Neither account could be
// verified", backing a policy, a second clause's refusal, same-side echoes and restated suggestions
// that share only the story's own words. Invented events.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { claim } from './claim-holding';

describe('headlines', () => {
  it('merges a headline that shares the body claim\'s figure, and gives it the body\'s status', () => {
    const text =
      'Coast guard says it rescued all 23 crew from freighter off Marrow Point; owners dispute account\n\n' +
      'A coast guard spokesman, Commander Ivo Brandt, said helicopters had rescued all 23 crew from the listing freighter before dawn.\n\n' +
      'The ship\'s owners, Halden Lines, denied that any crew member had been rescued by the coast guard and said the men had been taken off by a tug.';
    const found = analyze(text).claims.filter((c) => c.text.includes('rescued all 23'));
    expect(found).toHaveLength(1);
    expect(found[0]?.occurrences).toHaveLength(2);
    expect(found[0]?.status).toBe('disputed');
  });
});

describe('"neither account"', () => {
  it('leaves both accounts just told unconfirmed', () => {
    const text =
      'Clashes\n\n' +
      'The rebel Southern Alliance said on Sunday that its fighters had captured the town of Meru. The army said its troops still held the town.\n\n' +
      'Neither account could be independently verified. Meru lies on the main road to the coast.\n\n' +
      'Later, the army said it had lost two helicopters in the fighting.';
    expect(claim(text, 'captured the town of Meru').status).toBe('unconfirmed');
    expect(claim(text, 'still held the town').status).toBe('unconfirmed');
    expect(claim(text, 'lost two helicopters').status).toBe('uncontested');
  });

  it('reads "None of the accounts could be verified" the same way', () => {
    const text =
      'Border\n\n' +
      'Kastrian police said on Friday that border guards from Velmar had fired on a patrol. Velmar\'s interior ministry said the patrol had crossed the border first.\n\n' +
      'None of the accounts could be verified.';
    expect(claim(text, 'fired on a patrol').status).toBe('unconfirmed');
    expect(claim(text, 'crossed the border first').status).toBe('unconfirmed');
  });
});

describe('what is no backing', () => {
  it('does not read "backed a 2023 state law" as the named politician backing the claim', () => {
    const text =
      'Ad war\n\n' +
      'Republican candidate Dana Kerr launched a television ad on Monday. The ad says Governor Ruth Ames backed a 2023 state law that raised fuel duty by 12 cents a gallon.';
    expect(claim(text, 'raised fuel duty').status).toBe('uncontested');
  });

  it('does not let a same-side echo ("gave the same account") back the other side\'s claim', () => {
    const text =
      'Reef\n\n' +
      'Beijing said a Philippine boat had rammed one of its ships near the reef.\n\n' +
      'Commodore Ana Reyes of the Philippine Coast Guard said two Chinese ships had fired water cannon at the boat. ' +
      'The Philippine navy gave the same account in a separate statement.';
    const c = claim(text, 'rammed one of its ships');
    expect(c.status).toBe('uncontested');
  });
});

describe('two responses in one sentence', () => {
  it('reads the refusal in a second clause with its own subject', () => {
    const text =
      'Takeover\n\n' +
      'The Evening Star reported that a Dutch investment group had agreed to buy Castlemoor United for £60 million.\n\n' +
      'The club\'s owner, Neil Barrow, did not respond to requests for comment on Monday, and the group\'s lawyers in Amsterdam declined to comment when approached.';
    const c = claim(text, 'agreed to buy Castlemoor United');
    expect(c.status).toBe('unconfirmed');
    expect(c.responses.map((r) => r.by.name)).toEqual(expect.arrayContaining([expect.stringContaining('Neil Barrow'), expect.stringContaining('lawyers')]));
  });
});

describe('restated suggestions', () => {
  it('does not let "no basis for the suggestion that the dam is unsafe" dispute a claim sharing only the story\'s word "dam"', () => {
    const text =
      'Dam\n\n' +
      'Residents of Colby said the dam had been leaking for a month. The mayor, Jo Pratt, said the dam supplied water to 9,000 homes. ' +
      'A local farmers\' group said the dam had cost 40 jobs when it was built. A hydrologist, Dr Lena Ruiz, said the dam\'s reservoir was at its lowest level since 1998. ' +
      'Anglers said the dam had cut the salmon run by half.\n\n' +
      'The Colby Valley Authority said there was no basis for the suggestion that the dam is unsafe.';
    expect(claim(text, 'cost 40 jobs').status).toBe('uncontested');
    expect(claim(text, 'cut the salmon run').status).toBe('uncontested');
  });
});
