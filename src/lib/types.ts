/**
 * Plain data types shared by the engine, the validator, the export and the pages, derived from the
 * record schemas in src/schemas/ (`z.output`), so the types and their documentation live in one place.
 * No Astro imports: everything here is plain JSON-able data.
 */
import type { z } from 'zod';
import type { claimRecordSchema } from '../schemas/claim.ts';
import type { ENTITY_KINDS, entityRecordSchema } from '../schemas/entity.ts';
import type { propertyRecordSchema, VALUE_TYPES } from '../schemas/property.ts';
import type { SOURCE_KINDS, sourceRecordSchema, TIERS } from '../schemas/source.ts';

export type { Value } from '../schemas/value.ts';

/** What kind of publication a source is; its reliability tier is derived from this. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Reliability tier: 1 is the vendor's own primary source, 4 is promotional material. */
export type Tier = (typeof TIERS)[number];

/** A published document, archived as a byte-identical snapshot. */
export type Source = z.output<typeof sourceRecordSchema>;

/** Entity kinds that a claim may be about. */
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Anything a claim can be about: a model, a benchmark, an organization or a product. */
export type Entity = z.output<typeof entityRecordSchema>;

/** Value types a property may have. `number` admits exact, bound, approximate and range forms. */
export type ValueType = (typeof VALUE_TYPES)[number];

/** An entry of the property registry (content/properties/<id>.yaml). */
export type Property = z.output<typeof propertyRecordSchema>;

/** One checkable statement made by one source, with the exact text of its snapshot it quotes. */
export type Claim = z.output<typeof claimRecordSchema>;
