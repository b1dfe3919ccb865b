/**
 * Rule: coverage. Every unit of a snapshot (each sentence of a line, list item and table cell: units.ts)
 * either supports at least one claim of its source (a claim's span overlaps it) or lies inside a passage
 * listed in the source's `notClaims` with a reason; a `repeats` entry names a claim of the same source.
 * Checked once a source and all its claims are valid (a claim that fails has no span to count).
 */
import { NOT_CLAIM_REASONS } from '../../../schemas/not-claim.ts';
import type { Claim, Source } from '../../types.ts';
import { show } from '../errors.ts';
import type { Report } from '../report.ts';
import type { Span } from '../span.ts';
import { segment, type Unit } from '../units.ts';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const inside = (u: Span, s: Span) => s.start <= u.start && u.end <= s.end;

/** The units of a snapshot that neither support a claim nor lie inside a listed not-a-claim passage. */
export function unaccountedUnits(snapshot: string, claims: readonly Span[], notClaims: readonly Span[]): Unit[] {
  return segment(snapshot).units.filter((u) => !claims.some((c) => overlaps(c, u.span)) && !notClaims.some((n) => inside(u.span, n)));
}

const KIND_NAME = { sentence: 'sentence', item: 'list item', cell: 'table cell' } as const;

/** Reports every unaccounted unit (at its line of the snapshot) and every `repeats` entry naming no claim of the source. */
export function checkCoverage(
  source: Source,
  snapshot: string,
  snapshotFile: string,
  claims: readonly Claim[],
  report: Report,
  reportInSnapshot: Report,
): void {
  const ids = new Set(claims.map((c) => c.id));
  source.notClaims.forEach((n, i) => {
    if (n.claim === null || ids.has(n.claim)) return;
    report({
      field: 'notClaims',
      message: `notClaims[${i}] (claim): the passage is listed as repeating claim "${n.claim.slice(source.slug.length + 1)}", which this source does not have.`,
      expected: `the id of a claim of ${source.file}`,
      got: show(n.claim.slice(source.slug.length + 1)),
      hint: 'name the claim the passage restates (its id: field), or give another reason.',
    });
  });
  const open = unaccountedUnits(
    snapshot,
    claims.map((c) => c.span),
    source.notClaims.map((n) => n.span),
  );
  for (const u of open) {
    reportInSnapshot(
      {
        field: 'notClaims',
        message: `Unaccounted text: this ${KIND_NAME[u.kind]} of ${snapshotFile} (line ${u.line}) supports no claim of the source and is not listed under notClaims: in ${source.file}.`,
        expected: 'every sentence, list item and table cell of the snapshot quoted by a claim or inside a notClaims passage',
        got: show(u.text),
        hint: `add a claim quoting it to ${source.file}, or list it under notClaims: there with a reason (${NOT_CLAIM_REASONS.join(', ')}).`,
      },
      { line: u.line, column: 0 },
    );
  }
}

/** For each source whose coverage is still `pending`: the units the check would report once it is switched to `checked`. */
export function pendingCoverage(
  sources: readonly Source[],
  claims: readonly Claim[],
  snapshotOf: (slug: string) => string | null,
): { source: Source; open: Unit[] }[] {
  return sources.flatMap((source) => {
    const snapshot = snapshotOf(source.slug);
    if (source.coverage !== 'pending' || snapshot === null) return [];
    const spans = claims.filter((c) => c.source === source.slug).map((c) => c.span);
    return [
      {
        source,
        open: unaccountedUnits(
          snapshot,
          spans,
          source.notClaims.map((n) => n.span),
        ),
      },
    ];
  });
}
