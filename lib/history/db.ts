// The history database's schema: the one place its tables and indexes are declared. It lives in
// the extension's origin (background and extension pages), never in a news site's. Only
// ./repository reads or writes these tables.
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Claim } from '../analyzer/types';

/** A page the reader visited on which claims were found. Times are epoch milliseconds. */
export interface Page {
  id: number;
  /** The page's address without its fragment: one record per article. */
  url: string;
  /** The site that published it: the address's hostname. */
  outlet: string;
  title: string;
  firstSeen: number;
  lastSeen: number;
}

/** A claim as one page carried it: its asserter, side, status and responses there. */
export interface PageClaim extends Pick<Claim, 'text' | 'sentence' | 'cue' | 'asserter' | 'status' | 'responses'> {
  pageId: number;
  claimId: string;
  /** Where the claim first appears among the page's claims, to list them in reading order. */
  position: number;
  /** How many times the claim's text appears on the page. */
  occurrences: number;
  firstSeen: number;
  lastSeen: number;
}

export const HISTORY_DATABASE_NAME = 'claimlens-history';

export class HistoryDatabase extends Dexie {
  pages!: EntityTable<Page, 'id'>;
  pageClaims!: Table<PageClaim, [number, string]>;

  constructor(name = HISTORY_DATABASE_NAME) {
    super(name);
    // Indexed: url (look-up on each visit, unique), lastSeen (newest first), claimId (the same
    // claim on other pages). The compound key also serves "claims of a page" through its pageId
    // prefix.
    this.version(1).stores({
      pages: '++id, &url, lastSeen',
      pageClaims: '[pageId+claimId], claimId',
    });
  }
}

export const historyDb = new HistoryDatabase();
