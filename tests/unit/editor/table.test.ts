/** The terminal table of `npm run claims`: alignment, fitting a width by wrapping, ASCII mode. */
import { describe, expect, it } from 'vitest';
import { fitWidths, MIN_COLUMN_WIDTH, renderTable, textWidth, toAscii, wrap } from '../../../src/lib/editor/table.ts';

const COLUMNS = [{ header: 'id', flexible: true }, { header: 'kind' }, { header: 'summary', flexible: true }];
const ROWS = [
  ['conflict--gpt-5-3-codex--benchmark-score', 'conflict', 'OpenAI gives 77.3%, but the blog gives >90% for the smoke tests.'],
  ['unsupported--gpt-5-3-codex--max-output-tokens', 'unsupported', 'Only the blog states 128,000 tokens; OpenAI gives no figure.'],
];

describe('renderTable', () => {
  it('aligns columns at their natural width when there is no limit', () => {
    expect(renderTable(COLUMNS, ROWS, { width: null, ascii: true })).toBe(
      [
        'id                                             kind         summary',
        '---------------------------------------------  -----------  ----------------------------------------------------------------',
        'conflict--gpt-5-3-codex--benchmark-score       conflict     OpenAI gives 77.3%, but the blog gives >90% for the smoke tests.',
        'unsupported--gpt-5-3-codex--max-output-tokens  unsupported  Only the blog states 128,000 tokens; OpenAI gives no figure.',
      ].join('\n'),
    );
  });

  it('fits a width by wrapping the flexible columns, losing no word', () => {
    const out = renderTable(COLUMNS, ROWS, { width: 72, ascii: true });
    const lines = out.split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(72);
    expect(lines[0]).toMatch(/^id +kind +summary$/);
    // Every word of every cell is still there, in order.
    const words = out.replace(/-{3,}/g, ' ').split(/\s+/).join(' ');
    for (const cell of ROWS.flat()) for (const word of cell.split(' ')) expect(words).toContain(word.slice(0, 6));
    expect(out).toContain('unsupported  Only the blog states 128,000');
    expect(lines.length).toBeGreaterThan(4);
  });

  it('uses a box-drawing rule in a terminal and a plain "-" rule otherwise', () => {
    expect(renderTable([{ header: 'a' }], [['x']], { width: null, ascii: false }).split('\n')[1]).toBe('─');
    expect(renderTable([{ header: 'a' }], [['x']], { width: null, ascii: true }).split('\n')[1]).toBe('-');
  });

  it('folds typographic characters in ASCII mode only', () => {
    const row = [['“GPT‑5.3‑Codex” – 64.7% / 38.2% = 1.69×, not ~2× …']];
    expect(renderTable([{ header: 'summary' }], row, { width: null, ascii: true }).split('\n')[2]).toBe(
      '"GPT-5.3-Codex" - 64.7% / 38.2% = 1.69x, not ~2x ...',
    );
    expect(renderTable([{ header: 'summary' }], row, { width: null, ascii: false }).split('\n')[2]).toBe(row[0]?.[0]);
  });

  it('puts newlines and runs of spaces in a cell on one line, and leaves no trailing spaces', () => {
    const out = renderTable(
      [{ header: 'a' }, { header: 'b' }],
      [
        ['one\ntwo', ''],
        ['x', 'y   z'],
      ],
      { width: null, ascii: true },
    );
    expect(out).toBe(['a        b', '-------  ---', 'one two', 'x        y z'].join('\n'));
  });
});

describe('fitWidths', () => {
  it('narrows the widest flexible column first, then any column, never below the minimum', () => {
    expect(fitWidths([10, 40, 30], [false, true, true], 60)).toEqual([10, 23, 23]);
    expect(fitWidths([30, 10], [false, false], 30)).toEqual([18, 10]);
    expect(fitWidths([30, 30], [true, true], 5)).toEqual([MIN_COLUMN_WIDTH, MIN_COLUMN_WIDTH]);
    expect(fitWidths([30, 30], [true, true], null)).toEqual([30, 30]);
  });
});

describe('wrap and toAscii', () => {
  it('wraps on spaces and breaks long ids after a hyphen', () => {
    expect(wrap('the quick brown fox', 9)).toEqual(['the quick', 'brown fox']);
    expect(wrap('unsupported--gpt-5-3-codex--max-output-tokens', 16)).toEqual([
      'unsupported--',
      'gpt-5-3-codex--',
      'max-output-',
      'tokens',
    ]);
    expect(wrap('', 5)).toEqual(['']);
  });
  it('maps typographic characters and marks what has no ASCII form', () => {
    expect(toAscii('It’s “fast” — ≥ 90 % ≈ 2× → café 日')).toBe('It\'s "fast" -- >= 90 % ~ 2x -> cafe <U+65E5>');
    expect(textWidth('2×…')).toBe(3);
  });
});
