/**
 * The unit registry. A claim's unit must share its property's dimension; the engine
 * converts every number to the dimension's canonical unit (factor 1) before comparing.
 */

/** One unit a claim may be stated in. */
export interface Unit {
  /** Id as written in content (`unit: "%"`). */
  id: string;
  /** Human label, e.g. "percent". */
  label: string;
  /** Values in different units are comparable only within one dimension. */
  dimension: 'ratio' | 'relative' | 'multiplier' | 'count' | 'money' | 'price' | 'duration' | 'energy' | 'number';
  /** Multiply a value in this unit by `factor` to get the dimension's canonical unit. */
  factor: number;
  /** Smallest meaningful value, if bounded (a percentage cannot be negative). */
  min?: number;
  /** Largest meaningful value, if bounded (a percentage cannot exceed 100). */
  max?: number;
}

const UNIT_LIST: readonly Unit[] = [
  { id: '%', label: 'percent', dimension: 'ratio', factor: 1, min: 0, max: 100 },
  { id: 'fraction', label: 'fraction (0 to 1)', dimension: 'ratio', factor: 100, min: 0, max: 1 },
  { id: '% change', label: 'percent change', dimension: 'relative', factor: 1, min: -100 },
  { id: 'x', label: 'times (multiplier)', dimension: 'multiplier', factor: 1, min: 0 },
  { id: 'count', label: 'count', dimension: 'count', factor: 1, min: 0 },
  { id: 'number', label: 'number (no unit)', dimension: 'number', factor: 1 },
  { id: 'parameters', label: 'parameters', dimension: 'count', factor: 1, min: 0 },
  { id: 'tokens', label: 'tokens', dimension: 'count', factor: 1, min: 0 },
  { id: 'USD', label: 'US dollars', dimension: 'money', factor: 1, min: 0 },
  { id: 'USD per 1M tokens', label: 'US dollars per million tokens', dimension: 'price', factor: 1, min: 0 },
  { id: 'USD per 1K tokens', label: 'US dollars per thousand tokens', dimension: 'price', factor: 1000, min: 0 },
  { id: 'seconds', label: 'seconds', dimension: 'duration', factor: 1, min: 0 },
  { id: 'minutes', label: 'minutes', dimension: 'duration', factor: 60, min: 0 },
  { id: 'hours', label: 'hours', dimension: 'duration', factor: 3600, min: 0 },
  { id: 'days', label: 'days', dimension: 'duration', factor: 86400, min: 0 },
  { id: 'months', label: 'months', dimension: 'duration', factor: 2629746, min: 0 },
  { id: 'years', label: 'years', dimension: 'duration', factor: 31556952, min: 0 },
  { id: 'kWh', label: 'kilowatt-hours', dimension: 'energy', factor: 1, min: 0 },
];

/** Every unit by id. */
export const UNITS: ReadonlyMap<string, Unit> = new Map(UNIT_LIST.map((u) => [u.id, u]));

/** Ids of all units, for error messages. */
export const UNIT_IDS: readonly string[] = UNIT_LIST.map((u) => u.id);

/** Converts a number in `unitId` to its dimension's canonical unit; throws on an unknown unit. */
export function toCanonical(value: number, unitId: string): number {
  const unit = UNITS.get(unitId);
  if (!unit) throw new Error(`Unknown unit "${unitId}". Known units: ${UNIT_IDS.join(', ')}.`);
  return value * unit.factor;
}

/** The canonical unit id of a unit's dimension (e.g. "fraction" -> "%"). */
export function canonicalUnit(unitId: string): string {
  const unit = UNITS.get(unitId);
  if (!unit) throw new Error(`Unknown unit "${unitId}". Known units: ${UNIT_IDS.join(', ')}.`);
  const canonical = UNIT_LIST.find((u) => u.dimension === unit.dimension && u.factor === 1);
  return canonical ? canonical.id : unitId;
}
