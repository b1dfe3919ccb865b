/**
 * One-line explanations of a claim judged against a reference claim: why two numbers, dates or
 * texts agree or not ("77.3% = 77.3%", "64 ≠ 77.3: 13.3 points apart (17.2%)").
 */
import { numericCompatible, roundToStep } from '../compare.ts';
import type { Context } from '../context.ts';
import { isGeneralOf } from '../general.ts';
import type { PreparedClaim } from '../group.ts';
import { invertNorm, isInverseOf } from '../inverse.ts';
import { APPROX_TOLERANCE, fromCanonicalValue, type NumericNorm, statedUnit } from '../normalize.ts';
import { fmt, fmtCanonical, fmtDifference, fmtInterval } from './format.ts';
import { propertyLabel, qualifierPhrase, quotedValue, sourceName, statedValue } from './names.ts';

/** The stated precision of a step, as a phrase: "at 1 decimal", "to a whole number", "to the nearest 100 billion". */
function precisionPhrase(step: number, unit: string | null): { phrase: string; decimals: number } {
  const stated = Math.abs(fromCanonicalValue(step, unit) - fromCanonicalValue(0, unit));
  const decimals = Math.round(-Math.log10(stated));
  if (decimals > 0) return { phrase: `at ${decimals} decimal${decimals === 1 ? '' : 's'}`, decimals };
  if (decimals === 0) return { phrase: 'to a whole number', decimals: 0 };
  return { phrase: `to the nearest ${fmt(10 ** -decimals)}`, decimals: 0 };
}

/** "0.773 fraction = 77.3%" when a figure was stated in another unit than the one shown; else "". */
function conversion(ctx: Context, nc: PreparedClaim, n: NumericNorm, unit: string | null): string {
  if (n.form !== 'exact' || statedUnit(nc.claim, ctx.properties.get(nc.claim.property)) === unit) return '';
  return `${statedValue(ctx, nc)} = ${fmtCanonical(n.point, unit, 4)}`;
}

/** A stated value followed by the interval it admits, unless it is an exact figure. */
function withInterval(text: string, n: NumericNorm): string {
  return n.form === 'exact' ? text : `${text} (${fmtInterval(n)})`;
}

/** Why a claim's number agrees or not with a reference number, in one line. */
export function explainNumbers(ctx: Context, c: PreparedClaim, r: PreparedClaim): string {
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
export function explainTexts(ctx: Context, c: PreparedClaim, r: PreparedClaim): string {
  const a = quotedValue(ctx, c);
  const b = quotedValue(ctx, r);
  if (c.norm.domain === 'qualitative' && r.norm.domain === 'qualitative' && c.norm.key === r.norm.key) {
    return a === b ? `${a} = ${b}` : `${a} = ${b} (ignoring case and spacing)`;
  }
  return `${a} ≠ ${b}`;
}

/** An interval at two decimals in a unit ("+24.22% to +25.79%"). */
function interval2(n: NumericNorm, unit: string | null): string {
  return `${fmtCanonical(n.interval.lo, unit, 2)} to ${fmtCanonical(n.interval.hi, unit, 2)}`;
}

/**
 * A figure of an inverse measure against the vendor's, with the conversion shown: "-20% latency change
 * = 0.8×; 1 / 0.8 = 1.25×, a +25% speed change; at the stated precision (-20.5% to -19.5%) that is
 * +24.22% to +25.79%, which overlaps +25% (+24.5% to +25.5%)".
 */
function explainInverse(ctx: Context, c: PreparedClaim, r: PreparedClaim): string {
  const a = c.norm as NumericNorm;
  const b = r.norm as NumericNorm;
  const converted = invertNorm(a) as NumericNorm;
  const from = ctx.properties.get(c.claim.property)?.label.toLowerCase() ?? c.claim.property;
  const to = ctx.properties.get(r.claim.property)?.label.toLowerCase() ?? r.claim.property;
  const unit = b.displayUnit;
  const ok = numericCompatible(converted, b) === true;
  return `${statedValue(ctx, c)} ${from} = ${fmt(a.point, 4)}×; 1 / ${fmt(a.point, 4)} = ${fmt(converted.point, 4)}×, a ${fmtCanonical(
    converted.point,
    unit,
    2,
  )} ${to}; at the stated precision (${interval2(a, a.displayUnit)}) that is ${interval2(converted, unit)}, which ${
    ok ? 'overlaps' : 'does not overlap'
  } ${statedValue(ctx, r)} (${interval2(b, unit)})`;
}

/** Explains a claim against a reference claim, whatever their domain, naming both sources. */
export function explainComparison(ctx: Context, c: PreparedClaim, r: PreparedClaim): string {
  if (isGeneralOf(ctx, c, r))
    return `${quotedValue(ctx, c)} (${propertyLabel(ctx, c.claim.property)}) is the general form of ${quotedValue(ctx, r)} (${propertyLabel(ctx, r.claim.property)} ${qualifierPhrase(ctx, r.identifying)}) (${sourceName(ctx, c.claim.source)} vs ${sourceName(ctx, r.claim.source)})`;
  if (c.norm.domain === 'numeric' && r.norm.domain === 'numeric' && isInverseOf(ctx, c, r))
    return `${explainInverse(ctx, c, r)} (${sourceName(ctx, c.claim.source)} vs ${sourceName(ctx, r.claim.source)})`;
  const line = c.norm.domain === 'numeric' && r.norm.domain === 'numeric' ? explainNumbers(ctx, c, r) : explainTexts(ctx, c, r);
  return `${line} (${sourceName(ctx, c.claim.source)} vs ${sourceName(ctx, r.claim.source)})`;
}
