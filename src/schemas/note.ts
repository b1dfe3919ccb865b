/** Frontmatter of content/notes/<name>.mdx: an editor's explanation attached to a computed finding. */
import { z } from 'zod';
import { text } from './common.ts';

export const noteSchema = z.strictObject({
  /** The id of the finding the note explains (see /discrepancies/). */
  finding: text('finding'),
  /** A short title for the note. */
  title: text('title').optional(),
});
