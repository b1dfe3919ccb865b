/** Frontmatter of content/notes/<name>.mdx: an editor's explanation attached to a computed finding. */
import { z } from 'zod';
import { text } from './common.ts';

export const noteSchema = z.strictObject({
  /** The id of the finding the note explains (see /discrepancies/). */
  finding: text(),
  /** A short title for the note. */
  title: text().optional(),
});

/** An editor's note attached to a finding (the validator's output). */
export const noteRecordSchema = z.object({
  /** The note's id (its file name). */
  id: z.string(),
  /** The finding it explains. */
  finding: z.string(),
  /** Optional title. */
  title: z.string().nullable(),
  /** Repository-relative path. */
  file: z.string(),
});
