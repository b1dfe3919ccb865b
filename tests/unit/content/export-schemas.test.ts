/**
 * The export's JSON Schemas (generated from src/schemas/export.ts) checked by a standard validator,
 * Ajv (draft 2020-12) with ajv-formats: the real export validates, and a malformed date or URL does not.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/content-files.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { claimRows, EXPORT_SCHEMAS, entityRows, sourceRows } from '../../../src/lib/export.ts';
import { loadSite, snapshotTexts } from '../../../src/site/pipeline.ts';
import { claimHref } from '../../../src/urls.ts';
import { quoteContextOf } from '../../../src/view/quote-context.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

function validator(file: keyof typeof EXPORT_SCHEMAS) {
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true }));
  return ajv.compile(EXPORT_SCHEMAS[file]);
}

const raw = readContent('content');
const { content, errors } = validateContent(raw);
const snapshots = snapshotTexts(raw);
const rows = {
  'sources.schema.json': sourceRows(content.sources, content.claims),
  'entities.schema.json': entityRows(content.entities),
  'claims.schema.json': claimRows(
    content.claims,
    (c) => new URL(claimHref(c), 'https://claims.example').href,
    content.sources,
    loadSite('content').analysis.verdicts,
    (c) => quoteContextOf(c, snapshots),
  ),
};

/** The validator's errors for `data` as "path keyword" pairs, empty when it is valid. */
function problems(file: keyof typeof EXPORT_SCHEMAS, data: unknown): string[] {
  const validate = validator(file);
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
}

describe('export JSON Schemas with a standard validator (Ajv + ajv-formats)', () => {
  it('the real content is valid, so the rows are the real export', () => {
    expect(errors).toEqual([]);
    expect(rows['claims.schema.json'].length).toBe(content.claims.length);
    expect(rows['sources.schema.json'].some((s) => s.url !== null && s.published !== null)).toBe(true);
  });

  it.each(Object.keys(rows) as (keyof typeof rows)[])('accepts the real export for %s', (file) => {
    expect(problems(file, rows[file])).toEqual([]);
  });

  it('declares formats for URLs and dates', () => {
    const text = JSON.stringify(EXPORT_SCHEMAS);
    expect(text).toContain('"format":"uri"');
    expect(text).toContain('"format":"date"');
  });

  const source = rows['sources.schema.json'].find((s) => s.url !== null && s.published !== null);
  if (!source) throw new Error('the real content has no source with a URL and a date');

  it.each(['2026-02-30', '2026-13', '2026-2-5', 'February 5, 2026', '05/02/2026'])('rejects the published date %s', (published) => {
    expect(problems('sources.schema.json', [{ ...source, published }])).toContain('/0/published format');
  });

  it.each(['2026-02-28', '2024-02-29', '2026-02', '2026', null])('accepts the published date %s', (published) => {
    expect(problems('sources.schema.json', [{ ...source, published }])).toEqual([]);
  });

  it.each(['openai.com/index/introducing', 'not a url', 'https://exa mple.org/'])('rejects the URL %s', (url) => {
    expect(problems('sources.schema.json', [{ ...source, url }])).toContain('/0/url format');
  });

  it('rejects a claim whose date value is not a real date, and a claim URL that is not absolute', () => {
    const claim = rows['claims.schema.json'][0];
    if (!claim) throw new Error('no claims');
    expect(problems('claims.schema.json', [{ ...claim, value: { type: 'date', value: '2026-02-30' } }])).toContain('/0/value/value format');
    expect(problems('claims.schema.json', [{ ...claim, url: '/claims/a/b/' }])).toContain('/0/url format');
  });
});
