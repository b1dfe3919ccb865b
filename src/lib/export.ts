/**
 * The open data export: rows for /data/*.json and their CSV twins, and a JSON Schema for each.
 * Pure: plain data in, plain data out.
 */
import type { Claim, Entity, Source, Value } from './types.ts';
import { formatValue } from './values.ts';

/** One row of /data/sources.json. */
export interface SourceRow {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  published: string | null;
  retrieved: string | null;
  kind: string;
  tier: number;
  tierRationale: string;
  sha256: string;
  claims: number;
}

/** One row of /data/entities.json. */
export interface EntityRow {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  description: string;
  vendor: string | null;
  family: string | null;
  predecessor: string | null;
  measures: string | null;
  unit: string | null;
  higherIsBetter: boolean | null;
}

/** One row of /data/claims.json. */
export interface ClaimRow {
  id: string;
  source: string;
  subject: string;
  property: string;
  qualifiers: Record<string, string>;
  value: Value;
  display: string;
  unit: string | null;
  quote: string;
  note: string | null;
  url: string;
}

/** Rows for /data/sources.json. */
export function sourceRows(sources: readonly Source[], claims: readonly Claim[]): SourceRow[] {
  return sources.map((s) => ({
    id: s.slug,
    title: s.title,
    publisher: s.publisher,
    url: s.url,
    published: s.published,
    retrieved: s.retrieved,
    kind: s.kind,
    tier: s.tier,
    tierRationale: s.tierRationale,
    sha256: s.sha256,
    claims: claims.filter((c) => c.source === s.slug).length,
  }));
}

/** Rows for /data/entities.json. */
export function entityRows(entities: readonly Entity[]): EntityRow[] {
  return entities.map((e) => ({
    id: e.id,
    kind: e.kind,
    name: e.name,
    aliases: e.aliases,
    description: e.description,
    vendor: e.vendor ?? null,
    family: e.family ?? null,
    predecessor: e.predecessor ?? null,
    measures: e.measures ?? null,
    unit: e.unit ?? null,
    higherIsBetter: e.higherIsBetter ?? null,
  }));
}

/** Rows for /data/claims.json; `claimUrl` turns a claim into its permalink. */
export function claimRows(claims: readonly Claim[], claimUrl: (c: Claim) => string): ClaimRow[] {
  return claims.map((c) => ({
    id: c.id,
    source: c.source,
    subject: c.subject,
    property: c.property,
    qualifiers: c.qualifiers,
    value: c.value,
    display: formatValue(c.value, c.unit),
    unit: c.unit,
    quote: c.quote,
    note: c.note,
    url: claimUrl(c),
  }));
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'object'
      ? Array.isArray(value)
        ? value.join('; ')
        : Object.entries(value as Record<string, unknown>)
            .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
            .join('; ')
      : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Serializes rows to RFC 4180 CSV with a header line; nested values are flattened as "k=v; k=v". */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

const nullable = (type: string | string[]) => ({ type: Array.isArray(type) ? [...type, 'null'] : [type, 'null'] });

const valueSchema = {
  oneOf: [
    {
      type: 'object',
      required: ['type', 'value', 'decimals'],
      properties: { type: { const: 'number' }, value: { type: 'number' }, decimals: { type: 'integer' } },
    },
    {
      type: 'object',
      required: ['type', 'op', 'value', 'decimals'],
      properties: {
        type: { const: 'bound' },
        op: { enum: ['>', '>=', '<', '<='] },
        value: { type: 'number' },
        decimals: { type: 'integer' },
      },
    },
    {
      type: 'object',
      required: ['type', 'value', 'decimals'],
      properties: { type: { const: 'approx' }, value: { type: 'number' }, decimals: { type: 'integer' } },
    },
    {
      type: 'object',
      required: ['type', 'min', 'max', 'decimals'],
      properties: { type: { const: 'range' }, min: { type: 'number' }, max: { type: 'number' }, decimals: { type: 'integer' } },
    },
    { type: 'object', required: ['type', 'value'], properties: { type: { const: 'text' }, value: { type: 'string' } } },
    { type: 'object', required: ['type', 'value'], properties: { type: { const: 'boolean' }, value: { type: 'boolean' } } },
    {
      type: 'object',
      required: ['type', 'value'],
      properties: { type: { const: 'date' }, value: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } },
    },
  ],
};

