/**
 * Shared by the search browser tests and `npm run bench:search`: the realistic query suite with the page
 * each query must land on, and helpers that run a search through the real /search/ page in Chromium.
 */
import type { Page } from 'playwright-core';
import { type SearchState, writeSearchState } from '../../src/lib/search/state.ts';

/** Kinds of query, reported apart: names, topics (words of a property or finding), numbers, questions, typos, hyphenated names. */
export type QueryKind = 'name' | 'topic' | 'number' | 'question' | 'typo' | 'hyphen';

/** A query as a reader would type it, its kind, and the page (path inside the site) it must find in the top 3. */
export interface QueryCase {
  query: string;
  kind: QueryKind;
  expect: string;
}

/** The query suite: names typed every which way, values, properties, findings and sources. */
export const QUERIES: readonly QueryCase[] = [
  { query: 'terminal bench', kind: 'name', expect: 'benchmarks/terminal-bench-2-0/' },
  { query: 'Terminal-Bench 2.0', kind: 'hyphen', expect: 'benchmarks/terminal-bench-2-0/' },
  { query: 'gpt 5.3 codex', kind: 'name', expect: 'models/gpt-5-3-codex/' },
  { query: 'gpt-5.3-codex', kind: 'hyphen', expect: 'models/gpt-5-3-codex/' },
  { query: 'GPT\u20115.3\u2011Codex', kind: 'hyphen', expect: 'models/gpt-5-3-codex/' },
  { query: 'GPT 5.2 Codex', kind: 'name', expect: 'models/gpt-5-2-codex/' },
  { query: 'gpt 5.2', kind: 'name', expect: 'models/gpt-5-2/' },
  { query: 'gemini', kind: 'name', expect: 'models/gemini/' },
  { query: 'swe bench pro', kind: 'name', expect: 'benchmarks/swe-bench-pro/' },
  { query: 'osworld', kind: 'name', expect: 'benchmarks/osworld-verified/' },
  { query: 'tau2', kind: 'name', expect: 'benchmarks/tau2-bench/' },
  { query: 'humaneval', kind: 'name', expect: 'benchmarks/humaneval/' },
  { query: 'human eval', kind: 'name', expect: 'benchmarks/humaneval/' },
  { query: 'gdp val', kind: 'name', expect: 'benchmarks/gdpval/' },
  { query: 'claude opus 4.6', kind: 'name', expect: 'models/claude-opus-4-6/' },
  { query: 'gpt 5.3 codex swe-bench pro', kind: 'topic', expect: 'claims/openai-introducing-gpt-5-3-codex/swe-bench-pro-gpt-5-3-codex/' },
  { query: 'parameter count', kind: 'topic', expect: 'claims/self-improving-coding-model-article/parameter-count/' },
  { query: '1.5 trillion', kind: 'number', expect: 'claims/self-improving-coding-model-article/parameter-count/' },
  { query: 'osworld human baseline', kind: 'topic', expect: 'claims/openai-introducing-gpt-5-3-codex/osworld-verified-human-baseline/' },
  { query: 'api availability', kind: 'topic', expect: 'discrepancies/contradiction--gpt-5-3-codex--availability--channel=api/' },
  { query: 'gb200', kind: 'name', expect: 'products/nvidia-gb200-nvl72/' },
  { query: 'trained on gb200 nvl72', kind: 'topic', expect: 'claims/openai-introducing-gpt-5-3-codex/hardware-training/' },
  {
    query: 'misattribution terminal bench',
    kind: 'topic',
    expect: 'discrepancies/misattribution--gpt-5-2--benchmark-score--benchmark=terminal-bench-2-0--matches--gpt-5-2-codex/',
  },
  { query: 'pricing', kind: 'topic', expect: 'claims/self-improving-coding-model-article/price-input/' },
  { query: '8192 tokens', kind: 'number', expect: 'claims/gpt-5-3-codex-definition/max-tokens-per-turn/' },
  { query: 'trusted access', kind: 'name', expect: 'products/trusted-access-for-cyber/' },
  { query: 'trusted access pilot', kind: 'topic', expect: 'claims/openai-introducing-gpt-5-3-codex/trusted-access-for-cyber-pilot/' },
  { query: 'openai announcement', kind: 'name', expect: 'sources/openai-introducing-gpt-5-3-codex/' },
  {
    query: 'nearly doubled',
    kind: 'topic',
    expect: 'discrepancies/overstated--gpt-5-3-codex--score-multiple--benchmark=osworld-verified--comparedto=gpt-5-2/',
  },
  { query: '77.3%', kind: 'number', expect: 'claims/openai-introducing-gpt-5-3-codex/terminal-bench-gpt-5-3-codex/' },
  { query: 'custom tpus', kind: 'topic', expect: 'claims/self-improving-coding-model-article/hardware-serving-custom-tpus/' },
  { query: 'release date', kind: 'topic', expect: 'claims/openai-introducing-gpt-5-3-codex/release-date-gpt-5-3-codex/' },
  { query: '/v1/chat/completions', kind: 'number', expect: 'claims/gpt-5-3-codex-definition/api-endpoint-chat-completions/' },
  { query: 'gpt proto', kind: 'name', expect: 'organizations/gpt-proto/' },
  { query: 'gpt proto guide', kind: 'name', expect: 'sources/gpt-proto-gpt-5-3-codex-guide/' },
  { query: 'constitutional ai', kind: 'topic', expect: 'claims/self-improving-coding-model-article/constitutional-ai/' },
  { query: 'temperature range', kind: 'topic', expect: 'claims/gpt-5-3-codex-definition/temperature-range/' },
  {
    query: 'cybersecurity grant 1 million',
    kind: 'number',
    expect: 'claims/openai-introducing-gpt-5-3-codex/cybersecurity-grant-program-funding/',
  },
  { query: 'middleware tuning', kind: 'topic', expect: 'claims/ai-agents-wiki-gpt-5-3-codex/middleware-tuning/' },
  { query: 'gpt-5.2 osworld 38.2', kind: 'number', expect: 'claims/gpt-proto-gpt-5-3-codex-guide/osworld-verified-gpt-5-2/' },
  { query: 'speed change reconciled', kind: 'topic', expect: 'discrepancies/reconciled--gpt-5-3-codex--speed-change/' },

  // Questions, as people type them into a search box (issue 13).
  {
    query: 'how many parameters does gpt-5.3-codex have',
    kind: 'question',
    expect: 'claims/self-improving-coding-model-article/parameter-count/',
  },
  { query: 'which figures did gpt proto get wrong', kind: 'question', expect: 'organizations/gpt-proto/' },
  {
    query: 'what is the terminal bench score of gpt-5.3-codex',
    kind: 'question',
    expect: 'claims/openai-introducing-gpt-5-3-codex/terminal-bench-gpt-5-3-codex/',
  },
  {
    query: 'when was gpt-5.3-codex released',
    kind: 'question',
    expect: 'claims/openai-introducing-gpt-5-3-codex/release-date-gpt-5-3-codex/',
  },
  {
    query: 'what hardware was gpt-5.3-codex trained on',
    kind: 'question',
    expect: 'claims/openai-introducing-gpt-5-3-codex/hardware-training/',
  },
  { query: 'what is the max tokens per turn', kind: 'question', expect: 'claims/gpt-5-3-codex-definition/max-tokens-per-turn/' },
  { query: 'what does osworld measure', kind: 'question', expect: 'claims/openai-introducing-gpt-5-3-codex/osworld-verified-measures/' },
  { query: 'who makes gemini', kind: 'question', expect: 'organizations/google/' },
  { query: 'what temperature range does the api accept', kind: 'question', expect: 'claims/gpt-5-3-codex-definition/temperature-range/' },
  {
    query: 'what is the context window of gpt-5.3-codex',
    kind: 'question',
    expect: 'claims/ai-agents-wiki-gpt-5-3-codex/context-window-limits/',
  },
  // Typos.
  { query: 'termnal bench', kind: 'typo', expect: 'benchmarks/terminal-bench-2-0/' },
  { query: 'paramter count', kind: 'typo', expect: 'claims/self-improving-coding-model-article/parameter-count/' },
  { query: 'osworl', kind: 'typo', expect: 'benchmarks/osworld-verified/' },
  { query: 'gemeni', kind: 'typo', expect: 'models/gemini/' },
  { query: 'humaneavl', kind: 'typo', expect: 'benchmarks/humaneval/' },
  { query: 'swe bech pro', kind: 'typo', expect: 'benchmarks/swe-bench-pro/' },
  { query: 'antrhopic', kind: 'typo', expect: 'organizations/anthropic/' },
  { query: 'middlewear tuning', kind: 'typo', expect: 'claims/ai-agents-wiki-gpt-5-3-codex/middleware-tuning/' },
  // Numbers.
  { query: '77.3', kind: 'number', expect: 'claims/openai-introducing-gpt-5-3-codex/terminal-bench-gpt-5-3-codex/' },
  { query: '8192', kind: 'number', expect: 'claims/gpt-5-3-codex-definition/max-tokens-per-turn/' },
  { query: '25% faster', kind: 'number', expect: 'claims/gpt-proto-gpt-5-3-codex-guide/speed-25-percent-faster/' },
  // Names with and without hyphens.
  { query: 'gpt-5.2-codex', kind: 'hyphen', expect: 'models/gpt-5-2-codex/' },
  { query: 'gpt 5.2 codex', kind: 'name', expect: 'models/gpt-5-2-codex/' },
  { query: 'terminal-bench', kind: 'hyphen', expect: 'benchmarks/terminal-bench-2-0/' },
  { query: 'swe-bench-pro', kind: 'hyphen', expect: 'benchmarks/swe-bench-pro/' },
  { query: 'tau2-bench', kind: 'hyphen', expect: 'benchmarks/tau2-bench/' },
  { query: 'swe-lancer', kind: 'hyphen', expect: 'benchmarks/swe-lancer-ic-diamond/' },
  { query: 'swe lancer', kind: 'name', expect: 'benchmarks/swe-lancer-ic-diamond/' },
  { query: 'multipl-e', kind: 'hyphen', expect: 'benchmarks/multipl-e/' },
  { query: 'gpt-proto', kind: 'hyphen', expect: 'organizations/gpt-proto/' },
  { query: 'claude-opus-4.6', kind: 'hyphen', expect: 'models/claude-opus-4-6/' },
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
