import type { Analysis } from '../../../lib/analyzer/types';
import type { ArticleSubmission } from '../../../lib/messaging/protocol';

export const submission: ArticleSubmission = {
  url: 'https://news.example/world/kursk',
  title: 'Russia says it retook two villages',
  text: 'The Russian Defense Ministry announced that it has regained control over two villages.',
};

/** What the analyzer could make of `submission`. */
export const analysis: Analysis = {
  language: 'en',
  analyzed: true,
  claims: [
    {
      id: 'c1',
      text: 'it has regained control over two villages',
      sentence: submission.text,
      cue: 'announced',
      asserter: { name: 'The Russian Defense Ministry', side: 'Russia' },
      status: 'disputed',
      responses: [
        { by: { name: 'the Ukrainian military', side: 'Ukraine' }, stance: 'denies', text: 'There is no threat.' },
      ],
      occurrences: [[44, 86]],
    },
  ],
};
