// Hand-built claims for highlighter tests: the highlighter is tested here, not the analyzer.
import type { Claim, ClaimResponse, Party, Status } from '../../../lib/analyzer/types';

/** Every [start, end) where `phrase` appears in `text`. */
export function occurrencesOf(text: string, phrase: string): [number, number][] {
  const found: [number, number][] = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
    found.push([at, at + phrase.length]);
  }
  return found;
}

export function claimOf(
  text: string,
  phrase: string,
  status: Status = 'uncontested',
  asserter: Party = { name: 'the ministry', side: 'Ruritania' },
  responses: ClaimResponse[] = [],
): Claim {
  const occurrences = occurrencesOf(text, phrase);
  if (occurrences.length === 0) throw new Error(`"${phrase}" is not in the text`);
  return {
    id: `claim-${phrase.length}-${occurrences[0]![0]}`,
    text: phrase,
    sentence: phrase,
    cue: 'said',
    asserter,
    status,
    responses,
    occurrences,
  };
}
