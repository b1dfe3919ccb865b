/**
 * Field helpers shared by the schemas. Each error text is what the field expects: it becomes the
 * "Expected ..." half of a teaching error (src/lib/content/zod-issues.ts adds the file, line, claim and field).
 */
import { z } from 'zod';

const SLUG_EXPECTED = 'a lower-case id of letters, digits and hyphens, such as "gpt-5-3-codex"';

/** A lower-case, hyphenated id such as "gpt-5-3-codex". */
export const slug = () => z.string({ error: SLUG_EXPECTED }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: SLUG_EXPECTED });

/** A non-empty, trimmed text. */
export const text = () => z.string({ error: 'a non-empty text' }).trim().min(1, { error: 'a non-empty text' });

/** A date as YYYY-MM-DD, YYYY-MM or YYYY (YAML may already have turned it into a Date). */
export const dateLike = () =>
  z.union([z.string(), z.date(), z.number().int()], { error: 'a date written as YYYY-MM-DD, YYYY-MM or YYYY, or null' });
