/**
 * Plain-language pieces for summaries and arithmetic: names of sources, entities and properties,
 * values as stated, canonical numbers in readable units, and one-line comparison explanations.
 */
import type { Value } from '../types.ts';
import { numericCompatible, roundToStep } from './compare.ts';
import type { Context } from './context.ts';
import type { NClaim } from './group.ts';
import { APPROX_TOLERANCE, fromCanonicalValue, type NumericNorm, statedUnit } from './normalize.ts';

const TITLE_MAX = 60;

/** How a sentence names a source: its publisher, else its (shortened) title in quotes. */
export function sourceName(ctx: Context, slug: string): string {
  const s = ctx.sources.get(slug);
  if (!s) return slug;
  if (s.publisher) return s.publisher;
  let title = s.title.trim();
  if (title.length > TITLE_MAX) {
    const cut = title.slice(0, TITLE_MAX);
    const space = cut.lastIndexOf(' ');
    title = `${(space > 20 ? cut.slice(0, space) : cut).replace(/[\s:,;.-]+$/, '')}…`;
  }
  return `“${title}”`;
}

/** An entity's display name (its id when unknown). */
export function entityName(ctx: Context, id: string): string {
  return ctx.entities.get(id)?.name ?? id;
}

/** A property's label in running text ("benchmark score"). */
export function propertyLabel(ctx: Context, id: string): string {
  const label = ctx.properties.get(id)?.label ?? id.replace(/-/g, ' ');
  return /^[A-Z][a-z]/.test(label) ? label[0]?.toLowerCase() + label.slice(1) : label;
}

/** The identifying qualifiers as a phrase: "on Terminal-Bench 2.0 (Public)", "via the api channel". */
export function qualifierPhrase(ctx: Context, qualifiers: Readonly<Record<string, string>>): string {
  const parts: string[] = [];
  const q = qualifiers;
  if (q.benchmark !== undefined) {
    const extras = [q.variant, q.metric].filter((x): x is string => x !== undefined);
    parts.push(`on ${entityName(ctx, q.benchmark)}${extras.length ? ` (${extras.join(', ')})` : ''}`);
  } else {
    if (q.variant !== undefined) parts.push(`(variant ${q.variant})`);
    if (q.metric !== undefined) parts.push(`(${q.metric})`);
  }
  if (q.comparedTo !== undefined) parts.push(`against ${entityName(ctx, q.comparedTo)}`);
  if (q.channel !== undefined) parts.push(`via the ${q.channel} channel`);
  if (q.stage !== undefined) parts.push(`at the ${q.stage} stage`);
  if (q.direction !== undefined) parts.push(`for ${q.direction} tokens`);
  if (q.language !== undefined) parts.push(`for ${q.language}`);
  const known = new Set(['benchmark', 'variant', 'metric', 'comparedTo', 'channel', 'stage', 'direction', 'language']);
  for (const [k, v] of Object.entries(q)) if (!known.has(k)) parts.push(`(${k}: ${v})`);
  return parts.join(' ');
}

/**
 * The topic of a group in running text: "GPT-5.3-Codex's benchmark score on Terminal-Bench 2.0";
 * for yes/no properties, whose labels are not noun phrases: "“Supports language” for GPT-5.3-Codex for Python".
 */
export function topic(ctx: Context, subject: string, property: string, qualifiers: Readonly<Record<string, string>>): string {
  const phrase = qualifierPhrase(ctx, qualifiers);
  const p = ctx.properties.get(property);
  if (p?.valueType === 'boolean') return `“${p.label}” for ${entityName(ctx, subject)}${phrase ? ` ${phrase}` : ''}`;
  return `${entityName(ctx, subject)}'s ${propertyLabel(ctx, property)}${phrase ? ` ${phrase}` : ''}`;
}

/** A claim's value as its source stated it ("77.3%", "~2×", "not yet available", "yes"). */
export function statedValue(ctx: Context, nc: NClaim): string {
  const v = nc.claim.value;
  if (v.type === 'text') return ctx.properties.get(nc.claim.property)?.valueType === 'enum' ? v.value.replace(/-/g, ' ') : v.value;
  return formatStated(v, statedUnit(nc.claim, ctx.properties.get(nc.claim.property)));
}

