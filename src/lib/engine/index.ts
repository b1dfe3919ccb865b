/**
 * The discrepancy engine: a pure function from the site's claims, sources, entities and properties
 * to comparison groups, findings, per-claim verdicts and per-source agreement.
 *
 * Stages: normalize each claim (normalize.ts) → group by subject, property and identifying
 * qualifiers (group.ts) → assess each group against the vendor's figures (assess.ts) and check each
 * comparative claim against the figures it relates (comparative.ts) → run the rules (rules/, one
 * interface in rules/rule.ts, precedence declared by each rule and applied by runRules below), which
 * return structured findings → explain them in English (explain/, the only place that writes
 * sentences) → verdicts (verdicts.ts) → agreement (agreement.ts).
 *
 * Domain knowledge comes in with the properties (registry fields singleValued, identifiesDeveloper,
 * valueOrder, compares, relation); the engine hard-codes no property id.
 *
 * Deterministic: claims, sources, entities and properties are sorted on the way in, so the output
 * does not depend on their order. Cost: O(n log n) for n claims; no pairwise comparison across a
 * group (see incompatibleWithSome in compare.ts).
 */
import { computeAgreement } from './agreement.ts';
import { assessGroup } from './assess.ts';
import { checkComparatives } from './comparative.ts';
import { buildContext, identifiesDeveloper } from './context.ts';
import { explainFinding } from './explain/index.ts';
import { compareFindings, makeFinding } from './finding.ts';
import { buildGroups, compareClaims, indexGroups, type PreparedClaim, prepareClaim, publicGroup } from './group.ts';
import { attributionRule } from './rules/attribution.ts';
import { conflictRule, contradictionRule, differsRule } from './rules/disagreement.ts';
import { misattributionRule } from './rules/misattribution.ts';
import { overstatedRule } from './rules/overstated.ts';
import { presuppositionRule } from './rules/presupposition.ts';
import { reconciledRule } from './rules/reconciled.ts';
import type { AnalysisState, FindingFacts, Rule } from './rules/rule.ts';
import { scopeChangeRule } from './rules/scope-change.ts';
import { unsupportedRule } from './rules/unsupported.ts';
import type { Analysis, AnalysisInput, FindingKind } from './types.ts';
import { assessedByIndex, computeVerdicts } from './verdicts.ts';

export { compatible, incompatibleWithSome } from './compare.ts';
export { SINGLE_VALUED_TEXT_PROPERTIES } from './context.ts';
export { compareFindings } from './finding.ts';
export { REFINING_QUALIFIERS } from './group.ts';
export { groupKey, isValidId, slugify } from './ids.ts';
export { APPROX_TOLERANCE, type Interval, type Norm, type NumericNorm, normalize, type QualitativeNorm } from './normalize.ts';
export {
  ATTRIBUTION_UNSTATED_MAGNITUDE,
  CONTRADICTION_MAGNITUDE,
  DIFFERS_MAGNITUDE,
  FULL_GAP,
  magnitudeFromGap,
  PRESUPPOSITION_MAGNITUDE,
  SCOPE_CHANGE_MAGNITUDE,
  SECONDARY_REFERENCE_WEIGHT,
  SEVERITY_THRESHOLDS,
  severityLevel,
  severityScore,
  TIER_CREDIBILITY,
  UNSUPPORTED_MAGNITUDE,
  UNSUPPORTED_STATEMENT_MAGNITUDE,
} from './severity.ts';
export { type AnalysisSummary, nonZeroCounts, summarize } from './summary.ts';
export type { Agreement, Analysis, AnalysisInput, ClaimVerdict, Finding, FindingKind, Group, Severity, Verdict } from './types.ts';
export { FINDING_KINDS_LIST } from './types.ts';
export { VERDICT_PRECEDENCE } from './verdicts.ts';

/**
 * The rules, in the order they run. A rule runs after every rule it defers to (see Rule.defersTo):
 * overstated judges comparative claims checked against vendor figures; misattribution takes figures
 * that belong to another model; conflict leaves both alone; the others leave overstated's alone;
 * unconfirmed-attribution checks what a source attributes to a party against that party's own source,
 * leaving alone what the rules before it already judge; unsupported leaves alone what scope-change found
 * the vendor states in a narrower scope and what unconfirmed-attribution found the party does not state.
 */
