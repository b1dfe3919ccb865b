/** The helpers of `npm run bench:search` (scripts/lib/search-bench.ts): kinds of fetched file, sums, medians, queries from best bets. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { hintQueries, kindOf, median, total } from '../../../scripts/lib/search-bench.ts';
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
        { path: '/a', bytes: 10, gz: 4 },
        { path: '/b', bytes: 5, gz: 5 },
      ]),
    ).toEqual({ bytes: 15, gz: 9, requests: 2 });
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
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
