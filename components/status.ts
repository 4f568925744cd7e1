// How statuses and stances read in the extension's UI.
import type { Stance, Status } from '../lib/analyzer/types';

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
