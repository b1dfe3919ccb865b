/**
 * Normalization: every claim value becomes a comparable form.
 *
 * Numbers become an interval in their dimension's canonical unit (units.ts), built in the stated
 * unit first and then converted (conversion is increasing, so interval ends stay in order):
 *   exact "64.0"   -> the rounding interval [63.95, 64.05) (half a unit of the last stated digit each side)
 *   approx "~72"   -> [72 - t, 72 + t], t = APPROX_TOLERANCE (5%) of the stated magnitude
 *                     (half a unit of the last digit when the figure is 0). "~2×" is 1.9–2.1, not 1.5–2.5.
 *   bound ">90"    -> (90, max] where the unit has a maximum (a percentage stops at 100), else (90, ∞)
 *   range "10-20"  -> [10 - h, 20 + h), h half a unit of the last stated digit (as for an exact figure)
 *   date "2026-02" -> the days it covers, [2026-02-01, 2026-03-01) in days since 1970
 * Relative changes share one canonical scale, the multiplier: "+25" % change = 1.25×, "-50" = 0.5×.
 * Qualitative values (enum, boolean, text) become a normalized key (case, whitespace, quote and
 * dash variants folded).
 */
import type { Claim, Property, Value } from '../types.ts';
import { UNITS } from '../units.ts';

/** Relative tolerance of an approximate figure ("~72", "approximately 25%"): ±5% of its magnitude. */
export const APPROX_TOLERANCE = 0.05;

/** An interval of canonical values; each end may be open. */
export interface Interval {
  /** Lower end (may be -Infinity). */
  lo: number;
  /** Upper end (may be Infinity). */
  hi: number;
  /** Whether `lo` itself is excluded. */
  loOpen: boolean;
  /** Whether `hi` itself is excluded. */
  hiOpen: boolean;
}

/** Forms a normalized quantity can take. */
export type NumericForm = 'exact' | 'bound' | 'approx' | 'range' | 'date';

/** A number or date as a canonical interval. */
export interface NumericNorm {
  /** Discriminant. */
  domain: 'numeric';
  /** How the value was stated. */
  form: NumericForm;
  /** Comparable only within one dimension ("ratio", "multiplier", "count", "date", ...). */
  dimension: string;
  /** The stated figure in canonical units (a bound's limit, a range's midpoint, a date's first day). */
  point: number;
  /** Canonical size of one unit of the last stated digit (a date: the days it covers). */
  step: number;
  /** Every canonical value the statement admits. */
  interval: Interval;
  /** Unit to show canonical numbers in (the property's unit when it shares the dimension). */
  displayUnit: string | null;
  /** Identity of the statement as written (form, unit, figure, precision): equal signatures "agree" plainly. */
  signature: string;
}

/** An enum, boolean or text value as a normalized key. */
export interface QualitativeNorm {
  /** Discriminant. */
  domain: 'qualitative';
  /** The value's type. */
  type: 'enum' | 'boolean' | 'text';
  /** Normalized comparison key. */
  key: string;
  /** Identity of the statement (type and key). */
  signature: string;
}

/** A normalized claim value. */
export type Norm = NumericNorm | QualitativeNorm;

const MS_PER_DAY = 86_400_000;

/** The comparison dimension of a unit: relative changes and multipliers share "multiplier". */
export function dimensionOf(unitId: string | null): string {
  if (unitId === null) return 'unit:none';
  const unit = UNITS.get(unitId);
  if (!unit) return `unit:${unitId}`;
  return unit.dimension === 'relative' ? 'multiplier' : unit.dimension;
}

/** Converts a figure stated in `unitId` to its canonical value (% change becomes a multiplier). */
export function toCanonicalValue(value: number, unitId: string | null): number {
  if (unitId === null) return value;
  const unit = UNITS.get(unitId);
  if (!unit) return value;
  if (unit.dimension === 'relative') return 1 + (value * unit.factor) / 100;
  return value * unit.factor;
}

