/**
 * One verdict per claim, from the group assessment and the rules' results. When several apply, the
 * first in VERDICT_PRECEDENCE wins; a vendor claim is always 'vendor'.
 */

import { pushTo } from '../multimap.ts';
import type { Assessed, GroupAssessment } from './assess.ts';
import type { ComparativeCheck } from './comparative.ts';
import type { PreparedClaim } from './group.ts';
import type { ClaimVerdict, Finding, Verdict } from './types.ts';

/** Which verdict wins when several apply to one claim (most specific and most serious first). */
export const VERDICT_PRECEDENCE: readonly Verdict[] = [
  'misattributed',
  'contradicts',
  'conflicts',
  'overstated',
  'differs',
  'widened',
  'unconfirmed',
  'unsupported',
  'reconciled',
  'agrees',
  'corroborated',
  'uncompared',
];

/** What the verdicts are computed from. */
export interface VerdictInput {
  /** All prepared claims, sorted by id. */
  claims: readonly PreparedClaim[];
  /** Every group's assessment. */
  assessments: readonly GroupAssessment[];
  /** Ids of misattributed claims. */
  misattributed: ReadonlySet<string>;
  /** Ids of claims in unsupported groups. */
  unsupported: ReadonlySet<string>;
  /** Ids of claims whose values only differ from those they disagree with (differs findings). */
  differing: ReadonlySet<string>;
  /** Ids of claims that drop a scoping qualifier the vendor states (scope-change findings). */
  widened: ReadonlySet<string>;
  /** Ids of attributed claims the party's own source does not bear out (unconfirmed-attribution findings). */
  unconfirmed: ReadonlySet<string>;
  /** Comparative checks by claim id. */
  checks: ReadonlyMap<string, ComparativeCheck>;
  /** All findings, already in their final order. */
  findings: readonly Finding[];
}

/** Each claim's assessment, indexed by the claim's position (PreparedClaim.position). */
export function assessedByIndex(assessments: readonly GroupAssessment[], count: number): (Assessed | undefined)[] {
  const out = new Array<Assessed | undefined>(count);
  for (const a of assessments) for (const m of a.members) out[m.nc.position] = m;
  return out;
}

const RANK: ReadonlyMap<Verdict, number> = new Map(VERDICT_PRECEDENCE.map((v, i) => [v, i]));

function better(a: Verdict, b: Verdict): Verdict {
  return (RANK.get(a) ?? 99) <= (RANK.get(b) ?? 99) ? a : b;
}

/** The verdict of one claim. */
export function verdictOf(nc: PreparedClaim, assessed: Assessed | undefined, input: VerdictInput): Verdict {
  if (nc.vendor) return 'vendor';
  const id = nc.claim.id;
  const check = input.checks.get(id);
  if (check?.vendorFigures) {
    if (check.outcome !== 'consistent') return 'overstated';
    return check.relation === 'order' ? 'agrees' : 'reconciled';
  }
  let verdict: Verdict = 'uncompared';
  if (input.misattributed.has(id)) verdict = better(verdict, 'misattributed');
  if (assessed?.status === 'incompatible')
    verdict = better(verdict, nc.norm.domain === 'numeric' ? 'conflicts' : input.differing.has(id) ? 'differs' : 'contradicts');
  // Agreement "with the vendor" only where the vendor states the figure; agreement among other sources
  // while the vendor is silent is 'corroborated' (the vendor's entity records are never a source).
  else if (assessed?.status === 'identical') verdict = better(verdict, assessed.viaVendor ? 'agrees' : 'corroborated');
  else if (assessed?.status === 'reconciled') verdict = better(verdict, assessed.viaVendor ? 'reconciled' : 'corroborated');
  if (check && check.outcome !== 'consistent') verdict = better(verdict, 'overstated');
  if (input.unsupported.has(id)) verdict = better(verdict, 'unsupported');
  if (input.widened.has(id)) verdict = better(verdict, 'widened');
  if (input.unconfirmed.has(id)) verdict = better(verdict, 'unconfirmed');
  return verdict;
}

/** Verdicts for every claim, keyed by claim id in id order, each with the findings it appears in. */
export function computeVerdicts(input: VerdictInput): Record<string, ClaimVerdict> {
  const assessed = assessedByIndex(input.assessments, input.claims.length);
  const findingsOf = new Map<string, string[]>();
  for (const f of input.findings) {
    for (const id of f.claims) pushTo(findingsOf, id, f.id);
  }
  const verdicts: Record<string, ClaimVerdict> = {};
  let previous: string | undefined;
  for (const nc of input.claims) {
    const id = nc.claim.id;
    // Claims come sorted by id, so a repeated id (a content error) is adjacent: the first one wins.
    if (id === previous) continue;
    previous = id;
    verdicts[id] = { verdict: verdictOf(nc, assessed[nc.position], input), findings: findingsOf.get(id) ?? [] };
  }
  return verdicts;
}
