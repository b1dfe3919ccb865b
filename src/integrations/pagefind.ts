/**
 * Builds the Pagefind index in `astro:build:done` with Pagefind's Node API, and fails the build on any
 * Pagefind error or on a search result that would lead nowhere. Pagefind also writes its Component UI
 * files into /pagefind/ (used only by /search/).
 *
 * What goes in (see src/lib/search/records.ts):
 * - one record per claim and per finding, computed from the data (the pipeline, src/site/pipeline.ts, as
 *   the pages use it) and pointing at its permalink page, which must exist in the build;
 * - every other built page with data-pagefind-body, read from disk, with its type, filters and name
 *   variants added as hidden data-pagefind-filter/meta elements (the file on disk is not changed).
 * Header, footer and breadcrumbs carry data-pagefind-ignore; EXCLUDE keeps the rest of the repeated
 * boilerplate out of the index and of excerpts. Next to the index it writes search-hints.json (see
 * searchHints): best bets for queries that name an entity exactly, and which results to load to warm up.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { foldForIndex } from '../lib/search/normalize.ts';
import { bestBetTable } from '../lib/search/rank.ts';
import {
  annotationHtml,
  claimRecords,
  ENTITY_SECTIONS,
  findingRecords,
  pageAnnotation,
  type SearchInput,
  type SearchRecord,
  siteUrl,
} from '../lib/search/records.ts';
import { loadSite } from '../site/pipeline.ts';

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

/** Pagefind's older UIs, which it writes next to the index; the site uses only the Component UI. */
export const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

/** The HTML as indexed: dashes folded, and a term and its description kept apart ("Measures: The …", not "MeasuresThe …"). */
export function htmlForIndex(html: string): string {
  return foldForIndex(html)
    .replace(/<\/dt>/g, '</dt>: ')
    .replace(/<\/dd>/g, '</dd> ');
}

/** The content and its analysis from the pipeline, exactly as the pages use them. Throws the validator's report on errors. */
export function loadSearchInput(): SearchInput {
  const { content, analysis } = loadSite();
  return { content, analysis };
}

/** What the built fragments tell: each page's result id by URL, and the result ids in each fragment file. */
export interface FragmentMap {
  ids: Map<string, string>;
  files: string[][];
}

/**
 * Reads the built fragments. A fragment file (gzip of "pagefind_dcd" + JSON) holds one page's fragment,
 * named by its result id, or, when fragments are bundled (en_group_*), an object of fragments keyed by
 * result id.
 */
export function readFragments(bundle: string): FragmentMap {
  const ids = new Map<string, string>();
  const files: string[][] = [];
  const dir = join(bundle, 'fragment');
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.pf_fragment'))
    .sort()) {
    const bytes = gunzipSync(readFileSync(join(dir, name)));
    if (bytes.subarray(0, 12).toString() !== 'pagefind_dcd') {
      throw new Error(`Search: ${join(dir, name)} is not a Pagefind fragment this build understands (did Pagefind's format change?).`);
    }
    const json = JSON.parse(bytes.subarray(12).toString('utf8')) as Record<string, unknown>;
    const fragments: [string, unknown][] = /_group_/.test(name) ? Object.entries(json) : [[name.replace(/\.pf_fragment$/, ''), json]];
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
  /** What focusing the search box loads: the whole word index, and the data of these results (one per fragment file). */
  warm: { index: boolean; results: string[] };
}

/**
 * Warming up, and how it scales. Pagefind writes one fragment (a result's text and metadata) per page and
 * loads it when the result is shown. A small site bundles them, about pagesPerFragmentFile pages per file
 * (they also compress better together: about 90 kB instead of 190 kB here), and the search page loads the
 * whole word index and every fragment file when its box is focused, so no query waits for the network.
 * A site too large for that keeps Pagefind's lazy loading, page by page.
 */
export const WARM_UP = {
  /** Above this many pages, fragments stay one per page. */
  maxPages: 2000,
  /** Pages per fragment file when bundled. */
  pagesPerFragmentFile: 40,
  /** Warm up only when the word index and the fragments together are at most this many bytes. */
  maxBytes: 512 * 1024,
} as const;

