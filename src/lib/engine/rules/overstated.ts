/**
 * Overstated: a comparative claim (a property with `compares` and `relation`) checked against the
 * figures it relates: the `compares` property's figures for the claim's subject and for its
 * `comparedTo`, with the same identifying qualifiers (benchmark, variant, metric...). The vendor's
 * figures are used when it gives both; otherwise the claim's own source's figures; otherwise the
 * claim is not checked.
 *
 * - ratio ("nearly doubled" = ~2×): X / Y must fall in the claimed interval;
 *   "64.7 / 38.2 = 1.69×, not ~2×".
 * - percent-change ("+25%"): (X − Y) / Y the same way.
 * - order ("outperforms", "matches", "underperforms"): the figures' order must match; "matches"
 *   allows the approximation tolerance (5%). On a benchmark where lower is better the order flips.
 *
 * A claim that fails is "overstated" when it claims more than the figures give (verdict label
 * "understated" for the reverse). A claim checked against vendor figures is judged by this rule only
 * (no separate conflict or contradiction with other comparative claims of its group).
 */
import { exactCompatible, overlaps } from '../compare.ts';
import { type Context, cmp } from '../context.ts';
import { entityName, fmt, qualifierPhrase, sourceName, statedValue } from '../describe.ts';
import {
  type GroupData,
  type GroupIndex,
  matchCircumstances,
  type NClaim,
  REFINING_QUALIFIERS,
  refiningCompatible,
  refiningOf,
  vendorClaimsFor,
} from '../group.ts';
import { findingId, groupKey } from '../ids.ts';
import { APPROX_TOLERANCE, type Interval, type NumericNorm } from '../normalize.ts';
import { magnitudeFromGap, severityScore } from '../severity.ts';
import type { Finding } from '../types.ts';
import { makeFinding } from './finding.ts';

/** The outcome of checking one comparative claim. */
export interface ComparativeCheck {
  /** Whether the claim holds against the figures. */
  outcome: 'consistent' | 'overstated' | 'understated';
  /** The comparative claim checked. */
  nc: NClaim;
  /** Whether the figures were the vendor's. */
  vendorFigures: boolean;
  /** The relation checked. */
  relation: 'ratio' | 'order' | 'percent-change';
  /** The figure claims used. */
  figures: NClaim[];
  /** The computation alone, e.g. "64.7% / 38.2% = 1.69×". */
  computed: string;
  /** The arithmetic line: the computation and whether it bears the claim out. */
  line: string;
  /** Severity score when inconsistent. */
  score: number;
}

/** What the rule found. */
export interface OverstatedResult {
  /** Overstated findings, one per group. */
  findings: Finding[];
  /** Every checked comparative claim by id. */
  checks: Map<string, ComparativeCheck>;
}

type Order = '>' | '=' | '<';

/** The order a comparative value claims ("outperforms" → ">"), or null when it names none. */
export function claimedOrder(text: string): Order | null {
  const t = text.toLowerCase();
  if (/under|worse|trail|behind|lower|slower|less|weaker/.test(t)) return '<';
  if (/match|equal|tie|same|par|comparable/.test(t)) return '=';
  if (/out|better|exceed|beat|surpass|higher|faster|more|stronger|ahead/.test(t)) return '>';
  return null;
}

interface Figure {
  claims: NClaim[];
  interval: Interval;
  lead: NumericNorm;
  text: string;
}

function figureOf(ctx: Context, claims: readonly NClaim[]): Figure | null {
  const numeric = claims.filter((c) => c.norm.domain === 'numeric');
  const first = numeric[0];
  if (!first || numeric.some((c) => (c.norm as NumericNorm).dimension !== (first.norm as NumericNorm).dimension)) return null;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const c of numeric) {
    const n = c.norm as NumericNorm;
    lo = Math.min(lo, n.interval.lo);
    hi = Math.max(hi, n.interval.hi);
  }
  const texts = [...new Set(numeric.map((c) => statedValue(ctx, c)))];
  return { claims: numeric, interval: { lo, hi, loOpen: false, hiOpen: false }, lead: first.norm as NumericNorm, text: texts.join(' or ') };
}

function withoutComparedTo(identifying: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(identifying)) if (k !== 'comparedTo') out[k] = v;
  return out;
}

