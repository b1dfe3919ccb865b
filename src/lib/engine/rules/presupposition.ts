/**
 * Presupposition: a claim that takes another statement for granted (a price per token takes an API
 * for granted, an endpoint takes the API's availability) is checked against what the vendor says of
 * that statement. Which property presupposes what is domain knowledge: the registry's `presupposes`
 * (property, qualifiers, value). When the vendor states the presupposed property for the claim's
 * subject and qualifiers, and none of its statements has the presupposed value, the claims rest on
 * what the vendor's own words rule out: one finding per group of such claims, listing the vendor's
 * statements. Where the vendor says nothing of it, nothing is concluded.
 */
import { findingId, groupKey } from '../ids.ts';
import { normalizeText } from '../normalize.ts';
import { PRESUPPOSITION_MAGNITUDE, severityScore } from '../severity.ts';
import type { PresuppositionFacts, Rule } from './rule.ts';

/** One presupposition finding per group whose property's presupposition the vendor's statements rule out. */
export const presuppositionRule: Rule = {
  kind: 'presupposition',
  defersTo: [],
  run(state) {
    const findings: PresuppositionFacts[] = [];
    const claimed = new Set<string>();
    if (state.ctx.vendorSources.size === 0) return { findings, claimed };
    for (const g of state.groups) {
      const premise = state.ctx.properties.get(g.property)?.presupposes;
      if (!premise || g.others.length === 0) continue;
      const qualifiers = { ...premise.qualifiers };
      const key = groupKey(g.subject, premise.property, qualifiers);
      const vendor = state.index.byKey.get(key)?.vendor ?? [];
      if (vendor.length === 0) continue;
      const wanted = normalizeText(premise.value);
      const holds = vendor.some((v) => v.norm.domain === 'qualitative' && v.norm.key === wanted);
      if (holds) continue;
      const stated = g.others;
      findings.push({
        id: findingId('presupposition', g.key),
        kind: 'presupposition',
        group: g,
        claims: [...stated, ...vendor],
        score: Math.max(...stated.map((c) => severityScore({ tier: c.tier, vendorReference: true, magnitude: PRESUPPOSITION_MAGNITUDE }))),
        stated,
        presupposed: { property: premise.property, qualifiers, value: premise.value },
        vendorClaims: vendor,
      });
    }
    return { findings, claimed };
  },
};
