/**
 * The units of a snapshot and the context of a quote. A snapshot is plain text captured from a page:
 * each block element on its own line, lists written "- item" or "• item", tables either as Markdown
 * ("| a | b |" rows, the first row the header when a "|---|" line follows it) or as captured from HTML
 * (cells separated by a line holding only a tab, rows by two or more blank lines, the first row the
 * header). The units are the pieces a reader judges one at a time: each sentence of a line (segmented
 * with Intl.Segmenter, granularity "sentence"), each list item and each table cell.
 *
 * Coverage (rules/coverage.ts) accounts for every unit; the claim pages show a quote with the unit
 * before and after it and, inside a table, with its row and the header of its column.
 * Pure: no I/O. Offsets are UTF-16 code units, end exclusive (span.ts).
 */
import type { Span } from './span.ts';

/** What a unit is: a sentence of running text, a list item, or a table cell. */
export type UnitKind = 'sentence' | 'item' | 'cell';

/** Where a table cell stands: the table (in order of appearance), its row (0 is the header row) and column. */
export interface CellPosition {
  table: number;
  row: number;
  column: number;
}

/** One unit of a snapshot. */
export interface Unit {
  kind: UnitKind;
  /** The unit's span, trimmed of whitespace (a list item without its marker). */
  span: Span;
  /** snapshot.slice(span.start, span.end). */
  text: string;
  /** 1-based line of the unit's first character. */
  line: number;
  /** For a cell: its position. */
  cell?: CellPosition;
}

/** A table: rows of cell spans (an empty cell is a zero-length span); `header` says whether row 0 is a header row. */
export interface Table {
  rows: Span[][];
  header: boolean;
}

/** A snapshot cut into units, with its tables. */
export interface Segmented {
  text: string;
  units: Unit[];
  tables: Table[];
}

interface Line {
  start: number;
  end: number;
  text: string;
  /** 1-based. */
  number: number;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  text.split('\n').forEach((t, i) => {
    const body = t.endsWith('\r') ? t.slice(0, -1) : t;
    out.push({ start, end: start + body.length, text: body, number: i + 1 });
    start += t.length + 1;
  });
  return out;
}

const isBlank = (l: Line) => l.text.trim() === '';
const isTabLine = (l: Line) => isBlank(l) && l.text.includes('\t');

/** A span trimmed of leading and trailing whitespace (zero-length at its start when all blank). */
function trimmed(text: string, start: number, end: number): Span {
  const piece = text.slice(start, end);
  const lead = piece.length - piece.trimStart().length;
  if (lead === piece.length) return { start, end: start };
  return { start: start + lead, end: end - (piece.length - piece.trimEnd().length) };
}

/** A paragraph between two tab lines: consecutive non-blank lines. */
interface Para {
  first: number;
  last: number;
}

/**
 * Tables captured from HTML: a line holding only a tab separates two cells of a row; two or more blank
 * lines end a row. Returns the tables and the lines they use.
 */
