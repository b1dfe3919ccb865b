import { describe, expect, test } from 'vitest';
import type { NumericNorm } from '../../../src/lib/engine/normalize.ts';
import { APPROX_TOLERANCE, dateInterval, normalize, normalizeText } from '../../../src/lib/engine/normalize.ts';
import { claim, PROPERTIES } from './fixtures.ts';

const prop = (id: string) => PROPERTIES.find((p) => p.id === id);
const num = (c: ReturnType<typeof claim>): NumericNorm => {
  const n = normalize(c, prop(c.property));
  if (n.domain !== 'numeric') throw new Error('expected a number');
  return n;
};

describe('normalize: numbers', () => {
  test('a fraction becomes a percentage with the same precision', () => {
    const n = num(claim('blog', 'gpt-5-3-codex', 'benchmark-score', '0.773', { unit: 'fraction', qualifiers: { benchmark: 'x' } }));
    expect(n.point).toBeCloseTo(77.3, 9);
    expect(n.step).toBeCloseTo(0.1, 9);
    expect(n.dimension).toBe('ratio');
    expect(n.interval.lo).toBeCloseTo(77.25, 9);
    expect(n.interval.hi).toBeCloseTo(77.35, 9);
    expect(n.interval.hiOpen).toBe(true);
    expect(n.displayUnit).toBe('%');
  });

  test('an exact figure spans half a unit of its last digit each side', () => {
    const n = num(claim('blog', 'gpt-5-3-codex', 'benchmark-score', '64', { qualifiers: { benchmark: 'x' } }));
    expect([n.interval.lo, n.interval.hi]).toEqual([63.5, 64.5]);
    const m = num(claim('blog', 'gpt-5-3-codex', 'benchmark-score', '64.0', { qualifiers: { benchmark: 'x' } }));
    expect(m.interval.lo).toBeCloseTo(63.95, 9);
    expect(m.signature).not.toBe(n.signature);
  });

  test('scale words are already parsed: 1.5 trillion parameters, precise to 0.1 trillion', () => {
    const n = num(claim('blog', 'gpt-5-3-codex', 'parameter-count', '1.5 trillion'));
    expect(n.point).toBe(1.5e12);
    expect(n.step).toBeCloseTo(1e11, 0);
  });

  test(`an approximation allows ±${APPROX_TOLERANCE * 100}% of its magnitude, whatever its digits`, () => {
    const n = num(claim('vendor', 'osworld-verified', 'human-baseline', '~72'));
    expect(n.interval.lo).toBeCloseTo(68.4, 9);
    expect(n.interval.hi).toBeCloseTo(75.6, 9);
    const two = num(claim('promo', 'gpt-5-3-codex', 'speedup', '~2'));
    expect(two.interval.lo).toBeCloseTo(1.9, 9);
    expect(two.interval.hi).toBeCloseTo(2.1, 9);
  });

  test('a lower bound on a percentage stops at 100; an open end stays open', () => {
    const n = num(claim('blog', 'gpt-5-3-codex', 'benchmark-score', '>90', { qualifiers: { benchmark: 'x' } }));
    expect(n.interval).toEqual({ lo: 90, hi: 100, loOpen: true, hiOpen: false });
    const tokens = num(claim('wiki', 'gpt-5-3-codex', 'max-output-tokens', '>= 8192'));
    expect(tokens.interval).toEqual({ lo: 8192, hi: Number.POSITIVE_INFINITY, loOpen: false, hiOpen: false });
  });

  test('a range is widened by half a unit of its last digit', () => {
    const n = num(claim('blog', 'gpt-5-3-codex', 'benchmark-score', '10-20', { qualifiers: { benchmark: 'x' } }));
    expect(n.interval).toEqual({ lo: 9.5, hi: 20.5, loOpen: false, hiOpen: true });
  });

  test('relative changes and multipliers share one scale: +25% = 1.25×, -50% = 0.5×', () => {
    const pct = num(claim('vendor', 'gpt-5-3-codex', 'speed-change', '+25'));
    const times = num(claim('blog', 'gpt-5-3-codex', 'speedup', '1.25'));
    const half = num(claim('blog', 'gpt-5-3-codex', 'speed-change', '-50'));
    expect(pct.dimension).toBe('multiplier');
    expect(times.dimension).toBe('multiplier');
    expect(pct.point).toBeCloseTo(1.25, 12);
    expect(times.point).toBeCloseTo(1.25, 12);
    expect(half.point).toBeCloseTo(0.5, 12);
    expect(pct.step).toBeCloseTo(0.01, 12);
  });

  test('minutes are canonical seconds; prices per 1K tokens become per 1M', () => {
    expect(num(claim('vendor', 'codex', 'task-duration', '<3')).interval.hi).toBe(180);
    const price = num(claim('blog', 'gpt-5-3-codex', 'price', '0.02', { unit: 'USD per 1K tokens', qualifiers: { direction: 'input' } }));
    expect(price.point).toBeCloseTo(20, 9);
    expect(price.displayUnit).toBe('USD per 1M tokens');
  });
});

