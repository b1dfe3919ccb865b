/**
 * Every page, visited once in Chromium with the CSP enforced, for each gate that needs a real browser on
 * every page (one visit serves them all, so a page is loaded once, not once per gate):
 * - accessibility: axe-core with the WCAG 2.0/2.1 A+AA and 2.2 AA rules, in the four theme modes
 *   (scripts/checks/browser/axe.ts: light by system preference with every rule; dark by system preference,
 *   and each theme chosen with the toggle against the other preference, with the colour rules, which is
 *   all a theme can change: each page is first shown to vary nothing but colours by theme). Zero violations;
 * - privacy: the page requests nothing from another origin;
 * - CSP: nothing on the page violates its own policy (something it needs would be blocked).
 * The pages are the sitemap's (mapped onto the served URL) plus every other built page (404.html), and a
 * search with results, whose later requests (a second query, the theme toggle) are recorded too.
 * axe and the CSP recorder are preloaded by init scripts, which the page's CSP does not govern, so the
 * pages are checked exactly as readers get them. The accessibility checker is first shown to work here (its
 * four theme modes are distinct, and axe reports planted violations in each); the CSP and privacy checkers
 * are shown to catch real faults in tests/e2e/security.test.ts.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  AXE_PATH,
  type AxeViolation,
  applyTheme,
  axeViolations,
  COLOUR_RULES,
  colourFingerprint,
  formatViolations,
  THEME_MODES,
  themeDependentRules,
} from '../../scripts/checks/browser/axe.ts';
import { type PagePool, pagePool, pagesToVisit, servedUrl, settle } from '../../scripts/checks/browser/crawl.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { MAIN_DIST } from '../build/main-site.ts';
import { waitForResults } from './search-helpers.ts';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;
const PAGES = pagesToVisit(MAIN_DIST);
/** A search page showing results: its filter pane, summary and result cards (src/client/search-*.ts) must pass too. */
const SEARCH_WITH_RESULTS = '/search/?q=terminal+bench';

/** Records CSP violations in the page. */
const RECORD_CSP_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + (e.sourceFile || location.pathname) + ':' + e.lineNumber);
  });
