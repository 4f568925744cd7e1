// What the history page's search box and filters ask for, and whether a page or claim fits. Pure.
import type { Status } from '../analyzer/types';
import { sideKey } from './similarity';

export interface HistoryQuery {
  /** Words that must all appear, each at the start of a word, in the claim's text, its asserter or the outlet (any case). */
  text: string;
  /** Only this outlet (hostname); empty for all. */
  outlet: string;
  /** Only claims asserted for this side (any case); empty for all. */
  side: string;
  status: Status | '';
  /** Only pages last seen in this span (epoch milliseconds, inclusive). */
  from?: number;
  to?: number;
}

export const EMPTY_QUERY: HistoryQuery = { text: '', outlet: '', side: '', status: '' };

interface SearchableClaim {
  text: string;
  asserter: { name: string; side: string };
  status: Status;
  outlet: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Words on most pages' claims, which narrow no search: a page's search words leave them out, which
 * keeps the word index small (recording a page writes a key per word). A search never needs one,
 * nor a word one of them starts with (see neededWords). Words a reader searches as names are not
 * here: "us" (the US), "who" (the WHO), "may" (the month).
 */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our',
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'into', 'onto', 'near', 'over', 'about', 'after', 'before', 'during', 'since', 'than', 'as',
  'and', 'or', 'but', 'if',
  'it', 'he', 'she', 'they', 'we', 'them', 'him', 'which', 'whose', 'whom',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'would', 'could', 'should', 'did', 'does',
]);

/** Every start of a function word: a search word that is one may be found only on a function word. */
const FUNCTION_WORD_STARTS = new Set([...FUNCTION_WORDS].flatMap((word) => [...word].map((_, end) => word.slice(0, end + 1))));

function searchTerms(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

function searchedText(claim: SearchableClaim): string {
  return `${claim.text}\n${claim.asserter.name}\n${claim.asserter.side}\n${claim.outlet}`.toLowerCase();
}

/** Whether two claims are found by the same words (searchWords). */
export function sameSearchWords(a: SearchableClaim, b: SearchableClaim): boolean {
  return searchedText(a) === searchedText(b);
}

/** The words a claim is found by: those of its text, asserter, side and outlet, lower-cased, but function words. */
export function searchWords(claim: SearchableClaim): string[] {
  return [...new Set(searchedText(claim).match(WORD))].filter((word) => !FUNCTION_WORDS.has(word));
}

/**
 * What the word index is probed with for each search term that has a word in it other than the
 * start of a function word: the longest such word. A term found at the start of a word has each of
 * its words at the start of one of the claim's words, so the pages with a word starting with the
 * probe hold every match.
 */
function searchProbes(text: string): string[] {
  return searchTerms(text).flatMap((term) => {
    const words = (term.match(WORD) ?? []).filter((word) => !FUNCTION_WORD_STARTS.has(word));
    return words.length > 0 ? [words.reduce((longest, word) => (word.length > longest.length ? word : longest))] : [];
  });
}

/** A word a page's search words must hold for one of its claims to fit a query: whole, or as the start of one. */
export interface NeededWord {
  word: string;
  whole: boolean;
}

/**
 * The words a page's search words (those of all its claims, see searchWords) must hold for one of
 * its claims to fit the query: each search probe at the start of one, each word of the side but
 * function words whole.
 * A page holding them all may still have no fitting claim (the words may be on different claims).
 */
export function neededWords(query: HistoryQuery): NeededWord[] {
  const probes = searchProbes(query.text).map((word) => ({ word, whole: false }));
  const side = (sideKey(query.side).match(WORD) ?? []).filter((word) => !FUNCTION_WORDS.has(word)).map((word) => ({ word, whole: true }));
  const unique = new Map([...probes, ...side].map((needed) => [`${needed.whole}:${needed.word}`, needed]));
  return [...unique.values()];
}

function fitsWord(held: string, { word, whole }: NeededWord): boolean {
  return whole ? held === word : held.startsWith(word);
}

export function holdsWord(words: readonly string[], needed: NeededWord): boolean {
  return words.some((held) => fitsWord(held, needed));
}

/** A page's search words (those of all its claims), and each claim's as indexes into them. */
export interface PageSearchWords {
  words: string[];
  claimWords: number[][];
}

export function pageSearchWords(claims: readonly SearchableClaim[]): PageSearchWords {
  const index = new Map<string, number>();
  const claimWords = claims.map((claim) =>
    searchWords(claim).map((word) => {
      if (!index.has(word)) index.set(word, index.size);
      return index.get(word)!;
    }),
  );
  return { words: [...index.keys()], claimWords };
}

/**
 * Whether one claim's search words hold every needed word: without claimWords (pages written
 * before they were kept), or for one needed word, whether the page's words do.
 */
export function claimMayHold(page: { words: readonly string[]; claimWords?: readonly (readonly number[])[] }, needed: readonly NeededWord[]): boolean {
  if (!page.claimWords || needed.length < 2) return needed.every((word) => holdsWord(page.words, word));
  const fits = needed.map((word) => page.words.map((held) => fitsWord(held, word)));
  return page.claimWords.some((claim) => fits.every((fit) => claim.some((at) => fit[at])));
}

/** Whether `term` appears in `text` where a word starts. */
function startsAWord(text: string, term: string): boolean {
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!)) return true;
  }
  return false;
}

/** Whether every word of a search appears, at the start of a word, in `text` (any case). */
export function matchesSearch(text: string, search: string): boolean {
  const lower = text.toLowerCase();
  return searchTerms(search).every((term) => startsAWord(lower, term));
}

/** Whether the query narrows the claims shown, not only the pages. */
export function filtersClaims(query: HistoryQuery): boolean {
  return searchTerms(query.text).length > 0 || query.side.trim() !== '' || query.status !== '';
}

export function isEmptyQuery(query: HistoryQuery): boolean {
  return !filtersClaims(query) && query.outlet === '' && query.from === undefined && query.to === undefined;
}

export function claimMatches(claim: SearchableClaim, query: HistoryQuery): boolean {
  if (query.status && claim.status !== query.status) return false;
  if (query.side.trim() && sideKey(claim.asserter.side) !== sideKey(query.side)) return false;
  return matchesSearch(searchedText(claim), query.text);
}
