/**
 * Conflict: numbers or dates for the same group that cannot both be true (their intervals do not
 * overlap; exact figures do not round to each other). Claims found misattributed are left out: the
 * misattribution finding covers them.
 */
import type { Context } from '../context.ts';
import type { Finding } from '../types.ts';
import type { GroupAssessment } from './assess.ts';
import { disagreementRule } from './disagreement.ts';

/** One conflict finding per group with incompatible numbers or dates. */
export function conflictRule(ctx: Context, assessments: readonly GroupAssessment[], skip: ReadonlySet<string>): Finding[] {
  return disagreementRule(ctx, assessments, 'conflict', skip);
}
