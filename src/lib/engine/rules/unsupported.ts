/**
 * Unsupported: a group stated only by non-vendor sources, about a subject the vendor is the
 * authority on (see isVendorScoped: the vendor organization, its own models and products, and what
 * its source says it developed),
 * where the vendor's source gives no figure for the group, nor for a group that differs from it
 * only by a refining qualifier (variant, metric): "the vendor has not disclosed this".
 * Claims about third parties (other vendors' models, benchmarks, GPT Proto) are not flagged: the
 * vendor's silence about them means nothing. A claim the source attributes to a party whose own source
 * does not state it is left to unconfirmed-attribution (rules/attribution.ts), which proves the same silence.
 */
import { isVendorScoped } from '../context.ts';
import { findingId } from '../ids.ts';
import { severityScore, UNSUPPORTED_MAGNITUDE, UNSUPPORTED_STATEMENT_MAGNITUDE } from '../severity.ts';
import type { Rule, UnsupportedFacts } from './rule.ts';

/** One unsupported finding per vendor-scoped group without vendor figures; it claims those claims. */
export const unsupportedRule: Rule = {
  kind: 'unsupported',
  defersTo: ['overstated', 'scope-change', 'unconfirmed-attribution'],
  run(state, skip) {
    const { ctx } = state;
    const findings: UnsupportedFacts[] = [];
    const unsupported = new Set<string>();
    if (ctx.vendorSources.size === 0) return { findings, claimed: unsupported };
    for (const a of state.assessments) {
      const g = a.group;
      if (a.reference.length > 0 || g.vendor.length > 0 || !isVendorScoped(ctx, g.subject)) continue;
      const claims = g.members.filter((m) => !skip.has(m.claim.id));
      if (claims.length === 0) continue;
      for (const c of claims) unsupported.add(c.claim.id);
      findings.push({
        id: findingId('unsupported', g.key),
        kind: 'unsupported',
        group: g,
        claims,
        score: Math.max(
          ...claims.map((c) =>
            severityScore({
              tier: c.tier,
              vendorReference: true,
              magnitude: c.norm.domain === 'numeric' ? UNSUPPORTED_MAGNITUDE : UNSUPPORTED_STATEMENT_MAGNITUDE,
            }),
          ),
        ),
        stated: claims,
      });
    }
    return { findings, claimed: unsupported };
  },
};
