/** Facts: one per comparison group, with a support status derived from the verdicts, grouped into the sections of the property registry. */
import type { SiteData } from '../data.ts';
import type { Group } from '../lib/engine/index.ts';
import { QUALIFIERS } from '../lib/qualifiers.ts';
import type { Claim, Entity, Property } from '../lib/types.ts';
import { entityClaimsSectionHref, entityHref } from '../urls.ts';
import { claimsMentioning, compareClaimsForDisplay, type FindingRef, findingRef, type StatedValue, statedValue } from './claims.ts';
import { indexOf } from './indexes.ts';
import { DISAGREEING_WORST_FIRST, DISPUTED_VERDICTS, qualifierValue, type Tone, verdictLabel } from './labels.ts';

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
  unsupported: {
    label: 'Not disclosed by vendor',
    tone: 'warn',
    description: 'Only secondary sources state it; the vendor does not disclose it.',
  },
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
  if (verdicts.includes('unsupported') || claims.some((c) => vendorSilenceProven(c, data))) return 'unsupported';
  return agreeing ? 'agreed' : 'unchecked';
}

/**
 * Whether a claim is an attribution to the vendor that the vendor's own text was searched for and does not
 * state (an unconfirmed-attribution finding searched in vendor sources): the fact is not disclosed by the
 * vendor, as an unsupported one is.
 */
function vendorSilenceProven(c: Claim, data: SiteData): boolean {
  if (data.analysis.verdicts[c.id]?.verdict !== 'unconfirmed') return false;
  const index = indexOf(data);
  return (data.analysis.verdicts[c.id]?.findings ?? []).some((id) => {
    const f = index.findingById.get(id);
    return (
      f?.kind === 'unconfirmed-attribution' &&
      f.attribution?.unstated.includes(c.id) === true &&
      (f.searched?.sources.some((s) => index.vendorSources.has(s)) ?? false)
    );
  });
}

/**
 * One value of a fact, as one source states it; its qualifiers are the circumstantial ones (effort, scope,
 * condition), which qualify the value, not the fact. A source that states the same value more than once (in
 * its text and again in a table) gives one value whose `repeats` are its other claims.
 */
export type FactValue = StatedValue & { repeats: { claimId: string; href: string }[] };

/** Merges the values one source states more than once (same figure, circumstances and verdict) into the first. */
export function mergeRepeats(values: readonly StatedValue[]): FactValue[] {
  const merged: FactValue[] = [];
  const same = (a: StatedValue, b: StatedValue) =>
    a.source.slug === b.source.slug &&
    a.display === b.display &&
    a.verdict.id === b.verdict.id &&
    JSON.stringify(a.qualifiers) === JSON.stringify(b.qualifiers) &&
    JSON.stringify(a.findings.map((f) => f.id)) === JSON.stringify(b.findings.map((f) => f.id));
  for (const v of values) {
    const first = merged.find((m) => same(m, v));
    if (first) first.repeats.push({ claimId: v.claimId, href: v.href });
    else merged.push({ ...v, repeats: [] });
  }
  return merged;
}

/** One fact: a subject's property under identifying qualifiers, with every source's value. */
export interface FactView {
  key: string;
  anchor: string;
  /** The fact's row on the page that lists its subject's claims (see entityClaimsHref). */
  href: string;
  subject: { id: string; name: string; href: string };
  property: { id: string; label: string; description: string; valueType: Property['valueType'] };
  /** "Benchmark score on Terminal-Bench 2.0". */
  title: string;
  qualifiers: { key: string; label: string; value: string }[];
  status: FactStatus;
  values: FactValue[];
  findings: FindingRef[];
}

/** Labels that already end in a preposition take the compared entity directly: "Descends from GPT-3". */
const ENDS_IN_PREPOSITION = /\b(from|with|to|of|before|after|than|by)$/i;

