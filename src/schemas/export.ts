/**
 * Rows of the open data export (/data/{sources,entities,claims}.json and their CSV twins). The
 * export's JSON Schemas are generated from these with `z.toJSONSchema()` (src/lib/export.ts), so the
 * published schemas and the rows the site writes cannot drift apart.
 */
import { z } from 'zod';
import { VERDICTS } from '../lib/engine/types.ts';
import { draftSchema, openFieldSchema } from './draft.ts';
import { ENTITY_KINDS } from './entity.ts';
import { SOURCE_KINDS, TIERS } from './source.ts';
import { BOUND_OPS, partialDate, valueSchema } from './value.ts';

/** Kinds of claim value (the `type` of the typed value). */
export const VALUE_KINDS = ['number', 'bound', 'approx', 'range', 'text', 'boolean', 'date'] as const;

/** The engine's verdicts on a claim, defined once with the engine's `Verdict` type. */
export { VERDICTS };

const nullableText = (description: string) => z.string().nullable().meta({ description });

/** A stated date, or null: its JSON Schema declares `format: "date"` for full dates and a pattern for YYYY-MM and YYYY. */
const nullableDate = (description: string) => partialDate().nullable().meta({ description });

export const sourceRowSchema = z.strictObject({
  id: z.string().meta({ description: 'Stable source id (slug).' }),
  title: nullableText('Title as the document states it; null when the document states no title of its own (see siteDescription).'),
  siteDescription: nullableText(
    "For a document that states no title of its own: the site's description of it (written by Codex Claims, not by the document, and never its title); null when the document has a title.",
  ),
  publisher: nullableText('Publisher; null when the text does not say.'),
  url: z.url().nullable().meta({ description: 'URL; null unless the text states it.' }),
  published: nullableDate('Publication date (YYYY-MM-DD, YYYY-MM or YYYY); null unless the text states it.'),
  retrieved: nullableDate('Capture date (YYYY-MM-DD, YYYY-MM or YYYY); null when unknown.'),
  kind: z.enum(SOURCE_KINDS).meta({ description: 'Kind of publication.' }),
  tier: z.literal(TIERS).meta({ description: 'Reliability tier derived from kind: 1 vendor ... 4 marketing.' }),
  tierRationale: z.string().meta({ description: "The editor's reasoning for the tier." }),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .meta({ description: 'sha256 of the archived snapshot.' }),
  claims: z.int().min(0).meta({ description: 'Number of claims extracted from the source.' }),
});

export const entityRowSchema = z.strictObject({
  id: z.string().meta({ description: 'Stable entity id.' }),
  kind: z.enum(ENTITY_KINDS).meta({ description: 'What the entity is.' }),
  name: z.string().meta({ description: 'Display name.' }),
  aliases: z.array(z.string()).meta({ description: 'Other spellings.' }),
  description: z.string().meta({ description: 'One-sentence description.' }),
  vendor: nullableText('Models and products: organization id of the maker.'),
  family: nullableText('Models: family name.'),
  predecessor: nullableText('Models: id of the model it succeeds.'),
  measures: nullableText('Benchmarks: what it measures.'),
  unit: nullableText('Benchmarks: unit of scores.'),
  higherIsBetter: z.boolean().nullable().meta({ description: 'Benchmarks: whether higher is better.' }),
});

