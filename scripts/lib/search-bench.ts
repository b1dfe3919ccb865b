/**
 * Shared by `npm run bench:search` (scripts/bench-search.ts): counting what a page fetches (as served and as
 * a compressing host would send it), timing a search in the real /search/ page, and printing tables.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** One fetched file: its path, bytes as served (body + headers), and bytes gzip-compressed (body + headers). */
export interface Fetched {
  path: string;
  bytes: number;
  gz: number;
  /** Of those, the response's headers as HTTP/1.1 writes them (an HTTP/2 host compresses repeated headers to a few bytes). */
  headers: number;
}

/** Pagefind's index files are gzip already (.pf_*, wasm.*.pagefind): a host sends them as they are. */
const PRECOMPRESSED = /\.(pf_\w+|pagefind)$/;

/** Bytes of `path` (a URL path inside the site) after gzip -9, as a compressing host would send it. */
function gzipped(dist: string, path: string, served: number): number {
  const file = join(dist, decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path));
  if (PRECOMPRESSED.test(path) || !existsSync(file) || !statSync(file).isFile()) return served;
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** How long the network must stay quiet (no request in flight) for a settle to end, and how long a settle may wait. */
const QUIET_MS = 150;
const SETTLE_TIMEOUT_MS = 30_000;

/**
 * Files fetched by a page since the last settle (the favicon, which the browser re-asks for, left out). It
 * counts the requests in flight itself: Playwright's `waitForLoadState('networkidle')` resolves at once once
 * the page has loaded, so it would not wait for what a search fetches later (the cards' fragments).
 */
