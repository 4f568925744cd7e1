// How statuses and stances read in the extension's UI.
import type { Stance, Status } from '../lib/analyzer/types';

/** Statuses in the order a reader should see them: contested first. */
export const STATUS_ORDER: readonly Status[] = ['disputed', 'unconfirmed', 'supported', 'uncontested'];

export const STATUS_WORDS: Record<Status, string> = {
  disputed: 'Disputed',
  unconfirmed: 'Unconfirmed',
  supported: 'Supported',
  uncontested: 'Uncontested',
};

/** What a response is, as a noun: "Denial by the Ukrainian military (Ukraine)". */
export const STANCE_WORDS: Record<Stance, string> = {
  denies: 'Denial',
  unconfirmed: 'No confirmation',
  supports: 'Support',
};