/** A source's own figures for a group (or for groups differing only by refining qualifiers), memoized per analysis. */
function ownFigures(
  index: GroupIndex,
  memo: Map<string, NClaim[]>,
  source: string,
  key: string,
  loose: string,
  refining: Readonly<Record<string, string>>,
): NClaim[] {
  const memoKey = `${source}|${key}`;
  const cached = memo.get(memoKey);
  if (cached) return cached;
  let out = index.byKey.get(key)?.members.filter((m) => m.claim.source === source) ?? [];
  if (out.length === 0) {
    out = [];
    for (const g of index.byLoose.get(loose) ?? []) {
      if (g.key === key || !refiningCompatible(refining, g.refining)) continue;
      for (const m of g.members) if (m.claim.source === source) out.push(m);
    }
  }
  memo.set(memoKey, out);
  return out;
}

function ratioInterval(x: Interval, y: Interval): Interval | null {
  if (!(y.lo > 0) || x.lo < 0 || !Number.isFinite(x.hi) || !Number.isFinite(y.hi)) return null;
  return { lo: x.lo / y.hi, hi: x.hi / y.lo, loOpen: false, hiOpen: false };
}

/** Where a comparative group's figures are: computed once per group. */
interface Lookup {
  comparedTo: string;
  quals: Record<string, string>;
  refining: Record<string, string>;
  keyX: string;
  keyY: string;
  looseX: string;
  looseY: string;
  vx: readonly NClaim[];
  vy: readonly NClaim[];
}

/** Memo tables shared by the checks of one analysis (figures and results repeat across claims). */
export interface ComparativeCache {
  /** Lookups by comparative group key. */
  lookups: Map<string, Lookup | null>;
  /** A source's own figures by "source|group key". */
  own: Map<string, NClaim[]>;
  /** Figures summarized, by the figure list. */
  figures: WeakMap<readonly NClaim[], Figure | null>;
  /** Stable numbers for figure lists, for result keys. */
  ids: WeakMap<readonly NClaim[], number>;
  /** Check results (without the claim) by figures, claimed value and wording. */
  results: Map<string, Omit<ComparativeCheck, 'nc'> | null>;
  /** Next figure-list number. */
  nextId: number;
}

/** Fresh memo tables. */
export function comparativeCache(): ComparativeCache {
  return { lookups: new Map(), own: new Map(), figures: new WeakMap(), ids: new WeakMap(), results: new Map(), nextId: 0 };
}

function lookupOf(ctx: Context, index: GroupIndex, nc: NClaim, cache: ComparativeCache): Lookup | null {
  const cached = cache.lookups.get(nc.group);
  if (cached !== undefined) return cached;
  const property = ctx.properties.get(nc.claim.property);
  const comparedTo = nc.identifying.comparedTo;
  let lookup: Lookup | null = null;
  if (property?.compares && property.relation && comparedTo !== undefined) {
    const quals = withoutComparedTo(nc.identifying);
    const refining = refiningOf(quals);
    const looseQuals = Object.fromEntries(Object.entries(quals).filter(([k]) => !REFINING_QUALIFIERS.includes(k)));
    const keyX = groupKey(nc.claim.subject, property.compares, quals);
    const keyY = groupKey(comparedTo, property.compares, quals);
    const looseX = groupKey(nc.claim.subject, property.compares, looseQuals);
    const looseY = groupKey(comparedTo, property.compares, looseQuals);
    lookup = {
      comparedTo,
      quals,
      refining,
      keyX,
      keyY,
      looseX,
      looseY,
      vx: vendorClaimsFor(index, keyX, looseX, refining).claims,
      vy: vendorClaimsFor(index, keyY, looseY, refining).claims,
    };
  }
  cache.lookups.set(nc.group, lookup);
  return lookup;
}

function idOf(cache: ComparativeCache, list: readonly NClaim[]): number {
  let id = cache.ids.get(list);
  if (id === undefined) {
    id = cache.nextId++;
    cache.ids.set(list, id);
  }
  return id;
}

function cachedFigure(ctx: Context, cache: ComparativeCache, list: readonly NClaim[]): Figure | null {
  let figure = cache.figures.get(list);
  if (figure === undefined) {
    figure = figureOf(ctx, list);
    cache.figures.set(list, figure);
  }
  return figure;
}

