/**
 * Route data for templates: turns claims, sources, groups and findings into ready-to-render rows,
 * so components stay thin templates. Everything here is derived from SiteData (content + the
 * engine's analysis); nothing a reader sees as a verdict or a status is written by hand.
 */
import { execFileSync } from 'node:child_process';
import type { SiteData } from './data.ts';
import type { Finding, FindingKind, Group, Severity, Verdict } from './lib/engine/index.ts';
import { QUALIFIERS } from './lib/qualifiers.ts';
import type { Claim, Entity, EntityKind, Property, Source, Value } from './lib/types.ts';
import { formatValue } from './lib/values.ts';
import { claimHref, entityHref, type FindingFilter, findingFilterHref, findingHref, href, sourceHref } from './urls.ts';

/* ------------------------------------------------------------------------------------------------
 * Labels
 * --------------------------------------------------------------------------------------------- */

/** Visual tone of a badge. */
export type Tone = 'ok' | 'warn' | 'bad' | 'info';

const VERDICTS: Record<string, { label: string; tone: Tone }> = {
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

/** Verdicts that mean another source (or the vendor) says otherwise. */
export const DISPUTED_VERDICTS: ReadonlySet<string> = new Set<Verdict>(['conflicts', 'contradicts', 'misattributed', 'overstated']);

/** Human label of a verdict id. */
export function verdictLabel(verdict: string): { label: string; tone: Tone } {
  return VERDICTS[verdict] ?? { label: verdict, tone: 'info' };
}

/** What each kind of finding is called and means, in plain words. */
export const FINDING_KINDS: Readonly<Record<FindingKind, { label: string; plural: string; tone: Tone; description: string }>> = {
  conflict: {
    label: 'Conflict',
    plural: 'Conflicts',
    tone: 'bad',
    description: 'Two figures for the same thing that cannot both be true, even allowing for rounding and approximation.',
  },
  misattribution: {
    label: 'Misattribution',
    plural: 'Misattributions',
    tone: 'bad',
    description: "A figure given for one model that is exactly the vendor's figure for another model.",
  },
  contradiction: {
    label: 'Contradiction',
    plural: 'Contradictions',
    tone: 'bad',
    description: 'Statements that exclude each other: yes against no, "available" against "not yet available", two different chips.',
  },
  overstated: {
    label: 'Overstatement',
    plural: 'Overstatements',
    tone: 'warn',
    description: 'A comparison ("nearly doubled", "outperforms") that the underlying figures do not bear out.',
  },
  unsupported: {
    label: 'Not disclosed by vendor',
    plural: 'Not disclosed by vendor',
    tone: 'warn',
    description: 'A figure about the vendor’s own model or product that the vendor itself never gives.',
  },
  reconciled: {
    label: 'Reconciled',
    plural: 'Reconciled',
    tone: 'ok',
    description: 'Figures that look different but agree once units, precision and approximations are taken into account.',
  },
};

/** Display order of finding kinds. */
export const FINDING_KIND_ORDER: readonly FindingKind[] = [
  'conflict',
  'misattribution',
  'contradiction',
  'overstated',
  'unsupported',
  'reconciled',
];

/** Severity labels, most severe first. */
export const SEVERITIES: Readonly<Record<Severity, { label: string; tone: Tone }>> = {
  high: { label: 'High', tone: 'bad' },
  medium: { label: 'Medium', tone: 'warn' },
  low: { label: 'Low', tone: 'info' },
  info: { label: 'Agreement', tone: 'ok' },
};

/** Display order of severities. */
export const SEVERITY_ORDER: readonly Severity[] = ['high', 'medium', 'low', 'info'];

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

/** "Not stated" handling for optional source metadata. */
export function stated(value: string | null): string | null {
  return value === null || value === '' ? null : value;
}

/** Shortens text at a word boundary, adding an ellipsis: for labels in tight places (the full text is one click away). */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,:;([{–—-]+$/, '')}…`;
}

const KIND_NOUNS: Record<string, string> = {
  vendor: 'Vendor page',
  press: 'Press article',
  reference: 'Reference work',
  wiki: 'Wiki entry',
  glossary: 'Glossary entry',
  blog: 'Blog article',
  marketing: 'Marketing page',
};

/**
 * A source's short name for tight places (the full title is one click away): its publisher when the
 * text states one; otherwise what kind of document it is ("Blog article"), unless another source
 * would get the same name, in which case its shortened title.
 */
export function sourceName(source: Pick<Source, 'slug' | 'publisher' | 'title' | 'kind'>, all: readonly Source[] = []): string {
  if (source.publisher) return source.publisher;
  const noun = KIND_NOUNS[source.kind] ?? source.kind;
  const clash = all.some((o) => o.slug !== source.slug && !o.publisher && o.kind === source.kind);
  return clash ? shorten(source.title, 34) : noun;
}

const VALUE_LABELS: Record<string, Record<string, string>> = {
  channel: {
    app: 'Codex app',
    cli: 'CLI',
    'ide-extension': 'IDE extension',
    web: 'web',
    api: 'API',
    chatgpt: 'ChatGPT',
    playground: 'Playground',
  },
};

/** Display of a qualifier value: entity names for entity references, readable names for enumerated values. */
function qualifierValue(key: string, value: string, data: SiteData): string {
  return data.entityById.get(value)?.name ?? VALUE_LABELS[key]?.[value] ?? value;
}

/** Display of a claim's qualifiers: entity names for entity references. */
export function qualifierList(claim: Pick<Claim, 'qualifiers'>, data: SiteData): { label: string; value: string }[] {
  return Object.entries(claim.qualifiers).map(([key, value]) => ({
    label: QUALIFIERS.get(key)?.label ?? key,
    value: qualifierValue(key, value, data),
  }));
}

/* ------------------------------------------------------------------------------------------------
 * Indexes over the analysis (computed once per SiteData)
 * --------------------------------------------------------------------------------------------- */

interface Index {
  findingById: Map<string, Finding>;
  findingsByGroup: Map<string, Finding[]>;
  groupsBySubject: Map<string, Group[]>;
  groupByClaim: Map<string, Group>;
  vendorSources: Set<string>;
  claimOrder: Map<string, number>;
  mentions: Map<string, Claim[]>;
}

const indexes = new WeakMap<SiteData, Index>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function indexOf(data: SiteData): Index {
  const cached = indexes.get(data);
  if (cached) return cached;
  const index: Index = {
    findingById: new Map(data.analysis.findings.map((f) => [f.id, f])),
    findingsByGroup: new Map(),
    groupsBySubject: new Map(),
    groupByClaim: new Map(),
    vendorSources: new Set(data.content.sources.filter((s) => isVendorSource(s, data)).map((s) => s.slug)),
    claimOrder: new Map(data.content.claims.map((c, i) => [c.id, i])),
    mentions: new Map(),
  };
  for (const f of data.analysis.findings) push(index.findingsByGroup, f.group, f);
  for (const g of data.analysis.groups) {
    push(index.groupsBySubject, g.subject, g);
    for (const id of g.claims) index.groupByClaim.set(id, g);
  }
  for (const c of data.content.claims) {
    for (const [key, value] of Object.entries(c.qualifiers)) {
      if (value !== c.subject && QUALIFIERS.get(key)?.entityKinds && data.entityById.has(value)) push(index.mentions, value, c);
    }
  }
  indexes.set(data, index);
  return index;
}

/** Whether a source is the vendor's own (the reference the engine compares against). */
export function isVendorSource(source: Source, data: SiteData): boolean {
  return data.analysis.agreement.find((a) => a.source === source.slug)?.vendor ?? source.tier === 1;
}

/** A finding by id. */
export function findingById(id: string, data: SiteData): Finding | undefined {
  return indexOf(data).findingById.get(id);
}

/* ------------------------------------------------------------------------------------------------
 * Claims
 * --------------------------------------------------------------------------------------------- */

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
    title: source.title,
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
  qualifiers: { label: string; value: string }[];
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

/* ------------------------------------------------------------------------------------------------
 * Facts: one per comparison group, with a support status derived from the verdicts
 * --------------------------------------------------------------------------------------------- */

/** How well a fact is supported, derived from the verdicts of its claims. */
export type FactStatus = 'disputed' | 'unsupported' | 'agreed' | 'vendor-stated' | 'unchecked';

/** What each status means. */
export const FACT_STATUSES: Readonly<Record<FactStatus, { label: string; tone: Tone; description: string }>> = {
  'vendor-stated': {
    label: 'Vendor-stated',
    tone: 'info',
    description: 'Only the vendor states it (or others repeat it in words that cannot be compared).',
  },
  agreed: { label: 'Agreed', tone: 'ok', description: 'Every source that states it agrees, the vendor included where it speaks.' },
  disputed: {
    label: 'Disputed',
    tone: 'bad',
    description: 'At least one source says something that cannot be true together with another.',
  },
  unsupported: { label: 'Unsupported', tone: 'warn', description: 'Only secondary sources state it; the vendor does not disclose it.' },
  unchecked: {
    label: 'Single source',
    tone: 'info',
    description: 'Stated by one secondary source about a third party; nothing to check it against.',
  },
};

/** Display order of statuses. */
export const FACT_STATUS_ORDER: readonly FactStatus[] = ['vendor-stated', 'agreed', 'disputed', 'unsupported', 'unchecked'];

/** The support status of a group of claims, from their verdicts and whether the vendor speaks. */
export function factStatus(claims: readonly Claim[], data: SiteData): FactStatus {
  const index = indexOf(data);
  const verdicts = claims.map((c) => data.analysis.verdicts[c.id]?.verdict ?? 'uncompared');
  if (verdicts.some((v) => DISPUTED_VERDICTS.has(v))) return 'disputed';
  const vendor = claims.some((c) => index.vendorSources.has(c.source));
  const agreeing = verdicts.some((v) => v === 'agrees' || v === 'reconciled');
  if (vendor) return agreeing ? 'agreed' : 'vendor-stated';
  if (verdicts.includes('unsupported')) return 'unsupported';
  return agreeing ? 'agreed' : 'unchecked';
}

/** One value of a fact, as one source states it. */
export interface FactValue {
  claimId: string;
  display: string;
  href: string;
  source: SourceRef;
  /** Circumstantial qualifiers (effort, scope, condition): they qualify the value, not the fact. */
  circumstances: { label: string; value: string }[];
  verdict: { id: string; label: string; tone: Tone };
  disputed: boolean;
  findings: FindingRef[];
}

/** One fact: a subject's property under identifying qualifiers, with every source's value. */
export interface FactView {
  key: string;
  anchor: string;
  subject: { id: string; name: string; href: string };
  property: { id: string; label: string; description: string; valueType: Property['valueType'] };
  /** "Benchmark score on Terminal-Bench 2.0". */
  title: string;
  qualifiers: { key: string; label: string; value: string }[];
  status: FactStatus;
  values: FactValue[];
  findings: FindingRef[];
}

const CONNECTORS: Record<string, string> = {
  benchmark: 'on',
  comparedTo: 'vs',
  channel: 'via',
  language: 'for',
  stage: 'at',
  direction: 'for',
};
/** Labels that already end in a preposition take the compared entity directly: "Descends from GPT-3". */
const ENDS_IN_PREPOSITION = /\b(from|with|to|of|before|after|than|by)$/i;

/** "Benchmark score on Terminal-Bench 2.0 (Public)": a property label with its identifying qualifiers in words. */
export function factTitle(propertyLabel: string, qualifiers: readonly { key: string; value: string }[]): string {
  let title = propertyLabel;
  const extra: string[] = [];
  for (const q of qualifiers) {
    const connector = CONNECTORS[q.key];
    if (connector === 'at') extra.push(q.value);
    else if (connector === 'for' && q.key === 'direction') title += ` for ${q.value} tokens`;
    else if (q.key === 'comparedTo' && ENDS_IN_PREPOSITION.test(title)) title += ` ${q.value}`;
    else if (connector) title += ` ${connector} ${q.value}`;
    else extra.push(q.value);
  }
  return extra.length > 0 ? `${title} (${extra.join(', ')})` : title;
}

function factView(group: Group, data: SiteData): FactView {
  const index = indexOf(data);
  const claims = group.claims
    .map((id) => data.claimById.get(id))
    .filter((c): c is Claim => c !== undefined)
    .sort((a, b) => compareClaimsForDisplay(a, b, data));
  const property = data.propertyById.get(group.property);
  const subject = data.entityById.get(group.subject);
  const qualifiers = Object.entries(group.qualifiers).map(([key, value]) => ({
    key,
    label: QUALIFIERS.get(key)?.label ?? key,
    value: qualifierValue(key, value, data),
  }));
  const label = property?.label ?? group.property;
  return {
    key: group.key,
    anchor: `fact-${group.key.slice(group.subject.length + 2)}`,
    subject: { id: group.subject, name: subject?.name ?? group.subject, href: subject ? entityHref(subject) : '#' },
    property: { id: group.property, label, description: property?.description ?? '', valueType: property?.valueType ?? 'text' },
    title: factTitle(label, qualifiers),
    qualifiers,
    status: factStatus(claims, data),
    values: claims.map((c) => {
      const view = claimView(c, data);
      return {
        claimId: c.id,
        display: view.display,
        href: view.href,
        source: view.source,
        circumstances: Object.entries(c.qualifiers)
          .filter(([key]) => !(key in group.qualifiers))
          .map(([key, value]) => ({ label: QUALIFIERS.get(key)?.label ?? key, value: qualifierValue(key, value, data) })),
        verdict: view.verdict,
        disputed: view.disputed,
        findings: view.findings,
      };
    }),
    findings: (index.findingsByGroup.get(group.key) ?? []).map(findingRef),
  };
}

/** Sections of an entity page, and which properties go in each (properties not listed go to "Other facts"). */
const SECTIONS: readonly { title: string; properties: readonly string[] }[] = [
  {
    title: 'Identity and release',
    properties: [
      'developer',
      'release-date',
      'publication-date',
      'model-identifier',
      'full-name',
      'category',
      'partner-of',
      'program-status',
      'program-purpose',
      'funding-amount',
      'api-credits-commitment',
      'free-open-source-scanning',
    ],
  },
  {
    title: 'Lineage and comparisons',
    properties: [
      'descends-from',
      'inherits-capabilities-from',
      'released-before',
      'competes-with',
      'provides-access-to',
      'powers-product',
      'comparison',
      'most-capable-agentic-coding-model',
    ],
  },
  {
    title: 'Benchmarks',
    properties: [
      'benchmark-score',
      'benchmark-reported',
      'human-baseline',
      'score-change',
      'score-multiple',
      'state-of-the-art',
      'state-of-the-art-coding',
      'benchmark-gain',
      'benchmark-measures',
      'language-count',
      'occupation-count',
      'task-authors',
    ],
  },
  {
    title: 'Availability and price',
    properties: ['availability', 'access-requirement', 'api-endpoint', 'price', 'cost-savings', 'steering-setting'],
  },
  {
    title: 'Capabilities and use',
    properties: [
      'intended-use',
      'general-purpose',
      'analyzes-entire-projects',
      'supports-language',
      'long-running-tasks',
      'mid-task-steering',
      'progress-updates',
      'speed-change',
      'uses-fewer-tokens',
      'fewer-hallucinations',
      'demo-project',
      'task-duration',
      'daily-query-volume',
      'latency-change',
      'development-time-change',
      'max-output-tokens',
      'temperature-range',
      'loop-time-limit',
    ],
  },
  {
    title: 'How it was built',
    properties: [
      'architecture',
      'parameter-count',
      'reasoning-method',
      'training-technique',
      'training-data-size',
      'training-data-sources',
      'training-gpu-count',
      'training-energy',
      'training-time-change',
      'hardware',
      'co-designed-hardware',
      'helped-create-itself',
      'development-role',
    ],
  },
  {
    title: 'Safety',
    properties: [
      'preparedness-cyber-classification',
      'first-high-capability-model',
      'trained-to-identify-vulnerabilities',
      'cyberattack-automation-evidence',
      'high-risk-request-handling',
      'safety-mitigations',
    ],
  },
];

const SECTION_OF = new Map(SECTIONS.flatMap((s, i) => s.properties.map((p, j) => [p, [i, j] as const] as const)));

/** Every fact about an entity, one per comparison group, in reading order. Every claim about the entity is in exactly one. */
export function factsFor(entityId: string, data: SiteData): FactView[] {
  const groups = indexOf(data).groupsBySubject.get(entityId) ?? [];
  const order = (g: Group): readonly [number, number] => SECTION_OF.get(g.property) ?? [SECTIONS.length, 0];
  return [...groups]
    .sort((a, b) => {
      const [sa, pa] = order(a);
      const [sb, pb] = order(b);
      return sa - sb || pa - pb || a.property.localeCompare(b.property) || a.key.localeCompare(b.key);
    })
    .map((g) => factView(g, data));
}

/** The fact (comparison group) a claim belongs to, with every source's value. */
export function factOfClaim(claimId: string, data: SiteData): FactView | undefined {
  const group = indexOf(data).groupByClaim.get(claimId);
  return group ? factView(group, data) : undefined;
}

/** How a source's claims fared: counts per verdict, in display order. */
export function verdictCounts(slug: string, data: SiteData): { verdict: string; label: string; tone: Tone; count: number }[] {
  const counts = new Map<string, number>();
  for (const c of data.claimsBySource.get(slug) ?? []) {
    const v = data.analysis.verdicts[c.id]?.verdict ?? 'uncompared';
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return ['vendor', 'agrees', 'reconciled', 'misattributed', 'contradicts', 'conflicts', 'overstated', 'unsupported', 'uncompared'].flatMap(
    (v) => {
      const count = counts.get(v) ?? 0;
      return count > 0 ? [{ verdict: v, ...verdictLabel(v), count }] : [];
    },
  );
}

/** Facts split into the page's sections (empty sections left out). */
export function factSections(facts: readonly FactView[]): { title: string; id: string; facts: FactView[] }[] {
  const sections = [
    ...SECTIONS.map((s) => ({ title: s.title, facts: [] as FactView[] })),
    { title: 'Other facts', facts: [] as FactView[] },
  ];
  for (const fact of facts) {
    const at = SECTION_OF.get(fact.property.id)?.[0] ?? SECTIONS.length;
    sections[at]?.facts.push(fact);
  }
  return sections
    .filter((s) => s.facts.length > 0)
    .map((s) => ({
      ...s,
      id: s.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/-$/, ''),
    }));
}

/** Counts of facts per status. */
export function statusCounts(facts: readonly FactView[]): { status: FactStatus; label: string; tone: Tone; count: number }[] {
  return FACT_STATUS_ORDER.map((status) => ({
    status,
    ...FACT_STATUSES[status],
    count: facts.filter((f) => f.status === status).length,
  })).filter((s) => s.count > 0);
}

/** The model most claims are about: the site's subject. */
export function mainModel(data: SiteData): Entity | undefined {
  let best: Entity | undefined;
  let most = -1;
  for (const e of data.content.entities) {
    if (e.kind !== 'model') continue;
    const n = data.claimsBySubject.get(e.id)?.length ?? 0;
    if (n > most) {
      best = e;
      most = n;
    }
  }
  return best;
}

/** Properties that make a fact "key" for the home page, in display order. */
export const KEY_PROPERTIES: readonly string[] = [
  'release-date',
  'developer',
  'benchmark-score',
  'speed-change',
  'availability',
  'price',
  'hardware',
  'parameter-count',
  'training-data-size',
  'architecture',
  'preparedness-cyber-classification',
  'high-risk-request-handling',
];

/** The key facts about a model for the home page: facts of the key properties, in that order, statuses derived. */
export function keyFacts(entityId: string, data: SiteData): FactView[] {
  const rank = new Map(KEY_PROPERTIES.map((p, i) => [p, i]));
  return factsFor(entityId, data)
    .filter((f) => rank.has(f.property.id))
    .sort((a, b) => (rank.get(a.property.id) ?? 0) - (rank.get(b.property.id) ?? 0));
}

/* ------------------------------------------------------------------------------------------------
 * Entities: family, timeline, related
 * --------------------------------------------------------------------------------------------- */

/** A link to an entity. */
export interface EntityRef {
  id: string;
  name: string;
  href: string;
  kind: EntityKind;
  description: string;
}

/** An entity as a link. */
export function entityRef(e: Entity): EntityRef {
  return { id: e.id, name: e.name, href: entityHref(e), kind: e.kind, description: e.description };
}

/** A model's place in its family: vendor, predecessor chain (oldest first), successors, other family members. */
export interface Family {
  vendor: EntityRef | null;
  family: string | null;
  predecessors: EntityRef[];
  successors: EntityRef[];
  siblings: EntityRef[];
}

/** The model's family, from the entities' vendor, family and predecessor fields. */
export function familyOf(model: Entity, data: SiteData): Family {
  const models = data.content.entities.filter((e) => e.kind === 'model');
  const predecessors: Entity[] = [];
  const seen = new Set([model.id]);
  for (let p = model.predecessor ? data.entityById.get(model.predecessor) : undefined; p && !seen.has(p.id); ) {
    predecessors.unshift(p);
    seen.add(p.id);
    p = p.predecessor ? data.entityById.get(p.predecessor) : undefined;
  }
  const successors: Entity[] = [];
  for (let s = models.find((m) => m.predecessor === model.id); s && !seen.has(s.id); s = models.find((m) => m.predecessor === s?.id)) {
    successors.push(s);
    seen.add(s.id);
  }
  const siblings = model.family ? models.filter((m) => m.family === model.family && !seen.has(m.id)) : [];
  const vendor = model.vendor ? data.entityById.get(model.vendor) : undefined;
  return {
    vendor: vendor ? entityRef(vendor) : null,
    family: model.family ?? null,
    predecessors: predecessors.map(entityRef),
    successors: successors.map(entityRef),
    siblings: siblings.sort((a, b) => a.name.localeCompare(b.name)).map(entityRef),
  };
}

/** Entities connected to this one: family, vendor's products, and anything a claim about it names (or that names it). */
export function relatedEntities(entity: Entity, data: SiteData): Entity[] {
  const ids = new Set<string>();
  if (entity.kind === 'model') {
    const family = familyOf(entity, data);
    for (const e of [...family.predecessors, ...family.successors, ...family.siblings]) ids.add(e.id);
    if (entity.vendor) for (const e of data.content.entities) if (e.kind === 'product' && e.vendor === entity.vendor) ids.add(e.id);
  }
  if (entity.kind === 'organization') for (const e of data.content.entities) if (e.vendor === entity.id) ids.add(e.id);
  for (const c of data.claimsBySubject.get(entity.id) ?? []) {
    for (const [key, value] of Object.entries(c.qualifiers))
      if (QUALIFIERS.get(key)?.entityKinds && data.entityById.has(value)) ids.add(value);
  }
  for (const c of indexOf(data).mentions.get(entity.id) ?? []) ids.add(c.subject);
  ids.delete(entity.id);
  return [...ids]
    .flatMap((id) => data.entityById.get(id) ?? [])
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}

/** One dated event. */
export interface TimelineEvent {
  date: string;
  entity: EntityRef;
  self: boolean;
  label: string;
  href: string;
  source: SourceRef;
  disputed: boolean;
}

/** Dated events from the claims (date-typed properties) about the entity and its related entities, oldest first. */
export function timelineFor(entity: Entity, data: SiteData): TimelineEvent[] {
  const subjects = [entity, ...relatedEntities(entity, data)];
  const events: TimelineEvent[] = [];
  for (const subject of subjects) {
    for (const c of data.claimsBySubject.get(subject.id) ?? []) {
      if (c.value.type !== 'date') continue;
      const view = claimView(c, data);
      events.push({
        date: c.value.value,
        entity: entityRef(subject),
        self: subject.id === entity.id,
        label: `${subject.name}: ${view.property.toLowerCase()}`,
        href: view.href,
        source: view.source,
        disputed: view.disputed,
      });
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.entity.name.localeCompare(b.entity.name));
}

/** A date as a reader reads it: "5 February 2026", "February 2026", "2025". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const month = m ? months[Number(m) - 1] : undefined;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y ?? date;
}

/** Counts of claims and findings about an entity (for index pages). */
export function entityCounts(entity: Entity, data: SiteData): { claims: number; mentions: number; findings: number; disputed: number } {
  const claims = data.claimsBySubject.get(entity.id)?.length ?? 0;
  const mentions = indexOf(data).mentions.get(entity.id)?.length ?? 0;
  const findings = data.analysis.findings.filter((f) => f.subject === entity.id && f.kind !== 'reconciled');
  return { claims, mentions, findings: findings.length, disputed: findings.filter((f) => f.kind !== 'unsupported').length };
}

/* ------------------------------------------------------------------------------------------------
 * Benchmarks
 * --------------------------------------------------------------------------------------------- */

const SCORE = 'benchmark-score';
const REPORTED = 'benchmark-reported';

/** One figure in a benchmark matrix cell. */
export interface CellValue {
  claimId: string;
  display: string;
  href: string;
  source: SourceRef;
  /** Effort, variant, metric, scope, condition. */
  qualifiers: { label: string; value: string }[];
  verdict: { id: string; label: string; tone: Tone };
  disputed: boolean;
  findings: FindingRef[];
}

/** A models × benchmarks matrix cell. */
export interface MatrixCell {
  /** The vendor's own figures. */
  vendor: CellValue[];
  /** Other sources' figures. */
  others: CellValue[];
  /** A source's own dash: it says the result is not reported (property benchmark-reported = false). */
  dashes: CellValue[];
  /** Findings where a source disagrees with another about this cell. */
  disputes: FindingRef[];
  /** Other sources' figures that agree with the vendor's. */
  agreeing: number;
}

/** The benchmark matrix: which models have which scores, by whom. */
export interface BenchmarkMatrix {
  models: EntityRef[];
  benchmarks: EntityRef[];
  cells: Map<string, MatrixCell>;
}

/** Key of a matrix cell. */
export function cellKey(benchmarkId: string, modelId: string): string {
  return `${benchmarkId}|${modelId}`;
}

function cellValue(c: Claim, data: SiteData): CellValue {
  const view = claimView(c, data);
  return {
    claimId: c.id,
    display: view.display,
    href: view.href,
    source: view.source,
    qualifiers: Object.entries(c.qualifiers)
      .filter(([key]) => key !== 'benchmark')
      .map(([key, value]) => ({ label: QUALIFIERS.get(key)?.label ?? key, value: qualifierValue(key, value, data) })),
    verdict: view.verdict,
    disputed: view.disputed,
    findings: view.findings,
  };
}

/** Builds the matrix from every benchmark-score and benchmark-reported claim. Cells without a claim are absent: "not reported". */
export function benchmarkMatrix(data: SiteData): BenchmarkMatrix {
  const index = indexOf(data);
  const claims = data.content.claims
    .filter(
      (c) =>
        (c.property === SCORE || c.property === REPORTED) && c.qualifiers.benchmark && data.entityById.get(c.subject)?.kind === 'model',
    )
    .sort((a, b) => compareClaimsForDisplay(a, b, data));
  const modelIds: string[] = [];
  const benchmarkIds: string[] = [];
  const cells = new Map<string, MatrixCell>();
  for (const c of claims) {
    const benchmark = c.qualifiers.benchmark as string;
    if (!modelIds.includes(c.subject)) modelIds.push(c.subject);
    if (!benchmarkIds.includes(benchmark)) benchmarkIds.push(benchmark);
    const key = cellKey(benchmark, c.subject);
    let cell = cells.get(key);
    if (!cell) {
      cell = { vendor: [], others: [], dashes: [], disputes: [], agreeing: 0 };
      cells.set(key, cell);
    }
    const value = cellValue(c, data);
    if (c.property === REPORTED && c.value.type === 'boolean' && !c.value.value) cell.dashes.push(value);
    else if (index.vendorSources.has(c.source)) cell.vendor.push(value);
    else {
      cell.others.push(value);
      if (value.verdict.id === 'agrees' || value.verdict.id === 'reconciled') cell.agreeing++;
    }
    // Only findings about this cell's own figures: a comparison ("nearly doubled") that lists the
    // vendor's scores as evidence does not dispute them, and neither does a misattribution that
    // finds another model's figure equal to them.
    for (const f of value.findings) {
      const finding = index.findingById.get(f.id);
      if (f.kind === 'reconciled' || finding?.subject !== c.subject || (finding.property !== SCORE && finding.property !== REPORTED))
        continue;
      if (!cell.disputes.some((d) => d.id === f.id)) cell.disputes.push(f);
    }
  }
  const entity = (id: string): EntityRef[] => {
    const e = data.entityById.get(id);
    return e ? [entityRef(e)] : [];
  };
  return { models: modelIds.flatMap(entity), benchmarks: benchmarkIds.flatMap(entity), cells };
}

/** One bar of a benchmark chart. */
export interface Bar {
  claimId: string;
  label: string;
  sublabel: string;
  value: number;
  display: string;
  /** How the figure is stated: a bound ("> 90") is drawn open-ended, an approximation with a tolerance. */
  form: Value['type'];
  vendor: boolean;
  disputed: boolean;
  href: string;
}

/** The number a value is drawn at, or null when it has none (text, boolean, date). */
export function barValue(value: Value): number | null {
  switch (value.type) {
    case 'number':
    case 'bound':
    case 'approx':
      return value.value;
    case 'range':
      return (value.min + value.max) / 2;
    default:
      return null;
  }
}

/** Every score reported on a benchmark, as bars: vendor figures first, grouped by model. */
export function benchmarkBars(benchmarkId: string, data: SiteData): Bar[] {
  const matrix = benchmarkMatrix(data);
  const bars: Bar[] = [];
  for (const model of matrix.models) {
    const cell = matrix.cells.get(cellKey(benchmarkId, model.id));
    if (!cell) continue;
    for (const v of [...cell.vendor, ...cell.others]) {
      const claim = data.claimById.get(v.claimId);
      const n = claim ? barValue(claim.value) : null;
      if (!claim || n === null) continue;
      bars.push({
        claimId: v.claimId,
        label: model.name,
        sublabel: [v.source.name, ...v.qualifiers.map((q) => q.value)].join(' · '),
        value: n,
        display: v.display,
        form: claim.value.type,
        vendor: v.source.vendor,
        disputed: v.disputed,
        href: v.href,
      });
    }
  }
  return bars;
}

/** The scale maximum of a chart: 100 for percentages, otherwise the largest value rounded up to a round number. */
export function chartMax(values: readonly number[], unit: string | null): number {
  if (unit === '%') return 100;
  const max = Math.max(0, ...values);
  if (max === 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  return Number((Math.ceil(max / magnitude) * magnitude).toPrecision(12));
}

/* ------------------------------------------------------------------------------------------------
 * Findings
 * --------------------------------------------------------------------------------------------- */

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
  const fact = factTitle(propertyLabel.charAt(0).toLowerCase() + propertyLabel.slice(1), qualifiers);
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
  };
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
  return data.analysis.findings.filter((f) => findingMatches(f, filter, value, data));
}

/** Every filter with its options (only options that keep at least one finding), for the pre-rendered views. */
export function findingFacets(data: SiteData): Facet[] {
  const findings = data.analysis.findings;
  const option = (filter: FindingFilter, value: string, label: string): FilterOption => ({
    value,
    label,
    count: findings.filter((f) => findingMatches(f, filter, value, data)).length,
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
  return facets.map((f) => ({ ...f, options: f.options.filter((o) => o.count > 0) }));
}

/* ------------------------------------------------------------------------------------------------
 * Citations and structured data
 * --------------------------------------------------------------------------------------------- */

const SITE_NAME = 'Codex Claims';

function bibtexEscape(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}%&#_$])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}');
}

function bibtexKey(id: string): string {
  return `codexclaims:${id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/** "Cite this claim": a plain-text citation and a BibTeX entry naming the source and the permalink. */
export function claimCitation(claim: Claim, data: SiteData, permalink: string): { text: string; bibtex: string } {
  const view = claimView(claim, data);
  const source = data.sourceBySlug.get(claim.source) as Source;
  const author = source.publisher ?? 'Author not stated';
  const statement = `${view.subject.name}, ${view.property.toLowerCase()}${view.qualifiers.length > 0 ? ` (${view.qualifiers.map((q) => `${q.label.toLowerCase()}: ${q.value}`).join('; ')})` : ''}: ${view.display}`;
  const text = `${author}. “${source.title}”. ${source.published ?? 'n.d.'}. ${source.url ? `${source.url}. ` : ''}Claim “${statement}”, quoted in ${SITE_NAME}: ${permalink}`;
  const fields: [string, string][] = [
    ['title', `${view.subject.name}: ${view.property} = ${view.display}`],
    ['author', source.publisher ? `{${source.publisher}}` : 'not stated'],
    ['howpublished', source.title],
    ['year', source.published?.slice(0, 4) ?? 'n.d.'],
    ['note', `Claim ${claim.id}, quoted verbatim in ${SITE_NAME}`],
  ];
  return { text, bibtex: bibtex('misc', bibtexKey(claim.id), fields, permalink) };
}

function bibtex(type: string, key: string, fields: readonly [string, string][], url: string): string {
  const lines = fields.map(([k, v]) => `  ${k} = {${k === 'author' && v.startsWith('{') ? v : bibtexEscape(v)}},`);
  return `@${type}{${key},\n${lines.join('\n')}\n  url = {${url}}\n}`;
}

/** "Cite this finding": a plain-text citation and a BibTeX entry for a computed finding. */
export function findingCitation(f: Finding, data: SiteData, permalink: string, updated: string): { text: string; bibtex: string } {
  const view = findingView(f, data);
  const text = `${SITE_NAME}. “${view.kindLabel}: ${view.title}”. Computed finding, last updated ${updated}. ${f.summary} ${permalink}`;
  const fields: [string, string][] = [
    ['title', `${view.kindLabel}: ${view.title}`],
    ['author', `{${SITE_NAME}}`],
    ['year', updated.slice(0, 4)],
    ['note', `Computed finding ${f.id}; sources: ${view.sources.map((s) => s.title).join('; ')}`],
  ];
  return { text, bibtex: bibtex('misc', bibtexKey(f.id), fields, permalink) };
}

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
        claimReviewed: `${c.subject.name}: ${c.property.toLowerCase()} ${c.display}${c.qualifiers.length > 0 ? ` (${c.qualifiers.map((q) => `${q.label.toLowerCase()}: ${q.value}`).join('; ')})` : ''}`,
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

/* ------------------------------------------------------------------------------------------------
 * Last-updated dates
 * --------------------------------------------------------------------------------------------- */

let commitDates: Map<string, string> | undefined;

/** Today's date (the build date), YYYY-MM-DD. */
export function buildDate(): string {
  return new Date().toISOString().slice(0, 10);
}

/** File → date of the latest commit touching it, from one `git log` over the repository (empty when git is unavailable). */
function loadCommitDates(): Map<string, string> {
  const dates = new Map<string, string>();
  try {
    const log = execFileSync('git', ['log', '--format=%x01%cs', '--name-only', '--no-renames'], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let date = '';
    for (const line of log.split('\n')) {
      if (line.startsWith('\u0001')) date = line.slice(1).trim();
      else if (line.trim() !== '' && !dates.has(line.trim())) dates.set(line.trim(), date);
    }
  } catch {
    // Not a git checkout (e.g. a source tarball): every page falls back to the build date.
  }
  return dates;
}

/**
 * When a page's content last changed: the latest commit date among the files it is built from,
 * or the build date when none of them is committed yet. Git is asked once per build.
 */
export function lastUpdated(files: readonly string[]): string {
  commitDates ??= loadCommitDates();
  let latest = '';
  for (const file of files) {
    const date = commitDates.get(file.replace(/^\.\//, ''));
    if (date === undefined) return buildDate();
    if (date > latest) latest = date;
  }
  return latest || buildDate();
}

/** Files a finding is built from: the sources of its claims, and the editors' note on it if there is one. */
export function findingFiles(f: Finding, data: SiteData): string[] {
  return [
    ...f.sources.flatMap((slug) => data.sourceBySlug.get(slug)?.file ?? []),
    ...data.content.notes.filter((n) => n.finding === f.id).map((n) => n.file),
  ];
}

/** Files an entity page is built from: its own file and the sources of every claim about it. */
export function entityFiles(entity: Entity, data: SiteData): string[] {
  const sources = new Set((data.claimsBySubject.get(entity.id) ?? []).map((c) => c.source));
  return [entity.file, ...[...sources].flatMap((slug) => data.sourceBySlug.get(slug)?.file ?? [])];
}
