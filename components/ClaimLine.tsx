// One claim in a list: status word, who asserted it and for which side, what they claim.
import type { ClaimResponse, Party, Status } from '../lib/analyzer/types';
import { STANCE_WORDS, STATUS_WORDS } from './status';

export interface ClaimLineProps {
  text: string;
  asserter: Party;
  status: Status;
  /** Shown under the claim when given (the history shows them, the popup keeps it short). */
  responses?: ClaimResponse[];
}

export function ClaimLine({ text, asserter, status, responses = [] }: ClaimLineProps) {
  return (
    <div class="claim-line" data-status={status}>
      <span class="claim-status">{STATUS_WORDS[status]}</span>{' '}
      <span class="claim-asserter">
        {asserter.name} <span class="claim-side">({asserter.side})</span>
      </span>
      <q class="claim-text">{text}</q>
      {responses.length > 0 && (
        <ul class="claim-responses">
          {responses.map((response, index) => (
            <li key={index}>
              {STANCE_WORDS[response.stance]} by {response.by.name} ({response.by.side}): <q>{response.text}</q>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
