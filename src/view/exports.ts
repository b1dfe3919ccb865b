/** Route data for the standard-format exports (/data/annotations*.jsonld …): SiteData in, plain JSON out. */
import type { SiteData } from '../data.ts';
import { findOrganization } from '../lib/engine/context.ts';
import { DISCREPANCY_COLUMNS, DISCREPANCY_SCHEMA } from '../lib/engine/export.ts';
import { type AnnotatedSource, annotationCollection, claimAnnotation } from '../lib/export/annotations.ts';
import { dataPackage, type TableSpec, tableSchema } from '../lib/export/datapackage.ts';
import {
  EEE_SCHEMA_ORIGIN,
  EEE_SCHEMA_VERSION,
  type EvalBenchmark,
  type EvalRecordFile,
  type EvalSource,
  type EvalSubject,
  evalRecords,
  type NotExported,
} from '../lib/export/eval-records.ts';
import { DATA_LICENSE } from '../lib/export/licence.ts';
import { textFragmentUrl } from '../lib/export/text-fragment.ts';
import { CSV_COLUMNS, EXPORT_SCHEMAS } from '../lib/export.ts';
import type { Claim } from '../lib/types.ts';
import { claimHref, entityHref, findingHref, href, sourceHref } from '../urls.ts';
import { benchmarkRole } from './benchmarks.ts';
import {
  bibliographyBibtex,
  type CslItem,
  citedSourceName,
  claimCsl,
  claimStatement,
  documentName,
  findingCsl,
  SITE_NAME,
  sourceCsl,
} from './citations.ts';
import { findingFiles, lastUpdated } from './updated.ts';

/** The annotation files: `annotations.jsonld` (every claim) and `annotations/<slug>.jsonld` (one per source). */
export function annotationFiles(data: SiteData, snapshots: ReadonlyMap<string, string>, site: URL): Map<string, object> {
  const abs = (path: string) => new URL(path, site).href;
  const all: object[] = [];
  const files = new Map<string, object>();
  for (const source of data.content.sources) {
    const snapshot = snapshots.get(source.slug) ?? '';
    const annotated: AnnotatedSource = { ...source, pageUrl: abs(sourceHref(source.slug)), snapshot };
    const items = (data.claimsBySource.get(source.slug) ?? []).map((c) =>
      claimAnnotation({ id: c.id, quote: c.quote, span: c.span, statement: claimStatement(c, data), url: abs(claimHref(c)) }, annotated),
    );
    all.push(...items);
    const name = `annotations/${source.slug}.jsonld`;
    files.set(
      name,
      annotationCollection(abs(href(`data/${name}`)), `${SITE_NAME}: claims of ${citedSourceName(source)}`, items, DATA_LICENSE.path),
    );
  }
  files.set(
    'annotations.jsonld',
    annotationCollection(abs(href('data/annotations.jsonld')), `${SITE_NAME}: every claim`, all, DATA_LICENSE.path),
  );
  return files;
}

/** The four tabular exports: what each holds, its CSV columns, the JSON Schema of its rows and its foreign keys. */
export const TABLES: readonly TableSpec[] = [
  {
    name: 'sources',
    title: 'Sources',
    description:
      "Every archived source: title (empty for a document that states none; its siteDescription is then the site's description of it), publisher, URL, dates (empty when not stated), kind, tier and the sha256 of its snapshot.",
    columns: CSV_COLUMNS.sources,
    jsonSchema: EXPORT_SCHEMAS['sources.schema.json'],
  },
  {
    name: 'entities',
    title: 'Entities',
    description: 'Models, benchmarks, organizations and products that claims are about.',
    columns: CSV_COLUMNS.entities,
    jsonSchema: EXPORT_SCHEMAS['entities.schema.json'],
    foreignKeys: [
      { fields: ['vendor'], reference: { fields: ['id'] } },
      { fields: ['predecessor'], reference: { fields: ['id'] } },
    ],
  },
  {
    name: 'claims',
    title: 'Claims',
    description:
      'Every claim, with its typed value, unit, qualifiers, quote (the snapshot’s own characters at its span, with the span’s offsets), the engine’s verdict and the source’s tier.',
    columns: CSV_COLUMNS.claims,
    jsonSchema: EXPORT_SCHEMAS['claims.schema.json'],
    foreignKeys: [
      { fields: ['source'], reference: { resource: 'sources', fields: ['id'] } },
      { fields: ['subject'], reference: { resource: 'entities', fields: ['id'] } },
    ],
  },
  {
    name: 'discrepancies',
    title: 'Discrepancies',
    description:
      'Every finding the engine computes: conflicts, misattributions, unsupported figures, contradictions, differing accounts, ruled-out presuppositions, scope changes, attributions the attributed party’s own source does not bear out, overstatements and reconciliations.',
    columns: DISCREPANCY_COLUMNS,
    jsonSchema: DISCREPANCY_SCHEMA,
    foreignKeys: [
      { fields: ['subject'], reference: { resource: 'entities', fields: ['id'] } },
      { fields: ['matchedSubject'], reference: { resource: 'entities', fields: ['id'] } },
      { fields: ['attributedTo'], reference: { resource: 'entities', fields: ['id'] } },
    ],
  },
];

