/**
 * The engine benchmark's synthetic world (scripts/bench-engine.ts): n claims over many subjects and properties,
 * from a vendor and secondary sources of every tier, with figures stated exactly, rounded, as fractions,
 * approximately, as bounds, wrongly, or attributed to the wrong model, and a few very large groups; the same
 * for the same seed (a deterministic PRNG).
 */
import { tierOf } from '../../src/lib/content/validate.ts';
import type { Claim, Entity, Property, Source, SourceKind, Value } from '../../src/lib/types.ts';
import { propertyEntry } from '../../src/schemas/property.ts';
import { SOURCE_KINDS } from '../../src/schemas/source.ts';

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeSource(slug: string, kind: SourceKind, publisher: string | null): Source {
  return {
    slug,
    title: `Synthetic ${slug}`,
    publisher,
    url: null,
    published: null,
    retrieved: null,
    kind,
    tier: tierOf(kind),
    tierRationale: 'synthetic',
    sha256: '0'.repeat(64),
    description: 'synthetic',
    file: `content/sources/${slug}/index.mdx`,
    titled: true,
    notClaims: [],
    coverage: 'checked',
  };
}

function prop(id: string, over: Partial<Property>): Property {
  return propertyEntry({ id, label: id, description: 'synthetic', valueType: 'number', ...over });
}

const PROPERTIES: Property[] = [
  prop('benchmark-score', { unit: '%', requiredQualifiers: ['benchmark'] }),
  prop('parameter-count', { unit: 'parameters' }),
  prop('speed-change', { unit: '% change' }),
  prop('price', { unit: 'USD per 1M tokens', requiredQualifiers: ['direction'] }),
  prop('release-date', { valueType: 'date' }),
  prop('availability', { valueType: 'enum', values: ['available', 'not-yet-available', 'not-available'], requiredQualifiers: ['channel'] }),
  prop('hardware', { valueType: 'text', singleValued: true, requiredQualifiers: ['stage'] }),
  prop('intended-use', { valueType: 'text' }),
  prop('helped-create-itself', { valueType: 'boolean' }),
  prop('score-multiple', { unit: 'x', compares: 'benchmark-score', relation: 'ratio', requiredQualifiers: ['benchmark', 'comparedTo'] }),
  prop('comparison', {
    valueType: 'enum',
    values: ['outperforms', 'matches', 'underperforms'],
    valueOrder: { outperforms: '>', matches: '=', underperforms: '<' },
    compares: 'benchmark-score',
    relation: 'order',
    requiredQualifiers: ['comparedTo'],
  }),
];

export interface Dataset {
  claims: Claim[];
  sources: Source[];
  entities: Entity[];
  properties: Property[];
}

/** One checkable fact of the synthetic world: a group and its true value. */
interface Fact {
  subject: string;
  property: string;
  qualifiers: Record<string, string>;
  /** True figure (numbers) or text. */
  truth: number | string | boolean;
  /** Whether the vendor publishes it. */
  vendor: boolean;
  /** For benchmark scores: the facts of other models on the same benchmark (for misattributions). */
  siblings?: Fact[];
}

/**
 * A deterministic synthetic dataset of n claims. The world has n/8 facts about many models (three
 * quarters of them the vendor's), benchmarks, prices, dates, availability, hardware and comparisons;
 * the vendor states its facts once, and secondary sources repeat facts chosen with a Zipf-like
 * popularity (a few headline figures are repeated thousands of times: very large groups), stating
 * them exactly (70%), at another precision, as a fraction, approximately, as a bound, with another
 * model's figure (misattribution), wrongly, or as a figure nobody else gives (unsupported).
 */
