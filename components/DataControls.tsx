// The history's data: export (JSON, CSV, ClaimReview), import, retention, storage used, forgetting.
import { useState } from 'preact/hooks';
import { formatBytes, type StorageUse } from '../lib/history/storage-estimate';
import { ConfirmButton } from './ConfirmButton';

export type ExportKind = 'json' | 'csv';

export interface DataControlsProps {
  /** Whether a search or filter narrows the view (then "the current view" can be exported). */
  filtered: boolean;
  /** The outlet the view is filtered to, if any: it can be forgotten as a whole. */
  outlet: string;
  totalPages: number;
  retentionDays: number;
  storage: StorageUse | undefined;
  busy: boolean;
  onExport: (kind: ExportKind, onlyView: boolean) => void;
  onExportReviews: (reviewer: string) => void;
  onImport: (file: File) => void;
  onRetention: (days: number) => void;
  onForgetOutlet: (outlet: string) => void;
  onForgetAll: () => void;
}

const RETENTION_CHOICES: [days: number, label: string][] = [
  [0, 'Keep pages until I forget them'],
  [7, 'Forget pages after 7 days'],
  [30, 'Forget pages after 30 days'],
  [90, 'Forget pages after 90 days'],
  [365, 'Forget pages after a year'],
];

export function DataControls(props: DataControlsProps) {
  const { filtered, outlet, totalPages, retentionDays, storage, busy } = props;
  const [reviewer, setReviewer] = useState('');
  return (
    <section class="data-controls" aria-labelledby="data-heading">
      <h2 id="data-heading">Export, import and storage</h2>
      <div class="control-row" role="group" aria-label="Export">
        <button type="button" disabled={busy} onClick={() => props.onExport('json', false)}>
          Export all as JSON
        </button>
        <button type="button" disabled={busy} onClick={() => props.onExport('csv', false)}>
          Export all as CSV
        </button>
        {filtered && (
          <>
            <button type="button" disabled={busy} onClick={() => props.onExport('json', true)}>
              Export this view as JSON
            </button>
            <button type="button" disabled={busy} onClick={() => props.onExport('csv', true)}>
              Export this view as CSV
            </button>
          </>
        )}
      </div>
      <div class="control-row">
        <label>
          Reviewer{' '}
          <input type="text" value={reviewer} placeholder="Your organisation" onInput={(event) => setReviewer(event.currentTarget.value)} />
        </label>
        <button type="button" disabled={busy} onClick={() => props.onExportReviews(reviewer.trim() || 'ClaimLens user')}>
          Export marked claims as ClaimReview
        </button>
      </div>
      <div class="control-row">
        <label>
          Import a JSON history file{' '}
          <input
            type="file"
            accept="application/json,.json"
            disabled={busy}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) props.onImport(file);
            }}
          />
        </label>
      </div>
      <div class="control-row">
        <label>
          Retention{' '}
          <select value={String(retentionDays)} onChange={(event) => props.onRetention(Number(event.currentTarget.value))}>
            {RETENTION_CHOICES.map(([days, label]) => (
              <option key={days} value={String(days)}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <span class="storage-used">
          {storage ? `Storage used: ${formatBytes(storage.usage)} of ${formatBytes(storage.quota)}` : 'Storage used: unknown'}
        </span>
      </div>
      <div class="control-row">
        {outlet && (
          <ConfirmButton
            label={`Forget ${outlet}…`}
            question={`Forget every page from ${outlet} and its claims?`}
            confirmLabel={`Forget ${outlet}`}
            onConfirm={() => props.onForgetOutlet(outlet)}
          />
        )}
        {totalPages > 0 && (
          <ConfirmButton
            label="Forget all pages…"
            question={`Forget all ${totalPages} ${totalPages === 1 ? 'page' : 'pages'} and their claims?`}
            confirmLabel="Forget all"
            onConfirm={props.onForgetAll}
          />
        )}
      </div>
    </section>
  );
}
