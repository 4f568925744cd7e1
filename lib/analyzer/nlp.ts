// The one place that talks to wink-nlp: text → tokens with offsets, parts of speech and
// sentence spans. The language model is loaded once, at module load, from its parts: the core
// tables, sentence boundaries and parts of speech — the background worker's cold start pays for
// nothing else.
//
// wink-nlp learns every out-of-vocabulary word it reads, and what it has learned changes how it
// tokenizes later documents ("else's" is split before it has been seen whole, kept whole after).
// To stay deterministic, the words a document taught the model are taken out of its lookup
// tables after the document is read. The tables' lists only grow (their indices must stay valid),
// so the instance is rebuilt once they have grown by LEARNED_LIMIT entries.
import winkNLP from 'wink-nlp';
import coreData from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import loadCerMeta from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import loadPos from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadSbd from 'wink-eng-lite-web-model/dist/load-sbd-model.js';

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
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}
/** [word, mask, shift, not learnable (1) or learnable (0), computed for new words (1)]. */
type Layout = Record<string, [number, number, number, number, number]>;
interface CoreData {
  packing: { layout: Layout; [key: string]: unknown };
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
  lexicon: string;
  xpansions: string;
}

const LEARNED_LIMIT = 300_000;
const core = coreData as unknown as CoreData;
// The packed lexicon is read once and shared: wink-nlp never writes to it.
const lexicon = new Uint32Array(bytesOfBase64(core.lexicon));
const xpansions = new Uint32Array(bytesOfBase64(core.xpansions));
// The cer-meta loader re-stringifies its own cached result on every call: call it once.
const cerMeta = loadCerMeta();
/** A state machine that never matches, for the annotations left out of the pipe. */
const NO_MACHINE = '[100,0,{},{},{},{}]';

function bytesOfBase64(data: string): ArrayBuffer {
  const decoded = atob(data);
  const bytes = new Uint8Array(decoded.length);
  for (let k = 0; k < decoded.length; k++) bytes[k] = decoded.charCodeAt(k);
  return bytes.buffer;
}

