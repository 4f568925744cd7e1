// The claim groups: the same claim across pages and outlets, newest first, with the groups
// whose outlets disagree on whether the other side's denial was printed flagged.
import type { ClaimGroup, GroupListing } from '../lib/history/repository';
import type { LiveResult } from '../lib/history/use-live-query';
import { LiveNotice } from './LiveNotice';
import { STATUS_WORDS } from './status';

export interface ClaimGroupListProps {
  listing: LiveResult<GroupListing>;
  onlyDisagreeing: boolean;
  /** How many groups in all have outlets that disagree ("1000+" for many). */
  disagreeing: string;
  onOnlyDisagreeing: (only: boolean) => void;
  onOpen: (groupId: number) => void;
  onShowMore: () => void;
}

function GroupItem({ group, onOpen }: { group: ClaimGroup; onOpen: () => void }) {
  return (
    <li class="claim-group" data-disagree={group.disagree === 1 ? 'true' : undefined}>
      <button type="button" class="group-open" onClick={onOpen}>
        {group.disagree === 1 && <strong class="disagree-flag">Outlets disagree: </strong>}
        <q class="claim-text">{group.text}</q>
      </button>
      <p class="group-meta">
        {group.side} · {group.pages} {group.pages === 1 ? 'page' : 'pages'} on {group.outlets.join(', ')} ·{' '}
        {group.statuses.map((status) => STATUS_WORDS[status]).join(' / ')}
        {group.disagree === 1 && ` · the denial printed on ${group.reported} of ${group.occurrences}`}
      </p>
    </li>
  );
}

export function ClaimGroupList({ listing, onlyDisagreeing, disagreeing, onOnlyDisagreeing, onOpen, onShowMore }: ClaimGroupListProps) {
  return (
    <section aria-label="Claim groups" class="claim-groups">
      <label class="toggle">
        <input type="checkbox" checked={onlyDisagreeing} onChange={(event) => onOnlyDisagreeing(event.currentTarget.checked)} />
        Only claims whose outlets disagree on printing the denial ({disagreeing})
      </label>
      <LiveNotice result={listing} what="the claim groups" />
      {listing.state === 'ready' &&
        (listing.value.groups.length === 0 ? (
          <p class="notice" role="status">
            {onlyDisagreeing ? 'No claim is carried differently by different outlets.' : 'No claims match.'}
          </p>
        ) : (
          <>
            <ul class="group-list">
              {listing.value.groups.map((group) => (
                <GroupItem key={group.id} group={group} onOpen={() => onOpen(group.id)} />
              ))}
            </ul>
            {listing.value.more && (
              <button type="button" onClick={onShowMore}>
                Show more claims
              </button>
            )}
          </>
        ))}
    </section>
  );
}
