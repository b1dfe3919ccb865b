/**
 * Parses the value notation editors write in claims into typed values, and formats them back.
 *
 * Number notation (for properties whose valueType is "number"):
 *   77.3 | "77.3" | "77.3%"      exact number (decimals = stated precision, so quote "64.0")
 *   ">90" | ">= 90" | "<5"       bound
 *   "~72" | "≈72"                approximate
 *   "10-20" | "10 to 20"         range
 *   "1.5 trillion" | "3M" | "20,000"   scale words and thousands separators
 */
import type { Property, Value } from './types.ts';

/** The outcome of parsing: a value, or what was expected instead. */
export type ParseResult = { ok: true; value: Value } | { ok: false; expected: string };

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  trillion: 1e12,
};

const NUMBER_RE = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*(k|thousand|m|million|b|bn|billion|t|trillion))?\s*%?$/i;

/** Parses one plain number with optional thousands separators, scale word and trailing "%". */
export function parseNumber(text: string): { value: number; decimals: number } | null {
  const match = NUMBER_RE.exec(text.trim());
  if (!match) return null;
  const [, whole = '', fraction = '', scaleWord] = match;
  const base = Number(`${whole.replaceAll(',', '')}${fraction ? `.${fraction}` : ''}`);
  const scale = scaleWord ? (SCALE[scaleWord.toLowerCase()] ?? 1) : 1;
  // Precision is stated in the written unit: "1.5 trillion" is precise to 0.1 trillion.
  const decimals = fraction.length - Math.round(Math.log10(scale));
  return { value: roundTo(base * scale, Math.max(decimals, 0) + 6), decimals };
}

function roundTo(n: number, digits: number): number {
  return Number(n.toFixed(Math.min(digits, 20)));
}

const NUMBER_FORMS =
  'a number such as 77.3 or "64.0", a bound such as ">90", an approximation such as "~72", a range such as "10-20", or a scaled number such as "1.5 trillion"';

/** Parses a number-typed value in any of its written forms. */
export function parseNumericValue(raw: unknown): ParseResult {
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    // Small YAML numbers stringify in exponent form (1e-7); write them out to keep their precision.
    const written = /e/i.test(String(raw)) ? raw.toFixed(20).replace(/0+$/, '').replace(/\.$/, '') : String(raw);
    const parsed = parseNumber(written);
    if (parsed) return { ok: true, value: { type: 'number', ...parsed } };
    return { ok: true, value: { type: 'number', value: raw, decimals: decimalsOf(String(raw)) } };
  }
  if (typeof raw !== 'string' || raw.trim() === '') return { ok: false, expected: NUMBER_FORMS };
  const text = raw.trim().replace(/[\u2010-\u2015\u2212]/g, '-');
  const bound = /^(>=|<=|>|<|≥|≤)\s*(.+)$/.exec(text);
  if (bound) {
    const n = parseNumber(bound[2] ?? '');
    const op = ({ '≥': '>=', '≤': '<=' } as const)[bound[1] as '≥' | '≤'] ?? (bound[1] as '>' | '<' | '>=' | '<=');
    return n ? { ok: true, value: { type: 'bound', op, ...n } } : { ok: false, expected: NUMBER_FORMS };
  }
  const approx = /^(?:~|≈|about\s+|approximately\s+)\s*(.+)$/i.exec(text);
  if (approx) {
    const n = parseNumber(approx[1] ?? '');
    return n ? { ok: true, value: { type: 'approx', ...n } } : { ok: false, expected: NUMBER_FORMS };
  }
  const range = /^(.+?)\s*(?:-|to)\s*(.+)$/i.exec(text);
  if (range && !text.startsWith('-')) {
    // A scale word after the upper end applies to both ends: "1-2 million" is 1,000,000 to 2,000,000.
    const scaleWord = /\s*(k|thousand|m|million|b|bn|billion|t|trillion)\s*%?$/i.exec(range[2] ?? '')?.[1];
    const loText = (range[1] ?? '').trim();
    const lo = parseNumber(scaleWord && /\d$/.test(loText) ? `${loText} ${scaleWord}` : loText);
    const hi = parseNumber(range[2] ?? '');
    if (lo && hi && lo.value <= hi.value) {
      return { ok: true, value: { type: 'range', min: lo.value, max: hi.value, decimals: Math.max(lo.decimals, hi.decimals) } };
    }
    if (lo && hi) return { ok: false, expected: 'a range whose lower end comes first, such as "10-20"' };
  }
  const signed = /^([+-])\s*(.+)$/.exec(text);
  if (signed) {
    const n = parseNumber(signed[2] ?? '');
    if (n) return { ok: true, value: { type: 'number', value: signed[1] === '-' ? -n.value : n.value, decimals: n.decimals } };
  }
  const n = parseNumber(text);
  return n ? { ok: true, value: { type: 'number', ...n } } : { ok: false, expected: NUMBER_FORMS };
}

