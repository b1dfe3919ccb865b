/**
 * Lookups the rules share: sources, entities, properties, which sources are the vendor, and which
 * subjects are the vendor's own (so that its silence about them means "not disclosed").
 */
import type { Entity, Property, Source } from '../types.ts';
import { slugify } from './ids.ts';
import type { AnalysisInput } from './types.ts';

/**
 * Compatibility export for the methodology page, which lists these labels in this order; the engine
 * itself reads `singleValued` from each property of its input (content/properties/*.yaml). A unit
 * test (tests/unit/engine/registry.test.ts) keeps this list equal to the registry's; derive the page's
 * list from the properties and delete this.
 */
export const SINGLE_VALUED_TEXT_PROPERTIES: ReadonlySet<string> = new Set([
  'hardware',
  'co-designed-hardware',
  'developer',
  'model-identifier',
  'full-name',
  'steering-setting',
  'model-family',
]);

/** Everything the rules look up, built once per analysis. */
export interface Context {
  /** Sources by slug. */
  sources: ReadonlyMap<string, Source>;
  /** Entities by id. */
  entities: ReadonlyMap<string, Entity>;
  /** Properties by id. */
  properties: ReadonlyMap<string, Property>;
  /** Slugs of the vendor (tier 1) sources. */
  vendorSources: ReadonlySet<string>;
  /** Organization ids of the vendor sources' publishers. */
  vendorOrgs: ReadonlySet<string>;
  /** How summaries name the vendor ("OpenAI"). */
  vendorName: string;
  /** Subjects a vendor source says the vendor developed (a property with `identifiesDeveloper`), e.g. its own benchmark GDPval. */
  vendorDeveloped: Set<string>;
  /**
   * Each organization's own sources: the slugs of the sources whose publisher is that organization (its id,
   * name or an alias; see findOrganization), sorted. What a claim attributes to a party is checked against these.
   */
  partySources: ReadonlyMap<string, readonly string[]>;
}

/** Builds the lookups; deterministic whatever the input order. */
export function buildContext(input: AnalysisInput): Context {
  const sources = new Map<string, Source>();
  for (const s of [...input.sources].sort((a, b) => cmp(a.slug, b.slug))) if (!sources.has(s.slug)) sources.set(s.slug, s);
  const entities = new Map<string, Entity>();
  for (const e of [...input.entities].sort((a, b) => cmp(a.id, b.id))) if (!entities.has(e.id)) entities.set(e.id, e);
  const properties = new Map<string, Property>();
  for (const p of [...input.properties].sort((a, b) => cmp(a.id, b.id))) if (!properties.has(p.id)) properties.set(p.id, p);

  const vendorSources = new Set<string>();
  const vendorOrgs = new Set<string>();
  const partySources = new Map<string, string[]>();
  const publishers: string[] = [];
  for (const s of sources.values()) {
    const org = s.publisher ? (findOrganization(entities, s.publisher) ?? slugify(s.publisher)) : null;
    if (org !== null) {
      const own = partySources.get(org);
      if (own) own.push(s.slug);
      else partySources.set(org, [s.slug]);
    }
    if (s.tier !== 1) continue;
    vendorSources.add(s.slug);
    if (s.publisher && org !== null) {
      publishers.push(s.publisher);
      vendorOrgs.add(org);
    }
  }
  publishers.sort(cmp);
  return {
    sources,
    entities,
    properties,
    vendorSources,
    vendorOrgs,
    vendorName: publishers[0] ?? 'the vendor',
    vendorDeveloped: new Set(),
    partySources,
  };
}

/** The organization entity a publisher's name is (its id, name or an alias), or null. */
export function findOrganization(entities: ReadonlyMap<string, Entity>, publisher: string): string | null {
  const wanted = publisher.trim().toLowerCase();
  for (const e of entities.values()) {
    if (e.kind !== 'organization') continue;
    if (e.id === slugify(publisher) || e.name.toLowerCase() === wanted || e.aliases.some((a) => a.toLowerCase() === wanted)) return e.id;
  }
  return null;
}

/** Code-point string order (locale-independent, so results never depend on the machine). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether the vendor is the authority on a subject, so that a figure only others give counts as
 * "not disclosed by the vendor": the vendor organization itself, any entity (model, product) whose
 * `vendor` is that organization, and any subject the vendor's own source says it developed (a claim
 * of a property with `identifiesDeveloper: true` naming the vendor: OpenAI's benchmark GDPval). Third-party benchmarks, other
 * vendors' models and other companies are not: the vendor's silence about them means nothing.
 */
export function isVendorScoped(ctx: Context, subject: string): boolean {
  if (ctx.vendorOrgs.has(subject) || ctx.vendorDeveloped.has(subject)) return true;
  const entity = ctx.entities.get(subject);
  return entity?.vendor != null && ctx.vendorOrgs.has(entity.vendor);
}

/** Whether different texts for this text property contradict: its registry entry says `singleValued: true`. */
export function isSingleValuedText(property: Property | undefined): boolean {
  return property?.singleValued === true;
}

/** Whether a claim of this property names its subject's developer (registry field `identifiesDeveloper`). */
export function identifiesDeveloper(property: Property | undefined): boolean {
  return property?.identifiesDeveloper === true;
}
