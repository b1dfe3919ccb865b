/**
 * When two normalized values can both be true.
 *
 * - Two exact figures agree iff the finer one rounds to the coarser one at the coarser stated
 *   precision ("64" agrees with "64.0" and with "63.7"; "64.5" rounds to 65 and does not); at equal
 *   precision they must be equal.
 * - Any other pair of numbers (or dates) agrees iff their intervals overlap (an exact figure counts
 *   as its rounding interval): ">90" agrees with 92, "~72" (68.4–75.6) with 70.
 * - Numbers in different dimensions, and numbers against qualitative values, are not comparable.
 * - Qualitative values agree iff their normalized keys are equal.
 */

import { pushTo } from '../multimap.ts';
import type { Interval, Norm, NumericNorm } from './normalize.ts';

const REL_EPS = 1e-9;

function eps(a: number, b: number): number {
  const scale = Math.max(Math.abs(Number.isFinite(a) ? a : 0), Math.abs(Number.isFinite(b) ? b : 0), 1);
  return scale * REL_EPS;
}

/** Whether two intervals share at least one value (ends within a rounding hair count as touching). */
export function overlaps(a: Interval, b: Interval): boolean {
  const aLoFirst = a.lo > b.lo || (a.lo === b.lo && a.loOpen);
  const lo = aLoFirst ? a.lo : b.lo;
  const loOpen = aLoFirst ? a.loOpen : b.loOpen;
  const aHiFirst = a.hi < b.hi || (a.hi === b.hi && a.hiOpen);
  const hi = aHiFirst ? a.hi : b.hi;
  const hiOpen = aHiFirst ? a.hiOpen : b.hiOpen;
  const e = eps(lo, hi);
  if (hi - lo > e) return true;
  if (lo - hi > e) return false;
  return !loOpen && !hiOpen;
}

/** Rounds half away from zero to a multiple of `step` (tolerating float noise at the half). */
export function roundToStep(x: number, step: number): number {
  const r = x / step;
  const n = Math.sign(r) * Math.floor(Math.abs(r) + 0.5 + 1e-9);
  return n * step;
}

function sameStep(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(a, b) * 1e-9;
}

function near(a: number, b: number, step: number): boolean {
  return Math.abs(a - b) <= step * 1e-6 + eps(a, b);
}

/** Two exact figures: equal at equal precision, else the finer rounds to the coarser. */
export function exactCompatible(a: NumericNorm, b: NumericNorm): boolean {
  if (sameStep(a.step, b.step)) return near(a.point, b.point, a.step);
  const [coarse, fine] = a.step > b.step ? [a, b] : [b, a];
  return near(roundToStep(fine.point, coarse.step), coarse.point, coarse.step);
}

/** Whether two numeric norms can both be true (null when their dimensions differ). */
export function numericCompatible(a: NumericNorm, b: NumericNorm): boolean | null {
  if (a.dimension !== b.dimension) return null;
  if (a.form === 'exact' && b.form === 'exact') return exactCompatible(a, b);
  return overlaps(a.interval, b.interval);
}

/** Whether two values can both be true; null when they are not comparable at all. */
export function compatible(a: Norm, b: Norm): boolean | null {
  if (a.domain === 'numeric' && b.domain === 'numeric') return numericCompatible(a, b);
  if (a.domain === 'qualitative' && b.domain === 'qualitative') {
    if ((a.type === 'boolean') !== (b.type === 'boolean')) return null;
    return a.key === b.key;
  }
  return null;
}

/** Whether two values were stated identically (same form, unit, figure and precision, or same key). */
export function identical(a: Norm, b: Norm): boolean {
  return a.signature === b.signature;
}

/** Distance between two intervals (0 when they overlap). */
export function intervalDistance(a: Interval, b: Interval): number {
  if (a.lo > b.hi) return a.lo - b.hi;
  if (b.lo > a.hi) return b.lo - a.hi;
  return 0;
}

