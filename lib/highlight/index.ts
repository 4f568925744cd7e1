export { guarded } from './guard';
export { attachClaimNavigation } from './keyboard';
export { highlightClaims, highlightClaimsInSlices, removeStrayMarks, type Highlights } from './marks';
export { attachClaimTooltips } from './tooltip';
