/** Rule: a claim's value fits its property's value type, and its unit fits the property's dimension and bounds. */
import type { ClaimFrontmatter } from '../../../schemas/claim.ts';
import type { Property, Value } from '../../types.ts';
import { UNIT_IDS, UNITS } from '../../units.ts';
import { parseValue } from '../../values.ts';
import { show } from '../errors.ts';
import type { Report } from '../report.ts';

/** The typed value and its unit; `ok` is false when a problem was reported. */
export interface CheckedValue {
  value: Value | null;
  unit: string | null;
  ok: boolean;
}

/** Parses the value for its property and checks its unit. */
export function checkValue(c: ClaimFrontmatter, property: Property, report: Report): CheckedValue {
  let ok = true;
  const fail: Report = (problem, at) => {
    ok = false;
    report(problem, at);
  };
  let value: Value | null = null;
  let unit: string | null = null;
  const result = parseValue(c.value, property);
  if (!result.ok) {
    fail({
      field: 'value',
      message: `Value does not fit property "${property.id}" (${property.valueType}).`,
      expected: result.expected,
      got: show(c.value),
      hint: `write the value in a form the property "${property.id}" accepts, or use another property.`,
    });
  } else value = result.value;
  if (property.valueType !== 'number') {
    if (c.unit !== undefined) {
      fail({
        field: 'unit',
        message: `Property "${property.id}" is a ${property.valueType} and takes no unit.`,
        expected: 'no unit',
        got: show(c.unit),
        hint: 'remove the unit.',
      });
    }
    return { value, unit, ok };
  }
  if (value && property.bound !== null) {
    const ops = property.bound === 'upper' ? ['<', '<='] : ['>', '>='];
    if (value.type !== 'bound' || !ops.includes(value.op)) {
      const example = property.bound === 'upper' ? '"<=64"' : '">90"';
      fail({
        field: 'value',
        message: `Property "${property.id}" is ${property.bound === 'upper' ? 'an upper bound (a ceiling)' : 'a lower bound (a floor)'}, not a figure.`,
        expected: `a bound written with ${ops.map((o) => `"${o}"`).join(' or ')}, e.g. ${example}`,
        got: show(c.value),
        hint: `write the value as the ${property.bound === 'upper' ? 'ceiling' : 'floor'} the quote states; a figure of a model the source does not name is not a score.`,
      });
    }
  }
  unit = c.unit ?? property.unit;
  const unitSpec = unit === null ? undefined : UNITS.get(unit);
  const propertyUnit = property.unit === null ? undefined : UNITS.get(property.unit);
  if (typeof c.value === 'string' && c.value.includes('%') && unit !== '%' && unit !== '% change') {
    fail({
      field: 'value',
      message: `The value has a % sign, but its unit is ${show(unit)}.`,
      expected: `a value without "%" (the unit ${show(unit)} applies), or unit "%"`,
      got: show(c.value),
      hint: 'remove the % sign, or set the unit the source uses.',
    });
  }
  if (!unitSpec) {
    fail({
      field: 'unit',
      message: `Unknown unit ${show(unit)}.`,
      expected: `one of ${UNIT_IDS.join(', ')}`,
      got: show(unit),
      hint: 'use a unit from the registry (src/lib/units.ts).',
    });
  } else if (propertyUnit && unitSpec.dimension !== propertyUnit.dimension) {
    fail({
      field: 'unit',
      message: `Unit ${show(unit)} does not fit property "${property.id}", which is measured in "${property.unit}".`,
      expected: `a ${propertyUnit.dimension} unit such as "${property.unit}"`,
      got: show(unit),
      hint: `convert nothing: state the unit the source uses, if it is a ${propertyUnit.dimension}; otherwise choose another property.`,
    });
  } else if (value) {
    const numbers =
      value.type === 'range' ? [value.min, value.max] : 'value' in value && typeof value.value === 'number' ? [value.value] : [];
    for (const n of numbers) {
      if ((unitSpec.max !== undefined && n > unitSpec.max) || (unitSpec.min !== undefined && n < unitSpec.min)) {
        const bounds = `between ${unitSpec.min ?? '-∞'} and ${unitSpec.max ?? '∞'}`;
        fail({
          field: 'value',
          message: `A value in ${unitSpec.label} must lie ${bounds}.`,
          expected: `a number ${bounds}`,
          got: show(c.value),
          hint:
            unit === '%'
              ? 'check the figure against the quote; a percentage lies between 0 and 100 (use unit "% change" for increases and decreases).'
              : 'check the figure against the quote.',
        });
      }
    }
  }
  return { value, unit, ok };
}
