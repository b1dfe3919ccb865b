/** Frontmatter shared by every entity (models, benchmarks, organizations, products). */
import { z } from 'zod';
import { text } from './common.ts';

/** Fields every entity has. */
export const entityBase = {
  /** Display name. */
  name: text('name'),
  /** Other spellings people type, used by search and name matching. */
  aliases: z.array(z.string().min(1), { error: 'aliases: a list of texts (may be empty: aliases: [])' }).default([]),
  /** One sentence in the editors' own words. */
  description: text('description'),
};
