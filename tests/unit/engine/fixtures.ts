/** Small literal Claim / Source / Entity / Property builders for the engine's tests. */
import { type Analysis, type AnalysisInput, analyze, type Finding } from '../../../src/lib/engine/index.ts';
import type { Claim, Entity, EntityKind, Property, Source, SourceKind, Tier } from '../../../src/lib/types.ts';
import { parseValue } from '../../../src/lib/values.ts';
import { propertyEntry } from '../../../src/schemas/property.ts';

const TIERS: Record<SourceKind, Tier> = { vendor: 1, press: 2, reference: 2, wiki: 3, glossary: 3, blog: 3, marketing: 4 };

/** A source; kind decides the tier. */
export function source(slug: string, kind: SourceKind = 'blog', over: Partial<Source> = {}): Source {
  return {
    slug,
    title: `Title of ${slug}`,
    publisher: null,
    url: null,
    published: null,
    retrieved: null,
    kind,
    tier: TIERS[kind],
    tierRationale: 'test',
    sha256: '0'.repeat(64),
    description: 'test',
    file: `content/sources/${slug}/index.mdx`,
    titled: true,
    notClaims: [],
    coverage: 'checked',
    ...over,
  };
}

/** An entity. */
export function entity(id: string, kind: EntityKind, over: Partial<Entity> = {}): Entity {
  return { id, kind, name: id.toUpperCase(), aliases: [], description: 'test', file: `content/${kind}s/${id}.mdx`, ...over };
}

/** A property (number in % by default). */
export function property(id: string, over: Partial<Property> = {}): Property {
  return propertyEntry({ id, label: id.replace(/-/g, ' '), description: 'test', valueType: 'number', unit: '%', ...over });
}

/** The property registry used by the fixtures. */
export const PROPERTIES: Property[] = [
  property('benchmark-score', { requiredQualifiers: ['benchmark'] }),
  property('human-baseline'),
  property('score-multiple', {
    unit: 'x',
    compares: 'benchmark-score',
    relation: 'ratio',
    requiredQualifiers: ['benchmark', 'comparedTo'],
  }),
  property('score-change', {
    unit: '% change',
    compares: 'benchmark-score',
    relation: 'percent-change',
    requiredQualifiers: ['benchmark', 'comparedTo'],
  }),
  property('comparison', {
    valueType: 'enum',
    unit: null,
    values: ['outperforms', 'matches', 'underperforms'],
    valueOrder: { outperforms: '>', matches: '=', underperforms: '<' },
    compares: 'benchmark-score',
    relation: 'order',
    requiredQualifiers: ['comparedTo'],
  }),
  property('availability', {
    valueType: 'enum',
    unit: null,
    values: ['available', 'not-yet-available', 'not-available'],
    requiredQualifiers: ['channel'],
  }),
  property('high-risk-request-handling', {
    valueType: 'enum',
    unit: null,
    values: ['routed-to-other-model', 'refused', 'safe-mode-warning', 'allowed'],
    coexistsAcross: ['trigger'],
  }),
  property('steering-setting', { valueType: 'text', singleValued: true, unit: null, coexistsAcross: ['channel'] }),
  property('preparedness-classification', {
    valueType: 'enum',
    unit: null,
    values: ['high', 'medium', 'low'],
    scopedBy: ['domain'],
  }),
  property('hardware', { valueType: 'text', singleValued: true, unit: null, requiredQualifiers: ['stage'] }),
  property('intended-use', { valueType: 'text', unit: null }),
  property('developer', { valueType: 'text', singleValued: true, identifiesDeveloper: true, unit: null }),
  property('full-name', { valueType: 'text', singleValued: true, unit: null }),
  property('helped-create-itself', { valueType: 'boolean', unit: null }),
  property('parameter-count', { unit: 'parameters' }),
  property('max-output-tokens', { unit: 'tokens' }),
  property('speed-change', { unit: '% change' }),
  property('latency-change', { unit: '% change', inverseOf: 'speed-change' }),
  property('prior-ceiling', { bound: 'upper' }),
  property('state-of-the-art', { valueType: 'boolean', unit: null, requiredQualifiers: ['benchmark'] }),
  property('state-of-the-art-coding', { valueType: 'boolean', unit: null, generalizes: 'state-of-the-art' }),
  property('speedup', { unit: 'x' }),
  property('price', { unit: 'USD per 1M tokens', requiredQualifiers: ['direction'] }),
  property('api-endpoint', {
    valueType: 'text',
    unit: null,
    presupposes: { property: 'availability', qualifiers: { channel: 'api' }, value: 'available' },
  }),
  property('task-duration', { unit: 'minutes' }),
  property('release-date', { valueType: 'date', unit: null }),
];

