/** A claim's typed value, as the source states it; `decimals` is the stated precision (77.3 has 1) so rounding can be judged. */
import { z } from 'zod';

/** Comparison operators of a bound such as ">90". */
export const BOUND_OPS = ['>', '>=', '<', '<='] as const;

/**
 * A date as a source states it: a full date (YYYY-MM-DD, a real one: JSON Schema `format: "date"`),
 * or only a month (YYYY-MM) or a year (YYYY).
 */
export const partialDate = () => z.union([z.iso.date(), z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/)]);

export const valueSchema = z.discriminatedUnion('type', [
  /** An exact number. */
  z.strictObject({ type: z.literal('number'), value: z.number(), decimals: z.int() }),
  /** A bound: more than, at least, less than, at most. */
  z.strictObject({ type: z.literal('bound'), op: z.enum(BOUND_OPS), value: z.number(), decimals: z.int() }),
  /** An approximate number ("~72"). */
  z.strictObject({ type: z.literal('approx'), value: z.number(), decimals: z.int() }),
  /** A range ("10-20"). */
  z.strictObject({ type: z.literal('range'), min: z.number(), max: z.number(), decimals: z.int() }),
  /** A text (text and enum properties). */
  z.strictObject({ type: z.literal('text'), value: z.string() }),
  /** A boolean. */
  z.strictObject({ type: z.literal('boolean'), value: z.boolean() }),
  /** A date. */
  z.strictObject({ type: z.literal('date'), value: partialDate() }),
]);

/** A typed value. */
export type Value = z.output<typeof valueSchema>;
