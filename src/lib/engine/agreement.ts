/**
 * Per-source agreement with the vendor: of a source's claims that could be checked against vendor
 * data (a vendor figure for the same group, or for a group differing only by variant/metric, or the
 * vendor's figures behind a comparative claim), the share whose verdict is agrees or reconciled.
 * Descriptive texts the vendor also covers are not counted: paraphrases cannot be scored.
 */

import type { Assessed } from './assess.ts';
import type { ComparativeCheck } from './comparative.ts';
import type { Context } from './context.ts';
import type { PreparedClaim } from './group.ts';
import type { Agreement, ClaimVerdict } from './types.ts';

/** Whether a non-vendor claim was checked against vendor data. */
export function isCovered(assessed: Assessed | undefined, check: ComparativeCheck | undefined, misattributed: boolean): boolean {
  if (check?.vendorFigures || misattributed) return true;
  if (!assessed?.viaVendor) return false;
  return assessed.status === 'identical' || assessed.status === 'reconciled' || assessed.status === 'incompatible';
}

/** Agreement rows for every source, sorted by slug. */
export function computeAgreement(
  ctx: Context,
  claims: readonly PreparedClaim[],
  assessed: readonly (Assessed | undefined)[],
  checks: ReadonlyMap<string, ComparativeCheck>,
  misattributed: ReadonlySet<string>,
  verdicts: Readonly<Record<string, ClaimVerdict>>,
): Agreement[] {
  const rows = new Map<string, Agreement>();
  for (const slug of ctx.sources.keys())
    rows.set(slug, { source: slug, vendor: ctx.vendorSources.has(slug), covered: 0, agreeing: 0, share: null });
  for (const nc of claims) {
    const slug = nc.claim.source;
    let row = rows.get(slug);
    if (!row) {
      row = { source: slug, vendor: false, covered: 0, agreeing: 0, share: null };
      rows.set(slug, row);
    }
    if (nc.vendor) continue;
    const id = nc.claim.id;
    if (!isCovered(assessed[nc.position], checks.get(id), misattributed.has(id))) continue;
    row.covered++;
    const v = verdicts[id]?.verdict;
    if (v === 'agrees' || v === 'reconciled') row.agreeing++;
  }
  const out = [...rows.values()].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  for (const row of out) row.share = row.covered === 0 ? null : row.agreeing / row.covered;
  return out;
}
