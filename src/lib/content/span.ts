/**
 * Where a quote is in its snapshot: the span of the snapshot's own characters that the quote matches under
 * the tolerant matching of quote.ts (whitespace runs, typographic quotes and dashes folded; word
 * boundaries at both ends). Pure. Offsets are JavaScript string indexes (UTF-16 code units) into the
 * snapshot as decoded from UTF-8 (a BOM, if any, is the character at 0); `codePointOffset` converts one.
 */
import { foldForQuote } from './quote.ts';

/** A half-open span [start, end) of the snapshot, in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
  /** The snapshot's own characters at the span (which may differ from the quote in whitespace, quotes or dashes). */
  exact: string;
}

/** A snapshot folded once, with the snapshot index of every folded character. */
export interface FoldedSnapshot {
  text: string;
  /** The folded snapshot (whitespace runs as one space, variants folded; not trimmed). */
  folded: string;
  /** `origin[i]` is the snapshot index of folded character i. */
  origin: number[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Folds a snapshot character by character with the same rules as foldForQuote, keeping where each came from. */
export function foldSnapshot(text: string): FoldedSnapshot {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const one = foldForQuote(text[i] as string);
    if (one === '') {
      // whitespace: a run becomes one space
      if (folded.at(-1) === ' ') continue;
      folded += ' ';
    } else folded += one;
    origin.push(i);
  }
  return { text, folded, origin };
}

/**
 * Every span of the snapshot the quote matches, in order (empty when it does not occur). A quote that is
 * accepted by the validator has at least one.
 */
export function quoteSpans(quote: string, snapshot: FoldedSnapshot): Span[] {
  const needle = foldForQuote(quote);
  if (needle.length === 0) return [];
  const { folded, origin, text } = snapshot;
  const wordStart = WORD_CHAR.test(needle[0] ?? '');
  const wordEnd = WORD_CHAR.test(needle.at(-1) ?? '');
  const spans: Span[] = [];
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
    const before = folded[at - 1] ?? ' ';
    const after = folded[at + needle.length] ?? ' ';
    if ((wordStart && WORD_CHAR.test(before)) || (wordEnd && WORD_CHAR.test(after))) continue;
    const start = origin[at] as number;
    const end = (origin[at + needle.length - 1] as number) + 1;
    spans.push({ start, end, exact: text.slice(start, end) });
  }
  return spans;
}

/** The first span the quote matches in the snapshot text, or null. */
export function quoteSpan(quote: string, snapshot: string | FoldedSnapshot): Span | null {
  return quoteSpans(quote, typeof snapshot === 'string' ? foldSnapshot(snapshot) : snapshot)[0] ?? null;
}

/** A UTF-16 index of `text` as a count of Unicode code points (what W3C TextPositionSelector counts). */
export function codePointOffset(text: string, index: number): number {
  return [...text.slice(0, index)].length;
}
