/**
 * Builds the Pagefind index with Pagefind's Node API, and fails the build on any Pagefind error or on a search
 * result that would lead nowhere. The /search/ page searches through Pagefind's JS API (pagefind.js); the
 * prebuilt UIs Pagefind writes next to the index are removed.
 *
 * What goes in (see src/lib/search/records.ts):
 * - one record per claim and per finding, computed from the data (the pipeline, src/site/pipeline.ts, as
 *   the pages use it) and pointing at its permalink page, which must exist in the build; the records are
 *   staged as small HTML files and read in one call (stageRecords), and each must come out at its URL. This
 *   starts in `astro:build:start`: a worker thread prepares and stages them (src/integrations/search-prepare.ts)
 *   and Pagefind indexes them in its own process while Astro builds the pages;
 * - in `astro:build:done`, every other built page with data-pagefind-body, read from disk, with its type,
 *   filters and name variants added as hidden data-pagefind-filter/meta elements (the file on disk is not changed).
 * Header, footer and breadcrumbs carry data-pagefind-ignore; EXCLUDE keeps the rest of the repeated
 * boilerplate out of the index and of excerpts. Next to the index it writes search-hints.json (see
 * searchHints): best bets for queries that name an entity exactly, the entities and a vocabulary for the
 * zero-result page.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { foldForIndex, normalizeQuery } from '../lib/search/normalize.ts';
import { type EntityHint, STOP_WORDS } from '../lib/search/query.ts';
import { bestBetTable, exactNameQueries } from '../lib/search/rank.ts';
import {
  annotationHtml,
  annotatorOf,
  ENTITY_SECTIONS,
  type SearchInput,
  type SearchRecord,
  siteUrl,
  TYPE_OF_KIND,
} from '../lib/search/records.ts';
import { type PreparedSearch, prepareInWorker, type RecordTarget, stageRecords } from './search-prepare.ts';

export { loadSearchInput } from './search-prepare.ts';

/**
 * Pages left out of the index: pre-rendered filtered lists of findings (/discrepancies/kind/conflict/ …)
 * repeat findings that are already searchable one by one.
 */
export const SKIP = [/^discrepancies\/(kind|severity|model|source)\//];

/**
 * Repeated furniture inside <main> that must not be searched or shown in excerpts: citation markers, "cite
 * this" blocks, table headers and captions, in-page navigation, the type eyebrow above a title (the result
 * shows the type), and charts (their figures are in the table beside them).
 */
export const EXCLUDE = ['.cite', 'pre.cite', 'thead', 'caption', 'nav', '.eyebrow', 'figure.chart', '[data-search-skip]'];

/** Pagefind's prebuilt UIs, which it writes next to the index; /search/ has its own (src/client/search-*.ts) over pagefind.js. */
export const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** The HTML as indexed: dashes folded, and a term and its description kept apart ("Measures: The …", not "MeasuresThe …"). */
export function htmlForIndex(html: string): string {
  return foldForIndex(html)
    .replace(/<\/dt>/g, '</dt>: ')
    .replace(/<\/dd>/g, '</dd> ');
}

/** What the built fragments tell: each page's result id by URL, and the result ids in each fragment file. */
export interface FragmentMap {
  ids: Map<string, string>;
  files: string[][];
}

/**
 * The fragments of one built fragment file, as [result id, fragment] pairs. A fragment file (gzip of
 * "pagefind_dcd" + JSON) holds one page's fragment, named by its result id, or, when Pagefind bundles
 * fragments (en_group_*, with its maxFragments option), an object of fragments keyed by result id.
 */
export function readFragmentFile(file: string): [string, unknown][] {
  const bytes = gunzipSync(readFileSync(file));
  if (bytes.subarray(0, 12).toString() !== 'pagefind_dcd') {
    throw new Error(`Search: ${file} is not a Pagefind fragment this build understands (did Pagefind's format change?).`);
  }
  const json = JSON.parse(bytes.subarray(12).toString('utf8')) as Record<string, unknown>;
  const name = basename(file);
  return /_group_/.test(name) ? Object.entries(json) : [[name.replace(/\.pf_fragment$/, ''), json]];
}

/**
 * Reads the built fragments (readFragmentFile). This build keeps one per result (0.6 kB on average): a first
 * search fetches the ten fragments of the cards it shows, where bundles of 40 pages cost 48–55 kB for the
 * same ten cards (docs/benchmarks.md).
 */
export function readFragments(bundle: string): FragmentMap {
  const ids = new Map<string, string>();
  const files: string[][] = [];
  const dir = join(bundle, 'fragment');
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.pf_fragment'))
    .sort()) {
    const fragments = readFragmentFile(join(dir, name));
    files.push(fragments.map(([id]) => id));
    for (const [id, fragment] of fragments) {
      const url = (fragment as { url?: unknown } | null)?.url;
      if (typeof url === 'string') ids.set(url, id);
    }
  }
  return { ids, files };
}

