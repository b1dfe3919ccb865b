/**
 * Quote folding. A quote matches its snapshot when both are equal after folding only:
 * whitespace runs (incl. no-break spaces) to one space, typographic quotes to ' and ",
 * and dash/hyphen variants (U+2010–U+2015, U+2212) to "-". Nothing else is tolerated.
 * Locating a quote as one exact span of its snapshot is span.ts.
 */
import { type FoldedText, foldText, occursIn } from './span.ts';

export { foldChar } from './span.ts';

/** Folds the tolerated variants so that two texts can be compared. */
export function foldForQuote(text: string): string {
  return foldText(text).folded.trim();
}

/** A snapshot prepared once for many quote look-ups. */
export type PreparedSnapshot = FoldedText;

/** Folds a snapshot once so each quote look-up is a single search. */
export function prepareSnapshot(snapshot: string): PreparedSnapshot {
  return foldText(snapshot);
}

/**
 * Whether the quote occurs in the snapshot, tolerating only the variants above. A quote must also start
 * and end on word boundaries: "7.3%" does not match inside "77.3%".
 */
export function quoteOccursIn(quote: string, snapshot: PreparedSnapshot): boolean {
  return occursIn(quote, snapshot);
}

/** Markup in a quote: an HTML-like tag, an MDX expression or a script URL. */
export function findMarkup(quote: string): string | null {
  const match = /<\/?[a-z][\w-]*[^>]*>|\{[^}]*\}|javascript:/i.exec(quote);
  return match ? match[0] : null;
}
