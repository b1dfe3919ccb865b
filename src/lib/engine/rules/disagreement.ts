/**
 * Conflict (numbers and dates) and contradiction (enum, boolean and single-valued text): one
 * finding per group listing every claim that cannot be true together with the vendor's figure (or,
 * without one, with another claim of the group), plus the vendor's own figures when they disagree
 * among themselves in the same circumstances.
 *
 * - conflict: intervals that do not overlap, exact figures that do not round to each other.
 *   Misattributed claims are left out: the misattribution finding covers them.
 * - contradiction: different enum values ("not-yet-available" vs "available"), opposite booleans,
 *   or different texts for a single-valued text property (registry `singleValued: true`), texts
 *   compared after folding case, whitespace and typographic variants.
 * - differs: different qualitative values stated for different values of a qualifier the property's
 *   values coexist across (registry `coexistsAcross`: a safeguard's `trigger`, a setting's `channel`):
 *   the accounts differ without excluding each other, with a lower severity (DIFFERS_MAGNITUDE). A
 *   claim is a differs only when it coexists with every claim it disagrees with; otherwise it contradicts.
 */
import type { Assessed, GroupAssessment } from '../assess.ts';
import { numericCompatible, relativeGap } from '../compare.ts';
import { coexist, type PreparedClaim } from '../group.ts';
import { findingId } from '../ids.ts';
import { distinctBy } from '../lists.ts';
import type { NumericNorm } from '../normalize.ts';
import { CONTRADICTION_MAGNITUDE, DIFFERS_MAGNITUDE, magnitudeFromGap, severityScore } from '../severity.ts';
import type { FindingKind } from '../types.ts';
import { type AnalysisState, type Comparison, type DisagreementFacts, MAX_ARITHMETIC_LINES, type Rule, type RuleResult } from './rule.ts';

/** Relative gap used for severity: numbers by magnitude, dates by days apart / 300. */
export function gapBetween(a: PreparedClaim, b: PreparedClaim): number {
  if (a.norm.domain !== 'numeric' || b.norm.domain !== 'numeric') return 1;
  if (a.norm.form === 'date' || b.norm.form === 'date') {
    const d = Math.max(0, a.norm.interval.lo - b.norm.interval.hi, b.norm.interval.lo - a.norm.interval.hi);
    return d / 300;
  }
  return relativeGap(a.norm, b.norm);
}

function magnitude(kind: FindingKind, a: PreparedClaim, b: PreparedClaim | undefined): number {
  if (kind === 'differs') return DIFFERS_MAGNITUDE;
  if (kind === 'contradiction' || !b) return CONTRADICTION_MAGNITUDE;
  return magnitudeFromGap(gapBetween(a, b));
}

/** Finds, for a claim of a group without vendor figures, a disputed claim it is incompatible with, in O(1). */
function counterparts(disputed: readonly PreparedClaim[]): (m: PreparedClaim) => PreparedClaim | undefined {
  const extremes = new Map<string, { lowest: PreparedClaim; highest: PreparedClaim }>();
  const labels: PreparedClaim[] = [];
  for (const d of disputed) {
    if (d.norm.domain === 'qualitative') {
      if (
        labels.length < 2 &&
        !labels.some((l) => l.norm.domain === 'qualitative' && d.norm.domain === 'qualitative' && l.norm.key === d.norm.key)
      )
        labels.push(d);
      continue;
    }
    const e = extremes.get(d.norm.dimension);
    if (!e) extremes.set(d.norm.dimension, { lowest: d, highest: d });
    else {
      if (d.norm.point < (e.lowest.norm as NumericNorm).point) e.lowest = d;
      if (d.norm.point > (e.highest.norm as NumericNorm).point) e.highest = d;
    }
  }
  return (m) => {
    if (m.norm.domain === 'qualitative') {
      const key = m.norm.key;
      return labels.find((l) => l.norm.domain === 'qualitative' && l.norm.key !== key);
    }
    const e = extremes.get(m.norm.dimension);
    if (!e) return undefined;
    for (const c of [e.highest, e.lowest]) if (numericCompatible(m.norm, c.norm as NumericNorm) === false) return c;
    return undefined;
  };
}

/**
 * Whether a disputed qualitative claim only differs: it can be true together with every claim it
 * disagrees with (the vendor's figures it was judged against, or, among peers, every other disputed
 * claim with another value), because they state different values of a `coexistsAcross` qualifier.
 */
