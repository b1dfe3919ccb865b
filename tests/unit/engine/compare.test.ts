import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compatible, incompatibleWithSome, numericCompatible, overlaps, roundToStep } from '../../../src/lib/engine/compare.ts';
import { type NumericNorm, normalize } from '../../../src/lib/engine/normalize.ts';
import type { Value } from '../../../src/lib/types.ts';
import { claim, PROPERTIES } from './fixtures.ts';

const scoreProp = PROPERTIES.find((p) => p.id === 'benchmark-score');

function n(raw: unknown, unit = '%'): NumericNorm {
  const c = claim('blog', 's', 'benchmark-score', raw, { unit, qualifiers: { benchmark: 'b' } });
  const norm = normalize(c, scoreProp);
  if (norm.domain !== 'numeric') throw new Error('not numeric');
  return norm;
}

function fromValue(value: Value, unit = '%'): NumericNorm {
  const c = { ...claim('blog', 's', 'benchmark-score', '1', { qualifiers: { benchmark: 'b' } }), value, unit };
  return normalize(c, scoreProp) as NumericNorm;
}

/** Whether a is compatible with b, and b with a (the answer must not depend on the order), both in `unit`. */
function bothWays(a: string, b: string, unit = '%'): [boolean | null, boolean | null] {
  return [numericCompatible(n(a, unit), n(b, unit)), numericCompatible(n(b, unit), n(a, unit))];
}

/**
 * One test per [a, b, expected] row: a is compatible with b and b with a, both as `expected` says, in the unit
 * `unitOf` gives the row.
 */
function agreesBothWays(rows: readonly [string, string, boolean][], unitOf: (a: string, b: string) => string = () => '%'): void {
  test.each(rows)('%s vs %s → %s', (a, b, expected) => {
    expect(bothWays(a, b, unitOf(a, b))).toEqual([expected, expected]);
  });
}

describe('exact figures: agree iff the finer rounds to the coarser', () => {
  agreesBothWays(
    [
      ['64', '64.0', true],
      ['64', '63.7', true],
      ['64', '64.49', true],
      ['64', '64.5', false],
      ['64', '63.4', false],
      ['77.3', '77.3', true],
      ['77.3', '77.4', false],
      ['77.3', '77.30', true],
      ['77.3', '77.35', false],
      ['1.5 trillion', '1,500,000,000,000', true],
      ['1.5 trillion', '1.54 trillion', true],
      ['1.5 trillion', '1.56 trillion', false],
      ['2 trillion', '1.5 trillion', true],
      ['3 trillion', '1.5 trillion', false],
    ],
    (a, b) => (a.includes('trillion') || b.includes(',') ? 'count' : '%'),
  );

  test('0.773 as a fraction equals 77.3%, not 77.4%', () => {
    expect(numericCompatible(n('0.773', 'fraction'), n('77.3'))).toBe(true);
    expect(numericCompatible(n('0.773', 'fraction'), n('77.4'))).toBe(false);
  });

  test('negative figures round half away from zero', () => {
    expect(roundToStep(-64.5, 1)).toBe(-65);
    expect(roundToStep(64.5, 1)).toBe(65);
    expect(roundToStep(77.30000000000001, 0.1)).toBeCloseTo(77.3, 12);
  });
});

describe('other forms: agree iff their intervals overlap', () => {
  agreesBothWays([
    ['>90', '92', true],
    ['>90', '90.4', true],
    ['>90', '89', false],
    ['>90', '100', true],
    ['~72', '70', true],
    ['~72', '76', true],
    ['~72', '77', false],
    ['~25', '25', true],
    ['10-20', '20.4', true],
    ['10-20', '21', false],
    ['<5', '5', true],
    ['<5', '6', false],
    ['>90', '<90', false],
    ['>=90', '<=90', true],
  ]);

  test('open ends that touch do not overlap; closed ones do', () => {
    expect(overlaps({ lo: 0, hi: 1, loOpen: false, hiOpen: true }, { lo: 1, hi: 2, loOpen: false, hiOpen: false })).toBe(false);
    expect(overlaps({ lo: 0, hi: 1, loOpen: false, hiOpen: false }, { lo: 1, hi: 2, loOpen: false, hiOpen: false })).toBe(true);
  });

  test('different dimensions and domains are not comparable', () => {
    const pct = n('25');
    const mult = normalize(
      claim('blog', 's', 'speed-change', '+25'),
      PROPERTIES.find((p) => p.id === 'speed-change'),
    );
    expect(compatible(pct, mult)).toBeNull();
    const text = normalize(
      claim('blog', 's', 'hardware', 'GB200', { qualifiers: { stage: 'serving' } }),
      PROPERTIES.find((p) => p.id === 'hardware'),
    );
    expect(compatible(pct, text)).toBeNull();
  });
});

