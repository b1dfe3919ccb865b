/** Findings as views, and the facets (kind, severity, model, source) that filter them. */
import type { SiteData } from '../data.ts';
import type { Finding } from '../lib/engine/index.ts';
import { pushTo } from '../lib/multimap.ts';
import { QUALIFIERS } from '../lib/qualifiers.ts';
import type { Claim, Entity } from '../lib/types.ts';
import { entityHref, type FindingFilter, findingFilterHref, undisclosedSectionHref } from '../urls.ts';
import { type ClaimView, claimView, compareClaimsForDisplay, type FindingRef, findingRef, type SourceRef, sourceRef } from './claims.ts';
import { type EntityRef, entityRef } from './entities.ts';
import { factTitle, sectionIndex } from './facts.ts';
import {
  FINDING_KIND_ORDER,
  FINDING_KINDS,
  lowerFirst,
  qualifierValue,
  SEVERITIES,
  SEVERITY_ORDER,
  sourceName,
  type Tone,
} from './labels.ts';

/** A finding ready to render. */
export interface FindingView extends FindingRef {
  kindLabel: string;
  kindDescription: string;
  severityLabel: string;
  severityTone: Tone;
  score: number;
  verdict: string;
  subject: { name: string; href: string };
  property: string;
  /** "GPT-5.3-Codex: availability via API". */
  title: string;
  /** "availability via API". */
  factTitle: string;
  qualifiers: { label: string; value: string }[];
  arithmetic: string[];
  claims: ClaimView[];
  sources: SourceRef[];
  models: EntityRef[];
  /** What a reader uses the fact for (the property registry's whyItMatters), shown beside "not disclosed" findings. */
  why: string | null;
  /** Where the fact sits on its subject's page: [section index, rank in the section]. */
  place: readonly [number, number];
  /**
   * For a "not disclosed" finding (or an unconfirmed attribution), what the proof searched: the vendor's sources
   * (the party's own), the property's terms, the qualifier names; `whose` names them ("The vendor’s", "OpenAI’s
   * own"), `recorded` says whether the party's recorded claims on the fact were set aside as what it does state.
   */
  searched: { sources: SourceRef[]; terms: string[]; qualifierTerms: string[]; whose: string; recorded: boolean } | null;
}

/** Models a finding is about: its subject, the model it names as the figure's true owner, and the model it compares with. */
export function findingModels(f: Finding, data: SiteData): Entity[] {
  const ids = [f.subject, f.matchedSubject, f.qualifiers.comparedTo].filter((x): x is string => typeof x === 'string');
  const models: Entity[] = [];
  for (const id of ids) {
    const e = data.entityById.get(id);
    if (e?.kind === 'model' && !models.includes(e)) models.push(e);
  }
  return models;
}

/** A finding with its claims (vendor first), sources and models. */
export function findingView(f: Finding, data: SiteData): FindingView {
  const kind = FINDING_KINDS[f.kind];
  const subject = data.entityById.get(f.subject);
  const propertyLabel = data.propertyById.get(f.property)?.label ?? f.property;
  const qualifiers = Object.entries(f.qualifiers).map(([key, value]) => ({
    key,
    label: QUALIFIERS.get(key)?.label ?? key,
    value: qualifierValue(key, value, data),
  }));
  const claims = f.claims
    .map((id) => data.claimById.get(id))
    .filter((c): c is Claim => c !== undefined)
    .sort((a, b) => compareClaimsForDisplay(a, b, data));
  const fact = factTitle(lowerFirst(propertyLabel), qualifiers);
  return {
    ...findingRef(f),
    kindLabel: kind.label,
    kindDescription: kind.description,
    severityLabel: SEVERITIES[f.severity].label,
    severityTone: SEVERITIES[f.severity].tone,
    score: f.score,
    verdict: f.verdict,
    subject: { name: subject?.name ?? f.subject, href: subject ? entityHref(subject) : '#' },
    property: propertyLabel,
    title: `${subject?.name ?? f.subject}: ${fact}`,
    factTitle: fact,
    qualifiers: qualifiers.map(({ label, value }) => ({ label, value })),
    arithmetic: f.arithmetic,
    claims: claims.map((c) => claimView(c, data)),
    sources: f.sources.flatMap((slug) => {
      const s = data.sourceBySlug.get(slug);
      return s ? [sourceRef(s, data)] : [];
    }),
    models: findingModels(f, data).map(entityRef),
    why: data.propertyById.get(f.property)?.whyItMatters ?? null,
    place: [sectionIndex(f.property, data), data.layout.properties.get(f.property)?.sectionRank ?? 0],
    searched: f.searched
      ? {
          sources: f.searched.sources.flatMap((slug) => {
            const s = data.sourceBySlug.get(slug);
            return s ? [sourceRef(s, data)] : [];
          }),
          terms: f.searched.terms,
          qualifierTerms: f.searched.qualifierTerms,
          whose: f.attribution ? `${data.entityById.get(f.attribution.party)?.name ?? f.attribution.party}’s own` : 'The vendor’s',
          recorded: (f.attribution?.partyClaims.length ?? 0) > 0,
        }
      : null,
  };
}

