/**
 * Severity of a finding.
 *
 *   score = credibility(tier of the disputed claim's source)
 *         × reference weight (1 when checked against the vendor, 0.7 when only against other secondaries)
 *         × magnitude
 *
 *   credibility:  tier 1 → 1.0, tier 2 → 1.0, tier 3 → 0.8, tier 4 → 0.6
 *                 (a wrong figure in a credible outlet misleads more readers than one in marketing copy)
 *   magnitude:    numbers: 0.4 + 0.6 × min(1, relative gap / 10%)   (any real gap counts; 10% or more is full)
 *                 dates: the gap is days apart / 300 (a month apart is a 10% gap)
 *                 contradiction, misattribution (the figure belongs to another model): 1
 *                 differs (accounts that can coexist, registry `coexistsAcross`): 0.4
 *                 presupposition (the vendor's statement rules out what the claim takes for granted): 0.6
 *                 scope change (a qualifier the vendor states, dropped or widened): 0.5
 *                 unconfirmed attribution, the party's own source states otherwise: 1 (as a contradiction);
 *                 the party's own source does not state it: 0.5 (as an unsupported figure: words put in a
 *                 named party's mouth mislead more than an unattributed statement, 0.3)
 *                 overstated order ("outperforms" where the figures are equal): 0.7; opposite order: 1
 *                 unsupported figure (nothing to measure a gap against): 0.5;
 *                 unsupported yes/no or text statement (rarely a precise, checkable assertion): 0.3
 *   level:        high ≥ 0.7, medium ≥ 0.4, low otherwise; reconciliations are always 'info' (score 0).
 *
 * A finding over several claims takes the highest score among its disputed claims.
 */
import type { Tier } from '../types.ts';
import type { Severity } from './types.ts';

/** How much a wrong statement from each tier weighs. */
export const TIER_CREDIBILITY: Readonly<Record<Tier, number>> = { 1: 1, 2: 1, 3: 0.8, 4: 0.6 };

/** Weight of a finding whose reference is not the vendor but other secondary sources. */
export const SECONDARY_REFERENCE_WEIGHT = 0.7;

/** Relative gap at which a numeric discrepancy reaches full magnitude. */
export const FULL_GAP = 0.1;

/** Magnitude of an unsupported figure (no vendor figure to measure a gap against). */
export const UNSUPPORTED_MAGNITUDE = 0.5;

/** Magnitude of an unsupported yes/no, enum or text statement. */
export const UNSUPPORTED_STATEMENT_MAGNITUDE = 0.3;

/** Magnitude of values that differ but can all be true (registry `coexistsAcross`): lower than a contradiction. */
export const DIFFERS_MAGNITUDE = 0.4;

/** Magnitude of a claim whose presupposition the vendor's own statement rules out. */
export const PRESUPPOSITION_MAGNITUDE = 0.6;

/** Magnitude of a claim that drops or widens a qualifier the vendor states (a change of scope). */
export const SCOPE_CHANGE_MAGNITUDE = 0.5;

/** Magnitude of statements that exclude each other (a contradiction; an attribution the party's own source states otherwise). */
export const CONTRADICTION_MAGNITUDE = 1;

/** Magnitude of a statement attributed to a party whose own source does not state it. */
export const ATTRIBUTION_UNSTATED_MAGNITUDE = 0.5;

/** Score thresholds for the levels. */
export const SEVERITY_THRESHOLDS: Readonly<{ high: number; medium: number }> = { high: 0.7, medium: 0.4 };

/** Order of severities, most severe first. */
export const SEVERITY_ORDER: readonly Severity[] = ['high', 'medium', 'low', 'info'];

/** Magnitude of a numeric discrepancy from its relative gap. */
export function magnitudeFromGap(relativeGap: number): number {
  const g = Number.isFinite(relativeGap) ? Math.max(0, relativeGap) : 1;
  return 0.4 + 0.6 * Math.min(1, g / FULL_GAP);
}

/** The severity score of one disputed claim (see the formula above), rounded to 3 decimals. */
export function severityScore(input: { tier: Tier; vendorReference: boolean; magnitude: number }): number {
  const raw = TIER_CREDIBILITY[input.tier] * (input.vendorReference ? 1 : SECONDARY_REFERENCE_WEIGHT) * input.magnitude;
  return Math.round(Math.min(1, Math.max(0, raw)) * 1000) / 1000;
}

/** The level a score maps to. */
export function severityLevel(score: number): Severity {
  if (score >= SEVERITY_THRESHOLDS.high) return 'high';
  if (score >= SEVERITY_THRESHOLDS.medium) return 'medium';
  return 'low';
}

/** Sort rank of a severity (0 = high). */
export function severityRank(severity: Severity): number {
  return SEVERITY_ORDER.indexOf(severity);
}