describe('normalize: dates and texts', () => {
  test('dates cover the days they name', () => {
    const day = dateInterval('2026-02-05');
    const month = dateInterval('2026-02');
    const year = dateInterval('2025');
    expect(day && day.hi - day.lo).toBe(1);
    expect(month && month.hi - month.lo).toBe(28);
    expect(year && year.hi - year.lo).toBe(365);
    expect(day && month && day.lo - month.lo).toBe(4);
  });

  test('texts fold case, whitespace, typographic variants and a final full stop', () => {
    expect(normalizeText('  NVIDIA  GB200\u00a0NVL72 “systems”. ')).toBe('nvidia gb200 nvl72 "systems"');
    expect(normalizeText('GPT\u20115.2')).toBe('gpt-5.2');
  });

  test('enum values keep their enum type; booleans become keys', () => {
    const e = normalize(
      claim('vendor', 'gpt-5-3-codex', 'availability', 'available', { qualifiers: { channel: 'api' } }),
      prop('availability'),
    );
    expect(e).toMatchObject({ domain: 'qualitative', type: 'enum', key: 'available' });
    const b = normalize(claim('vendor', 'gpt-5-3-codex', 'helped-create-itself', true), prop('helped-create-itself'));
    expect(b).toMatchObject({ domain: 'qualitative', type: 'boolean', key: 'true' });
  });
});

describe('fast formatting', () => {
  test('formatStated writes values exactly as values.ts formatValue does', async () => {
    const { formatStated } = await import('../../../src/lib/engine/explain/format.ts');
    const { formatValue } = await import('../../../src/lib/values.ts');
    const fc = (await import('fast-check')).default;
    const unitArb = fc.constantFrom(null, '%', '% change', 'x', 'USD', 'USD per 1K tokens', 'count', 'tokens', 'minutes');
    const numArb = fc.tuple(fc.integer({ min: -2_000_000, max: 2_000_000_000 }), fc.integer({ min: -12, max: 4 })).map(([m, d]) => {
      const value = d >= 0 ? Number((m / 10 ** d).toFixed(d)) : m * 10 ** -d;
      return { value, decimals: d };
    });
    const valueArb = fc.oneof(
      numArb.map((x) => ({ type: 'number' as const, ...x })),
      numArb.map((x) => ({ type: 'approx' as const, ...x })),
      fc
        .tuple(numArb, fc.constantFrom('>' as const, '>=' as const, '<' as const, '<=' as const))
        .map(([x, op]) => ({ type: 'bound' as const, op, ...x })),
    );
    fc.assert(
      fc.property(valueArb, unitArb, (value, unit) => {
        expect(formatStated(value, unit)).toBe(formatValue(value, unit));
      }),
      { numRuns: 2000 },
    );
    expect(formatStated({ type: 'number', value: 1.5e12, decimals: -11 }, 'parameters')).toBe('1.5 trillion parameters');
    expect(formatStated({ type: 'number', value: 20000, decimals: 0 }, 'tokens')).toBe('20,000 tokens');
  });
});
