/** Benchmarks: the score matrix (benchmark × model, every source's figure per cell) and the bars of a benchmark's chart. */
import type { SiteData } from '../data.ts';
import { groupBy } from '../lib/multimap.ts';
import type { Claim, Value } from '../lib/types.ts';
import type { BenchmarkRole } from '../site/layout.ts';
import { compareClaimsForDisplay, type FindingRef, type StatedValue, statedValue } from './claims.ts';
import { type EntityRef, entityRef } from './entities.ts';
import { mergeRepeats } from './facts.ts';
import { indexOf } from './indexes.ts';

/** The part a property plays on benchmark pages, from its registry entry (`benchmarkRole:`), or null. */
export function benchmarkRole(propertyId: string, data: SiteData): BenchmarkRole | null {
  return data.layout.properties.get(propertyId)?.benchmarkRole ?? null;
}

/** Whether a property gives a model's result on a benchmark: a score, or whether one was reported at all. */
export function isScoreProperty(propertyId: string, data: SiteData): boolean {
  const role = benchmarkRole(propertyId, data);
  return role === 'score' || role === 'reported';
}

/** One figure in a benchmark matrix cell (its qualifiers: effort, variant, metric, scope, condition). */
export type CellValue = StatedValue;

/** A models × benchmarks matrix cell. */
export interface MatrixCell {
  /** The vendor's own figures. */
  vendor: CellValue[];
  /** Other sources' figures. */
  others: CellValue[];
  /** A source's own dash: it says the result is not reported (property benchmark-reported = false). */
  dashes: CellValue[];
  /** Findings where a source disagrees with another about this cell. */
  disputes: FindingRef[];
  /** Other sources' figures that agree with the vendor's. */
  agreeing: number;
}

/** The benchmark matrix: which models have which scores, by whom. */
export interface BenchmarkMatrix {
  models: EntityRef[];
  benchmarks: EntityRef[];
  cells: Map<string, MatrixCell>;
}

/** Key of a matrix cell. */
export function cellKey(benchmarkId: string, modelId: string): string {
  return `${benchmarkId}|${modelId}`;
}

function cellValue(c: Claim, data: SiteData): CellValue {
  return statedValue(c, data, (key) => key === 'benchmark');
}

const SCORE_CLAIMS = new WeakMap<SiteData, Map<string, readonly Claim[]>>();

/**
 * The claims that give a result on a benchmark (score or reported: isScoreProperty), whatever their subject, in
 * content order; grouped once per SiteData (a benchmark page filtered every claim, and the benchmark pages took
 * 20 ms each at 250 sources, 37 ms at 1,000).
 */
export function scoreClaimsOf(benchmarkId: string, data: SiteData): readonly Claim[] {
  let byBenchmark = SCORE_CLAIMS.get(data);
  if (!byBenchmark) {
    const scores = data.content.claims.filter((c) => c.qualifiers.benchmark && isScoreProperty(c.property, data));
    byBenchmark = groupBy(scores, (c) => c.qualifiers.benchmark as string);
    SCORE_CLAIMS.set(data, byBenchmark);
  }
  return byBenchmark.get(benchmarkId) ?? [];
}

/**
 * The matrix of one SiteData, built once: every benchmark page draws its bars from it, and building it per page made
 * the benchmark pages' cost grow with the square of the benchmarks (bench:scale, 654 ms per page at 250 sources).
 */
const MATRICES = new WeakMap<SiteData, BenchmarkMatrix>();

/**
 * The matrix from every benchmark-score and benchmark-reported claim (built once per SiteData; do not change it).
 * Cells without a claim are absent: "not reported".
 */
export function benchmarkMatrix(data: SiteData): BenchmarkMatrix {
  let matrix = MATRICES.get(data);
  if (!matrix) {
    matrix = buildBenchmarkMatrix(data);
    MATRICES.set(data, matrix);
  }
  return matrix;
}

