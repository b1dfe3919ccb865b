/**
 * The discrepancy engine's public data shapes. Plain JSON-able data: no classes, no Maps.
 */
import type { Claim, Entity, Property, Source } from '../types.ts';

/** What `analyze()` takes: the site's content as plain arrays (order does not matter). */
export interface AnalysisInput {
  /** Every claim of every source. */
  claims: readonly Claim[];
  /** Every source; tier 1 (kind vendor) sources are the reference. */
  sources: readonly Source[];
  /** Models, benchmarks, organizations and products. */
  entities: readonly Entity[];
  /** The property registry. */
  properties: readonly Property[];
}

/** The kinds of computed finding. */
export type FindingKind =
  | 'conflict'
  | 'misattribution'
  | 'unsupported'
  | 'contradiction'
  | 'differs'
  | 'presupposition'
  | 'scope-change'
  | 'unconfirmed-attribution'
  | 'overstated'
  | 'reconciled';

/** Every finding kind, in the order the export documents them. */
export const FINDING_KINDS_LIST: readonly FindingKind[] = [
  'conflict',
  'misattribution',
  'unsupported',
  'contradiction',
  'differs',
  'presupposition',
  'scope-change',
  'unconfirmed-attribution',
  'overstated',
  'reconciled',
];

/** How much a finding matters; 'info' is for agreements shown with their arithmetic. */
export type Severity = 'high' | 'medium' | 'low' | 'info';

/** One computed discrepancy (or reconciliation) between claims. */
export interface Finding {
  /** Stable id derived from the data, e.g. "conflict--gpt-5-3-codex--benchmark-score--benchmark=terminal-bench-2-0". */
  id: string;
  /** What was found. */
  kind: FindingKind;
  /** How much it matters (see severity.ts for the formula). */
  severity: Severity;
  /** The severity score in [0, 1] the level was derived from (0 for 'info'). */
  score: number;
  /** Key of the comparison group the finding is about. */
  group: string;
  /** Entity id the finding is about. */
  subject: string;
  /** Property id the finding is about. */
  property: string;
  /** The group's identifying qualifiers. */
  qualifiers: Record<string, string>;
  /** Ids of the claims involved, sorted. */
  claims: string[];
  /** Slugs of those claims' sources, sorted. */
  sources: string[];
  /** One plain-language sentence naming sources, models and numbers. */
  summary: string;
  /** The comparison steps, one per line, e.g. "64.7 / 38.2 = 1.69×, not ~2× (nearly doubled)". */
  arithmetic: string[];
  /** Misattribution only: the entity whose vendor figure the claim actually carries. */
  matchedSubject?: string;
  /** Short label, e.g. "contradicts the vendor". */
  verdict: string;
  /**
   * Unsupported and unconfirmed-attribution, set once the silence is proven (undisclosed.ts): the snapshots
   * searched (the vendor's; for an attribution, the party's own), the property's terms and the qualifier
   * names that had to stand in the same passage; no passage holding them is unaccounted for.
   */
  searched?: { sources: string[]; terms: string[]; qualifierTerms: string[] };
  /**
   * Presupposition only: what the claims take for granted (the registry's `presupposes`) and the vendor's
   * statements of it that rule it out.
   */
  presupposes?: { property: string; qualifiers: Record<string, string>; value: string; vendorClaims: string[] };
  /** Scope change only: the qualifiers the vendor states that the claims drop or widen. */
  scope?: Record<string, string>;
  /**
   * Unconfirmed attribution only: the party the claims attribute the statement to, its own sources, its own
   * claims on the same fact (what it does state), and which attributed claims its source states otherwise
   * (`contradicted`) or does not state at all (`unstated`, proven by the search in `searched`).
   */
  attribution?: { party: string; sources: string[]; partyClaims: string[]; contradicted: string[]; unstated: string[] };
}

/** Every verdict a claim can get, in the order the export documents them. */
export const VERDICTS = [
  'vendor',
  'agrees',
  'corroborated',
  'reconciled',
  'conflicts',
  'contradicts',
  'differs',
  'widened',
  'unconfirmed',
  'misattributed',
  'overstated',
  'unsupported',
  'uncompared',
] as const;

/** One verdict per claim. */
export type Verdict = (typeof VERDICTS)[number];

/** A claim's verdict and the findings it takes part in. */
export interface ClaimVerdict {
  /** The single verdict for the claim. */
  verdict: Verdict;
  /** Ids of the findings that list this claim, in the order of `Analysis.findings`. */
  findings: string[];
}

/** How often a source agrees with the vendor where both speak. */
export interface Agreement {
  /** Source slug. */
  source: string;
  /** Whether this is a vendor (tier 1) source; its own figures are the reference, so covered is 0. */
  vendor: boolean;
  /** Claims of this source that could be checked against vendor data. */
  covered: number;
  /** Of those, how many agree (verdict agrees or reconciled). */
  agreeing: number;
  /** agreeing / covered, or null when nothing is covered. */
  share: number | null;
}

/** A comparison group: claims about the same subject, property and identifying qualifiers. */
export interface Group {
  /** Stable key, e.g. "gpt-5-3-codex--benchmark-score--benchmark=terminal-bench-2-0". */
  key: string;
  /** Entity id. */
  subject: string;
  /** Property id. */
  property: string;
  /** Identifying qualifiers (effort, scope and condition are left out). */
  qualifiers: Record<string, string>;
  /** Claim ids in the group, sorted. */
  claims: string[];
}

/** Everything the engine computes. */
export interface Analysis {
  /** Every group, sorted by key; every claim is in exactly one. */
  groups: Group[];
  /** Findings sorted by severity (high first), then id. */
  findings: Finding[];
  /** One verdict per claim id. */
  verdicts: Record<string, ClaimVerdict>;
  /** Per-source agreement with the vendor, sorted by source slug. */
  agreement: Agreement[];
}
