/**
 * A ceiling (#12.7): a property with `bound: upper` in the registry ("struggled to pass the 64% mark") is
 * stated as "≤64", never as a score. It normalizes to the interval up to its limit, and compares as that
 * interval: a figure under the ceiling is compatible with it, two different ceilings can both hold. Compared
 * as plain numbers (64 against 62.2, or 64 against 70) each of these cases would be a disagreement.
 */
import { describe, expect, test } from 'vitest';
import { numericCompatible } from '../../../src/lib/engine/compare.ts';
import { analyze } from '../../../src/lib/engine/index.ts';
import { type NumericNorm, normalize } from '../../../src/lib/engine/normalize.ts';
import { claim, input, PROPERTIES } from './fixtures.ts';

const CEILING = PROPERTIES.find((p) => p.id === 'prior-ceiling');

/** The normalized value of a prior-ceiling claim on Terminal-Bench 2.0 (unit %). */
function ceiling(raw: string, source = 'press', id?: string) {
  return claim(source, 'terminal-bench-2-0', 'prior-ceiling', raw, id === undefined ? {} : { id });
}
const norm = (raw: string): NumericNorm => normalize(ceiling(raw), CEILING) as NumericNorm;

describe('a ceiling normalizes to the interval up to its limit', () => {
  test('the registry marks the fixture property as an upper bound', () => {
    expect(CEILING?.bound).toBe('upper');
  });

  test.each<[string, [number, number, boolean, boolean]]>([
    ['<=64', [0, 64, false, false]],
    ['<64', [0, 64, false, true]],
  ])('%s: from the unit’s minimum, 0%, to the limit', (raw, [lo, hi, loOpen, hiOpen]) => {
    const n = norm(raw);
    expect(n.form).toBe('bound');
    expect(n.interval).toEqual({ lo, hi, loOpen, hiOpen });
  });
});

describe('a ceiling compares as an interval, not as its limit', () => {
  test.each<[string, string, boolean]>([
    ['<=64', '62.2', true], // a figure under the ceiling: compatible (as plain numbers 62.2 ≠ 64)
    ['<=64', '64', true], // at the ceiling
    ['<64', '64.0', true], // 64.0% is 63.95% to 64.05%: it may be below 64%
    ['<64', '64.1', false], // 64.05% to 64.15%: over
    ['<=64', '64.5', false], // over the ceiling
    ['<=64', '70', false],
    ['<=64', '<=70', true], // two ceilings can both hold (as plain numbers 64 ≠ 70)
    ['<=64', '<=60', true],
  ])('%s against %s: compatible %s', (a, b, expected) => {
    expect(numericCompatible(norm(a), norm(b))).toBe(expected);
    expect(numericCompatible(norm(b), norm(a))).toBe(expected);
  });
});

describe('ceilings of two sources, through the analysis', () => {
  test('the same ceiling agrees with the vendor and makes no finding', () => {
    const a = analyze(input([ceiling('<=64', 'vendor', 'v'), ceiling('<=64', 'press', 'p')]));
    expect(a.findings).toEqual([]);
    expect(a.verdicts['press/p']?.verdict).toBe('agrees');
  });

  test('a different ceiling is no conflict: the intervals overlap, and the finding shows it', () => {
    const a = analyze(input([ceiling('<=64', 'vendor', 'v'), ceiling('<=70', 'press', 'p')]));
    expect(a.findings.map((f) => f.kind)).toEqual(['reconciled']);
    expect(a.findings[0]?.arithmetic).toEqual(['≤70% (at most 70%) and ≤64% (at most 64%) overlap (Press Co vs OpenAI)']);
    expect(a.verdicts['press/p']?.verdict).toBe('reconciled');
  });
});