/** "Benchmark score on Terminal-Bench 2.0 (Public)": a property label with its identifying qualifiers in words. */
export function factTitle(propertyLabel: string, qualifiers: readonly { key: string; value: string }[]): string {
  let title = propertyLabel;
  const extra: string[] = [];
  for (const q of qualifiers) {
    const connector = QUALIFIERS.get(q.key)?.connector;
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
  const anchor = `fact-${group.key.slice(group.subject.length + 2)}`;
  return {
    key: group.key,
    anchor,
    href: subject ? `${entityClaimsSectionHref(subject, sectionIdOf(group.property, data))}#${anchor}` : '#',
    subject: { id: group.subject, name: subject?.name ?? group.subject, href: subject ? entityHref(subject) : '#' },
    property: { id: group.property, label, description: property?.description ?? '', valueType: property?.valueType ?? 'text' },
    title: factTitle(label, qualifiers),
    qualifiers,
    status: factStatus(claims, data),
    values: mergeRepeats(claims.map((c) => statedValue(c, data, (key) => key in group.qualifiers))),
    findings: (index.findingsByGroup.get(group.key) ?? []).map(findingRef),
  };
}

/** The id of a property's section ("other-facts" for a property without one). */
export function sectionIdOf(propertyId: string, data: SiteData): string {
  return data.layout.sections[sectionIndex(propertyId, data)]?.id ?? 'other-facts';
}

/** The index of a property's section in reading order (sections.length for "Other facts"). */
export function sectionIndex(propertyId: string, data: SiteData): number {
  const section = data.layout.properties.get(propertyId)?.section;
  const at = data.layout.sections.findIndex((s) => s.id === section);
  return at === -1 ? data.layout.sections.length : at;
}

/** Every fact about an entity, one per comparison group, in reading order. Every claim about the entity is in exactly one. */
export function factsFor(entityId: string, data: SiteData): FactView[] {
  const groups = indexOf(data).groupsBySubject.get(entityId) ?? [];
  const order = (g: Group): readonly [number, number] => [
    sectionIndex(g.property, data),
    data.layout.properties.get(g.property)?.sectionRank ?? 0,
  ];
  return [...groups]
    .sort((a, b) => {
      const [sa, pa] = order(a);
      const [sb, pb] = order(b);
      return sa - sb || pa - pb || a.property.localeCompare(b.property) || a.key.localeCompare(b.key);
    })
    .map((g) => factView(g, data));
}

/**
 * Whether an entity has a claims page of its own (/models/<id>/claims/, see entityClaimsHref): a model some
 * fact is about or some claim names. The route makes exactly these pages and the model's page links them.
 */
export function hasClaimsPage(entity: Pick<Entity, 'id' | 'kind'>, data: SiteData): boolean {
  return entity.kind === 'model' && factsFor(entity.id, data).length + claimsMentioning(entity.id, data).length > 0;
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
  return ['vendor', 'agrees', 'reconciled', 'corroborated', ...DISAGREEING_WORST_FIRST, 'uncompared'].flatMap((v) => {
    const count = counts.get(v) ?? 0;
    return count > 0 ? [{ verdict: v, ...verdictLabel(v), count }] : [];
  });
}

/** Facts split into the page's sections (empty sections left out; facts of no section last, under "Other facts"). */
export function factSections(facts: readonly FactView[], data: SiteData): { title: string; id: string; facts: FactView[] }[] {
  const sections = [
    ...data.layout.sections.map((s) => ({ title: s.title, id: s.id, facts: [] as FactView[] })),
    { title: 'Other facts', id: 'other-facts', facts: [] as FactView[] },
  ];
  for (const fact of facts) sections[sectionIndex(fact.property.id, data)]?.facts.push(fact);
  return sections.filter((s) => s.facts.length > 0);
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

/** The key facts about a model for the home page: facts of the properties with a keyFactRank, in rank order, statuses derived. */
export function keyFacts(entityId: string, data: SiteData): FactView[] {
  const rank = (f: FactView): number | null => data.layout.properties.get(f.property.id)?.keyFactRank ?? null;
  return factsFor(entityId, data)
    .filter((f) => rank(f) !== null)
    .sort((a, b) => (rank(a) ?? 0) - (rank(b) ?? 0));
}
