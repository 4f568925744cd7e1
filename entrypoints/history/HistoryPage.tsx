// The history page: pages and claims, claim groups across outlets, search and filters, export
// and import, data control, and the sites switched off. Wiring only.
import { useCallback, useEffect, useState } from 'preact/hooks';
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
  countPages,
  deleteOutlet,
  deletePage,
  getGroup,
  groupsOfPages,
  listGroups,
  listOutlets,
  listPageRows,
  markClaim,
  type ClaimGroup,
  type PageListing,
} from '../../lib/history/repository';
import { applyRetention, lastRecordFailure, retentionDays } from '../../lib/history/settings';
import { estimateStorage, type StorageUse } from '../../lib/history/storage-estimate';
import type { ExportedFile } from '../../lib/history/transfer';
import { useLiveQuery, type LiveResult } from '../../lib/history/use-live-query';
import { setSiteEnabled } from '../../lib/settings/sites';
import { useDisabledSites } from './use-disabled-sites';
import { useStorageItem } from './use-storage-item';

type View = 'pages' | 'groups';

const NO_PAGE_GROUPS = new Map<number, ClaimGroup>();
/** Pages shown before the rest of the first step: few enough to read and lay out at once. */
const FIRST_PAGES = 2;
/** The most disagreeing groups counted; more are shown as "1000+". */
const MOST_COUNTED = 1000;
/** Export and import (file formats, validation) load when first used: the first rows do not wait for them. */
const transfer = () => import('../../lib/history/transfer');

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
  const pageGroups = useLiveQuery(listed ? () => groupsOfPages(listed) : undefined, [listed]);
  // The first rows come first; once they are shown the rest of the first step is asked for, then
  // what only the counts and controls need.
  const shown = rows.state !== 'loading';
  const settled = shown && pageLimit >= pagesPerStep;
  const count = useLiveQuery(settled ? countPages : undefined, [settled]);
  const total = count.state === 'ready' ? count.value : undefined;
  const pages: LiveResult<PageListing> =
    rows.state === 'ready' ? { state: 'ready', value: { ...rows.value, total, groups: pageGroups.state === 'ready' ? pageGroups.value : NO_PAGE_GROUPS } } : rows;
  // Read only while shown: opening the page should cost the pages listing alone.
  const groups = useLiveQuery(
    view === 'groups' ? () => listGroups({ text: query.text, disagreeing: onlyDisagreeing }, groupLimit) : undefined,
    [view, query.text, onlyDisagreeing, groupLimit],
  );
  const disagreeingCount = useLiveQuery(settled ? () => countDisagreeingGroups(MOST_COUNTED) : undefined, [settled]);
  const disagreeing = disagreeingCount.state === 'ready' ? disagreeingCount.value : 0;
  const disagreeingLabel = disagreeing > MOST_COUNTED ? `${MOST_COUNTED}+` : String(disagreeing);
  const outlets = useLiveQuery(settled ? listOutlets : undefined, [settled]);
  const group = useLiveQuery(openGroup === undefined ? undefined : () => getGroup(openGroup), [openGroup]);
  const disabledSites = useDisabledSites();
  const retention = useStorageItem(retentionDays);
  const recordFailure = useStorageItem(lastRecordFailure);
  const filtered = !isEmptyQuery(query);

  useEffect(() => {
    if (shown && pageLimit < pagesPerStep) setPageLimit(pagesPerStep);
  }, [shown]);
  useEffect(() => {
    if (settled) void applyRetention().catch((error: unknown) => setProblem(describeHistoryError(error)));
  }, [settled]);
  useEffect(() => {
    if (settled) void estimateStorage().then(setStorage, () => setStorage(undefined));
  }, [settled, total]);

  /** Runs a change to the history, showing what went wrong (a full disk, above all) instead of dropping it. */
  const run = useCallback((action: () => Promise<string | void>) => {
    setProblem(undefined);
    setNotice(undefined);
    setBusy(true);
    action()
      .then((message) => message && setNotice(message))
      .catch((error: unknown) => setProblem(describeHistoryError(error)))
      .finally(() => setBusy(false));
  }, []);
  const save = (file: ExportedFile) => {
    downloadFile(file.name, file.content, file.type);
    return `Saved ${file.name}.`;
  };
  const changeQuery = (next: HistoryQuery) => {
    setQuery(next);
    setPageLimit(pagesPerStep);
    setGroupLimit(pagesPerStep);
  };
  // Kept the same from render to render, so the listed pages are laid out again only when they change.
  const showGroup = useCallback((groupId: number) => {
    setOpenGroup(groupId);
    setView('groups');
  }, []);
  const forgetPage = useCallback((pageId: number) => run(() => deletePage(pageId)), [run]);

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
          {disagreeing > 0 && ` (${disagreeingLabel} disagree)`}
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
          onDeletePage={forgetPage}
          onOpenGroup={showGroup}
        />
      )}
      {view === 'groups' &&
        (openGroup === undefined ? (
          <ClaimGroupList
            listing={groups}
            onlyDisagreeing={onlyDisagreeing}
            disagreeing={disagreeingLabel}
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
        totalPages={total ?? 0}
        retentionDays={retention}
        storage={storage}
        busy={busy}
        onExport={(kind: ExportKind, onlyView) => run(async () => save(await (await transfer()).exportHistory(kind, onlyView ? query : undefined)))}
        onExportReviews={(reviewer) => run(async () => save(await (await transfer()).exportClaimReviews(reviewer)))}
        onImport={(file) =>
          run(async () => {
            const { describeImport, importHistoryText } = await transfer();
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
