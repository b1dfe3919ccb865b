/**
 * SiteData (the shape the pipeline hands the templates) without astro:content: the real content folder
 * through the pipeline itself, or a small synthetic world written in the test, so the route data
 * (src/view/) can be tested alone.
 */
import { tierOf } from '../../../src/lib/content/validate.ts';
import { analyze } from '../../../src/lib/engine/index.ts';
import type { Claim, Entity, Property, Source, SourceKind } from '../../../src/lib/types.ts';
import { parseValue } from '../../../src/lib/values.ts';
import { propertyEntry } from '../../../src/schemas/property.ts';
import { emptyLayout, type Layout, type PropertyPlacement } from '../../../src/site/layout.ts';
import { loadSite, type SiteData, siteDataOf } from '../../../src/site/pipeline.ts';

/** SiteData from plain arrays, analysed by the real engine, laid out as `layout` says. */
export function siteData(
  input: { sources: Source[]; entities: Entity[]; properties: Property[]; claims: Claim[] },
  layout: Layout = emptyLayout(),
): SiteData {
  return siteDataOf({ ...input, notes: [], citations: [] }, analyze(input), layout);
}

/** A layout from sections and per-property placements (what content/sections.yaml and the registry's fields say). */
export function layout(sections: { id: string; title: string }[], placements: Record<string, Partial<PropertyPlacement>>): Layout {
  return {
    sections,
    properties: new Map(
      Object.entries(placements).map(([id, p]) => [
        id,
        {
          section: p.section ?? null,
          sectionRank: p.sectionRank ?? 0,
          keyFactRank: p.keyFactRank ?? null,
          benchmarkRole: p.benchmarkRole ?? null,
        },
      ]),
    ),
  };
}

/** SiteData of the real content folder, from the pipeline (throws the validator's report on content errors). */
export function realSite(): SiteData {
  return loadSite();
}

/** A source of the given kind (tier derived from it). */
export function source(slug: string, kind: SourceKind, publisher: string | null = null, title = `Title of ${slug}`): Source {
  return {
    slug,
    title,
    publisher,
    url: null,
    published: kind === 'vendor' ? '2026-02-05' : null,
    retrieved: null,
    kind,
    tier: tierOf(kind),
    tierRationale: 'test',
    sha256: '0'.repeat(64),
    description: `Description of ${slug}.`,
    file: `content/sources/${slug}/index.mdx`,
    titled: true,
    notClaims: [],
    coverage: 'checked',
  };
}

/** An entity. */
export function entity(id: string, kind: Entity['kind'], extra: Partial<Entity> = {}): Entity {
  return {
    id,
    kind,
    name: extra.name ?? id.toUpperCase(),
    aliases: [],
    description: `About ${id}.`,
    file: `content/${kind}s/${id}.mdx`,
    ...extra,
  };
}

/** A property. */
export function property(id: string, valueType: Property['valueType'], extra: Partial<Property> = {}): Property {
  return propertyEntry({
    id,
    label: extra.label ?? id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' '),
    description: `What ${id} means.`,
    valueType,
    ...extra,
  });
}

/** A claim whose value is parsed by the real parser for its property. */
export function claim(
  props: Property[],
  src: string,
  localId: string,
  subject: string,
  propertyId: string,
  raw: string | boolean,
  qualifiers: Record<string, string> = {},
  quote = `The quote of ${localId}.`,
): Claim {
  const p = props.find((x) => x.id === propertyId);
  if (!p) throw new Error(`Unknown test property ${propertyId}`);
  const parsed = parseValue(raw, p);
  if (!parsed.ok) throw new Error(`Test value ${String(raw)} does not parse as ${p.valueType}: expected ${parsed.expected}`);
  return {
    id: `${src}/${localId}`,
    localId,
    source: src,
    subject,
    property: propertyId,
    qualifiers,
    value: parsed.value,
    raw: String(raw),
    unit: p.unit,
    quote,
    span: { start: 0, end: quote.length },
    figure: null,
    note: null,
    file: `content/sources/${src}/index.mdx`,
    line: 1,
  };
}

/**
 * A small world: OpenAI's launch post (vendor) and a blog, about a model family with a predecessor,
 * covering every fact status and the benchmark-matrix cases (vendor figure, a source's dash, a
 * misattributed figure, a figure only the blog gives).
 */
