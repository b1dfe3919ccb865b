/**
 * The discrepancy engine: a pure function from the site's claims, sources, entities and properties
 * to comparison groups, findings, per-claim verdicts and per-source agreement.
 *
 * Pipeline: normalize each claim (normalize.ts) → group by subject, property and identifying
 * qualifiers (group.ts) → assess each group against the vendor's figures (rules/assess.ts) → rules:
 * overstated (comparative claims against the figures they relate), misattribution, conflict,
 * contradiction, reconciled, unsupported → verdicts (verdicts.ts) → agreement (agreement.ts).
 *
 * Deterministic: claims, sources, entities and properties are sorted on the way in, so the output
 * does not depend on their order. Cost: O(n log n) for n claims; no pairwise comparison across a
 * group (see incompatibleWithSome in compare.ts).
 */
import { computeAgreement } from './agreement.ts';
import { buildContext, identifiesDeveloper } from './context.ts';
import { buildGroups, compareClaims, indexGroups, type NClaim, prepareClaim, publicGroup } from './group.ts';
import { assessGroup } from './rules/assess.ts';
import { conflictRule } from './rules/conflict.ts';
import { contradictionRule } from './rules/contradiction.ts';
import { buildSiblingIndex, misattributionRule } from './rules/misattribution.ts';
import { overstatedRule } from './rules/overstated.ts';
import { reconciledRule } from './rules/reconciled.ts';
import { unsupportedRule } from './rules/unsupported.ts';
import { severityRank } from './severity.ts';
import type { Analysis, AnalysisInput, Finding } from './types.ts';
import { assessedByIndex, computeVerdicts } from './verdicts.ts';

export { compatible, incompatibleWithSome } from './compare.ts';
export { SINGLE_VALUED_TEXT_PROPERTIES } from './context.ts';
export { REFINING_QUALIFIERS } from './group.ts';
export { groupKey, isValidId, slugify } from './ids.ts';
export { APPROX_TOLERANCE, type Interval, type Norm, type NumericNorm, normalize, type QualitativeNorm } from './normalize.ts';
export {
  FULL_GAP,
  magnitudeFromGap,
  SECONDARY_REFERENCE_WEIGHT,
  SEVERITY_THRESHOLDS,
  severityLevel,
  severityScore,
  TIER_CREDIBILITY,
  UNSUPPORTED_MAGNITUDE,
  UNSUPPORTED_STATEMENT_MAGNITUDE,
} from './severity.ts';
export { type AnalysisSummary, summarize } from './summary.ts';
export type { Agreement, Analysis, AnalysisInput, ClaimVerdict, Finding, FindingKind, Group, Severity, Verdict } from './types.ts';
export { VERDICT_PRECEDENCE } from './verdicts.ts';

/** Orders findings: high severity first, then by id. */
export function compareFindings(a: Finding, b: Finding): number {
  return severityRank(a.severity) - severityRank(b.severity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Analyzes the claims: groups, findings, per-claim verdicts and per-source agreement with the vendor. */
export function analyze(input: AnalysisInput): Analysis {
  const ctx = buildContext(input);
  const prepared = [...input.claims].sort(compareClaims).map((c, i) => prepareClaim(ctx, c, i));
  for (const nc of prepared) {
    if (
      nc.vendor &&
      identifiesDeveloper(ctx.properties.get(nc.claim.property)) &&
      nc.norm.domain === 'qualitative' &&
      ctx.vendorOrgs.has(nc.norm.key)
    ) {
      ctx.vendorDeveloped.add(nc.claim.subject);
    }
  }
  const groups = buildGroups(prepared);
  const index = indexGroups(groups);
  const assessments = groups.map((g) => assessGroup(ctx, index, g));

  const over = overstatedRule(ctx, index, groups);
  const excluded = new Set<string>();
  const extra = new Map<string, { claims: NClaim[]; lines: string[]; checked: NClaim[] }>();
  for (const [id, check] of over.checks) {
    if (!check.vendorFigures) continue;
    excluded.add(id);
    const nc = check.nc;
    if (check.outcome !== 'consistent' || check.relation === 'order') continue;
    let entry = extra.get(nc.group);
    if (!entry) {
      entry = { claims: [], lines: [], checked: [] };
      extra.set(nc.group, entry);
    }
    entry.claims.push(nc, ...check.figures);
    entry.checked.push(nc);
    entry.lines.push(check.line);
  }

  const mis = misattributionRule(ctx, assessments, buildSiblingIndex(groups), excluded);
  const skipConflict = new Set([...excluded, ...mis.misattributed]);
  const unsupported = unsupportedRule(ctx, assessments, excluded);
  const findings = [
    ...over.findings,
    ...mis.findings,
    ...conflictRule(ctx, assessments, skipConflict),
    ...contradictionRule(ctx, assessments, excluded),
    ...reconciledRule(ctx, assessments, excluded, extra),
    ...unsupported.findings,
  ].sort(compareFindings);

  const verdicts = computeVerdicts({
    claims: prepared,
    assessments,
    misattributed: mis.misattributed,
    unsupported: unsupported.unsupported,
    checks: over.checks,
    findings,
  });
  const agreement = computeAgreement(
    ctx,
    prepared,
    assessedByIndex(assessments, prepared.length),
    over.checks,
    mis.misattributed,
    verdicts,
  );
  return { groups: groups.map(publicGroup), findings, verdicts, agreement };
}
