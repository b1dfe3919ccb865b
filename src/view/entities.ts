/** Entities: links, a model's family, related entities, timelines and counts. */
import type { SiteData } from '../data.ts';
import { QUALIFIERS } from '../lib/qualifiers.ts';
import type { Entity, EntityKind } from '../lib/types.ts';
import { entityHref } from '../urls.ts';
import { claimView, type SourceRef } from './claims.ts';
import { indexOf } from './indexes.ts';
import { lowerFirst } from './labels.ts';

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
        label: `${subject.name}: ${lowerFirst(view.property)}`,
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