/**
 * The "not disclosed by vendor" findings in the order of their table: by subject, then as the subject's page
 * lists its facts (section, rank in it), then by title, so the table reads like the fact tables it summarizes;
 * the other orders put the most severe, or the most widely stated, first and break ties the same way.
 */
export function undisclosedOrder(findings: readonly FindingView[], order: UndisclosedOrder = 'subject'): FindingView[] {
  const bySubject = (a: FindingView, b: FindingView) =>
    a.subject.name.localeCompare(b.subject.name) ||
    a.place[0] - b.place[0] ||
    a.place[1] - b.place[1] ||
    a.title.localeCompare(b.title) ||
    a.id.localeCompare(b.id);
  const first: Record<UndisclosedOrder, (a: FindingView, b: FindingView) => number> = {
    subject: () => 0,
    severity: (a, b) => b.score - a.score,
    sources: (a, b) => b.sources.length - a.sources.length,
  };
  return findings.filter((f) => f.kind === 'unsupported').sort((a, b) => first[order](a, b) || bySubject(a, b));
}

/** The orders the "not disclosed" table is pre-rendered in (no script sorts it): each has its own page. */
export const UNDISCLOSED_ORDERS = [
  { id: 'subject', label: 'subject', caption: 'by subject, then in the order of the subject’s page' },
  { id: 'severity', label: 'severity', caption: 'most severe first, then by subject' },
  { id: 'sources', label: 'number of sources', caption: 'stated by the most sources first, then by subject' },
] as const;

/** One order of the "not disclosed" table. */
export type UndisclosedOrder = (typeof UNDISCLOSED_ORDERS)[number]['id'];

/** One section of the "not disclosed" table, with its page: the findings whose fact sits in that section of its subject's page. */
export interface UndisclosedSection {
  id: string;
  title: string;
  href: string;
  findings: FindingView[];
}

/**
 * The "not disclosed" findings split by the section their fact sits in on its subject's page (content/sections.yaml,
 * "Other facts" last), each in exactly one, in the table's subject order; empty sections left out. Each section's
 * rows, with what the sources state and why it matters, are a page of their own (the whole table is over a page's budget).
 */
export function undisclosedSections(findings: readonly FindingView[], data: SiteData): UndisclosedSection[] {
  const sections = [...data.layout.sections.map((s) => ({ id: s.id, title: s.title })), { id: 'other-facts', title: 'Other facts' }].map(
    (s) => ({ ...s, href: undisclosedSectionHref(s.id), findings: [] as FindingView[] }),
  );
  for (const f of undisclosedOrder(findings)) sections[f.place[0]]?.findings.push(f);
  return sections.filter((s) => s.findings.length > 0);
}

/**
 * The findings that involve an entity: for a model, those its filter page lists (its subject, the model a
 * figure really belongs to, the model it is compared with); for anything else, those about it, those
 * whose fact names it (a score on a benchmark, a comparison with a product) and those that weigh a claim
 * naming it (a general statement reconciled with scores on named benchmarks).
 */
export function findingsInvolving(entity: Entity, data: SiteData): Finding[] {
  if (entity.kind === 'model') return filterFindings(data, 'model', entity.id);
  const names = (claimId: string) => Object.values(data.claimById.get(claimId)?.qualifiers ?? {}).includes(entity.id);
  return data.analysis.findings.filter(
    (f) =>
      f.subject === entity.id || f.matchedSubject === entity.id || Object.values(f.qualifiers).includes(entity.id) || f.claims.some(names),
  );
}