/** Checks one comparative claim; null when it cannot be checked. Results are memoized in `cache`. */
export function checkComparative(
  ctx: Context,
  index: GroupIndex,
  nc: NClaim,
  cache: ComparativeCache = comparativeCache(),
): ComparativeCheck | null {
  const lookup = lookupOf(ctx, index, nc, cache);
  if (!lookup) return null;
  let xs: readonly NClaim[];
  let ys: readonly NClaim[];
  let vendorFigures: boolean;
  if (lookup.vx.length > 0 && lookup.vy.length > 0) {
    xs = matchCircumstances(nc, lookup.vx);
    ys = matchCircumstances(nc, lookup.vy);
    vendorFigures = true;
  } else {
    xs = ownFigures(index, cache.own, nc.claim.source, lookup.keyX, lookup.looseX, lookup.refining);
    ys = ownFigures(index, cache.own, nc.claim.source, lookup.keyY, lookup.looseY, lookup.refining);
    vendorFigures = false;
  }
  const resultKey = `${nc.group}|${idOf(cache, xs)}|${idOf(cache, ys)}|${nc.norm.signature}|${nc.tier}|${nc.claim.figure ?? ''}|${vendorFigures}`;
  let result = cache.results.get(resultKey);
  if (result === undefined) {
    result = computeCheck(ctx, nc, lookup, cachedFigure(ctx, cache, xs), cachedFigure(ctx, cache, ys), vendorFigures);
    cache.results.set(resultKey, result);
  }
  return result ? { ...result, nc } : null;
}

function computeCheck(
  ctx: Context,
  nc: NClaim,
  lookup: Lookup,
  fx: Figure | null,
  fy: Figure | null,
  vendorFigures: boolean,
): Omit<ComparativeCheck, 'nc'> | null {
  const property = ctx.properties.get(nc.claim.property);
  if (!property?.relation) return null;
  const { comparedTo, quals } = lookup;
  if (!fx || !fy || fx.lead.dimension !== fy.lead.dimension) return null;
  const figures = [...fx.claims, ...fy.claims];
  const figSource = sourceName(ctx, (fx.claims[0] as NClaim).claim.source);
  const claimedText = `${statedValue(ctx, nc)}${nc.claim.figure && nc.claim.figure !== statedValue(ctx, nc) ? ` (${nc.claim.figure})` : ''}`;
  const relation = property.relation;
  const tier = nc.tier;

  if (relation === 'order') {
    const claimed = nc.claim.value.type === 'text' ? claimedOrder(nc.claim.value.value) : null;
    if (!claimed) return null;
    const single = fx.claims.length === 1 && fy.claims.length === 1 && fx.lead.form === 'exact' && fy.lead.form === 'exact';
    const equal = single ? exactCompatible(fx.lead, fy.claims[0]?.norm as NumericNorm) : overlaps(fx.interval, fy.interval);
    const bench = quals.benchmark !== undefined ? ctx.entities.get(quals.benchmark) : undefined;
    const lowerIsBetter = bench?.higherIsBetter === false;
    const xPoint = fx.lead.point;
    const yPoint = fy.lead.point;
    let actual: Order = equal ? '=' : xPoint > yPoint ? '>' : '<';
    if (lowerIsBetter && actual !== '=') actual = actual === '>' ? '<' : '>';
    const relDiff = Math.abs(xPoint - yPoint) / Math.max(Math.abs(xPoint), Math.abs(yPoint), Number.MIN_VALUE);
    const consistent = claimed === actual || (claimed === '=' && relDiff <= APPROX_TOLERANCE);
    const word = { '>': 'ahead of', '=': 'level with', '<': 'behind' }[actual];
    const sign = { '>': '>', '=': '=', '<': '<' }[equal ? '=' : xPoint > yPoint ? '>' : '<'];
    const computed = `${fx.text} ${sign} ${fy.text}`;
    const line = `${computed} (${entityName(ctx, nc.claim.subject)} vs ${entityName(ctx, comparedTo)}, ${figSource}'s figures): ${entityName(ctx, nc.claim.subject)} is ${word} ${entityName(ctx, comparedTo)}${lowerIsBetter ? ' (lower is better)' : ''}, ${consistent ? 'consistent with' : 'not'} “${claimedText}”`;
    if (consistent) return { outcome: 'consistent', vendorFigures, relation, figures, computed, line, score: 0 };
    const rank = { '<': 0, '=': 1, '>': 2 };
    const outcome = rank[claimed] > rank[actual] ? 'overstated' : 'understated';
    const magnitude = claimed === '=' || actual === '=' ? (claimed === '=' ? magnitudeFromGap(relDiff) : 0.7) : 1;
    return {
      outcome,
      vendorFigures,
      relation,
      figures,
      computed,
      line,
      score: severityScore({ tier, vendorReference: vendorFigures, magnitude }),
    };
  }

  const norm = nc.norm;
  if (norm.domain !== 'numeric' || norm.dimension !== 'multiplier') return null;
  const actual = ratioInterval(fx.interval, fy.interval);
  if (!actual) return null;
  const ratio = fx.lead.point / fy.lead.point;
  const xText = fx.text;
  const yText = fy.text;
  const computed =
    relation === 'ratio'
      ? `${xText} / ${yText} = ${fmt(ratio, 2)}×`
      : `(${xText} − ${yText}) / ${yText} = ${ratio >= 1 ? '+' : '−'}${fmt(Math.abs(ratio - 1) * 100, 1)}%`;
  const ok = overlaps(norm.interval, actual);
  const line = `${computed}, ${ok ? 'consistent with' : 'not'} ${claimedText} (${figSource}'s figures)`;
  if (ok) return { outcome: 'consistent', vendorFigures, relation, figures, computed, line, score: 0 };
  const outcome = norm.interval.lo > actual.hi ? 'overstated' : 'understated';
  const gap = Math.max(norm.interval.lo - actual.hi, actual.lo - norm.interval.hi) / Math.abs(ratio || 1);
  return {
    outcome,
    vendorFigures,
    relation,
    figures,
    computed,
    line,
    score: severityScore({ tier, vendorReference: vendorFigures, magnitude: magnitudeFromGap(gap) }),
  };
}

