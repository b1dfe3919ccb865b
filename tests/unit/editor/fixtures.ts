/**
 * Literal fixtures shared by the editor unit tests (draft.test.ts, draft-circumstances.test.ts, review.test.ts): the benchmark-score
 * and price properties as the registry would define them, and a drafted score's claim fields as review writes them.
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

/** The fields of the price property, without its terms (each test adds the words and qualifier terms it needs). */
export const PRICE: Parameters<typeof propertyEntry>[0] = {
  id: 'price',
  label: 'Price',
  description: 'Price per million tokens.',
  valueType: 'number',
  unit: 'USD per 1M tokens',
  requiredQualifiers: ['direction'],
};
