/**
 * The /search/ page in Chromium against the built site: filters narrow results to exactly what the data
 * says (with and without a query), the address restores a search, the page's own UI (box, filter fieldsets,
 * summary live region, a first page of cards and "Show more results") passes axe and works from the
 * keyboard, and no page except /search/ fetches any script.
 * It is one file of over 400 lines because its tests share one browser and one page (useOnePage): split in
 * two, the second file would launch Chromium again (about 1.3 s and 1.6 CPU-s a launch, tests/README.md).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { RESULTS_PER_PAGE } from '../../src/client/search-results.ts';
import { loadSearchInput, readFragments } from '../../src/integrations/pagefind.ts';
import { sourceLabel } from '../../src/lib/search/records.ts';
import { FILTER_KEYS, type SearchState } from '../../src/lib/search/state.ts';
import { MAIN_DIST } from '../build/main-site.ts';
import { useOnePage } from './one-page.ts';
import {
  openFilterGroup,
  RESULT_CARDS,
  SEARCH_INPUT,
  SHOW_MORE,
  search,
  searchUrl,
  shownResults,
  waitForResults,
} from './search-helpers.ts';

const baseURL = inject('baseURL');
const data = loadSearchInput();
let browser: Browser;
let page: Page;
useOnePage((opened, launched) => {
  page = opened;
  browser = launched;
});

/** The type group's checkbox for one value. */
const typeBox = (value: string): string => `details.filter-group[data-filter-name="type"] input[value="${value}"]`;

/** Every result of the page's current search (all of them, not only the rendered ones): path, type and filters. */
async function allResults(p: Page): Promise<{ path: string; type: string; filters: Record<string, string[]> }[]> {
  const base = new URL(baseURL).pathname;
  return p.evaluate(async (basePath) => {
    type Raw = { data(): Promise<{ url: string; filters: Record<string, string[]> }> };
    // The page's handle (src/client/search-page.ts, SearchPageHandle): every result of the search shown.
    const root = document.querySelector('[data-search-page]') as unknown as { searchPage: { results: Raw[] } };
    const all = await Promise.all(root.searchPage.results.map((r) => r.data()));
    return all.map((d) => ({ path: d.url.slice(basePath.length), type: d.filters.type?.[0] ?? '', filters: d.filters }));
  }, base);
}

async function run(state: SearchState) {
  const { total } = await search(page, baseURL, state, 3);
  return { total, all: await allResults(page) };
}

