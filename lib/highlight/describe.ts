// How a claim reads in a few words: for the highlight's accessible name and the tooltip.
import { STATUS_WORDS } from '../../components/status';
import type { Claim, Party } from '../analyzer/types';

function bare(name: string): string {
  return name.replace(/^the\s+/i, '').toLowerCase();
}

/**
 * "the Russian Defense Ministry (Russia)": a name that starts a sentence reads mid-sentence here;
 * the side is left out where it only repeats the name ("the dockworkers' union").
 */
export function partyName({ name, side }: Party): string {
  const inSentence = name.replace(/^The\s/, 'the ');
  return side && bare(side) !== bare(name) ? `${inSentence} (${side})` : inSentence;
}

/** The one announcement a screen reader hears for a claim: "claim by … (Russia), unconfirmed". */
export function claimLabel(claim: Claim): string {
  return `claim by ${partyName(claim.asserter)}, ${STATUS_WORDS[claim.status].toLowerCase()}`;
}
