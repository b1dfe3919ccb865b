/** Frontmatter of content/organizations/<id>.mdx. */
import { z } from 'zod';
import { entityBase } from './entity.ts';

export const organizationSchema = z.strictObject({ ...entityBase });
