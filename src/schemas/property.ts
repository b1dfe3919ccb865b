/** content/properties/<id>.yaml: one entry of the property registry, and the typed property it becomes. */
import { z } from 'zod';
import { slug, text } from './common.ts';

/** Value types a property may declare. `number` admits exact, bound, approximate and range forms. */
export const VALUE_TYPES = ['number', 'text', 'enum', 'boolean', 'date'] as const;

/** How a comparative value relates the two figures: their ratio, their order, or their percent change. */
export const RELATIONS = ['ratio', 'order', 'percent-change'] as const;

export const propertySchema = z.strictObject({
  /** Human label, e.g. "Benchmark score". */
  label: text(),
  /** What the property means, in one sentence. */
  description: text(),
  /** The value type every claim of this property must have. */
  valueType: z.enum(VALUE_TYPES, { error: `one of ${VALUE_TYPES.join(', ')}` }),
  /** Text properties only: the value is one name, not a description, so two different texts are compared: they contradict (hardware, developer), or differ across `coexistsAcross`. */
  singleValued: z.boolean({ error: 'true or false' }).default(false),
  /**
   * Qualifier keys across which this property's values can all be true at once (a safeguard with
   * different `trigger`s, a setting found on another `channel`): claims that differ only in them are one
   * group, and two values stated for different values of such a qualifier differ (finding kind differs,
   * lower severity) instead of contradicting. The same qualifier value with different values still contradicts.
   */
  coexistsAcross: z.array(z.string({ error: 'a qualifier key' }), { error: 'a list of qualifier keys' }).default([]),
  /**
   * Qualifier keys that set the scope of a statement of this property (the `domain` a rating holds for):
   * a secondary claim that omits one the vendor states drops the vendor's scope (finding kind scope-change).
   */
  scopedBy: z.array(z.string({ error: 'a qualifier key' }), { error: 'a list of qualifier keys' }).default([]),
  /**
   * What every claim of this property takes for granted (a price per token presupposes an API): the
   * property, qualifiers and value of that statement. A claim is checked against what the vendor says of it.
   */
  presupposes: z
    .strictObject({
      property: slug(),
      qualifiers: z.record(z.string(), z.string(), { error: 'a map of qualifier keys to values' }).default({}),
      value: z.union([z.string(), z.boolean()], { error: 'the presupposed value, e.g. available' }).transform(String),
    })
    .nullable()
    .default(null),
  /**
   * Percent-change properties only: the id of a property whose measure moves inversely to this one's (time
   * taken against speed, latency against throughput): a change of c% here is 1 / (1 + c) − 1 there, and
   * claims are compared with that property's vendor figures after this conversion.
   */
  inverseOf: slug().nullable().default(null),
  /**
   * The id of a property whose named statements this one states in general ("state of the art on coding
   * benchmarks" against "state of the art on SWE-Bench Pro"): where the vendor makes no general statement,
   * its named ones for the same subject are the reference, and a claim with the same value is reconciled.
   */
  generalizes: slug().nullable().default(null),
  /**
   * Number properties whose value is a bound, not a figure (a ceiling earlier models did not pass): "upper"
   * or "lower". Every claim of it must state its value as a bound of that direction ("<=64", ">90").
   */
  bound: z.enum(['upper', 'lower'], { error: 'upper or lower' }).nullable().default(null),
  /**
   * The entity field a claim of this property states: `family` (the value is the model's family name) or
   * `predecessor` (a true claim whose comparedTo is the model it succeeds). A model's family and
   * predecessor are shown only where such a claim states them.
   */
  entityField: z.enum(['family', 'predecessor'], { error: 'family or predecessor' }).nullable().default(null),
  /** The value names the subject's developer: a vendor claim naming the vendor makes the subject the vendor's own, so its silence on it means "not disclosed". */
  identifiesDeveloper: z.boolean({ error: 'true or false' }).default(false),
  /** Order relations only: the order each value claims between the subject's figure and the compared one's (">" ahead, "=" level, "<" behind). */
  valueOrder: z.record(z.string(), z.enum(['>', '=', '<']), { error: 'a map from each value to ">", "=" or "<"' }).default({}),
  /** Words and phrases (and their variants) by which a source would state this property: the vendor's snapshot is searched for them before "not disclosed" is shown. */
  terms: z.array(text(), { error: 'a list of words or phrases' }).default([]),
  /** Names to search for a qualifier's value when it is not an entity id, e.g. { language: { c-plus-plus: ["C++"] } }. */
  qualifierTerms: z
    .record(z.string(), z.record(z.string(), z.array(text())), { error: 'a map of qualifier keys to maps of values to lists of names' })
    .default({}),
  /**
   * What a reader uses this fact for, in one short sentence of the site's own words that states no fact about
   * any model ("It is what using the model costs."): shown beside each "Not disclosed by vendor" finding about the
   * property, and required of every property such a finding is about.
   */
  whyItMatters: text().nullable().default(null),
  /**
   * Where a source says what one of this property's circumstantial qualifiers means, as the source's own words
   * (checked against its snapshot), shown under the tables that show the qualifier:
   * { effort: { source: <source slug>, quote: "…" } }.
   */
  qualifierNotes: z
    .record(z.string(), z.strictObject({ source: slug(), quote: text() }), {
      error: 'a map of qualifier keys to { source: <source slug>, quote: "<the snapshot’s own words>" }',
    })
    .default({}),
  /** Canonical unit for number properties (from the unit registry); null otherwise. */
  unit: z.string({ error: 'a unit id such as "%"' }).nullable().default(null),
  /** Allowed values for enum properties. */
  values: z.array(text(), { error: 'a list of allowed texts' }).default([]),
  /** Qualifier keys a claim of this property must carry (e.g. benchmark for benchmark-score). */
  requiredQualifiers: z.array(z.string({ error: 'a qualifier key' }), { error: 'a list of qualifier keys' }).default([]),
  /**
   * For comparative properties ("nearly doubled", "outperforms", "25% faster"): the id of the
   * property whose figures the comparison relates (e.g. "benchmark-score"); null otherwise.
   */
  compares: slug().nullable().default(null),
  /** For comparative properties: ratio, order or percent-change. */
  relation: z.enum(RELATIONS, { error: 'ratio, order or percent-change' }).nullable().default(null),
  /** The entity-page section its facts are shown in: an id from content/sections.yaml; null: "Other facts". */
  section: slug().nullable().default(null),
  /** Its place within that section (1 = first; equal ranks are ordered by property id). */
  sectionRank: z.number({ error: 'a whole number from 1' }).int().min(1).nullable().default(null),
  /** Its place among the key facts on the home page (1 = first); null: not a key fact. */
  keyFactRank: z.number({ error: 'a whole number from 1, or null' }).int().min(1).nullable().default(null),
  /** The part it plays on benchmark pages: a model's score, "reported or not", the human baseline, what it measures. */
  benchmarkRole: z
    .enum(['score', 'reported', 'human-baseline', 'measures'], { error: 'one of score, reported, human-baseline, measures' })
    .nullable()
    .default(null),
});

/** An entry of the property registry as the validator returns it: the file's fields plus its id. */
export const propertyRecordSchema = z.object({
  /** Stable id (the file name), used in claims' `property`. */
  id: z.string(),
  ...propertySchema.shape,
});

/** One entity-page section: content/sections.yaml lists them in reading order. */
export const sectionSchema = z.strictObject({
  /** Stable id, used in properties' `section` and as the heading's anchor. */
  id: slug(),
  /** The heading, e.g. "Identity and release". */
  title: text(),
});

/** content/sections.yaml: the entity-page sections, in reading order. */
export const sectionsSchema = z.array(sectionSchema, { error: 'a list of "- id: …, title: …" entries' });

/** The fields a property needs when no registry file declares it (examples, fixtures, benchmarks). */
export type PropertyFields = Pick<z.input<typeof propertyRecordSchema>, 'id' | 'label' | 'description' | 'valueType'> &
  Partial<z.output<typeof propertyRecordSchema>>;

/** A registry entry from the fields given, every other field at its schema default, so callers never restate the defaults. */
export function propertyEntry(fields: PropertyFields): z.output<typeof propertyRecordSchema> {
  return propertyRecordSchema.parse(fields);
}
