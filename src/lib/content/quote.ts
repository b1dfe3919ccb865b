/**
 * Quote matching. A quote matches its snapshot when both are equal after folding only:
 * whitespace runs (incl. no-break spaces) to one space, typographic quotes to ' and ",
 * and dash/hyphen variants (U+2010–U+2015, U+2212) to "-". Nothing else is tolerated.
 */

const WHITESPACE_RUN = /[\s\u00a0\u2007\u202f\u2060\ufeff]+/g;
const DASHES = /[\u2010-\u2015\u2212\u00ad\ufe58\ufe63\uff0d]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u02bc]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;

/** Folds the tolerated variants so that two texts can be compared. */
export function foldForQuote(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').replace(DASHES, '-').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').trim();
}

/** A snapshot prepared once for many quote look-ups. */
export interface PreparedSnapshot {
  /** The folded snapshot text. */
  folded: string;
}

/** Folds a snapshot once so each quote look-up is a single search. */
export function prepareSnapshot(snapshot: string): PreparedSnapshot {
  return { folded: ` ${foldForQuote(snapshot)} ` };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether the quote occurs in the snapshot, tolerating only the variants above. A quote must also start
 * and end on word boundaries: "7.3%" does not match inside "77.3%".
 */
export function quoteOccursIn(quote: string, snapshot: PreparedSnapshot): boolean {
  const folded = foldForQuote(quote);
  if (folded.length === 0) return false;
  const text = snapshot.folded;
  const wordStart = WORD_CHAR.test(folded[0] ?? '');
  const wordEnd = WORD_CHAR.test(folded.at(-1) ?? '');
  for (let at = text.indexOf(folded); at !== -1; at = text.indexOf(folded, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + folded.length] ?? ' ';
    if ((!wordStart || !WORD_CHAR.test(before)) && (!wordEnd || !WORD_CHAR.test(after))) return true;
  }
  return false;
}

/** Markup in a quote: an HTML-like tag, an MDX expression or a script URL. */
export function findMarkup(quote: string): string | null {
  const match = /<\/?[a-z][\w-]*[^>]*>|\{[^}]*\}|javascript:/i.exec(quote);
  return match ? match[0] : null;
}
