/**
 * Aligned text tables for the terminal (`npm run claims`). Columns are as wide as their content; when a
 * width is given and the table is wider, the flexible columns (then the others) are narrowed and their
 * cells wrapped onto more lines, so nothing is cut off. In ASCII mode (output that is not a terminal)
 * the rule under the header is made of "-" and typographic characters are folded to ASCII.
 */

/** One column. */
export interface Column {
  /** Header text. */
  header: string;
  /** Narrowed first when the table is too wide (long texts such as summaries). */
  flexible?: boolean;
}

/** How to render. */
export interface TableOptions {
  /** Total width available (terminal columns), or null for no limit. */
  width: number | null;
  /** Plain ASCII output: no box-drawing rule, typographic characters folded. */
  ascii: boolean;
}

const GAP = 2;
/** Narrowest a column is made before wrapping gets unreadable. */
export const MIN_COLUMN_WIDTH = 8;

const ASCII_MAP: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u02bc': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '--',
  '\u2015': '--',
  '\u2212': '-',
  '\u00d7': 'x',
  '\u2026': '...',
  '\u2265': '>=',
  '\u2264': '<=',
  '\u2248': '~',
  '\u2192': '->',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u00b0': ' deg',
  '\u20ac': 'EUR',
  '\u00a3': 'GBP',
};

/** Folds typographic characters to ASCII ("’" → "'", "×" → "x", "…" → "..."); anything else non-ASCII becomes <U+XXXX>. */
export function toAscii(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      out += ch;
      continue;
    }
    const mapped = ASCII_MAP[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const stripped = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    out += /^[\x20-\x7e]+$/.test(stripped) ? stripped : `<U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`;
  }
  return out;
}

/** Display width of a text (one column per code point). */
export function textWidth(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Breaks one word longer than `width` into pieces, preferring to break after "-", "/" or "=". */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let rest = [...word];
  while (rest.length > width) {
    let cut = width;
    for (let i = width; i > Math.floor(width / 2); i--) {
      if (['-', '/', '=', '.', ','].includes(rest[i - 1] ?? '')) {
        cut = i;
        break;
      }
    }
    pieces.push(rest.slice(0, cut).join(''));
    rest = rest.slice(cut);
  }
  if (rest.length > 0) pieces.push(rest.join(''));
  return pieces;
}

/** Wraps a text to lines of at most `width` columns (words kept whole when they fit). */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = textWidth(word) > w ? breakWord(word, w) : [word];
    for (const piece of pieces) {
      if (current === '') current = piece;
      else if (textWidth(current) + 1 + textWidth(piece) <= w) current += ` ${piece}`;
      else {
        lines.push(current);
        current = piece;
      }
    }
  }
  lines.push(current);
  return lines;
}

/** Column widths that fit `width` (natural widths when they fit or when there is no limit). */
export function fitWidths(natural: readonly number[], flexible: readonly boolean[], width: number | null): number[] {
  const widths = [...natural];
  if (width === null) return widths;
  const total = (): number => widths.reduce((a, b) => a + b, 0) + GAP * Math.max(0, widths.length - 1);
  // Narrow the widest flexible column first, then the widest of any column, one step at a time.
  for (const pool of [flexible.map((f, i) => (f ? i : -1)).filter((i) => i >= 0), widths.map((_, i) => i)]) {
    while (total() > width) {
      let widest = -1;
      for (const i of pool)
        if ((widths[i] ?? 0) > MIN_COLUMN_WIDTH && (widest === -1 || (widths[i] ?? 0) > (widths[widest] ?? 0))) widest = i;
      if (widest === -1) break;
      widths[widest] = (widths[widest] ?? 0) - 1;
    }
  }
  return widths;
}

/** Renders rows under their headers, columns separated by two spaces, without trailing spaces. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[], options: TableOptions): string {
  const clean = (text: string): string => {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    return options.ascii ? toAscii(oneLine) : oneLine;
  };
  const headers = columns.map((c) => clean(c.header));
  const cells = rows.map((row) => columns.map((_, i) => clean(row[i] ?? '')));
  const natural = headers.map((h, i) => Math.max(textWidth(h), ...cells.map((r) => textWidth(r[i] ?? ''))));
  const widths = fitWidths(
    natural,
    columns.map((c) => c.flexible === true),
    options.width,
  );
  const renderRow = (row: readonly string[]): string[] => {
    const wrapped = row.map((cell, i) => wrap(cell, widths[i] ?? 1));
    const height = Math.max(...wrapped.map((w) => w.length));
    const lines: string[] = [];
    for (let k = 0; k < height; k++) {
      const parts = wrapped.map((w, i) => {
        const text = w[k] ?? '';
        return text + ' '.repeat(Math.max(0, (widths[i] ?? 0) - textWidth(text)));
      });
      lines.push(parts.join(' '.repeat(GAP)).trimEnd());
    }
    return lines;
  };
  const rule = widths.map((w) => (options.ascii ? '-' : '─').repeat(w)).join(' '.repeat(GAP));
  return [...renderRow(headers), rule, ...cells.flatMap(renderRow)].join('\n');
}
