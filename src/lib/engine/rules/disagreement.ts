/**
 * Shared machinery of the conflict rule (numbers and dates) and the contradiction rule (enum,
 * boolean and single-valued text): one finding per group listing every claim that cannot be true
 * together with the vendor's figure (or, without one, with another claim of the group), plus the
 * vendor's own figures when they disagree among themselves in the same circumstances.
 */
import { numericCompatible, relativeGap } from '../compare.ts';
import type { Context } from '../context.ts';
import { explain, listSome, quotedValue, referenceValue, sourceName, topic } from '../describe.ts';
import type { NClaim } from '../group.ts';
import { findingId } from '../ids.ts';
import type { NumericNorm } from '../normalize.ts';
import { magnitudeFromGap, severityScore } from '../severity.ts';
import type { Finding, FindingKind } from '../types.ts';
import type { Assessed, GroupAssessment } from './assess.ts';
import { distinctBy, distinctStatements, MAX_ARITHMETIC_LINES, makeFinding } from './finding.ts';

/** Relative gap used for severity: numbers by magnitude, dates by days apart / 300. */
export function gapBetween(a: NClaim, b: NClaim): number {
  if (a.norm.domain !== 'numeric' || b.norm.domain !== 'numeric') return 1;
  if (a.norm.form === 'date' || b.norm.form === 'date') {
    const d = Math.max(0, a.norm.interval.lo - b.norm.interval.hi, b.norm.interval.lo - a.norm.interval.hi);
    return d / 300;
  }
  return relativeGap(a.norm, b.norm);
}

function magnitude(kind: FindingKind, a: NClaim, b: NClaim | undefined): number {
  if (kind === 'contradiction' || !b) return 1;
  return magnitudeFromGap(gapBetween(a, b));
}

/** Finds, for a claim of a group without vendor figures, a disputed claim it is incompatible with, in O(1). */
function counterparts(disputed: readonly NClaim[]): (m: NClaim) => NClaim | undefined {
  const extremes = new Map<string, { lowest: NClaim; highest: NClaim }>();
  const labels: NClaim[] = [];
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

/** Claims grouped by source, in first-appearance order (one sentence part per source). */
function bySource(claims: readonly NClaim[]): NClaim[][] {
  const groups = new Map<string, NClaim[]>();
  for (const c of claims) {
    const list = groups.get(c.claim.source);
    if (list) list.push(c);
    else groups.set(c.claim.source, [c]);
  }
  return [...groups.values()];
}

/** Runs the shared rule for one domain. */
export function disagreementRule(
  ctx: Context,
  assessments: readonly GroupAssessment[],
  kind: 'conflict' | 'contradiction',
  skip: ReadonlySet<string>,
): Finding[] {
  const domain = kind === 'conflict' ? 'numeric' : 'qualitative';
  const findings: Finding[] = [];
  for (const a of assessments) {
    if (a.counts.incompatible === 0 && a.vendorSelfConflicts.length === 0) continue;
    const g = a.group;
    const disputed: Assessed[] = a.members.filter(
      (m) => m.status === 'incompatible' && m.nc.norm.domain === domain && !skip.has(m.nc.claim.id),
    );
    const self = a.vendorSelfConflicts.filter((v) => v.norm.domain === domain);
    if (disputed.length === 0 && self.length === 0) continue;
    const claims: NClaim[] = [...self];
    const lines: string[] = [];
    const scores: number[] = [];
    const viaVendor = a.reference.length > 0;
    const disputedClaims = disputed.map((m) => m.nc);
    const counterpart = counterparts(disputedClaims);
    let hidden = 0;
    for (const m of disputed) {
      claims.push(m.nc, ...m.against);
      const other = viaVendor ? m.against[0] : counterpart(m.nc);
      if (other && lines.length < MAX_ARITHMETIC_LINES) lines.push(explain(ctx, m.nc, other));
      else if (other) hidden++;
      scores.push(severityScore({ tier: m.nc.tier, vendorReference: viaVendor, magnitude: magnitude(kind, m.nc, other) }));
    }
    if (hidden > 0) lines.push(`… and ${hidden} more`);
    for (let i = 1; i < self.length; i++) {
      const first = self[0] as NClaim;
      const other = self[i] as NClaim;
      if (i <= MAX_ARITHMETIC_LINES) lines.push(explain(ctx, other, first));
      scores.push(severityScore({ tier: 1, vendorReference: true, magnitude: magnitude(kind, other, first) }));
    }
    const t = topic(ctx, g.subject, g.property, g.qualifiers);
    const statements = listSome(
      bySource(distinctStatements(disputedClaims)),
      (list) =>
        `${sourceName(ctx, (list[0] as NClaim).claim.source)} ${kind === 'conflict' ? 'gives' : 'states'} ${listSome(list, (c) => quotedValue(ctx, c), 3)}`,
    );
    let summary: string;
    let verdict: string;
    if (viaVendor && disputed.length > 0) {
      const refs = distinctBy(
        disputed.flatMap((m) => m.against),
        (c) => c.norm.signature,
      );
      const vendorValues = listSome(refs, (r) => referenceValue(ctx, r, a.refined));
      summary = `For ${t}, ${sourceName(ctx, a.reference[0]?.claim.source ?? '')} ${kind === 'conflict' ? 'gives' : 'states'} ${vendorValues}, but ${statements}.`;
      verdict = kind === 'conflict' ? 'conflicts with the vendor' : 'contradicts the vendor';
    } else if (disputed.length > 0) {
      summary = `Sources disagree on ${t}: ${statements}.`;
      verdict = kind === 'conflict' ? 'sources disagree' : 'sources contradict each other';
    } else {
      summary = `${sourceName(ctx, (self[0] as NClaim).claim.source)} itself gives incompatible values for ${t}: ${listSome(
        distinctBy(self, (c) => c.norm.signature),
        (c) => quotedValue(ctx, c),
      )}.`;
      verdict = 'vendor figures disagree';
    }
    if (viaVendor && disputed.length > 0 && self.length > 0) summary += ` The vendor's own figures also disagree with each other.`;
    findings.push(
      makeFinding({
        id: findingId(kind, g.key),
        kind,
        group: g,
        claims,
        summary,
        arithmetic: lines,
        verdict,
        score: Math.max(...scores),
      }),
    );
  }
  return findings;
}
