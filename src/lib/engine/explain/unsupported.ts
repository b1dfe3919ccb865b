/** Sentences of unsupported ("not disclosed by the vendor") findings. */
import type { Context } from '../context.ts';
import { distinctBy, distinctStatements } from '../lists.ts';
import type { UnsupportedFacts } from '../rules/rule.ts';
import type { Explanation } from './index.ts';
import { attributionSentence, statedBySource, topic } from './names.ts';

/** Summary ("Only X gives a figure for …; OpenAI gives none."), arithmetic and verdict. */
export function explainUnsupported(ctx: Context, f: UnsupportedFacts): Explanation {
  const g = f.group;
  const stated = statedBySource(ctx, distinctStatements(f.stated));
  const numeric = f.stated.some((c) => c.norm.domain === 'numeric');
  const several = distinctBy(f.stated, (c) => c.claim.source).length > 1;
  const t = topic(ctx, g.subject, g.property, g.qualifiers);
  // A claim attributed to the vendor is checked against the vendor's own source: that is where it is missing.
  const summary =
    (numeric
      ? `Only ${stated} ${several ? 'give' : 'gives'} a figure for ${t}; ${ctx.vendorName} gives none.`
      : `Only ${stated} ${several ? 'make' : 'makes'} a claim on ${t}; ${ctx.vendorName} makes none.`) + attributionSentence(ctx, f.stated);
  return { summary, arithmetic: [`No ${ctx.vendorName} claim on ${t} to compare with.`], verdict: 'vendor has not disclosed' };
}