/** What the search page fetches next to the index: see searchHints. */
export interface SearchHints {
  /** Exact-name query → result id of the entity's page (src/lib/search/rank.ts). */
  bestBets: Record<string, string>;
  /** Every entity, for the zero-result page's "closest pages" (closestEntities in src/lib/search/query.ts). */
  entities: EntityHint[];
  /** Words of names, result titles and texts (4 letters or more, no digits), commonest first: spelling suggestions. */
  vocabulary: string[];
}

/** The words of texts for spelling suggestions: lowercase, 4+ letters, no digits, commonest first (ties in first-seen order). */
export function vocabularyOf(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const word of normalizeQuery(text).split(/[^\p{L}]+/u))
      if (word.length >= 4 && !STOP_WORDS.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
}

/** The hints for the search page (pagefind/search-hints.json): best bets, entities and the vocabulary (`titles`: the records' titles and texts). */
export function searchHints(
  input: { content: Pick<SearchInput['content'], 'entities'> },
  fragments: FragmentMap,
  titles: readonly string[] = [],
): SearchHints {
  const entities = input.content.entities.map((e) => ({ ...e, url: siteUrl(`${ENTITY_SECTIONS[e.kind]}/${e.id}/`) }));
  return {
    bestBets: bestBetTable(entities, fragments.ids),
    entities: entities.map((e) => ({ name: e.name, kind: TYPE_OF_KIND[e.kind], url: e.url, names: exactNameQueries(e) })),
    vocabulary: vocabularyOf([...entities.flatMap((e) => [e.name, ...e.aliases]), ...titles]),
  };
}

/** Every .html file under `root`, as paths relative to it with "/" separators, sorted. */
function htmlFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' && dir === root ? [] : htmlFiles(root, full);
      return entry.name.endsWith('.html') ? [relative(root, full).split(sep).join('/')] : [];
    })
    .sort();
}

/** The section of the site a record's page is in ("claims", "discrepancies"). */
const sectionOf = (r: RecordTarget): string => r.file.split('/')[0] ?? '';

/**
 * Keeps the records whose page was built. A section that was not built at all (no claims/ or
 * discrepancies/ folder yet) is skipped with a warning; a missing page in a built section fails the build,
 * since its search result would lead to a 404.
 */
export function planRecords<R extends RecordTarget>(site: string, records: R[], warn: (message: string) => void): R[] {
  const absent = new Set(records.map(sectionOf).filter((s) => !existsSync(join(site, s))));
  for (const s of absent)
    warn(
      `Search: no /${s}/ pages were built, so their ${records.filter((r) => sectionOf(r) === s).length} records are left out of the index.`,
    );
  const kept = records.filter((r) => !absent.has(sectionOf(r)));
  const missing = kept.filter((r) => !existsSync(join(site, r.file)));
  if (missing.length > 0) {
    throw new Error(
      [
        `Pagefind failed while checking result pages: ${missing.length} claim/finding results would lead to a missing page.`,
        'Each claim needs /claims/<source>/<id>/ and each finding /discrepancies/<id>/ (see src/lib/search/records.ts):',
        ...missing.slice(0, 10).map((r) => `  - ${r.url} (expected ${r.file})`),
        ...(missing.length > 10 ? [`  … and ${missing.length - 10} more`] : []),
      ].join('\n'),
    );
  }
  return kept;
}