/** A claim's value in quotes when it is text. */
export function quotedValue(ctx: Context, nc: NClaim): string {
  const text = statedValue(ctx, nc);
  return nc.claim.value.type === 'text' ? `“${text}”` : text;
}

/** A reference figure's value, followed by the variant or metric it is stated for when `refined` ("56.8% (Public)"). */
export function referenceValue(ctx: Context, r: NClaim, refined: boolean): string {
  const value = quotedValue(ctx, r);
  if (!refined) return value;
  const extras = [r.identifying.variant, r.identifying.metric].filter((x): x is string => x !== undefined);
  return extras.length ? `${value} (${extras.join(', ')})` : value;
}

/** "A", "A and B", "A, B and C" (with "and N more" past `max`). */
export function listPhrase(items: readonly string[], max = 4): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) shown.push(`${rest} more`);
  if (shown.length <= 1) return shown[0] ?? '';
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** Like listPhrase, rendering only the items shown (cheap on long lists). */
export function listSome<T>(items: readonly T[], render: (t: T) => string, max = 4): string {
  const shown = items.slice(0, max).map(render);
  const rest = items.length - shown.length;
  if (rest > 0) shown.push(`${rest} more`);
  if (shown.length <= 1) return shown[0] ?? '';
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

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
  switch (value.type) {
    case 'number':
      return withUnit(formatStatedNumber(value.value, value.decimals), unit);
    case 'bound':
      return `${value.op.replace('>=', '≥').replace('<=', '≤')}${withUnit(formatStatedNumber(value.value, value.decimals), unit)}`;
    case 'approx':
      return `~${withUnit(formatStatedNumber(value.value, value.decimals), unit)}`;
    case 'range':
      return withUnit(`${formatStatedNumber(value.min, value.decimals)}–${formatStatedNumber(value.max, value.decimals)}`, unit);
    case 'boolean':
      return value.value ? 'yes' : 'no';
    case 'date':
    case 'text':
      return value.value;
  }
}

/** A formatted number with its unit, as values.ts formatValue writes it ("77.3%", "+25%", "2×", "$0.02 per 1K tokens"). */
export function withUnit(text: string, unit: string | null): string {
  if (!unit || unit === 'count') return text;
  if (unit === '%') return `${text}%`;
  if (unit === '% change') return `${text.startsWith('-') ? '' : '+'}${text}%`;
  if (unit === 'x') return `${text}×`;
  if (unit === 'USD') return `$${text}`;
  if (unit.startsWith('USD per ')) return `$${text} per ${unit.slice('USD per '.length)}`;
  return `${text} ${unit}`;
}

