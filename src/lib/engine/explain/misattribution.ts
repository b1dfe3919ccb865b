/** Sentences of misattribution findings. */
import type { Context } from '../context.ts';
import type { PreparedClaim } from '../group.ts';
import { distinctBy } from '../lists.ts';
import type { MisattributionFacts } from '../rules/rule.ts';
import { explainNumbers } from './comparison.ts';
import type { Explanation } from './index.ts';
import { entityName, moreLine, qualifierPhrase, sourceName, statedValue } from './names.ts';

/** Summary, arithmetic (two lines per claim: against its own subject's figure, then Y's) and verdict. */
export function explainMisattribution(ctx: Context, f: MisattributionFacts): Explanation {
  const g = f.group;
  const arithmetic: string[] = [];
  for (const c of f.comparisons) {
    const src = sourceName(ctx, c.claim.claim.source);
    const vendor = sourceName(ctx, c.ownReference.claim.source);
    const xName = entityName(ctx, c.claim.claim.subject);
    const yName = entityName(ctx, f.matchedSubject);
    arithmetic.push(
      `${xName}: ${explainNumbers(ctx, c.claim, c.ownReference)} (${src} vs ${vendor})`,
      `${yName}: ${explainNumbers(ctx, c.claim, c.matchedReference)} (${src}'s figure for ${xName} vs ${vendor}'s for ${yName})`,
    );
  }
  arithmetic.push(...moreLine(f.hiddenComparisons));
  const lead = f.disputed[0] as PreparedClaim;
  const sources = distinctBy(f.disputed, (c) => c.claim.source).map((c) => sourceName(ctx, c.claim.source));
  const vendor = sourceName(ctx, f.vendorFigure.claim.source);
  const phrase = qualifierPhrase(ctx, g.qualifiers);
  const also = f.alsoMatches.map((o) => entityName(ctx, o));
  const summary =
    `${sources.join(' and ')} ${sources.length > 1 ? 'give' : 'gives'} ${entityName(ctx, g.subject)} ${statedValue(ctx, lead)}${phrase ? ` ${phrase}` : ''}, ` +
    `but that is ${vendor}'s figure for ${entityName(ctx, f.matchedSubject)}${also.length ? ` (and for ${also.join(', ')})` : ''}; ` +
    `${vendor} gives ${entityName(ctx, g.subject)} ${statedValue(ctx, f.vendorFigure)}.`;
  return { summary, arithmetic, verdict: `figure belongs to ${entityName(ctx, f.matchedSubject)}` };
}
