/** Units of a snapshot and quotes in context (src/lib/content/units.ts), on literal snapshots. */
import { describe, expect, it } from 'vitest';
import { claimContext, quoteContext, segment } from '../../../src/lib/content/units.ts';
import { capturedTable } from './captured-table.ts';

/** [kind, text] of every unit of a snapshot. */
const unitsOf = (text: string) => segment(text).units.map((u) => [u.kind, u.text]);

/** The span of `piece` in `text` (its only occurrence). */
function spanOf(text: string, piece: string) {
  const start = text.indexOf(piece);
  if (start === -1 || text.indexOf(piece, start + 1) !== -1) throw new Error(`"${piece}" is not once in the fixture`);
  return { start, end: start + piece.length };
}

// An appendix table as captured from HTML (the shape of the OpenAI snapshot's; see captured-table.ts), its header row's
// first cell empty, then a footnote.
const HTML_TABLE = `${capturedTable('Appendix', [
  ['', 'Model A (xhigh)', 'Model B (xhigh)'],
  ['Bench One', '77.3%', '64.0%'],
  ['Bench Two', '70.9%', '70.9% (high)'],
])}\n\nFootnote line.`;

describe('segment', () => {
  it.each([
    [
      'two sentences on a line',
      'It is fast. It is cheap.',
      [
        ['sentence', 'It is fast.'],
        ['sentence', 'It is cheap.'],
      ],
    ],
    [
      'a sentence never crosses a line',
      'No stop here\nNext line.',
      [
        ['sentence', 'No stop here'],
        ['sentence', 'Next line.'],
      ],
    ],
    [
      'list items without their marker',
      '- one\n• two\n3. three',
      [
        ['item', 'one'],
        ['item', 'two'],
        ['item', 'three'],
      ],
    ],
    ['blank lines are no unit', '\n\n  \nText.\n', [['sentence', 'Text.']]],
    [
      'a Markdown table: every cell, the separator line none',
      '| Bench | A |\n|---|---|\n| X | 1% |',
      [
        ['cell', 'Bench'],
        ['cell', 'A'],
        ['cell', 'X'],
        ['cell', '1%'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(unitsOf(text)).toEqual(expected);
  });

  it('reads an HTML-captured table: header row (first cell empty), rows of cells, then the text after it', () => {
    const seg = segment(HTML_TABLE);
    expect(seg.units.map((u) => [u.kind, u.text, u.cell ? [u.cell.row, u.cell.column] : null])).toEqual([
      ['sentence', 'Appendix', null],
      ['cell', 'Model A (xhigh)', [0, 1]],
      ['cell', 'Model B (xhigh)', [0, 2]],
      ['cell', 'Bench One', [1, 0]],
      ['cell', '77.3%', [1, 1]],
      ['cell', '64.0%', [1, 2]],
      ['cell', 'Bench Two', [2, 0]],
      ['cell', '70.9%', [2, 1]],
      ['cell', '70.9% (high)', [2, 2]],
      ['sentence', 'Footnote line.', null],
    ]);
    expect(seg.tables).toHaveLength(1);
    expect(seg.tables[0]?.header).toBe(true);
  });

  it('gives each unit its 1-based line and a span that slices to its text', () => {
    const text = 'Title\n\nFirst. Second.\n- item';
    const seg = segment(text);
    expect(seg.units.map((u) => [u.text, u.line])).toEqual([
      ['Title', 1],
      ['First.', 3],
      ['Second.', 3],
      ['item', 4],
    ]);
    for (const u of seg.units) expect(text.slice(u.span.start, u.span.end)).toBe(u.text);
  });
});

describe('quoteContext', () => {
  const TEXT = 'Intro.\nOne came first. The quote is here, mid-sentence. Then more.\nLast.';

  it.each([
    ['a whole sentence: the sentences before and after', 'The quote is here, mid-sentence.', 'One came first. ', ' Then more.'],
    [
      'part of a sentence: its own sentence around it, then its neighbours',
      'quote is here',
      'One came first. The ',
      ', mid-sentence. Then more.',
    ],
    [
      'the first sentence of a line: the previous line is the unit before',
      'One came first.',
      'Intro.\n',
      ' The quote is here, mid-sentence.',
    ],
    ['the last unit of the snapshot: nothing after it', 'Last.', 'Then more.\n', ''],
  ])('%s', (_name, quote, before, after) => {
    const ctx = quoteContext(segment(TEXT), spanOf(TEXT, quote));
    expect([ctx.contextBefore, ctx.quote, ctx.contextAfter, ctx.table]).toEqual([before, quote, after, null]);
  });

  it("keeps the snapshot's own characters (no-break hyphens, curly quotes)", () => {
    const text = 'Before it.\nGPT\u20115.3 is \u201cfast\u201d.\nAfter it.';
    const ctx = quoteContext(segment(text), spanOf(text, 'GPT\u20115.3 is \u201cfast\u201d.'));
    expect([ctx.contextBefore, ctx.contextAfter]).toEqual(['Before it.\n', '\nAfter it.']);
  });
});

describe('claimContext: a figure in a table carries its row and its column header', () => {
  const seg = segment(HTML_TABLE);
  const row = (first: string, last: string) => {
    const start = HTML_TABLE.indexOf(first);
    const end = HTML_TABLE.indexOf(last, start) + last.length;
    return { span: { start, end }, quote: HTML_TABLE.slice(start, end) };
  };

  it.each([
    ['the first figure of a row', row('Bench One', '64.0%'), '77.3%', 1, 'Model A (xhigh)', ['Bench One', '77.3%', '64.0%']],
    ['the second figure of a row', row('Bench One', '64.0%'), '64.0%', 2, 'Model B (xhigh)', ['Bench One', '77.3%', '64.0%']],
    [
      'a figure that is a whole cell, not the start of a longer one',
      row('Bench Two', '(high)'),
      '70.9%',
      1,
      'Model A (xhigh)',
      ['Bench Two', '70.9%', '70.9% (high)'],
    ],
    ['the longer cell itself', row('Bench Two', '(high)'), '70.9% (high)', 2, 'Model B (xhigh)', ['Bench Two', '70.9%', '70.9% (high)']],
    ['no figure: the row, no one column', row('Bench One', '64.0%'), null, null, null, ['Bench One', '77.3%', '64.0%']],
  ])('%s', (_name, claim, figure, column, columnHeader, cells) => {
    const ctx = claimContext(seg, { ...claim, figure });
    expect(ctx.table).toEqual({ row: cells, column, columnHeader, header: ['', 'Model A (xhigh)', 'Model B (xhigh)'] });
  });

  it('a quote of one cell is about that cell: its column header without a figure', () => {
    const ctx = quoteContext(seg, spanOf(HTML_TABLE, '64.0%'));
    expect([ctx.table?.column, ctx.table?.columnHeader]).toEqual([2, 'Model B (xhigh)']);
  });

  it('a quote in the header row has no column header above it', () => {
    const ctx = quoteContext(seg, spanOf(HTML_TABLE, 'Model B (xhigh)'));
    expect([ctx.table?.columnHeader, ctx.table?.header]).toEqual([null, null]);
  });
});
