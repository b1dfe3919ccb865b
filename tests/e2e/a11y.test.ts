/**
 * The accessibility checker, shown to work: the four theme modes it puts a page in are real and distinct,
 * and axe (WCAG 2.0/2.1 A+AA and 2.2 AA rules) reports planted violations in each of them, the colour-only
 * modes included. The gate itself, every page in every mode with zero violations, is in
 * tests/e2e/every-page.test.ts, which visits each page once for every per-page browser check.
 * axe is preloaded by an init script: init scripts are not subject to the page's CSP.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AXE_PATH, applyTheme, axeViolations, THEME_MODES } from '../../scripts/checks/browser/axe.ts';
import { type PagePool, pagePool, servedUrl } from '../../scripts/checks/browser/crawl.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';

const baseURL = inject('baseURL');

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
