/**
 * The open data export: rows for /data/*.json and their CSV twins, and a JSON Schema for each,
 * generated from the row schemas in src/schemas/export.ts; and the same claim rows as `npm run claims -- --json`
 * lists them, with the drafts beside them. Pure: plain data in, plain data out.
 */
import { z } from 'zod';
import type { Draft } from '../schemas/draft.ts';
import {
  type claimRowSchema,
  type draftClaimRowSchema,
  EXPORTS,
  type entityRowSchema,
  type listedClaimRowSchema,
  type sourceRowSchema,
} from '../schemas/export.ts';
import type { QuoteContext } from './content/units.ts';
import type { Claim, Entity, Source, Tier, Value } from './types.ts';
import { formatValue } from './values.ts';

/** One row of /data/sources.json. */
export type SourceRow = z.output<typeof sourceRowSchema>;

/** One row of /data/entities.json. */
export type EntityRow = z.output<typeof entityRowSchema>;

/** One row of /data/claims.json. */
export type ClaimRow = z.output<typeof claimRowSchema>;

/** An accepted claim in `npm run claims -- --json`: its export row without the permalink, marked draft: false. */
export type ListedClaimRow = z.output<typeof listedClaimRowSchema>;

/** A drafted claim in `npm run claims -- --json`. */
export type DraftClaimRow = z.output<typeof draftClaimRowSchema>;

/** Rows for /data/sources.json. */
export function sourceRows(sources: readonly Source[], claims: readonly Claim[]): SourceRow[] {
  return sources.map((s) => ({
    id: s.slug,
    // An untitled document's `title` is the site's description: exported as such, never as its title.
    title: s.titled ? s.title : null,
    siteDescription: s.titled ? null : s.title,
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

/** The typed columns of a value: kind, operator, number, low, high, decimals, text. */
function valueColumns(v: Value): Pick<ClaimRow, 'valueKind' | 'op' | 'number' | 'low' | 'high' | 'decimals' | 'text'> {
  const none = { op: null, number: null, low: null, high: null, decimals: null, text: null };
  switch (v.type) {
    case 'number':
    case 'approx':
      return { ...none, valueKind: v.type, number: v.value, decimals: v.decimals };
    case 'bound': {
      const lower = v.op === '>' || v.op === '>=';
      return {
        ...none,
        valueKind: 'bound',
        op: v.op,
        number: v.value,
        low: lower ? v.value : null,
        high: lower ? null : v.value,
        decimals: v.decimals,
      };
    }
    case 'range':
      return { ...none, valueKind: 'range', low: v.min, high: v.max, decimals: v.decimals };
    default:
      return { ...none, valueKind: v.type, text: String(v.value) };
  }
}

/** The context columns of a claim row (units.ts): the text around the quote and, in a table, its row and column header. */
function contextColumns(ctx: QuoteContext | null): Pick<ClaimRow, 'contextBefore' | 'contextAfter' | 'row' | 'columnHeader'> {
  return {
    contextBefore: ctx?.contextBefore || null,
    contextAfter: ctx?.contextAfter || null,
    row: ctx?.table?.row ?? null,
    columnHeader: ctx?.table?.columnHeader ?? null,
  };
}

/** What a claim's row is computed from besides the claim: its source's tier, the engine's verdict, its quote's context. */
export interface ClaimRowInputs {
  sources: readonly Source[];
  verdicts: Readonly<Record<string, { verdict: ClaimRow['verdict'] }>>;
  contextOf: (c: Claim) => QuoteContext | null;
}

/** Each claim's export row but its permalink (`url`): what /data/claims.json and `claims --json` share. */
function claimColumns(claims: readonly Claim[], { sources, verdicts, contextOf }: ClaimRowInputs): Omit<ClaimRow, 'url'>[] {
  const tier = new Map(sources.map((s) => [s.slug, s.tier]));
  return claims.map((c) => ({
    id: c.id,
    source: c.source,
    subject: c.subject,
    property: c.property,
    qualifiers: c.qualifiers,
    value: c.value,
    ...valueColumns(c.value),
    display: formatValue(c.value, c.unit),
    unit: c.unit,
    verdict: verdicts[c.id]?.verdict ?? 'uncompared',
    tier: tier.get(c.source) as Tier,
    quote: c.quote,
    spanStart: c.span.start,
    spanEnd: c.span.end,
    ...contextColumns(contextOf(c)),
    note: c.note,
    attributedTo: c.attributedTo ?? null,
  }));
}

/**
 * Rows for /data/claims.json: `claimUrl` turns a claim into its absolute permalink, `verdicts` is the
 * engine's verdict per claim id, `sources` gives each claim's tier.
 */
export function claimRows(
  claims: readonly Claim[],
  claimUrl: (c: Claim) => string,
  sources: readonly Source[],
  verdicts: ClaimRowInputs['verdicts'],
  contextOf: ClaimRowInputs['contextOf'],
): ClaimRow[] {
  return claimColumns(claims, { sources, verdicts, contextOf }).map((row, i) => ({ ...row, url: claimUrl(claims[i] as Claim) }));
}

/** Accepted claims as `npm run claims -- --json` lists them: their export rows without `url`, marked draft: false. */
export function listedClaimRows(claims: readonly Claim[], inputs: ClaimRowInputs): ListedClaimRow[] {
  return claimColumns(claims, inputs).map((row) => ({ draft: false, ...row }));
}

/** A source's drafted claim as `npm run claims -- --json` lists it, in the export row's names, marked draft: true. */
export function draftClaimRow(source: string, d: Draft): DraftClaimRow {
  return {
    draft: true,
    id: `${source}/${d.id}`,
    source,
    subject: d.subject,
    property: d.property,
    qualifiers: d.qualifiers,
    value: d.value,
    unit: d.unit ?? null,
    quote: d.quote,
    spanStart: d.span.start,
    spanEnd: d.span.end,
    columnHeader: d.header ?? null,
    attribution: d.attribution ?? null,
    open: d.open,
  };
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

/** The JSON Schema of an export file: an array of its rows, generated from the row schema. */
function arraySchema(id: keyof typeof EXPORTS) {
  const { title, description, row } = EXPORTS[id];
  return z.toJSONSchema(z.array(row).meta({ $id: id, title, description }), { target: 'draft-2020-12' });
}

/** JSON Schemas of the export files, keyed by file name. */
export const EXPORT_SCHEMAS = {
  'sources.schema.json': arraySchema('sources.schema.json'),
  'entities.schema.json': arraySchema('entities.schema.json'),
  'claims.schema.json': arraySchema('claims.schema.json'),
} as const;

/** CSV column order per export. */
export const CSV_COLUMNS = {
  sources: [
    'id',
    'title',
    'siteDescription',
    'publisher',
    'url',
    'published',
    'retrieved',
    'kind',
    'tier',
    'tierRationale',
    'sha256',
    'claims',
  ],
  entities: ['id', 'kind', 'name', 'aliases', 'description', 'vendor', 'family', 'predecessor', 'measures', 'unit', 'higherIsBetter'],
  claims: [
    'id',
    'source',
    'subject',
    'property',
    'qualifiers',
    'valueKind',
    'op',
    'number',
    'low',
    'high',
    'decimals',
    'text',
    'display',
    'unit',
    'verdict',
    'tier',
    'quote',
    'spanStart',
    'spanEnd',
    'contextBefore',
    'contextAfter',
    'row',
    'columnHeader',
    'note',
    'attributedTo',
    'url',
  ],
} as const;
