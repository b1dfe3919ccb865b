/** One claim in a source's `claims:` list, and the typed claim it becomes. Cross-references are checked by the rules in src/lib/content/rules/. */
import { z } from 'zod';
import { slug, text } from './common.ts';
import { valueSchema } from './value.ts';

export const claimSchema = z.strictObject({
  /** Unique within the source; with the source slug it forms the permalink /claims/<source>/<id>/. */
  id: slug(),
  /** The entity the claim is about: an id from content/{models,benchmarks,organizations,products}/. */
  subject: slug(),
  /** A property id from content/properties/. */
  property: slug(),
  /** Qualifiers such as benchmark, effort, comparedTo (see docs/content-format.md). */
  qualifiers: z
    .record(z.string(), z.string({ error: 'each qualifier value is a text' }), {
      error: 'a map of qualifier names to texts, e.g. { benchmark: swe-bench-pro, effort: xhigh }',
    })
    .optional(),
  /** The value as written: a number, a notation string (">90", "~72", "10-20"), a boolean or a date. */
  value: z.union([z.string(), z.number(), z.boolean(), z.date()], {
    error: 'a number, a text such as ">90" or "~72", true/false, or a date',
  }),
  /** Unit id from the unit registry; defaults to the property's unit. */
  unit: z.string({ error: 'a unit id such as "%" or "tokens"' }).optional(),
  /** The quote as typed from snapshot.txt (whitespace, quote and dash variants tolerated); it must resolve to exactly one span. */
  quote: text(),
  /** Text right before the quote in the snapshot, when the quote occurs more than once (picks one occurrence). */
  prefix: text().optional(),
  /** Text right after the quote in the snapshot, when the quote occurs more than once (picks one occurrence). */
  suffix: text().optional(),
  /** The part of the quote that states the figure (for highlighting). */
  figure: z.string({ error: 'a text that occurs in the quote' }).min(1, { error: 'a text that occurs in the quote' }).optional(),
  /** An editor's note (context, never a correction of the value). */
  note: z.string({ error: 'a text, or null' }).nullable().optional(),
  /**
   * The organization the source says made this statement ("OpenAI said", "the announcement came via
   * OpenAI's official channels, highlighting…"): the claim is recorded as that party's statement
   * reported by the source, and checked against that party's own source where there is one.
   */
  attributedTo: slug().optional(),
});

/** A claim as written in frontmatter. */
export type ClaimFrontmatter = z.infer<typeof claimSchema>;

/** One checkable statement made by one source, with the exact text of its snapshot it quotes (the validator's output). */
export const claimRecordSchema = z.object({
  /** Global, stable id: "<source slug>/<local id>"; its permalink is /claims/<source>/<local>/. */
  id: z.string(),
  /** The id as written in the source file, unique within the source. */
  localId: z.string(),
  /** Slug of the source that makes the claim. */
  source: z.string(),
  /** Entity id the claim is about. */
  subject: z.string(),
  /** Property id from the registry. */
  property: z.string(),
  /** Qualifiers such as benchmark, effort, variant, metric, channel, comparedTo, condition. */
  qualifiers: z.record(z.string(), z.string()),
  /** The typed value. */
  value: valueSchema,
  /** The value exactly as the editor wrote it in the frontmatter. */
  raw: z.string(),
  /** Unit of the value (from the unit registry), or null for non-numeric values. */
  unit: z.string().nullable(),
  /** The snapshot's own characters at the quote's span (never the editor's typed text). */
  quote: z.string(),
  /** Where the quote stands in the snapshot: UTF-16 code unit offsets, end exclusive; quote === snapshot.slice(start, end). */
  span: z.object({
    /** Offset of the quote's first code unit. */
    start: z.int(),
    /** Offset after its last code unit. */
    end: z.int(),
  }),
  /** The part of the quote that states the figure (for highlighting); a substring of `quote`, in the snapshot's characters. */
  figure: z.string().nullable(),
  /** Optional editor's note. */
  note: z.string().nullable(),
  /** The organization the source attributes the statement to (an organization id); absent when the source states it itself. */
  attributedTo: z.string().optional(),
  /** Repository-relative file the claim is written in. */
  file: z.string(),
  /** 1-based line of the claim's `id:` in that file (0 when unknown). */
  line: z.int(),
});