function tabTables(text: string, lines: Line[]): { tables: Table[]; used: Set<number> } {
  const tabs = lines.flatMap((l, i) => (isTabLine(l) ? [i] : []));
  const tables: Table[] = [];
  const used = new Set<number>();
  const cellOf = (p: Para | null, at: number): Span =>
    p ? trimmed(text, (lines[p.first] as Line).start, (lines[p.last] as Line).end) : { start: at, end: at };
  // The paragraph right before line i (one blank line at most between), or null.
  const paraBefore = (i: number): Para | null => {
    let j = i - 1;
    if (j >= 0 && isBlank(lines[j] as Line) && !isTabLine(lines[j] as Line)) j--;
    if (j < 0 || isBlank(lines[j] as Line)) return null;
    let first = j;
    while (first > 0 && !isBlank(lines[first - 1] as Line)) first--;
    return { first, last: j };
  };
  const paraAfter = (i: number): Para | null => {
    let j = i + 1;
    if (j < lines.length && isBlank(lines[j] as Line) && !isTabLine(lines[j] as Line)) j++;
    if (j >= lines.length || isBlank(lines[j] as Line)) return null;
    let last = j;
    while (last + 1 < lines.length && !isBlank(lines[last + 1] as Line)) last++;
    return { first: j, last };
  };
  const markUsed = (p: Para | null) => {
    if (p) for (let k = p.first; k <= p.last; k++) used.add(k);
  };
  // Between two tab lines: paragraphs and row breaks (runs of two or more blank lines).
  const between = (a: number, b: number): ('break' | Para)[] => {
    const out: ('break' | Para)[] = [];
    let blanks = 0;
    for (let k = a + 1; k < b; k++) {
      const l = lines[k] as Line;
      if (isBlank(l)) {
        blanks++;
        continue;
      }
      if (blanks >= 2) out.push('break');
      blanks = 0;
      const last = out.at(-1);
      if (last && last !== 'break' && last.last === k - 1) last.last = k;
      else out.push({ first: k, last: k });
    }
    if (blanks >= 2) out.push('break');
    return out;
  };

  let current: Table | null = null;
  let row: Span[] = [];
  for (let t = 0; t < tabs.length; t++) {
    const i = tabs[t] as number;
    if (!current) {
      const p = paraBefore(i);
      markUsed(p);
      current = { rows: [], header: true };
      row = [cellOf(p, (lines[i] as Line).start)];
    }
    used.add(i);
    const next = tabs[t + 1];
    const parts = next === undefined ? null : between(i, next);
    const shape = parts?.map((x) => (x === 'break' ? 'B' : 'P')).join('') ?? null;
    if (next !== undefined && parts && (shape === 'P' || shape === '')) {
      const p = parts[0] === undefined ? null : (parts[0] as Para);
      markUsed(p);
      row.push(cellOf(p, (lines[i] as Line).end));
      for (let k = i + 1; k < next; k++) used.add(k);
    } else if (next !== undefined && parts && (shape === 'PBP' || shape === 'PB' || shape === 'BP' || shape === 'B')) {
      const ps = parts.filter((x): x is Para => x !== 'break');
      const end = shape.startsWith('P') ? (ps[0] as Para) : null;
      const start = shape.endsWith('P') ? (ps.at(-1) as Para) : null;
      markUsed(end);
      markUsed(start);
      row.push(cellOf(end, (lines[i] as Line).end));
      current.rows.push(row);
      row = [cellOf(start, (lines[next] as Line).start)];
      for (let k = i + 1; k < next; k++) used.add(k);
    } else {
      const p = paraAfter(i);
      markUsed(p);
      row.push(cellOf(p, (lines[i] as Line).end));
      current.rows.push(row);
      tables.push(current);
      current = null;
      row = [];
    }
  }
  return { tables, used };
}

const MD_ROW = /^\s*\|.*\|\s*$/;
const MD_SEPARATOR = /^\s*\|[\s|:-]*-[\s|:-]*\|\s*$/;

/** The cell spans of a Markdown table row ("| a | b |"). */
function markdownCells(text: string, line: Line): Span[] {
  const cells: Span[] = [];
  const open = line.text.indexOf('|');
  const close = line.text.lastIndexOf('|');
  let from = open + 1;
  for (let k = from; k <= close; k++) {
    if (line.text[k] === '|' && line.text[k - 1] !== '\\') {
      cells.push(trimmed(text, line.start + from, line.start + k));
      from = k + 1;
    }
  }
  return cells;
}

const LIST_MARKER = /^\s*(?:[-*\u2022\u25e6\u2023]|\d{1,3}[.)])\s+/;

let segmenter: Intl.Segmenter | null = null;

/** The sentences of one line, trimmed; a line is a block, so a sentence never crosses lines. */
function sentences(text: string, line: Line): Span[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: Span[] = [];
  for (const s of segmenter.segment(line.text)) {
    const span = trimmed(text, line.start + s.index, line.start + s.index + s.segment.length);
    if (span.end > span.start) out.push(span);
  }
  return out;
}

