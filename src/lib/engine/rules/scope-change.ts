/**
 * Scope change: a secondary source states for the whole what the vendor states only within a
 * qualifier ("the first model labeled High Capability" where the vendor says "High capability for
 * cybersecurity-related tasks"). Which qualifiers set a statement's scope is domain knowledge: the
 * property's registry entry lists them (`scopedBy`). A group that omits one of them, for which the
 * vendor gives nothing itself, is compared with the vendor groups that differ from it only by stating
 * such qualifiers: one finding per group, naming the qualifiers dropped. It replaces the "not
 * disclosed" finding for those claims: the vendor does state the matter, in a narrower scope.
 */
import { groupBy } from '../../multimap.ts';
import { cmp } from '../context.ts';
import type { GroupData, PreparedClaim } from '../group.ts';
import { groupKey } from '../ids.ts';
import { SCOPE_CHANGE_MAGNITUDE } from '../severity.ts';
import { statedAgainstVendor } from './against-vendor.ts';
import type { Rule, ScopeChangeFacts } from './rule.ts';

/** Whether the group states one of the qualifiers in `scopedBy`. */
function statesScope(g: GroupData, scopedBy: readonly string[]): boolean {
  return Object.keys(g.qualifiers).some((k) => scopedBy.includes(k));
}

/** The group key with the qualifiers in `scopedBy` left out. */
function unscopedKey(g: GroupData, scopedBy: readonly string[]): string {
  const rest: Record<string, string> = {};
  for (const [k, v] of Object.entries(g.qualifiers)) if (!scopedBy.includes(k)) rest[k] = v;
  return groupKey(g.subject, g.property, rest);
}

/** One scope-change finding per vendor-less group whose statement the vendor makes only within a scoping qualifier. */
export const scopeChangeRule: Rule = {
  kind: 'scope-change',
  defersTo: ['overstated'],
  run(state, skip) {
    const scopedBy = (g: GroupData): readonly string[] => state.ctx.properties.get(g.property)?.scopedBy ?? [];
    // The vendor's groups that state a scoping qualifier, by their key without it (none without a vendor source).
    const scopedVendor = groupBy(
      state.groups.filter((g) => g.vendor.length > 0 && statesScope(g, scopedBy(g))),
      (g) => unscopedKey(g, scopedBy(g)),
    );
    const findings: ScopeChangeFacts[] = [];
    const claimed = new Set<string>();
    if (scopedVendor.size === 0) return { findings, claimed };
    for (const a of state.assessments) {
      const g = a.group;
      const keys = scopedBy(g);
      if (g.vendor.length > 0 || a.reference.length > 0 || statesScope(g, keys)) continue;
      const scoped = scopedVendor.get(g.key);
      if (!scoped) continue;
      const stated = g.others.filter((c) => !skip.has(c.claim.id));
      if (stated.length === 0) continue;
      const vendorClaims: PreparedClaim[] = scoped.flatMap((s) => s.vendor).sort((x, y) => cmp(x.claim.id, y.claim.id));
      const dropped: Record<string, string> = {};
      for (const s of scoped) for (const [k, v] of Object.entries(s.qualifiers)) if (keys.includes(k) && !(k in dropped)) dropped[k] = v;
      for (const c of stated) claimed.add(c.claim.id);
      findings.push({ ...statedAgainstVendor('scope-change', g, stated, vendorClaims, SCOPE_CHANGE_MAGNITUDE), dropped });
    }
    return { findings, claimed };
  },
};
