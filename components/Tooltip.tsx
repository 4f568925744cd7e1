// The claim tooltip: who asserted the claim, for which side, its status in words, and the
// response that decides it. Rendered inside the extension's shadow root on the page.
// The status rule's own choice of deciding response: a pure function, no analyzer machinery.
import { decidingResponse } from '../lib/analyzer/status';
import type { Claim } from '../lib/analyzer/types';
import { partyName } from '../lib/highlight/describe';
import { STATUS_WORDS } from './status';

/** A response is quoted whole up to this length; longer ones are cut at a word. */
const MAX_QUOTE_LENGTH = 240;

const STATUS_ICONS = { disputed: '✕', unconfirmed: '?', supported: '✓', uncontested: '–' } as const;

function quote(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().replace(/^["“'‘]+|["”'’]+$/g, '');
  if (words.length <= MAX_QUOTE_LENGTH) return `“${words}”`;
  return `“${words.slice(0, MAX_QUOTE_LENGTH).replace(/\s+\S*$/, '')}…”`;
}

export interface TooltipProps {
  claim: Claim;
  /** The page behind is dark: use the dark palette whatever the system's preference. */
  darkPage?: boolean;
}

export function Tooltip({ claim, darkPage = false }: TooltipProps) {
  const response = decidingResponse(claim.responses);
  const word = STATUS_WORDS[claim.status];
  return (
    <div role="tooltip" class="claim-tooltip" data-status={claim.status} data-page={darkPage ? 'dark' : undefined}>
      <p class="claim-tooltip-asserter">Claim by {partyName(claim.asserter)}</p>
      <p class="claim-tooltip-status">
        <span class="claim-tooltip-icon" aria-hidden="true">
          {STATUS_ICONS[claim.status]}
        </span>{' '}
        <strong>{word}</strong>
        {response ? (
          <>
            {' — '}
            {partyName(response.by)}: <span class="claim-tooltip-quote">{quote(response.text)}</span>
          </>
        ) : (
          claim.status === 'uncontested' && ' — no response from another side is reported'
        )}
      </p>
    </div>
  );
}
