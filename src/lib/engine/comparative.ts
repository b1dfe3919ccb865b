/**
 * Comparative checks: each claim of a comparative property (one with `compares` and `relation` in
 * the registry) is checked against the figures it relates: the `compares` property's figures for
 * the claim's subject and for its `comparedTo`, with the same identifying qualifiers (benchmark,
 * variant, metric...). The vendor's figures are used when it gives both; otherwise the claim's own
 * source's figures; otherwise the claim is not checked.
 *
 * - ratio ("nearly doubled" = ~2×): X / Y must fall in the claimed interval.
 * - percent-change ("+25%"): (X − Y) / Y the same way.
 * - order ("outperforms", "matches", "underperforms"): the figures' order must match; "matches"
 *   allows the approximation tolerance (5%). On a benchmark where lower is better the order flips.
 *
 * A check is numbers and claims only; explain/comparative.ts writes its arithmetic line.
 */

import type { Property } from '../types.ts';
import { exactCompatible, overlaps } from './compare.ts';
import type { Context } from './context.ts';
import {
  type GroupData,
  type GroupIndex,
  matchCircumstances,
  type PreparedClaim,
  REFINING_QUALIFIERS,
  refiningCompatible,
  refiningOf,
  vendorClaimsFor,
} from './group.ts';
import { groupKey } from './ids.ts';
import { APPROX_TOLERANCE, type Interval, type NumericNorm } from './normalize.ts';
import { magnitudeFromGap, severityScore } from './severity.ts';

/** An order between two figures. */
export type Order = '>' | '=' | '<';

/** The outcome of checking one comparative claim. */
export interface ComparativeCheck {
  /** Whether the claim holds against the figures. */
  outcome: 'consistent' | 'overstated' | 'understated';
  /** The comparative claim checked. */
  nc: PreparedClaim;
  /** Whether the figures were the vendor's. */
  vendorFigures: boolean;
  /** The relation checked. */
  relation: 'ratio' | 'order' | 'percent-change';
  /** Every figure claim used (the subject's, then the compared entity's). */
  figures: PreparedClaim[];
  /** The figures for the claim's subject (the operand X). */
  x: readonly PreparedClaim[];
  /** The figures for the entity it is compared to (the operand Y). */
  y: readonly PreparedClaim[];
  /** The entity the claim compares its subject to. */
  comparedTo: string;
  /** Order relation only: the order of X and Y as numbers, and as ranks once "lower is better" is applied. */
  order: { measured: Order; actual: Order; lowerIsBetter: boolean } | null;
  /** Ratio and percent change only: X / Y of the first figures. */
  ratio: number | null;
  /** Severity score when inconsistent (0 when consistent). */
  score: number;
}

/** The order a comparative value claims (registry field `valueOrder`: "outperforms" → ">"), or null when it names none. */
export function claimedOrder(property: Property, nc: PreparedClaim): Order | null {
  const value = nc.claim.value;
  if (value.type !== 'text') return null;
  return property.valueOrder?.[value.value] ?? null;
}

interface Figure {
  claims: PreparedClaim[];
  interval: Interval;
  lead: NumericNorm;
}

function figureOf(claims: readonly PreparedClaim[]): Figure | null {
  const numeric = claims.filter((c) => c.norm.domain === 'numeric');
  const first = numeric[0];
  if (!first || numeric.some((c) => (c.norm as NumericNorm).dimension !== (first.norm as NumericNorm).dimension)) return null;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const c of numeric) {
    const n = c.norm as NumericNorm;
    lo = Math.min(lo, n.interval.lo);
    hi = Math.max(hi, n.interval.hi);
  }
  return { claims: numeric, interval: { lo, hi, loOpen: false, hiOpen: false }, lead: first.norm as NumericNorm };
}

/** Identifying qualifiers without comparedTo (those of the figures a comparative claim relates). */
export function withoutComparedTo(identifying: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(identifying)) if (k !== 'comparedTo') out[k] = v;
  return out;
}

/** A source's own figures for a group (or for groups differing only by refining qualifiers), memoized per analysis. */
function ownFigures(
  index: GroupIndex,
  memo: Map<string, PreparedClaim[]>,
  source: string,
  key: string,
  unrefinedKey: string,
  refining: Readonly<Record<string, string>>,
): PreparedClaim[] {
  const memoKey = `${source}|${key}`;
  const cached = memo.get(memoKey);
  if (cached) return cached;
  let out = index.byKey.get(key)?.members.filter((m) => m.claim.source === source) ?? [];
  if (out.length === 0) {
    out = [];
    for (const g of index.byUnrefinedKey.get(unrefinedKey) ?? []) {
      if (g.key === key || !refiningCompatible(refining, g.refining)) continue;
      for (const m of g.members) if (m.claim.source === source) out.push(m);
    }
  }
  memo.set(memoKey, out);
  return out;
}

