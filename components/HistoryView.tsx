// The history page's list: the pages seen, newest first, each with the claims it carried and,
// for each claim, where else the same claim was seen.
import { useMemo } from 'preact/hooks';
import type { ClaimGroup, ClaimOccurrence, PageListing, PageWithClaims } from '../lib/history/repository';
import type { LiveResult } from '../lib/history/use-live-query';
import { ClaimLine } from './ClaimLine';
import { LiveNotice } from './LiveNotice';
import { PageLink } from './PageLink';
import { Time } from './time';

export interface HistoryViewProps {
  listing: LiveResult<PageListing>;
  /** Whether a search or filter narrows the list. */
  filtered: boolean;
  /** Asks for more pages; offered while more fit than are shown. */
  onShowMore: () => void;
  onDeletePage: (pageId: number) => void;
  onOpenGroup: (groupId: number) => void;
}

/** Where else the claim was seen, flagged when outlets disagree on whether the other side's denial was printed. */
function GroupNote({ group, onOpen }: { group: ClaimGroup | undefined; onOpen: () => void }) {
  if (!group || group.pages < 2) return null;
  const others = group.outlets.length - 1;
  return (
    <p class="claim-group-note" data-disagree={group.disagree === 1 ? 'true' : undefined}>
      {group.disagree === 1 && <strong class="disagree-flag">Outlets disagree: </strong>}
      Seen on {group.pages} pages{others > 0 && ` (${others} other ${others === 1 ? 'outlet' : 'outlets'})`}
      {group.disagree === 1 && `, ${group.reported} of ${group.occurrences} printed the denial`}.{' '}
      <button type="button" class="link" onClick={onOpen}>
        Compare outlets
      </button>
    </p>
  );
}

interface PageEntryProps {
  page: PageWithClaims;
  groups: ReadonlyMap<number, ClaimGroup>;
  filtered: boolean;
  onDelete: () => void;
  onOpenGroup: (groupId: number) => void;
}

function PageEntry({ page, groups, filtered, onDelete, onOpenGroup }: PageEntryProps) {
  const headingId = `page-${page.id}`;
  const name = page.title || page.url;
  return (
    <article class="history-page" aria-labelledby={headingId}>
      <header>
        <h2 id={headingId}>{name}</h2>
        <p class="page-address">
          <PageLink url={page.url}>{page.url}</PageLink>
        </p>
        <p class="page-meta">
          <span class="page-outlet">{page.outlet}</span> · first seen <Time at={page.firstSeen} /> · last seen{' '}
          <Time at={page.lastSeen} />
        </p>
        <button type="button" class="quiet" onClick={onDelete} aria-label={`Forget ${name}`}>
          Forget
        </button>
      </header>
      {page.claims.length === 0 ? (
        <p class="notice">No claims on this page any more.</p>
      ) : (
        <ul class="page-claims" aria-label={filtered ? 'Matching claims' : 'Claims'}>
          {page.claims.map((claim: ClaimOccurrence) => (
            <li key={claim.claimId}>
              <ClaimLine text={claim.text} asserter={claim.asserter} status={claim.status} responses={claim.responses} />
              <GroupNote group={groups.get(claim.groupId)} onOpen={() => onOpenGroup(claim.groupId)} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

export function HistoryView({ listing, filtered, onShowMore, onDeletePage, onOpenGroup }: HistoryViewProps) {
  const ready = listing.state === 'ready' ? listing.value : undefined;
  // Laid out again only when the pages, their groups or the handlers change, not on every change
  // of the page around them (counts, controls).
  const entries = useMemo(
    () =>
      ready?.pages.map((page) => (
        <PageEntry
          key={page.id}
          page={page}
          groups={ready.groups}
          filtered={filtered}
          onDelete={() => onDeletePage(page.id)}
          onOpenGroup={onOpenGroup}
        />
      )),
    [ready?.pages, ready?.groups, filtered, onDeletePage, onOpenGroup],
  );
  if (listing.state !== 'ready') return <LiveNotice result={listing} what="the history" />;
  const { pages, total, more } = listing.value;
  if (pages.length === 0 && (!filtered || total === 0)) {
    return <p class="notice">No pages yet. Pages where ClaimLens finds claims appear here as you read them.</p>;
  }
  if (pages.length === 0) return <p class="notice" role="status">No claims match the search and filters.</p>;
  // The count of all pages follows the rows; until then, what the rows themselves tell.
  const of = total === undefined ? '' : ` of ${total}`;
  const shown = `${pages.length}${more ? '+' : ''}`;
  return (
    <section aria-label="Pages seen">
      <p class="count" role="status">
        {filtered
          ? `${shown} matching ${pages.length === 1 && !more ? 'page' : 'pages'}${of}`
          : more
            ? `Showing the ${pages.length} most recent${of} pages`
            : `${pages.length} ${pages.length === 1 ? 'page' : 'pages'}`}
      </p>
      {entries}
      {more && (
        <button type="button" onClick={onShowMore}>
          Show more pages
        </button>
      )}
    </section>
  );
}