describe('filters narrow results to exactly what the data says', () => {
  const vendor = data.content.sources.find((s) => s.kind === 'vendor');
  if (!vendor) throw new Error('the content has no vendor source');

  test('without a query: type Finding lists every finding', async () => {
    const { total, all } = await run({ q: '', filters: { type: ['Finding'] } });
    expect(total).toBe(data.analysis.findings.length);
    expect(new Set(all.map((r) => r.path))).toEqual(new Set(data.analysis.findings.map((f) => `discrepancies/${f.id}/`)));
  });

  test('without a query: type Claim from the vendor source lists exactly its claims', async () => {
    const { all } = await run({ q: '', filters: { type: ['Claim'], source: [sourceLabel(vendor)] } });
    const expected = data.content.claims.filter((c) => c.source === vendor.slug).map((c) => `claims/${c.source}/${c.localId}/`);
    expect(all.map((r) => r.path).sort()).toEqual(expected.sort());
  });

  test('without a query: finding kind Misattribution lists the misattributions and the claims in them', async () => {
    const { all } = await run({ q: '', filters: { 'finding kind': ['Misattribution'] } });
    const findings = data.analysis.findings.filter((f) => f.kind === 'misattribution');
    expect(findings.length).toBeGreaterThan(0);
    const claims = new Set(findings.flatMap((f) => f.claims));
    const expected = [...findings.map((f) => `discrepancies/${f.id}/`), ...[...claims].map((id) => `claims/${id}/`)];
    expect(all.map((r) => r.path).sort()).toEqual(expected.sort());
  });

  test('without a query: a model filter keeps the claims about that model', async () => {
    const { all } = await run({ q: '', filters: { type: ['Claim'], model: ['GPT-5.2'] } });
    const expected = data.content.claims
      .filter((c) => c.subject === 'gpt-5-2' || Object.values(c.qualifiers).includes('gpt-5-2'))
      .map((c) => `claims/${c.source}/${c.localId}/`);
    expect(expected.length).toBeGreaterThan(0);
    expect(all.map((r) => r.path).sort()).toEqual(expected.sort());
  });

  test('values of one filter are alternatives: Model or Benchmark', async () => {
    const { all } = await run({ q: '', filters: { type: ['Model', 'Benchmark'] } });
    const expected = data.content.entities
      .filter((e) => e.kind === 'model' || e.kind === 'benchmark')
      .map((e) => `${e.kind === 'model' ? 'models' : 'benchmarks'}/${e.id}/`);
    expect(all.map((r) => r.path).sort()).toEqual(expected.sort());
  });

  test('a checked value keeps the other values of its filter shown, each with what checking it too would add', async () => {
    const unfiltered = await run({ q: 'osworld', filters: {} });
    const perType = new Map<string, number>();
    for (const r of unfiltered.all) perType.set(r.type, (perType.get(r.type) ?? 0) + 1);
    expect(perType.size).toBeGreaterThan(2);
    await search(page, baseURL, { q: 'osworld', filters: { type: ['Finding'] } });
    for (const [type, n] of perType) {
      if (type === 'Finding') continue;
      const label = page.locator('details.filter-group[data-filter-name="type"] label.filter-option', {
        has: page.locator(`input[value="${type}"]`),
      });
      expect(await label.isVisible(), type).toBe(true);
      expect(await label.locator('.filter-count').textContent(), type).toBe(String(n));
    }
    // Checking one of them too lists both kinds: the count it showed is what it added.
    const claims = perType.get('Claim') ?? 0;
    const findings = perType.get('Finding') ?? 0;
    const both = await run({ q: 'osworld', filters: { type: ['Finding', 'Claim'] } });
    expect(both.total).toBe(findings + claims);
  });

  test('with a query: each filter keeps exactly the matching part of the unfiltered results', async () => {
    const unfiltered = await run({ q: 'osworld', filters: {} });
    expect(new Set(unfiltered.all.map((r) => r.type)).size).toBeGreaterThan(2);
    for (const type of ['Claim', 'Finding', 'Benchmark']) {
      const filtered = await run({ q: 'osworld', filters: { type: [type] } });
      const expected = unfiltered.all.filter((r) => r.type === type).map((r) => r.path);
      expect(expected.length, type).toBeGreaterThan(0);
      expect(filtered.all.map((r) => r.path).sort(), type).toEqual(expected.sort());
    }
    const both = await run({ q: 'osworld', filters: { type: ['Claim'], benchmark: ['OSWorld-Verified'], model: ['GPT-5.2'] } });
    expect(both.total).toBeGreaterThan(0);
    for (const r of both.all) {
      expect(r.type).toBe('Claim');
      expect(r.filters.model).toContain('GPT-5.2');
      expect(r.filters.benchmark).toContain('OSWorld-Verified');
    }
  });

  test('checking and unchecking a box in the filter pane narrows the results and updates the address', async () => {
    await search(page, baseURL, { q: 'terminal bench', filters: {} });
    const unfilteredTotal = Number(await page.getAttribute('[data-search-page]', 'data-count'));
    await openFilterGroup(page, 'type');
    const box = page.locator(typeBox('Finding'));
    await box.check();
    await page.waitForURL(/\?q=terminal\+bench&type=Finding$/);
    await waitForResults(page);
    const narrowed = await allResults(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(unfilteredTotal);
    expect(new Set(narrowed.map((r) => r.type))).toEqual(new Set(['Finding']));
    await box.uncheck();
    await page.waitForURL(/\?q=terminal\+bench$/);
    await waitForResults(page);
    expect((await allResults(page)).length).toBe(unfilteredTotal);
  });
});

describe('a search lives in the address', () => {
  test('a copied address restores the same query, filters and results', async () => {
    await page.goto(`${baseURL}search/`);
    await waitForResults(page);
    const input = page.locator(SEARCH_INPUT);
    await input.click();
    await input.pressSequentially('gpt 5.2 osworld');
    await page.waitForURL(/\?q=gpt\+5\.2\+osworld$/);
    await openFilterGroup(page, 'type');
    await page.locator(typeBox('Claim')).check();
    await page.waitForURL(/\?q=gpt\+5\.2\+osworld&type=Claim$/);
    await waitForResults(page, 5);
    const copied = page.url();
    const before = await shownResults(page, baseURL, 5);
    expect(before.length).toBeGreaterThan(1);

    const other = await browser.newPage();
    try {
      await other.goto(copied);
      await waitForResults(other, 5);
      expect(await shownResults(other, baseURL, 5)).toEqual(before);
      expect(await other.locator(SEARCH_INPUT).inputValue()).toBe('gpt 5.2 osworld');
      expect(await other.locator(typeBox('Claim')).isChecked()).toBe(true);
    } finally {
      await other.close();
    }
  });

  test('the header box on the search page searches in place and keeps the address in step', async () => {
    await search(page, baseURL, { q: 'osworld', filters: {} });
    await page.fill('#site-search', 'humaneval');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=humaneval$/);
    await waitForResults(page);
    expect((await shownResults(page, baseURL, 1))[0]?.path).toBe('benchmarks/humaneval/');
  });

  test('on the search page, / and Ctrl+K go to the page’s own search box', async () => {
    await search(page, baseURL, { q: 'gdpval', filters: {} });
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate((box) => document.activeElement?.matches(box), SEARCH_INPUT)).toBe(true);
    await page.locator('h1').click();
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.evaluate((box) => document.activeElement?.matches(box), SEARCH_INPUT)).toBe(true);
  });
});

