/**
 * Reconciled: figures that look different but agree once normalized (0.773 as a fraction and 77.3%,
 * "approximately 25%" and 25%, "64" and "64.0", ">90" and 92, "+25%" and 1.25×), shown as an
 * agreement with the arithmetic. Identical statements are plain agreement and get no finding.
 * Comparative claims whose multiple or percent change checks out against the figures they relate
 * (see overstated.ts) are added here too, with that arithmetic.
 */
import type { Context } from '../context.ts';
import { explain, listSome, quotedValue, referenceValue, sourceName, topic } from '../describe.ts';
import type { NClaim } from '../group.ts';
import { findingId } from '../ids.ts';
import type { Finding } from '../types.ts';
import type { GroupAssessment } from './assess.ts';
import { distinctStatements, MAX_ARITHMETIC_LINES, makeFinding } from './finding.ts';

/** Extra reconciliations computed elsewhere (comparative checks), by group key. */
export type ExtraReconciliations = ReadonlyMap<string, { claims: NClaim[]; lines: string[]; checked: NClaim[] }>;

/** One reconciled finding per group with claims that agree only after normalization. */
export function reconciledRule(
  ctx: Context,
  assessments: readonly GroupAssessment[],
  skip: ReadonlySet<string>,
  extra: ExtraReconciliations,
): Finding[] {
  const findings: Finding[] = [];
  for (const a of assessments) {
    if (a.counts.reconciled === 0 && !extra.has(a.group.key)) continue;
    const g = a.group;
    const members = a.members.filter((m) => m.status === 'reconciled' && !skip.has(m.nc.claim.id) && m.against.length > 0);
    const more = extra.get(g.key);
    if (members.length === 0 && !more) continue;
    const claims: NClaim[] = [];
    const lines: string[] = [];
    let hidden = 0;
    for (const m of members) {
      claims.push(m.nc, ...m.against);
      if (lines.length < MAX_ARITHMETIC_LINES) lines.push(explain(ctx, m.nc, m.against[0] as NClaim));
      else hidden++;
    }
    if (hidden > 0) lines.push(`… and ${hidden} more`);
    const t = topic(ctx, g.subject, g.property, g.qualifiers);
    let summary: string;
    const m0Refined = a.refined && a.reference.length > 0;
    if (members.length > 0) {
      const stated = listSome(
        distinctStatements(members.map((m) => m.nc)),
        (c) => `${sourceName(ctx, c.claim.source)}'s ${quotedValue(ctx, c)}`,
      );
      const refs = listSome(
        distinctStatements(members.flatMap((m) => m.against)),
        (c) => `${sourceName(ctx, c.claim.source)}'s ${m0Refined ? referenceValue(ctx, c, true) : quotedValue(ctx, c)}`,
      );
      summary = `For ${t}, ${stated} ${members.length > 1 ? 'agree' : 'agrees'} with ${refs} once units, precision and approximations are normalized.`;
    } else {
      const checked = more?.checked ?? [];
      summary = `For ${t}, ${listSome(
        distinctStatements(checked),
        (c) => `${sourceName(ctx, c.claim.source)}'s ${quotedValue(ctx, c)}`,
      )} ${checked.length > 1 ? 'agree' : 'agrees'} with the figures it relates.`;
    }
    if (more) {
      claims.push(...more.claims);
      lines.push(...more.lines);
    }
    findings.push(
      makeFinding({
        id: findingId('reconciled', g.key),
        kind: 'reconciled',
        group: g,
        claims,
        summary,
        arithmetic: lines,
        verdict: 'agrees after normalization',
        score: null,
      }),
    );
  }
  return findings;
}
