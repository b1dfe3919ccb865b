/**
 * Shared by the search browser tests and `npm run bench:search`: the realistic query suite with the page
 * each query must land on, and helpers that run a search through the real /search/ page in Chromium.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { z } from 'zod';
import { type SearchState, writeSearchState } from '../../src/lib/search/state.ts';

/** A query as a reader would type it, its kind, and the page (path inside the site) it must find in the top 3. */
const QUERY_CASE = z.strictObject({
  query: z.string().min(1),
  kind: z.enum(['name', 'topic', 'number', 'question', 'typo', 'hyphen']),
  expect: z.string().regex(/^[a-z0-9][^\s]*\/$/, 'a path inside the site ending in "/"'),
});

/** A case of the query suite. */
export type QueryCase = z.output<typeof QUERY_CASE>;

/** Kinds of query, reported apart: names, topics (words of a property or finding), numbers, questions, typos, hyphenated names. */
export type QueryKind = QueryCase['kind'];

/** The query suite (tests/e2e/search-queries.yaml): names typed every which way, values, properties, findings, sources, questions and typos. */
export const QUERIES: readonly QueryCase[] = z
  .array(QUERY_CASE)
  .parse(parse(readFileSync(new URL('./search-queries.yaml', import.meta.url), 'utf8')));

/** One rendered result, as the reader sees it. */
export interface ShownResult {
  /** Path inside the site ("claims/a/b/"), without the base path. */
  path: string;
  type: string;
  title: string;
  value: string | null;
  source: string | null;
}

/** The /search/ URL of a search. */
export function searchUrl(baseURL: string, state: SearchState): string {
  return `${baseURL}search/${writeSearchState(state)}`;
}

/** The box of the /search/ page, the list of result cards, and its "Show more results" button. */
export const SEARCH_INPUT = '#search-input';
export const RESULT_CARDS = 'ul.search-result-list > li';
export const SHOW_MORE = '[data-search-more] button';

/**
 * Opens the filter group of `key` as a reader does, by its summary (every group starts closed), and waits
 * until its values show their counts and the search the first opening runs again has finished.
 */
export async function openFilterGroup(page: Page, key: string): Promise<void> {
  const group = page.locator(`details.filter-group[data-filter-name="${key}"]`);
  if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open))) await group.locator(':scope > summary').click();
  await group.locator('label.filter-option .filter-count').first().waitFor();
  await page.waitForSelector('[data-search-page][data-status="ready"]', { timeout: 15_000 });
}

/**
 * Waits until the page's last search has finished and its first `count` results are rendered, pressing
 * "Show more results" as a reader would while fewer cards than that are listed.
 */
export async function waitForResults(page: Page, count = 3): Promise<number> {
  await page.waitForSelector('[data-search-page][data-status="ready"]', { timeout: 15_000 });
  const total = Number(await page.getAttribute('[data-search-page]', 'data-count'));
  const want = Math.min(count, total);
  while ((await page.locator(RESULT_CARDS).count()) < want) await page.locator(SHOW_MORE).click();
  await page.waitForFunction(
    ({ n, cards }) => {
      const items = [...document.querySelectorAll(cards)].slice(0, n);
      return items.length === n && items.every((li) => li.classList.contains('sr-result'));
    },
    { n: want, cards: RESULT_CARDS },
    { timeout: 15_000 },
  );
  return total;
}

/** The first `count` rendered results of the page's current search. */
export async function shownResults(page: Page, baseURL: string, count = 3): Promise<ShownResult[]> {
  const basePath = new URL(baseURL).pathname;
  return page.$$eval(
    `${RESULT_CARDS}.sr-result`,
    (items, { n, base }) =>
      items.slice(0, n).map((li) => {
        const href = li.querySelector<HTMLAnchorElement>('.sr-link')?.getAttribute('href') ?? '';
        return {
          path: href.startsWith(base) ? href.slice(base.length) : href,
          type: li.querySelector('.sr-badge')?.textContent ?? '',
          title: li.querySelector('.sr-link')?.textContent ?? '',
          value: li.querySelector('.sr-value')?.textContent ?? null,
          source: li.querySelector('.sr-source')?.textContent ?? null,
        };
      }),
    { n: count, base: basePath },
  );
}

/**
 * Runs a query in the search page already open on `page` (opening /search/ first if it is not), by typing it
 * into the box as a reader would, and returns the top results: one page load for a whole suite.
 */
export async function searchInPage(page: Page, baseURL: string, query: string, count = 3): Promise<{ total: number; top: ShownResult[] }> {
  if (!page.url().startsWith(`${baseURL}search/`)) {
    await page.goto(searchUrl(baseURL, { q: '', filters: {} }));
    await page.waitForSelector('[data-search-page][data-started]');
  }
  await page.locator(SEARCH_INPUT).fill(query);
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.answered === q, query, {
    timeout: 15_000,
  });
  const total = await waitForResults(page, count);
  return { total, top: await shownResults(page, baseURL, count) };
}

/** Opens /search/ with a query and filters and returns the top results and the total count. */
export async function search(page: Page, baseURL: string, state: SearchState, count = 3): Promise<{ total: number; top: ShownResult[] }> {
  await page.goto(searchUrl(baseURL, state));
  const total = await waitForResults(page, count);
  return { total, top: await shownResults(page, baseURL, count) };
}

/** success@1 and success@3 by kind of query and in all, as a text table (the suite and `npm run bench:search` print it). */
export function successTable(rows: readonly { kind: QueryKind; rank: number }[]): string {
  const kinds = [...new Set(rows.map((r) => r.kind))];
  const pct = (n: number, of: number): string => `${n}/${of} (${((100 * n) / Math.max(1, of)).toFixed(0)}%)`;
  const line = (label: string, rs: readonly { rank: number }[]): string =>
    `${label.padEnd(10)}${pct(rs.filter((r) => r.rank === 1).length, rs.length).padEnd(16)}${pct(rs.filter((r) => r.rank >= 1).length, rs.length)}`;
  return [
    `${'kind'.padEnd(10)}${'success@1'.padEnd(16)}success@3`,
    ...kinds.map((k) =>
      line(
        k,
        rows.filter((r) => r.kind === k),
      ),
    ),
    line('all', rows),
  ].join('\n');
}