export function onlyDiffers(a: GroupAssessment, m: Assessed): boolean {
  if (m.nc.norm.domain !== 'qualitative') return false;
  const key = m.nc.norm.key;
  const others =
    a.reference.length > 0
      ? m.against
      : a.members
          .filter((o) => o.status === 'incompatible' && o.nc.norm.domain === 'qualitative' && o.nc.norm.key !== key)
          .map((o) => o.nc);
  return others.length > 0 && others.every((o) => coexist(m.nc, o));
}

/** Runs the shared rule for one kind. */
function disagreements(state: AnalysisState, kind: DisagreementFacts['kind'], skip: ReadonlySet<string>): RuleResult {
  const domain = kind === 'conflict' ? 'numeric' : 'qualitative';
  const findings: DisagreementFacts[] = [];
  const claimed = new Set<string>();
  for (const a of state.assessments) {
    if (a.counts.incompatible === 0 && a.vendorSelfConflicts.length === 0) continue;
    const g = a.group;
    const disputed: Assessed[] = a.members.filter(
      (m) =>
        m.status === 'incompatible' &&
        m.nc.norm.domain === domain &&
        !skip.has(m.nc.claim.id) &&
        (kind === 'conflict' || onlyDiffers(a, m) === (kind === 'differs')),
    );
    const self = kind === 'differs' ? [] : a.vendorSelfConflicts.filter((v) => v.norm.domain === domain);
    if (disputed.length === 0 && self.length === 0) continue;
    const claims: PreparedClaim[] = [...self];
    const comparisons: Comparison[] = [];
    const selfComparisons: Comparison[] = [];
    const scores: number[] = [];
    const viaVendor = a.reference.length > 0;
    const disputedClaims = disputed.map((m) => m.nc);
    const counterpart = counterparts(disputedClaims);
    let hidden = 0;
    for (const m of disputed) {
      claimed.add(m.nc.claim.id);
      claims.push(m.nc, ...m.against);
      const other = viaVendor ? m.against[0] : counterpart(m.nc);
      if (other && comparisons.length < MAX_ARITHMETIC_LINES) comparisons.push({ claim: m.nc, reference: other });
      else if (other) hidden++;
      scores.push(severityScore({ tier: m.nc.tier, vendorReference: viaVendor, magnitude: magnitude(kind, m.nc, other) }));
    }
    for (let i = 1; i < self.length; i++) {
      const first = self[0] as PreparedClaim;
      const other = self[i] as PreparedClaim;
      if (i <= MAX_ARITHMETIC_LINES) selfComparisons.push({ claim: other, reference: first });
      scores.push(severityScore({ tier: 1, vendorReference: true, magnitude: magnitude(kind, other, first) }));
    }
    const basis = disputed.length === 0 ? 'vendor-self' : viaVendor ? 'vendor' : 'peers';
    findings.push({
      id: findingId(kind, g.key),
      kind,
      group: g,
      claims,
      score: Math.max(...scores),
      basis,
      disputed: disputedClaims,
      references:
        basis === 'vendor'
          ? distinctBy(
              disputed.flatMap((m) => m.against),
              (c) => c.norm.signature,
            )
          : [],
      refined: a.refined,
      referenceSource: a.reference[0]?.claim.source ?? null,
      comparisons,
      hiddenComparisons: hidden,
      selfConflicts: self,
      selfComparisons,
    });
  }
  return { findings, claimed };
}

/** One conflict finding per group with incompatible numbers or dates; misattributed figures are left to their own finding. */
export const conflictRule: Rule = {
  kind: 'conflict',
  defersTo: ['overstated', 'misattribution'],
  run: (state, skip) => disagreements(state, 'conflict', skip),
};

/** One contradiction finding per group with incompatible qualitative values that exclude each other. */
export const contradictionRule: Rule = {
  kind: 'contradiction',
  defersTo: ['overstated'],
  run: (state, skip) => disagreements(state, 'contradiction', skip),
};

/** One differs finding per group whose different qualitative values can all be true (registry `coexistsAcross`). */
export const differsRule: Rule = {
  kind: 'differs',
  defersTo: ['overstated'],
  run: (state, skip) => disagreements(state, 'differs', skip),
};
