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
import { AXE_PATH, applyTheme, axeViolations, formatViolations, THEME_MODES } from '../../scripts/checks/browser/axe.ts';
import { type PagePool, pagePool, pagesToVisit, servedUrl, settle } from '../../scripts/checks/browser/crawl.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { MAIN_DIST } from '../build/main-site.ts';
import { waitForResults } from './search-helpers.ts';

const baseURL = inject('baseURL');
const PAGES = pagesToVisit(MAIN_DIST);
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

describe('the checker', () => {
  it('puts each page in four distinct theme modes: the two dark ones look the same, and so do the two light ones', async () => {
    await pool.use(async (page) => {
      await page.goto(servedUrl(baseURL, '/'));
      const colours: Record<string, string> = {};
      for (const mode of THEME_MODES) {
        await applyTheme(page, mode);
        colours[mode.name] = await page.evaluate(
          () => `${getComputedStyle(document.body).backgroundColor} ${getComputedStyle(document.body).color}`,
        );
      }
      const [systemLight, systemDark, toggleDark, toggleLight] = THEME_MODES.map((m) => colours[m.name]);
      expect(systemDark, 'the dark theme must differ from the light one, or the dark checks prove nothing').not.toBe(systemLight);
      expect(toggleDark).toBe(systemDark);
      expect(toggleLight).toBe(systemLight);
    });
  });

  it('reports real violations: an image without alt text and low-contrast text, also in the colour-only modes', async () => {
    await pool.use(async (page) => {
      await page.goto(servedUrl(baseURL, '/'));
      await page.evaluate(() => {
        const main = document.querySelector('main');
        const img = document.createElement('img');
        img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
        const faint = document.createElement('p');
        faint.textContent = 'Faint text that nobody can read';
        faint.style.color = 'rgb(150, 150, 150)';
        faint.style.background = 'rgb(160, 160, 160)';
        main?.prepend(img, faint);
      });
      for (const mode of THEME_MODES) {
        await applyTheme(page, mode);
        const rules = (await axeViolations(page, { colourOnly: !mode.allRules })).map((v) => v.rule);
        expect(rules, mode.name).toContain('color-contrast');
        if (mode.allRules) expect(rules, mode.name).toContain('image-alt');
      }
    });
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