function arraySchema(id: string, title: string, description: string, properties: Record<string, unknown>) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title,
    description,
    type: 'array',
    items: { type: 'object', additionalProperties: false, required: Object.keys(properties), properties },
  };
}

/** JSON Schemas of the export files, keyed by file name. */
export const EXPORT_SCHEMAS = {
  'sources.schema.json': arraySchema('sources.schema.json', 'Sources', 'Every archived source document.', {
    id: { type: 'string', description: 'Stable source id (slug).' },
    title: { type: 'string', description: 'Title as the document states it.' },
    publisher: { ...nullable('string'), description: 'Publisher; null when the text does not say.' },
    url: { ...nullable('string'), description: 'URL; null unless the text states it.' },
    published: { ...nullable('string'), description: 'Publication date; null unless the text states it.' },
    retrieved: { ...nullable('string'), description: 'Capture date; null when unknown.' },
    kind: { enum: ['vendor', 'press', 'reference', 'wiki', 'glossary', 'blog', 'marketing'], description: 'Kind of publication.' },
    tier: { enum: [1, 2, 3, 4], description: 'Reliability tier derived from kind: 1 vendor ... 4 marketing.' },
    tierRationale: { type: 'string', description: "The editor's reasoning for the tier." },
    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'sha256 of the archived snapshot.' },
    claims: { type: 'integer', description: 'Number of claims extracted from the source.' },
  }),
  'entities.schema.json': arraySchema('entities.schema.json', 'Entities', 'Models, benchmarks, organizations and products.', {
    id: { type: 'string', description: 'Stable entity id.' },
    kind: { enum: ['model', 'benchmark', 'organization', 'product'], description: 'What the entity is.' },
    name: { type: 'string', description: 'Display name.' },
    aliases: { type: 'array', items: { type: 'string' }, description: 'Other spellings.' },
    description: { type: 'string', description: 'One-sentence description.' },
    vendor: { ...nullable('string'), description: 'Models and products: organization id of the maker.' },
    family: { ...nullable('string'), description: 'Models: family name.' },
    predecessor: { ...nullable('string'), description: 'Models: id of the model it succeeds.' },
    measures: { ...nullable('string'), description: 'Benchmarks: what it measures.' },
    unit: { ...nullable('string'), description: 'Benchmarks: unit of scores.' },
    higherIsBetter: { ...nullable('boolean'), description: 'Benchmarks: whether higher is better.' },
  }),
  'claims.schema.json': arraySchema('claims.schema.json', 'Claims', 'Every claim, each with its verbatim quote.', {
    id: { type: 'string', description: 'Stable claim id "<source>/<claim>".' },
    source: { type: 'string', description: 'Source id.' },
    subject: { type: 'string', description: 'Entity id the claim is about.' },
    property: { type: 'string', description: 'Property id from the registry.' },
    qualifiers: { type: 'object', additionalProperties: { type: 'string' }, description: 'Qualifiers such as benchmark or effort.' },
    value: { ...valueSchema, description: 'The typed value as the source states it.' },
    display: { type: 'string', description: 'The value formatted for reading.' },
    unit: { ...nullable('string'), description: 'Unit of a numeric value.' },
    quote: { type: 'string', description: 'Verbatim quote from the archived snapshot.' },
    note: { ...nullable('string'), description: "Editor's note." },
    url: { type: 'string', description: "Path of the claim's permalink page." },
  }),
} as const;

/** CSV column order per export. */
export const CSV_COLUMNS = {
  sources: ['id', 'title', 'publisher', 'url', 'published', 'retrieved', 'kind', 'tier', 'tierRationale', 'sha256', 'claims'],
  entities: ['id', 'kind', 'name', 'aliases', 'description', 'vendor', 'family', 'predecessor', 'measures', 'unit', 'higherIsBetter'],
  claims: ['id', 'source', 'subject', 'property', 'qualifiers', 'display', 'unit', 'quote', 'note', 'url'],
} as const;
