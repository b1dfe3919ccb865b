/** Frontmatter of content/products/<id>.mdx: a product, program, document or piece of hardware. */
import { z } from 'zod';
import { slug } from './common.ts';
import { entityBase } from './entity.ts';

export const productSchema = z.strictObject({
  ...entityBase,
  /** Organization id of the maker; null when no source says. */
  vendor: slug().nullable().default(null),
});
