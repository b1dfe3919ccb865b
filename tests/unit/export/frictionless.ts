/**
 * The published Frictionless profiles (vendor/frictionless-datapackage-2.0/, draft-07 JSON Schemas) as
 * validators: a Data Package descriptor and a Table Schema, checked with Ajv and ajv-formats.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const profile = (name: string) => JSON.parse(readFileSync(resolve('vendor/frictionless-datapackage-2.0', name), 'utf8'));

function validator(name: string): (value: unknown) => string[] {
  const validate = addFormats(new Ajv({ allErrors: true, strict: false })).compile(profile(name));
  return (value) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`));
}

/** Problems of a Data Package descriptor against the Data Package 2.0 profile. */
export const dataPackageProblems = validator('datapackage.json');

/** Problems of a Table Schema against the Table Schema 2.0 profile. */
export const tableSchemaProblems = validator('tableschema.json');
