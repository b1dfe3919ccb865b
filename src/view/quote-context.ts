/**
 * Quotes in context for the claim pages and /data/claims.json: each claim's quote with the sentence (list
 * item) before and after it and, inside a table, its row and column header (src/lib/content/units.ts).
 * Only these passages are published, never a whole snapshot.
 */
import { claimContext, type QuoteContext, type Segmented, segment } from '../lib/content/units.ts';
import type { Claim } from '../lib/types.ts';

const segmented = new Map<string, Segmented>();

/** A snapshot cut into units, once per snapshot text. */
function segmentOf(text: string): Segmented {
  let seg = segmented.get(text);
  if (!seg) {
    seg = segment(text);
    segmented.set(text, seg);
  }
  return seg;
}

/** The context of a claim's quote in its source's snapshot, or null when the snapshot is missing. */
export function quoteContextOf(claim: Claim, snapshots: ReadonlyMap<string, string>): QuoteContext | null {
  const text = snapshots.get(claim.source);
  return text === undefined ? null : claimContext(segmentOf(text), claim);
}

/** One cell of a quote's table excerpt; `focus` marks the cell (and header) the claim's figure stands in. */
export interface ContextCell {
  text: string;
  focus: boolean;
}

/** A claim's quote as its claim page shows it in context. */
export interface QuoteContextView {
  /** Running text: the sentence (or list item) before the quote's own, and the start of its own, up to the quote. */
  before: string;
  quote: string;
  /** The rest of the quote's sentence and the sentence after it. */
  after: string;
  /** For a quote inside a table: the header row (null when the table has none) and the quote's row. */
  table: { header: ContextCell[] | null; row: ContextCell[] } | null;
}

/** Whitespace runs that hold a line break become one line break; other runs one space (the page shows pre-line). */
const tidy = (s: string) => s.replace(/\s*\n\s*/g, '\n').replace(/[^\S\n]+/g, ' ');

/** The claim page's "in context" view of a claim's quote, or null without a snapshot. */
export function quoteContextView(claim: Claim, snapshots: ReadonlyMap<string, string>): QuoteContextView | null {
  const ctx = quoteContextOf(claim, snapshots);
  if (!ctx) return null;
  const cells = (texts: string[]): ContextCell[] => texts.map((text, i) => ({ text, focus: i === ctx.table?.column }));
  return {
    before: tidy(ctx.contextBefore).trimStart(),
    quote: ctx.quote,
    after: tidy(ctx.contextAfter).trimEnd(),
    table: ctx.table ? { header: ctx.table.header ? cells(ctx.table.header) : null, row: cells(ctx.table.row) } : null,
  };
}
