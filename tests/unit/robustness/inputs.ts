// Input generators for the robustness properties: text from every Unicode category, quote-mark
// and punctuation soup, attribution fragments glued together at random, and binary junk.
import fc from 'fast-check';

/** Pieces that steer the analyzer into its cue, quote, name and sentence-boundary paths. */
const FRAGMENTS = [
  '"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', "'", '\u2018', '\u2019', '`', '\u300c', '\u300d',
  ',', '.', '...', '\u2026', ':', ';', '!', '?', '(', ')', '[', ']', '\u2014', '\u2013', '-', ' ', '  ', '\n', '\n\n', '\t', '\r\n',
  ' said ', ' said', 'said ', ' told reporters ', ' according to ', 'According to ', ' claimed that ', "'s claim that ",
  ' denied ', ' declined to comment', ' could not be independently verified', ' confirmed ', ' echoed ', ' he added ',
  ' It said ', ' the ministry ', 'The Kremlin ', ' Moscow ', ' Kyiv ', ' the U.S. ', 'Dmitri S. Peskov', 'Lt. Col. ',
  'Sen. ', ' Democrats ', ' a Republican, ', ' the company ', ' that ', ' the ', ' was ', ' not ', ' who ', ' which ',
  '\u0000', '\ufeff', '\u200b', '\u202e', '\ud800', '\udc00', '\ud83d\ude00', 'e\u0301', '\u0645\u0631\u062d\u0628\u0627', '\u4e2d\u6587',
];

/** One or more characters of each Unicode general category, Cn (unassigned) and Cs (lone surrogates) included. */
const CATEGORIES: Record<string, string[]> = {
  Lu: ['A', '\u00c9', '\u0416'], Ll: ['z', '\u00df', '\u0436'], Lt: ['\u01c5'], Lm: ['\u02b0'], Lo: ['\u05d0', '\u4e00', '\u0e01'],
  Mn: ['\u0301', '\u064b'], Mc: ['\u0903'], Me: ['\u20dd'], Nd: ['7', '\u0663'], Nl: ['\u2162'], No: ['\u00bd', '\u2460'],
  Pc: ['_', '\u203f'], Pd: ['-', '\u2014', '\u2e3a'], Ps: ['(', '\u300c'], Pe: [')', '\u300d'], Pi: ['\u2018', '\u201c', '\u00ab'],
  Pf: ['\u2019', '\u201d', '\u00bb'], Po: ['.', '!', '\u3002', '\u061f'], Sm: ['+', '\u2211'], Sc: ['$', '\u20ac'], Sk: ['^', '\u02c2'],
  So: ['\u00a9', '\u2603', '\ud83d\udca5'], Zs: [' ', '\u00a0', '\u3000'], Zl: ['\u2028'], Zp: ['\u2029'], Cc: ['\u0000', '\u0007', '\u001b'],
  Cf: ['\u200b', '\u200d', '\u202e', '\ufeff'], Cs: ['\ud800', '\udfff'], Co: ['\ue000'], Cn: ['\u0378', '\ufffe'],
};

export const categorySoup = fc
  .array(fc.constantFrom(...Object.values(CATEGORIES).flat()), { maxLength: 200 })
  .map((chars) => chars.join(''));

export const fragmentSoup = fc
  .array(fc.constantFrom(...FRAGMENTS), { minLength: 0, maxLength: 120 })
  .map((parts) => parts.join(''));

/** Any code points, lone surrogates included. */
export const anyCodeUnits = fc.string({ unit: 'binary', maxLength: 400 });

/** Whole graphemes from every Unicode category. */
export const anyGraphemes = fc.string({ unit: 'grapheme', maxLength: 300 });

/** Bytes read as if they were a text file. */
export const binaryJunk = fc
  .uint8Array({ maxLength: 600 })
  .chain((bytes) => fc.constantFrom(new TextDecoder('utf-8').decode(bytes), new TextDecoder('latin1').decode(bytes)));

/** News-like sentences interleaved with soup, so that real claims are found among the junk. */
export function mixedWith(news: readonly string[]) {
  return fc
    .array(fc.oneof(fc.constantFrom(...news), fragmentSoup, anyGraphemes), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join(' '));
}

export const anyText = fc.oneof(fragmentSoup, categorySoup, anyCodeUnits, anyGraphemes, binaryJunk);
