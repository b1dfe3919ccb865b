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
  /** Text properties only: the value is one name, not a description, so two different texts contradict (hardware, developer). */
  singleValued: z.boolean({ error: 'singleValued: true or false' }).default(false),
  /** The value names the subject's developer: a vendor claim naming the vendor makes the subject the vendor's own, so its silence on it means "not disclosed". */
  identifiesDeveloper: z.boolean({ error: 'identifiesDeveloper: true or false' }).default(false),
  /** Order relations only: the order each value claims between the subject's figure and the compared one's (">" ahead, "=" level, "<" behind). */
  valueOrder: z.record(z.string(), z.enum(['>', '=', '<']), { error: 'valueOrder: a map from each value to ">", "=" or "<"' }).default({}),
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
});
