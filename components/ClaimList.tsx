// The claims of one page, grouped by status (contested first), as the popup lists them.
import type { Claim } from '../lib/analyzer/types';
import { ClaimLine } from './ClaimLine';
import { STATUSES } from '../lib/analyzer/types';
import { STATUS_WORDS } from './status';

export interface ClaimListProps {
  claims: readonly Claim[];
}

export function ClaimList({ claims }: ClaimListProps) {
  if (claims.length === 0) return <p class="notice">No claims found on this page.</p>;
  return (
    <div class="claim-list">
      {STATUSES.map((status) => {
        const group = claims.filter((claim) => claim.status === status);
        if (group.length === 0) return null;
        const headingId = `claims-${status}`;
        return (
          <section key={status} aria-labelledby={headingId}>
            <h2 id={headingId} class="status-heading" data-status={status}>
              {STATUS_WORDS[status]} ({group.length})
            </h2>
            <ul>
              {group.map((claim) => (
                <li key={claim.id}>
                  <ClaimLine text={claim.text} asserter={claim.asserter} status={claim.status} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
