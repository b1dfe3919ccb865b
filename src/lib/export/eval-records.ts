/**
 * Every Eval Ever records (schema 0.3.0, `evaleval/every_eval_ever`, every_eval_ever/schemas/eval.schema.json,
 * vendored in vendor/every-eval-ever-0.3.0/): every benchmark score a source states, one aggregate log per
 * source and model (the schema's default grain) with one evaluation result per claim. Pure.
 *
 * What the sources do not state is left out, or given the schema's own "unknown" where a field is required:
 * no harness is ever named (`eval_library` "unknown"), nor how the model was deployed or whether its weights
 * are open (`deployment_type`/`model_availability` "unknown"). A figure the schema cannot hold as one number
 * (a bound such as ">90", an approximate "~72", a range) is not turned into one: it is listed as not exported.
 */
import type { Tier, Value } from '../types.ts';
import { UNITS } from '../units.ts';

/** The schema version these records follow (`schema_version` of every record). */
export const EEE_SCHEMA_VERSION = '0.3.0';

/** Where the schema comes from: the repository, the commit of the vendored copy, the file. */
export const EEE_SCHEMA_ORIGIN = {
  repository: 'evaleval/every_eval_ever',
  commit: '9bce4136e789ec006c62582f5f9d107d20f8b398',
  path: 'every_eval_ever/schemas/eval.schema.json',
  url: 'https://github.com/evaleval/every_eval_ever/blob/9bce4136e789ec006c62582f5f9d107d20f8b398/every_eval_ever/schemas/eval.schema.json',
} as const;

/** The schema's `evaluator_relationship` enumeration: who ran the evaluation, relative to the model's developer. */
export type EvaluatorRelationship = 'first_party' | 'third_party' | 'collaborative' | 'other';

/** A source as the records need it. */
export interface EvalSource {
  slug: string;
  title: string;
  /** Whether the title is the document's own (false: it is this site's description, so it is not given as the source's name). */
  titled: boolean;
  /** The publisher the text names, or null. */
  publisher: string | null;
  /** The organization entity the publisher is (its id), or null when it is none of the site's organizations or not stated. */
  publisherOrg: string | null;
  url: string | null;
  published: string | null;
  /** When the snapshot was captured, or null when unknown. */
  retrieved: string | null;
  kind: string;
  tier: Tier;
  /** sha256 of the snapshot the quotes are in. */
  sha256: string;
  /** Absolute URL of the source's page on this site. */
  pageUrl: string;
  /** The date (YYYY-MM-DD) the source's file, and so its records, last changed. */
  updated: string;
}

/** The entity a score is about (a model), as the records need it. */
export interface EvalSubject {
  id: string;
  name: string;
  /** Organization id of its developer, or null when the site does not say. */
  vendor: string | null;
  /** Its developer's name, or null. */
  vendorName: string | null;
  pageUrl: string;
}

/** A benchmark, as the records need it. */
export interface EvalBenchmark {
  id: string;
  name: string;
  measures: string | null;
  higherIsBetter: boolean;
  pageUrl: string;
}

/** One benchmark-score claim. */
export interface ScoreClaim {
  id: string;
  source: string;
  subject: string;
  qualifiers: Readonly<Record<string, string>>;
  value: Value;
  /** The value as the editor wrote it, e.g. "56.8" or ">90". */
  raw: string;
  unit: string | null;
  quote: string;
  span: { start: number; end: number };
  figure: string | null;
  /** Absolute permalink of the claim on this site. */
  url: string;
}

/** What the records are made from. */
export interface EvalRecordsInput {
  claims: readonly ScoreClaim[];
  sources: ReadonlyMap<string, EvalSource>;
  subjects: ReadonlyMap<string, EvalSubject>;
  benchmarks: ReadonlyMap<string, EvalBenchmark>;
}

/** A record as written: an Every Eval Ever aggregate log. */
export type EvalRecord = Record<string, unknown> & {
  evaluation_id: string;
  source_metadata: { evaluator_relationship: EvaluatorRelationship } & Record<string, unknown>;
  evaluation_results: Record<string, unknown>[];
};

/** One file of /data/eval-records/. */
export interface EvalRecordFile {
  /** Path under /data/: eval-records/<source>/<model>.json. */
  path: string;
  source: string;
  subject: string;
  record: EvalRecord;
}

/** A benchmark-score claim that has no record, and why. */
export interface NotExported {
  claim: string;
  url: string;
  stated: string;
  reason: string;
}

/** Who ran the evaluation relative to the model's developer, as far as the source shows it, and on what basis. */
export function evaluatorRelationship(source: EvalSource, subject: EvalSubject): { relationship: EvaluatorRelationship; basis: string } {
  const by = source.publisher ?? 'a publisher it does not name';
  if (source.publisherOrg !== null && source.publisherOrg === subject.vendor)
    return { relationship: 'first_party', basis: `Published by ${by}, the developer of ${subject.name}: the developer's own figure.` };
  if (source.tier !== 1)
    return {
      relationship: 'third_party',
      basis: `A secondary source (kind ${source.kind}, tier ${source.tier}, published by ${by}), not a publication of ${subject.name}'s developer${subject.vendorName ? ` (${subject.vendorName})` : ''}; it does not show that it ran the evaluation itself.`,
    };
  if (source.publisherOrg !== null && subject.vendor !== null)
    return {
      relationship: 'third_party',
      basis: `Published by ${by}, which is not the developer of ${subject.name} (${subject.vendorName ?? subject.vendor}).`,
    };
  return {
    relationship: 'other',
    basis: `The site does not know both who published the source (${by}) and who developed ${subject.name}, so it cannot tell whether the figure is the developer's own.`,
  };
}

