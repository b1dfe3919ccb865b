/**
 * Comparative checks in words: their arithmetic ("64.7% / 38.2% = 1.69×, not ~2× (OpenAI's
 * figures)") and the sentences of overstated findings.
 */
import { type ComparativeCheck, withoutComparedTo } from '../comparative.ts';
import { type Context, cmp } from '../context.ts';
import type { PreparedClaim } from '../group.ts';
import type { OverstatedFacts } from '../rules/rule.ts';
import { fmt } from './format.ts';
import type { Explanation } from './index.ts';
import { entityName, qualifierPhrase, sourceName, statedValue } from './names.ts';

const ORDER_WORDS = { '>': 'ahead of', '=': 'level with', '<': 'behind' } as const;

/** A figure operand: its distinct stated values joined by "or" ("77.3%", "64% or 64.0%"). */
function operandText(ctx: Context, figures: readonly PreparedClaim[]): string {
  return [...new Set(figures.map((c) => statedValue(ctx, c)))].join(' or ');
}

/** The claimed value, with the source's own wording when it differs: "~2× (nearly doubled)". */
export function claimedText(ctx: Context, nc: PreparedClaim): string {
  const value = statedValue(ctx, nc);
  return `${value}${nc.claim.figure && nc.claim.figure !== value ? ` (${nc.claim.figure})` : ''}`;
}

/** The computation alone: "64.7% / 38.2% = 1.69×", "(X − Y) / Y = +25%", "77.3% > 64%". */
export function computation(ctx: Context, check: ComparativeCheck): string {
  const x = operandText(ctx, check.x);
  const y = operandText(ctx, check.y);
  if (check.order) return `${x} ${check.order.measured} ${y}`;
  const ratio = check.ratio ?? Number.NaN;
  return check.relation === 'ratio'
    ? `${x} / ${y} = ${fmt(ratio, 2)}×`
    : `(${x} − ${y}) / ${y} = ${ratio >= 1 ? '+' : '−'}${fmt(Math.abs(ratio - 1) * 100, 1)}%`;
}

/** The arithmetic line: the computation and whether it bears the claim out. */
export function checkLine(ctx: Context, check: ComparativeCheck): string {
  const nc = check.nc;
  const figSource = sourceName(ctx, (check.x[0] as PreparedClaim).claim.source);
  const consistent = check.outcome === 'consistent';
  const computed = computation(ctx, check);
  if (check.order) {
    const x = entityName(ctx, nc.claim.subject);
    const y = entityName(ctx, check.comparedTo);
    const { actual, lowerIsBetter } = check.order;
    return `${computed} (${x} vs ${y}, ${figSource}'s figures): ${x} is ${ORDER_WORDS[actual]} ${y}${lowerIsBetter ? ' (lower is better)' : ''}, ${consistent ? 'consistent with' : 'not'} “${claimedText(ctx, nc)}”`;
  }
  return `${computed}, ${consistent ? 'consistent with' : 'not'} ${claimedText(ctx, nc)} (${figSource}'s figures)`;
}

function summaryOf(ctx: Context, check: ComparativeCheck, qualifiers: Record<string, string>): string {
  const nc = check.nc;
  const src = sourceName(ctx, nc.claim.source);
  const x = entityName(ctx, nc.claim.subject);
  const y = entityName(ctx, check.comparedTo);
  const phrase = qualifierPhrase(ctx, withoutComparedTo(qualifiers));
  const figSrc = sourceName(ctx, check.figures[0]?.claim.source ?? '');
  const value = statedValue(ctx, nc);
  const figureText = nc.claim.figure && nc.claim.figure !== value ? ` (“${nc.claim.figure}”)` : '';
  const xs = check.figures.filter((f) => f.claim.subject === nc.claim.subject).map((f) => statedValue(ctx, f));
  const ys = check.figures.filter((f) => f.claim.subject === check.comparedTo).map((f) => statedValue(ctx, f));
  const figs = `${[...new Set(xs)].join(' or ')} against ${[...new Set(ys)].join(' or ')}`;
  const head =
    check.relation === 'order'
      ? `${src} says ${x} ${value}${figureText} ${y}${phrase ? ` ${phrase}` : ''}`
      : `${src} puts ${x} at ${value}${figureText} ${check.relation === 'ratio' ? `${y}'s score` : `against ${y}`}${phrase ? ` ${phrase}` : ''}`;
  return `${head}, but ${figSrc}'s figures are ${figs} (${computation(ctx, check)}).`;
}

/** Summary (the first failing claim, and how many more), arithmetic (one line per failing claim, at most 12) and verdict. */
export function explainOverstated(ctx: Context, f: OverstatedFacts): Explanation {
  const lead = f.failing[0] as ComparativeCheck;
  let summary = summaryOf(ctx, lead, f.group.qualifiers);
  if (f.failing.length > 1)
    summary = summary.replace(/\.$/, `; ${f.failing.length - 1} more such claim${f.failing.length > 2 ? 's' : ''} in this group.`);
  return {
    summary,
    arithmetic: f.failing.slice(0, 12).map((c) => checkLine(ctx, c)),
    verdict: [...new Set(f.failing.map((c) => c.outcome))].sort(cmp).join(' and '),
  };
}
