// Single quotation marks (British style: ‘There is no truth in this,’ she said) read as the double
// ones the later stages know, while apostrophes stay apostrophes (don’t, Jones’ house, ’90s,
// rock ’n’ roll). The tokenizer is handed a copy of the text of the same length in which each
// single-mark quotation wears double marks and any double marks inside it wear single ones (the
// nesting the other way round, as US style prints it): every offset still points into the
// original text, from which all claims and sentences are sliced.

const OPENING_SINGLES = new Set(['\u2018', "'"]);
const CLOSING_SINGLES = new Set(['\u2019', "'"]);
const SINGLE_MARKS = new Set([...OPENING_SINGLES, ...CLOSING_SINGLES]);
/** What may stand before an opening mark: a space, the paragraph's start, a bracket, a dash or a double mark. */
const BEFORE_OPENING = /[\s([{\u2014\u2013\-\/"\u201c]/u;
/** What may stand after a closing mark: a space, the paragraph's end, or punctuation. */
const AFTER_CLOSING = /[\s,.;:?!)\]}\u2014\u2013\-"\u201d\u2026]/u;
/** Words an apostrophe shortens at their start: ’n’, ’em, ’til, ’tis, ’cause, ’90s. */
const ELIDED_START = /^(?:n|em|til|tis|twas|cause|cos|bout|round|ello|im|er|\d\ds?)(?![\p{L}\d])/iu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A quotation in single marks: the offsets of its opening mark and of its closing one (-1 if it runs on to the next paragraph). */
export interface SingleQuotation {
  open: number;
  close: number;
}

function isOpening(text: string, at: number, from: number): boolean {
  const before = at > from ? (text[at - 1] ?? '') : ' ';
  const after = text[at + 1] ?? '';
  return OPENING_SINGLES.has(text[at] ?? '') && BEFORE_OPENING.test(before) && after !== '' && !/\s/.test(after) && !ELIDED_START.test(text.slice(at + 1, at + 8));
}

/** A closing mark, and whether it is sure to close: after "s" and before a word it may be a plural's apostrophe (the Joneses’ house). */
function closing(text: string, at: number, to: number): 'sure' | 'possible' | null {
  const before = text[at - 1] ?? '';
  const after = at + 1 < to ? (text[at + 1] ?? '') : ' ';
  if (!CLOSING_SINGLES.has(text[at] ?? '') || before === '' || /\s/.test(before) || !AFTER_CLOSING.test(after)) return null;
  const plural = (before === 's' || before === 'S') && /\s/.test(after) && LETTER_OR_DIGIT.test(text[at + 2] ?? '');
  return plural ? 'possible' : 'sure';
}

/** Stretches of a paragraph inside double quotation marks, where single marks are a quote within a quote (US style). */
function doubleQuoted(text: string, from: number, to: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (open < 0 && (c === '\u201c' || c === '"')) open = k;
    else if (open >= 0 && (c === '\u201d' || c === '"')) {
      spans.push([open, k]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, to]);
  return spans;
}

/** The first closing mark of a quotation opened at `open`: a sure one before the next opening mark, else the first possible one. */
function closingOf(text: string, open: number, to: number, inner: (k: number) => boolean): number {
  let possible = -1;
  for (let k = open + 2; k < to; k++) {
    if (!SINGLE_MARKS.has(text[k] ?? '') || inner(k)) continue;
    if (isOpening(text, k, open) && possible >= 0) break;
    const kind = closing(text, k, to);
    if (kind === 'sure') return k;
    if (kind === 'possible' && possible < 0) possible = k;
  }
  return possible;
}

/** The single-mark quotations of one paragraph [from, to); `runsOn` when the next paragraph opens with a single mark. */
function paragraphQuotations(text: string, from: number, to: number, runsOn: boolean): SingleQuotation[] {
  const doubles = doubleQuoted(text, from, to);
  const inner = (k: number) => doubles.some(([a, b]) => k > a && k < b);
  const found: SingleQuotation[] = [];
  for (let k = from; k < to; k++) {
    if (!isOpening(text, k, from) || inner(k)) continue;
    const close = closingOf(text, k, to, inner);
    // A quotation left open runs on when the next paragraph opens with a mark, as multi-paragraph quotes are printed.
    if (close < 0 && !runsOn) continue;
    found.push({ open: k, close });
    if (close < 0) break;
    k = close;
  }
  return found;
}

/** Paragraphs as [start, end) offsets: lines of text. */
function paragraphs(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const line = /[^\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Where the paragraph holding `at` ends. */
export function paragraphEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

export function singleQuotations(text: string): SingleQuotation[] {
  const lines = paragraphs(text);
  return lines.flatMap(([from, to], i) => {
    const next = lines[i + 1];
    const runsOn = !!next && OPENING_SINGLES.has(text.slice(next[0], next[1]).trimStart()[0] ?? '');
    return paragraphQuotations(text, from, to, runsOn);
  });
}

const TO_SINGLE: Record<string, string> = { '\u201c': '\u2018', '\u201d': '\u2019', '"': "'" };

/** The text with each single-mark quotation in double marks and the double marks inside it in single ones; same length. */
export function doubledQuotations(text: string): string {
  if (!text.includes("'") && !text.includes('\u2018')) return text;
  const quotations = singleQuotations(text);
  if (quotations.length === 0) return text;
  // Offsets count UTF-16 units: rebuild by units, not code points.
  const units = text.split('');
  for (const { open, close } of quotations) {
    const end = close < 0 ? paragraphEnd(text, open) : close;
    units[open] = '\u201c';
    for (let k = open + 1; k < end; k++) units[k] = TO_SINGLE[units[k] ?? ''] ?? (units[k] as string);
    if (close >= 0) units[close] = '\u201d';
  }
  return units.join('');
}
