/** One claim in a source's `claims:` list. Cross-references are checked in src/lib/content/validate.ts. */
import { z } from 'zod';
import { slug, text } from './common.ts';

export const claimSchema = z.strictObject({
  /** Unique within the source; with the source slug it forms the permalink /claims/<source>/<id>/. */
  id: slug('id'),
  /** The entity the claim is about: an id from content/{models,benchmarks,organizations,products}/. */
  subject: slug('subject'),
  /** A property id from content/properties/. */
  property: slug('property'),
  /** Qualifiers such as benchmark, effort, comparedTo (see docs/content-format.md). */
  qualifiers: z
    .record(z.string(), z.string({ error: 'qualifiers: each qualifier value is a text' }), {
      error: 'qualifiers: a map of qualifier names to texts, e.g. { benchmark: swe-bench-pro, effort: xhigh }',
    })
    .optional(),
  /** The value as written: a number, a notation string (">90", "~72", "10-20"), a boolean or a date. */
  value: z.union([z.string(), z.number(), z.boolean(), z.date()], {
    error: 'value: a number, a text such as ">90" or "~72", true/false, or a date',
  }),
  /** Unit id from the unit registry; defaults to the property's unit. */
  unit: z.string({ error: 'unit: a unit id such as "%" or "tokens"' }).optional(),
  /** The verbatim quote from snapshot.txt that states the claim. */
  quote: text('quote'),
  /** The part of the quote that states the figure (for highlighting). */
  figure: z.string({ error: 'figure: a text that occurs in the quote' }).min(1).optional(),
  /** An editor's note (context, never a correction of the value). */
  note: z.string({ error: 'note: a text, or null' }).nullable().optional(),
});

/** A claim as written in frontmatter. */
export type ClaimFrontmatter = z.infer<typeof claimSchema>;
