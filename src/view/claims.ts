/** Claims as rows: links to sources and findings, displayed values, display order, quotes split around their figure. */
import type { SiteData } from '../data.ts';
import type { Finding, FindingKind, Severity } from '../lib/engine/index.ts';
import { QUALIFIERS } from '../lib/qualifiers.ts';
import { sourceTitleText } from '../lib/source-title.ts';
import type { Claim, Source } from '../lib/types.ts';
import { formatValue } from '../lib/values.ts';
import { claimHref, entityHref, findingHref, sourceHref } from '../urls.ts';
import { formatDate } from './entities.ts';
import { indexOf } from './indexes.ts';
import { DISPUTED_VERDICTS, FINDING_KINDS, qualifierList, qualifierValue, sourceName, type Tone, verdictLabel } from './labels.ts';

/** A link to a finding, with what a reader needs to decide whether to follow it. */
export interface FindingRef {
  id: string;
  href: string;
  kind: FindingKind;
  label: string;
  severity: Severity;
  tone: Tone;
  summary: string;
}

/** A finding as a link. */
export function findingRef(f: Finding): FindingRef {
  const kind = FINDING_KINDS[f.kind];
  return { id: f.id, href: findingHref(f.id), kind: f.kind, label: kind.label, severity: f.severity, tone: kind.tone, summary: f.summary };
}

/** A source as a link. */
export interface SourceRef {
  slug: string;
  title: string;
  name: string;
  href: string;
  tier: number;
  kind: string;
  vendor: boolean;
}

/** A source as a link. */
export function sourceRef(source: Source, data: SiteData): SourceRef {
  return {
    slug: source.slug,
    title: sourceTitleText(source),
    name: sourceName(source, data.content.sources),
    href: sourceHref(source.slug),
    tier: source.tier,
    kind: source.kind,
    vendor: indexOf(data).vendorSources.has(source.slug),
  };
}

/** A claim ready to render. */
export interface ClaimView {
  id: string;
  anchor: string;
  href: string;
  subject: { name: string; href: string };
  property: string;
  qualifiers: { key: string; label: string; value: string }[];
  display: string;
  quote: string;
  figure: string | null;
  note: string | null;
  source: SourceRef;
  verdict: { id: string; label: string; tone: Tone };
  disputed: boolean;
  findings: FindingRef[];
}

/**
 * A claim's value as a reader reads it: formatValue's figures and units, plus dates written out
 * ("5 February 2026"), enumerated values in words ("not yet available") and entity ids by name.
 */
export function displayValue(claim: Pick<Claim, 'value' | 'unit'>, data: SiteData): string {
  const v = claim.value;
  if (v.type === 'date') return formatDate(v.value);
  if (v.type === 'text') {
    const entity = data.entityById.get(v.value);
    if (entity) return entity.name;
    if (/^[a-z]+(-[a-z]+)+$/.test(v.value)) return v.value.replace(/-/g, ' ');
  }
  return formatValue(v, claim.unit);
}

/** A claim as a row for tables and cards. */
export function claimView(claim: Claim, data: SiteData): ClaimView {
  const index = indexOf(data);
  const subject = data.entityById.get(claim.subject);
  const source = data.sourceBySlug.get(claim.source) as Source;
  const verdict = data.analysis.verdicts[claim.id]?.verdict ?? 'uncompared';
  return {
    id: claim.id,
    anchor: `claim-${claim.localId}`,
    href: claimHref(claim),
    subject: { name: subject?.name ?? claim.subject, href: subject ? entityHref(subject) : '#' },
    property: data.propertyById.get(claim.property)?.label ?? claim.property,
    qualifiers: qualifierList(claim, data),
    display: displayValue(claim, data),
    quote: claim.quote,
    figure: claim.figure,
    note: claim.note,
    source: sourceRef(source, data),
    verdict: { id: verdict, ...verdictLabel(verdict) },
    disputed: DISPUTED_VERDICTS.has(verdict),
    findings: (data.analysis.verdicts[claim.id]?.findings ?? []).flatMap((id) => {
      const f = index.findingById.get(id);
      return f ? [findingRef(f)] : [];
    }),
  };
}

