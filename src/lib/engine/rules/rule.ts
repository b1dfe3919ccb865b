/**
 * The common rule interface. A rule reads the analysis state (groups, assessments, comparative
 * checks) and returns structured findings: which claims, which references, which comparisons, why
 * (a reason code) and how serious (a score), with no English in them; explain/ turns each into its
 * summary, arithmetic lines and verdict label.
 *
 * Precedence is declared, not wired: a rule names the kinds it defers to, and the orchestrator
 * (index.ts) hands it the claims those rules claimed, to leave alone. A rule claims the claims whose
 * judgement it takes over (a comparative claim checked against vendor figures, a misattributed figure).
 */
import type { GroupAssessment } from '../assess.ts';
import type { ComparativeCheck } from '../comparative.ts';
import type { Context } from '../context.ts';
import type { GroupData, GroupIndex, PreparedClaim } from '../group.ts';
import type { FindingKind } from '../types.ts';

/** Everything the rules read, computed once per analysis. */
export interface AnalysisState {
  /** Lookups: sources, entities, properties, the vendor. */
  ctx: Context;
  /** Every group, sorted by key. */
  groups: readonly GroupData[];
  /** Groups by key and by unrefined key. */
  index: GroupIndex;
  /** Every group's assessment, in group order. */
  assessments: readonly GroupAssessment[];
  /** Comparative checks by claim id. */
  comparatives: ReadonlyMap<string, ComparativeCheck>;
}

/** The group a finding is about. */
export interface FindingGroup {
  /** Group key. */
  key: string;
  /** Entity id. */
  subject: string;
  /** Property id. */
  property: string;
  /** Identifying qualifiers. */
  qualifiers: Record<string, string>;
}

/** A claim judged against the one claim it is explained against (one arithmetic line). */
export interface Comparison {
  /** The claim judged. */
  claim: PreparedClaim;
  /** The figure it is judged against. */
  reference: PreparedClaim;
}

interface FactsBase {
  /** Finding id (see ids.ts findingId). */
  id: string;
  /** The group the finding is about. */
  group: FindingGroup;
  /** Every claim involved (duplicates allowed; the finding lists them sorted). */
  claims: readonly PreparedClaim[];
  /** Severity score, or null for an informational finding. */
  score: number | null;
}

/**
 * Why a conflict or contradiction was found: `vendor` (claims that cannot be true together with the
 * vendor's figures), `peers` (no vendor figure; sources rule each other out), `vendor-self` (only the
 * vendor's own figures disagree in the same circumstances).
 */
export type DisagreementBasis = 'vendor' | 'peers' | 'vendor-self';

/** Conflict (numbers, dates), contradiction (enum, boolean, single-valued text) or differs (values that can coexist). */
export interface DisagreementFacts extends FactsBase {
  kind: 'conflict' | 'contradiction' | 'differs';
  /** Reason code. */
  basis: DisagreementBasis;
  /** Claims that cannot be true together with their reference (or with another claim of the group). */
  disputed: readonly PreparedClaim[];
  /** The distinct vendor figures the disputed claims were judged against (basis vendor). */
  references: readonly PreparedClaim[];
  /** Whether those figures state a variant or metric the group omits (or the reverse). */
  refined: boolean;
  /** The source of the group's vendor reference, when there is one. */
  referenceSource: string | null;
  /** One comparison per disputed claim, at most MAX_ARITHMETIC_LINES. */
  comparisons: readonly Comparison[];
  /** Disputed claims past the cap. */
  hiddenComparisons: number;
  /** Vendor figures that disagree among themselves. */
  selfConflicts: readonly PreparedClaim[];
  /** Each later self-conflicting figure against the first, at most MAX_ARITHMETIC_LINES. */
  selfComparisons: readonly Comparison[];
}

/** A misattributed figure: X's figure equals the vendor's figure for another entity Y. */
export interface MisattributionFacts extends FactsBase {
  kind: 'misattribution';
  /** Y: the entity whose vendor figure the claims carry. */
  matchedSubject: string;
  /** Other entities whose vendor figure is the same, sorted. */
  alsoMatches: readonly string[];
  /** The misattributed claims (distinct, in member order). */
  disputed: readonly PreparedClaim[];
  /** The vendor's figure for X. */
  vendorFigure: PreparedClaim;
  /** Per claim: its own subject's vendor figure and Y's, for at most MAX_ARITHMETIC_LINES claims. */
  comparisons: readonly { claim: PreparedClaim; ownReference: PreparedClaim; matchedReference: PreparedClaim }[];
  /** Claims past the cap. */
  hiddenComparisons: number;
}