/** Relative gap between two numeric norms: their interval distance over the larger magnitude. */
export function relativeGap(a: NumericNorm, b: NumericNorm): number {
  const d = intervalDistance(a.interval, b.interval);
  const scale = Math.max(Math.abs(a.point), Math.abs(b.point));
  if (scale === 0 || !Number.isFinite(d)) return d > 0 ? 1 : 0;
  return d / scale;
}

interface Level {
  step: number;
  ints: Set<number>;
  min: number;
  max: number;
}

/** Of two intervals, the one reaching further right by its lower end (an open end reaches further). */
function furtherLo(a: Interval, b: Interval): Interval {
  return a.lo > b.lo || (a.lo === b.lo && a.loOpen && !b.loOpen) ? a : b;
}

/** Of two intervals, the one reaching further left by its upper end. */
function furtherHi(a: Interval, b: Interval): Interval {
  return a.hi < b.hi || (a.hi === b.hi && a.hiOpen && !b.hiOpen) ? a : b;
}

/**
 * For each numeric value, whether it is incompatible with at least one other value of the list
 * (same result as comparing every pair with numericCompatible, values of other dimensions ignored).
 * Runs in O(n × p) for p distinct stated precisions instead of O(n²): exact figures are bucketed by
 * precision (a coarser bucket conflicts unless it holds exactly the rounded figure; a finer bucket
 * conflicts iff its smallest or largest figure does not round to ours); other forms are checked
 * against the interval reaching furthest each way.
 */
export function incompatibleWithSome(values: readonly NumericNorm[]): boolean[] {
  const result = new Array<boolean>(values.length).fill(false);
  const byDimension = new Map<string, number[]>();
  for (const [i, v] of values.entries()) pushTo(byDimension, v.dimension, i);
  for (const indices of byDimension.values()) {
    if (indices.length < 2) continue;
    const levels: Level[] = [];
    let loN: Interval | null = null;
    let hiN: Interval | null = null;
    let loE: Interval | null = null;
    let hiE: Interval | null = null;
    for (const i of indices) {
      const v = values[i] as NumericNorm;
      if (v.form === 'exact') {
        let level = levels.find((l) => sameStep(l.step, v.step));
        if (!level) {
          level = { step: v.step, ints: new Set(), min: v.point, max: v.point };
          levels.push(level);
        }
        level.ints.add(Math.round(v.point / level.step));
        level.min = Math.min(level.min, v.point);
        level.max = Math.max(level.max, v.point);
        loE = loE ? furtherLo(loE, v.interval) : v.interval;
        hiE = hiE ? furtherHi(hiE, v.interval) : v.interval;
      } else {
        loN = loN ? furtherLo(loN, v.interval) : v.interval;
        hiN = hiN ? furtherHi(hiN, v.interval) : v.interval;
      }
    }
    for (const i of indices) {
      const v = values[i] as NumericNorm;
      let bad = false;
      if (v.form === 'exact') {
        for (const level of levels) {
          if (sameStep(level.step, v.step)) {
            bad = level.ints.size > 1;
          } else if (level.step > v.step) {
            const n = Math.round(roundToStep(v.point, level.step) / level.step);
            bad = level.ints.size > 1 || !level.ints.has(n);
          } else {
            bad = !near(roundToStep(level.min, v.step), v.point, v.step) || !near(roundToStep(level.max, v.step), v.point, v.step);
          }
          if (bad) break;
        }
        if (!bad && loN && hiN) bad = !overlaps(v.interval, loN) || !overlaps(v.interval, hiN);
      } else {
        if (loN && hiN) bad = !overlaps(v.interval, loN) || !overlaps(v.interval, hiN);
        if (!bad && loE && hiE) bad = !overlaps(v.interval, loE) || !overlaps(v.interval, hiE);
      }
      result[i] = bad;
    }
  }
  return result;
}
