/**
 * Route data for templates: turns claims, sources and findings into ready-to-render rows,
 * so components stay thin templates.
 */
import type { SiteData } from './data.ts';
import { QUALIFIERS } from './lib/qualifiers.ts';
import type { Claim, Source } from './lib/types.ts';
import { formatValue } from './lib/values.ts';
import { claimHref, entityHref, findingHref, sourceHref } from './urls.ts';

/** A claim ready to render. */
export interface ClaimView {
  id: string;
  anchor: string;
  href: string;
  subject: { name: string; href: string };
  property: string;
  qualifiers: { label: string; value: string }[];
  display: string;
  quote: string;
  figure: string | null;
  note: string | null;
  source: { title: string; href: string; tier: number; kind: string };
  verdict: { label: string; tone: 'ok' | 'warn' | 'bad' | 'info' };
  findings: { id: string; href: string }[];
}

const VERDICTS: Record<string, { label: string; tone: ClaimView['verdict']['tone'] }> = {
  vendor: { label: 'Vendor source', tone: 'info' },
  agrees: { label: 'Agrees with vendor', tone: 'ok' },
  reconciled: { label: 'Agrees after normalization', tone: 'ok' },
  conflicts: { label: 'Conflicts', tone: 'bad' },
  contradicts: { label: 'Contradicts', tone: 'bad' },
  misattributed: { label: 'Misattributed', tone: 'bad' },
  overstated: { label: 'Overstated', tone: 'warn' },
  unsupported: { label: 'Not disclosed by vendor', tone: 'warn' },
  uncompared: { label: 'Nothing to compare', tone: 'info' },
};

/** Human label of a verdict id. */
export function verdictLabel(verdict: string): { label: string; tone: ClaimView['verdict']['tone'] } {
  return VERDICTS[verdict] ?? { label: verdict, tone: 'info' };
}

/** Display of a qualifier value: entity names for entity references. */
export function qualifierList(claim: Pick<Claim, 'qualifiers'>, data: SiteData): { label: string; value: string }[] {
  return Object.entries(claim.qualifiers).map(([key, value]) => ({
    label: QUALIFIERS.get(key)?.label ?? key,
    value: data.entityById.get(value)?.name ?? value,
  }));
}

/** A claim as a row for tables and cards. */
export function claimView(claim: Claim, data: SiteData): ClaimView {
  const subject = data.entityById.get(claim.subject);
  const source = data.sourceBySlug.get(claim.source) as Source;
  const verdict = data.analysis.verdicts[claim.id];
  return {
    id: claim.id,
    anchor: `claim-${claim.localId}`,
    href: claimHref(claim),
    subject: { name: subject?.name ?? claim.subject, href: subject ? entityHref(subject) : '#' },
    property: data.propertyById.get(claim.property)?.label ?? claim.property,
    qualifiers: qualifierList(claim, data),
    display: formatValue(claim.value, claim.unit),
    quote: claim.quote,
    figure: claim.figure,
    note: claim.note,
    source: { title: source.title, href: sourceHref(source.slug), tier: source.tier, kind: source.kind },
    verdict: verdictLabel(verdict?.verdict ?? 'uncompared'),
    findings: (verdict?.findings ?? []).map((id) => ({ id, href: findingHref(id) })),
  };
}

/** Splits a quote around its figure for highlighting: [before, figure, after], or [quote] when absent. */
export function splitQuote(quote: string, figure: string | null): string[] {
  if (!figure) return [quote];
  const at = quote.lastIndexOf(figure);
  return at === -1 ? [quote] : [quote.slice(0, at), figure, quote.slice(at + figure.length)];
}

/** "Not stated" handling for optional source metadata. */
export function stated(value: string | null): string | null {
  return value === null || value === '' ? null : value;
}

/** The tier's name. */
export function tierName(tier: number): string {
  return (
    (
      {
        1: 'Tier 1 · primary (vendor)',
        2: 'Tier 2 · edited secondary',
        3: 'Tier 3 · unedited secondary',
        4: 'Tier 4 · promotional',
      } as Record<number, string>
    )[tier] ?? `Tier ${tier}`
  );
}
