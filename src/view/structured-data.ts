/** schema.org structured data: ClaimReview objects for a finding's judged claims. */
import type { SiteData } from '../data.ts';
import type { Finding } from '../lib/engine/index.ts';
import type { Source } from '../lib/types.ts';
import { href } from '../urls.ts';
import { SITE_NAME } from './citations.ts';
import { findingView } from './findings.ts';
import { lowerFirst } from './labels.ts';

const RATING: Record<string, { value: number; name: string }> = {
  misattributed: { value: 1, name: 'Misattributed' },
  contradicts: { value: 1, name: 'Contradicts the vendor' },
  conflicts: { value: 1, name: 'Conflicts with the vendor' },
  overstated: { value: 2, name: 'Overstated' },
  unsupported: { value: 3, name: 'Not disclosed by the vendor' },
  reconciled: { value: 5, name: 'Agrees after normalization' },
  agrees: { value: 5, name: 'Agrees with the vendor' },
};

/** schema.org ClaimReview objects for a finding: one per non-vendor claim it judges. */
export function claimReviews(f: Finding, data: SiteData, site: URL, updated: string): object[] {
  const view = findingView(f, data);
  const url = new URL(view.href, site).href;
  return view.claims
    .filter((c) => !c.source.vendor && RATING[c.verdict.id])
    .map((c) => {
      const source = data.sourceBySlug.get(c.source.slug) as Source;
      const rating = RATING[c.verdict.id] as { value: number; name: string };
      return {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url,
        datePublished: updated,
        // The claim as a statement (not its quote: a quote is shown on the page, as text, where it is read).
        claimReviewed: `${c.subject.name}: ${lowerFirst(c.property)} ${c.display}${c.qualifiers.length > 0 ? ` (${c.qualifiers.map((q) => `${q.label.toLowerCase()}: ${q.value}`).join('; ')})` : ''}`,
        author: { '@type': 'Organization', name: SITE_NAME, url: new URL(href(), site).href },
        reviewRating: { '@type': 'Rating', ratingValue: rating.value, bestRating: 5, worstRating: 1, alternateName: rating.name },
        itemReviewed: {
          '@type': 'Claim',
          author: source.publisher ? { '@type': 'Organization', name: source.publisher } : undefined,
          datePublished: source.published ?? undefined,
          appearance: { '@type': 'CreativeWork', name: source.title, url: source.url ?? new URL(c.source.href, site).href },
        },
      };
    });
}
