/**
 * content/not-claim-terms.yaml: the vocabulary that suggests why a unit of a snapshot is not a claim
 * (src/lib/editor/coverage.ts). One entry per reason that words can signal; each lists the phrases a unit is
 * (`whole`), begins with (`starts`) or holds (`contains`). Domain knowledge, so it lives in content/.
 */
import { z } from 'zod';

const phrases = z.array(z.string().min(1)).default([]);

/** The phrases of one reason. */
export const reasonTermsSchema = z.strictObject({
  /** A unit that is one of these, apart from case and trailing punctuation. */
  whole: phrases,
  /** A unit that begins with one of these. */
  starts: phrases,
  /** A unit that holds one of these (on word boundaries where the phrase starts or ends with a letter). */
  contains: phrases,
});

/** The reasons words can signal; the others (heading, chart, repeats, background) come from a unit's shape. */
export const TERM_REASONS = ['navigation', 'metadata', 'promotion', 'example', 'rhetoric'] as const;

export const notClaimTermsSchema = z.strictObject(
  Object.fromEntries(TERM_REASONS.map((r) => [r, reasonTermsSchema.default({ whole: [], starts: [], contains: [] })])) as Record<
    (typeof TERM_REASONS)[number],
    z.ZodDefault<typeof reasonTermsSchema>
  >,
);

/** The vocabulary as read. */
export type NotClaimTerms = z.output<typeof notClaimTermsSchema>;
