/** Tables in a snapshot, as the drafter reads them: pipe tables and tab-laid-out tables, each cell with its span. Pure. */

/** A table found in the snapshot: its header cells and rows, each cell with its span. */
export interface Cell {
  start: number;
  end: number;
  text: string;
}
export interface Table {
  header: Cell[];
  rows: Cell[][];
}

/** Pipe tables (| a | b |, with a |---| rule under the header). */
export function pipeTables(snapshot: string): Table[] {
  const tables: Table[] = [];
  const lines: { start: number; text: string }[] = [];
  let offset = 0;
  for (const line of snapshot.split('\n')) {
    lines.push({ start: offset, text: line });
    offset += line.length + 1;
  }
  const cellsOf = (l: { start: number; text: string }): Cell[] => {
    const cells: Cell[] = [];
    const re = /[^|]+/g;
    for (const m of l.text.matchAll(re)) {
      const lead = m[0].length - m[0].trimStart().length;
      const t = m[0].trim();
      if (t === '' && m.index === 0) continue;
      cells.push({ start: l.start + m.index + lead, end: l.start + m.index + lead + t.length, text: t });
    }
    return cells.filter((c, i, all) => !(c.text === '' && i === all.length - 1));
  };
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i] as { start: number; text: string };
    const rule = lines[i + 1] as { start: number; text: string };
    if (!head.text.trim().startsWith('|') || !/^\s*\|?\s*:?-{2,}/.test(rule.text)) continue;
    const rows: Cell[][] = [];
    let j = i + 2;
    for (; j < lines.length && (lines[j] as { text: string }).text.trim().startsWith('|'); j++)
      rows.push(cellsOf(lines[j] as { start: number; text: string }));
    tables.push({ header: cellsOf(head), rows });
    i = j - 1;
  }
  return tables;
}

/**
 * Tables laid out one cell per line (a page's table copied as text): cells separated by lines holding only
 * a tab, rows by two or more blank lines; or cells separated by tabs on one line.
 */
export function layoutTables(snapshot: string): Table[] {
  const lines: { start: number; text: string }[] = [];
  let offset = 0;
  for (const line of snapshot.split('\n')) {
    lines.push({ start: offset, text: line.replace(/\r$/, '') });
    offset += line.length + 1;
  }
  // Blocks: runs of lines separated by two or more blank (tab-less) lines.
  const blocks: { start: number; text: string }[][] = [];
  let block: { start: number; text: string }[] = [];
  let blanks = 0;
  for (const l of lines) {
    const blank = l.text.trim() === '' && !l.text.includes('\t');
    if (blank) {
      blanks++;
      continue;
    }
    if (blanks >= 2 && block.length > 0) {
      blocks.push(block);
      block = [];
    }
    blanks = 0;
    block.push(l);
  }
  if (block.length > 0) blocks.push(block);
  const rowOf = (b: { start: number; text: string }[]): Cell[] | null => {
    const hasTabLine = b.some((l) => l.text.trim() === '' && l.text.includes('\t'));
    if (hasTabLine) {
      const cells: Cell[] = [];
      let current: { start: number; text: string }[] = [];
      const flush = () => {
        const text = current
          .map((l) => l.text.trim())
          .join(' ')
          .trim();
        const first = current.find((l) => l.text.trim() !== '');
        const last = [...current].reverse().find((l) => l.text.trim() !== '');
        if (first && last) {
          const s = first.start + (first.text.length - first.text.trimStart().length);
          cells.push({ start: s, end: last.start + last.text.trimEnd().length, text });
        } else cells.push({ start: -1, end: -1, text: '' });
        current = [];
      };
      for (const l of b) {
        if (l.text.trim() === '' && l.text.includes('\t')) flush();
        else if (current.some((c) => c.text.trim() !== '') && l.text.trim() !== '')
          break; // a second line ends the row
        else current.push(l);
      }
      flush();
      return cells.length >= 2 ? cells : null;
    }
    if (b.length === 1 && (b[0] as { text: string }).text.includes('\t')) {
      const l = b[0] as { start: number; text: string };
      const cells: Cell[] = [];
      for (const m of l.text.matchAll(/[^\t]+/g)) {
        const lead = m[0].length - m[0].trimStart().length;
        cells.push({ start: l.start + m.index + lead, end: l.start + m.index + lead + m[0].trim().length, text: m[0].trim() });
      }
      return cells.length >= 2 ? cells : null;
    }
    return null;
  };
  const tables: Table[] = [];
  let rows: Cell[][] = [];
  const close = () => {
    if (rows.length >= 2) tables.push({ header: rows[0] as Cell[], rows: rows.slice(1) });
    rows = [];
  };
  for (const b of blocks) {
    const row = rowOf(b);
    if (row) rows.push(row);
    else close();
  }
  close();
  return tables;
}
