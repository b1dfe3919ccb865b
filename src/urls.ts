/**
 * Every internal URL is built here, so the site works under a sub-path (BASE_PATH) too.
 */

import { ENTITY_FOLDERS } from './lib/kinds.ts';
import type { Claim, Entity } from './lib/types.ts';

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A path inside the site, prefixed with the base: href('sources/') -> '/codex-claims/sources/'. */
export function href(path = ''): string {
  return `${BASE}${path.replace(/^\//, '')}`;
}

/** Permalink of a claim. */
export function claimHref(claim: Pick<Claim, 'source' | 'localId'>): string {
  return href(`claims/${claim.source}/${claim.localId}/`);
}

/** Page of a source. */
export function sourceHref(slug: string): string {
  return href(`sources/${slug}/`);
}

/** The page of one section of a source's claims: sourceSectionHref('openai-x', 'benchmarks') -> '/sources/openai-x/claims/benchmarks/'. */
export function sourceSectionHref(slug: string, section: string): string {
  return href(`sources/${slug}/claims/${section}/`);
}

/**
 * The page of one section of a model's facts: /models/<id>/claims/<section>/ (its claims page is the contents);
 * for an entity of another kind, its own page, which lists every section.
 */
export function entityClaimsSectionHref(entity: Pick<Entity, 'id' | 'kind'>, section: string): string {
  return entity.kind === 'model' ? `${entityClaimsHref(entity)}${section}/` : entityHref(entity);
}

/** One section of an entity's editors' text on a page of its own (see textSections): '/models/gpt-5-3-codex/about/speed/'. */
export function entityTextHref(entity: Pick<Entity, 'id' | 'kind'>, section: string): string {
  return href(`${ENTITY_FOLDERS[entity.kind]}/${entity.id}/about/${section}/`);
}

/** The index page of an entity kind: entitySectionHref('model') -> '/models/'. */
export function entitySectionHref(kind: Entity['kind']): string {
  return href(`${ENTITY_FOLDERS[kind]}/`);
}

/** Page of an entity. */
export function entityHref(entity: Pick<Entity, 'id' | 'kind'>): string {
  return href(`${ENTITY_FOLDERS[entity.kind]}/${entity.id}/`);
}

/**
 * The page that lists every claim about an entity, fact by fact: a model's claims page
 * (/models/<id>/claims/: its own page stays an overview), any other entity's own page.
 */
export function entityClaimsHref(entity: Pick<Entity, 'id' | 'kind'>): string {
  return entity.kind === 'model' ? href(`${ENTITY_FOLDERS.model}/${entity.id}/claims/`) : entityHref(entity);
}

/** Page of a finding. */
export function findingHref(id: string): string {
  return href(`discrepancies/${id}/`);
}

/** The ways the list of findings can be narrowed, each a pre-rendered folder under /discrepancies/. */
export type FindingFilter = 'kind' | 'severity' | 'model' | 'source';

/** The "not disclosed" table pre-rendered in one order (see UNDISCLOSED_ORDERS): '/discrepancies/not-disclosed/by-severity/'. */
export function undisclosedOrderHref(order: string): string {
  return href(`discrepancies/not-disclosed/by-${order}/`);
}

/** One section of the "not disclosed" table with every column (see undisclosedSections): '/discrepancies/not-disclosed/safety/'. */
export function undisclosedSectionHref(section: string): string {
  return href(`discrepancies/not-disclosed/${section}/`);
}

/** A pre-rendered filtered list of findings: findingFilterHref('kind', 'conflict') -> '/discrepancies/kind/conflict/'. */
export function findingFilterHref(filter: FindingFilter, value: string): string {
  return href(`discrepancies/${filter}/${value}/`);
}
