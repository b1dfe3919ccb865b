/**
 * Literal fixtures shared by the editor unit tests (draft.test.ts, draft-circumstances.test.ts, review.test.ts): the benchmark-score
 * property as the registry would define it, and a drafted score's claim fields as review writes them.
 */
import type { propertyEntry } from '../../../src/schemas/property.ts';

/** The fields of the benchmark-score property (each test adds what it needs, such as qualifierTerms). */
export const BENCHMARK_SCORE: Parameters<typeof propertyEntry>[0] = {
  id: 'benchmark-score',
  label: 'Benchmark score',
  description: 'A score.',
  valueType: 'number',
  unit: '%',
  terms: ['%', 'score'],
  requiredQualifiers: ['benchmark'],
  benchmarkRole: 'score',
};
