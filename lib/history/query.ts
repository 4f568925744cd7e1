// What the history page's search box and filters ask for, and whether a page or claim fits. Pure.
import type { Status } from '../analyzer/types';

export interface HistoryQuery {
  /** Words that must all appear in the claim's text, its asserter or the outlet (any case). */
  text: string;
  /** Only this outlet (hostname); empty for all. */
  outlet: string;
  /** Only claims asserted for this side (any case); empty for all. */
  side: string;
  status: Status | '';
  /** Only pages last seen in this span (epoch milliseconds, inclusive). */
  from?: number;
  to?: number;
}

export const EMPTY_QUERY: HistoryQuery = { text: '', outlet: '', side: '', status: '' };

interface SearchableClaim {
  text: string;
  asserter: { name: string; side: string };
  status: Status;
  outlet: string;
}

function searchTerms(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Whether the query narrows the claims shown, not only the pages. */
export function filtersClaims(query: HistoryQuery): boolean {
  return searchTerms(query.text).length > 0 || query.side.trim() !== '' || query.status !== '';
}

export function isEmptyQuery(query: HistoryQuery): boolean {
  return !filtersClaims(query) && query.outlet === '' && query.from === undefined && query.to === undefined;
}

export function claimMatches(claim: SearchableClaim, query: HistoryQuery): boolean {
  if (query.status && claim.status !== query.status) return false;
  if (query.side.trim() && claim.asserter.side.toLowerCase() !== query.side.trim().toLowerCase()) return false;
  const terms = searchTerms(query.text);
  if (terms.length === 0) return true;
  const haystack = `${claim.text}\n${claim.asserter.name}\n${claim.asserter.side}\n${claim.outlet}`.toLowerCase();
  return terms.every((term) => haystack.includes(term));
}