/** Converts a canonical value back to `unitId` (the inverse of toCanonicalValue). */
export function fromCanonicalValue(value: number, unitId: string | null): number {
  if (unitId === null) return value;
  const unit = UNITS.get(unitId);
  if (!unit) return value;
  if (unit.dimension === 'relative') return ((value - 1) * 100) / unit.factor;
  return value / unit.factor;
}

/** Folds case, whitespace, typographic quotes and dashes, and trailing full stops. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.。]+$/, '')
    .trim();
}

function dayNumber(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** The days a YYYY, YYYY-MM or YYYY-MM-DD date covers, as [first day, day after last) in days since 1970. */
export function dateInterval(text: string): Interval | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!match) return null;
  const y = Number(match[1]);
  if (match[2] === undefined) return { lo: dayNumber(y, 1, 1), hi: dayNumber(y + 1, 1, 1), loOpen: false, hiOpen: true };
  const m = Number(match[2]);
  if (match[3] === undefined) return { lo: dayNumber(y, m, 1), hi: dayNumber(y, m + 1, 1), loOpen: false, hiOpen: true };
  const d = Number(match[3]);
  return { lo: dayNumber(y, m, d), hi: dayNumber(y, m, d + 1), loOpen: false, hiOpen: true };
}

const INTERNED = new Map<string, string>();
const INTERN_LIMIT = 100_000;

/** One shared copy of each signature, so that equal signatures compare by reference. */
function intern(text: string): string {
  const known = INTERNED.get(text);
  if (known !== undefined) return known;
  if (INTERNED.size >= INTERN_LIMIT) INTERNED.clear();
  INTERNED.set(text, text);
  return text;
}

function numericNorm(value: Extract<Value, { decimals: number }>, unitId: string | null, displayUnit: string | null): NumericNorm {
  const unit = unitId === null ? undefined : UNITS.get(unitId);
  const stepStated = 10 ** -value.decimals;
  const half = stepStated / 2;
  const step = Math.abs(toCanonicalValue(stepStated, unitId) - toCanonicalValue(0, unitId));
  const dimension = dimensionOf(unitId);
  const unitPart = unitId ?? '';
  // Interval in the stated unit first, then each end converted.
  let lo: number;
  let hi: number;
  let loOpen = false;
  let hiOpen = false;
  let point: number;
  let signature: string;
  switch (value.type) {
    case 'number':
      lo = value.value - half;
      hi = value.value + half;
      hiOpen = true;
      point = value.value;
      signature = `exact|${unitPart}|${value.value}|${value.decimals}`;
      break;
    case 'approx': {
      const t = value.value === 0 ? half : Math.abs(value.value) * APPROX_TOLERANCE;
      lo = value.value - t;
      hi = value.value + t;
      point = value.value;
      signature = `approx|${unitPart}|${value.value}|${value.decimals}`;
      break;
    }
    case 'range':
      lo = value.min - half;
      hi = value.max + half;
      hiOpen = true;
      point = (value.min + value.max) / 2;
      signature = `range|${unitPart}|${value.min}|${value.max}|${value.decimals}`;
      break;
    case 'bound': {
      point = value.value;
      signature = `bound|${unitPart}|${value.op}|${value.value}|${value.decimals}`;
      if (value.op === '>' || value.op === '>=') {
        lo = value.value;
        loOpen = value.op === '>';
        hi = unit?.max !== undefined && unit.max > value.value ? unit.max : Number.POSITIVE_INFINITY;
      } else {
        hi = value.value;
        hiOpen = value.op === '<';
        lo = unit?.min !== undefined && unit.min < value.value ? unit.min : Number.NEGATIVE_INFINITY;
      }
      break;
    }
  }
  const form = value.type === 'number' ? 'exact' : value.type;
  return {
    domain: 'numeric',
    form,
    dimension,
    point: toCanonicalValue(point, unitId),
    step,
    interval: { lo: toCanonicalValue(lo, unitId), hi: toCanonicalValue(hi, unitId), loOpen, hiOpen },
    displayUnit,
    signature: intern(signature),
  };
}

