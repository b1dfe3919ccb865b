/**
 * What the rules that set claims against the vendor's own statements share (presupposition: the vendor
 * rules out what the claims take for granted; scope-change: the vendor states it only within a scope):
 * the facts every such finding starts with.
 */
import type { GroupData, PreparedClaim } from '../group.ts';
import { findingId } from '../ids.ts';
import { severityScore } from '../severity.ts';

/** A finding of `kind` on `group` setting the `stated` claims against `vendorClaims`, scored at `magnitude` against a vendor reference. */
export function statedAgainstVendor<K extends 'presupposition' | 'scope-change'>(
  kind: K,
  group: GroupData,
  stated: readonly PreparedClaim[],
  vendorClaims: readonly PreparedClaim[],
  magnitude: number,
) {
  return {
    id: findingId(kind, group.key),
    kind,
    group,
    claims: [...stated, ...vendorClaims],
    score: Math.max(...stated.map((c) => severityScore({ tier: c.tier, vendorReference: true, magnitude }))),
    stated,
    vendorClaims,
  };
}
