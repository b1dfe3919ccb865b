/** The claims of one source: each claim's shape, then the claim rules; returns the claims that pass every rule. */
import { claimSchema } from '../../../schemas/claim.ts';
import type { Claim } from '../../types.ts';
import type { ContentError } from '../errors.ts';
import { claimLine, NOWHERE, type Position, type YamlPositions } from '../positions.ts';
import type { PreparedSnapshot } from '../quote.ts';
import { reporter } from '../report.ts';
import type { RawSource } from '../types.ts';
import { parseShape } from '../zod-issues.ts';
import { checkFigure, checkQuote } from './claim-quote.ts';
import { checkAttribution, checkProperty, checkQualifiers, checkSubject, checkUniqueId, type References } from './claim-references.ts';
import { checkValue } from './claim-value.ts';
import { checkProseQuotes, ownSnapshot } from './prose-quotes.ts';

/** A claim's id as written (shortened when it is far too long to be one), or "#<n>" when it has none. */
export function localIdOf(rawClaim: unknown, index: number): string {
  const id = rawClaim && typeof rawClaim === 'object' ? (rawClaim as { id?: unknown }).id : undefined;
  if (typeof id !== 'string') return `#${index + 1}`;
  return id.length > 80 ? `${id.slice(0, 77)}...` : id;
}

/** Every claim id written in a source file, valid or not (so a <Cite> to a broken claim is not reported twice). */
export function declaredClaimIds(sources: readonly RawSource[]): string[] {
  return sources.flatMap((s) => {
    const list = (s.data as { claims?: unknown } | null)?.claims;
    return Array.isArray(list)
      ? list.flatMap((c) =>
          c && typeof c === 'object' && typeof (c as { id?: unknown }).id === 'string' ? [`${s.id}/${(c as { id: string }).id}`] : [],
        )
      : [];
  });
}

/**
 * Validates a source's claims; reports every problem and returns the claims that have none. `snapshot` is
 * the source's snapshot folded once by the caller (null when it has none).
 */
export function validateClaims(
  entry: RawSource,
  rawClaims: readonly unknown[],
  positions: () => YamlPositions,
  refs: References,
  errors: ContentError[],
  snapshot: PreparedSnapshot | null,
): Claim[] {
  const seen = new Map<string, number>();
  const claims: Claim[] = [];
  rawClaims.forEach((rawClaim, index) => {
    const start = (): Position => positions().of(['claims', index]) ?? positions().of(['claims']) ?? NOWHERE;
    // A field's position is its top-level key in the claim; the claim's start when the claim lacks it.
    const locate = (field: string): Position => (field ? positions().of(['claims', index, field.split('.')[0] ?? field]) : null) ?? start();
    const claimId = `${entry.id}/${localIdOf(rawClaim, index)}`;
    const report = reporter(errors, entry.file, claimId, locate);
    const c = parseShape(claimSchema, rawClaim, `claim "${claimId}"`, report, locate);
    if (!c) return;
    const qualifiers = c.qualifiers ?? {};
    const line = entry.claimLines?.[index] ?? claimLine(positions(), index);
    const unique = checkUniqueId(c, line, seen, report);
    const subject = checkSubject(c, refs, report) && checkAttribution(c, refs, report);
    const property = checkProperty(c, refs, report);
    const qualified = checkQualifiers(qualifiers, property, c.property, refs, report);
    const checked = property ? checkValue(c, property, report) : null;
    const quoted = checkQuote(c, snapshot, entry.snapshotFile, report);
    const resolved = quoted === true || quoted === null ? null : quoted;
    const figure = checkFigure(c, resolved?.exact ?? null, report);
    // The editor's note is shown on the claim page: words it quotes must be this source's own.
    if (c.note && snapshot) checkProseQuotes(c.note, ownSnapshot(snapshot, entry.snapshotFile, 'The note', "this claim's"), 'note', report);
    // Without a snapshot (reported by the source rule) the claim is not kept: its quote has no span.
    if (!(unique && subject && qualified && resolved && figure !== false && property && checked?.ok && checked.value)) return;
    claims.push({
      id: claimId,
      localId: c.id,
      source: entry.id,
      subject: c.subject,
      property: c.property,
      qualifiers: Object.fromEntries(Object.entries(qualifiers).sort(([a], [b]) => a.localeCompare(b))),
      value: checked.value,
      raw: c.value instanceof Date ? c.value.toISOString().slice(0, 10) : String(c.value),
      unit: checked.unit,
      quote: resolved.exact,
      span: resolved.span,
      figure,
      note: c.note ?? null,
      ...(c.attributedTo === undefined ? {} : { attributedTo: c.attributedTo }),
      file: entry.file,
      line,
    });
  });
  return claims;
}
