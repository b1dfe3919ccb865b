/**
 * Unconfirmed attribution (#12.5): a claim a source attributes to another party (`attributedTo: P`,
 * "OpenAI hints at …", "OpenAI positions it as …") is checked against P's own sources, the sources whose
 * publisher is P (Context.partySources; no party is named in code). Against P's own claims on the same fact
 * (the claim's group, and the groups that differ from it only by a refining qualifier, as vendorClaimsFor
 * finds the vendor's), narrowed to the claim's circumstances where P states any:
 *
 * - P states it (a value that can be true with the claim's; for descriptive text, the same text): the
 *   attribution holds and there is no finding. The claim's verdict is its agreement with P's source: for the
 *   vendor, `agrees` or `reconciled` from the group's assessment against the vendor's figures; for another
 *   party, `corroborated` where the vendor says nothing (its source agrees with P's), or the verdict against
 *   the vendor's figures where the vendor speaks.
 * - P states a value that rules the claim's out: a finding, the claim `contradicted`.
 * - P states neither (no claim on the fact, or only descriptive texts that say something else): a finding,
 *   the claim `unstated`. That P's text does not state it is proven, not presumed: undisclosed.ts searches
 *   P's snapshots for the property's registry terms as it does for "not disclosed", and a passage holding one
 *   that is neither P's recorded claim on this fact (listed in the finding as what P does state) nor listed in
 *   P's notClaims fails the build, naming the passage.
 * - P has no source in the content: nothing to check against, no finding (the claim is judged as any other;
 *   its findings still say to whom the source attributes it).
 *
 * A kind of its own, not a refinement of `unsupported`: "not disclosed" is about the vendor's silence on its
 * own subjects, for a whole group, and is void as soon as the vendor states anything in the group. An
 * attribution is one source's report of what a named party said: it is checked against that party (vendor or
 * not) whatever the subject, it can be wrong while the vendor states the fact (P states another text, or
 * another value than the one reported), and the error it flags is a different one (words put in a party's
 * mouth), so a reader filters and rates it apart. It defers to the rules that already judge the claim
 * against the same figures (a contradiction or conflict with the vendor or its peers, a misattribution, a
 * reconciliation, a widened scope, an overstatement); `unsupported` defers to it, so an attributed claim that
 * P's own source does not state is one finding, this one.
 */
import { compatible } from '../compare.ts';
import { cmp } from '../context.ts';
import { coexist, type GroupData, type GroupIndex, matchCircumstances, type PreparedClaim, refiningCompatible } from '../group.ts';
import { findingId } from '../ids.ts';
import { ATTRIBUTION_UNSTATED_MAGNITUDE, CONTRADICTION_MAGNITUDE, severityScore } from '../severity.ts';
import type { Rule, UnconfirmedAttributionFacts } from './rule.ts';

/** How a party's own claims bear on a claim attributed to it. */
export type AttributionOutcome = 'confirmed' | 'contradicted' | 'unstated';

/** The party's own claims on a group's fact: its own members from those sources, else those of its refining siblings. */
export function partyClaimsFor(index: GroupIndex, g: GroupData, sources: ReadonlySet<string>): PreparedClaim[] {
  const own = g.members.filter((m) => sources.has(m.claim.source));
  if (own.length > 0) return own;
  const out: PreparedClaim[] = [];
  for (const other of index.byUnrefinedKey.get(g.unrefinedKey) ?? []) {
    if (other.key === g.key || !refiningCompatible(g.refining, other.refining)) continue;
    for (const m of other.members) if (sources.has(m.claim.source)) out.push(m);
  }
  return out.sort((a, b) => cmp(a.claim.id, b.claim.id));
}

/** Whether the party's own claims state the attributed claim, rule it out, or do neither. */
export function attributionOutcome(nc: PreparedClaim, party: readonly PreparedClaim[]): AttributionOutcome {
  const refs = matchCircumstances(nc, party);
  let ruledOut = false;
  for (const r of refs) {
    const result = compatible(nc.norm, r.norm);
    if (result === true) return 'confirmed';
    // Descriptive text is compared for equality only: another text says something else, it rules nothing out.
    if (result === false && !nc.descriptive && !r.descriptive && !coexist(nc, r)) ruledOut = true;
  }
  return ruledOut ? 'contradicted' : 'unstated';
}

/** One finding per group and party whose attributed claims the party's own source does not bear out. */
export const attributionRule: Rule = {
  kind: 'unconfirmed-attribution',
  defersTo: ['overstated', 'misattribution', 'conflict', 'contradiction', 'differs', 'reconciled', 'scope-change'],
  run(state, skip) {
    const findings: UnconfirmedAttributionFacts[] = [];
    const claimed = new Set<string>();
    const { ctx } = state;
    if (ctx.partySources.size === 0) return { findings, claimed };
    for (const g of state.groups) {
      const byParty = new Map<string, PreparedClaim[]>();
      for (const m of g.members) {
        const party = m.claim.attributedTo;
        if (party === undefined || skip.has(m.claim.id)) continue;
        const own = ctx.partySources.get(party);
        if (!own || own.includes(m.claim.source)) continue;
        const list = byParty.get(party);
        if (list) list.push(m);
        else byParty.set(party, [m]);
      }
      for (const [party, attributed] of [...byParty].sort(([a], [b]) => cmp(a, b))) {
        const partySources = ctx.partySources.get(party) as readonly string[];
        const partyClaims = partyClaimsFor(state.index, g, new Set(partySources));
        const contradicted: PreparedClaim[] = [];
        const unstated: PreparedClaim[] = [];
        for (const nc of attributed) {
          const outcome = attributionOutcome(nc, partyClaims);
          if (outcome === 'contradicted') contradicted.push(nc);
          else if (outcome === 'unstated') unstated.push(nc);
        }
        const stated = [...contradicted, ...unstated];
        if (stated.length === 0) continue;
        for (const c of stated) claimed.add(c.claim.id);
        const magnitude = (c: PreparedClaim) => (contradicted.includes(c) ? CONTRADICTION_MAGNITUDE : ATTRIBUTION_UNSTATED_MAGNITUDE);
        findings.push({
          id: findingId('unconfirmed-attribution', g.key, `attributed to ${party}`),
          kind: 'unconfirmed-attribution',
          group: g,
          claims: [...stated, ...partyClaims],
          score: Math.max(...stated.map((c) => severityScore({ tier: c.tier, vendorReference: true, magnitude: magnitude(c) }))),
          party,
          partySources,
          partyClaims,
          contradicted,
          unstated,
        });
      }
    }
    return { findings, claimed };
  },
};