`;

/** Requests to another origin, per context, since that context last started a page. */
const offsite = new Map<BrowserContext, string[]>();

let browser: Browser;
let pool: PagePool;

beforeAll(async () => {
  browser = await launchChromium();
  pool = await pagePool(browser, 3, { reducedMotion: 'reduce' }, async (context) => {
    await context.addInitScript({ path: AXE_PATH });
    await context.addInitScript({ content: RECORD_CSP_VIOLATIONS });
    offsite.set(context, []);
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin)
        offsite.get(context)?.push(`${request.frame().url()} requested ${request.url()}`);
    });
  });
});

afterAll(async () => {
  await pool?.close();
  await browser?.close();
});

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/**
 * What axe finds on the page as it is now, in each theme mode, one block of text per mode with violations.
 * The colour rules run once per distinct rendering of the colours: a mode whose colours are those of a mode
 * already checked (the toggle's dark is the system's dark) has that mode's colour result, since COLOUR_RULES
 * read nothing else; when the colours differ, axe runs again.
 */
async function axeFailures(page: Page, path: string): Promise<string[]> {
  const failures: string[] = [];
  const colourResults = new Map<string, AxeViolation[]>();
  for (const mode of THEME_MODES) {
    await applyTheme(page, mode);
    const fingerprint = await colourFingerprint(page);
    let violations: AxeViolation[];
    if (mode.allRules) {
      violations = await axeViolations(page);
      colourResults.set(
        fingerprint,
        violations.filter((v) => (COLOUR_RULES as readonly string[]).includes(v.rule)),
      );
    } else {
      const known = colourResults.get(fingerprint);
      violations = known ?? (await axeViolations(page, { colourOnly: true }));
      colourResults.set(fingerprint, violations);
    }
    if (violations.length > 0) failures.push(formatViolations(path, mode.name, violations));
  }
  return failures;
}

describe('the accessibility checker', () => {
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

describe('the theme check', () => {
  it('passes the site as built, and reports a rule by which a theme changes more than colours', async () => {
    await pool.use(async (page) => {
      await page.goto(servedUrl(baseURL, '/'));
      expect(await themeDependentRules(page)).toEqual([]);
      // A constructed stylesheet: the page's CSP (rightly) blocks an injected <style>.
      await page.evaluate(() => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(
          '@media (prefers-color-scheme: dark) { main { display: none } } :root[data-theme="dark"] { color-scheme: dark; font-size: 2rem }',
        );
        document.adoptedStyleSheets = [sheet];
      });
      expect(await themeDependentRules(page)).toEqual([
        'adopted stylesheet: @media (prefers-color-scheme: dark) { 1 rules }',
        'adopted stylesheet: :root[data-theme="dark"] { font-size }',
      ]);
    });
  });
});

describe('the colour fingerprint', () => {
  it('is the same for the two ways to reach a theme, differs between the themes, and sees a colour only one way sets', async () => {
    await pool.use(async (page) => {
      await page.goto(servedUrl(baseURL, '/'));
      const prints: string[] = [];
      for (const mode of THEME_MODES) {
        await applyTheme(page, mode);
        prints.push(await colourFingerprint(page));
      }
      const [systemLight, systemDark, toggleDark, toggleLight] = prints;
      expect(systemDark).not.toBe(systemLight);
      expect(toggleDark).toBe(systemDark);
      expect(toggleLight).toBe(systemLight);
      // One element's colour set only when the toggle chose dark: the toggle's dark no longer matches.
      await page.evaluate(() => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(':root[data-theme="dark"] footer a { outline-color: rgb(1, 2, 3) }');
        document.adoptedStyleSheets = [sheet];
      });
      await applyTheme(page, THEME_MODES[2] as (typeof THEME_MODES)[number]);
      expect(await colourFingerprint(page)).not.toBe(systemDark);
    });
  });
});

describe('the pages to visit', () => {
  it('come from the sitemap and include every kind of page', () => {
    expect(PAGES.length).toBeGreaterThan(20);
    for (const path of ['/', '/sources/', '/data/', '/search/', '/404.html'])
      expect(PAGES, `${path} is not in the sitemap or the build`).toContain(path);
  });
});

describe.concurrent('every page: WCAG 2.2 AA in every theme, no request to another origin, no CSP violation', () => {
  it.each(PAGES)('%s', async (path) => {
    await pool.use(async (page, context) => {
      offsite.set(context, []);
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(servedUrl(baseURL, path));
      expect(response?.status(), `${path} did not load`).toBeLessThan(path === '/404.html' ? 500 : 400);
      expect(
        await themeDependentRules(page),
        `${path}: a theme changes more than colours, so the colour rules do not stand for all of axe in the other modes`,
      ).toEqual([]);
      const failures = await axeFailures(page, path);
      if (failures.length > 0) throw new Error(`axe found violations on ${path}:\n${failures.join('\n')}`);
      expect(offsite.get(context), `${path}: requests to another origin (the site must make no third-party requests)`).toEqual([]);
      expect(await cspViolations(page), `${path}: CSP violations (something the page needs is blocked by its own policy)`).toEqual([]);
    });
  });

  it(`${SEARCH_WITH_RESULTS}, then a second query and the theme toggle`, async () => {
    await pool.use(async (page, context) => {
      offsite.set(context, []);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(servedUrl(baseURL, SEARCH_WITH_RESULTS));
      await waitForResults(page, 3);
      await settle(page);
      expect(await themeDependentRules(page), `${SEARCH_WITH_RESULTS}: a theme changes more than colours`).toEqual([]);
      const failures = await axeFailures(page, SEARCH_WITH_RESULTS);
      if (failures.length > 0) throw new Error(`axe found violations on ${SEARCH_WITH_RESULTS}:\n${failures.join('\n')}`);
      const violations = await cspViolations(page);
      // A second query and the theme toggle, so the scripts' later requests are recorded too.
      await page.goto(servedUrl(baseURL, '/search/?q=misattribution'));
      await waitForResults(page, 3);
      await page.click('[data-theme-toggle]');
      await settle(page);
      violations.push(...(await cspViolations(page)));
      expect(offsite.get(context), 'search: requests to another origin').toEqual([]);
      expect(violations, 'search: CSP violations').toEqual([]);
    });
  });
});
