/**
 * Exact spans. A quote typed by an editor is located in its snapshot tolerating only the variants of
 * quote.ts (whitespace runs, typographic quotes, dash and hyphen variants), and resolves to exactly one
 * span of the snapshot: offsets in UTF-16 code units (JavaScript string indices), end exclusive. What
 * pages, search and the export show is the snapshot's own text at that span, never the typed text.
 * Pure: no I/O.
 */

/** A span of a snapshot: [start, end) in UTF-16 code units. */
export interface Span {
  /** Offset of the first code unit. */
  start: number;
  /** Offset after the last code unit. */
  end: number;
}

/** A snapshot folded once, with the offset in the original text of every folded code unit. */
export interface FoldedText {
  /** The original text. */
  text: string;
  /** The folded text (whitespace runs are one space; quotes and dashes folded). */
  folded: string;
  /** map[i] is the offset in `text` of folded[i]; map[folded.length] is text.length. */
  map: number[];
}

const DASH = /[\u2010-\u2015\u2212\u00ad\ufe58\ufe63\uff0d]/;
const SINGLE_QUOTE = /[\u2018\u2019\u201a\u201b\u2032\u02bc]/;
const DOUBLE_QUOTE = /[\u201c\u201d\u201e\u201f\u2033]/;

/** Folds one code unit (not whitespace: span.ts folds whitespace runs). */
export function foldChar(ch: string): string {
  if (DASH.test(ch)) return '-';
  if (SINGLE_QUOTE.test(ch)) return "'";
  if (DOUBLE_QUOTE.test(ch)) return '"';
  return ch;
}

const SPACE = /[\s\u00a0\u2007\u202f\u2060\ufeff]/;

/** What each UTF-16 code unit folds to: null for whitespace, else foldChar's result (filled on first use). */
const FOLDED_UNIT: (string | null | undefined)[] = [];

function foldUnit(ch: string): string | null {
  const code = ch.charCodeAt(0);
  let out = FOLDED_UNIT[code];
  if (out === undefined) {
    out = SPACE.test(ch) ? null : foldChar(ch);
    FOLDED_UNIT[code] = out;
  }
  return out;
}

/** Folds a text, keeping for each folded code unit the offset it came from. */
export function foldText(text: string): FoldedText {
  // Unchanged runs are copied with one slice each; only folded units and whitespace runs are handled one by
  // one (a snapshot is mostly ASCII letters, so this is several times faster than a piece per code unit).
  const pieces: string[] = [];
  const map: number[] = [];
  let runStart = 0;
  let lastIsSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code > 32 && code < 127) || (code === 32 && !lastIsSpace)) {
      map.push(i);
      lastIsSpace = code === 32;
      continue;
    }
    const unit = foldUnit(text[i] as string);
    if (unit === text[i]) {
      map.push(i);
      lastIsSpace = unit === ' ';
      continue;
    }
    if (runStart < i) pieces.push(text.slice(runStart, i));
    runStart = i + 1;
    if (unit === null) {
      if (lastIsSpace) continue;
      pieces.push(' ');
      lastIsSpace = true;
    } else {
      pieces.push(unit);
      lastIsSpace = unit === ' ';
    }
    map.push(i);
  }
  if (runStart < text.length) pieces.push(text.slice(runStart));
  map.push(text.length);
  return { text, folded: pieces.join(''), map };
}

/** Folds a typed text for searching (whitespace runs to one space, trimmed). */
function foldTyped(text: string): string {
  return foldText(text).folded.trim();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Every folded offset where `needle` occurs on word boundaries (a needle starting or ending with a letter or digit must not continue a word). */
function foldedMatches(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  const wordStart = WORD_CHAR.test(needle[0] ?? '');
  const wordEnd = WORD_CHAR.test(needle.at(-1) ?? '');
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    const before = hay[at - 1] ?? ' ';
    const after = hay[at + needle.length] ?? ' ';
    if ((!wordStart || !WORD_CHAR.test(before)) && (!wordEnd || !WORD_CHAR.test(after))) out.push(at);
  }
  return out;
}

function toSpan(f: FoldedText, at: number, length: number): Span {
  return { start: f.map[at] as number, end: (f.map[at + length - 1] as number) + 1 };
}

/** Context that picks one occurrence: text right before (`prefix`) and/or right after (`suffix`) the quote. */
export interface SpanContext {
  /** Text that immediately precedes the quote in the snapshot (whitespace between is tolerated). */
  prefix?: string | undefined;
  /** Text that immediately follows the quote in the snapshot (whitespace between is tolerated). */
  suffix?: string | undefined;
}