/** The unit a claim's figure is stated in: its own, else its property's. */
export function statedUnit(claim: Claim, property: Property | undefined): string | null {
  return claim.unit ?? property?.unit ?? null;
}

/**
 * Norms are immutable, so equal statements share one: exact figures are cached by unit pair,
 * precision and value (number keys, no strings built), texts by type and text. Bounded; cleared when full.
 */
const EXACT_CACHE = new Map<string, Map<number, Map<number, NumericNorm>>>();
const TEXT_CACHE = new Map<string, QualitativeNorm>();
const CACHE_LIMIT = 200_000;
let exactCached = 0;

function cachedExact(value: Extract<Value, { type: 'number' }>, unitId: string | null, displayUnit: string | null): NumericNorm {
  const unitKey = `${unitId ?? ''}|${displayUnit ?? ''}`;
  let byDecimals = EXACT_CACHE.get(unitKey);
  if (!byDecimals) {
    byDecimals = new Map();
    EXACT_CACHE.set(unitKey, byDecimals);
  }
  let byValue = byDecimals.get(value.decimals);
  if (!byValue) {
    byValue = new Map();
    byDecimals.set(value.decimals, byValue);
  }
  let norm = byValue.get(value.value);
  if (!norm) {
    if (exactCached >= CACHE_LIMIT) {
      EXACT_CACHE.clear();
      exactCached = 0;
    }
    norm = numericNorm(value, unitId, displayUnit);
    byValue.set(value.value, norm);
    exactCached++;
  }
  return norm;
}

function cachedText(type: 'enum' | 'text', text: string): QualitativeNorm {
  const cacheKey = `${type}\u0000${text}`;
  let norm = TEXT_CACHE.get(cacheKey);
  if (!norm) {
    if (TEXT_CACHE.size >= CACHE_LIMIT) TEXT_CACHE.clear();
    const key = normalizeText(text);
    norm = { domain: 'qualitative', type, key, signature: intern(`${type}|${key}`) };
    TEXT_CACHE.set(cacheKey, norm);
  }
  return norm;
}

const TRUE_NORM: QualitativeNorm = { domain: 'qualitative', type: 'boolean', key: 'true', signature: 'boolean|true' };
const FALSE_NORM: QualitativeNorm = { domain: 'qualitative', type: 'boolean', key: 'false', signature: 'boolean|false' };

/** Normalizes one claim's value; the property (when known) gives the default unit and the enum/text distinction. Results are shared: never mutate them. */
export function normalize(claim: Claim, property: Property | undefined): Norm {
  const value = claim.value;
  switch (value.type) {
    case 'number':
    case 'approx':
    case 'range':
    case 'bound': {
      const unitId = statedUnit(claim, property);
      const propUnit = property?.unit ?? null;
      const displayUnit = propUnit !== null && propUnit !== unitId && dimensionOf(propUnit) === dimensionOf(unitId) ? propUnit : unitId;
      return value.type === 'number' ? cachedExact(value, unitId, displayUnit) : numericNorm(value, unitId, displayUnit);
    }
    case 'date': {
      const interval = dateInterval(value.value);
      if (!interval) {
        const key = normalizeText(value.value);
        return { domain: 'qualitative', type: 'text', key, signature: intern(`text|${key}`) };
      }
      return {
        domain: 'numeric',
        form: 'date',
        dimension: 'date',
        point: interval.lo,
        step: interval.hi - interval.lo,
        interval,
        displayUnit: null,
        signature: intern(`date|${value.value.trim()}`),
      };
    }
    case 'boolean':
      return value.value ? TRUE_NORM : FALSE_NORM;
    case 'text':
      return cachedText(property?.valueType === 'enum' ? 'enum' : 'text', value.value);
  }
}
