// Quotation marks as the tokenizer should read them: doubled apostrophes ('' in some archives) as one mark, and
// single quotation marks (British style: ‘There is no truth in this,’ she said) read as the double
// ones the later stages know, while apostrophes stay apostrophes (don’t, Jones’ house, ’90s,
// rock ’n’ roll). The tokenizer is handed a copy of the text of the same length in which each
// single-mark quotation wears double marks and any double marks inside it wear single ones (the
// nesting the other way round, as US style prints it): every offset still points into the
// original text, from which all claims and sentences are sliced.

const OPENING_SINGLES = new Set(['\u2018', "'"]);
const CLOSING_SINGLES = new Set(['\u2019', "'"]);
// The marks themselves, to jump from one to the next rather than test every character.
const OPENING_MARK = /['\u2018]/g;
const SINGLE_MARK = /['\u2018\u2019]/g;
const DOUBLE_MARK = /["\u201c\u201d]/g;
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

/** The offset of the first mark `marks` finds in [from, to), or -1. */
function markAt(text: string, marks: RegExp, from: number, to: number): number {
  marks.lastIndex = from;
  const found = marks.exec(text);
  return found && found.index < to ? found.index : -1;
}

/** Stretches of a paragraph inside double quotation marks, where single marks are a quote within a quote (US style). */
function doubleQuoted(text: string, from: number, to: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (let k = markAt(text, DOUBLE_MARK, from, to); k >= 0; k = markAt(text, DOUBLE_MARK, k + 1, to)) {
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
  for (let k = markAt(text, SINGLE_MARK, open + 2, to); k >= 0; k = markAt(text, SINGLE_MARK, k + 1, to)) {
    if (inner(k)) continue;
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
  for (let k = markAt(text, OPENING_MARK, from, to); k >= 0; k = markAt(text, OPENING_MARK, k + 1, to)) {
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

/** The first character of [from, to) that is no space, or ''. */
function firstCharacter(text: string, from: number, to: number): string {
  let k = from;
  while (k < to && /\s/.test(text[k] as string)) k++;
  return k < to ? (text[k] as string) : '';
}

export function singleQuotations(text: string): SingleQuotation[] {
  const lines = paragraphs(text);
  return lines.flatMap(([from, to], i) => {
    const next = lines[i + 1];
    const runsOn = !!next && OPENING_SINGLES.has(firstCharacter(text, next[0], next[1]));
    return paragraphQuotations(text, from, to, runsOn);
  });
}

const TO_SINGLE: Record<string, string> = { '\u201c': '\u2018', '\u201d': '\u2019', '"': "'" };

/** The text with each single-mark quotation in double marks and the double marks inside it in single ones; same length. */
export function doubledQuotations(text: string): string {
  if (!text.includes("'") && !text.includes('\u2018')) return text;
  const quotations = singleQuotations(text);
  if (quotations.length === 0) return text;
  // Offsets count UTF-16 units: the pieces between the quotations are kept as they are.
  const pieces: string[] = [];
  let kept = 0;
  for (const { open, close } of quotations) {
    const end = close < 0 ? paragraphEnd(text, open) : close;
    pieces.push(text.slice(kept, open), '\u201c', text.slice(open + 1, end).replace(DOUBLE_MARK, (mark) => TO_SINGLE[mark] as string));
    if (close >= 0) pieces.push('\u201d');
    kept = close >= 0 ? close + 1 : end;
  }
  pieces.push(text.slice(kept));
  return pieces.join('');
}

/** Two apostrophes as a quote mark (''A pastor,'' he said), the style of some papers. */
const DOUBLED_APOSTROPHES = /''/g;

/**
 * A doubled apostrophe as one quote mark and a space, the same length so every offset still points into
 * the original text: the space after a closing mark, before an opening one (after a space or at the
 * start), so that an opening mark stays on the words it opens ("failed. ''These words" opens a sentence).
 */
function straightQuoted(text: string): string {
  return text.replace(DOUBLED_APOSTROPHES, (_, at: number) => (at === 0 || /\s/.test(text[at - 1] ?? '') ? ' "' : '" '));
}

/** The text the tokenizer reads: every quotation in the double marks the later stages know; same length as `text`. */
export function quotesAsRead(text: string): string {
  return doubledQuotations(text.includes("''") ? straightQuoted(text) : text);
}
