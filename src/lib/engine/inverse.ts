/**
 * Inverse measures: a relative change in time taken (latency, training time) is the inverse of a
 * change in speed (throughput). Which property is the inverse of which is domain knowledge: the
 * registry's `inverseOf`. On the shared multiplier scale (+25% = 1.25×) the conversion is 1 / m: a
 * 20% reduction in latency (0.8×) is 1 / 0.8 = 1.25×, a 25% speed-up. An interval [lo, hi] becomes
 * [1 / hi, 1 / lo]; the result is compared by overlap (its rounding no longer follows stated digits).
 */

import type { Context } from './context.ts';
import type { GroupData, GroupIndex, PreparedClaim } from './group.ts';
import { groupKey } from './ids.ts';
import type { NumericNorm } from './normalize.ts';

function inv(x: number): number {
  if (x === 0) return Number.POSITIVE_INFINITY;
  if (!Number.isFinite(x)) return 0;
  return 1 / x;
}

/** The norm of a multiplier-dimension figure in the inverse measure (1 / m), or null for anything else. */
export function invertNorm(n: NumericNorm): NumericNorm | null {
  if (n.dimension !== 'multiplier' || n.interval.lo < 0) return null;
  return {
    ...n,
    form: n.form === 'exact' ? 'range' : n.form,
    point: inv(n.point),
    step: 0,
    interval: { lo: inv(n.interval.hi), hi: inv(n.interval.lo), loOpen: n.interval.hiOpen, hiOpen: n.interval.loOpen },
    signature: `inverse|${n.signature}`,
  };
}

/** The claim with its value converted to the inverse measure (same claim, converted norm), or null when it cannot be. */
export function invertClaim(nc: PreparedClaim): PreparedClaim | null {
  if (nc.norm.domain !== 'numeric') return null;
  const norm = invertNorm(nc.norm);
  return norm ? { ...nc, norm } : null;
}

/** The vendor claims of the inverse group (same subject and identifying qualifiers, the `inverseOf` property), or none. */
export function inverseReference(ctx: Context, index: GroupIndex, group: GroupData): readonly PreparedClaim[] {
  const inverseOf = ctx.properties.get(group.property)?.inverseOf;
  if (!inverseOf) return [];
  return index.byKey.get(groupKey(group.subject, inverseOf, group.qualifiers))?.vendor ?? [];
}

/** Whether a claim is judged against a reference of its property's inverse measure. */
export function isInverseOf(ctx: Context, c: PreparedClaim, r: PreparedClaim): boolean {
  return c.claim.property !== r.claim.property && ctx.properties.get(c.claim.property)?.inverseOf === r.claim.property;
}
