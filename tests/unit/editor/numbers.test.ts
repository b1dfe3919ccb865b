/** Number accounting (content:check's advice): the same rule as tests/build/numbers.test.ts, with lines. */
import { describe, expect, it } from 'vitest';
import { accountNumbers, claimValueNumbers, numbersIn } from '../../../src/lib/editor/numbers.ts';

describe('numbersIn and claimValueNumbers', () => {
  it('reads numbers as written, without a trailing comma', () => {
    expect(numbersIn('20,000 tokens, 77.3%, GPT-5.3, 1, 2,')).toEqual(['20,000', '77.3', '5.3', '1', '2']);
  });
  it('leaves out digits glued to letters before them: part of a name, not a figure', () => {
    expect(numbersIn('NVIDIA GB200 NVL72 systems, H100 GPUs, v1.2, 14px and ~72%')).toEqual(['14', '72']);
  });
  it('reads a claim value: scale words, ranges and dates give their digit runs', () => {
    expect(claimValueNumbers('1.5 trillion')).toEqual([1.5]);
    expect(claimValueNumbers('10-20')).toEqual([10, 20]);
    expect(claimValueNumbers('2026-02-05')).toEqual([2026, 2, 5]);
    expect(claimValueNumbers('20,000')).toEqual([20000]);
    expect(claimValueNumbers('-20')).toEqual([20]);
  });
});

describe('accountNumbers', () => {
  const snapshot = 'GPT-5.3-Codex scores 77.3%.\nIt shipped on 2026-02-05 with 20,000 users.\nVersion 5.3 again; 04 and 4.';
  it('lists open numbers with their lines, in order of first appearance', () => {
    expect(accountNumbers(snapshot, [], [])).toEqual({
      open: [
        { number: '5.3', lines: [1, 3] },
        { number: '77.3', lines: [1] },
        { number: '2026', lines: [2] },
        { number: '02', lines: [2] },
        { number: '05', lines: [2] },
        { number: '20,000', lines: [2] },
        { number: '04', lines: [3] },
        { number: '4', lines: [3] },
      ],
      badEntries: [],
    });
  });

  it('counts claim values by value ("20000" covers "20,000", 2 covers "02") and listed numbers as written', () => {
    const result = accountNumbers(snapshot, ['77.3', '2026-02-05', '20000', '4'], [{ number: '5.3', reason: 'part of the model name' }]);
    expect(result).toEqual({ open: [], badEntries: [] });
  });

  it('flags not-claims entries that are not in the snapshot, not quoted, or without a reason', () => {
    const result = accountNumbers(
      snapshot,
      ['77.3', '2026-02-05', '20000', '4'],
      [
        { number: '5.3', reason: '  ' },
        { number: 5.3, reason: 'unquoted' },
        { number: '99', reason: 'not there' },
      ],
    );
    expect(result.badEntries).toEqual([
      { index: 0, number: '5.3', problem: 'it needs a reason' },
      { index: 1, number: 5.3, problem: 'number must be a quoted text, e.g. number: "5.3"' },
      { index: 2, number: '99', problem: 'this number is not written in snapshot.txt' },
    ]);
    // An entry excuses its number even while its reason is missing (the bad entry is reported instead).
    expect(result.open).toEqual([]);
  });
});