function summaryOf(ctx: Context, nc: NClaim, check: ComparativeCheck, comparedTo: string, qualifiers: Record<string, string>): string {
  const src = sourceName(ctx, nc.claim.source);
  const x = entityName(ctx, nc.claim.subject);
  const y = entityName(ctx, comparedTo);
  const phrase = qualifierPhrase(ctx, withoutComparedTo(qualifiers));
  const figSrc = sourceName(ctx, check.figures[0]?.claim.source ?? '');
  const value = statedValue(ctx, nc);
  const figureText = nc.claim.figure && nc.claim.figure !== value ? ` (“${nc.claim.figure}”)` : '';
  const xs = check.figures.filter((f) => f.claim.subject === nc.claim.subject).map((f) => statedValue(ctx, f));
  const ys = check.figures.filter((f) => f.claim.subject === comparedTo).map((f) => statedValue(ctx, f));
  const figs = `${[...new Set(xs)].join(' or ')} against ${[...new Set(ys)].join(' or ')}`;
  const head =
    check.relation === 'order'
      ? `${src} says ${x} ${value}${figureText} ${y}${phrase ? ` ${phrase}` : ''}`
      : `${src} puts ${x} at ${value}${figureText} ${check.relation === 'ratio' ? `${y}'s score` : `against ${y}`}${phrase ? ` ${phrase}` : ''}`;
  return `${head}, but ${figSrc}'s figures are ${figs} (${check.computed}).`;
}

/** Checks every comparative claim; one overstated finding per group with claims that fail. */
export function overstatedRule(ctx: Context, index: GroupIndex, groups: readonly GroupData[]): OverstatedResult {
  const findings: Finding[] = [];
  const checks = new Map<string, ComparativeCheck>();
  const cache = comparativeCache();
  for (const g of groups) {
    const property = ctx.properties.get(g.property);
    if (!property?.compares || !property.relation) continue;
    const failing: { nc: NClaim; check: ComparativeCheck }[] = [];
    for (const nc of g.members) {
      const check = checkComparative(ctx, index, nc, cache);
      if (!check) continue;
      checks.set(nc.claim.id, check);
      if (check.outcome !== 'consistent') failing.push({ nc, check });
    }
    if (failing.length === 0) continue;
    const lead = failing[0] as { nc: NClaim; check: ComparativeCheck };
    const outcomes = [...new Set(failing.map((f) => f.check.outcome))].sort(cmp);
    let summary = summaryOf(ctx, lead.nc, lead.check, lead.nc.identifying.comparedTo ?? '', g.qualifiers);
    if (failing.length > 1)
      summary = summary.replace(/\.$/, `; ${failing.length - 1} more such claim${failing.length > 2 ? 's' : ''} in this group.`);
    findings.push(
      makeFinding({
        id: findingId('overstated', g.key),
        kind: 'overstated',
        group: g,
        claims: failing.flatMap((f) => [f.nc, ...f.check.figures]),
        summary,
        arithmetic: failing.slice(0, 12).map((f) => f.check.line),
        verdict: outcomes.join(' and '),
        score: Math.max(...failing.map((f) => f.check.score)),
      }),
    );
  }
  return { findings, checks };
}
