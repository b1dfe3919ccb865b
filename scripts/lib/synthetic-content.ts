/**
 * Synthetic content for the scale benchmark: a complete content folder (properties, organizations, models,
 * benchmarks, sources with snapshots whose sha256 is real and claims whose quotes are lines of the snapshot)
 * that passes the same validation as the real content. Deterministic: the same options give the same files.
 * The content has the same shape at every size, so that per-source figures of a benchmark compare like with
 * like: sources come in cohorts of COHORT (the first a vendor's), each cohort states its own model's facts, on
 * benchmarks each scored by MODELS_PER_BENCHMARK models; so every fact has COHORT sources, every benchmark page
 * lists a constant number of models, and the rate of disagreement (1 non-vendor claim in 11 off by 2.5 points,
 * availability statuses that differ) is the same at 250 and 2,000 sources: findings grow with the sources.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** How much content to generate. */
export interface SyntheticOptions {
  sources: number;
  claimsPerSource: number;
}

/** What was generated. */
export interface SyntheticSummary {
  sources: number;
  claims: number;
  models: number;
  benchmarks: number;
  organizations: number;
  properties: number;
}

/** The property registry is the fixture's (tests/fixtures/content/good/properties, and its sections.yaml): the value types the claims below use. */
const PROPERTIES_FROM = 'tests/fixtures/content/good/properties';
const KINDS = ['press', 'blog', 'wiki', 'reference', 'glossary', 'marketing'] as const;
const CHANNELS = ['app', 'cli', 'ide-extension', 'web', 'api'] as const;
const AVAILABILITY = ['available', 'not-yet-available', 'not-available'] as const;
/** Sources per cohort: one vendor source and COHORT - 1 others, all about the cohort's model. */
const COHORT = 10;
/** Benchmark scores per source (claims 0-29 of every 40). */
const SCORES = 30;
/** Models scored on each benchmark (so a benchmark page lists this many models, at any size). */
const MODELS_PER_BENCHMARK = 10;
const ORGANIZATIONS = 5;

/** Number of models for a number of sources: one per cohort of COHORT sources (at least one). */
export function modelCount(sources: number): number {
  return Math.max(1, Math.ceil(sources / COHORT));
}

/** Number of benchmarks: enough that each is scored by MODELS_PER_BENCHMARK models (at least SCORES). */
export function benchmarkCount(sources: number): number {
  return Math.max(SCORES, Math.ceil((modelCount(sources) * SCORES) / MODELS_PER_BENCHMARK));
}

const pad = (n: number, width = 4): string => String(n).padStart(width, '0');
const yamlString = (s: string): string => JSON.stringify(s);

function write(path: string, text: string): void {
  writeFileSync(path, text);
}

