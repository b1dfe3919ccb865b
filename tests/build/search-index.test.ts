/**
 * The claim and finding records reach Pagefind as staged HTML files read in one call (addRecords), not one
 * addCustomRecord call each (quadratic in Pagefind: docs/benchmarks.md). These tests run the real Pagefind
 * and prove the two ways give the same results: every fragment (text, metadata, filters, word count) is equal,
 * record by record, for the site's own records and for values that HTML could mangle. And the integration's
 * hooks, run on a copy of the main build: the records indexed from astro:build:start come out as the main
 * build's, and a section whose pages were not built leaves its records out.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, test } from 'vitest';
import { addRecords, loadSearchInput, pagefindIndex, readFragmentFile, readFragments } from '../../src/integrations/pagefind.ts';
import { claimRecords, findingRecords, type SearchRecord } from '../../src/lib/search/records.ts';
import { mainSite } from './main-site.ts';

const dirs: string[] = [];

afterAll(async () => {
  await pagefind.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Every fragment of a written bundle, by its URL. */
function fragmentsByUrl(bundle: string): Map<string, unknown> {
  const folder = join(bundle, 'fragment');
  const fragments = readdirSync(folder).flatMap((name) => readFragmentFile(join(folder, name)).map(([, fragment]) => fragment));
  return new Map(fragments.map((fragment) => [(fragment as { url: string }).url, fragment]));
}

/** Indexes the records one way or the other into a new bundle and returns its folder. */
async function bundleOf(records: readonly SearchRecord[], way: 'one by one' | 'staged'): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'codex-claims-search-index-'));
  dirs.push(dir);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  expect(errors).toEqual([]);
  if (way === 'staged') await addRecords(index!, records);
  else
    for (const r of records) {
      const added = await index!.addCustomRecord({ url: r.url, content: r.content, language: 'en', meta: r.meta, filters: r.filters });
      expect(added.errors).toEqual([]);
    }
  const written = await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
  expect(written.errors).toEqual([]);
  await index!.deleteIndex();
  return join(dir, 'pagefind');
}

/** Records with values that HTML escaping, empty elements or nested folders could change. */
const TRICKY: SearchRecord[] = [
  {
    url: '/claims/a-source/price-in/',
    file: 'claims/a-source/price-in/index.html',
    content: 'GPT-5.3-Codex: price <input> & "cached" — $1.75 per 1M tokens. “Quoted”, it says: <b>not bold</b>.',
    meta: { title: 'A & B <c> "d"', value: '$1.75 / 1M tokens', source: 'GPT Proto: “Title” & more', about: '' },
    filters: {
      type: ['Claim'],
      model: ['GPT-5.3-Codex'],
      source: ['GPT Proto: “Title” & more'],
      'finding kind': ['Conflict', 'Scope widened'],
    },
  },
  {
    url: '/discrepancies/conflict-x/',
    file: 'discrepancies/conflict-x/index.html',
    content: 'Conflict · x.   Two  spaces, a\ttab and a line\nbreak.',
    meta: { title: 'Conflict · x', value: '1 · 2', source: 'a; b', about: 'x, y' },
    filters: { type: ['Finding'] },
  },
];

describe('claims and findings in the search index', () => {
  test("staged and one by one give the same fragment for each of the site's records", async () => {
    const input = loadSearchInput();
    const records = [...claimRecords(input), ...findingRecords(input)];
    const staged = fragmentsByUrl(await bundleOf(records, 'staged'));
    const oneByOne = fragmentsByUrl(await bundleOf(records, 'one by one'));
    expect(staged.size).toBe(records.length);
    expect([...staged.keys()].sort()).toEqual([...oneByOne.keys()].sort());
    for (const [url, fragment] of oneByOne) expect(staged.get(url), url).toEqual(fragment);
  }, 120_000);

  test('values with markup characters, typographic quotes and odd spacing come out as they went in; an empty metadata value is left out', async () => {
    const staged = fragmentsByUrl(await bundleOf(TRICKY, 'staged'));
    const withoutEmptyMeta = TRICKY.map((r) => ({ ...r, meta: Object.fromEntries(Object.entries(r.meta).filter(([, v]) => v !== '')) }));
    const oneByOne = fragmentsByUrl(await bundleOf(withoutEmptyMeta, 'one by one'));
    for (const record of TRICKY) {
      expect(staged.get(record.url), record.url).toEqual(oneByOne.get(record.url));
      expect(staged.get(record.url)).toMatchObject({ url: record.url, meta: { title: record.meta.title, source: record.meta.source } });
    }
    // An empty value is left out, where a record added one by one kept it as "".
    expect((staged.get(TRICKY[0]!.url) as { meta: Record<string, string> }).meta).not.toHaveProperty('about');
  });

  test('each record is found at its URL, and the bundle reader sees it there', async () => {
    const bundle = await bundleOf(TRICKY, 'staged');
    const { ids } = readFragments(bundle);
    expect(TRICKY.map((r) => ids.has(r.url))).toEqual([true, true]);
  });
});

describe('the search-index integration', () => {
  /** A copy of the main build without its search index, and without the folders named. */
  function siteCopy(without: readonly string[] = []): string {
    const dir = mkdtempSync(join(tmpdir(), 'codex-claims-search-hooks-'));
    dirs.push(dir);
    cpSync(mainSite(), dir, { recursive: true });
    for (const folder of ['pagefind', ...without]) rmSync(join(dir, folder), { recursive: true, force: true });
    return dir;
  }
  /** Runs the integration's hooks on `site` (build:start first unless `start` is false); what it logged. */
  async function runHooks(site: string, start = true): Promise<{ warn: string[]; info: string[] }> {
    const logged = { warn: [] as string[], info: [] as string[] };
    const logger = { warn: (m: string) => logged.warn.push(m), info: (m: string) => logged.info.push(m) };
    const { hooks } = pagefindIndex();
    if (start) await hooks['astro:build:start']?.({ logger } as never);
    await hooks['astro:build:done']?.({ dir: pathToFileURL(`${site}/`), logger } as never);
    return logged;
  }

  test("records indexed from build:start come out as the main build's, every page and record at its URL", async () => {
    const site = siteCopy();
    const logged = await runHooks(site);
    const input = loadSearchInput();
    const records = [...claimRecords(input), ...findingRecords(input)];
    expect(logged.warn).toEqual([]);
    expect(logged.info).toEqual([
      expect.stringMatching(new RegExp(`^Pagefind indexed \\d+ pages and ${records.length} claims and findings\\.$`)),
    ]);
    const built = fragmentsByUrl(join(site, 'pagefind'));
    const main = fragmentsByUrl(join(mainSite(), 'pagefind'));
    expect([...built.keys()].sort()).toEqual([...main.keys()].sort());
    for (const [url, fragment] of main) expect(built.get(url), url).toEqual(fragment);
  }, 120_000);

  test('a section whose pages were not built leaves its records out, with a warning, also without build:start', async () => {
    const input = loadSearchInput();
    const findings = findingRecords(input);
    for (const start of [true, false]) {
      const site = siteCopy(['discrepancies']);
      const logged = await runHooks(site, start);
      expect(logged.warn).toEqual([
        `Search: no /discrepancies/ pages were built, so their ${findings.length} records are left out of the index.`,
      ]);
      const urls = [...fragmentsByUrl(join(site, 'pagefind')).keys()];
      expect(urls.filter((u) => u.startsWith('/discrepancies/'))).toEqual([]);
      expect(claimRecords(input).every((r) => urls.includes(r.url))).toBe(true);
    }
  }, 120_000);
});
