/** The helpers of `npm run bench:search` (scripts/lib/search-bench.ts): kinds of fetched file, counting what a page fetches, sums, medians, queries from best bets. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hintQueries, kindOf, median, Traffic, total } from '../../../scripts/lib/search-bench.ts';
import { eachReturns } from '../cases.ts';

describe('search benchmark helpers', () => {
  eachReturns(kindOf, '%s is counted as %s', [
    ['/pagefind/index/en_5f1eaa3.pf_index', 'index chunks (.pf_index)'],
    ['/pagefind/fragment/en_group_8bce175.pf_fragment', 'result fragments (.pf_fragment)'],
    ['/pagefind/filter/en_3292736.pf_filter', 'filters (.pf_filter)'],
    ['/pagefind/pagefind.en_d370384562.pf_meta', 'metadata (.pf_meta, entry)'],
    ['/pagefind/pagefind-entry.json', 'metadata (.pf_meta, entry)'],
    ['/pagefind/wasm.en.pagefind', 'WebAssembly (.pagefind)'],
    ['/pagefind/pagefind.js', 'Pagefind JS'],
    ['/pagefind/pagefind-worker.js', 'Pagefind JS'],
    ['/pagefind/search-hints.json', 'search hints (search-hints.json)'],
    ['/search/', 'the page (HTML, CSS, JS, font)'],
    ['/_astro/index.Beqc3SVS.css', 'the page (HTML, CSS, JS, font)'],
  ]);

  test('total sums served and gzip bytes and counts the files; median of odd and even lists', () => {
    expect(
      total([
        { path: '/a', bytes: 10, gz: 4, headers: 3 },
        { path: '/b', bytes: 5, gz: 5, headers: 2 },
      ]),
    ).toEqual({ bytes: 15, gz: 9, headers: 5, requests: 2 });
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });

  test('Traffic.settle waits for a request still in flight (a fragment asked for after the page loaded) and counts it with its headers', async () => {
    const handlers = new Map<string, ((arg?: unknown) => void)[]>();
    const page = {
      on: (event: string, handler: (arg?: unknown) => void) => handlers.set(event, [...(handlers.get(event) ?? []), handler]),
      waitForLoadState: async () => {},
    };
    const emit = (event: string, arg?: unknown) => {
      for (const handler of handlers.get(event) ?? []) handler(arg);
    };
    const request = (path: string, body: number, headers: number) => ({
      url: () => `http://localhost${path}`,
      sizes: async () => ({ responseBodySize: body, responseHeadersSize: headers }),
    });
    const traffic = new Traffic(page as unknown as Page, tmpdir());
    emit('request');
    setTimeout(() => emit('requestfinished', request('/pagefind/fragment/en_1.pf_fragment', 600, 1200)), 200);
    const files = await traffic.settle(page as unknown as Page);
    expect(files).toEqual([{ path: '/pagefind/fragment/en_1.pf_fragment', bytes: 1800, gz: 1800, headers: 1200 }]);
    expect(await traffic.settle(page as unknown as Page)).toEqual([]);
  });

  test('hintQueries spreads over the best bets, skips names under 3 characters, and says what to do when there are none', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bench-hints-'));
    try {
      mkdirSync(join(dist, 'pagefind'));
      const bets = Object.fromEntries(['ab', 'alpha', 'beta', 'gamma', 'delta'].map((n) => [n, 'en_1']));
      writeFileSync(join(dist, 'pagefind', 'search-hints.json'), JSON.stringify({ bestBets: bets }));
      expect(hintQueries(dist, 2)).toEqual(['alpha', 'gamma']);
      expect(hintQueries(dist, 10)).toEqual(['alpha', 'beta', 'gamma', 'delta']);
      writeFileSync(join(dist, 'pagefind', 'search-hints.json'), JSON.stringify({ bestBets: {} }));
      expect(() => hintQueries(dist, 2)).toThrow(`${dist}/pagefind/search-hints.json has no best bets to search for; rebuild the site.`);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
