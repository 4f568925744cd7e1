// A live blog's timed updates put back in the order they were written (newest first, or an update
// added at the foot of the page), so that a response is linked to claims made before it in time,
// not above it on the page.
import type { Sentence } from './sentences';

/**
 * The time that opens a live blog's entry: "4:52 p.m. —", "09:15 -", "UPDATE 8:20 p.m. —",
 * "Updated 9:05 a.m. ET:", or the time alone on its line as the entry's header.
 */
const ENTRY_TIME =
  /^(?:updated?:?\s+(?:at\s+)?)?(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?\s?m\.?)?(?:\s+(?:[ECMP][SD]?T|GMT|BST|UTC|CES?T))?\s*(?:[\u2014\u2013:-]\s|$)/i;
const NEWLINE = '\n';
/** Fewest timed entries that make a live blog. */
const MIN_ENTRIES = 3;
/** Characters at the start of a line in which an entry's time is looked for. */
const ENTRY_TIME_LENGTH = 32;
const MINUTES_A_DAY = 24 * 60;

/** Minutes into the day of the entry opening the line [start, end), or null. */
function entryTime(text: string, start: number, end: number): number | null {
  const m = ENTRY_TIME.exec(text.slice(start, Math.min(end, start + ENTRY_TIME_LENGTH)));
  if (!m) return null;
  const half = m[3]?.toLowerCase();
  const hour = half ? (Number(m[1]) % 12) + (half === 'p' ? 12 : 0) : Number(m[1]);
  return hour * 60 + Number(m[2]);
}

/**
 * The entries' times, in page order, on one clock across midnight: a jump of more than half a day
 * against the way most of the page runs (newest first or oldest first) is the day before or after.
 */
function acrossMidnight(times: readonly number[]): number[] {
  const steps = times.slice(1).map((t, k) => t - (times[k] as number));
  const halfDay = MINUTES_A_DAY / 2;
  const within = steps.filter((d) => Math.abs(d) <= halfDay);
  const newestFirst = within.filter((d) => d < 0).length > within.filter((d) => d > 0).length;
  let day = 0;
  return times.map((t, k) => {
    const step = steps[k - 1] ?? 0;
    if (newestFirst && step > halfDay) day--;
    if (!newestFirst && step < -halfDay) day++;
    return t + day * MINUTES_A_DAY;
  });
}

/**
 * When the sentences belong to a live blog whose timed entries are not in the order they were
 * written, copies of them numbered (index and paragraph) in that order: the lines above the first
 * entry first, then the entries from oldest to newest, each with the lines that follow it. Else null.
 */
export function writtenOrder(text: string, sentences: readonly Sentence[]): Map<Sentence, Sentence> | null {
  const distinct = [...new Set(sentences)].sort((x, y) => x.index - y.index);
  const times: number[] = [];
  const entryOf = new Map<Sentence, number>();
  // One pass over the text's lines (a 200,000-character line is read once); a time alone on its
  // line heads the sentences of the lines below it.
  let start = 0;
  let newline = text.indexOf(NEWLINE);
  const readLine = (): void => {
    const time = entryTime(text, start, newline < 0 ? text.length : newline);
    if (time !== null) times.push(time);
  };
  readLine();
  for (const s of distinct) {
    while (newline >= 0 && newline < s.start) {
      start = newline + 1;
      newline = text.indexOf(NEWLINE, start);
      readLine();
    }
    entryOf.set(s, times.length - 1);
  }
  if (times.length < MIN_ENTRIES) return null;
  const clock = acrossMidnight(times);
  // Oldest first throughout: an ordinary timeline, read as it stands.
  if (clock.every((t, k) => k === 0 || t >= (clock[k - 1] as number))) return null;
  // The header (entry -1) first, then the entries by time, those of one time as the page has them.
  const byTime = clock.map((_, k) => k).sort((x, y) => (clock[x] as number) - (clock[y] as number) || x - y);
  const place = new Map(byTime.map((entry, k) => [entry, k]));
  const rank = (s: Sentence): number => place.get(entryOf.get(s) ?? -1) ?? -1;
  const ordered = [...distinct].sort((x, y) => rank(x) - rank(y) || x.index - y.index);
  // Gaps between sentences stay as they were inside an entry; each entry follows the one before.
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
