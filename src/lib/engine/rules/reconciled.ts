/**
 * Reconciled: figures that look different but agree once normalized (0.773 as a fraction and 77.3%,
 * "approximately 25%" and 25%, "64" and "64.0", ">90" and 92, "+25%" and 1.25×), shown as an
 * agreement with the arithmetic. Identical statements are plain agreement and get no finding.
 * Comparative ratio and percent-change claims that the vendor's figures bear out (see
 * comparative.ts) are added here too, with that arithmetic.
 */
import { groupBy } from '../../multimap.ts';
import type { ComparativeCheck } from '../comparative.ts';
import type { PreparedClaim } from '../group.ts';
import { findingId } from '../ids.ts';
import { type Comparison, MAX_ARITHMETIC_LINES, type ReconciledFacts, type Rule } from './rule.ts';

/** Consistent ratio and percent-change checks against vendor figures, by group key. */
function confirmedChecks(comparatives: ReadonlyMap<string, ComparativeCheck>): Map<string, ComparativeCheck[]> {
  const confirmed = [...comparatives.values()].filter((c) => c.vendorFigures && c.outcome === 'consistent' && c.relation !== 'order');
  return groupBy(confirmed, (c) => c.nc.group);
}

/** One reconciled finding per group with claims that agree only after normalization. */
export const reconciledRule: Rule = {
  kind: 'reconciled',
  defersTo: ['overstated'],
  run(state, skip) {
    const findings: ReconciledFacts[] = [];
    const claimed = new Set<string>();
    const confirmed = confirmedChecks(state.comparatives);
    for (const a of state.assessments) {
      const g = a.group;
      const checks = confirmed.get(g.key);
      if (a.counts.reconciled === 0 && !checks) continue;
      const members = a.members.filter((m) => m.status === 'reconciled' && !skip.has(m.nc.claim.id) && m.against.length > 0);
      if (members.length === 0 && !checks) continue;
      const claims: PreparedClaim[] = [];
      const comparisons: Comparison[] = [];
      let hidden = 0;
      for (const m of members) {
        claimed.add(m.nc.claim.id);
        claims.push(m.nc, ...m.against);
        if (comparisons.length < MAX_ARITHMETIC_LINES) comparisons.push({ claim: m.nc, reference: m.against[0] as PreparedClaim });
        else hidden++;
      }
      for (const check of checks ?? []) claims.push(check.nc, ...check.figures);
      findings.push({
        id: findingId('reconciled', g.key),
        kind: 'reconciled',
        group: g,
        claims,
        score: null,
        members: members.map((m) => ({ claim: m.nc, against: m.against })),
        refined: a.refined && a.reference.length > 0,
        comparisons,
        hiddenComparisons: hidden,
        checks: checks ?? [],
      });
    }
    return { findings, claimed };
  },
};
