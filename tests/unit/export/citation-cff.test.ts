/** CITATION.cff at the repository root, validated against the published CFF 1.2.0 schema (vendored). */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DATASET_KEYWORDS, DATASET_TITLE } from '../../../src/view/exports.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const schema = JSON.parse(readFileSync('vendor/citation-file-format-1.2.0/schema.json', 'utf8'));
const validate = addFormats(new Ajv({ allErrors: true, strict: false })).compile(schema);
const problems = (value: unknown) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`));
const cff = parse(readFileSync('CITATION.cff', 'utf8'));

describe('CITATION.cff', () => {
  it('is valid against the CFF 1.2.0 schema', () => {
    expect(problems(cff)).toEqual([]);
  });

  it('the schema rejects a file without authors, and an unknown licence', () => {
    expect(problems({ ...cff, authors: undefined }).join('\n')).toMatch(/authors/);
    expect(problems({ ...cff, license: 'CC-BY-4.0-ish' })).not.toEqual([]);
  });

  it('says what the site and the package say: title, keywords, data licence, version', () => {
    expect(cff.title).toBe(DATASET_TITLE);
    expect(cff.keywords).toEqual([...DATASET_KEYWORDS]);
    expect(cff.license).toBe('CC-BY-4.0');
    expect(cff.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
