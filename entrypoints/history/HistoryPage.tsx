// The history page: live list of pages and claims, and the sites switched off.
import { useState } from 'preact/hooks';
import { DisabledSiteList } from '../../components/DisabledSiteList';
import { HistoryView } from '../../components/HistoryView';
import { clearHistory, deletePage, listCarriers, listRecentPages, type Carrier } from '../../lib/history/repository';
import { useLiveQuery } from '../../lib/history/use-live-query';
import { setSiteEnabled } from '../../lib/settings/sites';
import { useDisabledSites } from './use-disabled-sites';

const NO_CARRIERS: ReadonlyMap<string, Carrier[]> = new Map();

export function HistoryPage({ pagesPerStep = 25 }: { pagesPerStep?: number }) {
  const [limit, setLimit] = useState(pagesPerStep);
  const history = useLiveQuery(() => listRecentPages(limit), [limit]);
  const claimIds = history.state === 'ready' ? history.value.pages.flatMap((page) => page.claims.map((claim) => claim.claimId)) : [];
  const carriers = useLiveQuery(() => listCarriers(claimIds), [claimIds.join('\n')]);
  const disabledSites = useDisabledSites();
  return (
    <main>
      <h1>ClaimLens history</h1>
      <section aria-labelledby="sites-heading" class="sites">
        <h2 id="sites-heading">Sites with highlighting off</h2>
        <DisabledSiteList sites={disabledSites} onEnable={(site) => void setSiteEnabled(site, true)} />
      </section>
      <HistoryView
        history={history}
        carriers={carriers.state === 'ready' ? carriers.value : NO_CARRIERS}
        onShowMore={() => setLimit((current) => current + pagesPerStep)}
        onDeletePage={(pageId) => void deletePage(pageId)}
        onDeleteAll={() => void clearHistory()}
      />
    </main>
  );
}
