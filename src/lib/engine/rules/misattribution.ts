/**
 * Misattribution: a secondary source's figure for model X disagrees with the vendor's figure for X
 * but equals (at the stated precision) the vendor's figure for another entity Y of the same kind,
 * for the same property and identifying qualifiers. The finding names Y.
 *
 * Only exact figures qualify (an approximation or bound matching another model proves little).
 * A misattributed claim gets no plain conflict finding: the misattribution finding replaces it and
 * already states the disagreement with X's figure in its arithmetic.
 */
import { exactCompatible } from '../compare.ts';
import { type Context, cmp } from '../context.ts';
import { type GroupData, type PreparedClaim, siblingKey } from '../group.ts';
import { findingId } from '../ids.ts';
import { distinctBy } from '../lists.ts';
import type { NumericNorm } from '../normalize.ts';
import { severityScore } from '../severity.ts';
import { MAX_ARITHMETIC_LINES, type MisattributionFacts, type Rule } from './rule.ts';

interface SiblingList {
  /** Vendor exact figures sorted by canonical value. */
  items: PreparedClaim[];
  /** Largest half step among them (how far a compatible figure can sit from ours). */
  maxHalf: number;
}

/** Vendor exact figures by sibling key (the group key without the subject), sorted for range lookups. */
export type SiblingIndex = ReadonlyMap<string, SiblingList>;

/** Builds the sibling index from all groups' vendor claims. */
export function buildSiblingIndex(groups: readonly GroupData[]): SiblingIndex {
  const index = new Map<string, SiblingList>();
  for (const g of groups) {
    for (const v of g.vendor) {
      if (v.norm.domain !== 'numeric' || v.norm.form !== 'exact') continue;
      const sibling = siblingKey(v);
      let list = index.get(sibling);
      if (!list) {
        list = { items: [], maxHalf: 0 };
        index.set(sibling, list);
      }
      list.items.push(v);
      list.maxHalf = Math.max(list.maxHalf, v.norm.step / 2);
    }
  }
  for (const list of index.values()) {
    list.items.sort((a, b) => (a.norm as NumericNorm).point - (b.norm as NumericNorm).point || cmp(a.claim.id, b.claim.id));
  }
  return index;
}

function lowerBound(items: readonly PreparedClaim[], value: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const item = items[mid] as PreparedClaim;
    if ((item.norm as NumericNorm).point < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Vendor claims for other subjects (of the same entity kind) whose exact figure equals this claim's. */
export function matchingSiblings(ctx: Context, index: SiblingIndex, nc: PreparedClaim, siblingKeys: readonly string[]): PreparedClaim[] {
  const norm = nc.norm;
  if (norm.domain !== 'numeric' || norm.form !== 'exact') return [];
  const kind = ctx.entities.get(nc.claim.subject)?.kind;
  const out: PreparedClaim[] = [];
  for (const key of siblingKeys) {
    const list = index.get(key);
    if (!list) continue;
    const reach = norm.step / 2 + list.maxHalf;
    for (let i = lowerBound(list.items, norm.point - reach); i < list.items.length; i++) {
      const cand = list.items[i] as PreparedClaim;
      const cn = cand.norm as NumericNorm;
      if (cn.point > norm.point + reach) break;
      if (cand.claim.subject === nc.claim.subject || cn.dimension !== norm.dimension) continue;
      const candKind = ctx.entities.get(cand.claim.subject)?.kind;
      if (kind !== undefined && candKind !== undefined && kind !== candKind) continue;
      if (exactCompatible(norm, cn)) out.push(cand);
    }
  }
  return out.sort((a, b) => cmp(a.claim.subject, b.claim.subject) || cmp(a.claim.id, b.claim.id));
}

/** Matches for one entity Y within a group, gathered claim by claim. */
interface MatchEntry {
  claims: PreparedClaim[];
  comparisons: MisattributionFacts['comparisons'][number][];
  hidden: number;
  scores: number[];
  others: Set<string>;
}

/** Finds misattributions among claims that are incompatible with the vendor's figure for their own subject. */
export const misattributionRule: Rule = {
  kind: 'misattribution',
  defersTo: ['overstated'],
  run(state, excluded) {
    const { ctx } = state;
    const index = buildSiblingIndex(state.groups);
    const findings: MisattributionFacts[] = [];
    const misattributed = new Set<string>();
    for (const a of state.assessments) {
      if (a.reference.length === 0 || a.counts.incompatible === 0) continue;
      let siblingKeys: string[] | undefined;
      // Matches grouped by the entity they belong to (the first, alphabetically, when several match).
      const byY = new Map<string, MatchEntry>();
      for (const m of a.members) {
        if (m.status !== 'incompatible' || !m.viaVendor || excluded.has(m.nc.claim.id)) continue;
        siblingKeys ??= [...new Set(a.reference.map(siblingKey))].sort(cmp);
        const matches = matchingSiblings(ctx, index, m.nc, siblingKeys);
        const first = matches[0];
        if (!first) continue;
        const y = first.claim.subject;
        const ys = distinctBy(matches, (c) => c.claim.subject);
        let entry = byY.get(y);
        if (!entry) {
          entry = { claims: [], comparisons: [], hidden: 0, scores: [], others: new Set() };
          byY.set(y, entry);
        }
        for (const other of ys.slice(1)) entry.others.add(other.claim.subject);
        misattributed.add(m.nc.claim.id);
        const yRefs = matches.filter((c) => c.claim.subject === y);
        entry.claims.push(m.nc, ...m.against, ...yRefs);
        if (entry.comparisons.length < MAX_ARITHMETIC_LINES)
          entry.comparisons.push({ claim: m.nc, ownReference: m.against[0] as PreparedClaim, matchedReference: first });
        else entry.hidden++;
        entry.scores.push(severityScore({ tier: m.nc.tier, vendorReference: true, magnitude: 1 }));
      }
      for (const [y, entry] of [...byY].sort((p, q) => cmp(p[0], q[0]))) {
        const g = a.group;
        const disputed = distinctBy(
          entry.claims.filter((c) => misattributed.has(c.claim.id) && c.claim.subject === g.subject && !c.vendor),
          (c) => c.claim.id,
        );
        findings.push({
          id: findingId('misattribution', g.key, 'matches', y),
          kind: 'misattribution',
          group: g,
          claims: entry.claims,
          score: Math.max(...entry.scores),
          matchedSubject: y,
          alsoMatches: [...entry.others].sort(cmp),
          disputed,
          vendorFigure: entry.claims.find((c) => c.vendor && c.claim.subject === g.subject) as PreparedClaim,
          comparisons: entry.comparisons,
          hiddenComparisons: entry.hidden,
        });
      }
    }
    return { findings, claimed: misattributed };
  },
};
