/** Sentences of unconfirmed-attribution findings: what a source attributes to a party, against that party's own source. */
import type { Context } from '../context.ts';
import type { PreparedClaim } from '../group.ts';
import { distinctBy, distinctStatements } from '../lists.ts';
import type { UnconfirmedAttributionFacts } from '../rules/rule.ts';
import type { Explanation } from './index.ts';
import { closeSentence, entityName, listPhrase, listSome, quotedValue, sourceName, sourceTitle, statedBySource, topic } from './names.ts';

/** "X (yes) attributes to OpenAI a claim on T" / "X and Y … attribute …". */
function attributed(ctx: Context, claims: readonly PreparedClaim[], party: string, t: string): string {
  const several = distinctBy(claims, (c) => c.claim.source).length > 1;
  return `${statedBySource(ctx, distinctStatements(claims))} ${several ? 'attribute' : 'attributes'} to ${party} a claim on ${t}`;
}

/**
 * Summary ("X (“a”) attributes to OpenAI a claim on T; OpenAI's own source, “Title”, makes none." or
 * "… does not state it: it states “b”." or "… states “b”."), arithmetic and verdict.
 */
export function explainAttribution(ctx: Context, f: UnconfirmedAttributionFacts): Explanation {
  const g = f.group;
  const party = entityName(ctx, f.party);
  const t = topic(ctx, g.subject, g.property, g.qualifiers);
  const own = `${party}'s own source${f.partySources.length > 1 ? 's' : ''}, ${listPhrase(f.partySources.map((s) => sourceTitle(ctx, s)))},`;
  const plural = f.partySources.length > 1;
  const partyValues = listSome(distinctStatements(f.partyClaims), (c) => quotedValue(ctx, c));
  const sentences: string[] = [];
  if (f.contradicted.length > 0)
    sentences.push(closeSentence(`${attributed(ctx, f.contradicted, party, t)}; ${own} ${plural ? 'state' : 'states'} ${partyValues}`));
  if (f.unstated.length > 0)
    sentences.push(
      f.partyClaims.length > 0
        ? closeSentence(
            `${attributed(ctx, f.unstated, party, t)}; ${own} ${plural ? 'do' : 'does'} not state it: ${plural ? 'they state' : 'it states'} ${partyValues}`,
          )
        : `${attributed(ctx, f.unstated, party, t)}; ${own} ${plural ? 'make' : 'makes'} none.`,
    );
  const arithmetic = [
    ...f.contradicted.flatMap((c) =>
      distinctStatements(f.partyClaims).map(
        (r) =>
          `${quotedValue(ctx, c)} (${sourceName(ctx, c.claim.source)}, attributed to ${party}) ≠ ${quotedValue(ctx, r)} (${sourceTitle(ctx, r.claim.source)})`,
      ),
    ),
    ...(f.unstated.length > 0 && f.partyClaims.length === 0 ? [`No claim of ${party}'s own source on ${t} to compare with.`] : []),
    ...(f.unstated.length > 0 && f.partyClaims.length > 0
      ? [
          closeSentence(
            `What ${party}'s own source states on ${t}: ${partyValues}; not ${listSome(distinctStatements(f.unstated), (c) => quotedValue(ctx, c))}`,
          ),
        ]
      : []),
  ];
  const verdict = f.contradicted.length > 0 ? `${party}'s own source states otherwise` : `not in ${party}'s own source`;
  return { summary: sentences.join(' '), arithmetic, verdict };
}
