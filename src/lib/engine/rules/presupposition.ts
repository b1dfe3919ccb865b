/**
 * Presupposition: a claim that takes another statement for granted (a price per token takes an API
 * for granted, an endpoint takes the API's availability) is checked against what the vendor says of
 * that statement. Which property presupposes what is domain knowledge: the registry's `presupposes`
 * (property, qualifiers, value). When the vendor states the presupposed property for the claim's
 * subject and qualifiers, and none of its statements has the presupposed value, the claims rest on
 * what the vendor's own words rule out: one finding per group of such claims, listing the vendor's
 * statements. Where the vendor says nothing of it, nothing is concluded.
 */
import { groupKey } from '../ids.ts';
import { normalizeText } from '../normalize.ts';
import { PRESUPPOSITION_MAGNITUDE } from '../severity.ts';
import { statedAgainstVendor } from './against-vendor.ts';
import type { PresuppositionFacts, Rule } from './rule.ts';

/** The rule takes over no claim: the other rules still judge the claims it flags. */
const NOTHING_CLAIMED: ReadonlySet<string> = new Set();

/** One presupposition finding per group whose property's presupposition the vendor's statements rule out. */
export const presuppositionRule: Rule = {
  kind: 'presupposition',
  defersTo: [],
  run(state) {
    const findings: PresuppositionFacts[] = [];
    if (state.ctx.vendorSources.size === 0) return { findings, claimed: NOTHING_CLAIMED };
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
      findings.push({
        ...statedAgainstVendor('presupposition', g, g.others, vendor, PRESUPPOSITION_MAGNITUDE),
        presupposed: { property: premise.property, qualifiers, value: premise.value },
      });
    }
    return { findings, claimed: NOTHING_CLAIMED };
  },
};
