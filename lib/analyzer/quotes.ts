// Which tokens sit inside quotation marks, and which quoted stretches belong together: a quote
// that runs on over several sentences, or over paragraphs (a paragraph left open and the next
// one opening with a quote mark), is one run with one speaker.
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { CLOSE_QUOTES, OPEN_QUOTES, STRAIGHT_QUOTES } from './phrases';

export interface QuoteMap {
  /** Per sentence, per token: the run id of the quote it sits in, or -1. Quote marks are -1. */
  runOf: Int32Array[];
}

export function mapQuotes(sentences: Sentence[]): QuoteMap {
  const runOf: Int32Array[] = [];
  let open = false;
  let run = -1;
  let nextRun = 0;
  let paragraph = -1;
  let paragraphEndedOpen = false;
  for (const s of sentences) {
    const opensParagraph = s.paragraph !== paragraph;
    if (opensParagraph) {
      paragraphEndedOpen = open;
      open = false;
      paragraph = s.paragraph;
    }
    const marks = new Int32Array(s.tokens.length).fill(-1);
    for (let i = 0; i < s.tokens.length; i++) {
      const text = (s.tokens[i] as Token).text;
      const straight = STRAIGHT_QUOTES.has(text);
      if (OPEN_QUOTES.has(text) || (straight && !open)) {
        // A paragraph that opens with a quote mark after one left open continues that run.
        const continues = paragraphEndedOpen && i === 0 && opensParagraph;
        run = continues ? run : nextRun++;
        paragraphEndedOpen = false;
        open = true;
      } else if (CLOSE_QUOTES.has(text) || (straight && open)) open = false;
      else if (open) marks[i] = run;
    }
    runOf.push(marks);
  }
  return { runOf };
}

