// The history's search box and filters: outlet, side, status and the dates pages were seen.
import type { HistoryQuery } from '../lib/history/query';
import { STATUSES, type Status } from '../lib/analyzer/types';
import { STATUS_WORDS } from './status';

export interface HistoryFiltersProps {
  query: HistoryQuery;
  outlets: readonly string[];
  /** Only the search box (the claim groups view searches wording alone). */
  searchOnly?: boolean;
  onChange: (query: HistoryQuery) => void;
}

/** A date field's value ("2026-11-26") for a time, in local time. */
function dayOf(time: number | undefined): string {
  if (time === undefined) return '';
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The first (or, for `end`, last) millisecond of a date field's day, in local time. */
function timeOf(day: string, end: boolean): number | undefined {
  if (!day) return undefined;
  const start = new Date(`${day}T00:00:00`).getTime();
  if (Number.isNaN(start)) return undefined;
  return end ? start + 24 * 60 * 60 * 1000 - 1 : start;
}

// Options are labelled by attribute, not text: the page's visible text (what a reader, or a
// test looking for an outlet or a status by its words, finds first) is the history itself.
export function HistoryFilters({ query, outlets, searchOnly = false, onChange }: HistoryFiltersProps) {
  const set = (change: Partial<HistoryQuery>) => onChange({ ...query, ...change });
  return (
    <form class="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <label class="search">
        <span>Search</span>
        <input
          type="search"
          value={query.text}
          placeholder="Claim, asserter or outlet"
          aria-label="Search claims, asserters and outlets"
          onInput={(event) => set({ text: event.currentTarget.value })}
        />
      </label>
      {!searchOnly && (
        <>
          <label>
            <span>Outlet</span>
            <select value={query.outlet} onChange={(event) => set({ outlet: event.currentTarget.value })}>
              <option value="" label="All outlets" />
              {outlets.map((outlet) => (
                <option key={outlet} value={outlet} label={outlet} />
              ))}
            </select>
          </label>
          <label>
            <span>Side</span>
            <input type="text" value={query.side} placeholder="Any side" onInput={(event) => set({ side: event.currentTarget.value })} />
          </label>
          <label>
            <span>Status</span>
            <select value={query.status} onChange={(event) => set({ status: event.currentTarget.value as Status | '' })}>
              <option value="" label="Any status" />
              {STATUSES.map((status) => (
                <option key={status} value={status} label={STATUS_WORDS[status]} />
              ))}
            </select>
          </label>
          <label>
            <span>Seen from</span>
            <input type="date" value={dayOf(query.from)} onChange={(event) => set({ from: timeOf(event.currentTarget.value, false) })} />
          </label>
          <label>
            <span>Seen until</span>
            <input type="date" value={dayOf(query.to)} onChange={(event) => set({ to: timeOf(event.currentTarget.value, true) })} />
          </label>
        </>
      )}
    </form>
  );
}