/** Writes a content folder at `dir` (which must be empty or missing) and returns what it holds. */
export function writeSyntheticContent(dir: string, options: SyntheticOptions): SyntheticSummary {
  const models = modelCount(options.sources);
  const benchmarks = benchmarkCount(options.sources);
  for (const folder of ['properties', 'organizations', 'models', 'benchmarks', 'products', 'sources'])
    mkdirSync(join(dir, folder), { recursive: true });
  const properties = readdirSync(PROPERTIES_FROM).filter((f) => f.endsWith('.yaml'));
  for (const file of properties) copyFileSync(join(PROPERTIES_FROM, file), join(dir, 'properties', file));
  // The registry's sections, which the copied properties name.
  copyFileSync(join(PROPERTIES_FROM, '..', 'sections.yaml'), join(dir, 'sections.yaml'));

  for (let o = 1; o <= ORGANIZATIONS; o++) {
    write(
      join(dir, 'organizations', `vendor-${o}.mdx`),
      `---\nname: Vendor ${o}\naliases: []\ndescription: Synthetic organization ${o}.\n---\nA synthetic organization.\n`,
    );
  }
  for (let m = 1; m <= models; m++) {
    write(
      join(dir, 'models', `model-${pad(m)}.mdx`),
      `---\nname: Model ${m}\naliases: [M${m}]\ndescription: Synthetic model ${m}.\nvendor: vendor-${((m - 1) % ORGANIZATIONS) + 1}\nfamily: null\npredecessor: null\n---\nA synthetic model.\n`,
    );
  }
  for (let b = 1; b <= benchmarks; b++) {
    write(
      join(dir, 'benchmarks', `bench-${pad(b)}.mdx`),
      `---\nname: Bench ${b}\naliases: [B${b}]\ndescription: Synthetic benchmark ${b}.\nmeasures: How often a model solves synthetic task set ${b}.\nunit: "%"\nhigherIsBetter: true\n---\nA synthetic benchmark.\n`,
    );
  }

  let claims = 0;
  for (let s = 1; s <= options.sources; s++) {
    const slug = `source-${pad(s, 5)}`;
    const cohort = Math.floor((s - 1) / COHORT);
    const vendor = (s - 1) % COHORT === 0;
    // The cohort's model; every claim of the source is about it.
    const model = cohort + 1;
    const kind = vendor ? 'vendor' : KINDS[s % KINDS.length];
    const lines: string[] = [`Synthetic source ${s}`, '', `This ${kind} document is generated for the scale benchmark.`];
    const items: string[] = [];
    for (let n = 0; n < options.claimsPerSource; n++) {
      const id = `c-${pad(n, 3)}`;
      const slot = n % 40;
      let item: string;
      if (slot < 30) {
        // A benchmark score for one of a run of (model, benchmark) pairs; non-vendor sources sometimes differ.
        // Model m is scored on SCORES consecutive benchmarks from m * SCORES / MODELS_PER_BENCHMARK on (wrapping).
        const bench = ((Math.floor((cohort * SCORES) / MODELS_PER_BENCHMARK) + (n % SCORES)) % benchmarks) + 1;
        const base = 40 + (((model * 31 + bench) * 37) % 500) / 10;
        const value = (!vendor && (s + n) % 11 === 0 ? base + 2.5 : base).toFixed(1);
        const quote = `Model ${model} scores ${value}% on Bench ${bench} in run ${s}-${n}.`;
        lines.push(quote);
        item = `  - id: ${id}\n    subject: model-${pad(model)}\n    property: benchmark-score\n    qualifiers:\n      benchmark: bench-${pad(bench)}\n    value: "${value}"\n    unit: "%"\n    quote: ${yamlString(quote)}\n    figure: "${value}%"`;
      } else if (slot < 35) {
        const channel = CHANNELS[n % CHANNELS.length] as string;
        const status = AVAILABILITY[(s + n) % (vendor ? 1 : AVAILABILITY.length)] as string;
        const quote = `Model ${model} is ${status.replace(/-/g, ' ')} in the ${channel} channel (note ${s}-${n}).`;
        lines.push(quote);
        item = `  - id: ${id}\n    subject: model-${pad(model)}\n    property: availability\n    qualifiers:\n      channel: ${channel}\n    value: ${status}\n    quote: ${yamlString(quote)}`;
      } else if (slot < 38) {
        const date = `2026-${pad((model % 12) + 1, 2)}-${pad((model % 27) + 1, 2)}`;
        const quote = `Model ${model} was released on ${date} (entry ${s}-${n}).`;
        lines.push(quote);
        item = `  - id: ${id}\n    subject: model-${pad(model)}\n    property: release-date\n    value: ${date}\n    quote: ${yamlString(quote)}`;
      } else if (slot === 38) {
        const tokens = 4096 * ((model % 8) + 1);
        const quote = `Model ${model} writes up to ${tokens} output tokens per reply (entry ${s}-${n}).`;
        lines.push(quote);
        item = `  - id: ${id}\n    subject: model-${pad(model)}\n    property: max-output-tokens\n    value: "${tokens}"\n    unit: tokens\n    quote: ${yamlString(quote)}`;
      } else {
        const quote = `Model ${model} is called model-${model}-latest in the API (entry ${s}-${n}).`;
        lines.push(quote);
        item = `  - id: ${id}\n    subject: model-${pad(model)}\n    property: model-identifier\n    value: model-${model}-latest\n    quote: ${yamlString(quote)}`;
      }
      items.push(item);
      claims++;
    }
    const snapshot = `${lines.join('\n')}\n`;
    const sha256 = createHash('sha256').update(snapshot).digest('hex');
    mkdirSync(join(dir, 'sources', slug), { recursive: true });
    write(join(dir, 'sources', slug, 'snapshot.txt'), snapshot);
    write(
      join(dir, 'sources', slug, 'index.mdx'),
      `---\ntitle: Synthetic source ${s}\npublisher: ${vendor ? `Vendor ${((s - 1) % ORGANIZATIONS) + 1}` : 'null'}\nurl: null\npublished: null\nretrieved: null\nkind: ${kind}\ntierRationale: >-\n  Generated for the scale benchmark.\nsha256: ${sha256}\ndescription: Synthetic source ${s} for the scale benchmark.\nnotClaims:\n  - quote: "Synthetic source ${s}"\n    reason: heading\n  - quote: "This ${kind} document is generated for the scale benchmark."\n    reason: metadata\nclaims:\n${items.join('\n')}\n---\nA generated ${kind} source with ${options.claimsPerSource} claims.\n`,
    );
  }
  return { sources: options.sources, claims, models, benchmarks, organizations: ORGANIZATIONS, properties: properties.length };
}
