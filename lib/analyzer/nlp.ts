// The one place that talks to wink-nlp: text → tokens with offsets, parts of speech and
// sentence spans. The language model is loaded once, at module load.
//
// wink-nlp learns every out-of-vocabulary word it reads, and what it has learned changes how it
// tokenizes later documents ("else's" is split before it has been seen whole, kept whole after).
// To stay deterministic, the words a document taught the model are taken out of its lookup
// tables after the document is read. The tables' lists only grow (their indices must stay valid),
// so the instance is rebuilt once they have grown by LEARNED_LIMIT entries.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  text: string;
  /** Lower-cased text. */
  lower: string;
  /** Universal part-of-speech tag (NOUN, PROPN, VERB, ...). */
  pos: string;
  start: number;
  end: number;
}

export interface RawSentence {
  /** Index of the first token and one past the last. */
  first: number;
  last: number;
}

export interface ReadText {
  tokens: Token[];
  sentences: RawSentence[];
}

interface Feature {
  hash?: Record<string, number>;
  list?: string[];
}
interface CoreModel {
  features: Record<string, Feature>;
}
interface WinkModel {
  core: () => CoreModel;
  metaCER: () => unknown;
}

const LEARNED_LIMIT = 300_000;
const winkModel = model as unknown as WinkModel;
// The model's metaCER() re-stringifies its own cached result on every call, so the string
// doubles in size with each new instance: call it once.
const sharedMetaCER = winkModel.metaCER();

interface Instance {
  nlp: ReturnType<typeof winkNLP>;
  /** Per learnable table: its hash, its list, and the list length when the last document began. */
  tables: Array<{ hash: Record<string, number>; list: string[]; mark: number }>;
  base: number;
}

function createInstance(): Instance {
  let core: CoreModel | undefined;
  const tracked = {
    ...(model as unknown as Record<string, unknown>),
    core: () => (core = winkModel.core()),
    metaCER: () => sharedMetaCER,
  } as unknown as typeof model;
  const nlp = winkNLP(tracked, ['sbd', 'pos']);
  const tables = Object.values(core?.features ?? {})
    .filter((f): f is Required<Feature> => !!f.hash && !!f.list)
    .map((f) => ({ hash: f.hash, list: f.list, mark: f.list.length }));
  return { nlp, tables, base: tables.reduce((n, t) => n + t.list.length, 0) };
}

const SINGLE_CAPITAL = /^\p{Lu}$/u;
const LETTER_START = /^\p{L}/u;

let instance = createInstance();

/** Take the words the last document taught the model back out of its lookup tables. */
function forgetLearned(): void {
  let size = 0;
  for (const t of instance.tables) {
    for (let k = t.mark; k < t.list.length; k++) delete t.hash[t.list[k] as string];
    t.mark = t.list.length;
    size += t.list.length;
  }
  if (size - instance.base > LEARNED_LIMIT) instance = createInstance();
}

/** Tokens with character offsets into `text`, and sentences as token ranges. */
export function readText(text: string): ReadText {
  const nlp = instance.nlp;
  const its = nlp.its;
  let doc: ReturnType<typeof nlp.readDoc>;
  try {
    doc = nlp.readDoc(text);
  } finally {
    forgetLearned();
  }
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tokens: Token[] = [];
  // wink-nlp index → our index; whitespace tokens (line breaks) are dropped.
  const ours = new Int32Array(values.length + 1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    ours[i] = tokens.length;
    let start = cursor + (spaces[i]?.length ?? 0);
    // wink-nlp reports the original characters; fall back to a short forward search if a
    // token was normalised on the way.
    if (text.startsWith(value, start) === false) {
      const found = text.indexOf(value, cursor);
      start = found >= 0 && found - cursor < 64 ? found : start;
    }
    const end = Math.min(text.length, start + value.length);
    cursor = end;
    if (value.trim() === '') continue;
    // Two apostrophes or backticks in a row are one quote mark ('' as some outlets print ").
    const prev = tokens[tokens.length - 1];
    if (prev && prev.end === start && (value === "'" || value === '`') && prev.text === value) {
      prev.text = prev.lower = value + value;
      prev.end = end;
      continue;
    }
    // A letter and its period inside a dotted abbreviation are one token ("R-S.C." → "S." "C.").
    if (prev && prev.end === start && value === '.' && SINGLE_CAPITAL.test(prev.text) && LETTER_START.test(text.charAt(end))) {
      prev.text += value;
      prev.lower += value;
      prev.end = end;
      continue;
    }
    tokens.push({ text: value, lower: value.toLowerCase(), pos: tags[i] ?? 'X', start, end });
  }
  ours[values.length] = tokens.length;
  const sentences: RawSentence[] = [];
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const span = s.out(its.span) as unknown as [number, number];
    const first = ours[span[0]] ?? 0;
    const last = ours[span[1] + 1] ?? tokens.length;
    if (last > first) sentences.push({ first, last });
  });
  return { tokens, sentences };
}
