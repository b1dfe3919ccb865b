/** Sentences of presupposition and scope-change findings: what the claims take for granted, or leave out, against the vendor's words. */
import type { Context } from '../context.ts';
import { distinctBy, distinctStatements } from '../lists.ts';
import type { PresuppositionFacts, ScopeChangeFacts } from '../rules/rule.ts';
import type { Explanation } from './index.ts';
import { attributionSentence, listSome, qualifierPhrase, quotedValue, sourceName, statedBySource, topic } from './names.ts';

/** "GPT Proto (yes)", each source once with its distinct statements. */
function statedBy(ctx: Context, f: PresuppositionFacts | ScopeChangeFacts): { text: string; several: boolean } {
  const text = statedBySource(ctx, distinctStatements(f.stated));
  return { text, several: distinctBy(f.stated, (c) => c.claim.source).length > 1 };
}

/** The presupposed value as running text: an enum value's words ("not yet available"), in curly quotes. */
function presupposedValue(ctx: Context, f: PresuppositionFacts): string {
  const p = ctx.properties.get(f.presupposed.property);
  const v = f.presupposed.value;
  if (p?.valueType === 'boolean') return v === 'true' ? 'yes' : 'no';
  return `“${p?.valueType === 'enum' ? v.replace(/-/g, ' ') : v}”`;
}

/** Summary, arithmetic and verdict of a presupposition finding. */
export function explainPresupposition(ctx: Context, f: PresuppositionFacts): Explanation {
  const g = f.group;
  const { text, several } = statedBy(ctx, f);
  const premise = topic(ctx, g.subject, f.presupposed.property, f.presupposed.qualifiers);
  const wanted = presupposedValue(ctx, f);
  const vendor = listSome(distinctStatements(f.vendorClaims), (c) => quotedValue(ctx, c));
  const vendorSource = sourceName(ctx, (f.vendorClaims[0] as (typeof f.vendorClaims)[number]).claim.source);
  const summary = `${text} ${several ? 'state' : 'states'} ${topic(ctx, g.subject, g.property, g.qualifiers)}, which takes for granted that ${premise} is ${wanted}; ${vendorSource} states ${vendor}.`;
  const arithmetic = f.vendorClaims.map(
    (v) => `${premise}: ${wanted} presupposed ≠ ${quotedValue(ctx, v)} (${sourceName(ctx, v.claim.source)})`,
  );
  return { summary, arithmetic, verdict: 'presupposes what the vendor rules out' };
}

/** Summary, arithmetic and verdict of a scope-change finding. */
export function explainScopeChange(ctx: Context, f: ScopeChangeFacts): Explanation {
  const g = f.group;
  const { text, several } = statedBy(ctx, f);
  const scope = qualifierPhrase(ctx, f.dropped);
  const vendor = listSome(distinctStatements(f.vendorClaims), (c) => quotedValue(ctx, c));
  const vendorSource = sourceName(ctx, (f.vendorClaims[0] as (typeof f.vendorClaims)[number]).claim.source);
  const summary = `${text} ${several ? 'state' : 'states'} ${topic(ctx, g.subject, g.property, g.qualifiers)} without a scope; ${vendorSource} states ${vendor} only ${scope}.${attributionSentence(ctx, f.stated)}`;
  const arithmetic = [
    `Qualifiers ${vendorSource} states that ${several ? 'these claims leave' : 'this claim leaves'} out: ${Object.entries(f.dropped)
      .map(([k, v]) => `${k} = ${v}`)
      .join(', ')}`,
  ];
  return { summary, arithmetic, verdict: 'widens the vendor’s scope' };
}
