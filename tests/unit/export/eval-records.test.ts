/** Every Eval Ever records: each benchmark score as a record valid against the published 0.3.0 schema (vendored). */
import { describe, expect, it } from 'vitest';
import {
  EEE_SCHEMA_VERSION,
  type EvalBenchmark,
  type EvalRecordsInput,
  type EvalSource,
  type EvalSubject,
  evalRecords,
  type ScoreClaim,
} from '../../../src/lib/export/eval-records.ts';
import { loadSite } from '../../../src/site/pipeline.ts';
import { benchmarkRole } from '../../../src/view/benchmarks.ts';
import { dataPackageDescriptor, evalRecordFiles } from '../../../src/view/exports.ts';
import { EEE_SCHEMA, evalRecordProblems } from './every-eval-ever.ts';
import { dataPackageProblems } from './frictionless.ts';

const source = (fields: Partial<EvalSource> & Pick<EvalSource, 'slug' | 'kind' | 'tier'>): EvalSource => ({
  title: `Title of ${fields.slug}`,
  titled: true,
  publisher: null,
  publisherOrg: null,
  url: null,
  published: null,
  retrieved: null,
  sha256: 'a'.repeat(64),
  pageUrl: `https://claims.example/sources/${fields.slug}/`,
  updated: '2026-02-10',
  ...fields,
});
const subject = (id: string, vendor: string | null, vendorName: string | null): EvalSubject => ({
  id,
  name: id.toUpperCase(),
  vendor,
  vendorName,
  pageUrl: `https://claims.example/models/${id}/`,
});
const bench: EvalBenchmark = {
  id: 'terminal-bench-2-0',
  name: 'Terminal-Bench 2.0',
  measures: 'Terminal skills.',
  higherIsBetter: true,
  pageUrl: 'https://claims.example/benchmarks/terminal-bench-2-0/',
};
const claim = (
  src: string,
  subj: string,
  raw: string,
  value: ScoreClaim['value'],
  qualifiers: Record<string, string> = {},
): ScoreClaim => ({
  id: `${src}/${subj}-${raw}`,
  source: src,
  subject: subj,
  qualifiers: { benchmark: bench.id, ...qualifiers },
  value,
  raw,
  unit: '%',
  quote: `Terminal-Bench 2.0 ${raw}%`,
  span: { start: 10, end: 20 },
  figure: `${raw}%`,
  url: `https://claims.example/claims/${src}/${subj}/`,
});
const exact = (value: number) => ({ type: 'number' as const, value, decimals: 1 });

/** A vendor, a secondary source, a vendor post about a rival's model, and a vendor source whose publisher is unknown. */
const world: EvalRecordsInput = {
  sources: new Map(
    [
      source({ slug: 'vendor-post', kind: 'vendor', tier: 1, publisher: 'Acme', publisherOrg: 'acme', url: 'https://acme.example/post' }),
      source({ slug: 'promo', kind: 'marketing', tier: 4, publisher: 'Reseller', titled: false }),
      source({ slug: 'unsigned', kind: 'vendor', tier: 1 }),
    ].map((s) => [s.slug, s]),
  ),
  subjects: new Map([subject('acme-1', 'acme', 'Acme'), subject('rival-1', 'rival', 'Rival')].map((s) => [s.id, s])),
  benchmarks: new Map([[bench.id, bench]]),
  claims: [
    claim('vendor-post', 'acme-1', '77.3', exact(77.3), { effort: 'xhigh', metric: 'accuracy' }),
    claim('vendor-post', 'rival-1', '65.4', exact(65.4)),
    claim('promo', 'acme-1', '77.3', exact(77.3)),
    claim('promo', 'acme-1', '>90', { type: 'bound', op: '>', value: 90, decimals: 0 }),
    claim('unsigned', 'acme-1', '70.0', exact(70)),
  ],
};

