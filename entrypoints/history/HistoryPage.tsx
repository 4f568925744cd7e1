// The history page: pages and claims, claim groups across outlets, search and filters, export
// and import, data control, and the sites switched off. Wiring only.
import { useEffect, useState } from 'preact/hooks';
import { ClaimGroupList } from '../../components/ClaimGroupList';
import { ClaimGroupView } from '../../components/ClaimGroupView';
import { DataControls, type ExportKind } from '../../components/DataControls';
import { DisabledSiteList } from '../../components/DisabledSiteList';
import { HistoryFilters } from '../../components/HistoryFilters';
import { HistoryView } from '../../components/HistoryView';
import { downloadFile } from '../../lib/history/download';
import { describeHistoryError } from '../../lib/history/errors';
import { EMPTY_QUERY, isEmptyQuery, type HistoryQuery } from '../../lib/history/query';
import {
  clearHistory,
  countDisagreeingGroups,
  deleteOutlet,
  deletePage,
  getGroup,
  groupsOfPages,
  listGroups,
  listOutlets,
  listPageRows,
  markClaim,
  type ClaimGroup,
  type GroupListing,
  type PageListing,
} from '../../lib/history/repository';
import { applyRetention, lastRecordFailure, retentionDays } from '../../lib/history/settings';
import { estimateStorage, type StorageUse } from '../../lib/history/storage-estimate';
import { describeImport, exportClaimReviews, exportHistory, importHistoryText, type ExportedFile } from '../../lib/history/transfer';
import { useLiveQuery, type LiveResult } from '../../lib/history/use-live-query';
import { setSiteEnabled } from '../../lib/settings/sites';
import { useDisabledSites } from './use-disabled-sites';
import { useStorageItem } from './use-storage-item';

type View = 'pages' | 'groups';

const NO_GROUPS: GroupListing = { groups: [], more: false };
const NO_PAGE_GROUPS = new Map<number, ClaimGroup>();
/** Pages shown before the rest of the first step: few enough to read and lay out at once. */
const FIRST_PAGES = 5;

