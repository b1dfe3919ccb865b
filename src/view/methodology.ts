/**
 * The methodology pages' route data: the three parts and their sections, and the worked examples each part
 * shows, computed at build time with the engine's and the quote matcher's own functions (so the pages cannot
 * drift from the code).
 */
import type { SiteData } from '../data.ts';
import { foldForQuote, prepareSnapshot, quoteOccursIn } from '../lib/content/quote.ts';
import {
  type AnalysisSummary,
  APPROX_TOLERANCE,
  compatible,
  FULL_GAP,
  magnitudeFromGap,
  normalize,
  SINGLE_VALUED_TEXT_PROPERTIES,
  severityScore,
  summarize,
  UNSUPPORTED_MAGNITUDE,
} from '../lib/engine/index.ts';
import { QUALIFIERS, type QualifierSpec } from '../lib/qualifiers.ts';
import type { Claim, Property, Tier } from '../lib/types.ts';
import { parseValue } from '../lib/values.ts';
import { propertyEntry } from '../schemas/property.ts';
import { href } from '../urls.ts';
import { benchmarkRole } from './benchmarks.ts';

/** The three pages and the sections of each (heading id, title), in reading order; `id` is the page's path under /methodology/. */
export const METHODOLOGY_PARTS = [
  {
    id: undefined,
    title: 'Methodology',
    sections: [
      ['tiers', 'Sources and tiers'],
      ['claims', 'Claims and quotes'],
      ['limits', 'Limits'],
    ],
  },
  {
    id: 'comparing',
    title: 'Comparing claims',
    sections: [
      ['comparing', 'Comparing figures'],
      ['verdicts', 'Verdicts and status'],
      ['agreement', 'Agreement score'],
    ],
  },
  {
    id: 'findings',
    title: 'Findings and severity',
    sections: [
      ['kinds', 'Kinds of finding'],
      ['severity', 'Severity'],
    ],
  },
] as const;

/** One of the methodology pages. */
export type MethodologyPart = (typeof METHODOLOGY_PARTS)[number];

/** The address of a methodology page. */
export const methodologyHref = (part: MethodologyPart): string => href(part.id ? `methodology/${part.id}/` : 'methodology/');

/** "0.15" → "15%", to one decimal. */
export const percent = (x: number): string => `${Math.round(x * 1000) / 10}%`;

/** The tiers, in order. */
export const TIERS: readonly Tier[] = [1, 2, 3, 4];

/** The snapshot text the quote examples are matched against. */
export const QUOTE_SAMPLE = 'Terminal-Bench 2.0 77.3% 64.0% 62.2%';

/** How a rule computes each kind of finding, in the site's words. */
export const KIND_RULES: Record<string, string> = {
  conflict:
    'Two numbers or dates for the same fact whose ranges do not overlap. An exact figure stands for its rounding range (64.0 means 63.95 to 64.05); two exact figures agree only if the more precise one rounds to the other.',
  misattribution:
    'A secondary source’s exact figure for one model disagrees with the vendor’s figure for that model but equals, to the stated digit, the vendor’s figure for another model of the same kind on the same benchmark. Only exact figures count: an approximation that happens to match proves little.',
  contradiction:
    'Two values that cannot both hold: different choices from a fixed list (available / not yet available), yes against no, or different texts for a property that has one answer.',
  differs:
    'Two values for the same fact stated for different values of a qualifier the property’s values can differ across and all be true (a safeguard’s trigger, the channel a setting is found in); the property’s registry entry names those qualifiers. Where both accounts name the same trigger or channel, they contradict instead.',
  presupposition:
    'A claim that takes another statement for granted, as the property’s registry entry says (a price per token takes an API for granted), checked against the vendor’s own statement of that thing: found when the vendor states it with another value (the API “not yet available”). Where the vendor says nothing of it, nothing is concluded.',
  'scope-change':
    'A secondary claim that leaves out a qualifier setting the scope of the statement (the property’s registry entry names it, e.g. the domain of a rating) where the vendor states the same statement only within that scope (“High capability for cybersecurity-related tasks”). It replaces “not disclosed”: the vendor does say it, more narrowly.',
  'unconfirmed-attribution':
    'A claim a source attributes to another party (“OpenAI hints at …”, recorded with whom it is attributed to) checked against that party’s own sources, the ones it publishes, on the same fact. Where the party states a value that can be true with it, the attribution holds and the claim is judged as any other. Where the party states a value that rules it out, or states neither (no claim on the fact, or a description that says something else), it is a finding; that the party’s text does not state it is proven as for “not disclosed”: its snapshot is searched for the property’s terms, and a passage holding one that is not recorded fails the build. A party with no source on this site is not checked: there is nothing to check against.',
  overstated:
    'A comparative claim checked against the figures it relates: a multiple (“nearly doubled”) or a percentage change must fall within its stated range of the actual ratio; an order (“outperforms”) must match the figures’ order.',
  unsupported:
    'A fact about the vendor’s own model, product or company that only secondary sources state and the vendor’s own source does not. The vendor’s silence about third parties means nothing, so those are never flagged.',
  reconciled:
    'Figures that look different but agree once normalized: “~64%” and 62.2%, 0.773 and 77.3%, “+25%” and 1.25×, or a change in an inverse measure (−20% latency is 1 / 0.8 = 1.25×, +25% speed; the registry’s inverseOf says which measures are inverse). Shown with the arithmetic so the agreement can be checked.',
};

