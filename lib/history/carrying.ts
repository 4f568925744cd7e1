// How one page carried a claim, in words: "disputed by Ukraine", "no response reported". Pure.
import type { ClaimResponse, Stance } from '../analyzer/types';

const STANCE_VERBS: Record<Stance, string> = {
  denies: 'disputed by',
  unconfirmed: 'not confirmed by',
  supports: 'supported by',
};

export function describeCarrying({ responses }: { responses: readonly ClaimResponse[] }): string {
  if (responses.length === 0) return 'no response reported';
  const phrases: string[] = [];
  for (const response of responses) {
    const phrase = `${STANCE_VERBS[response.stance]} ${response.by.side || response.by.name}`;
    if (!phrases.includes(phrase)) phrases.push(phrase);
  }
  return phrases.join('; ');
}
