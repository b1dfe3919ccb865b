/**
 * Overstated: comparative claims (see comparative.ts) that the figures they relate do not bear out,
 * one finding per group. A claim that claims more than the figures give is "overstated" (verdict
 * label "understated" for the reverse).
 *
 * A claim checked against vendor figures is judged by this rule only: the rule claims it, so no
 * other rule (conflict, contradiction, misattribution, reconciled, unsupported) looks at it again.
 */
import type { ComparativeCheck } from '../comparative.ts';
import { findingId } from '../ids.ts';
import type { OverstatedFacts, Rule } from './rule.ts';

/** One overstated finding per comparative group with claims that fail their check. */
export const overstatedRule: Rule = {
  kind: 'overstated',
  defersTo: [],
  run(state) {
    const findings: OverstatedFacts[] = [];
    const claimed = new Set<string>();
    for (const g of state.groups) {
      const failing: ComparativeCheck[] = [];
      for (const nc of g.members) {
        const check = state.comparatives.get(nc.claim.id);
        if (!check) continue;
        if (check.vendorFigures) claimed.add(nc.claim.id);
        if (check.outcome !== 'consistent') failing.push(check);
      }
      if (failing.length === 0) continue;
      findings.push({
        id: findingId('overstated', g.key),
        kind: 'overstated',
        group: g,
        claims: failing.flatMap((f) => [f.nc, ...f.figures]),
        score: Math.max(...failing.map((f) => f.score)),
        failing,
      });
    }
    return { findings, claimed };
  },
};
