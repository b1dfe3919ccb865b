/**
 * Contradiction: typed qualitative values that cannot both hold: different enum values (availability
 * "not-yet-available" vs "available"), opposite booleans, or different texts for a single-valued
 * text property (hardware "NVIDIA GB200 NVL72 systems" vs "NVIDIA H100 GPUs and custom TPUs"), texts
 * compared after folding case, whitespace and typographic variants.
 */
import type { Context } from '../context.ts';
import type { Finding } from '../types.ts';
import type { GroupAssessment } from './assess.ts';
import { disagreementRule } from './disagreement.ts';

/** One contradiction finding per group with incompatible qualitative values. */
export function contradictionRule(ctx: Context, assessments: readonly GroupAssessment[], skip: ReadonlySet<string>): Finding[] {
  return disagreementRule(ctx, assessments, 'contradiction', skip);
}
