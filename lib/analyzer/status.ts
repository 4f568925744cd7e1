// Stage 6: status. What the responses to a claim add up to: a denial by another side makes it
// disputed (even when someone else backs it), then a confirmation makes it supported, then a
// refusal to confirm (or "could not be verified") makes it unconfirmed; no answer, uncontested.
import type { ClaimResponse, Status } from './types';

export function statusOf(responses: readonly ClaimResponse[]): Status {
  if (responses.some((r) => r.stance === 'denies')) return 'disputed';
  if (responses.some((r) => r.stance === 'supports')) return 'supported';
  if (responses.some((r) => r.stance === 'unconfirmed')) return 'unconfirmed';
  return 'uncontested';
}

/** The response that decides the status, for a one-line explanation ("Disputed — X: '...'"). */
export function decidingResponse(responses: readonly ClaimResponse[]): ClaimResponse | undefined {
  const order = ['denies', 'supports', 'unconfirmed'] as const;
  for (const stance of order) {
    const r = responses.find((x) => x.stance === stance);
    if (r) return r;
  }
  return undefined;
}
