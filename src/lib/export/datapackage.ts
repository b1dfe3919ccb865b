/**
 * Frictionless Data Package (https://datapackage.org/, v2.0): /data/datapackage.json describes every export
 * file; each CSV has a Table Schema derived from the JSON Schema of its rows (types, required, enums,
 * patterns) with primary and foreign keys between sources, entities, claims and findings. Pure.
 */
import { DATA_LICENSE } from './licence.ts';

/** The Data Package profile this descriptor follows. */
export const DATAPACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  description?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

/** A Table Schema field. */
export interface TableField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
  format?: 'uri';
  description: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: unknown[]; pattern?: string };
}

/** A Table Schema. */
export interface TableSchema {
  $schema: string;
  fields: TableField[];
  missingValues: string[];
  primaryKey: string[];
  foreignKeys?: { fields: string[]; reference: { resource?: string; fields: string[] } }[];
}

/** The non-null alternatives of a JSON Schema (zod writes nullable fields as anyOf [T, null] or type [T, "null"]). */
function alternatives(s: JsonSchema): JsonSchema[] {
  if (s.anyOf) return s.anyOf.flatMap(alternatives);
  if (Array.isArray(s.type)) return s.type.filter((t) => t !== 'null').map((type) => ({ ...s, type }));
  return s.type === 'null' ? [] : [s];
}

function nullable(s: JsonSchema): boolean {
  return (s.anyOf ?? []).some((a) => a.type === 'null') || (Array.isArray(s.type) && s.type.includes('null'));
}

/** The Table Schema field of one CSV column, from the JSON Schema of the same JSON field. */
function field(name: string, s: JsonSchema, required: boolean): TableField {
  const alts = alternatives(s);
  const one = alts.length === 1 ? (alts[0] as JsonSchema) : {};
  const values = one.enum ?? (one.const !== undefined ? [one.const] : undefined);
  const integers = values?.every((v) => Number.isInteger(v)) === true;
  const jsonType =
    one.type === 'number' && integers ? 'integer' : typeof one.type === 'string' ? one.type : integers ? 'integer' : 'string';
  // Objects (qualifiers) and lists are flattened to text in the CSV ("k=v; k=v", "a; b").
  const type = jsonType === 'integer' || jsonType === 'number' || jsonType === 'boolean' ? jsonType : 'string';
  const listed =
    jsonType === 'array'
      ? ' In the CSV, items are joined with "; " (empty when there are none).'
      : jsonType === 'object'
        ? ' In the CSV, written as "key=value; key=value" (empty when there are none).'
        : '';
  const constraints: TableField['constraints'] = {
    // An empty list or map is an empty cell in the CSV, so only scalar fields can be required there.
    ...(required && !nullable(s) && listed === '' ? { required: true } : {}),
    ...(values && type !== 'boolean' ? { enum: values.map((v) => (type === 'string' ? String(v) : v)) } : {}),
    ...(one.pattern && type === 'string' ? { pattern: one.pattern } : {}),
  };
  return {
    name,
    type,
    ...(one.format === 'uri' ? { format: 'uri' as const } : {}),
    description: `${s.description ?? one.description ?? ''}${listed}`.trim(),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/** A CSV export described for the package. */
export interface TableSpec {
  /** Resource name, also the file stem: `claims` for claims.csv and claims.json. */
  name: string;
  title: string;
  description: string;
  /** The CSV's columns, in order. */
  columns: readonly string[];
  /** JSON Schema of the JSON file: an array of row objects. */
  jsonSchema: object;
  foreignKeys?: TableSchema['foreignKeys'];
}

/** The Table Schema of a CSV export: its columns typed from the rows' JSON Schema, `id` the primary key. */
export function tableSchema(spec: TableSpec): TableSchema {
  const items = (spec.jsonSchema as JsonSchema).items ?? {};
  const fields = spec.columns.map((name) => {
    const s = items.properties?.[name];
    if (!s)
      throw new Error(
        `${spec.name}.csv: column "${name}" is not a field of ${spec.name}.schema.json; add it to the row schema or drop the column`,
      );
    return field(name, s, (items.required ?? []).includes(name));
  });
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields,
    missingValues: [''],
    primaryKey: ['id'],
    ...(spec.foreignKeys ? { foreignKeys: spec.foreignKeys } : {}),
  };
}

/** Metadata of the package. */
export interface PackageInfo {
  /** Absolute URL of /data/ (the homepage) and the base of every resource path. */
  home: string;
  title: string;
  description: string;
  version: string;
  /** ISO 8601 date-time of the content's last change. */
  created: string;
  keywords: readonly string[];
  /** The archived documents the data comes from. */
  sources: readonly { title: string; path: string }[];
  /** Other files: name, file, media type, description (JSON files, annotations). */
  files: readonly { name: string; path: string; mediatype: string; description: string }[];
}

/** The Data Package descriptor. */
export function dataPackage(info: PackageInfo, tables: readonly TableSpec[]): object {
  const path = (file: string) => new URL(file, info.home).href;
  return {
    $schema: DATAPACKAGE_PROFILE,
    name: 'codex-claims',
    id: path('datapackage.json'),
    title: info.title,
    description: info.description,
    homepage: info.home,
    version: info.version,
    created: info.created,
    keywords: [...info.keywords],
    licenses: [{ name: DATA_LICENSE.name, path: DATA_LICENSE.path, title: DATA_LICENSE.title }],
    contributors: [{ title: 'Codex Claims', path: info.home, roles: ['creator'] }],
    sources: info.sources.map((s) => ({ title: s.title, path: s.path })),
    resources: [
      ...tables.map((t) => ({
        name: t.name,
        type: 'table',
        path: path(`${t.name}.csv`),
        title: t.title,
        description: t.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: {
          $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json',
          header: true,
          delimiter: ',',
          lineTerminator: '\r\n',
        },
        schema: tableSchema(t),
      })),
      ...info.files.map((f) => ({
        name: f.name,
        path: path(f.path),
        format: f.path.split('.').pop(),
        mediatype: f.mediatype,
        encoding: 'utf-8',
        description: f.description,
      })),
    ],
  };
}
