/**
 * Entity kinds with the folder each lives in (content/<folder>/ and the URL /<folder>/), listed once.
 * (Source kinds are listed once in src/schemas/source.ts, SOURCE_KINDS; their tiers: tierOf in
 * src/lib/content/validate.ts.)
 */
import type { EntityKind } from './types.ts';

/** Entity kind → its folder, in the order the site lists them. */
export const ENTITY_FOLDERS = {
  model: 'models',
  benchmark: 'benchmarks',
  organization: 'organizations',
  product: 'products',
} as const satisfies Record<EntityKind, string>;

/** An entity folder: models, benchmarks, organizations or products. */
export type EntityFolder = (typeof ENTITY_FOLDERS)[EntityKind];

/** Every entity kind. */
export const ENTITY_KINDS = Object.keys(ENTITY_FOLDERS) as EntityKind[];

/** Every entity folder. */
export const ENTITY_FOLDER_NAMES = Object.values(ENTITY_FOLDERS) as EntityFolder[];
