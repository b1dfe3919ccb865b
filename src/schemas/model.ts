/** Frontmatter of content/models/<id>.mdx. */
import { z } from 'zod';
import { slug, text } from './common.ts';
import { entityBase } from './entity.ts';

export const modelSchema = z.strictObject({
  ...entityBase,
  /** Organization id of the vendor, e.g. "openai"; null when no source says who makes it. */
  vendor: slug().nullable().default(null),
  /** Family name, e.g. "GPT-5 Codex"; null when no source places it in one. */
  family: text().nullable().default(null),
  /** Id of the model this one succeeds; null when none. */
  predecessor: slug().nullable().default(null),
});