/** Cuts a snapshot into its units (in text order) and its tables. */
export function segment(text: string): Segmented {
  const lines = linesOf(text);
  const { tables, used } = tabTables(text, lines);
  const units: Unit[] = [];
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lines[mid] as Line).start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return (lines[lo] as Line).number;
  };
  const unit = (kind: UnitKind, span: Span, cell?: CellPosition): Unit => ({
    kind,
    span,
    text: text.slice(span.start, span.end),
    line: lineAt(span.start),
    ...(cell ? { cell } : {}),
  });
  // The non-empty cells of table t, as units.
  const cellUnits = (rows: Span[][], t: number): Unit[] =>
    rows.flatMap((cells, r) =>
      cells.flatMap((span, c) => (span.end > span.start ? [unit('cell', span, { table: t, row: r, column: c })] : [])),
    );
  const tabTableCells = tables.flatMap((table, t) => cellUnits(table.rows, t));
  const flowing: Unit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (used.has(i) || isBlank(line)) continue;
    if (MD_ROW.test(line.text) && !MD_SEPARATOR.test(line.text)) {
      // A Markdown table: this line and the following rows; a separator after the first row makes it a header.
      const rows: Span[][] = [];
      let header = false;
      let k = i;
      for (; k < lines.length && MD_ROW.test((lines[k] as Line).text); k++) {
        if (MD_SEPARATOR.test((lines[k] as Line).text)) {
          if (k === i + 1) header = true;
          continue;
        }
        rows.push(markdownCells(text, lines[k] as Line));
      }
      const t = tables.length;
      tables.push({ rows, header });
      flowing.push(...cellUnits(rows, t));
      i = k - 1;
      continue;
    }
    const marker = LIST_MARKER.exec(line.text);
    if (marker) {
      flowing.push(unit('item', trimmed(text, line.start + marker[0].length, line.end)));
      continue;
    }
    for (const span of sentences(text, line)) flowing.push(unit('sentence', span));
  }
  units.push(...flowing, ...tabTableCells);
  units.sort((a, b) => a.span.start - b.span.start);
  // Tables in order of appearance, cell positions renumbered to match.
  const order = tables.map((table, t) => ({ t, at: table.rows[0]?.[0]?.start ?? 0 })).sort((a, b) => a.at - b.at);
  const renumber = new Map(order.map((o, i) => [o.t, i]));
  for (const u of units) if (u.cell) u.cell = { ...u.cell, table: renumber.get(u.cell.table) as number };
  return { text, units, tables: order.map((o) => tables[o.t] as Table) };
}

/** A quote's table context: the row's cells and, when one column is meant, that column's header cell. */
export interface TableContext {
  /** The cells of the quote's row, in the snapshot's characters (an empty cell is ""). */
  row: string[];
  /** The column the quote is about (the cell holding the focus, or the one cell the quote lies in); null when not one. */
  column: number | null;
  /** The header cell above that column; null when there is no header row, no one column, or the quote is in the header. */
  columnHeader: string | null;
  /** The cells of the table's header row; null when the table has none or the quote is in it. */
  header: string[] | null;
}

