/**
 * Unsupported: a group stated only by non-vendor sources, about a subject the vendor is the
 * authority on (see isVendorScoped: the vendor organization, its own models and products, and what
 * its source says it developed),
 * where the vendor's source gives no figure for the group, nor for a group that differs from it
 * only by a refining qualifier (variant, metric): "the vendor has not disclosed this".
 * Claims about third parties (other vendors' models, benchmarks, GPT Proto) are not flagged: the
 * vendor's silence about them means nothing.
 */
import { type Context, isVendorScoped } from '../context.ts';
import { listSome, quotedValue, sourceName, topic } from '../describe.ts';
import { findingId } from '../ids.ts';
import { severityScore, UNSUPPORTED_MAGNITUDE, UNSUPPORTED_STATEMENT_MAGNITUDE } from '../severity.ts';
import type { Finding } from '../types.ts';
import type { GroupAssessment } from './assess.ts';
import { distinctBy, distinctStatements, makeFinding } from './finding.ts';

/** One unsupported finding per vendor-scoped group without vendor figures. */
export function unsupportedRule(
  ctx: Context,
  assessments: readonly GroupAssessment[],
  skip: ReadonlySet<string>,
): { findings: Finding[]; unsupported: Set<string> } {
  const findings: Finding[] = [];
  const unsupported = new Set<string>();
  if (ctx.vendorSources.size === 0) return { findings, unsupported };
  for (const a of assessments) {
    const g = a.group;
    if (a.reference.length > 0 || g.vendor.length > 0 || !isVendorScoped(ctx, g.subject)) continue;
    const claims = g.members.filter((m) => !skip.has(m.claim.id));
    if (claims.length === 0) continue;
    for (const c of claims) unsupported.add(c.claim.id);
    const stated = listSome(distinctStatements(claims), (c) => `${sourceName(ctx, c.claim.source)} (${quotedValue(ctx, c)})`);
    const numeric = claims.some((c) => c.norm.domain === 'numeric');
    const several = distinctBy(claims, (c) => c.claim.source).length > 1;
    const t = topic(ctx, g.subject, g.property, g.qualifiers);
    const summary = numeric
      ? `Only ${stated} ${several ? 'give' : 'gives'} a figure for ${t}; ${ctx.vendorName} gives none.`
      : `Only ${stated} ${several ? 'make' : 'makes'} a claim on ${t}; ${ctx.vendorName} makes none.`;
    findings.push(
      makeFinding({
        id: findingId('unsupported', g.key),
        kind: 'unsupported',
        group: g,
        claims,
        summary,
        arithmetic: [`No ${ctx.vendorName} claim on ${t} to compare with.`],
        verdict: 'vendor has not disclosed',
        score: Math.max(
          ...claims.map((c) =>
            severityScore({
              tier: c.tier,
              vendorReference: true,
              magnitude: c.norm.domain === 'numeric' ? UNSUPPORTED_MAGNITUDE : UNSUPPORTED_STATEMENT_MAGNITUDE,
            }),
          ),
        ),
      }),
    );
  }
  return { findings, unsupported };
}