describe('the results summary, a first page of cards and "Show more results"', () => {
  /** The result ids of the page's current search, in order. */
  const resultIds = (p: Page): Promise<string[]> =>
    p.evaluate(() =>
      (document.querySelector('[data-search-page]') as unknown as { searchPage: { results: { id: string }[] } }).searchPage.results.map(
        (r) => r.id,
      ),
    );

  test('the summary is a live region that says how many results there are, for what, and what to do before a search', async () => {
    await page.goto(searchUrl(baseURL, { q: '', filters: {} }));
    await page.waitForSelector('[data-search-page][data-status="ready"]');
    const summary = page.locator('[data-search-summary]');
    expect(await summary.getAttribute('role')).toBe('status');
    expect(await summary.textContent()).toBe('Type a query, or choose filters to list everything they match.');
    const { total } = await search(page, baseURL, { q: 'terminal bench', filters: {} });
    expect(total).toBeGreaterThan(1);
    expect(await summary.textContent()).toBe(`${total} results for “terminal bench”`);
    const findings = await search(page, baseURL, { q: '', filters: { type: ['Finding'] } });
    expect(await summary.textContent()).toBe(`${findings.total} results`);
    await page.goto(searchUrl(baseURL, { q: 'xyzzy', filters: {} }));
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.answered === 'xyzzy');
    expect(await summary.textContent()).toBe('No results for “xyzzy”');
    // Clearing the box (Escape) brings the default message back, and the address loses its query.
    await page.locator(SEARCH_INPUT).focus();
    await page.keyboard.press('Escape');
    await page.waitForURL(`${baseURL}search/`);
    await expect.poll(() => summary.textContent()).toBe('Type a query, or choose filters to list everything they match.');
  });

  test(`a broad search renders ${RESULTS_PER_PAGE} cards, loads only their fragments, and "Show more results" adds the next ones`, async () => {
    const p = await browser.newPage();
    try {
      const fetched = new Set<string>();
      p.on('requestfinished', (r) => {
        const path = new URL(r.url()).pathname;
        if (path.endsWith('.pf_fragment')) fetched.add(path.slice(path.lastIndexOf('/') + 1));
      });
      const total = await (async () => {
        await p.goto(searchUrl(baseURL, { q: '', filters: { type: ['Claim'] } }));
        return waitForResults(p, 1);
      })();
      expect(total, 'the search must have more than three pages of results').toBeGreaterThan(3 * RESULTS_PER_PAGE);
      await p.waitForLoadState('networkidle');
      const cards = p.locator(RESULT_CARDS);
      expect(await cards.count()).toBe(RESULTS_PER_PAGE);
      expect(await p.locator('.sr-placeholder').count()).toBe(0);
      const more = p.locator(SHOW_MORE);
      expect(await more.isVisible()).toBe(true);
      expect(await more.textContent()).toBe('Show more results');
      expect(await p.locator('[data-search-more-count]').textContent()).toBe(`Showing ${RESULTS_PER_PAGE} of ${total} results.`);

      // The fragment files fetched are exactly those holding the rendered cards' data.
      const dir = join(MAIN_DIST, 'pagefind', 'fragment');
      const names = readdirSync(dir)
        .filter((n) => n.endsWith('.pf_fragment'))
        .sort();
      const { files } = readFragments(join(MAIN_DIST, 'pagefind'));
      const fileOf = (id: string): string => names[files.findIndex((ids) => ids.includes(id))] ?? `no fragment file holds ${id}`;
      const ids = await resultIds(p);
      expect(ids.length).toBe(total);
      const filesFor = (from: number, to: number) => new Set(ids.slice(from, to).map(fileOf));
      expect(fetched).toEqual(filesFor(0, RESULTS_PER_PAGE));
      // One fragment file per result: the first page costs exactly its cards' fragments.
      expect(fetched.size).toBe(RESULTS_PER_PAGE);

      // The next page: ten more cards, focus on the first of them, their files (and no others) fetched.
      await more.click();
      await p.waitForFunction(({ cards, n }) => document.querySelectorAll(`${cards}.sr-result`).length === n, {
        cards: RESULT_CARDS,
        n: 2 * RESULTS_PER_PAGE,
      });
      await p.waitForLoadState('networkidle');
      expect(await cards.count()).toBe(2 * RESULTS_PER_PAGE);
      await expect
        .poll(() => p.evaluate((cards) => document.activeElement === document.querySelectorAll(`${cards} .sr-link`)[10], RESULT_CARDS))
        .toBe(true);
      expect(fetched).toEqual(filesFor(0, 2 * RESULTS_PER_PAGE));
      const paths = await p.$$eval(`${RESULT_CARDS} .sr-link`, (links) => links.map((a) => a.getAttribute('href')));
      const expected = await p.evaluate(async (n) => {
        const root = document.querySelector('[data-search-page]') as unknown as {
          searchPage: { results: { data(): Promise<{ url: string }> }[] };
        };
        return Promise.all(root.searchPage.results.slice(0, n).map(async (r) => (await r.data()).url));
      }, 2 * RESULTS_PER_PAGE);
      expect(paths, 'the cards are the results in order').toEqual(expected);

      // Pressed until every result is shown, the button goes.
      while (await more.isVisible()) await more.click();
      await waitForResults(p, total);
      expect(await p.locator(`${RESULT_CARDS}.sr-result`).count()).toBe(total);
      expect(await p.locator('[data-search-more]').isHidden()).toBe(true);

      // A new search starts again at the first page.
      await search(p, baseURL, { q: '', filters: { type: ['Claim'] } }, 1);
      expect(await cards.count()).toBe(RESULTS_PER_PAGE);
    } finally {
      await p.close();
    }
  });
});