/** Orders claims: vendor sources first, then by tier, then in content order. */
export function compareClaimsForDisplay(a: Claim, b: Claim, data: SiteData): number {
  const index = indexOf(data);
  const va = index.vendorSources.has(a.source) ? 0 : 1;
  const vb = index.vendorSources.has(b.source) ? 0 : 1;
  const ta = data.sourceBySlug.get(a.source)?.tier ?? 9;
  const tb = data.sourceBySlug.get(b.source)?.tier ?? 9;
  return va - vb || ta - tb || (index.claimOrder.get(a.id) ?? 0) - (index.claimOrder.get(b.id) ?? 0);
}

/** Splits a quote around its figure for highlighting: [before, figure, after], or [quote] when absent. */
export function splitQuote(quote: string, figure: string | null): string[] {
  if (!figure) return [quote];
  const at = quote.lastIndexOf(figure);
  return at === -1 ? [quote] : [quote.slice(0, at), figure, quote.slice(at + figure.length)];
}

/** Claims that are not about an entity but name it in a qualifier (compared to it, scored on it). */
export function claimsMentioning(entityId: string, data: SiteData): Claim[] {
  return [...(indexOf(data).mentions.get(entityId) ?? [])].sort((a, b) => compareClaimsForDisplay(a, b, data));
}

/** One value as one source states it, where a table shows several sources' values side by side (a fact, a matrix cell). */
export interface StatedValue {
  claimId: string;
  display: string;
  href: string;
  source: SourceRef;
  /** The claim's qualifiers the table does not already show (effort, variant, scope, condition …). */
  qualifiers: { key: string; label: string; value: string }[];
  verdict: { id: string; label: string; tone: Tone };
  disputed: boolean;
  findings: FindingRef[];
}

/** A claim as a StatedValue, with its qualifiers but those whose keys `shown` says the table already shows. */
export function statedValue(c: Claim, data: SiteData, shown: (key: string) => boolean): StatedValue {
  const view = claimView(c, data);
  return {
    claimId: c.id,
    display: view.display,
    href: view.href,
    source: view.source,
    qualifiers: Object.entries(c.qualifiers)
      .filter(([key]) => !shown(key))
      .map(([key, value]) => ({ key, label: QUALIFIERS.get(key)?.label ?? key, value: qualifierValue(key, value, data) })),
    verdict: view.verdict,
    disputed: view.disputed,
    findings: view.findings,
  };
}

/** What a source says one qualifier means (a property's qualifierNotes), for the values a table shows. */
export interface QualifierNote {
  key: string;
  /** The qualifier's label ("Reasoning effort"). */
  label: string;
  /** The values the table shows, in order of first appearance ("xhigh", "high"). */
  values: string[];
  source: SourceRef;
  quote: string;
}

/** The qualifier notes of the registry for the qualifiers the given values show, one per qualifier key. */
export function qualifierNotes(values: readonly Pick<StatedValue, 'qualifiers'>[], data: SiteData): QualifierNote[] {
  const shown = new Map<string, { label: string; values: string[] }>();
  for (const v of values)
    for (const q of v.qualifiers) {
      const entry = shown.get(q.key) ?? { label: q.label, values: [] };
      if (!entry.values.includes(q.value)) entry.values.push(q.value);
      shown.set(q.key, entry);
    }
  return [...shown].flatMap(([key, { label, values: vs }]) => {
    const note = data.content.properties.map((p) => p.qualifierNotes[key]).find((n) => n !== undefined);
    const source = note && data.sourceBySlug.get(note.source);
    return note && source ? [{ key, label, values: vs, source: sourceRef(source, data), quote: note.quote }] : [];
  });
}