type NumValue = Extract<Value, { decimals: number }>;

/** An exact number value: an integer from `min` to `max` divided by `scale`, stated (and rounded) to 0 to 2 decimals. */
const exactArb = (min: number, max: number, scale: number) =>
  fc
    .record({
      type: fc.constant('number' as const),
      value: fc.integer({ min, max }).map((x) => x / scale),
      decimals: fc.integer({ min: 0, max: 2 }),
    })
    .map((v) => ({ ...v, value: Number(v.value.toFixed(v.decimals)) }));

const valueArb: fc.Arbitrary<NumValue> = fc.oneof(
  exactArb(0, 400, 4),
  fc.record({ type: fc.constant('approx' as const), value: fc.integer({ min: 0, max: 100 }), decimals: fc.constant(0) }),
  fc.record({
    type: fc.constant('bound' as const),
    op: fc.constantFrom('>' as const, '>=' as const, '<' as const, '<=' as const),
    value: fc.integer({ min: 0, max: 100 }),
    decimals: fc.constant(0),
  }),
  fc.record({
    type: fc.constant('range' as const),
    min: fc.integer({ min: 0, max: 50 }),
    max: fc.integer({ min: 50, max: 100 }),
    decimals: fc.constant(0),
  }),
);

/** The same figure written as a fraction (77.3% → 0.773 with two more decimals). */
function asFraction(v: Exclude<NumValue, { type: 'range' }>): NumValue {
  return { ...v, value: Number((v.value / 100).toFixed(v.decimals + 2)), decimals: v.decimals + 2 };
}

describe('incompatibleWithSome (bucketed) gives the same answer as comparing every pair', () => {
  test('property: matches the O(n²) definition', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(valueArb, fc.constantFrom('%', 'fraction')), { minLength: 0, maxLength: 12 }), (specs) => {
        const norms = specs.map(([v, unit]) =>
          unit === 'fraction' && v.type !== 'range' ? fromValue(asFraction(v), 'fraction') : fromValue(v),
        );
        const fast = incompatibleWithSome(norms);
        const slow = norms.map((a, i) => norms.some((b, j) => i !== j && numericCompatible(a, b) === false));
        expect(fast).toEqual(slow);
      }),
      { numRuns: 500 },
    );
  });

  test('property: matches the O(n²) definition on short lists of exact figures', () => {
    fc.assert(
      fc.property(fc.array(exactArb(600, 680, 10), { maxLength: 4 }), (values) => {
        const norms = values.map((v) => fromValue(v));
        expect(incompatibleWithSome(norms)).toEqual(
          norms.map((a, i) => norms.some((b, j) => i !== j && numericCompatible(a, b) === false)),
        );
      }),
      { numRuns: 1000 },
    );
  });

  test('a coarse figure is ruled out by a finer one on either side of its rounding interval', () => {
    expect(incompatibleWithSome([n('64'), n('63.7'), n('64.6')])).toEqual([true, true, true]);
    expect(incompatibleWithSome([n('64'), n('63.4'), n('64.2')])).toEqual([true, true, true]);
    expect(incompatibleWithSome([n('64'), n('63.6'), n('64.2')])).toEqual([false, true, true]);
  });

  test('identical figures are never incompatible with each other', () => {
    fc.assert(
      fc.property(valueArb, fc.integer({ min: 2, max: 6 }), (v, k) => {
        const norms = Array.from({ length: k }, () => fromValue(v));
        expect(incompatibleWithSome(norms).every((x) => !x)).toBe(true);
      }),
    );
  });

  test('a clear outlier is flagged, and so is everything it contradicts', () => {
    const flags = incompatibleWithSome([n('64'), n('64.0'), n('63.7'), n('80')]);
    expect(flags).toEqual([true, true, true, true]);
    // 64 admits both 64.0 and 63.7, but those two (same precision) differ.
    expect(incompatibleWithSome([n('64'), n('64.0'), n('63.7')])).toEqual([false, true, true]);
    expect(incompatibleWithSome([n('64'), n('64.0'), n('64.00')])).toEqual([false, false, false]);
  });
});