export function HistoryPage({ pagesPerStep = 25 }: { pagesPerStep?: number }) {
  const [view, setView] = useState<View>('pages');
  const [query, setQuery] = useState<HistoryQuery>(EMPTY_QUERY);
  const [pageLimit, setPageLimit] = useState(Math.min(FIRST_PAGES, pagesPerStep));
  const [groupLimit, setGroupLimit] = useState(pagesPerStep);
  const [onlyDisagreeing, setOnlyDisagreeing] = useState(false);
  const [openGroup, setOpenGroup] = useState<number | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [storage, setStorage] = useState<StorageUse | undefined>();

  // The rows first; where else each claim was seen follows, a request per group.
  const rows = useLiveQuery(() => listPageRows(query, pageLimit), [query, pageLimit]);
  const listed = rows.state === 'ready' ? rows.value.pages : undefined;
  const pageGroups = useLiveQuery(() => (listed ? groupsOfPages(listed) : Promise.resolve(NO_PAGE_GROUPS)), [listed]);
  const pages: LiveResult<PageListing> =
    rows.state === 'ready' ? { state: 'ready', value: { ...rows.value, groups: pageGroups.state === 'ready' ? pageGroups.value : NO_PAGE_GROUPS } } : rows;
  // Read only while shown: opening the page should cost the pages listing alone.
  const groups = useLiveQuery(
    () => (view === 'groups' ? listGroups({ text: query.text, disagreeing: onlyDisagreeing }, groupLimit) : Promise.resolve(NO_GROUPS)),
    [view, query.text, onlyDisagreeing, groupLimit],
  );
  // The first rows come first: what only the controls need is read once they are shown.
  const shown = pages.state !== 'loading';
  const disagreeing = useLiveQuery(() => (shown ? countDisagreeingGroups() : Promise.resolve(0)), [shown]);
  const outlets = useLiveQuery(() => (shown ? listOutlets() : Promise.resolve([])), [shown]);
  const group = useLiveQuery(() => (openGroup === undefined ? Promise.resolve(undefined) : getGroup(openGroup)), [openGroup]);
  const disabledSites = useDisabledSites();
  const retention = useStorageItem(retentionDays);
  const recordFailure = useStorageItem(lastRecordFailure);
  const total = pages.state === 'ready' ? pages.value.total : 0;
  const filtered = !isEmptyQuery(query);

  useEffect(() => {
    void applyRetention().catch((error: unknown) => setProblem(describeHistoryError(error)));
  }, []);
  useEffect(() => {
    if (shown) void estimateStorage().then(setStorage, () => setStorage(undefined));
  }, [shown, total]);
  useEffect(() => {
    if (shown && pageLimit < pagesPerStep) setPageLimit(pagesPerStep);
  }, [shown]);

  /** Runs a change to the history, showing what went wrong (a full disk, above all) instead of dropping it. */
  const run = (action: () => Promise<string | void>) => {
    setProblem(undefined);
    setNotice(undefined);
    setBusy(true);
    action()
      .then((message) => message && setNotice(message))
      .catch((error: unknown) => setProblem(describeHistoryError(error)))
      .finally(() => setBusy(false));
  };
  const save = (file: ExportedFile) => {
    downloadFile(file.name, file.content, file.type);
    return `Saved ${file.name}.`;
  };
  const changeQuery = (next: HistoryQuery) => {
    setQuery(next);
    setPageLimit(pagesPerStep);
    setGroupLimit(pagesPerStep);
  };
  const showGroup = (groupId: number) => {
    setOpenGroup(groupId);
    setView('groups');
  };

  return (
    <main>
      <h1>ClaimLens history</h1>
      {recordFailure && (
        <p class="notice error" role="alert">
          A page could not be recorded ({recordFailure.url}): {recordFailure.message}{' '}
          <button type="button" class="quiet" onClick={() => void lastRecordFailure.setValue(null)}>
            Dismiss
          </button>
        </p>
      )}
      {problem && (
        <p class="notice error" role="alert">
          {problem}
        </p>
      )}
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <div class="view-switch" role="group" aria-label="Show">
        <button type="button" aria-pressed={view === 'pages'} onClick={() => setView('pages')}>
          Pages
        </button>
        <button type="button" aria-pressed={view === 'groups'} onClick={() => setView('groups')}>
          Claims across outlets
          {disagreeing.state === 'ready' && disagreeing.value > 0 && ` (${disagreeing.value} disagree)`}
        </button>
      </div>
      <HistoryFilters
        query={query}
        outlets={outlets.state === 'ready' ? outlets.value : []}
        searchOnly={view === 'groups'}
        onChange={changeQuery}
      />
      {view === 'pages' && (
        <HistoryView
          listing={pages}
          filtered={filtered}
          onShowMore={() => setPageLimit((limit) => limit + pagesPerStep)}
          onDeletePage={(pageId) => run(() => deletePage(pageId))}
          onOpenGroup={showGroup}
        />
      )}
      {view === 'groups' &&
        (openGroup === undefined ? (
          <ClaimGroupList
            listing={groups}
            onlyDisagreeing={onlyDisagreeing}
            disagreeing={disagreeing.state === 'ready' ? disagreeing.value : 0}
            onOnlyDisagreeing={setOnlyDisagreeing}
            onOpen={setOpenGroup}
            onShowMore={() => setGroupLimit((limit) => limit + pagesPerStep)}
          />
        ) : (
          <ClaimGroupView detail={group} onMark={(key, mark) => run(() => markClaim(key, mark))} onClose={() => setOpenGroup(undefined)} />
        ))}
      <DataControls
        filtered={filtered}
        outlet={query.outlet}
        totalPages={total}
        retentionDays={retention}
        storage={storage}
        busy={busy}
        onExport={(kind: ExportKind, onlyView) => run(async () => save(await exportHistory(kind, onlyView ? query : undefined)))}
        onExportReviews={(reviewer) => run(async () => save(await exportClaimReviews(reviewer)))}
        onImport={(file) =>
          run(async () => {
            const result = await importHistoryText(await file.text());
            if (!result.ok) throw new Error(`Import refused, nothing was changed. ${result.problem}`);
            return describeImport(result.summary);
          })
        }
        onRetention={(days) =>
          run(async () => {
            await retentionDays.setValue(days);
            const forgotten = await applyRetention();
            return forgotten > 0 ? `Forgot ${forgotten} pages older than the retention period.` : undefined;
          })
        }
        onForgetOutlet={(outlet) =>
          run(async () => {
            await deleteOutlet(outlet);
            changeQuery({ ...query, outlet: '' });
          })
        }
        onForgetAll={() => run(() => clearHistory())}
      />
      <section aria-labelledby="sites-heading" class="sites">
        <h2 id="sites-heading">Sites with highlighting off</h2>
        <DisabledSiteList sites={disabledSites} onEnable={(site) => void setSiteEnabled(site, true)} />
      </section>
    </main>
  );
}
