import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/analyzer/types';
import { type Gold, scoreArticle, scoreCorpus } from './score';

function claim(text: string, name: string, side: string, status: Claim['status'], sentence = text): Claim {
  return { id: text, text, sentence, cue: 'said', asserter: { name, side }, status, responses: [], occurrences: [[0, text.length]] };
}

const gold: Gold = {
  id: 'g',
  claims: [
    { key: 'two villages near Sudzha', asserter: ['Defense Ministry'], side: ['Russia'], status: ['unconfirmed'] },
    { key: 'no encirclement threat', asserter: ['military'], side: ['Ukraine'], status: ['uncontested'] },
  ],
  optional: ['promising their safety'],
};

describe('scoreArticle', () => {
  it('matches on the claim text with quotes, case and spaces folded', () => {
    const s = scoreArticle(gold, [claim('It Regained  control over “two villages near Sudzha”', 'the Russian Defense Ministry', 'Russia', 'unconfirmed')]);
    expect(s).toMatchObject({ truePositives: 1, falsePositives: 0, duplicates: 0, missed: ['no encirclement threat'], asserterRight: 1, sideRight: 1, statusRight: 1 });
  });

  it('falls back to the sentence, ignores optional keys and counts repeats as duplicates', () => {
    const s = scoreArticle(gold, [
      claim('there is none', 'the Ukrainian military', 'Ukraine', 'disputed', 'it said there is no encirclement threat'),
      claim('promising their safety', 'Putin', 'Russia', 'uncontested'),
      claim('two villages near Sudzha', 'Moscow', 'Russia', 'unconfirmed'),
      claim('over two villages near Sudzha', 'Moscow', 'Russia', 'unconfirmed'),
      claim('the weather was fine', 'someone', 'someone', 'uncontested'),
    ]);
    expect(s).toMatchObject({ truePositives: 2, falsePositives: 1, duplicates: 1, missed: [], asserterRight: 1, statusRight: 1, sideRight: 2 });
    expect(s.extra).toEqual(['the weather was fine']);
  });
});

describe('scoreCorpus', () => {
  it('computes F1 over all articles and attribution over the claims found', () => {
    const s = scoreArticle(gold, [
      claim('two villages near Sudzha', 'the Defense Ministry', 'Russia', 'disputed'),
      claim('an extra', 'x', 'x', 'uncontested'),
    ]);
    const corpus = scoreCorpus([s]);
    expect(corpus.precision).toBeCloseTo(0.5);
    expect(corpus.recall).toBeCloseTo(0.5);
    expect(corpus.f1).toBeCloseTo(0.5);
    expect(corpus.attribution).toBeCloseTo(2 / 3);
  });
});
