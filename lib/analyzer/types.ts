// The analyzer's output: the one shape every other part (CLI, background, content script,
// history) reads. Offsets are UTF-16 code-unit indices into the analyzed text.

/** Every status, in the order a reader should see them: contested first. */
export const STATUSES = ['disputed', 'unconfirmed', 'supported', 'uncontested'] as const;
export type Status = (typeof STATUSES)[number];
export type Stance = 'denies' | 'unconfirmed' | 'supports';

/** Someone who speaks: the phrase the article names them by, and the side they speak for. */
export interface Party {
  name: string;
  side: string;
}

/** Another party's reaction to a claim, as the article reports it. */
export interface ClaimResponse {
  by: Party;
  stance: Stance;
  /** The response's own words (the sentence or quote that carries it). */
  text: string;
}

export type Occurrence = [start: number, end: number];

export interface Claim {
  /** Stable for the same claim text: a hash of its normalised text. */
  id: string;
  /** What is claimed (the content of the attribution). */
  text: string;
  /** The sentence (or sentences) that carry the claim and its attribution. */
  sentence: string;
  /** The reporting cue: "announced", "claims", "according to". */
  cue: string;
  asserter: Party;
  status: Status;
  responses: ClaimResponse[];
  /** Every place the claim's text appears in the analyzed text, in order. */
  occurrences: Occurrence[];
}

export interface Analysis {
  /** ISO 639-1 code of the detected language, or "und" when undetermined. */
  language: string;
  /** False when the text was not analyzed (e.g. not English); `reason` says why. */
  analyzed: boolean;
  reason?: string;
  claims: Claim[];
}
