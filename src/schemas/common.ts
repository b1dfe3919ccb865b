/** Field helpers shared by the schemas; each error message is the "expected" half of a teaching error. */
import { z } from 'zod';

/** A lower-case, hyphenated id such as "gpt-5-3-codex". */
export const slug = (what: string) =>
  z
    .string({ error: `${what}: a lower-case id of letters, digits and hyphens, such as "gpt-5-3-codex"` })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: `${what}: a lower-case id of letters, digits and hyphens, such as "gpt-5-3-codex"` });

/** A non-empty, trimmed text. */
export const text = (what: string) =>
  z
    .string({ error: `${what}: a non-empty text` })
    .trim()
    .min(1, { error: `${what}: a non-empty text` });

/** A date as YYYY-MM-DD, YYYY-MM or YYYY (YAML may already have turned it into a Date). */
export const dateLike = (what: string) =>
  z.union([z.string(), z.date(), z.number().int()], { error: `${what}: a date written as YYYY-MM-DD, YYYY-MM or YYYY, or null` });