function ratioInterval(x: Interval, y: Interval): Interval | null {
  if (!(y.lo > 0) || x.lo < 0 || !Number.isFinite(x.hi) || !Number.isFinite(y.hi)) return null;
  return { lo: x.lo / y.hi, hi: x.hi / y.lo, loOpen: false, hiOpen: false };
}

/** Where a comparative group's figures are: computed once per group. */
interface Lookup {
  /** The entity compared to (Y). */
  comparedTo: string;
  /** The claim's identifying qualifiers without comparedTo: those of the figures. */
  figureQualifiers: Record<string, string>;
  /** Slugged refining qualifiers among them. */
  refining: Record<string, string>;
  /** Group keys of X's and Y's figures. */
  keyX: string;
  keyY: string;
  /** The same without refining qualifiers. */
  unrefinedKeyX: string;
  unrefinedKeyY: string;
  /** The vendor's figures for X and for Y. */
  vendorX: readonly PreparedClaim[];
  vendorY: readonly PreparedClaim[];
}

/** Memo tables shared by the checks of one analysis (figures and results repeat across claims). */
export interface ComparativeCache {
  /** Lookups by comparative group key. */
  lookups: Map<string, Lookup | null>;
  /** A source's own figures by "source|group key". */
  own: Map<string, PreparedClaim[]>;
  /** Figures summarized, by the figure list. */
  figures: WeakMap<readonly PreparedClaim[], Figure | null>;
  /** Stable numbers for figure lists, for result keys. */
  ids: WeakMap<readonly PreparedClaim[], number>;
  /** Check results (without the claim) by figures, claimed value and wording. */
  results: Map<string, Omit<ComparativeCheck, 'nc'> | null>;
  /** Next figure-list number. */
  nextId: number;
}

/** Fresh memo tables. */
export function comparativeCache(): ComparativeCache {
  return { lookups: new Map(), own: new Map(), figures: new WeakMap(), ids: new WeakMap(), results: new Map(), nextId: 0 };
}

function lookupOf(ctx: Context, index: GroupIndex, nc: PreparedClaim, cache: ComparativeCache): Lookup | null {
  const cached = cache.lookups.get(nc.group);
  if (cached !== undefined) return cached;
  const property = ctx.properties.get(nc.claim.property);
  const comparedTo = nc.identifying.comparedTo;
  let lookup: Lookup | null = null;
  if (property?.compares && property.relation && comparedTo !== undefined) {
    const figureQualifiers = withoutComparedTo(nc.identifying);
    const refining = refiningOf(figureQualifiers);
    const unrefinedQualifiers = Object.fromEntries(Object.entries(figureQualifiers).filter(([k]) => !REFINING_QUALIFIERS.includes(k)));
    const keyX = groupKey(nc.claim.subject, property.compares, figureQualifiers);
    const keyY = groupKey(comparedTo, property.compares, figureQualifiers);
    const unrefinedKeyX = groupKey(nc.claim.subject, property.compares, unrefinedQualifiers);
    const unrefinedKeyY = groupKey(comparedTo, property.compares, unrefinedQualifiers);
    lookup = {
      comparedTo,
      figureQualifiers,
      refining,
      keyX,
      keyY,
      unrefinedKeyX,
      unrefinedKeyY,
      vendorX: vendorClaimsFor(index, keyX, unrefinedKeyX, refining).claims,
      vendorY: vendorClaimsFor(index, keyY, unrefinedKeyY, refining).claims,
    };
  }
  cache.lookups.set(nc.group, lookup);
  return lookup;
}

function idOf(cache: ComparativeCache, list: readonly PreparedClaim[]): number {
  let id = cache.ids.get(list);
  if (id === undefined) {
    id = cache.nextId++;
    cache.ids.set(list, id);
  }
  return id;
}

function cachedFigure(cache: ComparativeCache, list: readonly PreparedClaim[]): Figure | null {
  let figure = cache.figures.get(list);
  if (figure === undefined) {
    figure = figureOf(list);
    cache.figures.set(list, figure);
  }
  return figure;
}

