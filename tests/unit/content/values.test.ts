/** The value notation: parsing every written form into typed values, and formatting them back. */
import { describe, expect, it } from 'vitest';
import type { Property, Value } from '../../../src/lib/types.ts';
import { formatNumber, formatValue, parseDate, parseNumber, parseNumericValue, parseValue } from '../../../src/lib/values.ts';
import { propertyEntry } from '../../../src/schemas/property.ts';
import { eachReturns } from '../cases.ts';

const NUMBER_FORMS =
  'a number such as 77.3 or "64.0", a bound such as ">90", an approximation such as "~72", a range such as "10-20", or a scaled number such as "1.5 trillion"';

const property = (valueType: Property['valueType'], extra: Partial<Property> = {}): Property =>
  propertyEntry({
    id: `a-${valueType}`,
    label: valueType,
    description: 'test property',
    valueType,
    unit: valueType === 'number' ? '%' : null,
    ...extra,
  });

describe('parseNumber', () => {
  it.each([
    ['77.3', 77.3, 1],
    ['64.0', 64, 1],
    ['64', 64, 0],
    ['0.05', 0.05, 2],
    ['77.3%', 77.3, 1],
    ['12 %', 12, 0],
    ['20,000', 20000, 0],
    ['1,234,567.89', 1234567.89, 2],
    [' 42 ', 42, 0],
    // Scaled numbers: the precision is that of the digits written, in the scale's units.
    ['1.5 trillion', 1.5e12, -11],
    ['1.5trillion', 1.5e12, -11],
    ['2 billion', 2e9, -9],
    ['2 BN', 2e9, -9],
    ['2b', 2e9, -9],
    ['3M', 3e6, -6],
    ['3 million', 3e6, -6],
    ['1.2345 million', 1234500, -2],
    ['20 thousand', 20000, -3],
    ['3k', 3000, -3],
    ['1t', 1e12, -12],
    ['1,000 thousand', 1e6, -3],
  ])('reads %j as %d, precise to 10^-(%d)', (text, value, decimals) => {
    expect(parseNumber(text)).toEqual({ value, decimals });
  });

  it('keeps the value exact for scaled decimals (no floating-point noise)', () => {
    expect(parseNumber('1.1 million')?.value).toBe(1100000);
    expect(parseNumber('0.3 billion')?.value).toBe(300000000);
  });

  it.each(['', 'abc', '1,5', '1,2345', '20,00', '1 000', '1.5.3', '.5', '5.', '1e3', '-5', '+5', '5 apples', '%', '~72', '10-20'])(
    'rejects %j',
    (text) => {
      expect(parseNumber(text)).toBeNull();
    },
  );
});

describe('parseNumericValue', () => {
  const ok = (value: Value) => ({ ok: true, value });

  it.each<[unknown, Value]>([
    [77.3, { type: 'number', value: 77.3, decimals: 1 }],
    [64.0, { type: 'number', value: 64, decimals: 0 }],
    ['64.0', { type: 'number', value: 64, decimals: 1 }],
    ['77.3%', { type: 'number', value: 77.3, decimals: 1 }],
    ['20,000', { type: 'number', value: 20000, decimals: 0 }],
    ['1.5 trillion', { type: 'number', value: 1.5e12, decimals: -11 }],
    ['3M', { type: 'number', value: 3e6, decimals: -6 }],
    ['-20', { type: 'number', value: -20, decimals: 0 }],
    ['+25', { type: 'number', value: 25, decimals: 0 }],
    ['\u221220', { type: 'number', value: -20, decimals: 0 }],
    [-20, { type: 'number', value: -20, decimals: 0 }],
  ])('reads the exact number %j', (raw, value) => {
    expect(parseNumericValue(raw)).toEqual(ok(value));
  });

  it.each<[string, Value]>([
    ['>90', { type: 'bound', op: '>', value: 90, decimals: 0 }],
    ['> 90', { type: 'bound', op: '>', value: 90, decimals: 0 }],
    ['>= 90', { type: 'bound', op: '>=', value: 90, decimals: 0 }],
    ['\u2265 90.5', { type: 'bound', op: '>=', value: 90.5, decimals: 1 }],
    ['<5', { type: 'bound', op: '<', value: 5, decimals: 0 }],
    ['<=1.5 million', { type: 'bound', op: '<=', value: 1.5e6, decimals: -5 }],
    ['\u2264 10%', { type: 'bound', op: '<=', value: 10, decimals: 0 }],
  ])('reads the bound %j', (raw, value) => {
    expect(parseNumericValue(raw)).toEqual(ok(value));
  });

  it.each<[string, Value]>([
    ['~72', { type: 'approx', value: 72, decimals: 0 }],
    ['~ 72.5%', { type: 'approx', value: 72.5, decimals: 1 }],
    ['\u224872', { type: 'approx', value: 72, decimals: 0 }],
    ['about 72', { type: 'approx', value: 72, decimals: 0 }],
    ['approximately 3 million', { type: 'approx', value: 3e6, decimals: -6 }],
  ])('reads the approximation %j', (raw, value) => {
    expect(parseNumericValue(raw)).toEqual(ok(value));
  });

  it.each<[string, Value]>([
    ['10-20', { type: 'range', min: 10, max: 20, decimals: 0 }],
    ['10 - 20', { type: 'range', min: 10, max: 20, decimals: 0 }],
    ['10\u201320', { type: 'range', min: 10, max: 20, decimals: 0 }],
    ['10 to 20', { type: 'range', min: 10, max: 20, decimals: 0 }],
    ['10-20%', { type: 'range', min: 10, max: 20, decimals: 0 }],
    ['5%-7.25%', { type: 'range', min: 5, max: 7.25, decimals: 2 }],
    ['20-20', { type: 'range', min: 20, max: 20, decimals: 0 }],
  ])('reads the range %j', (raw, value) => {
    expect(parseNumericValue(raw)).toEqual(ok(value));
  });

  it('rejects a range whose lower end comes second, saying so', () => {
    expect(parseNumericValue('20-10')).toEqual({ ok: false, expected: 'a range whose lower end comes first, such as "10-20"' });
    expect(parseNumericValue('20 to 10')).toEqual({ ok: false, expected: 'a range whose lower end comes first, such as "10-20"' });
  });

  it.each<[unknown]>([
    [''],
    ['  '],
    ['abc'],
    ['>'],
    ['~'],
    ['1-2-3'],
    ['10 to 20 to 30'],
    ['1,5'],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [true],
    [null],
    [undefined],
    [{}],
  ])('rejects %j with the list of number forms', (raw) => {
    expect(parseNumericValue(raw)).toEqual({ ok: false, expected: NUMBER_FORMS });
  });
});

