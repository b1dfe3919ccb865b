/**
 * Astro collections over content/ (or CODEX_CLAIMS_CONTENT). They give MDX rendering and live reload
 * (snapshots too, through src/loaders/snapshots.ts); validation is done for all content at once by the
 * pipeline (src/site/pipeline.ts), so the schemas here only accept the files, and every error is
 * reported with file, line and claim. The schemas use plain `zod`, the same instance `astro/zod`
 * re-exports, like every schema in src/schemas/.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { ENTITY_FOLDERS } from './lib/kinds.ts';
import { snapshots } from './loaders/snapshots.ts';

const base = process.env.CODEX_CLAIMS_CONTENT ?? './content';
const anyData = z.record(z.string(), z.unknown());

const entities = (folder: string) =>
  defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: `${base}/${folder}` }), schema: anyData });

export const collections = {
  sources: defineCollection({
    loader: glob({ pattern: '*/index.mdx', base: `${base}/sources`, generateId: ({ entry }) => entry.split('/')[0] ?? entry }),
    schema: anyData,
  }),
  snapshots: defineCollection({ loader: snapshots(base), schema: z.object({ sha256: z.string() }) }),
  models: entities(ENTITY_FOLDERS.model),
  benchmarks: entities(ENTITY_FOLDERS.benchmark),
  organizations: entities(ENTITY_FOLDERS.organization),
  products: entities(ENTITY_FOLDERS.product),
  notes: entities('notes'),
  properties: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: `${base}/properties` }), schema: anyData }),
};