export function world(): SiteData {
  const props = [
    property('benchmark-score', 'number', { unit: '%', requiredQualifiers: ['benchmark'] }),
    property('benchmark-reported', 'boolean', { requiredQualifiers: ['benchmark'] }),
    property('availability', 'enum', { values: ['available', 'not-yet-available'] }),
    property('parameter-count', 'number', { unit: 'parameters' }),
    property('release-date', 'date'),
    property('developer', 'text'),
    property('human-baseline', 'number', { unit: '%' }),
    property('descends-from', 'boolean', { requiredQualifiers: ['comparedTo'] }),
  ];
  const entities = [
    entity('openai', 'organization', { name: 'OpenAI' }),
    entity('acme', 'organization', { name: 'Acme' }),
    entity('m1', 'model', { name: 'Model One', vendor: 'openai', family: 'F', predecessor: null }),
    entity('m2', 'model', { name: 'Model Two', vendor: 'openai', family: 'F', predecessor: 'm1' }),
    entity('m3', 'model', { name: 'Model Three', vendor: 'openai', family: 'F', predecessor: 'm2' }),
    entity('rival', 'model', { name: 'Rival', vendor: 'acme', family: null, predecessor: null }),
    entity('bench', 'benchmark', { name: 'Bench', unit: '%', higherIsBetter: true, measures: 'Things.' }),
    entity('other-bench', 'benchmark', { name: 'Other Bench', unit: '%', higherIsBetter: true }),
  ];
  const sources = [source('launch', 'vendor', 'OpenAI'), source('blog', 'blog'), source('wiki', 'wiki')];
  const c = (src: string, id: string, subject: string, prop: string, raw: string | boolean, q: Record<string, string> = {}) =>
    claim(props, src, id, subject, prop, raw, q);
  const claims = [
    c('launch', 'm3-score', 'm3', 'benchmark-score', '77.3', { benchmark: 'bench', effort: 'xhigh' }),
    c('launch', 'm2-score', 'm2', 'benchmark-score', '64.0', { benchmark: 'bench', effort: 'xhigh' }),
    c('launch', 'm1-score', 'm1', 'benchmark-score', '62.2', { benchmark: 'bench', effort: 'xhigh' }),
    c('launch', 'm2-other-dash', 'm2', 'benchmark-reported', false, { benchmark: 'other-bench' }),
    c('launch', 'm3-other', 'm3', 'benchmark-score', '70.9', { benchmark: 'other-bench' }),
    c('launch', 'm3-api', 'm3', 'availability', 'not-yet-available', {}),
    c('launch', 'm3-release', 'm3', 'release-date', '2026-02-05'),
    c('launch', 'm2-release', 'm2', 'release-date', '2025-12-18'),
    c('launch', 'm3-developer', 'm3', 'developer', 'openai'),
    c('launch', 'bench-baseline', 'bench', 'human-baseline', '~72'),
    c('blog', 'm3-score', 'm3', 'benchmark-score', '77.3', { benchmark: 'bench' }),
    c('blog', 'm1-score', 'm1', 'benchmark-score', '64.0', { benchmark: 'bench' }),
    c('blog', 'm3-api', 'm3', 'availability', 'available'),
    c('blog', 'm3-params', 'm3', 'parameter-count', '1.5 trillion'),
    c('blog', 'm3-developer', 'm3', 'developer', 'openai'),
    c('blog', 'rival-developer', 'rival', 'developer', 'acme'),
    c('wiki', 'm3-lineage', 'm3', 'descends-from', true, { comparedTo: 'm1' }),
  ];
  const placements = layout([{ id: 'identity', title: 'Identity' }], {
    'release-date': { section: 'identity', sectionRank: 1, keyFactRank: 1 },
    developer: { section: 'identity', sectionRank: 2, keyFactRank: 2 },
    'benchmark-score': { keyFactRank: 3, benchmarkRole: 'score' },
    'benchmark-reported': { benchmarkRole: 'reported' },
    availability: { keyFactRank: 4 },
    'parameter-count': { keyFactRank: 5 },
    'human-baseline': { benchmarkRole: 'human-baseline' },
  });
  return siteData({ sources, entities, properties: props, claims }, placements);
}