/** Adds the `count` records staged under `stage` (stageRecords) to the index in one call; throws when Pagefind reports an error or reads another number of them. */
async function addStaged(index: pagefind.PagefindIndex, stage: string, count: number): Promise<void> {
  const added = await index.addDirectory({ path: stage });
  const problems = [
    ...added.errors,
    ...(added.page_count === count ? [] : [`it read ${added.page_count} of the ${count} records staged in ${stage}`]),
  ];
  if (problems.length > 0)
    throw new Error(`Pagefind failed while indexing the claims and findings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

/** Adds the records to the index (staged by stageRecords and read in one call); throws when Pagefind reports an error or reads another number of them. */
export async function addRecords(index: pagefind.PagefindIndex, records: readonly SearchRecord[]): Promise<void> {
  const stage = mkdtempSync(join(tmpdir(), 'codex-claims-records-'));
  try {
    stageRecords(stage, records);
    await addStaged(index, stage, records.length);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** The options every index of this site is created with. */
const INDEX_OPTIONS: pagefind.PagefindServiceConfig = { forceLanguage: 'en', excludeSelectors: EXCLUDE };

/** A new Pagefind index; throws Pagefind's errors. */
async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index || errors.length > 0)
    throw new Error(`Pagefind failed while creating the index:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  return index;
}

/** An index holding every claim and finding record, started before the pages are built (see startIndexing). */
interface RecordsIndexed {
  prepared: PreparedSearch;
  index: pagefind.PagefindIndex;
}

/**
 * Prepares the records in a worker thread (prepareInWorker), staged in a new folder, and has Pagefind index them
 * (those of the sections `leaveOut` names excepted), while this thread goes on building the pages. Resolves once
 * they are all indexed and the staging folder is removed (tens of thousands of files: removed off this thread).
 */
async function startIndexing(leaveOut: ReadonlySet<string> = new Set()): Promise<RecordsIndexed> {
  const stage = await mkdtemp(join(tmpdir(), 'codex-claims-records-'));
  try {
    const prepared = await prepareInWorker(stage);
    for (const section of leaveOut) await rm(join(stage, section), { recursive: true, force: true });
    const staged = prepared.records.filter((r) => !leaveOut.has(sectionOf(r)));
    const index = await newIndex();
    await addStaged(index, stage, staged.length);
    return { prepared: { ...prepared, records: staged }, index };
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

/** The records that have no result at their URL in the written index, each as a sentence (at most `limit`, then a count). */
export function unindexedRecords(records: readonly RecordTarget[], fragments: FragmentMap, limit = 10): string[] {
  const lost = records.filter((r) => !fragments.ids.has(r.url));
  return [
    ...lost.slice(0, limit).map((r) => `${r.url} (a record for ${r.file}) has no result in the index: did Pagefind give it another URL?`),
    ...(lost.length > limit ? [`… and ${lost.length - limit} more`] : []),
  ];
}

/** The search-index integration. */
export function pagefindIndex(): AstroIntegration {
  // Started when the build starts, awaited when it is done: the records are indexed while the pages are built.
  let indexing: Promise<RecordsIndexed> | null = null;
  return {
    name: 'codex-claims:pagefind',
    hooks: {
      'astro:build:start': () => {
        indexing = startIndexing();
        // Awaited in astro:build:done; a build that fails before then must not also report it as unhandled.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (step: string, errors: string[]): never => {
          throw new Error(`Pagefind failed while ${step}:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
        };
        const started = indexing ?? startIndexing();
        indexing = null;
        try {
          let { prepared, index } = await started;
          const records = planRecords(site, prepared.records, (m) => logger.warn(m));
          if (records.length < prepared.records.length) {
            // A section whose pages were not built at all (a partial site): the records are indexed again without its own.
            await index.deleteIndex();
            const built = new Set(records.map(sectionOf));
            ({ prepared, index } = await startIndexing(new Set(prepared.records.map(sectionOf).filter((s) => !built.has(s)))));
          }
          const replaced = new Set(records.map((r) => r.file));
          const pageFiles = htmlFiles(site).filter((file) => !replaced.has(file) && !SKIP.some((re) => re.test(file)));
          const annotate = annotatorOf(prepared.annotations);
          let pages = 0;
          for (const file of pageFiles) {
            const html = readFileSync(join(site, file), 'utf8');
            if (!html.includes('data-pagefind-body')) continue;
            const path = file.replace(/(^|\/)index\.html$/, '$1');
            const annotated = htmlForIndex(html).replace('</body>', `${annotationHtml(annotate(path))}</body>`);
            const added = await index.addHTMLFile({ url: siteUrl(path), content: annotated });
            if (added.errors.length > 0) fail(`indexing ${file}`, added.errors);
            pages++;
          }
          if (pages === 0) fail('indexing the built pages', ['no page was indexed: is data-pagefind-body missing from <main>?']);
          const bundle = join(site, 'pagefind');
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length > 0) fail('writing the index', written.errors);
          for (const unused of UNUSED_UI_FILES) rmSync(join(bundle, unused), { force: true });
          const fragments = readFragments(bundle);
          const lost = unindexedRecords(records, fragments);
          if (lost.length > 0) fail('checking the index', lost);
          const titles = [...records.flatMap((r) => r.words), ...prepared.sourceTitles];
          writeFileSync(
            join(bundle, 'search-hints.json'),
            JSON.stringify(searchHints({ content: { entities: prepared.entities } }, fragments, titles)),
          );
          logger.info(`Pagefind indexed ${pages} pages and ${records.length} claims and findings.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
