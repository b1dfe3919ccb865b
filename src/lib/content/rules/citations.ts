/**
 * Rule: every `<Cite claim="..." />` in an MDX body points at a claim that is written somewhere.
 * The claim attribute may be a string in either quotes or an expression holding one, on any line of the tag.
 * Only the body is scanned (after the frontmatter), so a quote that mentions <Cite> is not a citation.
 */
import { type ContentError, show, suggest } from '../errors.ts';
import { reporter } from '../report.ts';
import type { Citation, RawEntry } from '../types.ts';

const CITE = /<Cite\b[^>]*?\bclaim=(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})[^>]*>/gs;

/** Each `<Cite>` in the entry's body, with its 1-based line and column in the whole file. */
export function citationsIn(entry: RawEntry): (Citation & { column: number })[] {
  // The body is the end of the file (a body that is not means the text was built by hand: scan all of it).
  const bodyStart = entry.text.endsWith(entry.body) ? entry.text.length - entry.body.length : 0;
  const found: (Citation & { column: number })[] = [];
  for (const match of entry.text.slice(bodyStart).matchAll(CITE)) {
    const offset = bodyStart + match.index;
    const before = entry.text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    found.push({ file: entry.file, line, claim: match[1] ?? match[2] ?? match[3] ?? '', column });
  }
  return found;
}

/**
 * Collects every citation and reports those that point at no claim; `claimIds` are the claim ids written
 * in any source. A citation of a source whose file cannot be read (`unreadable` slugs) is not reported:
 * that file's own error is, once, as for entities with errors of their own.
 */
export function checkCitations(
  entries: readonly RawEntry[],
  claimIds: ReadonlySet<string>,
  unreadable: ReadonlySet<string>,
  errors: ContentError[],
): Citation[] {
  const citations: Citation[] = [];
  for (const entry of entries) {
    const report = reporter(errors, entry.file, null);
    for (const { column, ...citation } of citationsIn(entry)) {
      citations.push(citation);
      if (claimIds.has(citation.claim) || unreadable.has(citation.claim.split('/')[0] ?? '')) continue;
      report(
        {
          field: 'Cite.claim',
          message: `<Cite> points at unknown claim ${show(citation.claim)}.`,
          expected: 'a claim id written as "<source slug>/<claim id>"',
          got: show(citation.claim),
          hint: suggest(citation.claim, [...claimIds], 'claim'),
        },
        { line: citation.line, column },
      );
    }
  }
  return citations;
}
