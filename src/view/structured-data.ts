/** schema.org structured data: the ClaimReview of a finding page, the JSON-LD of model and benchmark pages. */
import type { SiteData } from '../data.ts';
import type { Finding } from '../lib/engine/index.ts';
import type { Entity, Source } from '../lib/types.ts';
import { entityHref, href, sourceHref } from '../urls.ts';
import { documentName, SITE_NAME } from './citations.ts';
import { findingView } from './findings.ts';
import { DISAGREEING_WORST_FIRST, lowerFirst } from './labels.ts';

const RATING: Record<string, { value: number; name: string }> = {
  misattributed: { value: 1, name: 'Misattributed' },
  contradicts: { value: 1, name: 'Contradicts the vendor' },
  conflicts: { value: 1, name: 'Conflicts with the vendor' },
  overstated: { value: 2, name: 'Overstated' },
  widened: { value: 2, name: 'Widens the vendor’s scope' },
  unconfirmed: { value: 2, name: 'Not in the attributed party’s own source' },
  differs: { value: 3, name: 'Differs from the vendor' },
  unsupported: { value: 3, name: 'Not disclosed by the vendor' },
  reconciled: { value: 5, name: 'Agrees after normalization' },
  agrees: { value: 5, name: 'Agrees with the vendor' },
};

/** How bad a verdict is: the review rates the worst of the claims it judges. */
const WORST_FIRST: readonly string[] = [...DISAGREEING_WORST_FIRST, 'reconciled', 'agrees'];

/**
 * The schema.org ClaimReview of a finding: exactly one per finding page (or none when the finding judges no
 * claim of a non-vendor source). It reviews the claim as stated by the sources it judges, rates the worst
 * verdict among them, and lists each source as an appearance of the claim (the original publication where
 * its URL is known), with the source's publisher as author wherever the source names one.
 */
export function claimReview(f: Finding, data: SiteData, site: URL, updated: string): object | null {
  const view = findingView(f, data);
  const url = new URL(view.href, site).href;
  const judged = view.claims
    .filter((c) => !c.source.vendor && RATING[c.verdict.id])
    .sort((a, b) => WORST_FIRST.indexOf(a.verdict.id) - WORST_FIRST.indexOf(b.verdict.id));
  const first = judged[0];
  if (!first) return null;
  const rating = RATING[first.verdict.id] as { value: number; name: string };
  const sources = [...new Map(judged.map((c) => [c.source.slug, data.sourceBySlug.get(c.source.slug) as Source])).values()];
  const publisher = (s: Source) => (s.publisher ? { '@type': 'Organization', name: s.publisher } : undefined);
  const firstSource = sources[0] as Source;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url,
    datePublished: updated,
    // The claim as a statement (not its quote: a quote is shown on the page, as text, where it is read).
    claimReviewed: `${first.subject.name}: ${lowerFirst(first.property)} ${first.display}${first.qualifiers.length > 0 ? ` (${first.qualifiers.map((q) => `${q.label.toLowerCase()}: ${q.value}`).join('; ')})` : ''}`,
    author: { '@type': 'Organization', name: SITE_NAME, url: new URL(href(), site).href },
    reviewRating: { '@type': 'Rating', ratingValue: rating.value, bestRating: 5, worstRating: 1, alternateName: rating.name },
    itemReviewed: {
      '@type': 'Claim',
      author: publisher(firstSource),
      datePublished: firstSource.published ?? undefined,
      appearance: sources.map((s) => ({
        '@type': 'CreativeWork',
        name: documentName(s),
        url: s.url ?? new URL(sourceHref(s.slug), site).href,
        author: publisher(s),
        datePublished: s.published ?? undefined,
      })),
    },
  };
}

/**
 * The schema.org JSON-LD of a model or benchmark page, from the entity's own file only (nothing a source
 * states is asserted here): a model as a SoftwareApplication whose creator is its vendor, a benchmark as a
 * Dataset whose variableMeasured is what it measures, in its unit. Other kinds get none.
 */
export function entityStructuredData(entity: Entity, data: SiteData, site: URL, updated: string): object | null {
  const common = {
    '@context': 'https://schema.org',
    name: entity.name,
    alternateName: entity.aliases.length > 0 ? entity.aliases : undefined,
    description: entity.description,
    url: new URL(entityHref(entity), site).href,
    dateModified: updated,
  };
  if (entity.kind === 'model') {
    const vendor = entity.vendor ? data.entityById.get(entity.vendor) : undefined;
    return {
      ...common,
      '@type': 'SoftwareApplication',
      creator: vendor ? { '@type': 'Organization', name: vendor.name, url: new URL(entityHref(vendor), site).href } : undefined,
    };
  }
  if (entity.kind === 'benchmark') {
    return {
      ...common,
      '@type': 'Dataset',
      variableMeasured: entity.measures ? { '@type': 'PropertyValue', name: entity.measures, unitText: entity.unit } : undefined,
    };
  }
  return null;
}