/** The entities used by the fixtures. */
export const ENTITIES: Entity[] = [
  entity('openai', 'organization', { name: 'OpenAI' }),
  entity('anthropic', 'organization', { name: 'Anthropic' }),
  entity('gpt-5-3-codex', 'model', { name: 'GPT-5.3-Codex', vendor: 'openai' }),
  entity('gpt-5-2-codex', 'model', { name: 'GPT-5.2-Codex', vendor: 'openai' }),
  entity('gpt-5-2', 'model', { name: 'GPT-5.2', vendor: 'openai' }),
  entity('claude', 'model', { name: 'Claude', vendor: 'anthropic' }),
  entity('codex', 'product', { name: 'Codex', vendor: 'openai' }),
  entity('terminal-bench-2-0', 'benchmark', { name: 'Terminal-Bench 2.0', higherIsBetter: true }),
  entity('osworld-verified', 'benchmark', { name: 'OSWorld-Verified', higherIsBetter: true }),
  entity('gdpval', 'benchmark', { name: 'GDPval', higherIsBetter: true }),
  entity('swe-bench-pro', 'benchmark', { name: 'SWE-Bench Pro', higherIsBetter: true }),
  entity('latency-bench', 'benchmark', { name: 'Latency Bench', higherIsBetter: false, unit: 'seconds' }),
  entity('cybersecurity-ctf', 'benchmark', { name: 'Cybersecurity CTF', higherIsBetter: true }),
];

/** The vendor source and a few secondary sources of each tier. */
export const SOURCES: Source[] = [
  source('vendor', 'vendor', { publisher: 'OpenAI', title: 'Introducing GPT-5.3-Codex' }),
  source('press', 'press', { publisher: 'Press Co' }),
  source('blog', 'blog', { publisher: 'Blog Inc' }),
  source('promo', 'marketing', { publisher: 'GPT Proto' }),
  source('wiki', 'wiki', { publisher: null, title: 'Wiki entry' }),
];

/** Options of a claim literal. */
export interface ClaimOptions {
  qualifiers?: Record<string, string>;
  unit?: string;
  figure?: string;
  id?: string;
  attributedTo?: string;
}

let counter = 0;

/** A claim parsed like the content loader does (value notation of values.ts). */
export function claim(source: string, subject: string, prop: string, raw: unknown, opts: ClaimOptions = {}): Claim {
  const p = PROPERTIES.find((x) => x.id === prop);
  if (!p) throw new Error(`unknown fixture property ${prop}`);
  const parsed = parseValue(raw, p);
  if (!parsed.ok) throw new Error(`bad fixture value ${String(raw)} for ${prop}: ${parsed.expected}`);
  counter++;
  const localId = opts.id ?? `c${counter}`;
  return {
    id: `${source}/${localId}`,
    localId,
    source,
    subject,
    property: prop,
    qualifiers: opts.qualifiers ?? {},
    value: parsed.value,
    raw: String(raw),
    unit: opts.unit ?? (p.valueType === 'number' ? p.unit : null),
    quote: `quote ${localId}`,
    span: { start: 0, end: `quote ${localId}`.length },
    figure: opts.figure ?? null,
    note: null,
    ...(opts.attributedTo === undefined ? {} : { attributedTo: opts.attributedTo }),
    file: `content/sources/${source}/index.mdx`,
    line: 0,
  };
}

/** A benchmark-score claim. */
export function score(source: string, subject: string, benchmark: string, raw: unknown, opts: ClaimOptions = {}): Claim {
  return claim(source, subject, 'benchmark-score', raw, { ...opts, qualifiers: { benchmark, ...(opts.qualifiers ?? {}) } });
}

/** An analysis input with the fixture sources, entities and properties. */
export function input(claims: Claim[], over: Partial<AnalysisInput> = {}): AnalysisInput {
  return { claims, sources: SOURCES, entities: ENTITIES, properties: PROPERTIES, ...over };
}

/** The vendor's appendix table as claims (three models, four benchmarks, xhigh effort). */
export function vendorTable(): Claim[] {
  const rows: [string, string, string, string][] = [
    ['terminal-bench-2-0', '77.3', '64.0', '62.2'],
    ['osworld-verified', '64.7', '38.2', '37.9'],
    ['cybersecurity-ctf', '77.6', '67.4', '67.7'],
    ['gdpval', '70.9', '', '70.9'],
  ];
  const out: Claim[] = [];
  for (const [bench, a, b, c] of rows) {
    const models: [string, string][] = [
      ['gpt-5-3-codex', a],
      ['gpt-5-2-codex', b],
      ['gpt-5-2', c],
    ];
    for (const [model, v] of models) {
      if (v === '') continue;
      const effort = bench === 'gdpval' && model === 'gpt-5-2' ? 'high' : 'xhigh';
      out.push(score('vendor', model, bench, v, { id: `${bench}-${model}`, qualifiers: { effort } }));
    }
  }
  return out;
}

/** The analysis of `claims` with the fixture sources, entities and properties (input). */
export function analyzed(claims: Claim[], over: Partial<AnalysisInput> = {}): Analysis {
  return analyze(input(claims, over));
}

/** The analysis of the vendor's appendix table (vendorTable) and `claims`. */
export function withVendorTable(...claims: Claim[]): Analysis {
  return analyzed([...vendorTable(), ...claims]);
}

/** An analysis's findings of one kind. */
export function byKind(a: Analysis, kind: Finding['kind']): Finding[] {
  return a.findings.filter((f) => f.kind === kind);
}

/** The verdict an analysis gives a claim. */
export function verdict(a: Analysis, id: string): string | undefined {
  return a.verdicts[id]?.verdict;
}
