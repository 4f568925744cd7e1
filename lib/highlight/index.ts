export { guarded } from './guard';
export { attachClaimNavigation } from './keyboard';
export { highlightClaims, type Highlights } from './marks';
export { attachClaimTooltips } from './tooltip';