/** A quote with the text around it, every piece the snapshot's own characters. */
export interface QuoteContext {
  /** The unit before the quote's first unit (a sentence, list item), or null (none, or the quote is in a table). */
  before: string | null;
  /** The start of the quote's first unit, up to the quote ("" when the quote starts the unit). */
  lead: string;
  /** The quote: snapshot.slice(span.start, span.end). */
  quote: string;
  /** The end of the quote's last unit, after the quote. */
  trail: string;
  /** The unit after the quote's last unit, or null. */
  after: string | null;
  /** snapshot.slice(s, span.start), from the start of `before` (or of the quote's unit): exactly what precedes the quote. */
  contextBefore: string;
  /** snapshot.slice(span.end, e), to the end of `after` (or of the quote's unit). */
  contextAfter: string;
  /** For a quote inside a table: its row and column header; null otherwise. */
  table: TableContext | null;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * The context of a span: the units it touches, the unit before and after them and, in a table, the row
 * and the column header. `focus` (a span inside the quote, e.g. a claim's figure) picks the column of a
 * quote that spans a whole row.
 */
export function quoteContext(seg: Segmented, span: Span, focus?: Span): QuoteContext {
  const { text, units } = seg;
  const touched = units.flatMap((u, i) => (overlaps(u.span, span) ? [i] : []));
  const quote = text.slice(span.start, span.end);
  if (touched.length === 0)
    return { before: null, lead: '', quote, trail: '', after: null, contextBefore: '', contextAfter: '', table: null };
  const firstIndex = touched[0] as number;
  const lastIndex = touched.at(-1) as number;
  const first = units[firstIndex] as Unit;
  const last = units[lastIndex] as Unit;
  const lead = text.slice(Math.min(first.span.start, span.start), span.start);
  const trail = text.slice(span.end, Math.max(last.span.end, span.end));
  const inTable = first.cell !== undefined || last.cell !== undefined;
  const prev = inTable ? undefined : units[firstIndex - 1];
  const next = inTable ? undefined : units[lastIndex + 1];
  const before = prev && prev.cell === undefined ? prev : undefined;
  const after = next && next.cell === undefined ? next : undefined;
  const from = before ? before.span.start : Math.min(first.span.start, span.start);
  const to = after ? after.span.end : Math.max(last.span.end, span.end);
  return {
    before: before?.text ?? null,
    lead,
    quote,
    trail,
    after: after?.text ?? null,
    contextBefore: text.slice(from, span.start),
    contextAfter: text.slice(span.end, to),
    table: inTable ? tableContext(seg, touched, focus) : null,
  };
}

function tableContext(seg: Segmented, touched: number[], focus: Span | undefined): TableContext | null {
  const cells = touched.map((i) => seg.units[i] as Unit).filter((u) => u.cell !== undefined);
  const focused = focus ? cells.find((u) => u.span.start <= focus.start && focus.end <= u.span.end) : undefined;
  const anchor = focused ?? cells[0];
  if (!anchor?.cell) return null;
  const { table, row } = anchor.cell;
  const t = seg.tables[table] as Table;
  const rowSpans = t.rows[row] as Span[];
  const column = focused?.cell?.column ?? (cells.length === 1 ? anchor.cell.column : null);
  const header = t.header && row > 0 ? (t.rows[0] as Span[]) : null;
  const headerSpan = column !== null ? header?.[column] : undefined;
  const cellText = (s: Span) => seg.text.slice(s.start, s.end);
  return {
    row: rowSpans.map(cellText),
    column,
    columnHeader: headerSpan ? cellText(headerSpan) : null,
    header: header ? header.map(cellText) : null,
  };
}

/**
 * A claim's context, with its figure (a piece of the quote) as the focus that picks a table column: the
 * occurrence of the figure that is a whole cell ("70.9%", not the "70.9%" of "70.9% (high)"), else its
 * first occurrence.
 */
export function claimContext(seg: Segmented, claim: { span: Span; quote: string; figure: string | null }): QuoteContext {
  const { figure } = claim;
  const spans: Span[] = [];
  if (figure !== null && figure !== '')
    for (let at = claim.quote.indexOf(figure); at !== -1; at = claim.quote.indexOf(figure, at + 1))
      spans.push({ start: claim.span.start + at, end: claim.span.start + at + figure.length });
  const wholeCell = spans.filter((f) => seg.units.some((u) => u.cell && u.span.start === f.start && u.span.end === f.end));
  return quoteContext(seg, claim.span, wholeCell.length === 1 ? wholeCell[0] : spans[0]);
}
