/** content/properties/<id>.yaml: one entry of the property registry. */
import { z } from 'zod';
import { slug, text } from './common.ts';

/** Value types a property may declare. */
export const VALUE_TYPES = ['number', 'text', 'enum', 'boolean', 'date'] as const;

export const propertySchema = z.strictObject({
  /** Human label, e.g. "Benchmark score". */
  label: text('label'),
  /** What the property means, in one sentence. */
  description: text('description'),
  /** The value type every claim of this property must have. */
  valueType: z.enum(VALUE_TYPES, { error: `valueType: one of ${VALUE_TYPES.join(', ')}` }),
  /** Canonical unit for number properties (from the unit registry); omit otherwise. */
  unit: z.string({ error: 'unit: a unit id such as "%"' }).nullable().default(null),
  /** Allowed values for enum properties. */
  values: z.array(text('values[]'), { error: 'values: a list of allowed texts' }).default([]),
  /** Qualifier keys a claim of this property must carry. */
  requiredQualifiers: z.array(z.string(), { error: 'requiredQualifiers: a list of qualifier keys' }).default([]),
  /** For comparative properties: the property whose figures they relate. */
  compares: slug('compares').nullable().default(null),
  /** For comparative properties: ratio, order or percent-change. */
  relation: z.enum(['ratio', 'order', 'percent-change'], { error: 'relation: ratio, order or percent-change' }).nullable().default(null),
  /** The entity-page section its facts are shown in: an id from content/sections.yaml; null: "Other facts". */
  section: slug('section').nullable().default(null),
  /** Its place within that section (1 = first; equal ranks are ordered by property id). */
  sectionRank: z.number({ error: 'sectionRank: a whole number from 1' }).int().min(1).nullable().default(null),
  /** Its place among the key facts on the home page (1 = first); null: not a key fact. */
  keyFactRank: z.number({ error: 'keyFactRank: a whole number from 1, or null' }).int().min(1).nullable().default(null),
  /** The part it plays on benchmark pages: a model's score, "reported or not", the human baseline, what it measures. */
  benchmarkRole: z
    .enum(['score', 'reported', 'human-baseline', 'measures'], { error: 'benchmarkRole: one of score, reported, human-baseline, measures' })
    .nullable()
    .default(null),
});

/** One entity-page section: content/sections.yaml lists them in reading order. */
export const sectionSchema = z.strictObject({
  /** Stable id, used in properties' `section` and as the heading's anchor. */
  id: slug('id'),
  /** The heading, e.g. "Identity and release". */
  title: text('title'),
});

/** content/sections.yaml: the entity-page sections, in reading order. */
export const sectionsSchema = z.array(sectionSchema, { error: 'a list of "- id: …, title: …" entries' });
