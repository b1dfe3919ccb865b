/** A passage of a snapshot that states no claim, listed in a source's `notClaims:` with the reason (navigation, promotion, example prompt, repeats claim X...). */
import { z } from 'zod';
import { text } from './common.ts';

export const notClaimSchema = z.strictObject({
  /** The passage as typed from snapshot.txt (whitespace, quote and dash variants tolerated); it must resolve to exactly one span. */
  quote: text(),
  /** Text right before the passage, when it occurs more than once. */
  prefix: text().optional(),
  /** Text right after the passage, when it occurs more than once. */
  suffix: text().optional(),
  /** Why the passage is not a claim, e.g. "navigation", "about the benchmark, not the model". */
  reason: text(),
});

/** A not-a-claim passage as the validator returns it: the snapshot's own text, its span and the reason. */
export const notClaimRecordSchema = z.object({
  /** The snapshot's own characters at the span. */
  quote: z.string(),
  /** UTF-16 code unit offsets, end exclusive. */
  span: z.object({
    /** Offset of the first code unit. */
    start: z.int(),
    /** Offset after the last code unit. */
    end: z.int(),
  }),
  /** Why it is not a claim. */
  reason: z.string(),
});
