/** The explain layer's number formatting: a canonical figure in its display unit. */
import { describe, expect, it } from 'vitest';
import { fmtCanonical } from '../../../src/lib/engine/explain/format.ts';

describe('fmtCanonical', () => {
  it.each<[number, string | null, string]>([
    [77.3, '%', '77.3%'],
    [1.25, '% change', '+25%'],
    [1.25, 'x', '1.25×'],
    [3, 'count', '3'],
    [2, 'number', '2'],
    [0.2, 'number', '0.2'],
    [30, 'seconds', '30 seconds'],
    [42, null, '42'],
  ])('writes %j in %j as %j', (n, unit, text) => {
    expect(fmtCanonical(n, unit)).toBe(text);
  });
});
