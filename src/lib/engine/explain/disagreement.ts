/** Sentences of conflict and contradiction findings. */
import type { Context } from '../context.ts';
import type { PreparedClaim } from '../group.ts';
import { distinctBy, distinctStatements } from '../lists.ts';
import type { DisagreementFacts } from '../rules/rule.ts';
import { explainComparison } from './comparison.ts';
import { explainDiffers } from './differs.ts';
import type { Explanation } from './index.ts';
import { attributionSentence, bySource, listSome, moreLine, quotedValue, referenceValue, sourceName, topic } from './names.ts';

const VERDICTS = {
  conflict: { vendor: 'conflicts with the vendor', peers: 'sources disagree', 'vendor-self': 'vendor figures disagree' },
  contradiction: { vendor: 'contradicts the vendor', peers: 'sources contradict each other', 'vendor-self': 'vendor figures disagree' },
} as const;

/** Summary, arithmetic and verdict of a conflict or contradiction. */
export function explainDisagreement(ctx: Context, f: DisagreementFacts): Explanation {
  if (f.kind === 'differs') return explainDiffers(ctx, f);
  const g = f.group;
  const verb = f.kind === 'conflict' ? 'gives' : 'states';
  const arithmetic = [
    ...f.comparisons.map((c) => explainComparison(ctx, c.claim, c.reference)),
    ...moreLine(f.hiddenComparisons),
    ...f.selfComparisons.map((c) => explainComparison(ctx, c.claim, c.reference)),
  ];
  const t = topic(ctx, g.subject, g.property, g.qualifiers);
  const statements = listSome(
    bySource(distinctStatements(f.disputed)),
    (list) => `${sourceName(ctx, (list[0] as PreparedClaim).claim.source)} ${verb} ${listSome(list, (c) => quotedValue(ctx, c), 3)}`,
  );
  let summary: string;
  if (f.basis === 'vendor') {
    const vendorValues = listSome(f.references, (r) => referenceValue(ctx, r, f.refined));
    summary = `For ${t}, ${sourceName(ctx, f.referenceSource ?? '')} ${verb} ${vendorValues}, but ${statements}.`;
    if (f.selfConflicts.length > 0) summary += ` The vendor's own figures also disagree with each other.`;
  } else if (f.basis === 'peers') {
    summary = `Sources disagree on ${t}: ${statements}.`;
  } else {
    summary = `${sourceName(ctx, (f.selfConflicts[0] as PreparedClaim).claim.source)} itself gives incompatible values for ${t}: ${listSome(
      distinctBy(f.selfConflicts, (c) => c.norm.signature),
      (c) => quotedValue(ctx, c),
    )}.`;
  }
  // A disputed claim its source attributes to a party (the vendor, or a peer) says so: the dispute is with that party's own words.
  return { summary: summary + attributionSentence(ctx, f.disputed), arithmetic, verdict: VERDICTS[f.kind][f.basis] };
}
