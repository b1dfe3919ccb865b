/** Coverage (src/lib/content/rules/coverage.ts): which units of a snapshot a claim or a not-a-claim passage accounts for. */
import { describe, expect, it } from 'vitest';
import { unaccountedUnits } from '../../../src/lib/content/rules/coverage.ts';

const TEXT = 'Title\nIt is fast. It is cheap.\n- an item\n| A | B |\n|---|---|\n| 1 | 2 |';

/** The span of `piece` in TEXT (its only occurrence). */
function at(piece: string) {
  const start = TEXT.indexOf(piece);
  if (start === -1 || TEXT.indexOf(piece, start + 1) !== -1) throw new Error(`"${piece}" is not once in the fixture`);
  return { start, end: start + piece.length };
}

describe('unaccountedUnits', () => {
  it.each([
    ['nothing listed: every unit', [], [], ['Title', 'It is fast.', 'It is cheap.', 'an item', 'A', 'B', '1', '2']],
    [
      'a claim quoting part of a sentence accounts for that sentence',
      ['is fast'],
      [],
      ['Title', 'It is cheap.', 'an item', 'A', 'B', '1', '2'],
    ],
    [
      'a claim over a table row accounts for each of its cells',
      ['1 | 2'],
      [],
      ['Title', 'It is fast.', 'It is cheap.', 'an item', 'A', 'B'],
    ],
    [
      'a not-a-claim passage accounts for the units wholly inside it',
      [],
      ['Title\nIt is fast. It is cheap.'],
      ['an item', 'A', 'B', '1', '2'],
    ],
    [
      'a not-a-claim passage over part of a sentence does not account for it',
      [],
      ['It is fast'],
      ['Title', 'It is fast.', 'It is cheap.', 'an item', 'A', 'B', '1', '2'],
    ],
    ['claims and passages together: nothing left', ['is fast', 'cheap', '1 | 2'], ['Title', 'an item', 'A | B'], []],
  ])('%s', (_name, claims, notClaims, expected) => {
    expect(unaccountedUnits(TEXT, claims.map(at), notClaims.map(at)).map((u) => u.text)).toEqual(expected);
  });

  it('gives each unaccounted unit its kind and line, for the error message', () => {
    expect(unaccountedUnits(TEXT, [], []).map((u) => [u.kind, u.line])).toEqual([
      ['sentence', 1],
      ['sentence', 2],
      ['sentence', 2],
      ['item', 3],
      ['cell', 4],
      ['cell', 4],
      ['cell', 6],
      ['cell', 6],
    ]);
  });
});
