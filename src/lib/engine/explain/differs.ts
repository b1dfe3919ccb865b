/**
 * Sentences of differs findings: accounts that differ but are stated for different values of a
 * qualifier the property's values coexist across (registry `coexistsAcross`), each shown with that
 * qualifier, so a reader sees why both can hold.
 */
import { QUALIFIERS, qualifierValueLabel } from '../../qualifiers.ts';
import type { Context } from '../context.ts';
import type { PreparedClaim } from '../group.ts';
import { distinctStatements } from '../lists.ts';
import type { DisagreementFacts } from '../rules/rule.ts';
import type { Explanation } from './index.ts';
import { bySource, listPhrase, listSome, moreLine, quotedValue, sourceName, topic } from './names.ts';

/** The coexisting qualifiers of a claim as stated: "trigger: requests detected as having elevated cyber risk". */
export function coexistingPhrase(c: PreparedClaim): string {
  return Object.keys(c.coexisting)
    .map((key) => `${(QUALIFIERS.get(key)?.label ?? key).toLowerCase()}: ${qualifierValueLabel(key, c.claim.qualifiers[key] ?? '')}`)
    .join(', ');
}

/** A value with the qualifier it is stated for: “refused” (trigger: harmful requests). */
function valueFor(ctx: Context, c: PreparedClaim): string {
  const phrase = coexistingPhrase(c);
  return phrase ? `${quotedValue(ctx, c)} (${phrase})` : quotedValue(ctx, c);
}

/** The qualifier labels a group's claims coexist across, in running text ("trigger", "channel"). */
function acrossPhrase(claims: readonly PreparedClaim[]): string {
  const keys = [...new Set(claims.flatMap((c) => Object.keys(c.coexisting)))];
  return listPhrase(keys.map((k) => (QUALIFIERS.get(k)?.label ?? k).toLowerCase()));
}

/** Summary, arithmetic and verdict of a differs finding. */
export function explainDiffers(ctx: Context, f: DisagreementFacts): Explanation {
  const g = f.group;
  const t = topic(ctx, g.subject, g.property, g.qualifiers);
  const statements = listSome(
    bySource(distinctStatements(f.disputed)),
    (list) => `${sourceName(ctx, (list[0] as PreparedClaim).claim.source)} states ${listSome(list, (c) => valueFor(ctx, c), 3)}`,
  );
  const across = acrossPhrase([...f.disputed, ...f.references]);
  const summary =
    f.basis === 'vendor'
      ? `For ${t}, ${sourceName(ctx, f.referenceSource ?? '')} states ${listSome(f.references, (r) => valueFor(ctx, r))}, while ${statements}. Each account is for a different ${across}, so they can all be true at once.`
      : `Sources differ on ${t}: ${statements}. Each account is for a different ${across}, so they can all be true at once.`;
  const arithmetic = [
    ...f.comparisons.map(
      (c) =>
        `${valueFor(ctx, c.claim)} ≠ ${valueFor(ctx, c.reference)}: different ${acrossPhrase([c.claim, c.reference])}, both can hold (${sourceName(ctx, c.claim.claim.source)} vs ${sourceName(ctx, c.reference.claim.source)})`,
    ),
    ...moreLine(f.hiddenComparisons),
  ];
  return { summary, arithmetic, verdict: f.basis === 'vendor' ? 'differs from the vendor' : 'sources differ' };
}
