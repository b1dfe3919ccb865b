/**
 * Shared by the search browser tests and `npm run bench:search`: the realistic query suite with the page
 * each query must land on, and helpers that run a search through the real /search/ page in Chromium.
 */
import type { Page } from 'playwright-core';
import { type SearchState, writeSearchState } from '../../src/lib/search/state.ts';

/** A query as a reader would type it, and the page (path inside the site) it must find in the top 3. */
export interface QueryCase {
  query: string;
  expect: string;
}

/** The query suite: names typed every which way, values, properties, findings and sources. */
export const QUERIES: readonly QueryCase[] = [
  { query: 'terminal bench', expect: 'benchmarks/terminal-bench-2-0/' },
  { query: 'Terminal-Bench 2.0', expect: 'benchmarks/terminal-bench-2-0/' },
  { query: 'gpt 5.3 codex', expect: 'models/gpt-5-3-codex/' },
  { query: 'gpt-5.3-codex', expect: 'models/gpt-5-3-codex/' },
  { query: 'GPT\u20115.3\u2011Codex', expect: 'models/gpt-5-3-codex/' },
  { query: 'GPT 5.2 Codex', expect: 'models/gpt-5-2-codex/' },
  { query: 'gpt 5.2', expect: 'models/gpt-5-2/' },
  { query: 'gemini', expect: 'models/gemini/' },
  { query: 'swe bench pro', expect: 'benchmarks/swe-bench-pro/' },
  { query: 'osworld', expect: 'benchmarks/osworld-verified/' },
  { query: 'tau2', expect: 'benchmarks/tau2-bench/' },
  { query: 'humaneval', expect: 'benchmarks/humaneval/' },
  { query: 'human eval', expect: 'benchmarks/humaneval/' },
  { query: 'gdp val', expect: 'benchmarks/gdpval/' },
  { query: 'claude opus 4.6', expect: 'models/claude-opus-4-6/' },
  { query: 'gpt 5.3 codex swe-bench pro', expect: 'claims/openai-introducing-gpt-5-3-codex/swe-bench-pro-gpt-5-3-codex/' },
  { query: 'parameter count', expect: 'claims/self-improving-coding-model-article/parameter-count/' },
  { query: '1.5 trillion', expect: 'claims/self-improving-coding-model-article/parameter-count/' },
  { query: 'osworld human baseline', expect: 'claims/openai-introducing-gpt-5-3-codex/osworld-verified-human-baseline/' },
  { query: 'api availability', expect: 'discrepancies/contradiction--gpt-5-3-codex--availability--channel=api/' },
  { query: 'gb200', expect: 'products/nvidia-gb200-nvl72/' },
  { query: 'trained on gb200 nvl72', expect: 'claims/openai-introducing-gpt-5-3-codex/hardware-training/' },
  {
    query: 'misattribution terminal bench',
    expect: 'discrepancies/misattribution--gpt-5-2--benchmark-score--benchmark=terminal-bench-2-0--matches--gpt-5-2-codex/',
  },
  { query: 'pricing', expect: 'claims/self-improving-coding-model-article/price-input/' },
  { query: '8192 tokens', expect: 'claims/gpt-5-3-codex-definition/max-tokens-per-turn/' },
  { query: 'trusted access', expect: 'products/trusted-access-for-cyber/' },
  { query: 'trusted access pilot', expect: 'claims/openai-introducing-gpt-5-3-codex/trusted-access-for-cyber-pilot/' },
  { query: 'openai announcement', expect: 'sources/openai-introducing-gpt-5-3-codex/' },
  {
    query: 'nearly doubled',
    expect: 'discrepancies/overstated--gpt-5-3-codex--score-multiple--benchmark=osworld-verified--comparedto=gpt-5-2/',
  },
  { query: '77.3%', expect: 'claims/openai-introducing-gpt-5-3-codex/terminal-bench-gpt-5-3-codex/' },
  { query: 'custom tpus', expect: 'claims/self-improving-coding-model-article/hardware-serving-custom-tpus/' },
  { query: 'release date', expect: 'claims/openai-introducing-gpt-5-3-codex/release-date-gpt-5-3-codex/' },
  { query: '/v1/chat/completions', expect: 'claims/gpt-5-3-codex-definition/api-endpoint-chat-completions/' },
  { query: 'gpt proto', expect: 'organizations/gpt-proto/' },
  { query: 'gpt proto guide', expect: 'sources/gpt-proto-gpt-5-3-codex-guide/' },
  { query: 'constitutional ai', expect: 'claims/self-improving-coding-model-article/constitutional-ai/' },
  { query: 'temperature range', expect: 'claims/gpt-5-3-codex-definition/temperature-range/' },
  { query: 'cybersecurity grant 1 million', expect: 'claims/openai-introducing-gpt-5-3-codex/cybersecurity-grant-program-funding/' },
  { query: 'middleware tuning', expect: 'claims/ai-agents-wiki-gpt-5-3-codex/middleware-tuning/' },
  { query: 'gpt-5.2 osworld 38.2', expect: 'claims/gpt-proto-gpt-5-3-codex-guide/osworld-verified-gpt-5-2/' },
  { query: 'speed change reconciled', expect: 'discrepancies/reconciled--gpt-5-3-codex--speed-change/' },
];

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

/** Opens /search/ with a query and filters and returns the top results and the total count. */
export async function search(page: Page, baseURL: string, state: SearchState, count = 3): Promise<{ total: number; top: ShownResult[] }> {
  await page.goto(searchUrl(baseURL, state));
  const total = await waitForResults(page, count);
  return { total, top: await shownResults(page, baseURL, count) };
}
