// Claims a fact-checker marked, as schema.org ClaimReview JSON-LD
// (https://schema.org/ClaimReview). Pure.
import type { MarkedClaim } from './repository';

function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function toClaimReviews(marked: readonly MarkedClaim[], reviewer: string): object {
  return {
    '@context': 'https://schema.org',
    '@graph': marked.map(({ claim, mark, carryings }) => {
      const byFirstSeen = [...carryings].sort((a, b) => a.occurrence.firstSeen - b.occurrence.firstSeen);
      const appearances = byFirstSeen.map(({ page }) => ({
        '@type': 'CreativeWork',
        url: page.url,
        headline: page.title,
        publisher: { '@type': 'Organization', name: page.outlet },
      }));
      const asserter = byFirstSeen[0]?.occurrence.asserter;
      return {
        '@type': 'ClaimReview',
        claimReviewed: claim.text,
        datePublished: isoDate(mark.markedAt),
        author: { '@type': 'Organization', name: reviewer },
        reviewRating: { '@type': 'Rating', alternateName: mark.verdict },
        ...(mark.note && { reviewBody: mark.note }),
        itemReviewed: {
          '@type': 'Claim',
          ...(asserter && { author: { '@type': 'Organization', name: asserter.name, description: `speaks for ${asserter.side}` } }),
          datePublished: isoDate(claim.firstSeen),
          ...(appearances[0] && { firstAppearance: appearances[0] }),
          appearance: appearances,
        },
      };
    }),
  };
}
