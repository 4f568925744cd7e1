// The history as CSV: one row per claim occurrence, RFC 4180, opening cleanly in a spreadsheet.
// Pure.
import type { HistorySnapshot, PageWithClaims } from './repository';
import { describeCarrying } from './carrying';

const COLUMNS = [
  'outlet', 'page title', 'page address', 'page last seen', 'claim', 'asserter', 'side', 'status',
  'how it was carried', 'responses', 'cue', 'sentence', 'times on page', 'first seen', 'last seen', 'claim id', 'group id',
] as const;

const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\t', '\r']);
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * A cell a spreadsheet will show as text: a leading = + - @ (or tab / carriage return, which
 * some spreadsheets skip before them) would make it a formula, so it gets a leading apostrophe.
 * See https://owasp.org/www-community/attacks/CSV_Injection.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (FORMULA_STARTS.has(text.charAt(0))) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}


/** ISO times, each worked out once: a page's claims mostly share their times. */
function isoTimes(): (time: number) => string {
  const known = new Map<number, string>();
  return (time) => {
    let text = known.get(time);
    if (text === undefined) {
      text = new Date(time).toISOString();
      known.set(time, text);
    }
    return text;
  };
}

/**
 * A page's rows (one per claim occurrence), joined; '' for a page without claims. The rows of
 * many pages given by one function share its ISO times.
 */
export function csvPageRows(): (page: PageWithClaims) => string {
  const iso = isoTimes();
  return (page) => {
    // The page's cells once for all its claims' rows.
    const pageCells = [page.outlet, page.title, page.url, iso(page.lastSeen)].map(csvCell).join(',');
    return page.claims
      .map((claim) => {
        const claimCells = [
          claim.text,
          claim.asserter.name,
          claim.asserter.side,
          claim.status,
          describeCarrying(claim),
          claim.responses.map((response) => `${response.by.name} (${response.by.side}) ${response.stance}: ${response.text}`).join(' | '),
          claim.cue,
          claim.sentence,
          claim.count,
          iso(claim.firstSeen),
          iso(claim.lastSeen),
          claim.claimId,
          claim.groupId,
        ];
        return `${pageCells},${claimCells.map(csvCell).join(',')}`;
      })
      .join('\r\n');
  };
}

/** The CSV text from the pages' rows (csvPageRows), starting with a UTF-8 byte order mark so spreadsheets read it as UTF-8. */
export function csvText(pageRows: readonly string[]): string {
  const rows = [COLUMNS.map(csvCell).join(','), ...pageRows.filter((page) => page !== '')];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

export function toCsv(snapshot: HistorySnapshot): string {
  return csvText(snapshot.pages.map(csvPageRows()));
}