/** Checks one comparative claim; null when it cannot be checked. Results are memoized in `cache`. */
export function checkComparative(
  ctx: Context,
  index: GroupIndex,
  nc: PreparedClaim,
  cache: ComparativeCache = comparativeCache(),
): ComparativeCheck | null {
  const lookup = lookupOf(ctx, index, nc, cache);
  if (!lookup) return null;
  let xs: readonly PreparedClaim[];
  let ys: readonly PreparedClaim[];
  let vendorFigures: boolean;
  if (lookup.vendorX.length > 0 && lookup.vendorY.length > 0) {
    xs = matchCircumstances(nc, lookup.vendorX);
    ys = matchCircumstances(nc, lookup.vendorY);
    vendorFigures = true;
  } else {
    xs = ownFigures(index, cache.own, nc.claim.source, lookup.keyX, lookup.unrefinedKeyX, lookup.refining);
    ys = ownFigures(index, cache.own, nc.claim.source, lookup.keyY, lookup.unrefinedKeyY, lookup.refining);
    vendorFigures = false;
  }
  const resultKey = `${nc.group}|${idOf(cache, xs)}|${idOf(cache, ys)}|${nc.norm.signature}|${nc.tier}|${nc.claim.figure ?? ''}|${vendorFigures}`;
  let result = cache.results.get(resultKey);
  if (result === undefined) {
    result = computeCheck(ctx, nc, lookup, cachedFigure(cache, xs), cachedFigure(cache, ys), vendorFigures);
    cache.results.set(resultKey, result);
  }
  return result ? { ...result, nc } : null;
}

function computeCheck(
  ctx: Context,
  nc: PreparedClaim,
  lookup: Lookup,
  figuresX: Figure | null,
  figuresY: Figure | null,
  vendorFigures: boolean,
): Omit<ComparativeCheck, 'nc'> | null {
  const property = ctx.properties.get(nc.claim.property);
  if (!property?.relation) return null;
  const { comparedTo, figureQualifiers } = lookup;
  if (!figuresX || !figuresY || figuresX.lead.dimension !== figuresY.lead.dimension) return null;
  const figures = [...figuresX.claims, ...figuresY.claims];
  const relation = property.relation;
  const tier = nc.tier;
  const operands = { vendorFigures, relation, figures, x: figuresX.claims, y: figuresY.claims, comparedTo };

  if (relation === 'order') {
    const claimed = claimedOrder(property, nc);
    if (!claimed) return null;
    const single =
      figuresX.claims.length === 1 && figuresY.claims.length === 1 && figuresX.lead.form === 'exact' && figuresY.lead.form === 'exact';
    const equal = single
      ? exactCompatible(figuresX.lead, figuresY.claims[0]?.norm as NumericNorm)
      : overlaps(figuresX.interval, figuresY.interval);
    const bench = figureQualifiers.benchmark !== undefined ? ctx.entities.get(figureQualifiers.benchmark) : undefined;
    const lowerIsBetter = bench?.higherIsBetter === false;
    const xPoint = figuresX.lead.point;
    const yPoint = figuresY.lead.point;
    const measured: Order = equal ? '=' : xPoint > yPoint ? '>' : '<';
    let actual: Order = measured;
    if (lowerIsBetter && actual !== '=') actual = actual === '>' ? '<' : '>';
    const relDiff = Math.abs(xPoint - yPoint) / Math.max(Math.abs(xPoint), Math.abs(yPoint), Number.MIN_VALUE);
    const consistent = claimed === actual || (claimed === '=' && relDiff <= APPROX_TOLERANCE);
    const order = { measured, actual, lowerIsBetter };
    if (consistent) return { outcome: 'consistent', ...operands, order, ratio: null, score: 0 };
    const rank = { '<': 0, '=': 1, '>': 2 };
    const outcome = rank[claimed] > rank[actual] ? 'overstated' : 'understated';
    const magnitude = claimed === '=' || actual === '=' ? (claimed === '=' ? magnitudeFromGap(relDiff) : 0.7) : 1;
    return { outcome, ...operands, order, ratio: null, score: severityScore({ tier, vendorReference: vendorFigures, magnitude }) };
  }

  const norm = nc.norm;
  if (norm.domain !== 'numeric' || norm.dimension !== 'multiplier') return null;
  const actual = ratioInterval(figuresX.interval, figuresY.interval);
  if (!actual) return null;
  const ratio = figuresX.lead.point / figuresY.lead.point;
  if (overlaps(norm.interval, actual)) return { outcome: 'consistent', ...operands, order: null, ratio, score: 0 };
  const outcome = norm.interval.lo > actual.hi ? 'overstated' : 'understated';
  const gap = Math.max(norm.interval.lo - actual.hi, actual.lo - norm.interval.hi) / Math.abs(ratio || 1);
  return {
    outcome,
    ...operands,
    order: null,
    ratio,
    score: severityScore({ tier, vendorReference: vendorFigures, magnitude: magnitudeFromGap(gap) }),
  };
}

/** Checks every claim of every comparative group, by claim id (claims that cannot be checked are absent). */
export function checkComparatives(ctx: Context, index: GroupIndex, groups: readonly GroupData[]): Map<string, ComparativeCheck> {
  const checks = new Map<string, ComparativeCheck>();
  const cache = comparativeCache();
  for (const g of groups) {
    const property = ctx.properties.get(g.property);
    if (!property?.compares || !property.relation) continue;
    for (const nc of g.members) {
      const check = checkComparative(ctx, index, nc, cache);
      if (check) checks.set(nc.claim.id, check);
    }
  }
  return checks;
}
