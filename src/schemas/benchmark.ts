/** Frontmatter of content/benchmarks/<id>.mdx. */
import { z } from 'zod';
import { text } from './common.ts';
import { entityBase } from './entity.ts';

export const benchmarkSchema = z.strictObject({
  ...entityBase,
  /** What the benchmark measures, in one sentence. */
  measures: text(),
  /** Unit of its scores, from the unit registry (usually "%"). */
  unit: text().default('%'),
  /** Whether a higher score is better. */
  higherIsBetter: z.boolean({ error: 'true or false' }).default(true),
});