export function generate(n: number, seed = 42): Dataset {
  const rnd = prng(seed ^ n);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const sources: Source[] = [makeSource('vendor', 'vendor', 'OpenAI'), makeSource('vendor-card', 'vendor', 'OpenAI')];
  const kinds: SourceKind[] = SOURCE_KINDS.filter((k) => k !== 'vendor');
  for (let i = 0; i < 40; i++)
    sources.push(makeSource(`s${i}`, kinds[i % kinds.length] as SourceKind, i % 3 === 0 ? null : `Publisher ${i}`));
  const secondary = sources.filter((s) => s.tier !== 1);

  const factCount = Math.max(200, Math.round(n / 8));
  const modelCount = Math.max(10, Math.round(factCount / 60));
  // Enough (model, benchmark) pairs for the score facts, whatever n.
  const benchCount = Math.max(8, Math.ceil((1.5 * factCount) / modelCount));
  const entities: Entity[] = [
    { id: 'openai', kind: 'organization', name: 'OpenAI', aliases: [], description: 'x', file: 'x' },
    { id: 'other-lab', kind: 'organization', name: 'Other Lab', aliases: [], description: 'x', file: 'x' },
  ];
  const models: string[] = [];
  for (let i = 0; i < modelCount; i++) {
    const id = `model-${i}`;
    models.push(id);
    entities.push({
      id,
      kind: 'model',
      name: `Model ${i}`,
      aliases: [],
      description: 'x',
      vendor: i % 4 === 3 ? 'other-lab' : 'openai',
      file: 'x',
    });
  }
  const benches: string[] = [];
  for (let i = 0; i < benchCount; i++) {
    const id = `bench-${i}`;
    benches.push(id);
    entities.push({ id, kind: 'benchmark', name: `Bench ${i}`, aliases: [], description: 'x', higherIsBetter: i % 10 !== 9, file: 'x' });
  }
  const isVendorModel = (m: string) => Number(m.slice(6)) % 4 !== 3;

  // The facts. Benchmark tables first (all models of a table share a benchmark: misattribution material).
  const facts: Fact[] = [];
  const scoreFacts = new Map<string, Fact>();
  while (facts.length < factCount * 0.55) {
    const bench = pick(benches);
    const table: Fact[] = [];
    for (let k = 0; k < 3; k++) {
      const subject = pick(models);
      const key = `${subject}|${bench}`;
      if (scoreFacts.has(key)) continue;
      const fact: Fact = {
        subject,
        property: 'benchmark-score',
        qualifiers: { benchmark: bench },
        truth: Number((20 + rnd() * 75).toFixed(1)),
        vendor: isVendorModel(subject) && rnd() < 0.9,
      };
      scoreFacts.set(key, fact);
      table.push(fact);
      facts.push(fact);
    }
    for (const f of table) f.siblings = table.filter((t) => t !== f);
  }
  while (facts.length < factCount) {
    const subject = pick(models);
    const vendor = isVendorModel(subject) && rnd() < 0.8;
    const r = rnd();
    if (r < 0.15)
      facts.push({
        subject,
        property: 'parameter-count',
        qualifiers: {},
        truth: Math.round(1 + rnd() * 19) * 1e11,
        vendor: vendor && rnd() < 0.2,
      });
    else if (r < 0.3) facts.push({ subject, property: 'speed-change', qualifiers: {}, truth: Math.round(-30 + rnd() * 90), vendor });
    else if (r < 0.45)
      facts.push({
        subject,
        property: 'price',
        qualifiers: { direction: pick(['input', 'output']) },
        truth: Number((1 + rnd() * 60).toFixed(2)),
        vendor,
      });
    else if (r < 0.55)
      facts.push({
        subject,
        property: 'release-date',
        qualifiers: {},
        truth: `2026-0${1 + Math.floor(rnd() * 9)}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
        vendor,
      });
    else if (r < 0.7)
      facts.push({
        subject,
        property: 'availability',
        qualifiers: { channel: pick(['app', 'cli', 'api', 'web']) },
        truth: rnd() < 0.8 ? 'available' : 'not-yet-available',
        vendor,
      });
    else if (r < 0.78)
      facts.push({
        subject,
        property: 'hardware',
        qualifiers: { stage: pick(['training', 'serving']) },
        truth: pick(['NVIDIA GB200 NVL72 systems', 'NVIDIA H100 GPUs', 'TPU v5']),
        vendor,
      });
    else if (r < 0.84)
      facts.push({ subject, property: 'intended-use', qualifiers: {}, truth: `Use case ${Math.floor(rnd() * 50)}`, vendor });
    else if (r < 0.9) facts.push({ subject, property: 'helped-create-itself', qualifiers: {}, truth: rnd() < 0.7, vendor });
    else {
      const [x, y] = [pick([...scoreFacts.values()]), undefined];
      const other = x.siblings?.[0] ?? y;
      if (!other) continue;
      const ratio = (x.truth as number) / (other.truth as number);
      if (rnd() < 0.5)
        facts.push({
          subject: x.subject,
          property: 'score-multiple',
          qualifiers: { benchmark: x.qualifiers.benchmark as string, comparedTo: other.subject },
          truth: ratio,
          vendor: false,
        });
      else
        facts.push({
          subject: x.subject,
          property: 'comparison',
          qualifiers: { benchmark: x.qualifiers.benchmark as string, comparedTo: other.subject },
          truth: ratio > 1.01 ? 'outperforms' : ratio < 0.99 ? 'underperforms' : 'matches',
          vendor: x.vendor && rnd() < 0.3,
        });
    }
  }

  const num = (v: number, decimals: number): Value => ({ type: 'number', value: Number(v.toFixed(decimals)), decimals });
  const claims: Claim[] = [];
  const push = (source: string, fact: Fact, value: Value, unit: string | null, extra: Record<string, string> = {}) => {
    const localId = `c${claims.length}`;
    claims.push({
      id: `${source}/${localId}`,
      localId,
      source,
      subject: fact.subject,
      property: fact.property,
      qualifiers: { ...fact.qualifiers, ...extra },
      value,
      raw: '',
      unit,
      quote: 'synthetic',
      span: { start: 0, end: 9 },
      figure: null,
      note: null,
      file: 'synthetic',
      line: 0,
    });
  };
  /** The fact's value as a source states it; `mode` in [0, 1) picks the variation. */
  const state = (source: string, fact: Fact, mode: number, extra: Record<string, string> = {}) => {
    const t = fact.truth;
    switch (fact.property) {
      case 'benchmark-score': {
        const v = t as number;
        if (mode < 0.7) return push(source, fact, num(v, 1), '%', extra);
        if (mode < 0.76) return push(source, fact, num(v, 0), '%', extra);
        if (mode < 0.81) return push(source, fact, num(v / 100, 3), 'fraction', extra);
        if (mode < 0.86) return push(source, fact, { type: 'approx', value: Math.round(v), decimals: 0 }, '%', extra);
        if (mode < 0.88) return push(source, fact, { type: 'bound', op: '>', value: Math.floor(v / 10) * 10, decimals: 0 }, '%', extra);
        const sibling = fact.siblings?.[0];
        if (mode < 0.93 && sibling) return push(source, fact, num(sibling.truth as number, 1), '%', extra);
        return push(source, fact, num(Math.min(99, v + 2 + rnd() * 10), 1), '%', extra);
      }
      case 'parameter-count':
        return push(
          source,
          fact,
          mode < 0.85
            ? { type: 'number', value: t as number, decimals: -11 }
            : { type: 'number', value: (t as number) * 1.5, decimals: -11 },
          'parameters',
        );
      case 'speed-change':
        if (mode < 0.8) return push(source, fact, num(t as number, 0), '% change');
        if (mode < 0.9) return push(source, fact, { type: 'approx', value: t as number, decimals: 0 }, '% change');
        return push(source, fact, num((t as number) + 15, 0), '% change');
      case 'price':
        if (mode < 0.6) return push(source, fact, num(t as number, 2), 'USD per 1M tokens');
        if (mode < 0.9) return push(source, fact, num((t as number) / 1000, 5), 'USD per 1K tokens');
        return push(source, fact, num((t as number) * 2, 2), 'USD per 1M tokens');
      case 'release-date':
        return push(
          source,
          fact,
          { type: 'date', value: mode < 0.8 ? (t as string) : mode < 0.9 ? (t as string).slice(0, 7) : '2025-12-01' },
          null,
        );
      case 'availability':
        return push(source, fact, { type: 'text', value: mode < 0.85 ? (t as string) : 'not-available' }, null);
      case 'hardware':
        return push(source, fact, { type: 'text', value: mode < 0.85 ? (t as string) : 'NVIDIA H100 GPUs and custom TPUs' }, null);
      case 'intended-use':
        return push(source, fact, { type: 'text', value: mode < 0.5 ? (t as string) : `Use case ${Math.floor(rnd() * 50)}` }, null);
      case 'helped-create-itself':
        return push(source, fact, { type: 'boolean', value: mode < 0.9 ? (t as boolean) : !(t as boolean) }, null);
      case 'score-multiple':
        return push(
          source,
          fact,
          mode < 0.6 ? num(t as number, 2) : { type: 'approx', value: Math.max(1, Math.round(t as number)), decimals: 0 },
          'x',
        );
      default:
        return push(source, fact, { type: 'text', value: mode < 0.8 ? (t as string) : 'outperforms' }, null);
    }
  };

  // The vendor states each of its facts once (its GDPval-style second effort level now and then).
  for (const fact of facts) {
    if (!fact.vendor || claims.length >= n) continue;
    state(rnd() < 0.9 ? 'vendor' : 'vendor-card', fact, 0, fact.property === 'benchmark-score' ? { effort: 'xhigh' } : {});
  }
  // Secondary sources repeat facts by popularity (log-uniform rank ≈ Zipf), now and then inventing one.
  while (claims.length < n) {
    const source = pick(secondary).slug;
    if (rnd() < 0.03) {
      const subject = pick(models);
      const fresh: Fact = {
        subject,
        property: 'benchmark-score',
        qualifiers: { benchmark: `bench-${Math.floor(rnd() * benchCount * 2)}`, variant: pick(['Public', 'Hard']) },
        truth: Number((20 + rnd() * 75).toFixed(1)),
        vendor: false,
      };
      state(source, fresh, rnd());
      continue;
    }
    const rank = Math.min(facts.length - 1, Math.floor(Math.exp(rnd() * Math.log(facts.length))) - 1);
    state(source, facts[rank] as Fact, rnd(), rnd() < 0.1 ? { effort: pick(['xhigh', 'high']) } : {});
  }
  return { claims, sources, entities, properties: PROPERTIES };
}