/** A quote as typed, what is unusual about it, the text the matcher compares, and whether it matches QUOTE_SAMPLE. */
export interface QuoteExample {
  quote: string;
  note: string;
  folded: string;
  ok: boolean;
}

/** Quote matching, run on the real functions against QUOTE_SAMPLE. */
export function quoteExamples(): QuoteExample[] {
  const snapshot = prepareSnapshot(QUOTE_SAMPLE);
  return [
    { quote: 'Terminal‑Bench 2.0   77.3%', note: 'a no-break hyphen and a run of spaces' },
    { quote: '7.3% 64.0%', note: 'starts in the middle of “77.3%”' },
    { quote: 'Terminal-Bench 2.0 77.3% ... 62.2%', note: 'an ellipsis standing for skipped words' },
  ].map((e) => ({ ...e, folded: foldForQuote(e.quote), ok: quoteOccursIn(e.quote, snapshot) }));
}

/** The pairs of benchmark scores the comparison examples put side by side. */
const SCORE_PAIRS: readonly [string, string][] = [
  ['64', '64.0'],
  ['64', '63.7'],
  ['64.0', '63.7'],
  ['64.0', '62.2'],
  ['~64', '62.2'],
  ['>90', '92'],
  ['>90', '88'],
];

/** Two scores and whether they can both be true (null: not comparable), as the engine's compare function says. */
export interface ComparisonExample {
  a: string;
  b: string;
  result: boolean | null;
}

/** The score property of the registry (the benchmark role "score"), or a stand-in with its shape. */
function scorePropertyOf(data: SiteData): Property {
  return (
    data.content.properties.find((p) => benchmarkRole(p.id, data) === 'score') ??
    propertyEntry({
      id: 'benchmark-score',
      label: 'Benchmark score',
      description: 'What a model scored on a benchmark.',
      valueType: 'number',
      unit: '%',
    })
  );
}

/** An example claim of `property` stating `raw`; throws when the value does not parse. */
function exampleClaim(raw: string, property: Property): Claim {
  const parsed = parseValue(raw, property);
  if (!parsed.ok) throw new Error(`Methodology example "${raw}" does not parse: expected ${parsed.expected}.`);
  return {
    id: `example/${raw}`,
    localId: raw,
    source: 'example',
    subject: 'example',
    property: property.id,
    qualifiers: {},
    value: parsed.value,
    raw,
    unit: '%',
    quote: raw,
    span: { start: 0, end: raw.length },
    figure: null,
    note: null,
    file: '',
    line: 0,
  };
}

/** Normalization, run on the engine's own compare function over SCORE_PAIRS. */
export function comparisonExamples(data: SiteData): ComparisonExample[] {
  const property = scorePropertyOf(data);
  return SCORE_PAIRS.map(([a, b]) => ({
    a,
    b,
    result: compatible(normalize(exampleClaim(a, property), property), normalize(exampleClaim(b, property), property)),
  }));
}

/** The scores the severity formula gives a disputed claim of each tier. */
export interface SeverityRow {
  tier: Tier;
  contradiction: number;
  unsupported: number;
  secondary: number;
}

/** Severity, run on the engine's own formula for each tier. */
export function severityRows(): SeverityRow[] {
  return TIERS.map((tier) => ({
    tier,
    contradiction: severityScore({ tier, vendorReference: true, magnitude: 1 }),
    unsupported: severityScore({ tier, vendorReference: true, magnitude: UNSUPPORTED_MAGNITUDE }),
    secondary: severityScore({ tier, vendorReference: false, magnitude: 1 }),
  }));
}

/** What the three parts show, computed once per page. */
export interface MethodologyData {
  /** Sources whose coverage accounting is not finished. */
  pendingSources: number;
  /** Totals of the analysis. */
  summary: AnalysisSummary;
  quoteExamples: QuoteExample[];
  comparisonExamples: ComparisonExample[];
  /** The range "~64" admits, from APPROX_TOLERANCE. */
  approx: { low: number; high: number };
  /** The magnitude of the smallest gap and of a gap of FULL_GAP or more. */
  magnitude: { min: number; max: number };
  severityRows: SeverityRow[];
  /** Qualifiers that separate facts. */
  identifying: QualifierSpec[];
  /** Qualifiers kept with a figure that do not separate facts. */
  circumstantial: QualifierSpec[];
  /** The lower-case labels of the single-valued text properties (their id where the registry has none). */
  singleValuedTextLabels: string[];
}

/** The methodology pages' data. */
export function methodologyData(data: SiteData): MethodologyData {
  const qualifiers = [...QUALIFIERS.values()];
  return {
    pendingSources: data.content.sources.filter((s) => s.coverage === 'pending').length,
    summary: summarize(data.analysis),
    quoteExamples: quoteExamples(),
    comparisonExamples: comparisonExamples(data),
    approx: { low: 64 * (1 - APPROX_TOLERANCE), high: 64 * (1 + APPROX_TOLERANCE) },
    magnitude: { min: magnitudeFromGap(0), max: magnitudeFromGap(FULL_GAP) },
    severityRows: severityRows(),
    identifying: qualifiers.filter((q) => q.identifying),
    circumstantial: qualifiers.filter((q) => !q.identifying),
    singleValuedTextLabels: [...SINGLE_VALUED_TEXT_PROPERTIES].map((id) => data.propertyById.get(id)?.label.toLowerCase() ?? id),
  };
}
