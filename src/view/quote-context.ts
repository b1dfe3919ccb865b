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