export const RULES: readonly Rule[] = [
  overstatedRule,
  misattributionRule,
  conflictRule,
  contradictionRule,
  differsRule,
  reconciledRule,
  scopeChangeRule,
  attributionRule,
  unsupportedRule,
  presuppositionRule,
];

const NOTHING: ReadonlySet<string> = new Set();

/** The claims a rule must leave alone: those claimed by the rules it defers to (which ran before it). */
function deferredClaims(rule: Rule, claimed: ReadonlyMap<FindingKind, ReadonlySet<string>>): ReadonlySet<string> {
  const sets: ReadonlySet<string>[] = [];
  for (const kind of rule.defersTo) {
    const set = claimed.get(kind);
    if (set === undefined) throw new Error(`Rule "${rule.kind}" defers to "${kind}", which has not run before it: reorder RULES.`);
    if (set.size > 0) sets.push(set);
  }
  if (sets.length === 0) return NOTHING;
  if (sets.length === 1) return sets[0] as ReadonlySet<string>;
  const union = new Set<string>();
  for (const set of sets) for (const id of set) union.add(id);
  return union;
}

/** Runs the rules in order, each leaving alone what the rules it defers to claimed. */
export function runRules(
  state: AnalysisState,
  rules: readonly Rule[] = RULES,
): { facts: FindingFacts[]; claimed: ReadonlyMap<FindingKind, ReadonlySet<string>> } {
  const claimed = new Map<FindingKind, ReadonlySet<string>>();
  const facts: FindingFacts[] = [];
  for (const rule of rules) {
    const result = rule.run(state, deferredClaims(rule, claimed));
    claimed.set(rule.kind, result.claimed);
    facts.push(...result.findings);
  }
  return { facts, claimed };
}

/** Prepares, groups, assesses and checks the claims: everything the rules read. */
export function analysisState(input: AnalysisInput): { state: AnalysisState; prepared: PreparedClaim[] } {
  const ctx = buildContext(input);
  const prepared = [...input.claims].sort(compareClaims).map((c, i) => prepareClaim(ctx, c, i));
  for (const nc of prepared) {
    if (
      nc.vendor &&
      nc.norm.domain === 'qualitative' &&
      identifiesDeveloper(ctx.properties.get(nc.claim.property)) &&
      ctx.vendorOrgs.has(nc.norm.key)
    ) {
      ctx.vendorDeveloped.add(nc.claim.subject);
    }
  }
  const groups = buildGroups(prepared);
  const index = indexGroups(groups);
  const state: AnalysisState = {
    ctx,
    groups,
    index,
    assessments: groups.map((g) => assessGroup(ctx, index, g)),
    comparatives: checkComparatives(ctx, index, groups),
  };
  return { state, prepared };
}

/** Analyzes the claims: groups, findings, per-claim verdicts and per-source agreement with the vendor. */
export function analyze(input: AnalysisInput): Analysis {
  const { state, prepared } = analysisState(input);
  const { ctx, groups } = state;
  const { facts, claimed } = runRules(state);
  const findings = facts.map((f) => makeFinding(f, explainFinding(ctx, f))).sort(compareFindings);
  const misattributed = claimed.get('misattribution') ?? NOTHING;
  const verdicts = computeVerdicts({
    claims: prepared,
    assessments: state.assessments,
    misattributed,
    unsupported: claimed.get('unsupported') ?? NOTHING,
    widened: claimed.get('scope-change') ?? NOTHING,
    unconfirmed: claimed.get('unconfirmed-attribution') ?? NOTHING,
    differing: claimed.get('differs') ?? NOTHING,
    checks: state.comparatives,
    findings,
  });
  const agreement = computeAgreement(
    ctx,
    prepared,
    assessedByIndex(state.assessments, prepared.length),
    state.comparatives,
    misattributed,
    verdicts,
  );
  return { groups: groups.map(publicGroup), findings, verdicts, agreement };
}