/** Unix epoch seconds (as the schema's string) of midnight UTC of a YYYY-MM-DD date. */
export function epochOf(date: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`eval records: "${date}" is not a YYYY-MM-DD date`);
  return String(ms / 1000);
}

/** Why a value other than an exact number cannot be one `score`. */
function notOneNumber(value: Exclude<Value, { type: 'number' }>): string {
  switch (value.type) {
    case 'bound':
      return `The source states only a bound (${value.op} ${value.value}); an Every Eval Ever score is one number, so the bound is not turned into one.`;
    case 'approx':
      return `The source states an approximate figure (~${value.value}); the schema has no way to mark a score approximate, so it is not exported as an exact one.`;
    case 'range':
      return `The source states a range (${value.min} to ${value.max}); an Every Eval Ever score is one number.`;
    default:
      return `The value is a ${value.type}, not a number.`;
  }
}

/** The schema's bound for a unit's limit: the number, or the unbounded string form. */
const bound = (limit: number | undefined, unbounded: 'Infinity' | '-Infinity'): number | string => limit ?? unbounded;

/** One evaluation result: a claim's score with its metric, benchmark and provenance. */
function evaluationResult(claim: ScoreClaim, benchmark: EvalBenchmark, value: number): Record<string, unknown> {
  const unit = claim.unit ? UNITS.get(claim.unit) : undefined;
  const { effort, metric } = claim.qualifiers;
  return {
    evaluation_result_id: claim.id,
    evaluation_name: benchmark.id,
    source_data: {
      dataset_name: benchmark.name,
      source_type: 'other',
      additional_details: { benchmark_page: benchmark.pageUrl },
    },
    metric_config: {
      ...(benchmark.measures ? { evaluation_description: benchmark.measures } : {}),
      ...(metric ? { metric_name: metric } : {}),
      ...(unit ? { metric_unit: unit.label } : {}),
      lower_is_better: !benchmark.higherIsBetter,
      score_type: 'continuous',
      min_score: bound(unit?.min, '-Infinity'),
      max_score: bound(unit?.max, 'Infinity'),
    },
    score_details: {
      score: value,
      details: {
        stated_value: claim.raw,
        ...(claim.unit ? { unit: claim.unit } : {}),
        qualifiers: JSON.stringify(claim.qualifiers),
        claim_url: claim.url,
        quote: claim.quote,
        quote_span: `${claim.span.start}-${claim.span.end}`,
        ...(claim.figure ? { figure: claim.figure } : {}),
      },
    },
    ...(effort ? { generation_config: { additional_details: { reasoning_effort: effort } } } : {}),
  };
}

/** The records: one file per source and model, and the score claims no record can hold. */
export function evalRecords(input: EvalRecordsInput): { files: EvalRecordFile[]; notExported: NotExported[] } {
  const groups = new Map<string, { source: EvalSource; subject: EvalSubject; results: Record<string, unknown>[] }>();
  const notExported: NotExported[] = [];
  for (const claim of input.claims) {
    const source = input.sources.get(claim.source);
    const subject = input.subjects.get(claim.subject);
    const benchmarkId = claim.qualifiers.benchmark;
    const benchmark = benchmarkId === undefined ? undefined : input.benchmarks.get(benchmarkId);
    if (!source || !subject || !benchmark)
      throw new Error(
        `eval records: claim "${claim.id}" names ${!source ? `source "${claim.source}"` : !subject ? `subject "${claim.subject}"` : `benchmark "${benchmarkId ?? '(none)'}"`}, which the site does not have; the validator should have stopped this`,
      );
    if (claim.value.type !== 'number') {
      notExported.push({ claim: claim.id, url: claim.url, stated: claim.raw, reason: notOneNumber(claim.value) });
      continue;
    }
    const key = `${source.slug}/${subject.id}`;
    const group = groups.get(key) ?? { source, subject, results: [] };
    group.results.push(evaluationResult(claim, benchmark, claim.value.value));
    groups.set(key, group);
  }
  const files = [...groups.values()].map(({ source, subject, results }): EvalRecordFile => {
    const { relationship, basis } = evaluatorRelationship(source, subject);
    const record: EvalRecord = {
      schema_version: EEE_SCHEMA_VERSION,
      evaluation_id: `codex-claims/${source.slug}/${subject.id}`,
      retrieved_timestamp: epochOf(source.updated),
      source_metadata: {
        ...(source.titled ? { source_name: source.title } : {}),
        source_type: 'documentation',
        source_organization_name: source.publisher ?? 'unknown',
        evaluator_relationship: relationship,
        additional_details: {
          evaluator_relationship_basis: basis,
          ...(source.url ? { source_url: source.url } : {}),
          source_page: source.pageUrl,
          source_kind: source.kind,
          source_tier: String(source.tier),
          ...(source.published ? { source_published: source.published } : {}),
          ...(source.retrieved ? { snapshot_retrieved: source.retrieved } : {}),
          snapshot_sha256: source.sha256,
          record_updated: source.updated,
        },
      },
      model_info: {
        name: subject.name,
        id: subject.vendor ? `${subject.vendor}/${subject.id}` : subject.id,
        ...(subject.vendorName ? { developer: subject.vendorName } : {}),
        additional_details: {
          deployment_type: 'unknown',
          model_availability: 'unknown',
          id_basis: 'Codex Claims entity ids (developer/model), not resolved against the Every Eval Ever model registry',
          model_page: subject.pageUrl,
        },
      },
      eval_library: { name: 'unknown', version: 'unknown' },
      evaluation_results: results,
    };
    return { path: `eval-records/${source.slug}/${subject.id}.json`, source: source.slug, subject: subject.id, record };
  });
  return { files, notExported };
}