/** The outcome of resolving a quote: one span, or why not (none, or several with their spans). */
export type SpanResult =
  | { ok: true; span: Span; exact: string }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'ambiguous'; occurrences: Span[] }
  | { ok: false; reason: 'context-not-found'; occurrences: Span[] };

function precededBy(hay: string, at: number, prefix: string): boolean {
  const before = hay.slice(0, at).trimEnd();
  return before.endsWith(prefix);
}

function followedBy(hay: string, at: number, suffix: string): boolean {
  return hay.slice(at).trimStart().startsWith(suffix);
}

/** Resolves a typed quote to exactly one span of the snapshot (see SpanResult). */
export function resolveSpan(quote: string, snapshot: FoldedText, context: SpanContext = {}): SpanResult {
  const needle = foldTyped(quote);
  const all = foldedMatches(snapshot.folded, needle);
  if (all.length === 0) return { ok: false, reason: 'not-found' };
  const prefix = context.prefix === undefined ? '' : foldTyped(context.prefix);
  const suffix = context.suffix === undefined ? '' : foldTyped(context.suffix);
  const picked = all.filter(
    (at) => (!prefix || precededBy(snapshot.folded, at, prefix)) && (!suffix || followedBy(snapshot.folded, at + needle.length, suffix)),
  );
  const occurrences = all.map((at) => toSpan(snapshot, at, needle.length));
  if (picked.length === 0) return { ok: false, reason: 'context-not-found', occurrences };
  if (picked.length > 1) return { ok: false, reason: 'ambiguous', occurrences: picked.map((at) => toSpan(snapshot, at, needle.length)) };
  const span = toSpan(snapshot, picked[0] as number, needle.length);
  return { ok: true, span, exact: snapshot.text.slice(span.start, span.end) };
}

/** Where a typed piece (a claim's figure) stands inside an exact text, or null: the exact characters of that piece. */
export function exactPiece(piece: string, exact: string): string | null {
  const f = foldText(exact);
  const at = foldedMatches(f.folded, foldTyped(piece))[0];
  if (at === undefined) return null;
  const span = toSpan(f, at, foldTyped(piece).length);
  return exact.slice(span.start, span.end);
}

/** 1-based line of an offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Whether a quote occurs at least once in the snapshot (word boundaries respected). */
export function occursIn(quote: string, snapshot: FoldedText): boolean {
  return foldedMatches(snapshot.folded, foldTyped(quote)).length > 0;
}

/**
 * The snapshot's own characters where a quote occurs once letter case is ignored (word boundaries respected),
 * or null: what an error shows when a quote differs from its snapshot only in case.
 */
export function caseVariantIn(quote: string, snapshot: FoldedText): string | null {
  const lower = snapshot.folded.toLowerCase();
  const needle = foldTyped(quote).toLowerCase();
  // Lower-casing keeps the length of the folded text for the scripts the snapshots use; give up if not.
  if (lower.length !== snapshot.folded.length || needle.length !== foldTyped(quote).length) return null;
  const at = foldedMatches(lower, needle)[0];
  if (at === undefined) return null;
  const span = toSpan(snapshot, at, needle.length);
  return snapshot.text.slice(span.start, span.end);
}

const SENTENCE_END = /[.!?](?=[\s\u00a0]+[\p{Lu}\p{N}"'\u201c\u2018(])/gu;

/** The passages of a snapshot: each non-blank line, split into sentences; spans trimmed of whitespace. */
export function passages(text: string): Span[] {
  const out: Span[] = [];
  const push = (start: number, end: number) => {
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const trail = piece.length - piece.trimEnd().length;
    if (piece.trim().length > 0) out.push({ start: start + lead, end: end - trail });
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let from = 0;
    for (const m of line.matchAll(SENTENCE_END)) {
      push(lineStart + from, lineStart + m.index + 1);
      from = m.index + 1;
    }
    push(lineStart + from, lineStart + line.length);
    lineStart += line.length + 1;
  }
  return out;
}

/** Offsets (in the original text) where a term occurs, case-insensitively, folding variants, on word boundaries. */
export function termHits(term: string, text: FoldedText): number[] {
  const lower = text.folded.toLowerCase();
  // Lower-casing keeps the length of the folded text for the scripts the snapshots use; fall back if not.
  if (lower.length !== text.folded.length) return [];
  return foldedMatches(lower, foldTyped(term).toLowerCase()).map((at) => text.map[at] as number);
}

/** A UTF-16 index of `text` as a count of Unicode code points (what a W3C TextPositionSelector counts). */
export function codePointOffset(text: string, index: number): number {
  return [...text.slice(0, index)].length;
}