/** /data/eval-records/index.json: what the records are, which schema they follow, every record file and every score left out. */
export interface EvalRecordIndex {
  description: string;
  schema: { name: string; version: string; url: string; repository: string; commit: string; path: string };
  /** How many benchmark-score claims the sources make: every one is in a record or in `notExported`. */
  scoreClaims: number;
  records: { url: string; evaluation_id: string; source: string; model: string; evaluator_relationship: string; claims: string[] }[];
  notExported: NotExported[];
}

/** Every benchmark score as an Every Eval Ever record (one file per source and model), and the index of them. */
export function evalRecordFiles(data: SiteData, site: URL): { files: EvalRecordFile[]; index: EvalRecordIndex } {
  const abs = (path: string) => new URL(path, site).href;
  const sources = new Map<string, EvalSource>(
    data.content.sources.map((s) => [
      s.slug,
      {
        ...s,
        publisherOrg: s.publisher ? findOrganization(data.entityById, s.publisher) : null,
        pageUrl: abs(sourceHref(s.slug)),
        updated: lastUpdated([s.file], data.history),
      },
    ]),
  );
  const subjects = new Map<string, EvalSubject>(
    data.content.entities.map((e) => [
      e.id,
      {
        id: e.id,
        name: e.name,
        vendor: e.vendor ?? null,
        vendorName: e.vendor ? (data.entityById.get(e.vendor)?.name ?? null) : null,
        pageUrl: abs(entityHref(e)),
      },
    ]),
  );
  const benchmarks = new Map<string, EvalBenchmark>(
    data.content.entities
      .filter((e) => e.kind === 'benchmark')
      .map((e) => [
        e.id,
        { id: e.id, name: e.name, measures: e.measures ?? null, higherIsBetter: e.higherIsBetter ?? true, pageUrl: abs(entityHref(e)) },
      ]),
  );
  // Which claims are scores is the registry's word (benchmarkRole: score), not a property id in code.
  const claims = data.content.claims
    .filter((c) => benchmarkRole(c.property, data) === 'score')
    .map((c) => ({ ...c, url: abs(claimHref(c)) }));
  const { files, notExported } = evalRecords({ claims, sources, subjects, benchmarks });
  const index: EvalRecordIndex = {
    description: `${SITE_NAME}: every benchmark score the sources state, as Every Eval Ever ${EEE_SCHEMA_VERSION} aggregate records, one per source and model; each evaluation result is one claim, with its quote, the source's link and the sha256 of its snapshot.`,
    schema: { name: 'Every Eval Ever', version: EEE_SCHEMA_VERSION, ...EEE_SCHEMA_ORIGIN },
    scoreClaims: claims.length,
    records: files.map((f) => ({
      url: abs(href(`data/${f.path}`)),
      evaluation_id: f.record.evaluation_id,
      source: f.source,
      model: f.subject,
      evaluator_relationship: f.record.source_metadata.evaluator_relationship,
      claims: f.record.evaluation_results.map((r) => String(r.evaluation_result_id)),
    })),
    notExported,
  };
  return { files, index };
}

/** How a resource description names a source: its own title in quotes, or its slug when the title is this site's description. */
function sourceName(data: SiteData, slug: string): string {
  const source = data.sourceBySlug.get(slug);
  return source?.titled ? `“${source.title}”` : `the source ${slug} (it states no title)`;
}

