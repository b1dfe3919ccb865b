/**
 * Astro collections over content/ (or CODEX_CLAIMS_CONTENT). They give MDX rendering and live reload;
 * validation is done for all content at once by src/lib/content/validate.ts (see src/data.ts),
 * so the schemas here only accept the files, and every error is reported with file, line and claim.
 * The schemas use plain `zod`, the same instance `astro/zod` re-exports, like every schema in src/schemas/.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';

const base = process.env.CODEX_CLAIMS_CONTENT ?? './content';
const anyData = z.record(z.string(), z.unknown());

const entities = (folder: string) =>
  defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: `${base}/${folder}` }), schema: anyData });

export const collections = {
  sources: defineCollection({
    loader: glob({ pattern: '*/index.mdx', base: `${base}/sources`, generateId: ({ entry }) => entry.split('/')[0] ?? entry }),
    schema: anyData,
  }),
  models: entities('models'),
  benchmarks: entities('benchmarks'),
  organizations: entities('organizations'),
  products: entities('products'),
  notes: entities('notes'),
  properties: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: `${base}/properties` }), schema: anyData }),
};
