/**
 * Validates all content at once and turns it into plain, typed data.
 * Used by the build (src/data.ts) and by `npm run content:check`, so both report the same errors.
 * Pure: the caller reads files and hashes snapshots; nothing here touches the file system.
 *
 * Each rule lives in its own file under rules/ and reports located problems (errors.ts: file, line,
 * column, claim id, field, message, expected, got, hint); positions come from the `yaml` parser
 * (positions.ts) and zod issues become problems through one error map (zod-issues.ts).
 */

import type { Claim, Source } from '../types.ts';
import type { ContentError } from './errors.ts';
import { openFile } from './file.ts';
import { type PreparedSnapshot, prepareSnapshot } from './quote.ts';
import { reporter } from './report.ts';
import { checkCitations } from './rules/citations.ts';
import type { References } from './rules/claim-references.ts';
import { declaredClaimIds, validateClaims } from './rules/claims.ts';
import { checkCoverage } from './rules/coverage.ts';
import { entityFiles, validateEntities } from './rules/entities.ts';
import { validateNotesShape } from './rules/notes.ts';
import { validateProperties } from './rules/properties.ts';
import { anySnapshot, checkBodyQuotes, ownSnapshot } from './rules/prose-quotes.ts';
import { checkRelations } from './rules/relations.ts';
import { checkSource } from './rules/source.ts';
import { checkSyntax } from './rules/syntax.ts';
import type { Content, RawContent, RawSource } from './types.ts';

export { validateNotes } from './rules/notes.ts';
export { tierOf } from './rules/source.ts';
export type { Citation, Content, Note, RawContent, RawEntry, RawSource } from './types.ts';

/** Validates everything; returns the typed content and every error found (none are dropped). */
export function validateContent(raw: RawContent): { content: Content; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const properties = validateProperties(raw.properties, errors);
  const entities = validateEntities(raw, errors);
  const validEntities = new Set(entities.map((e) => e.id));
  const validProperties = new Set(properties.map((p) => p.id));
  const refs: References = {
    entityById: new Map(entities.map((e) => [e.id, e])),
    propertyById: new Map(properties.map((p) => [p.id, p])),
    // Files that exist but failed validation: their own errors are reported, so references to them are not.
    brokenIds: new Set([
      ...raw.properties.map((p) => p.id).filter((id) => !validProperties.has(id)),
      ...entityFiles(raw)
        .map(([, e]) => e.id)
        .filter((id) => !validEntities.has(id)),
    ]),
  };
  const sources: Source[] = [];
  const claims: Claim[] = [];
  const unreadable = new Set<string>();
  // Each snapshot is folded once here, for the source rule, the claims and the notes.
  const folded = new Map<RawSource, PreparedSnapshot | null>(
    raw.sources.map((s) => [s, s.snapshot === null ? null : prepareSnapshot(s.snapshot)]),
  );

  for (const entry of [...raw.sources].sort((a, b) => a.id.localeCompare(b.id))) {
    const file = openFile(entry, errors);
    if (checkSyntax(entry, file)) {
      unreadable.add(entry.id);
      continue;
    }
    const before = errors.length;
    const inSnapshot = reporter(errors, entry.snapshotFile, null);
    const checked = checkSource(entry, file.report, inSnapshot, file.locate, folded.get(entry) ?? null);
    const own = folded.get(entry);
    if (own) checkBodyQuotes(entry, ownSnapshot(own, entry.snapshotFile, 'The summary', "this source's"), errors);
    // A source whose own fields are wrong still has its claims checked, so one bad field does not hide every claim's problems.
    const rawClaims = checked ? checked.frontmatter.claims : (entry.data as { claims?: unknown }).claims;
    if (checked) sources.push(checked.source);
    if (!Array.isArray(rawClaims)) continue;
    const valid = validateClaims(entry, rawClaims, () => file.positions, refs, errors, folded.get(entry) ?? null);
    if (checked) claims.push(...valid);
    // Coverage counts claim spans, so it is checked once the source and every claim of it are valid (a claim
    // dropped for a broken property file, reported there, leaves its sentence without a claim).
    const allValid = errors.length === before && valid.length === rawClaims.length;
    if (checked && checked.source.coverage === 'checked' && entry.snapshot !== null && allValid)
      checkCoverage(checked.source, entry.snapshot, entry.snapshotFile, valid, file.report, inSnapshot);
  }

  const claimIds = new Set([...claims.map((c) => c.id), ...declaredClaimIds(raw.sources)]);
  const citations = checkCitations(
    [...raw.sources, ...raw.models, ...raw.benchmarks, ...raw.organizations, ...raw.products, ...raw.notes],
    claimIds,
    unreadable,
    errors,
  );
  const snapshots = raw.sources.flatMap((s) => folded.get(s) ?? []);
  const notes = validateNotesShape(raw.notes, errors, snapshots);
  // An entity page draws on every source, so its quoted words may be any source's (as in a note).
  for (const entry of [...raw.models, ...raw.benchmarks, ...raw.organizations, ...raw.products])
    checkBodyQuotes(entry, anySnapshot(snapshots, 'The page text'), errors);
  checkRelations(raw.models, entities, claims, properties, errors);
  return { content: { sources, claims, entities, properties, notes, citations }, errors };
}
