/** Counts over an analysis, for overview pages and reports. */
import type { Analysis, FindingKind, Severity, Verdict } from './types.ts';

/** Totals of an analysis. */
export interface AnalysisSummary {
  /** Number of claims. */
  claims: number;
  /** Number of groups. */
  groups: number;
  /** Findings per kind. */
  byKind: Record<FindingKind, number>;
  /** Findings per severity. */
  bySeverity: Record<Severity, number>;
  /** Claims per verdict. */
  byVerdict: Record<Verdict, number>;
}

/** Counts findings by kind and severity and claims by verdict. */
export function summarize(analysis: Analysis): AnalysisSummary {
  const byKind: Record<FindingKind, number> = {
    conflict: 0,
    misattribution: 0,
    unsupported: 0,
    contradiction: 0,
    differs: 0,
    presupposition: 0,
    'scope-change': 0,
    'unconfirmed-attribution': 0,
    overstated: 0,
    reconciled: 0,
  };
  const bySeverity: Record<Severity, number> = { high: 0, medium: 0, low: 0, info: 0 };
  const byVerdict: Record<Verdict, number> = {
    vendor: 0,
    agrees: 0,
    corroborated: 0,
    reconciled: 0,
    conflicts: 0,
    contradicts: 0,
    differs: 0,
    widened: 0,
    unconfirmed: 0,
    misattributed: 0,
    overstated: 0,
    unsupported: 0,
    uncompared: 0,
  };
  for (const f of analysis.findings) {
    byKind[f.kind]++;
    bySeverity[f.severity]++;
  }
  let claims = 0;
  for (const v of Object.values(analysis.verdicts)) {
    byVerdict[v.verdict]++;
    claims++;
  }
  return { claims, groups: analysis.groups.length, byKind, bySeverity, byVerdict };
}

/** The non-zero counts of a tally as text, in the tally's order: "3 high, 2 medium". */
export function nonZeroCounts(tally: Readonly<Record<string, number>>): string {
  return Object.entries(tally)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
}