describe('the filter pane', () => {
  test('each filter is a group, in FILTER_KEYS order, whose checkboxes sit in a fieldset its legend names', async () => {
    await search(page, baseURL, { q: '', filters: { type: ['Finding'] } });
    const groups = await page.$$eval('[data-filter-pane] > details.filter-group', (details) =>
      details.map((d) => ({
        key: (d as HTMLElement).dataset.filterName,
        summary: d.querySelector('summary .filter-group-name')?.textContent,
        legend: d.querySelector(':scope > fieldset > legend')?.textContent,
        boxes: d.querySelectorAll('input[type="checkbox"]').length,
        inFieldset: d.querySelectorAll(':scope > fieldset input[type="checkbox"]').length,
        labelled: [...d.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].every((b) => (b.labels?.length ?? 0) === 1),
      })),
    );
    expect(groups.map((g) => g.key)).toEqual([...FILTER_KEYS]);
    for (const g of groups) {
      const name = `${g.key?.charAt(0).toUpperCase()}${g.key?.slice(1)}`;
      expect(g.summary, g.key).toBe(name);
      expect(g.legend, g.key).toBe(name);
      expect(g.boxes, g.key).toBeGreaterThan(0);
      expect(g.inFieldset, g.key).toBe(g.boxes);
      expect(g.labelled, g.key).toBe(true);
    }
    // The checked value's group says how many are selected.
    expect(await page.locator('details.filter-group[data-filter-name="type"] .filter-group-selected').textContent()).toBe('1 selected');
  });

  // Beside the results (wide) and above them (a phone): loading the counts loads Pagefind's filter index, which
  // every later search then counts over (seconds at 2,000 sources), so a visit that does not filter never loads it.
  test.each([390, 1280])('at %i px every group starts closed, and the filter index loads only when a group is opened', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const visit = await context.newPage();
    try {
      const filterFiles: string[] = [];
      visit.on('request', (r) => {
        if (r.url().endsWith('.pf_filter')) filterFiles.push(r.url());
      });
      await search(visit, baseURL, { q: 'osworld', filters: {} });
      const unfiltered = await allResults(visit);
      expect(filterFiles).toEqual([]);
      // The groups are there, closed and without values, in FILTER_KEYS order.
      const groups = visit.locator('[data-filter-pane] > details.filter-group');
      expect(await groups.evaluateAll((ds) => ds.map((d) => (d as HTMLElement).dataset.filterName))).toEqual([...FILTER_KEYS]);
      expect(await groups.evaluateAll((ds) => ds.filter((d) => (d as HTMLDetailsElement).open).length)).toBe(0);
      // Opening one loads the counts; its summary keeps the focus, and its values show what the query finds.
      const summary = visit.locator('details.filter-group[data-filter-name="type"] > summary');
      await summary.focus();
      await visit.keyboard.press('Enter');
      const claimLabel = visit.locator('details.filter-group[data-filter-name="type"] label.filter-option', {
        has: visit.locator('input[value="Claim"]'),
      });
      await claimLabel.locator('.filter-count').filter({ hasText: /^\d+$/ }).waitFor();
      await visit.waitForSelector('[data-search-page][data-status="ready"]');
      expect(filterFiles.length).toBeGreaterThan(0);
      expect(await visit.evaluate(() => document.activeElement?.closest('details')?.dataset.filterName)).toBe('type');
      const claims = unfiltered.filter((r) => r.type === 'Claim').length;
      await visit.waitForFunction(
        (n) =>
          document
            .querySelector('details.filter-group[data-filter-name="type"] input[value="Claim"]')
            ?.closest('label')
            ?.querySelector('.filter-count')?.textContent === String(n),
        claims,
      );
      await claimLabel.locator('input').check();
      await visit.waitForURL(/\?q=osworld&type=Claim$/);
      await waitForResults(visit);
      expect(new Set((await allResults(visit)).map((r) => r.type))).toEqual(new Set(['Claim']));
    } finally {
      await context.close();
    }
  });

  test('the checkboxes work from the keyboard, with a visible focus ring', async () => {
    await search(page, baseURL, { q: 'terminal bench', filters: {} });
    await openFilterGroup(page, 'type');
    const boxes = page.locator('details.filter-group[data-filter-name="type"] input[type="checkbox"]');
    await boxes.first().focus();
    await page.keyboard.press('Tab');
    const second = await boxes.nth(1).getAttribute('value');
    const ring = await page.evaluate(() => {
      const box = document.activeElement as HTMLInputElement | null;
      const style = box ? getComputedStyle(box) : null;
      return {
        type: box?.type,
        value: box?.value,
        visible: box?.matches(':focus-visible'),
        outline: style?.outlineStyle,
        width: parseFloat(style?.outlineWidth ?? '0'),
      };
    });
    expect(ring).toMatchObject({ type: 'checkbox', value: second, visible: true, outline: 'solid' });
    expect(ring.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Space');
    await page.waitForURL(new RegExp(`\\?q=terminal\\+bench&type=${encodeURIComponent(second ?? '')}$`));
    const { top } = await (async () => ({ total: await waitForResults(page), top: await shownResults(page, baseURL, 3) }))();
    expect(top.length).toBeGreaterThan(0);
    for (const r of top) expect(r.type).toBe(second);
    await page.keyboard.press('Space');
    await page.waitForURL(/\?q=terminal\+bench$/);
  });
});

