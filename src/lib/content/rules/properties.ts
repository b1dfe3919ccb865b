/** Rule: the property registry (content/properties/*.yaml): each file's shape, unit, values, qualifiers and comparisons. */
import { propertySchema } from '../../../schemas/property.ts';
import { QUALIFIERS } from '../../qualifiers.ts';
import type { Property } from '../../types.ts';
import { UNIT_IDS, UNITS } from '../../units.ts';
import { type ContentError, show, suggest } from '../errors.ts';
import { type OpenFile, openFile } from '../file.ts';
import type { RawEntry } from '../types.ts';
import { parseShape } from '../zod-issues.ts';
import { unknownQualifier } from './claim-references.ts';
import { checkSyntax } from './syntax.ts';

/** Validates every property file; returns the valid properties, sorted by id. */
export function validateProperties(entries: readonly RawEntry[], errors: ContentError[]): Property[] {
  const properties: Property[] = [];
  const opened = new Map<string, OpenFile>();
  for (const entry of entries) {
    const file = openFile(entry, errors);
    opened.set(entry.id, file);
    if (checkSyntax(entry, file)) continue;
    const p = parseShape(propertySchema, entry.data, 'the frontmatter', file.report, file.locate);
    if (!p) continue;
    const { report } = file;
    if (p.valueType === 'number' && (p.unit === null || !UNITS.has(p.unit))) {
      report({
        field: 'unit',
        message: 'A number property needs a unit from the registry.',
        expected: `one of ${UNIT_IDS.join(', ')}`,
        got: show(p.unit),
        hint: 'set "unit:" to the canonical unit of the property.',
      });
      continue;
    }
    if (p.valueType === 'enum' && p.values.length === 0) {
      report({
        field: 'values',
        message: 'An enum property needs its allowed values.',
        expected: 'a non-empty list under "values:"',
        got: '[]',
        hint: 'list every value a claim may take.',
      });
      continue;
    }
    for (const [field, key] of [
      ...p.requiredQualifiers.map((k) => ['requiredQualifiers', k] as const),
      ...p.coexistsAcross.map((k) => ['coexistsAcross', k] as const),
      ...p.scopedBy.map((k) => ['scopedBy', k] as const),
    ]) {
      if (!QUALIFIERS.has(key)) report(unknownQualifier(field, key));
    }
    if ((p.compares === null) !== (p.relation === null)) {
      report({
        field: 'relation',
        message: 'A comparative property needs both "compares" and "relation".',
        expected: 'both set, or both null',
        got: `compares ${show(p.compares)}, relation ${show(p.relation)}`,
        hint: 'set both fields, or neither.',
      });
    }
    properties.push({ id: entry.id, ...p, unit: p.valueType === 'number' ? p.unit : null });
  }
  const ids = new Set(properties.map((p) => p.id));
  for (const p of properties) {
    const references: [string, string | null][] = [
      ['compares', p.compares],
      ['presupposes', p.presupposes?.property ?? null],
      ['inverseOf', p.inverseOf],
      ['generalizes', p.generalizes],
    ];
    for (const [field, target] of references) {
      if (target === null || ids.has(target)) continue;
      opened.get(p.id)?.report({
        field,
        message: `Unknown property ${show(target)}.`,
        expected: 'a property id from content/properties/',
        got: show(target),
        hint: suggest(target, [...ids], 'property'),
      });
    }
    const premise = p.presupposes;
    const presupposed = premise === null ? undefined : properties.find((q) => q.id === premise.property);
    if (premise && presupposed?.valueType === 'enum' && !presupposed.values.includes(premise.value))
      opened.get(p.id)?.report({
        field: 'presupposes',
        message: `Property ${show(premise.property)} has no value ${show(premise.value)}.`,
        expected: `one of ${presupposed.values.join(', ')}`,
        got: show(premise.value),
        hint: `write the value of "${premise.property}" that every claim of "${p.id}" takes for granted.`,
      });
  }
  return properties.sort((a, b) => a.id.localeCompare(b.id));
}