function buildBenchmarkMatrix(data: SiteData): BenchmarkMatrix {
  const index = indexOf(data);
  const claims = data.content.claims
    .filter((c) => isScoreProperty(c.property, data) && c.qualifiers.benchmark && data.entityById.get(c.subject)?.kind === 'model')
    .sort((a, b) => compareClaimsForDisplay(a, b, data));
  // Sets keep the first-seen order, as the lists did.
  const modelIds = new Set<string>();
  const benchmarkIds = new Set<string>();
  const cells = new Map<string, MatrixCell>();
  for (const c of claims) {
    const benchmark = c.qualifiers.benchmark as string;
    modelIds.add(c.subject);
    benchmarkIds.add(benchmark);
    const key = cellKey(benchmark, c.subject);
    let cell = cells.get(key);
    if (!cell) {
      cell = { vendor: [], others: [], dashes: [], disputes: [], agreeing: 0 };
      cells.set(key, cell);
    }
    const value = cellValue(c, data);
    if (benchmarkRole(c.property, data) === 'reported' && c.value.type === 'boolean' && !c.value.value) cell.dashes.push(value);
    else if (index.vendorSources.has(c.source)) cell.vendor.push(value);
    else {
      cell.others.push(value);
      if (value.verdict.id === 'agrees' || value.verdict.id === 'reconciled') cell.agreeing++;
    }
    // Only findings about this cell's own figures: a comparison ("nearly doubled") that lists the
    // vendor's scores as evidence does not dispute them, and neither does a misattribution that
    // finds another model's figure equal to them.
    for (const f of value.findings) {
      const finding = index.findingById.get(f.id);
      if (f.kind === 'reconciled' || finding?.subject !== c.subject || !isScoreProperty(finding.property, data)) continue;
      if (!cell.disputes.some((d) => d.id === f.id)) cell.disputes.push(f);
    }
  }
  const entity = (id: string): EntityRef[] => {
    const e = data.entityById.get(id);
    return e ? [entityRef(e)] : [];
  };
  return { models: [...modelIds].flatMap(entity), benchmarks: [...benchmarkIds].flatMap(entity), cells };
}

/** One bar of a benchmark chart. */
export interface Bar {
  claimId: string;
  label: string;
  sublabel: string;
  value: number;
  display: string;
  /** How the figure is stated: a bound ("> 90") is drawn open-ended, an approximation with a tolerance. */
  form: Value['type'];
  vendor: boolean;
  disputed: boolean;
  href: string;
}

/** The number a value is drawn at, or null when it has none (text, boolean, date). */
export function barValue(value: Value): number | null {
  switch (value.type) {
    case 'number':
    case 'bound':
    case 'approx':
      return value.value;
    case 'range':
      return (value.min + value.max) / 2;
    default:
      return null;
  }
}

/** Every score reported on a benchmark, as bars: vendor figures first, grouped by model. */
export function benchmarkBars(benchmarkId: string, data: SiteData): Bar[] {
  const matrix = benchmarkMatrix(data);
  const bars: Bar[] = [];
  for (const model of matrix.models) {
    const cell = matrix.cells.get(cellKey(benchmarkId, model.id));
    if (!cell) continue;
    // A figure a source states twice (its text and its table) is one bar.
    for (const v of mergeRepeats([...cell.vendor, ...cell.others])) {
      const claim = data.claimById.get(v.claimId);
      const n = claim ? barValue(claim.value) : null;
      if (!claim || n === null) continue;
      bars.push({
        claimId: v.claimId,
        label: model.name,
        sublabel: [v.source.name, ...v.qualifiers.map((q) => q.value)].join(' · '),
        value: n,
        display: v.display,
        form: claim.value.type,
        vendor: v.source.vendor,
        disputed: v.disputed,
        href: v.href,
      });
    }
  }
  return bars;
}

/** The scale maximum of a chart: 100 for percentages, otherwise the largest value rounded up to a round number. */
export function chartMax(values: readonly number[], unit: string | null): number {
  if (unit === '%') return 100;
  const max = Math.max(0, ...values);
  if (max === 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  return Number((Math.ceil(max / magnitude) * magnitude).toPrecision(12));
}