describe('accessibility, CSP and the JavaScript budget', () => {
  const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

  async function axeViolations(p: Page): Promise<string[]> {
    await p.evaluate(axeSource);
    return p.evaluate(async () => {
      type Result = { violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[] };
      const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<Result> } }).axe;
      const r = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
      return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary ?? ''}`));
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    test(`the search page, its results and its open filter pane pass axe (${theme} theme)`, async () => {
      const p = await browser.newPage({ colorScheme: theme });
      try {
        await p.goto(searchUrl(baseURL, { q: 'terminal bench', filters: { type: ['Claim', 'Finding'] } }));
        await waitForResults(p, 5);
        await p.evaluate(() => {
          for (const d of document.querySelectorAll<HTMLDetailsElement>('details.filter-group')) d.open = true;
        });
        await p.locator(SEARCH_INPUT).focus();
        expect(await axeViolations(p)).toEqual([]);
      } finally {
        await p.close();
      }
    });
  }

  test('filter checkboxes are named by their value and count, as a screen reader reads them', async () => {
    await search(page, baseURL, { q: '', filters: { type: ['Finding'] } });
    const name = await page.evaluate((selector) => {
      const box = document.querySelector<HTMLInputElement>(selector);
      return box?.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim();
    }, typeBox('Finding'));
    expect(name).toMatch(/^Finding \(\d+ results?\)$/);
  });

  test('the search page runs under the CSP without a single violation or error', async () => {
    const p = await browser.newPage();
    const problems: string[] = [];
    p.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy/.test(m.text())) problems.push(m.text());
    });
    p.on('pageerror', (e) => problems.push(e.message));
    try {
      await p.goto(searchUrl(baseURL, { q: 'gb200', filters: {} }));
      await waitForResults(p);
      expect(problems).toEqual([]);
    } finally {
      await p.close();
    }
  });

  test("focusing the box loads no index; a query fetches only its own words' index chunks", async () => {
    const p = await browser.newPage();
    try {
      await p.goto(searchUrl(baseURL, { q: '', filters: {} }));
      const fetched: string[] = [];
      p.on('request', (r) => {
        if (/\/pagefind\//.test(r.url())) fetched.push(new URL(r.url()).pathname);
      });
      await p.locator(SEARCH_INPUT).focus();
      await p.waitForLoadState('networkidle');
      expect(fetched.filter((u) => u.endsWith('.pf_index'))).toEqual([]);
      await p.locator(SEARCH_INPUT).pressSequentially('swe bench pro');
      await p.waitForURL(/\?q=swe\+bench\+pro$/);
      await waitForResults(p, 3);
      expect((await shownResults(p, baseURL, 1))[0]?.path).toBe('benchmarks/swe-bench-pro/');
      const chunks = readdirSync(join(MAIN_DIST, 'pagefind', 'index')).filter((n) => n.endsWith('.pf_index'));
      const loaded = new Set(fetched.filter((u) => u.endsWith('.pf_index')));
      expect(loaded.size).toBeGreaterThan(0);
      expect(loaded.size, `the query loaded ${loaded.size} of ${chunks.length} index chunks`).toBeLessThan(chunks.length);
    } finally {
      await p.close();
    }
  });

  test('the first search of a visit fetches under half of the word index and result text, and not every fragment', async () => {
    const p = await browser.newPage();
    try {
      const fetched = new Set<string>();
      p.on('requestfinished', (r) => {
        const path = new URL(r.url()).pathname;
        if (/\.pf_(index|fragment)$/.test(path)) fetched.add(path.slice(path.indexOf('/pagefind/') + '/pagefind/'.length));
      });
      await p.goto(searchUrl(baseURL, { q: '', filters: {} }));
      await p.waitForSelector('[data-search-page][data-started]');
      // One query (as pasted, or typed before the debounce ends): each prefix typed would be a search of its own.
      await p.locator(SEARCH_INPUT).fill('terminal bench');
      await p.waitForURL(/\?q=terminal\+bench$/);
      await waitForResults(p, 3);
      await p.waitForLoadState('networkidle');
      const size = (rel: string): number => statSync(join(MAIN_DIST, 'pagefind', rel)).size;
      const all = ['index', 'fragment'].flatMap((dir) => readdirSync(join(MAIN_DIST, 'pagefind', dir)).map((n) => `${dir}/${n}`));
      const whole = all.reduce((s, rel) => s + size(rel), 0);
      const loaded = [...fetched].reduce((s, rel) => s + size(rel), 0);
      const fragments = (paths: Iterable<string>) => [...paths].filter((rel) => rel.startsWith('fragment/')).length;
      expect(fragments(fetched), 'the shown results load their text').toBeGreaterThan(0);
      expect(fragments(fetched), `fragment files fetched, of ${fragments(all)}`).toBeLessThan(fragments(all));
      expect(loaded, `bytes of index chunks and fragments fetched (${[...fetched].join(', ')}), of ${whole} in all`).toBeLessThan(
        whole / 2,
      );
    } finally {
      await p.close();
    }
  });

  test('a question finds what its words match, says when it dropped words, and the header box shows the query', async () => {
    await page.goto(searchUrl(baseURL, { q: 'which figures did gpt proto get wrong', filters: {} }));
    await waitForResults(page, 1);
    expect(await page.locator('#site-search').inputValue()).toBe('which figures did gpt proto get wrong');
    const note = page.locator('[data-search-note]');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/No page has every word of your query\. Showing results for .+, without “/);
  });

  test('a misspelt query is corrected and says so', async () => {
    await page.goto(searchUrl(baseURL, { q: 'termnal bench', filters: {} }));
    await waitForResults(page, 1);
    expect((await shownResults(page, baseURL, 1))[0]?.path).toBe('benchmarks/terminal-bench-2-0/');
    expect(await page.locator('[data-search-note]').textContent()).toContain('Showing results for terminal bench');
  });

  test('a query that matches nothing says so at once and points to the A–Z index', async () => {
    // Pagefind matches near spellings itself, so only a word far from every indexed one finds nothing.
    await page.goto(searchUrl(baseURL, { q: 'xyzzy', filters: {} }));
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.answered === 'xyzzy');
    const note = page.locator('[data-search-note]');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('Nothing matches “xyzzy”.');
    expect(await note.textContent()).toContain('A–Z');
    expect(await page.locator('#az-title').isVisible()).toBe(true);
  });

  test('no page but /search/ fetches any script, worker, WebAssembly or index file (but the copy button, under 1 kB, where a citation is)', async () => {
    const claim = data.content.claims[0];
    const finding = data.analysis.findings[0];
    const pages = ['', 'models/gpt-5-3-codex/', 'benchmarks/terminal-bench-2-0/', 'sources/openai-introducing-gpt-5-3-codex/'];
    if (claim) pages.push(`claims/${claim.source}/${claim.localId}/`);
    if (finding) pages.push(`discrepancies/${finding.id}/`);
    const p = await browser.newPage();
    const fetched: string[] = [];
    const copyButton: string[] = [];
    p.on('request', (r) => {
      const url = new URL(r.url()).pathname;
      // The copy button's script is the one other script a page may load (checked for size below).
      if (url.endsWith('/copy.js')) copyButton.push(r.url());
      else if (['script', 'fetch', 'xhr'].includes(r.resourceType()) || /\/pagefind\/|\.(m?js|wasm|pagefind|pf_\w+)$/.test(url))
        fetched.push(r.url());
    });
    try {
      for (const path of pages) {
        await p.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
        await p.locator('#site-search').focus();
        // Wait for the event, not for a time: resolve once the page has handled the three input events of
        // "gpt" and a task and a frame have run after them (where a handler's fetch would have started).
        await p.evaluate(() => {
          const w = window as unknown as { inputsHandled?: Promise<void> };
          w.inputsHandled = new Promise<void>((resolve) => {
            let seen = 0;
            addEventListener('input', () => {
              seen++;
              if (seen === 3) setTimeout(() => requestAnimationFrame(() => resolve()), 0);
            });
          });
        });
        await p.keyboard.type('gpt');
        await p.evaluate(() => (window as unknown as { inputsHandled: Promise<void> }).inputsHandled);
        expect(await p.locator('#site-search').inputValue(), path || 'home').toBe('gpt');
        expect(fetched, path || 'home').toEqual([]);
      }
      expect(copyButton.length, 'the claim and finding pages offer a copy button').toBeGreaterThan(0);
      expect(readFileSync(join(MAIN_DIST, 'copy.js')).length, 'the copy button script stays under 1 kB').toBeLessThan(1024);
      await p.goto(searchUrl(baseURL, { q: 'gpt', filters: {} }), { waitUntil: 'networkidle' });
      expect(fetched.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    } finally {
      await p.close();
    }
  });
});
