/**
 * Every page type at 1280 and 390 px, in the light and the dark theme (emulated prefers-color-scheme),
 * checked for what a screenshot would show as broken: the page answers with the right status, has its
 * heading, does not scroll sideways at phone width (wide tables scroll inside their own region), and paints
 * the theme it was asked for. With CODEX_CLAIMS_SCREENSHOTS=1 (`npm run screenshots`) each is also saved as
 * a full-page screenshot into tests/e2e/screenshots/ (gitignored) for people to look at; `npm test` skips
 * only the image encoding, which is most of the time, never a check.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { loadSiteFiles, type PageType, pageTypes } from './pages.ts';

const baseURL = inject('baseURL');
const OUT = join('tests', 'e2e', 'screenshots');
/** Chromium cannot capture taller pages in one image; longer pages are cut at this height. */
const MAX_HEIGHT = 16_000;
const SAVE = process.env.CODEX_CLAIMS_SCREENSHOTS === '1';
let browser: Browser;
let pages: PageType[] = [];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchChromium();
  pages = pageTypes(await loadSiteFiles(baseURL));
});
afterAll(async () => {
  await browser?.close();
});

/** Relative luminance (0 black … 1 white) of a CSS rgb() colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255);
  const lin = (c = 0) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

describe.concurrent('every page type at both widths in both themes', () => {
  for (const width of [1280, 390]) {
    for (const theme of ['light', 'dark'] as const) {
      test(`${width} px, ${theme} theme`, async () => {
        expect(pages.length).toBe(25);
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
        const page = await context.newPage();
        const problems: string[] = [];
        try {
          for (const p of pages) {
            const response = await page.goto(`${baseURL}${p.path}`);
            await page.evaluate(() => document.fonts.ready);
            if (response?.status() !== p.status) problems.push(`${p.name}: status ${response?.status()}, expected ${p.status}`);
            const h1 = (await page.locator('main h1').first().textContent())?.trim() ?? '';
            if (h1 === '') problems.push(`${p.name}: no h1`);
            const { scrollWidth, innerWidth, background, height } = await page.evaluate(() => ({
              scrollWidth: document.documentElement.scrollWidth,
              innerWidth: window.innerWidth,
              background: getComputedStyle(document.body).backgroundColor,
              height: document.documentElement.scrollHeight,
            }));
            if (scrollWidth > innerWidth)
              problems.push(`${p.name}: page scrolls sideways (${scrollWidth} px wide in a ${innerWidth} px window)`);
            const lum = luminance(background);
            if (theme === 'dark' ? lum > 0.1 : lum < 0.8) problems.push(`${p.name}: background ${background} does not look ${theme}`);
            if (SAVE)
              await page.screenshot({
                path: join(OUT, `${p.name}-${width}-${theme}.png`),
                fullPage: true,
                clip: { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT) },
              });
          }
        } finally {
          await context.close();
        }
        expect(problems).toEqual([]);
      });
    }
  }
});
