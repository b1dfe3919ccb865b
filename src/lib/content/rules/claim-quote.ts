/** Rule: a claim's quote resolves to exactly one span of its source's snapshot, and its figure is part of the quote. */
import type { ClaimFrontmatter } from '../../../schemas/claim.ts';
import { show } from '../errors.ts';
import { findMarkup, type PreparedSnapshot } from '../quote.ts';
import type { Report } from '../report.ts';
import { exactPiece, lineAt, resolveSpan, type Span } from '../span.ts';

/** The quote's span and the snapshot's own characters there. */
export interface ResolvedQuote {
  /** Offsets in UTF-16 code units. */
  span: Span;
  /** snapshot.slice(span.start, span.end). */
  exact: string;
}

const EXPECTED_QUOTE = 'text copied from snapshot.txt (only whitespace runs and typographic quotes, dashes and hyphens may differ)';

function where(text: string, spans: readonly Span[]): string {
  return spans.map((s) => `line ${lineAt(text, s.start)} (offset ${s.start})`).join(', ');
}

/**
 * The quote resolves to one span (when there is a snapshot: a missing one is reported by the source rule).
 * Returns the span, `true` when there is no snapshot to resolve against, or null after reporting.
 */
export function checkQuote(
  c: Pick<ClaimFrontmatter, 'quote' | 'prefix' | 'suffix'>,
  snapshot: PreparedSnapshot | null,
  snapshotFile: string,
  report: Report,
): ResolvedQuote | true | null {
  if (!snapshot) return true;
  const result = resolveSpan(c.quote, snapshot, { prefix: c.prefix, suffix: c.suffix });
  if (result.ok) return { span: result.span, exact: result.exact };
  if (result.reason === 'ambiguous') {
    report({
      field: 'quote',
      message: `Quote occurs ${result.occurrences.length} times in ${snapshotFile}: ${where(snapshot.text, result.occurrences)}.`,
      expected: 'a quote that resolves to exactly one span of the snapshot',
      got: show(c.quote),
      hint: 'add "prefix" (the words right before the wanted occurrence) or "suffix" (the words right after it), or quote a longer passage.',
    });
    return null;
  }
  if (result.reason === 'context-not-found') {
    // The context that picks no occurrence: the prefix, unless it alone picks one (then the suffix does not fit).
    const alone = c.prefix !== undefined && c.suffix !== undefined ? resolveSpan(c.quote, snapshot, { prefix: c.prefix }) : null;
    const prefixFits = alone !== null && (alone.ok || alone.reason !== 'context-not-found');
    const field = c.prefix !== undefined && !prefixFits ? 'prefix' : 'suffix';
    report({
      field,
      message: `No occurrence of the quote in ${snapshotFile} has this ${field} next to it; the quote occurs at ${where(snapshot.text, result.occurrences)}.`,
      expected: `the text right ${field === 'prefix' ? 'before' : 'after'} one occurrence of the quote`,
      got: show((field === 'prefix' ? c.prefix : c.suffix) ?? ''),
      hint: `copy the words right ${field === 'prefix' ? 'before' : 'after'} the wanted occurrence from ${snapshotFile}, or remove "${field}".`,
    });
    return null;
  }
  const markup = findMarkup(c.quote);
  report({
    field: 'quote',
    message: markup ? `Quote contains markup (${show(markup)}) that is not in the snapshot.` : 'Quote not found in snapshot.txt.',
    expected: EXPECTED_QUOTE,
    got: show(c.quote),
    hint: markup
      ? 'remove the markup; quotes are plain text from the snapshot and are shown as text.'
      : `copy the sentence again from ${snapshotFile}; do not paraphrase, abridge or fix typos.`,
  });
  return null;
}

/**
 * The figure, when given, is a piece of the quote; returns it in the snapshot's characters (null when
 * there is none, false after reporting).
 */
export function checkFigure(c: ClaimFrontmatter, exact: string | null, report: Report): string | null | false {
  if (c.figure === undefined) return null;
  const piece = c.quote.includes(c.figure) ? (exact === null ? c.figure : exactPiece(c.figure, exact)) : null;
  if (piece !== null) return piece;
  report({
    field: 'figure',
    message: 'The figure is not part of the quote.',
    expected: 'a piece of the quote, e.g. "77.3%"',
    got: show(c.figure),
    hint: 'copy the figure exactly as it stands in the quote, or remove "figure".',
  });
  return false;
}
