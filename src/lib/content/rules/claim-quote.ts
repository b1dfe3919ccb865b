/** Rule: a claim's quote occurs verbatim in its source's snapshot, and its figure is part of the quote. */
import type { ClaimFrontmatter } from '../../../schemas/claim.ts';
import { show } from '../errors.ts';
import { findMarkup, type PreparedSnapshot, quoteOccursIn } from '../quote.ts';
import type { Report } from '../report.ts';

/** The quote is in the snapshot (when there is one: a missing snapshot is reported by the source rule). */
export function checkQuote(c: ClaimFrontmatter, snapshot: PreparedSnapshot | null, snapshotFile: string, report: Report): boolean {
  if (!snapshot || quoteOccursIn(c.quote, snapshot)) return true;
  const markup = findMarkup(c.quote);
  report({
    field: 'quote',
    message: markup ? `Quote contains markup (${show(markup)}) that is not in the snapshot.` : 'Quote not found in snapshot.txt.',
    expected: 'text copied verbatim from snapshot.txt (only whitespace runs and typographic quotes, dashes and hyphens may differ)',
    got: show(c.quote),
    hint: markup
      ? 'remove the markup; quotes are plain text from the snapshot and are shown as text.'
      : `copy the sentence again from ${snapshotFile}; do not paraphrase, abridge or fix typos.`,
  });
  return false;
}

/** The figure, when given, is a piece of the quote. */
export function checkFigure(c: ClaimFrontmatter, report: Report): boolean {
  if (c.figure === undefined || c.quote.includes(c.figure)) return true;
  report({
    field: 'figure',
    message: 'The figure is not part of the quote.',
    expected: 'a piece of the quote, e.g. "77.3%"',
    got: show(c.figure),
    hint: 'copy the figure exactly as it stands in the quote, or remove "figure".',
  });
  return false;
}