export class Traffic {
  files: Fetched[] = [];
  pending = new Set<Promise<void>>();
  #inFlight = 0;
  #lastChange = Date.now();
  constructor(page: Page, dist: string) {
    page.on('request', () => {
      this.#inFlight++;
      this.#lastChange = Date.now();
    });
    page.on('requestfailed', () => {
      this.#inFlight--;
      this.#lastChange = Date.now();
    });
    page.on('requestfinished', (request) => {
      this.#inFlight--;
      this.#lastChange = Date.now();
      const path = new URL(request.url()).pathname;
      if (path.endsWith('/favicon.svg')) return;
      const done = request
        .sizes()
        .then((s) => {
          const body = s.responseBodySize;
          this.files.push({
            path,
            bytes: body + s.responseHeadersSize,
            gz: gzipped(dist, path, body) + s.responseHeadersSize,
            headers: s.responseHeadersSize,
          });
        })
        .catch(() => {});
      this.pending.add(done);
      void done.finally(() => this.pending.delete(done));
    });
  }
  /** Waits until no request has been in flight for QUIET_MS and returns (and forgets) the files fetched since the last call. */
  async settle(page: Page): Promise<Fetched[]> {
    await page.waitForLoadState('load');
    const started = Date.now();
    while (this.#inFlight > 0 || Date.now() - this.#lastChange < QUIET_MS) {
      if (Date.now() - started > SETTLE_TIMEOUT_MS)
        throw new Error(
          `The page still had ${this.#inFlight} requests in flight after ${SETTLE_TIMEOUT_MS / 1000} s: a fetch that never ends would leave the bytes uncounted.`,
        );
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await Promise.all(this.pending);
    const out = this.files;
    this.files = [];
    return out;
  }
}

/** Kinds of fetched file, for the breakdown of a visit's bytes. */
export const KINDS: [string, (path: string) => boolean][] = [
  ['index chunks (.pf_index)', (p) => p.endsWith('.pf_index')],
  ['result fragments (.pf_fragment)', (p) => p.endsWith('.pf_fragment')],
  ['filters (.pf_filter)', (p) => p.endsWith('.pf_filter')],
  ['metadata (.pf_meta, entry)', (p) => p.endsWith('.pf_meta') || p.endsWith('pagefind-entry.json')],
  ['search hints (search-hints.json)', (p) => p.endsWith('search-hints.json')],
  ['WebAssembly (.pagefind)', (p) => p.endsWith('.pagefind')],
  ['Pagefind JS', (p) => /\/pagefind(-worker)?\.js$/.test(p)],
  ['the page (HTML, CSS, JS, font)', () => true],
];

/** The kind of a fetched file (the first of KINDS that matches). */
export const kindOf = (path: string): string => (KINDS.find(([, match]) => match(path)) as [string, unknown])[0];

/** Sum of served and gzip bytes. */
export const total = (files: readonly Fetched[]): { bytes: number; gz: number; headers: number; requests: number } => ({
  bytes: files.reduce((s, f) => s + f.bytes, 0),
  gz: files.reduce((s, f) => s + f.gz, 0),
  headers: files.reduce((s, f) => s + f.headers, 0),
  requests: files.length,
});

/**
 * In the page: window.bench(query, mode) times one search to Pagefind's results and to the first rendered
 * card, from: `api` the page's own search (root.searchPage.search, as the header box runs it: no typing
 * delay); `typed` a keystroke in the box (the first after a pause searches at once); `focus` focusing the box and typing
 * the query into it, as a reader does on arrival. The page's `searchresults` event says when the results are
 * known (src/client/search-page.ts). A string, so the bundler's helpers stay out of the page.
 */
export const INSTALL = `(() => {
  const root = document.querySelector('[data-search-page]');
  let onResults = null;
  root.addEventListener('searchresults', (e) => onResults && onResults(e.detail.count));
  window.bench = (q, mode) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no result card 10 s after searching ' + JSON.stringify(q))), 10000);
    const list = root.querySelector('ul.search-result-list');
    let resultsAt = 0;
    let count = -1;
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (count > 0 && list.firstElementChild && list.firstElementChild.classList.contains('sr-result')) finish();
    });
    function finish() {
      clearTimeout(timer);
      observer.disconnect();
      onResults = null;
      resolve({ results: count, search: resultsAt - t0, render: performance.now() - t0 });
    }
    observer.observe(list, { childList: true, subtree: true });
    onResults = (n) => {
      resultsAt = performance.now();
      count = n;
      if (n === 0) finish();
    };
    if (mode === 'api') root.searchPage.search(q);
    else {
      const input = root.querySelector('#search-input');
      if (mode === 'focus') input.focus();
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
})()`;

/** What one timed search measured: results found, ms to Pagefind's results, ms to the first rendered card. */
export interface Timed {
  results: number;
  search: number;
  render: number;
}

/** One timed search in the page (see INSTALL). */
export function bench(page: Page, query: string, mode: 'api' | 'typed' | 'focus'): Promise<Timed> {
  return page.evaluate(`window.bench(${JSON.stringify(query)}, ${JSON.stringify(mode)})`) as Promise<Timed>;
}

/** Median of a list of numbers. */
export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
/** 95th percentile (nearest rank). */
export const p95 = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)] as number;
/** Bytes as kB (1024). */
export const kb = (n: number): string => `${(n / 1024).toFixed(1)} kB`;
/** Milliseconds, one decimal. */
export const ms = (n: number): string => `${n.toFixed(1)} ms`;

/** A Markdown table, the first column left-aligned and the others right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/**
 * Queries for a site whose content the query suite does not know (synthetic content): `count` entity names
 * from its best bets (search-hints.json), spread over the list, so every size is searched alike.
 */
export function hintQueries(dist: string, count: number): string[] {
  const hints = JSON.parse(readFileSync(join(dist, 'pagefind', 'search-hints.json'), 'utf8')) as { bestBets?: Record<string, unknown> };
  const names = Object.keys(hints.bestBets ?? {}).filter((q) => q.length >= 3);
  if (names.length === 0) throw new Error(`${dist}/pagefind/search-hints.json has no best bets to search for; rebuild the site.`);
  const n = Math.min(count, names.length);
  return Array.from({ length: n }, (_, i) => names[Math.floor((i * names.length) / n)] as string);
}
