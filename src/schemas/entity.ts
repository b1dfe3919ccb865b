/** Frontmatter shared by every entity (models, benchmarks, organizations, products), and the typed entity they become. */
import { z } from 'zod';
import { text } from './common.ts';

/** Entity kinds that a claim may be about. */
export const ENTITY_KINDS = ['model', 'benchmark', 'organization', 'product'] as const;

/** Fields every entity has. */
export const entityBase = {
  /** Display name. */
  name: text(),
  /** Other spellings people type, used by search and name matching. */
  aliases: z
    .array(z.string({ error: 'a non-empty text' }).min(1, { error: 'a non-empty text' }), {
      error: 'a list of texts (may be empty: aliases: [])',
    })
    .default([]),
  /** One sentence in the editors' own words. */
  description: text(),
};

/** Anything a claim can be about: a model, a benchmark, an organization or a product (the validator's output). */
export const entityRecordSchema = z.object({
  /** Stable id used in URLs and in claims' `subject`. */
  id: z.string(),
  /** What the entity is. */
  kind: z.enum(ENTITY_KINDS),
  /** Display name. */
  name: z.string(),
  /** Other spellings people use (for search and for matching in text). */
  aliases: z.array(z.string()),
  /** One-sentence description in the editors' own words. */
  description: z.string(),
  /** Model: organization id of the vendor. Product: organization id of the maker. */
  vendor: z.string().nullable().optional(),
  /** Model: family name, e.g. "GPT-5 Codex". */
  family: z.string().nullable().optional(),
  /** Model: id of the model it succeeds, if any. */
  predecessor: z.string().nullable().optional(),
  /** Benchmark: what it measures, in one sentence. */
  measures: z.string().optional(),
  /** Benchmark: unit of its scores, from the unit registry (usually "%"). */
  unit: z.string().optional(),
  /** Benchmark: whether a higher score is better. */
  higherIsBetter: z.boolean().optional(),
  /** Repository-relative path of the entity's file. */
  file: z.string(),
});
