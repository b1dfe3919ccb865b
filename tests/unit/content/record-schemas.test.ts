/** The record schemas that the types are derived from (src/lib/types.ts) describe exactly what the validator returns. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readContent } from '../../../src/content-files.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { claimRecordSchema } from '../../../src/schemas/claim.ts';
import { entityRecordSchema } from '../../../src/schemas/entity.ts';
import { noteRecordSchema } from '../../../src/schemas/note.ts';
import { propertyRecordSchema } from '../../../src/schemas/property.ts';
import { sourceRecordSchema } from '../../../src/schemas/source.ts';
import { GOOD_DIR } from './fixture.ts';

describe.each([
  ['the real content', 'content'],
  ['the good fixture', GOOD_DIR],
])('record schemas fit %s', (_, dir) => {
  const { content, errors } = validateContent(readContent(dir));
  const strict = <T extends z.ZodObject>(schema: T) => z.array(z.strictObject(schema.shape));

  it('is valid content', () => expect(errors).toEqual([]));
  it.each([
    ['sources', sourceRecordSchema, content.sources],
    ['claims', claimRecordSchema, content.claims],
    ['entities', entityRecordSchema, content.entities],
    ['properties', propertyRecordSchema, content.properties],
    ['notes', noteRecordSchema, content.notes],
  ] as const)('%s: no field missing, none extra', (_name, schema, records) => {
    expect(strict(schema as z.ZodObject).safeParse(records).error?.issues ?? []).toEqual([]);
  });
});