function hashOf(list: unknown[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[list[k] as string] = k;
  return hash;
}

/**
 * The core model as wink-eng-lite-web-model's own reader builds it, minus its deep copy of the
 * whole model (a third of the background's cold start): only the tables wink-nlp writes to — the
 * learnable features, the packing's list of computed features, the pos clusters — are fresh per
 * instance; the rest is shared read-only.
 */
function readCore(): Record<string, unknown> {
  const layout = core.packing.layout;
  const features: Record<string, Feature> = { ...core.features };
  const efList: string[] = [];
  for (const name in layout) {
    const [, mask, shift, fixed, computed] = layout[name]!;
    if (fixed === 0) {
      const list = core.features[name]!.list.slice();
      features[name] = { ...core.features[name], list, hash: hashOf(list), intrinsicSize: list.length, index: list.length, maxIndex: mask >>> shift };
    }
    if (computed === 1) efList.push(name);
  }
  const lexemes = core.features.lexeme!.list.slice();
  features.lexeme = { ...core.features.lexeme, list: lexemes, hash: hashOf(lexemes), intrinsicSize: lexemes.length, index: lexemes.length };
  const clusters = core.features.posClusters!.list as string[];
  features.posClusters = { ...core.features.posClusters, list: clusters.map((c) => new Set(c.split('_').map((p) => core.pos.hash[p] || 0))) };
  return { ...core, lexicon, xpansions, features, packing: { ...core.packing, efList } };
}

/**
 * The raw document wink-nlp has just read, as its parts-of-speech setter (the pipe's last step)
 * sees it: reading it directly spares the three `out()` passes over every token.
 * Layout (wink-nlp 2): four numbers per token — lexeme index; preceding spaces in the low 16 bits
 * (0xFFFF: non-breaking, kept aside); part of speech in bits 20–25 — and sentences as [first, last].
 */
interface RawDocument {
  tokens: number[];
  sentences: Array<[number, number, ...unknown[]]>;
  nonBreakingSpaces: Record<number, string>;
  cache: { value(index: number): string; valueOf(feature: 'pos', index: number): string };
}
const TOKEN_SIZE = 4;
const SPACES_MASK = 0xffff;
const POS_MASK = 0x3f00000;
const POS_SHIFT = 20;

let lastDocument: RawDocument | null = null;

interface PosModel {
  setter: (rdd: RawDocument, ...rest: unknown[]) => void;
}

function withDocumentHook<M extends PosModel>(posModel: M): M {
  const setter = posModel.setter;
  return {
    ...posModel,
    setter: (rdd: RawDocument, ...rest: unknown[]) => {
      setter(rdd, ...rest);
      lastDocument = rdd;
    },
  };
}

interface Instance {
  nlp: ReturnType<typeof winkNLP>;
  /** Per learnable table: its hash, its list, and the list length when the last document began. */
  tables: Array<{ hash: Record<string, number>; list: unknown[]; mark: number }>;
  base: number;
  /** The lexicon's words by index (the words a document taught are taken out after it: see forgetLearned). */
  lexemes: Record<string, number>;
}

/** wink-nlp with sentence boundaries and parts of speech; named entities, negation and sentiment are never loaded. */
function createInstance(): Instance {
  const model = readCore();
  const nlp = winkNLP(
    {
      core: () => model,
      sbd: loadSbd,
      pos: () => withDocumentHook(loadPos() as PosModel),
      ner: () => ({ machines: [], transformers: [] }),
      negation: () => ({ machines: [NO_MACHINE], setter: () => undefined }),
      sa: () => ({ machines: [NO_MACHINE], setter: () => undefined }),
      metaCER: () => cerMeta,
      featureFn,
      addons: {},
    } as unknown as Parameters<typeof winkNLP>[0],
    ['sbd', 'pos'],
  );
  const tables = Object.values(model.features as Record<string, Feature>)
    .filter((f): f is Required<Feature> => !!f.hash)
    .map((f) => ({ hash: f.hash, list: f.list, mark: f.list.length }));
  const lexemes = (model.features as Record<string, Feature>).lexeme!.hash!;
  return { nlp, tables, base: tables.reduce((n, t) => n + t.list.length, 0), lexemes };
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
  lastDocument = null;
  try {
    instance.nlp.readDoc(text);
  } finally {
    forgetLearned();
  }
  const rdd = lastDocument as RawDocument | null;
  lastDocument = null;
  if (!rdd) throw new Error('wink-nlp did not tag the document');
  const raw = rdd.tokens;
  const count = raw.length / TOKEN_SIZE;
  const tokens: Token[] = [];
  // wink-nlp index → our index; whitespace tokens (line breaks) are dropped.
  const ours = new Int32Array(count + 1);
  let cursor = 0;
  for (let i = 0; i < count; i++) {
    const value = rdd.cache.value(raw[i * TOKEN_SIZE]!);
    ours[i] = tokens.length;
    const spaces = raw[i * TOKEN_SIZE + 1]! & SPACES_MASK;
    let start = cursor + (spaces < SPACES_MASK ? spaces : (rdd.nonBreakingSpaces[i]?.length ?? 0));
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
    const pos = rdd.cache.valueOf('pos', (raw[i * TOKEN_SIZE + 2]! & POS_MASK) >>> POS_SHIFT) ?? 'X';
    tokens.push({ text: value, lower: value.toLowerCase(), pos, start, end });
  }
  ours[count] = tokens.length;
  const sentences: RawSentence[] = [];
  for (const span of rdd.sentences) {
    const first = ours[span[0]] ?? 0;
    const last = ours[span[1] + 1] ?? tokens.length;
    if (last > first) sentences.push({ first, last });
  }
  return { tokens, sentences };
}

/** Where a lexeme's part of speech sits in the packed lexicon: its word, mask and shift (see the model's packing layout). */
const LEXEME_POS = core.packing.layout.pos!;
const LEXEME_SIZE = Number(core.packing.size);
const LEXICON_WORDS = core.features.lexeme!.list.length;

/**
 * The part of speech the language model's lexicon gives this lower-case word out of context ("councilman"
 * → NOUN, "without" → ADP), or null for a word it does not know. The lexicon holds the English
 * vocabulary and few people's names, so a capitalised word it knows as a noun is more likely a title
 * than a name.
 */
export function lexiconTag(word: string): string | null {
  const k = instance.lexemes[word];
  if (k === undefined || k >= LEXICON_WORDS) return null;
  const [at, mask, shift] = LEXEME_POS;
  return (core.features.pos!.list[(lexicon[k * LEXEME_SIZE + at]! & mask) >>> shift] as string | undefined) ?? null;
}
