/**
 * Number and value formatting for the explain layer: figures at their stated precision, canonical
 * numbers in readable units, intervals and differences. Pure functions of numbers and units.
 */
import type { Value } from '../../types.ts';
import { formatValue } from '../../values.ts';
import { fromCanonicalValue, type NumericNorm } from '../normalize.ts';

/** Groups the integer digits of a plain decimal string with commas ("1234567.5" → "1,234,567.5"). */
function groupDigits(text: string): string {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf('.');
  const int = dot === -1 ? body : body.slice(0, dot);
  const frac = dot === -1 ? '' : body.slice(dot);
  let grouped = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) grouped += ',';
    grouped += int[i];
  }
  return `${negative ? '-' : ''}${grouped}${frac}`;
}

/** A number with exactly `decimals` decimals and thousands separators (fast; toLocaleString is slow). */
export function fixed(n: number, decimals: number): string {
  const text = Math.abs(n) < 1e21 ? n.toFixed(Math.min(Math.max(decimals, 0), 20)) : String(n);
  return groupDigits(text);
}

const SCALES: readonly (readonly [number, string])[] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** A number with at most `maxDecimals` decimals, trailing zeros dropped, big numbers in words. */
export function fmt(n: number, maxDecimals = 2): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '−∞';
  const abs = Math.abs(n);
  for (const [scale, word] of SCALES) if (abs >= scale) return `${fmt(n / scale, 3)} ${word}`;
  let text = fixed(n, maxDecimals);
  if (text.includes('.')) text = text.replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}

/** A stated number at its stated precision, as values.ts formatNumber writes it (scale words for big round figures). */
export function formatStatedNumber(n: number, decimals: number): string {
  if (Math.abs(n) >= 1e12 && decimals < 0) return `${(n / 1e12).toFixed(Math.max(decimals + 12, 0))} trillion`;
  if (Math.abs(n) >= 1e9 && decimals < 0) return `${(n / 1e9).toFixed(Math.max(decimals + 9, 0))} billion`;
  if (Math.abs(n) >= 1e6 && decimals < 0) return `${(n / 1e6).toFixed(Math.max(decimals + 6, 0))} million`;
  return fixed(n, decimals);
}

/** A typed value with its unit, exactly as values.ts formatValue shows it, without its slow locale formatting. */
export function formatStated(value: Value, unit: string | null): string {
  return formatValue(value, unit, formatStatedNumber);
}

/** A canonical number in a norm's display unit ("77.3%", "+25%", "1.25×", "$20 per 1M tokens"). */
export function fmtCanonical(n: number, unit: string | null, maxDecimals = 2): string {
  const v = fromCanonicalValue(n, unit);
  const text = fmt(v, maxDecimals);
  if (unit === null || unit === 'count' || unit === 'number') return text;
  if (unit === '%') return `${text}%`;
  if (unit === '% change') return `${v >= 0 ? '+' : ''}${text}%`;
  if (unit === 'x') return `${text}×`;
  if (unit === 'USD') return `$${text}`;
  if (unit.startsWith('USD per ')) return `$${text} per ${unit.slice('USD per '.length)}`;
  return `${text} ${unit}`;
}

/** A numeric norm's interval in its display unit ("68.4% to 75.6%", "above 90%", "below 3 minutes"). */
export function fmtInterval(norm: NumericNorm): string {
  const u = norm.displayUnit;
  const { lo, hi, loOpen, hiOpen } = norm.interval;
  if (norm.form === 'bound') {
    return norm.point === lo
      ? `${loOpen ? 'above' : 'at least'} ${fmtCanonical(lo, u, 4)}`
      : `${hiOpen ? 'below' : 'at most'} ${fmtCanonical(hi, u, 4)}`;
  }
  if (!Number.isFinite(hi)) return `${loOpen ? 'above' : 'at least'} ${fmtCanonical(lo, u, 4)}`;
  if (!Number.isFinite(lo)) return `${hiOpen ? 'below' : 'at most'} ${fmtCanonical(hi, u, 4)}`;
  return `${fmtCanonical(lo, u, 4)} to ${fmtCanonical(hi, u, 4)}`;
}

/** A difference between two figures in a unit ("2.3 points", "$5", "3 minutes"). */
export function fmtDifference(diff: number, unit: string | null): string {
  if (unit === '%' || unit === '% change') return `${fmt(diff, 4)} point${diff === 1 ? '' : 's'}`;
  if (unit === null || unit === 'count') return fmt(diff, 4);
  if (unit === 'x') return `${fmt(diff, 4)}×`;
  if (unit === 'USD') return `$${fmt(diff, 4)}`;
  if (unit.startsWith('USD per ')) return `$${fmt(diff, 4)} per ${unit.slice('USD per '.length)}`;
  return `${fmt(diff, 4)} ${unit}`;
}
