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

export const anyText = fc.oneof(fragmentSoup, anyCodeUnits, anyGraphemes, binaryJunk);
