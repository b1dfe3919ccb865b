/**
 * Accessibility gate: axe-core with the WCAG 2.0/2.1 A+AA and 2.2 AA rules on every page of the sitemap
 * (mapped onto the served URL), every other built page (404.html) and a search with results, in four theme
 * modes: light and dark by system preference (every rule), and dark and light chosen with the toggle's
 * data-theme attribute against the other preference (the colour rules; see COLOUR_RULES). Zero violations.
 * One browser, three pages at a time. axe is preloaded into every page by an init script rather than
 * page.addScriptTag: init scripts are not subject to the page's CSP (an added inline <script> is, rightly,
 * blocked), so the pages are checked exactly as readers get them, CSP enforced, and axe is not re-sent
 * for every page (~0.2 s a page saved).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AXE_PATH, applyTheme, axeViolations, formatViolations, THEME_MODES } from '../../scripts/checks/axe.ts';
import { type PagePool, pagePool, pagesToVisit, servedUrl, settle } from '../../scripts/checks/crawl.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { waitForResults } from './search-helpers.ts';

const baseURL = inject('baseURL');
const PAGES = pagesToVisit('dist');
/** A search page showing results: Pagefind's Component UI must pass too, its own elements included. */
const SEARCH_WITH_RESULTS = '/search/?q=terminal+bench';

let browser: Browser;
let pool: PagePool;

beforeAll(async () => {
  browser = await launchChromium();
  pool = await pagePool(browser, 3, { reducedMotion: 'reduce' }, async (context) => {
    await context.addInitScript({ path: AXE_PATH });
  });
});

afterAll(async () => {
  await pool?.close();
  await browser?.close();
});

describe('the pages to check', () => {
  it('come from the sitemap and include every kind of page', () => {
    expect(PAGES.length).toBeGreaterThan(20);
    for (const path of ['/', '/sources/', '/data/', '/search/', '/404.html'])
      expect(PAGES, `${path} is not in the sitemap or the build`).toContain(path);
  });
});

describe.concurrent('axe: WCAG 2.2 AA, zero violations in every theme', () => {
  it.each([...PAGES, SEARCH_WITH_RESULTS])('%s', async (path) => {
    await pool.use(async (page) => {
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(servedUrl(baseURL, path));
      expect(response?.status(), `${path} did not load`).toBeLessThan(path === '/404.html' ? 500 : 400);
      if (path === SEARCH_WITH_RESULTS) {
        await waitForResults(page, 3);
        await settle(page);
      }
      const failures: string[] = [];
      for (const mode of THEME_MODES) {
        await applyTheme(page, mode);
        const violations = await axeViolations(page, { colourOnly: !mode.allRules });
        if (violations.length > 0) failures.push(formatViolations(path, mode.name, violations));
      }
      if (failures.length > 0) throw new Error(`axe found violations on ${path}:\n${failures.join('\n')}`);
    });
  });
});