function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses a date written as YYYY, YYYY-MM or YYYY-MM-DD (or a YAML date); rejects impossible dates. */
export function parseDate(raw: unknown): string | null {
  let text: string;
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) text = raw.toISOString().slice(0, 10);
  else if (typeof raw === 'number' && Number.isInteger(raw)) text = String(raw);
  else if (typeof raw === 'string') text = raw.trim();
  else return null;
  const match = DATE_RE.exec(text);
  if (!match) return null;
  const [, y, m, d] = match;
  if (m !== undefined && (Number(m) < 1 || Number(m) > 12)) return null;
  if (d !== undefined) {
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (date.getUTCDate() !== Number(d)) return null;
  }
  return text;
}

/** Parses a raw frontmatter value according to its property's value type. */
export function parseValue(raw: unknown, property: Property): ParseResult {
  switch (property.valueType) {
    case 'number':
      return parseNumericValue(raw);
    case 'boolean':
      return typeof raw === 'boolean'
        ? { ok: true, value: { type: 'boolean', value: raw } }
        : { ok: false, expected: 'a boolean: true or false (unquoted)' };
    case 'date': {
      const date = parseDate(raw);
      return date
        ? { ok: true, value: { type: 'date', value: date } }
        : { ok: false, expected: 'a real date written as YYYY-MM-DD, YYYY-MM or YYYY' };
    }
    case 'enum':
      return typeof raw === 'string' && property.values.includes(raw)
        ? { ok: true, value: { type: 'text', value: raw } }
        : { ok: false, expected: `one of: ${property.values.map((v) => `"${v}"`).join(', ')}` };
    case 'text':
      return typeof raw === 'string' && raw.trim() !== ''
        ? { ok: true, value: { type: 'text', value: raw.trim() } }
        : { ok: false, expected: 'a non-empty text' };
  }
}

/**
 * One en-US formatter per number of decimals: `toLocaleString` builds a new Intl.NumberFormat on every call, which was
 * the build's largest single cost (a CPU profile of a 100-source synthetic build: 22.6 s of its 110 s).
 */
const NUMBER_FORMATS = new Map<number, Intl.NumberFormat>();

/** Formats a number with its stated precision. */
export function formatNumber(n: number, decimals: number): string {
  if (Math.abs(n) >= 1e12 && decimals < 0) return `${(n / 1e12).toFixed(Math.max(decimals + 12, 0))} trillion`;
  if (Math.abs(n) >= 1e9 && decimals < 0) return `${(n / 1e9).toFixed(Math.max(decimals + 9, 0))} billion`;
  if (Math.abs(n) >= 1e6 && decimals < 0) return `${(n / 1e6).toFixed(Math.max(decimals + 6, 0))} million`;
  const digits = Math.max(decimals, 0);
  let format = NUMBER_FORMATS.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    NUMBER_FORMATS.set(digits, format);
  }
  return format.format(n);
}

/** A formatted number with its unit ("77.3%", "+25%", "2×", "$0.02 per 1K tokens"). */
export function withUnit(text: string, unit: string | null): string {
  // 'count' and 'number' (a plain number, such as a temperature) have nothing to write after the figure.
  if (!unit || unit === 'count' || unit === 'number') return text;
  if (unit === '%') return `${text}%`;
  if (unit === '% change') return `${text.startsWith('-') ? '' : '+'}${text}%`;
  if (unit === 'x') return `${text}×`;
  if (unit === 'USD') return `$${text}`;
  if (unit.startsWith('USD per ')) return `$${text} per ${unit.slice('USD per '.length)}`;
  return `${text} ${unit}`;
}

/**
 * Formats a typed value with its unit for display, e.g. "77.3%", ">90%", "~72%", "$0.02 per 1K tokens";
 * `number` writes each figure at its stated decimals (the engine passes a faster, locale-free one).
 */
export function formatValue(value: Value, unit: string | null, number: (n: number, decimals: number) => string = formatNumber): string {
  switch (value.type) {
    case 'number':
      return withUnit(number(value.value, value.decimals), unit);
    case 'bound':
      return `${value.op.replace('>=', '≥').replace('<=', '≤')}${withUnit(number(value.value, value.decimals), unit)}`;
    case 'approx':
      return `~${withUnit(number(value.value, value.decimals), unit)}`;
    case 'range':
      return withUnit(`${number(value.min, value.decimals)}–${number(value.max, value.decimals)}`, unit);
    case 'boolean':
      return value.value ? 'yes' : 'no';
    case 'date':
    case 'text':
      return value.value;
  }
}