/** A canonical number in a norm's display unit ("77.3%", "+25%", "1.25×", "$20 per 1M tokens"). */
export function fmtCanonical(n: number, unit: string | null, maxDecimals = 2): string {
  const v = fromCanonicalValue(n, unit);
  const text = fmt(v, maxDecimals);
  if (unit === null || unit === 'count') return text;
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

/** The stated precision of a step, as a phrase: "at 1 decimal", "to a whole number", "to the nearest 100 billion". */
function precisionPhrase(step: number, unit: string | null): { phrase: string; decimals: number } {
  const stated = Math.abs(fromCanonicalValue(step, unit) - fromCanonicalValue(0, unit));
  const decimals = Math.round(-Math.log10(stated));
  if (decimals > 0) return { phrase: `at ${decimals} decimal${decimals === 1 ? '' : 's'}`, decimals };
  if (decimals === 0) return { phrase: 'to a whole number', decimals: 0 };
  return { phrase: `to the nearest ${fmt(10 ** -decimals)}`, decimals: 0 };
}

/** "0.773 fraction = 77.3%" when a figure was stated in another unit than the one shown; else "". */
function conversion(ctx: Context, nc: NClaim, n: NumericNorm, unit: string | null): string {
  if (n.form !== 'exact' || statedUnit(nc.claim, ctx.properties.get(nc.claim.property)) === unit) return '';
  return `${statedValue(ctx, nc)} = ${fmtCanonical(n.point, unit, 4)}`;
}

/** A stated value followed by the interval it admits, unless it is an exact figure. */
function withInterval(text: string, n: NumericNorm): string {
  return n.form === 'exact' ? text : `${text} (${fmtInterval(n)})`;
}

/** Why a claim's number agrees or not with a reference number, in one line. */
export function explainNumbers(ctx: Context, c: NClaim, r: NClaim): string {
  const a = c.norm as NumericNorm;
  const b = r.norm as NumericNorm;
  const av = statedValue(ctx, c);
  const bv = statedValue(ctx, r);
  const ok = numericCompatible(a, b) === true;
  const unit = b.displayUnit ?? a.displayUnit;
  const convA = conversion(ctx, c, a, unit);
  const convB = conversion(ctx, r, b, unit);
  const conversions = [convA, convB].filter((x) => x !== '');
  const prefix = conversions.length ? `${conversions.join('; ')}; ` : '';
  if (a.form === 'date' || b.form === 'date') {
    if (ok) return av === bv ? `${av} = ${bv}` : `${av} and ${bv} cover a common day`;
    if (a.step === 1 && b.step === 1) {
      const days = Math.abs(a.point - b.point);
      return `${av} ≠ ${bv} (${days} day${days === 1 ? '' : 's'} apart)`;
    }
    return `${av} ≠ ${bv} (no day in common)`;
  }
  if (a.form === 'exact' && b.form === 'exact') {
    const gap = Math.abs(fromCanonicalValue(a.point, unit) - fromCanonicalValue(b.point, unit));
    const rel = b.point !== 0 ? Math.abs(a.point - b.point) / Math.abs(b.point) : 0;
    if (a.step === b.step || Math.abs(a.step - b.step) <= Math.max(a.step, b.step) * 1e-9) {
      if (ok) return conversions.length ? `${conversions.join('; ')}, equal to ${convA ? bv : av}` : `${av} = ${bv}`;
      return `${prefix}${av} ≠ ${bv}: ${fmtDifference(gap, unit)} apart (${fmt(rel * 100, 1)}%)`;
    }
    const [coarse, fine, coarseText, fineText] = a.step > b.step ? [a, b, av, bv] : [b, a, bv, av];
    const { phrase: at, decimals } = precisionPhrase(coarse.step, unit);
    const rounded = fmtCanonical(roundToStep(fine.point, coarse.step), unit, decimals);
    if (ok) return `${prefix}${fineText} rounds to ${rounded} ${at}, the precision of ${coarseText}`;
    return `${prefix}${fineText} rounds to ${rounded} ${at}, not ${coarseText} (${fmt(rel * 100, 1)}% apart)`;
  }
  const tail = a.form === 'approx' || b.form === 'approx' ? `; “~” allows ±${fmt(APPROX_TOLERANCE * 100)}%` : '';
  return `${prefix}${withInterval(av, a)} and ${withInterval(bv, b)} ${ok ? 'overlap' : 'do not overlap'}${tail}`;
}

/** Why two qualitative values agree or not, in one line. */
export function explainTexts(ctx: Context, c: NClaim, r: NClaim): string {
  const a = quotedValue(ctx, c);
  const b = quotedValue(ctx, r);
  if (c.norm.domain === 'qualitative' && r.norm.domain === 'qualitative' && c.norm.key === r.norm.key) {
    return a === b ? `${a} = ${b}` : `${a} = ${b} (ignoring case and spacing)`;
  }
  return `${a} ≠ ${b}`;
}

/** Explains a claim against a reference claim, whatever their domain, naming both sources. */
export function explain(ctx: Context, c: NClaim, r: NClaim): string {
  const line = c.norm.domain === 'numeric' && r.norm.domain === 'numeric' ? explainNumbers(ctx, c, r) : explainTexts(ctx, c, r);
  return `${line} (${sourceName(ctx, c.claim.source)} vs ${sourceName(ctx, r.claim.source)})`;
}
