// The history page's list: the pages seen, newest first, each with the claims it carried.
import { useState } from 'preact/hooks';
import type { LiveResult } from '../lib/history/use-live-query';
import type { Carrier, PageClaim, PageWithClaims, RecentPages } from '../lib/history/repository';
import { isHttpAddress } from '../lib/messaging/schemas';
import { ClaimLine } from './ClaimLine';
import { STATUS_WORDS } from './status';

export interface HistoryViewProps {
  history: LiveResult<RecentPages>;
  /** The pages carrying each listed claim, by claim id; empty until known. */
  carriers: ReadonlyMap<string, readonly Carrier[]>;
  /** Asks for more pages; offered while the history holds more than is shown. */
  onShowMore: () => void;
  onDeletePage: (pageId: number) => void;
  onDeleteAll: () => void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A link to a page seen; anything but a web address (never stored, but never trusted) stays text. */
function PageLink({ url, children }: { url: string; children: string }) {
  if (!isHttpAddress(url)) return <span>{children}</span>;
  return (
    <a href={url} target="_blank" rel="noreferrer">
      {children}
    </a>
  );
}

function Time({ at }: { at: number }) {
  return <time dateTime={new Date(at).toISOString()}>{dateFormat.format(at)}</time>;
}

/** Where else the claim was seen, flagged when other pages gave it another status. */
function Elsewhere({ claim, carriers }: { claim: PageClaim; carriers: readonly Carrier[] }) {
  const elsewhere = carriers.filter((carrier) => carrier.pageId !== claim.pageId);
  if (elsewhere.length === 0) return null;
  const differs = elsewhere.some((carrier) => carrier.status !== claim.status);
  return (
    <p class="claim-elsewhere">
      {differs && <strong>Status differs between pages. </strong>}
      Also on{' '}
      {elsewhere.map((carrier, index) => (
        <span key={carrier.pageId}>
          {index > 0 && ', '}
          <PageLink url={carrier.url}>{carrier.outlet}</PageLink>{' '}
          ({STATUS_WORDS[carrier.status]})
        </span>
      ))}
    </p>
  );
}

interface PageEntryProps {
  page: PageWithClaims;
  carriers: ReadonlyMap<string, readonly Carrier[]>;
  onDelete: () => void;
}

function PageEntry({ page, carriers, onDelete }: PageEntryProps) {
  const headingId = `page-${page.id}`;
  return (
    <article class="history-page" aria-labelledby={headingId}>
      <header>
        <h2 id={headingId}>{page.title || page.url}</h2>
        <p class="page-address">
          <PageLink url={page.url}>{page.url}</PageLink>
        </p>
        <p class="page-meta">
          <span class="page-outlet">{page.outlet}</span> · first seen <Time at={page.firstSeen} /> · last seen{' '}
          <Time at={page.lastSeen} />
        </p>
        <button type="button" class="quiet" onClick={onDelete} aria-label={`Forget ${page.title || page.url}`}>
          Forget
        </button>
      </header>
      {page.claims.length === 0 ? (
        <p class="notice">No claims on this page any more.</p>
      ) : (
        <ul class="page-claims">
          {page.claims.map((claim) => (
            <li key={claim.claimId}>
              <ClaimLine text={claim.text} asserter={claim.asserter} status={claim.status} responses={claim.responses} />
              <Elsewhere claim={claim} carriers={carriers.get(claim.claimId) ?? []} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

/** Forgetting everything takes a second, explicit click. */
function ForgetAll({ total, onConfirm }: { total: number; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="quiet" onClick={() => setAsking(true)}>
        Forget all pages…
      </button>
    );
  }
  return (
    <span role="group" aria-label="Confirm forgetting all pages">
      Forget all {total} {total === 1 ? 'page' : 'pages'} and their claims?{' '}
      <button type="button" onClick={onConfirm}>
        Forget all
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}

export function HistoryView({ history, carriers, onShowMore, onDeletePage, onDeleteAll }: HistoryViewProps) {
  if (history.state === 'loading') return <p class="notice" role="status">Loading the history…</p>;
  if (history.state === 'error') {
    return (
      <p class="notice error" role="alert">
        The history could not be read: {history.error.message}
      </p>
    );
  }
  const { pages, total } = history.value;
  if (pages.length === 0) {
    return (
      <p class="notice">
        No pages yet. Pages where ClaimLens finds claims appear here as you read them.
      </p>
    );
  }
  return (
    <section aria-label="Pages seen">
      <div class="history-summary">
        <p class="count" role="status">
          {pages.length < total ? `Showing the ${pages.length} most recent of ${total} pages` : `${total} ${total === 1 ? 'page' : 'pages'}`}
        </p>
        <ForgetAll total={total} onConfirm={onDeleteAll} />
      </div>
      {pages.map((page) => (
        <PageEntry key={page.id} page={page} carriers={carriers} onDelete={() => onDeletePage(page.id)} />
      ))}
      {pages.length < total && (
        <button type="button" onClick={onShowMore}>
          Show more pages
        </button>
      )}
    </section>
  );
}
