/** The engine's knowledge comes from the property registry: these tests tie the registry to what the engine reads. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { SINGLE_VALUED_TEXT_PROPERTIES } from '../../../src/lib/engine/index.ts';
import { propertySchema } from '../../../src/schemas/property.ts';

const DIR = join(import.meta.dirname, '../../../content/properties');

/** Every registry entry, parsed by the real schema. */
function registry(): { id: string; data: ReturnType<typeof propertySchema.parse> }[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: propertySchema.parse(parse(readFileSync(join(DIR, f), 'utf8'))) }));
}

describe('property registry fields the engine reads', () => {
  test('the compatibility SINGLE_VALUED_TEXT_PROPERTIES list equals the registry entries marked singleValued', () => {
    const marked = registry()
      .filter((p) => p.data.singleValued)
      .map((p) => p.id);
    expect(marked).toEqual([...SINGLE_VALUED_TEXT_PROPERTIES].sort());
  });

  test('singleValued is only set on text properties', () => {
    for (const p of registry())
      if (p.data.singleValued) expect({ id: p.id, valueType: p.data.valueType }).toEqual({ id: p.id, valueType: 'text' });
  });

  test('exactly one property identifies the developer: developer', () => {
    expect(
      registry()
        .filter((p) => p.data.identifiesDeveloper)
        .map((p) => p.id),
    ).toEqual(['developer']);
  });

  test('every order-relation property gives each of its values an order, and only those', () => {
    const order = registry().filter((p) => p.data.relation === 'order');
    expect(order.length).toBeGreaterThan(0);
    for (const p of order)
      expect({ id: p.id, keys: Object.keys(p.data.valueOrder).sort() }).toEqual({ id: p.id, keys: [...p.data.values].sort() });
    for (const p of registry().filter((q) => q.data.relation !== 'order'))
      expect({ id: p.id, valueOrder: p.data.valueOrder }).toEqual({ id: p.id, valueOrder: {} });
  });

  test.each([
    ['absent', {}, false],
    ['true', { singleValued: true }, true],
    ['false', { singleValued: false }, false],
  ])('singleValued %s parses to %s', (_name, extra, expected) => {
    const base = { label: 'L', description: 'D.', valueType: 'text' };
    expect(propertySchema.parse({ ...base, ...extra }).singleValued).toBe(expected);
  });

  test('a non-boolean singleValued is rejected with the field named', () => {
    const result = propertySchema.safeParse({ label: 'L', description: 'D.', valueType: 'text', singleValued: 'yes' });
    expect(result.success).toBe(false);
    // The schema says what is expected; the validator's error map adds the file, line and field name.
    expect(result.error?.issues[0]?.path).toEqual(['singleValued']);
    expect(result.error?.issues[0]?.message).toBe('true or false');
  });
});
