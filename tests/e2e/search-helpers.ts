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

/** Waits until the page's last search has finished and its first `count` results are rendered. */
export async function waitForResults(page: Page, count = 3): Promise<number> {
  await page.waitForSelector('[data-search-page][data-status="ready"]', { timeout: 15_000 });
  const total = Number(await page.getAttribute('[data-search-page]', 'data-count'));
  const want = Math.min(count, total);
  await page.waitForFunction(
    (n) => {
      const items = [...document.querySelectorAll('ul.pf-results > li')].slice(0, n);
      // A card loads when it scrolls into view: scroll to the first one still waiting, as a reader would.
      items.find((li) => !li.classList.contains('sr-result'))?.scrollIntoView({ block: 'nearest' });
      return items.length === n && items.every((li) => li.classList.contains('sr-result'));
    },
    want,
    { timeout: 15_000 },
  );
  return total;
}

/** The first `count` rendered results of the page's current search. */
export async function shownResults(page: Page, baseURL: string, count = 3): Promise<ShownResult[]> {
  const basePath = new URL(baseURL).pathname;
  return page.$$eval(
    'ul.pf-results > li.sr-result',
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
  await page.locator('pagefind-input input').fill(query);
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