/** Comparative claims the figures they relate do not bear out. */
export interface OverstatedFacts extends FactsBase {
  kind: 'overstated';
  /** The failing checks, in member order. */
  failing: readonly ComparativeCheck[];
}

/** Figures that agree once normalized, and comparative claims the vendor's figures bear out. */
export interface ReconciledFacts extends FactsBase {
  kind: 'reconciled';
  /** Claims reconciled with vendor (or peer) figures, each with what it agrees with. */
  members: readonly { claim: PreparedClaim; against: readonly PreparedClaim[] }[];
  /** Whether the group's vendor figures state a variant or metric it omits (or the reverse). */
  refined: boolean;
  /** Each member against its first reference, at most MAX_ARITHMETIC_LINES. */
  comparisons: readonly Comparison[];
  /** Members past the cap. */
  hiddenComparisons: number;
  /** Consistent ratio and percent-change checks against vendor figures. */
  checks: readonly ComparativeCheck[];
}

/** Claims on a vendor-scoped subject for which the vendor gives nothing. */
export interface UnsupportedFacts extends FactsBase {
  kind: 'unsupported';
  /** The claims, in member order. */
  stated: readonly PreparedClaim[];
}

/** Claims that take for granted what the vendor's own statement rules out (a price for an API not yet open). */
export interface PresuppositionFacts extends FactsBase {
  kind: 'presupposition';
  /** The claims resting on the presupposition, in member order. */
  stated: readonly PreparedClaim[];
  /** What they presuppose (registry `presupposes`), qualifiers filled in. */
  presupposed: { property: string; qualifiers: Record<string, string>; value: string };
  /** The vendor's statements of it that rule it out. */
  vendorClaims: readonly PreparedClaim[];
}

/** Claims that drop or widen a qualifier the vendor states for the same statement (a change of scope). */
export interface ScopeChangeFacts extends FactsBase {
  kind: 'scope-change';
  /** The claims stated without the vendor's qualifier, in member order. */
  stated: readonly PreparedClaim[];
  /** The vendor's statements with the qualifier. */
  vendorClaims: readonly PreparedClaim[];
  /** The qualifiers the vendor states that the claims drop (key → value). */
  dropped: Record<string, string>;
}

/** Claims a source attributes to a party ("OpenAI hints at …") that the party's own source does not bear out. */
export interface UnconfirmedAttributionFacts extends FactsBase {
  kind: 'unconfirmed-attribution';
  /** The organization the claims attribute the statement to. */
  party: string;
  /** The party's own sources (slugs, sorted). */
  partySources: readonly string[];
  /** The party's own claims on the same fact, in claim order: what its source does state. */
  partyClaims: readonly PreparedClaim[];
  /** Attributed claims whose value the party's own claims rule out, in member order. */
  contradicted: readonly PreparedClaim[];
  /** Attributed claims the party's own source does not state (neither this value nor one ruling it out), in member order. */
  unstated: readonly PreparedClaim[];
}

/** A finding as a rule states it: structure only, no sentences. */
export type FindingFacts =
  | DisagreementFacts
  | MisattributionFacts
  | OverstatedFacts
  | ReconciledFacts
  | UnsupportedFacts
  | PresuppositionFacts
  | ScopeChangeFacts
  | UnconfirmedAttributionFacts;

/** What a rule returns. */
export interface RuleResult {
  /** Its findings. */
  findings: FindingFacts[];
  /** Ids of the claims it takes over; rules that defer to it leave them alone. */
  claimed: ReadonlySet<string>;
}

/** One rule of the engine. */
export interface Rule {
  /** The kind of finding it produces. */
  kind: FindingKind;
  /** Kinds whose claimed claims this rule leaves alone. */
  defersTo: readonly FindingKind[];
  /** Runs the rule; `skip` holds the claims of the rules it defers to. */
  run(state: AnalysisState, skip: ReadonlySet<string>): RuleResult;
}

/** Most comparisons a finding explains (one line each); the rest are counted. */
export const MAX_ARITHMETIC_LINES = 12;