/** The Data Package descriptor of /data/. */
export function dataPackageDescriptor(data: SiteData, site: URL, version: string, updated: string): object {
  const home = new URL(href('data/'), site).href;
  return dataPackage(
    {
      home,
      title: DATASET_TITLE,
      description: DATASET_DESCRIPTION,
      version,
      created: `${updated}T00:00:00Z`,
      keywords: DATASET_KEYWORDS,
      sources: data.content.sources.map((s) => ({ title: documentName(s), path: s.url ?? new URL(sourceHref(s.slug), site).href })),
      files: [
        ...TABLES.map((t) => ({
          name: `${t.name}-json`,
          path: `${t.name}.json`,
          mediatype: 'application/json',
          description: `${t.title} as JSON (schema: ${t.name}.schema.json).`,
        })),
        {
          name: 'annotations',
          path: 'annotations.jsonld',
          mediatype: 'application/ld+json',
          description: 'Every claim as a W3C Web Annotation of its source.',
        },
        {
          name: 'eval-records',
          path: 'eval-records/index.json',
          mediatype: 'application/json',
          description: `The index of the Every Eval Ever ${EEE_SCHEMA_VERSION} records: every record file, and every benchmark score that no record can hold, with the reason.`,
        },
        ...evalRecordFiles(data, site).files.map((f) => ({
          name: `eval-record-${f.source}-${f.subject}`,
          path: f.path,
          mediatype: 'application/json',
          description: `The benchmark scores of ${data.entityById.get(f.subject)?.name ?? f.subject} stated by ${sourceName(data, f.source)}, as an Every Eval Ever ${EEE_SCHEMA_VERSION} record.`,
        })),
      ],
    },
    TABLES,
  );
}

/** The dataset's name, description and keywords (the Data Package, the schema.org Dataset, CITATION.cff say the same). */
export const DATASET_TITLE = 'Codex Claims: published claims about GPT-5.3-Codex';
export const DATASET_DESCRIPTION =
  'Claims made by published sources about the GPT-5.3-Codex model family, each with its exact quote from an archived snapshot (located tolerating only whitespace and typographic quote and dash variants, shown in the snapshot’s own characters), and the discrepancies computed between them.';
export const DATASET_KEYWORDS = ['GPT-5.3-Codex', 'AI model claims', 'benchmarks', 'fact-checking', 'provenance', 'open data'] as const;

/** /data/citations.json (CSL-JSON of every source, claim and finding) and /data/citations.bib (BibTeX of the same records). */
export function citationFiles(data: SiteData, site: URL): { csl: CslItem[]; bibtex: string } {
  const abs = (path: string) => new URL(path, site).href;
  const csl: CslItem[] = [
    ...data.content.sources.map((s) => sourceCsl(s, abs(sourceHref(s.slug)))),
    ...data.content.claims.map((c) => claimCsl(c, data, abs(claimHref(c)), lastUpdated([c.file], data.history))),
    ...data.analysis.findings.map((f) => findingCsl(f, data, abs(findingHref(f.id)), lastUpdated(findingFiles(f, data), data.history))),
  ];
  return { csl, bibtex: bibliographyBibtex(csl) };
}

/**
 * A link to the live page scrolled to the claim's quote (a URL text fragment built from the snapshot's own
 * characters at the quote), or null when the source states no URL or the quote is not in the snapshot.
 */
export function liveQuoteLink(claim: Claim, data: SiteData, snapshot: string | undefined): string | null {
  const source = data.sourceBySlug.get(claim.source);
  // The claim's quote is the snapshot's own characters at its span (src/lib/content/span.ts).
  return source?.url && snapshot?.slice(claim.span.start, claim.span.end) === claim.quote ? textFragmentUrl(source.url, claim.quote) : null;
}

/** One export table as /data/ and /data/fields/ describe it: its rows, and every field of its JSON file and CSV columns. */
export interface DatasetFields extends TableSpec {
  count: number;
  json: { name: string; description: string }[];
  csv: { name: string; type: string; description: string }[];
}

/** Each export table with its row count and its fields: the JSON file's (its JSON Schema's properties) and the CSV's columns, with their descriptions. */
export function datasetFields(data: SiteData): DatasetFields[] {
  const counts: Record<string, number> = {
    sources: data.content.sources.length,
    entities: data.content.entities.length,
    claims: data.content.claims.length,
    discrepancies: data.analysis.findings.length,
  };
  return TABLES.map((t) => {
    const props = (t.jsonSchema as { items: { properties: Record<string, { description?: string }> } }).items.properties;
    return {
      ...t,
      count: counts[t.name] ?? 0,
      json: Object.entries(props).map(([name, p]) => ({ name, description: p.description ?? '' })),
      csv: tableSchema(t).fields.map((f) => ({ name: f.name, type: f.type, description: f.description })),
    };
  });
}
