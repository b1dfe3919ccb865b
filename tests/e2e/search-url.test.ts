/**
 * The /search/ page given a crafted address, in Chromium against the built site: markup in `?q=` and in
 * filter values, a very long query, bytes that are not UTF-8 (an unpaired surrogate encoded as %ED%A0%80),
 * and filter names or values that do not exist. Each renders as text (nothing is injected, nothing runs),
 * throws nothing (no page error, no console error), and leaves a page that still searches.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { RESULT_CARDS, SEARCH_INPUT } from './search-helpers.ts';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const MARKUP = '<script>window.__crafted=1</script><img src=x onerror="window.__crafted=2">';
// Long, but within the 8 kB request line most servers accept (the test server's limit, and a host's).
const LONG = `terminal ${'bench '.repeat(500)}`.trim();

/** A page that records every page error and console error (and CSP report) it meets. */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return { page, problems };
}

/** Waits until the page's search has answered (data-status="ready") and returns the number of results. */
async function settled(page: Page): Promise<number> {
  await page.waitForSelector('[data-search-page][data-status="ready"]', { timeout: 30_000 });
  return Number(await page.getAttribute('[data-search-page]', 'data-count'));
}

/** Nothing of the crafted markup became an element or ran. */
async function nothingInjected(page: Page): Promise<void> {
  const found = await page.evaluate(() => ({
    ran: (window as unknown as { __crafted?: number }).__crafted ?? null,
    img: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.scripts].filter((s) => s.textContent?.includes('__crafted')).length,
  }));
  expect(found).toEqual({ ran: null, img: 0, scripts: 0 });
}

/** The page still works: a query typed into its box finds the benchmark page first. */
async function stillSearches(page: Page): Promise<void> {
  const box = page.locator(SEARCH_INPUT);
  await box.fill('terminal bench');
  await page.waitForFunction(
    (cards) =>
      new URLSearchParams(location.search).get('q') === 'terminal bench' &&
      document.querySelector<HTMLElement>('[data-search-page]')?.dataset.status === 'ready' &&
      document.querySelector(`${cards} .sr-link, ${cards} a`) !== null,
    RESULT_CARDS,
    { timeout: 30_000 },
  );
  const first = await page.locator(`${RESULT_CARDS} a`).first().getAttribute('href');
  expect(first).toMatch(/benchmarks\/terminal-bench-2-0\/$/);
}

interface Crafted {
  name: string;
  /** The query string, written as it would arrive (already percent-encoded where it must be). */
  search: string;
  /** What the search box must show: the query as text. */
  box: string;
}

const CASES: Crafted[] = [
  { name: 'markup in q', search: `?q=${encodeURIComponent(MARKUP)}`, box: MARKUP },
  { name: 'a very long q (3,000 characters)', search: `?q=${encodeURIComponent(LONG)}`, box: LONG },
  { name: 'an unpaired surrogate in q (%ED%A0%80), and a lone %', search: '?q=codex%ED%A0%80%', box: 'codex\ufffd\ufffd\ufffd%' },
  {
    name: 'filter names that do not exist, and a value that does not exist',
    search: '?q=codex&nosuch=x&constructor=1&__proto__=1&type=NoSuchType',
    box: 'codex',
  },
  {
    name: 'markup, a surrogate and a long value in filter params',
    search: `?q=gb200&model=${encodeURIComponent(MARKUP)}&source=%ED%A0%80&benchmark=${'x'.repeat(3000)}`,
    box: 'gb200',
  },
  {
    name: 'filters only, none of them known (ignored, as unknown parameters are)',
    search: `?type=${encodeURIComponent(MARKUP)}&finding%20kind=%ED%A0%80`,
    box: '',
  },
];

describe('a crafted /search/ address renders as text, throws nothing, and the page still works', () => {
  for (const c of CASES) {
    test(c.name, async () => {
      const { page, problems } = await watchedPage();
      try {
        await page.goto(`${baseURL}search/${c.search}`);
        if (c.box === '') {
          // Nothing left to search for: the page waits for input, with the box focused.
          await page.waitForFunction((input) => document.activeElement?.matches(input) === true, SEARCH_INPUT, {
            timeout: 30_000,
          });
        } else expect(await settled(page)).toBeGreaterThanOrEqual(0);
        expect(await page.locator(SEARCH_INPUT).inputValue()).toBe(c.box);
        await nothingInjected(page);
        await stillSearches(page);
        await nothingInjected(page);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