/** The maxFragments option for a site of `pages` pages: bundled when small (see WARM_UP), Pagefind's default otherwise. */
export function fragmentFiles(pages: number): number | undefined {
  return pages <= WARM_UP.maxPages ? Math.max(1, Math.ceil(pages / WARM_UP.pagesPerFragmentFile)) : undefined;
}

/** Total size in bytes of the files in a folder. */
function folderBytes(dir: string): number {
  return existsSync(dir) ? readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0) : 0;
}

/**
 * The hints for the search page (pagefind/search-hints.json): best bets, and what to warm up when the word
 * index and fragments (`indexBytes` together) are small enough; fragments only when they are bundled.
 */
export function searchHints(input: SearchInput, fragments: FragmentMap, indexBytes: number): SearchHints {
  const entities = input.content.entities.map((e) => ({ ...e, url: siteUrl(`${ENTITY_SECTIONS[e.kind]}/${e.id}/`) }));
  const small = indexBytes <= WARM_UP.maxBytes;
  const bundled = fragments.files.length < fragments.ids.size;
  return {
    bestBets: bestBetTable(entities, fragments.ids),
    warm: { index: small, results: small && bundled ? fragments.files.map((ids) => ids[0]).filter((id) => id !== undefined) : [] },
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

/**
 * Keeps the records whose page was built. A section that was not built at all (no claims/ or
 * discrepancies/ folder yet) is skipped with a warning; a missing page in a built section fails the build,
 * since its search result would lead to a 404.
 */
export function planRecords(site: string, records: SearchRecord[], warn: (message: string) => void): SearchRecord[] {
  const section = (r: SearchRecord): string => r.file.split('/')[0] ?? '';
  const absent = new Set(records.map(section).filter((s) => !existsSync(join(site, s))));
  for (const s of absent)
    warn(
      `Search: no /${s}/ pages were built, so their ${records.filter((r) => section(r) === s).length} records are left out of the index.`,
    );
  const kept = records.filter((r) => !absent.has(section(r)));
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

/** The search-index integration. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'codex-claims:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (step: string, errors: string[]): never => {
          throw new Error(`Pagefind failed while ${step}:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
        };
        const input = loadSearchInput();
        const records = planRecords(site, [...claimRecords(input), ...findingRecords(input)], (m) => logger.warn(m));
        const replaced = new Set(records.map((r) => r.file));
        const pageFiles = htmlFiles(site).filter((file) => !replaced.has(file) && !SKIP.some((re) => re.test(file)));
        const maxFragments = fragmentFiles(pageFiles.length + records.length);
        const { index, errors } = await pagefind.createIndex({
          forceLanguage: 'en',
          excludeSelectors: EXCLUDE,
          ...(maxFragments === undefined ? {} : { maxFragments }),
        });
        if (!index || errors.length > 0) fail('creating the index', errors);
        try {
          let pages = 0;
          for (const file of pageFiles) {
            const html = readFileSync(join(site, file), 'utf8');
            if (!html.includes('data-pagefind-body')) continue;
            const path = file.replace(/(^|\/)index\.html$/, '$1');
            const annotated = htmlForIndex(html).replace('</body>', `${annotationHtml(pageAnnotation(input, path))}</body>`);
            const added = await index!.addHTMLFile({ url: siteUrl(path), content: annotated });
            if (added.errors.length > 0) fail(`indexing ${file}`, added.errors);
            pages++;
          }
          if (pages === 0) fail('indexing the built pages', ['no page was indexed: is data-pagefind-body missing from <main>?']);
          for (const record of records) {
            const added = await index!.addCustomRecord({
              url: record.url,
              content: record.content,
              language: 'en',
              meta: record.meta,
              filters: record.filters,
            });
            if (added.errors.length > 0) fail(`indexing ${record.url}`, added.errors);
          }
          const bundle = join(site, 'pagefind');
          const written = await index!.writeFiles({ outputPath: bundle });
          if (written.errors.length > 0) fail('writing the index', written.errors);
          for (const unused of UNUSED_UI_FILES) rmSync(join(bundle, unused), { force: true });
          const indexBytes = folderBytes(join(bundle, 'index')) + folderBytes(join(bundle, 'fragment'));
          writeFileSync(join(bundle, 'search-hints.json'), JSON.stringify(searchHints(input, readFragments(bundle), indexBytes)));
          logger.info(`Pagefind indexed ${pages} pages and ${records.length} claims and findings.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