describe('Every Eval Ever records from literal claims', () => {
  const { files, notExported } = evalRecords(world);
  const file = (path: string) => files.find((f) => f.path === path);

  it('follows the vendored schema version, and every record is valid against it', () => {
    expect(EEE_SCHEMA.version).toBe(EEE_SCHEMA_VERSION);
    expect(files.map((f) => f.path)).toEqual([
      'eval-records/vendor-post/acme-1.json',
      'eval-records/vendor-post/rival-1.json',
      'eval-records/promo/acme-1.json',
      'eval-records/unsigned/acme-1.json',
    ]);
    for (const f of files) expect(evalRecordProblems(f.record), f.path).toEqual([]);
  });

  it("marks the developer's own figure first-party documentation and a secondary source's figure third-party", () => {
    expect(file('eval-records/vendor-post/acme-1.json')?.record.source_metadata).toMatchObject({
      source_type: 'documentation',
      source_organization_name: 'Acme',
      evaluator_relationship: 'first_party',
      additional_details: { source_url: 'https://acme.example/post', snapshot_sha256: 'a'.repeat(64), source_tier: '1' },
    });
    const promo = file('eval-records/promo/acme-1.json')?.record.source_metadata;
    expect(promo).toMatchObject({
      source_type: 'documentation',
      source_organization_name: 'Reseller',
      evaluator_relationship: 'third_party',
    });
    expect(promo?.additional_details).toMatchObject({ source_kind: 'marketing', source_tier: '4' });
    // The site's description of an untitled document is not given as the source's name, and no URL is made up.
    expect(promo).not.toHaveProperty('source_name');
    expect(promo?.additional_details).not.toHaveProperty('source_url');
  });

  it("a vendor's figure for another developer's model is third-party; with the publisher unknown the relationship is other", () => {
    expect(file('eval-records/vendor-post/rival-1.json')?.record.source_metadata.evaluator_relationship).toBe('third_party');
    const unsigned = file('eval-records/unsigned/acme-1.json')?.record.source_metadata;
    expect(unsigned).toMatchObject({ evaluator_relationship: 'other', source_organization_name: 'unknown' });
  });

  it('keeps what the source does not state out, or unknown where the schema requires a value', () => {
    const record = file('eval-records/vendor-post/acme-1.json')?.record as Record<string, unknown>;
    expect(record.eval_library).toEqual({ name: 'unknown', version: 'unknown' });
    expect(record).not.toHaveProperty('evaluation_timestamp');
    expect(record.model_info).toMatchObject({
      name: 'ACME-1',
      id: 'acme/acme-1',
      developer: 'Acme',
      additional_details: { deployment_type: 'unknown', model_availability: 'unknown' },
    });
    expect(record.retrieved_timestamp).toBe(String(Date.UTC(2026, 1, 10) / 1000));
    expect((record.source_metadata as { additional_details: object }).additional_details).not.toHaveProperty('snapshot_retrieved');
  });

  it('gives each claim one result: its score, metric scale, effort and quote', () => {
    const [result] = file('eval-records/vendor-post/acme-1.json')?.record.evaluation_results ?? [];
    expect(result).toMatchObject({
      evaluation_result_id: 'vendor-post/acme-1-77.3',
      evaluation_name: 'terminal-bench-2-0',
      source_data: { dataset_name: 'Terminal-Bench 2.0', source_type: 'other' },
      metric_config: {
        metric_name: 'accuracy',
        metric_unit: 'percent',
        lower_is_better: false,
        score_type: 'continuous',
        min_score: 0,
        max_score: 100,
      },
      score_details: {
        score: 77.3,
        details: { stated_value: '77.3', claim_url: 'https://claims.example/claims/vendor-post/acme-1/', quote_span: '10-20' },
      },
      generation_config: { additional_details: { reasoning_effort: 'xhigh' } },
    });
  });

  it('turns no bound into a score: the claim is listed as not exported, with the reason', () => {
    expect(notExported).toEqual([
      {
        claim: 'promo/acme-1->90',
        url: 'https://claims.example/claims/promo/acme-1/',
        stated: '>90',
        reason: 'The source states only a bound (> 90); an Every Eval Ever score is one number, so the bound is not turned into one.',
      },
    ]);
    const results = files.reduce((n, f) => n + f.record.evaluation_results.length, 0);
    expect(results + notExported.length).toBe(world.claims.length);
  });
});

describe('the schema check can fail', () => {
  const [first] = evalRecords(world).files;
  const record = first?.record as Record<string, unknown>;

  it('rejects a record without a required field, naming it', () => {
    const { model_info: _, ...rest } = record;
    expect(evalRecordProblems(rest)).toEqual(["/ must have required property 'model_info'"]);
  });

  it('rejects a relationship outside the enumeration, and a score outside its bounds', () => {
    const meta = record.source_metadata as object;
    expect(evalRecordProblems({ ...record, source_metadata: { ...meta, evaluator_relationship: 'self' } }).join('\n')).toMatch(
      /evaluator_relationship must be equal to one of the allowed values/,
    );
    const results = record.evaluation_results as { score_details: object }[];
    const off = [{ ...results[0], score_details: { score: 130 } }];
    expect(evalRecordProblems({ ...record, evaluation_results: off })).toEqual([
      '/evaluation_results/0: score 130 is outside [min_score=0, max_score=100]',
    ]);
  });

  it('the schema enumerations are the ones the records use', () => {
    const meta = EEE_SCHEMA.properties.source_metadata.properties;
    expect(meta.source_type?.enum).toEqual(['documentation', 'evaluation_run']);
    expect(meta.evaluator_relationship?.enum).toEqual(['first_party', 'third_party', 'collaborative', 'other']);
  });
});

describe('Every Eval Ever records of the real content', () => {
  const site = loadSite('content');
  const { files, index } = evalRecordFiles(site, new URL('https://claims.example/'));
  const scoreClaims = site.content.claims.filter((c) => benchmarkRole(c.property, site) === 'score');

  it('are all valid against the schema', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(evalRecordProblems(f.record), f.path).toEqual([]);
  });

  it('hold every benchmark-score claim once, or list it as not exported: nothing is lost', () => {
    const exported = files.flatMap((f) => f.record.evaluation_results.map((r) => r.evaluation_result_id));
    expect([...exported, ...index.notExported.map((n) => n.claim)].sort()).toEqual(scoreClaims.map((c) => c.id).sort());
    expect(index.scoreClaims).toBe(scoreClaims.length);
    expect(index.records.flatMap((r) => r.claims).sort()).toEqual([...exported].sort());
  });

  it("are first-party for the vendor's own source, third-party for the secondary sources", () => {
    for (const f of files) {
      const s = site.sourceBySlug.get(f.source);
      expect(f.record.source_metadata.evaluator_relationship, f.path).toBe(s?.tier === 1 ? 'first_party' : 'third_party');
      expect(f.record.source_metadata.additional_details).toMatchObject({ snapshot_sha256: s?.sha256 });
    }
    expect(new Set(files.map((f) => f.record.source_metadata.evaluator_relationship))).toEqual(new Set(['first_party', 'third_party']));
  });

  it('are in the Data Package, which stays valid', () => {
    const descriptor = dataPackageDescriptor(site, new URL('https://claims.example/'), '1.2.3', '2026-02-10') as {
      resources: { path: string }[];
    };
    expect(dataPackageProblems(descriptor)).toEqual([]);
    const paths = descriptor.resources.map((r) => new URL(r.path).pathname);
    for (const f of files) expect(paths).toContain(`/data/${f.path}`);
    expect(paths).toContain('/data/eval-records/index.json');
  });
});