export const claimRowSchema = z.strictObject({
  id: z.string().meta({ description: 'Stable claim id "<source>/<claim>".' }),
  source: z.string().meta({ description: 'Source id.' }),
  subject: z.string().meta({ description: 'Entity id the claim is about.' }),
  property: z.string().meta({ description: 'Property id from the registry.' }),
  qualifiers: z.record(z.string(), z.string()).meta({ description: 'Qualifiers such as benchmark or effort.' }),
  value: valueSchema.meta({ description: 'The typed value as the source states it.' }),
  valueKind: z.enum(VALUE_KINDS).meta({ description: 'Kind of value: number, bound, approx, range, text, boolean or date.' }),
  op: z.enum(BOUND_OPS).nullable().meta({ description: 'Bounds: the comparison (>, >=, <, <=); null otherwise.' }),
  number: z.number().nullable().meta({ description: 'Number, approx and bound values: the number stated; null otherwise.' }),
  low: z.number().nullable().meta({ description: 'Ranges: the lower end; bounds > and >=: the limit; null otherwise.' }),
  high: z.number().nullable().meta({ description: 'Ranges: the upper end; bounds < and <=: the limit; null otherwise.' }),
  decimals: z.int().nullable().meta({ description: 'Numeric values: the stated precision (77.3 has 1); null otherwise.' }),
  text: nullableText('Text, boolean (true/false) and date values as stated; null for numeric values.'),
  display: z.string().meta({ description: 'The value formatted for reading.' }),
  unit: nullableText('Unit of a numeric value.'),
  verdict: z.enum(VERDICTS).meta({ description: "The engine's verdict on the claim, compared with the vendor's own figures." }),
  tier: z.literal(TIERS).meta({ description: "The source's reliability tier: 1 vendor ... 4 marketing." }),
  quote: z.string().meta({
    description:
      "The snapshot's own characters at the claim's span: snapshot.slice(spanStart, spanEnd), byte for byte (the editor's typed quote was located tolerating only whitespace runs and typographic quote and dash variants).",
  }),
  spanStart: z.int().meta({
    description:
      'Offset of the quote in the snapshot, in UTF-16 code units (JavaScript string index), from the start of snapshot.txt decoded as UTF-8.',
  }),
  spanEnd: z.int().meta({ description: 'Offset after the quote in the snapshot, in UTF-16 code units, end exclusive.' }),
  contextBefore: z.string().nullable().meta({
    description:
      "The snapshot's own characters right before the quote: from the start of the sentence (or list item) before the quote's sentence up to spanStart, so snapshot.slice(spanStart - contextBefore.length, spanStart) === contextBefore. Inside a table it is only the start of the quote's first cell (see row, columnHeader). null when there is no such text (the quote starts the snapshot or its cell).",
  }),
  contextAfter: z.string().nullable().meta({
    description:
      "The snapshot's own characters right after the quote: from spanEnd to the end of the sentence (or list item) after the quote's sentence; inside a table, only the rest of the quote's last cell. null when there is no such text.",
  }),
  row: z.array(z.string()).nullable().meta({
    description: 'For a quote inside a table: the cells of its row, in the snapshot\'s characters (an empty cell is ""); null otherwise.',
  }),
  columnHeader: nullableText(
    'For a quote inside a table: the header cell of the column its figure stands in (e.g. "GPT-5.2-Codex (xhigh)"); null outside tables, in a table without a header row, or when the quote is not about one column.',
  ),
  note: nullableText("Editor's note."),
  attributedTo: nullableText(
    'Organization id of the party the source says made the statement ("OpenAI said…"), checked against that party’s own source; null when the source states it itself.',
  ),
  url: z.url().meta({ description: "Absolute URL of the claim's permalink page." }),
});

/**
 * A claim as `npm run claims -- --json` lists it: an accepted claim is its export row, marked `"draft": false`,
 * without `url` (the permalink depends on the SITE_URL and BASE_PATH of a build, which the editor command has none of).
 */
export const listedClaimRowSchema = claimRowSchema.omit({ url: true }).extend({ draft: z.literal(false) });

/**
 * A drafted claim as `npm run claims -- --json` lists it, marked `"draft": true`: the export row's columns that a
 * draft has, under the same names (subject and property null while open), its value in claim notation as in
 * drafts.yaml, the reporting party the sentence names, and what is still open.
 */
export const draftClaimRowSchema = claimRowSchema
  .pick({ id: true, source: true, qualifiers: true, unit: true, quote: true, spanStart: true, spanEnd: true, columnHeader: true })
  .extend({
    draft: z.literal(true),
    subject: claimRowSchema.shape.subject.nullable(),
    property: claimRowSchema.shape.property.nullable(),
    value: draftSchema.shape.value,
    attribution: z.string().nullable(),
    open: z.array(openFieldSchema),
  });

/** What `npm run claims -- --json` prints: accepted claims and drafts, told apart by `draft`. */
export const claimListingSchema = z.array(z.discriminatedUnion('draft', [listedClaimRowSchema, draftClaimRowSchema]));

/** The three exports: file name of the JSON Schema, its title and description, and the row schema. */
export const EXPORTS = {
  'sources.schema.json': { title: 'Sources', description: 'Every archived source document.', row: sourceRowSchema },
  'entities.schema.json': { title: 'Entities', description: 'Models, benchmarks, organizations and products.', row: entityRowSchema },
  'claims.schema.json': {
    title: 'Claims',
    description: "Every claim, each with the exact text of its snapshot it quotes and that text's offsets (UTF-16 code units).",
    row: claimRowSchema,
  },
} as const;