describe('parseDate', () => {
  eachReturns(parseDate, 'accepts %j as %j', [
    ['2026-02-05', '2026-02-05'],
    [' 2026-02-05 ', '2026-02-05'],
    ['2026-02', '2026-02'],
    ['2026', '2026'],
    [2026, '2026'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['2026-12-31', '2026-12-31'],
  ]);

  it('accepts a YAML Date object as its UTC calendar day', () => {
    expect(parseDate(new Date('2026-02-05T00:00:00Z'))).toBe('2026-02-05');
    expect(parseDate(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
  });

  it.each([
    ['2026-02-30'],
    ['2026-02-29'],
    ['2100-02-29'],
    ['2026-04-31'],
    ['2026-02-00'],
    ['2026-13'],
    ['2026-00'],
    ['2026-2-5'],
    ['26-02-05'],
    ['2026-02-05T10:00:00Z'],
    ['05/02/2026'],
    ['February 5, 2026'],
    [''],
    [2026.5],
    [new Date('not a date')],
    [null],
    [undefined],
    [true],
  ])('rejects %j', (raw) => {
    expect(parseDate(raw)).toBeNull();
  });
});

describe('parseValue', () => {
  it('parses number properties with the number notation', () => {
    expect(parseValue('~72', property('number'))).toEqual({ ok: true, value: { type: 'approx', value: 72, decimals: 0 } });
    expect(parseValue('many', property('number'))).toEqual({ ok: false, expected: NUMBER_FORMS });
  });

  it('accepts only real booleans for boolean properties', () => {
    expect(parseValue(true, property('boolean'))).toEqual({ ok: true, value: { type: 'boolean', value: true } });
    expect(parseValue(false, property('boolean'))).toEqual({ ok: true, value: { type: 'boolean', value: false } });
    for (const raw of ['true', 'yes', 1, 0, null]) {
      expect(parseValue(raw, property('boolean'))).toEqual({ ok: false, expected: 'a boolean: true or false (unquoted)' });
    }
  });

  it('accepts only real dates for date properties', () => {
    expect(parseValue('2026-02-05', property('date'))).toEqual({ ok: true, value: { type: 'date', value: '2026-02-05' } });
    expect(parseValue(2025, property('date'))).toEqual({ ok: true, value: { type: 'date', value: '2025' } });
    expect(parseValue(new Date('2026-02-05'), property('date'))).toEqual({ ok: true, value: { type: 'date', value: '2026-02-05' } });
    for (const raw of ['2026-02-30', 'early February', 20260205, true]) {
      expect(parseValue(raw, property('date'))).toEqual({ ok: false, expected: 'a real date written as YYYY-MM-DD, YYYY-MM or YYYY' });
    }
  });

  it('accepts only the listed values for enum properties, exactly', () => {
    const availability = property('enum', { values: ['available', 'not-available'] });
    expect(parseValue('available', availability)).toEqual({ ok: true, value: { type: 'text', value: 'available' } });
    for (const raw of ['Available', ' available', 'available-now', true, 1]) {
      expect(parseValue(raw, availability)).toEqual({ ok: false, expected: 'one of: "available", "not-available"' });
    }
  });

  it('accepts non-empty texts for text properties, trimmed', () => {
    expect(parseValue('  gpt-5.3-codex ', property('text'))).toEqual({ ok: true, value: { type: 'text', value: 'gpt-5.3-codex' } });
    for (const raw of ['', ' \t ', 5, true, null]) {
      expect(parseValue(raw, property('text'))).toEqual({ ok: false, expected: 'a non-empty text' });
    }
  });
});

describe('formatNumber', () => {
  eachReturns(formatNumber, 'formats %d with %d decimals as %j', [
    [77.3, 1, '77.3'],
    [64, 1, '64.0'],
    [0.05, 2, '0.05'],
    [20000, 0, '20,000'],
    [1234567.89, 2, '1,234,567.89'],
    [1.5e12, -11, '1.5 trillion'],
    [1e12, -12, '1 trillion'],
    [2e9, -9, '2 billion'],
    [1234500, -2, '1.2345 million'],
    [3e6, -6, '3 million'],
    [20000, -3, '20,000'],
    [1.5e12, 0, '1,500,000,000,000'],
    [-20, 0, '-20'],
  ]);
});

describe('formatValue', () => {
  const n = (value: number, decimals = 0): Value => ({ type: 'number', value, decimals });

  it.each<[Value, string | null, string]>([
    [n(77.3, 1), '%', '77.3%'],
    [n(25), '% change', '+25%'],
    [n(-20), '% change', '-20%'],
    [n(2), 'x', '2×'],
    [n(3), 'count', '3'],
    [n(0.2, 1), 'number', '0.2'],
    [n(1.5e12, -11), 'parameters', '1.5 trillion parameters'],
    [n(128000), 'tokens', '128,000 tokens'],
    [n(10e6, -6), 'USD', '$10 million'],
    [n(1.25, 2), 'USD per 1M tokens', '$1.25 per 1M tokens'],
    [n(0.02, 2), 'USD per 1K tokens', '$0.02 per 1K tokens'],
    [n(30), 'seconds', '30 seconds'],
    [n(7), 'hours', '7 hours'],
    [n(3), 'years', '3 years'],
    [n(50, 0), 'kWh', '50 kWh'],
    [n(42), null, '42'],
  ])('formats %j in %j as %j', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });

  it.each<[Value, string | null, string]>([
    [{ type: 'bound', op: '>', value: 90, decimals: 0 }, '%', '>90%'],
    [{ type: 'bound', op: '>=', value: 90, decimals: 0 }, '%', '≥90%'],
    [{ type: 'bound', op: '<', value: 5, decimals: 0 }, 'minutes', '<5 minutes'],
    [{ type: 'bound', op: '<=', value: 1000, decimals: 0 }, 'USD per 1M tokens', '≤$1,000 per 1M tokens'],
    [{ type: 'approx', value: 72, decimals: 0 }, '%', '~72%'],
    [{ type: 'approx', value: 3e6, decimals: -6 }, 'tokens', '~3 million tokens'],
    [{ type: 'range', min: 10, max: 20, decimals: 0 }, '%', '10–20%'],
    [{ type: 'range', min: 1.5, max: 2, decimals: 1 }, 'x', '1.5–2.0×'],
    [{ type: 'range', min: 0, max: 2, decimals: 0 }, 'number', '0–2'],
    [{ type: 'range', min: 1e6, max: 2e6, decimals: -6 }, 'parameters', '1 million–2 million parameters'],
    [{ type: 'text', value: 'available' }, null, 'available'],
    [{ type: 'date', value: '2026-02-05' }, null, '2026-02-05'],
    [{ type: 'boolean', value: true }, null, 'yes'],
    [{ type: 'boolean', value: false }, null, 'no'],
  ])('formats %j in %j as %j', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });

  it('round-trips written forms through parse and format', () => {
    const written: [string, string][] = [
      ['77.3', '77.3%'],
      ['64.0', '64.0%'],
      ['>90', '>90%'],
      ['>= 90', '≥90%'],
      ['~72', '~72%'],
      ['10-20', '10–20%'],
    ];
    for (const [raw, shown] of written) {
      const parsed = parseNumericValue(raw);
      if (!parsed.ok) throw new Error(`${raw} did not parse`);
      expect(formatValue(parsed.value, '%')).toBe(shown);
    }
  });
});
