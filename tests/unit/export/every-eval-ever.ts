/**
 * The published Every Eval Ever aggregate schema (vendor/every-eval-ever-0.3.0/eval.schema.json, draft-07) as a
 * validator, checked with Ajv, plus the one semantic rule of its own validator that the JSON Schema cannot
 * say: a score lies within its metric's [min_score, max_score] (`check_score_metadata` in
 * every_eval_ever/validator/validation_core.py at the vendored commit).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';

/** The vendored schema. */
export const EEE_SCHEMA = JSON.parse(readFileSync(resolve('vendor/every-eval-ever-0.3.0/eval.schema.json'), 'utf8')) as {
  version: string;
  required: string[];
  properties: { source_metadata: { properties: Record<string, { enum?: string[] }> } };
};

// strict: false because the schema carries a top-level "version" keyword that JSON Schema does not define.
const validate = new Ajv({ allErrors: true, strict: false }).compile(EEE_SCHEMA);

const bound = (v: unknown): number | null =>
  v === 'Infinity' ? Number.POSITIVE_INFINITY : v === '-Infinity' ? Number.NEGATIVE_INFINITY : typeof v === 'number' ? v : null;

/** Problems of an aggregate record: the schema's, then any score outside its declared bounds. */
export function evalRecordProblems(record: unknown): string[] {
  const problems = validate(record) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
  const results = (record as { evaluation_results?: unknown }).evaluation_results;
  for (const [i, r] of (Array.isArray(results) ? results : []).entries()) {
    const metric = (r as { metric_config?: { min_score?: unknown; max_score?: unknown } }).metric_config;
    const score = (r as { score_details?: { score?: unknown } }).score_details?.score;
    const lo = bound(metric?.min_score);
    const hi = bound(metric?.max_score);
    if (typeof score === 'number' && lo !== null && hi !== null && (score < lo || score > hi))
      problems.push(`/evaluation_results/${i}: score ${score} is outside [min_score=${metric?.min_score}, max_score=${metric?.max_score}]`);
  }
  return problems;
}
