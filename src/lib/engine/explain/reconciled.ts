/** Sentences of reconciled findings. */
import type { Context } from '../context.ts';
import { isGeneralOf } from '../general.ts';
import type { PreparedClaim } from '../group.ts';
import { isInverseOf } from '../inverse.ts';
import { distinctStatements } from '../lists.ts';
import type { ReconciledFacts } from '../rules/rule.ts';
import { checkLine } from './comparative.ts';
import { explainComparison } from './comparison.ts';
import type { Explanation } from './index.ts';
import {
  attributionSentence,
  listPhrase,
  listSome,
  moreLine,
  propertyLabel,
  qualifierPhrase,
  quotedValue,
  referenceValue,
  sourceName,
  topic,
} from './names.ts';

/** Summary, arithmetic (normalization steps, then the comparative checks that hold) and verdict. */
export function explainReconciled(ctx: Context, f: ReconciledFacts): Explanation {
  const g = f.group;
  const t = topic(ctx, g.subject, g.property, g.qualifiers);
  let summary: string;
  if (f.members.length > 0) {
    const stated = listSome(
      distinctStatements(f.members.map((m) => m.claim)),
      (c) => `${sourceName(ctx, c.claim.source)}'s ${quotedValue(ctx, c)}`,
    );
    const refs = listSome(
      distinctStatements(f.members.flatMap((m) => m.against)),
      (c) => `${sourceName(ctx, c.claim.source)}'s ${f.refined ? referenceValue(ctx, c, true) : quotedValue(ctx, c)}`,
    );
    const inverse = f.members.find((m) => m.against[0] !== undefined && isInverseOf(ctx, m.claim, m.against[0]));
    const general = f.members.find((m) => m.against[0] !== undefined && isGeneralOf(ctx, m.claim, m.against[0]));
    const how = general
      ? `, which ${sourceName(ctx, (general.against[0] as PreparedClaim).claim.source)} states by name: ${propertyLabel(
          ctx,
          (general.against[0] as PreparedClaim).claim.property,
        )} ${listPhrase([...new Set(general.against.map((r) => qualifierPhrase(ctx, r.identifying)))])}`
      : inverse
        ? `once converted to the inverse measure, ${propertyLabel(ctx, (inverse.against[0] as (typeof inverse.against)[number]).claim.property)} (a change c in one is 1 / (1 + c) − 1 in the other)`
        : 'once units, precision and approximations are normalized';
    summary = `For ${t}, ${stated} ${f.members.length > 1 ? 'agree' : 'agrees'} with ${refs}${general ? '' : ' '}${how}.${attributionSentence(
      ctx,
      f.members.map((m) => m.claim),
    )}`;
  } else {
    const checked = f.checks.map((c) => c.nc);
    summary = `For ${t}, ${listSome(
      distinctStatements(checked),
      (c) => `${sourceName(ctx, c.claim.source)}'s ${quotedValue(ctx, c)}`,
    )} ${checked.length > 1 ? 'agree' : 'agrees'} with the figures it relates.`;
  }
  const arithmetic = [
    ...f.comparisons.map((c) => explainComparison(ctx, c.claim, c.reference)),
    ...moreLine(f.hiddenComparisons),
    ...f.checks.map((c) => checkLine(ctx, c)),
  ];
  return { summary, arithmetic, verdict: 'agrees after normalization' };
}
