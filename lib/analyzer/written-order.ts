// A live blog's timed updates, newest first, put back in the order they were written, so that a
// response is linked to claims made before it in time, not above it on the page.
import type { Sentence } from './sentences';

/** "4:52 p.m. —", "09:15 -": the time that opens a live blog's update. */
const UPDATE_TIME = /^(\d{1,2})[:.](\d{2})\s*([ap])?\.?m?\.?\s*[\u2014\u2013-]\s/i;
const NEWLINE = '\n';
/** Fewest timed updates that make a live blog. */
const MIN_UPDATES = 3;
/** Characters at the start of a line in which an update's time is looked for. */
const UPDATE_TIME_LENGTH = 24;

/** Minutes into the day of the update opening the line at `start`, or null. */
function updateTime(text: string, start: number): number | null {
  const m = UPDATE_TIME.exec(text.slice(start, start + UPDATE_TIME_LENGTH));
  if (!m) return null;
  const half = m[3]?.toLowerCase();
  const hour = half ? (Number(m[1]) % 12) + (half === 'p' ? 12 : 0) : Number(m[1]);
  return hour * 60 + Number(m[2]);
}

/**
 * When the sentences belong to a live blog whose timed updates run newest first, copies of them
 * numbered (index and paragraph) in the order the updates were written: the lines above the first
 * update first, then the updates from oldest to newest, each with the lines that follow it. Else null.
 */
export function writtenOrder(text: string, sentences: readonly Sentence[]): Map<Sentence, Sentence> | null {
  const distinct = [...new Set(sentences)].sort((x, y) => x.index - y.index);
  let update = -1;
  let last = Infinity;
  let updates = 0;
  const entryOf = new Map<Sentence, number>();
  // One pass over the text for every line start (a 200,000-character line is read once).
  let newline = text.indexOf(NEWLINE);
  let start = 0;
  let lineStart = -1;
  for (const s of distinct) {
    while (newline >= 0 && newline < s.start) {
      start = newline + 1;
      newline = text.indexOf(NEWLINE, start);
    }
    if (start !== lineStart) {
      lineStart = start;
      const time = updateTime(text, start);
      if (time !== null) {
        // Oldest first: an ordinary timeline, read as it stands.
        if (time > last) return null;
        last = time;
        update++;
        updates++;
      }
    }
    entryOf.set(s, update);
  }
  if (updates < MIN_UPDATES) return null;
  // The header (entry -1) first, then the updates from the last written down to the first.
  const rank = (s: Sentence): number => {
    const entry = entryOf.get(s) ?? -1;
    return entry < 0 ? -1 : updates - entry;
  };
  const ordered = [...distinct].sort((x, y) => rank(x) - rank(y) || x.index - y.index);
  // Gaps between sentences stay as they were inside an update; each update follows the one before.
  const out = new Map<Sentence, Sentence>();
  let index = ordered[0]?.index ?? 0;
  let paragraph = ordered[0]?.paragraph ?? 0;
  ordered.forEach((s, k) => {
    const prev = ordered[k - 1];
    if (prev && rank(prev) === rank(s)) {
      index += s.index - prev.index;
      paragraph += s.paragraph - prev.paragraph;
    } else if (prev) {
      index++;
      paragraph++;
    }
    out.set(s, { ...s, index, paragraph });
  });
  return out;
}