/** One option of a filter: a value, how many findings it keeps, and the page that lists them. */
export interface FilterOption {
  value: string;
  label: string;
  count: number;
  href: string;
}

/** One way to narrow the findings. */
export interface Facet {
  filter: FindingFilter;
  label: string;
  options: FilterOption[];
  /** Options left out of this list (see navFacets); all of them are on /discrepancies/. */
  more?: number;
}

/** How many options of one facet a filtered page lists (the full lists are on /discrepancies/). */
export const FILTERED_PAGE_OPTIONS = 25;

/**
 * The facets as a filtered page shows them: at most `limit` options per facet (the current one always
 * among them), so that a page per source does not list every source and the family's bytes stay linear.
 */
export function navFacets(
  facets: readonly Facet[],
  current: { filter: FindingFilter; value: string },
  limit = FILTERED_PAGE_OPTIONS,
): Facet[] {
  return facets.map((facet) => {
    if (facet.options.length <= limit) return facet;
    const shown = facet.options.slice(0, limit);
    if (facet.filter === current.filter && !shown.some((o) => o.value === current.value)) {
      const own = facet.options.find((o) => o.value === current.value);
      if (own) shown[limit - 1] = own;
    }
    return { ...facet, options: shown, more: facet.options.length - shown.length };
  });
}

/** Whether a finding passes a filter. */
export function findingMatches(f: Finding, filter: FindingFilter, value: string, data: SiteData): boolean {
  switch (filter) {
    case 'kind':
      return f.kind === value;
    case 'severity':
      return f.severity === value;
    case 'source':
      return f.sources.includes(value);
    case 'model':
      return findingModels(f, data).some((m) => m.id === value);
  }
}

/** The findings a filter keeps, in the engine's order (most severe first). */
export function filterFindings(data: SiteData, filter: FindingFilter, value: string): Finding[] {
  return facetIndex(data).get(`${filter}\u0000${value}`) ?? [];
}

const FACET_INDEX = new WeakMap<SiteData, Map<string, Finding[]>>();

/**
 * The findings of every filter option ("kind\0contradiction" → findings, in the engine's order), in one pass
 * over the findings per build: the filtered pages (one per model and per source) and their counts read it,
 * instead of each page filtering every finding for every option.
 */
function facetIndex(data: SiteData): Map<string, Finding[]> {
  let index = FACET_INDEX.get(data);
  if (index) return index;
  const built = new Map<string, Finding[]>();
  const add = (filter: FindingFilter, value: string, f: Finding): void => {
    pushTo(built, `${filter}\u0000${value}`, f);
  };
  for (const f of data.analysis.findings) {
    add('kind', f.kind, f);
    add('severity', f.severity, f);
    for (const slug of new Set(f.sources)) add('source', slug, f);
    for (const id of new Set(findingModels(f, data).map((m) => m.id))) add('model', id, f);
  }
  index = built;
  FACET_INDEX.set(data, index);
  return index;
}

/** Every filter with its options (only options that keep at least one finding), for the pre-rendered views. */
export function findingFacets(data: SiteData): Facet[] {
  const cached = FACETS.get(data);
  if (cached) return cached;
  const option = (filter: FindingFilter, value: string, label: string): FilterOption => ({
    value,
    label,
    count: filterFindings(data, filter, value).length,
    href: findingFilterHref(filter, value),
  });
  const models = data.content.entities.filter((e) => e.kind === 'model');
  const sources = [...data.content.sources].sort((a, b) => a.tier - b.tier || a.title.localeCompare(b.title));
  const facets: Facet[] = [
    { filter: 'kind', label: 'Kind', options: FINDING_KIND_ORDER.map((k) => option('kind', k, FINDING_KINDS[k].plural)) },
    { filter: 'severity', label: 'Severity', options: SEVERITY_ORDER.map((s) => option('severity', s, SEVERITIES[s].label)) },
    { filter: 'model', label: 'Model', options: models.map((m) => option('model', m.id, m.name)) },
    { filter: 'source', label: 'Source', options: sources.map((s) => option('source', s.slug, sourceName(s, data.content.sources))) },
  ];
  const kept = facets.map((f) => ({ ...f, options: f.options.filter((o) => o.count > 0) }));
  FACETS.set(data, kept);
  return kept;
}

const FACETS = new WeakMap<SiteData, Facet[]>();
