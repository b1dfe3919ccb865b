/**
 * The W3C Web Annotation test suite's MUST assertions (vendor/w3c-web-annotation-tests/, draft-04 JSON
 * Schemas) as a checker: every assertion an annotation (or an annotation collection) must satisfy, run with
 * ajv-draft-04. Returns the error message of each failed assertion, as the suite words it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const SUITE = resolve('vendor/w3c-web-annotation-tests');

const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(SUITE, path), 'utf8'));

function checker(testFile: string): (value: unknown) => string[] {
  const ajv = new Ajv({ allErrors: false, strict: false, validateSchema: false });
  addFormats(ajv);
  for (const f of readdirSync(join(SUITE, 'definitions'))) ajv.addSchema(read(`definitions/${f}`));
  const assertions = (read(testFile).assertions as string[]).map((path) => {
    const schema = read(path);
    return { path, schema, validate: ajv.compile(schema) };
  });
  return (value) =>
    assertions.flatMap(({ path, schema, validate }) => {
      const valid = validate(value);
      const expected = schema.expectedResult !== 'invalid';
      return valid === expected ? [] : [`${path}: ${String(schema.errorMessage ?? schema.title)}`];
    });
}

/** The failed MUST assertions of one annotation (annotations/annotationMusts.test). */
export const annotationMustFailures = checker('annotations/annotationMusts.test');

/** The failed MUST assertions of one annotation collection (collections/collectionMusts.test). */
export const collectionMustFailures = checker('collections/collectionMusts.test');
