// An analysis cut to the limits every message and history file accepts (./claim-schema). The
// analyzer bounds its work, not its output: an enormous page can yield more claims, responses or
// occurrences than the popup's validation and the history's import allow. Cutting once, where the
// background hands the analysis out, keeps the page, the popup and the history consistent.
import type { Analysis, Claim, ClaimResponse, Party } from '../analyzer/types';
import { CLAIM_LIMITS } from './claim-schema';

const fitsName = (text: string) => text.length <= CLAIM_LIMITS.name;
const fitsPassage = (text: string) => text.length <= CLAIM_LIMITS.passage;
const fitsParty = ({ name, side }: Party) => fitsName(name) && fitsName(side);
const fitsResponse = (response: ClaimResponse) => fitsParty(response.by) && fitsPassage(response.text);

function fitsClaim(claim: Claim): boolean {
  return fitsPassage(claim.text) && fitsPassage(claim.sentence) && fitsName(claim.cue) && fitsParty(claim.asserter);
}

function fitClaim(claim: Claim): Claim {
  const responses = claim.responses.filter(fitsResponse).slice(0, CLAIM_LIMITS.responsesPerClaim);
  const occurrences = claim.occurrences.slice(0, CLAIM_LIMITS.occurrencesPerClaim);
  return responses.length === claim.responses.length && occurrences.length === claim.occurrences.length
    ? claim
    : { ...claim, responses, occurrences };
}

/**
 * The analysis within the limits: claims in reading order up to the page's limit, each with its
 * first responses and occurrences up to theirs; a claim or response with an oversized field is
 * left out rather than cut mid-word. An analysis already within the limits is returned as it is.
 */
export function fitAnalysis(analysis: Analysis): Analysis {
  const claims = analysis.claims.filter(fitsClaim).slice(0, CLAIM_LIMITS.claimsPerPage).map(fitClaim);
  const unchanged = claims.length === analysis.claims.length && claims.every((claim, index) => claim === analysis.claims[index]);
  return unchanged ? analysis : { ...analysis, claims };
}
