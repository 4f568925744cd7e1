// Stage 5: responses. Find the statements that answer a claim — denials, refusals to confirm,
// confirmations — say who made them and for which side, and link each to the claims it answers:
// by anaphora ("these claims", "that version of events", "Wrobel's claim"), by shared words, and
// by proximity. A response only counts against a claim of a different side.
// Its modules, in the order a reader follows the stage: stance.ts (a sentence's stance) →
// find-responses.ts (the responses and who made them) → link-responses.ts (linking them to claims,
// by topic.ts and references.ts), with the claims that answer one another in counter-claims.ts,
// contradictions.ts (and denied-acts.ts), counts.ts (and rival-figures.ts) and rumours.ts.
export { findResponses } from './find-responses';
export { linkResponses } from './link-responses';
export { claimSpan, isVerdictOnly, sameResponse } from './claim-parts';
