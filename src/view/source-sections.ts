/** A source's claims split by section (content/sections.yaml, "Other facts" last): one page per section, the source's page links each. */
import type { SiteData } from '../data.ts';
import type { Claim } from '../lib/types.ts';
import { sourceSectionHref } from '../urls.ts';
import { sectionIndex } from './facts.ts';

/** One section of a source's claims, with its page. */
export interface SourceSection {
  id: string;
  title: string;
  href: string;
  claims: Claim[];
}

/** The sections a source's claims fall in, in reading order, each claim in exactly one (in the source's order); empty sections left out. */
export function sourceSections(slug: string, data: SiteData): SourceSection[] {
  const sections = [...data.layout.sections.map((s) => ({ id: s.id, title: s.title })), { id: 'other-facts', title: 'Other facts' }].map(
    (s) => ({ ...s, href: sourceSectionHref(slug, s.id), claims: [] as Claim[] }),
  );
  for (const claim of data.claimsBySource.get(slug) ?? []) sections[sectionIndex(claim.property, data)]?.claims.push(claim);
  return sections.filter((s) => s.claims.length > 0);
}
