/**
 * Keyboard-only use, in Chromium: the skip link is the first Tab stop and moves focus into the main content;
 * Tab reaches the search box; "/" and Ctrl+K focus it from anywhere (and "/" still types inside it);
 * a search is typed, submitted with Enter and a result opened with the keyboard; the theme toggle flips
 * with Enter and Space, keeps its label naming the theme it switches to, and its choice survives a reload. Focus is visible.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { servedUrl } from '../../scripts/checks/browser/crawl.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { waitForResults } from './search-helpers.ts';

const baseURL = inject('baseURL');
const SEARCH_BOX = 'header input[type="search"]';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

beforeEach(async () => {
  await context?.close();
  context = await browser.newContext({ colorScheme: 'light' });
  page = await context.newPage();
});

/** What has focus: tag, a few attributes, whether it is inside <main>/<header>, and whether its focus is drawn. */
async function focused(p: Page): Promise<{
  tag: string;
  href: string | null;
  id: string;
  type: string | null;
  text: string;
  inMain: boolean;
  inHeader: boolean;
  visible: boolean;
  outlined: boolean;
}> {
  return p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body)
      return { tag: 'body', href: null, id: '', type: null, text: '', inMain: false, inHeader: false, visible: false, outlined: false };
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      href: el.getAttribute('href'),
      id: el.id,
      type: el.getAttribute('type'),
      text: (el.textContent ?? '').trim().replace(/\s+/g, ' '),
      inMain: !!el.closest('main'),
      inHeader: !!el.closest('header'),
      visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
      outlined: (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
    };
  });
}

/** Presses Tab until `match` holds for the focused element (at most `max` times); returns how many presses it took. */
async function tabUntil(p: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, what: string, max = 60): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await p.keyboard.press('Tab');
    if (match(await focused(p))) return i;
  }
  throw new Error(`Tab never reached ${what} in ${max} presses (last focus: ${JSON.stringify(await focused(p))})`);
}

const isSearchBox = (f: Awaited<ReturnType<typeof focused>>): boolean => f.tag === 'input' && f.type === 'search' && f.inHeader;

describe('keyboard: skip link', () => {
  it('is the first Tab stop, is visible with a focus ring, and Enter moves focus into the main content', async () => {
    await page.goto(servedUrl(baseURL, '/sources/'));
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.tag).toBe('a');
    expect(first.href).toMatch(/^#/);
    expect(first.text.toLowerCase()).toContain('skip');
    expect(first.visible, 'the skip link must be visible when focused').toBe(true);
    expect(first.outlined, 'the focused skip link must show a focus indicator').toBe(true);
    const target = (first.href ?? '#').slice(1);
    expect(await page.evaluate((id) => document.getElementById(id)?.tagName.toLowerCase(), target)).toBe('main');
    await page.keyboard.press('Enter');
    // The fragment navigation completes after the key press returns: wait for it, then assert.
    await page.waitForURL((url) => url.hash === `#${target}`, { timeout: 5000 }).catch(() => undefined);
    expect(new URL(page.url()).hash).toBe(`#${target}`);
    await page.keyboard.press('Tab');
    const next = await focused(page);
    expect(next.inMain, `after the skip link, Tab must land inside <main>; it landed on ${JSON.stringify(next)}`).toBe(true);
  });
});

describe('keyboard: search', () => {
  it('Tab reaches the search box in the header, with a focus ring', async () => {
    await page.goto(servedUrl(baseURL, '/'));
    await tabUntil(page, isSearchBox, 'the header search box', 30);
    expect((await focused(page)).outlined, 'the focused search box must show a focus indicator').toBe(true);
  });

  it('"/" focuses the search box from the page, and types "/" once inside it', async () => {
    await page.goto(servedUrl(baseURL, '/sources/'));
    await page.keyboard.press('/');
    expect(isSearchBox(await focused(page))).toBe(true);
    expect(await page.inputValue(SEARCH_BOX), 'the "/" that focused the box must not be typed into it').toBe('');
    await page.keyboard.type('v1/chat');
    await page.keyboard.press('/');
    expect(await page.inputValue(SEARCH_BOX)).toBe('v1/chat/');
  });

  it('Ctrl+K focuses the search box, also from a focused link', async () => {
    await page.goto(servedUrl(baseURL, '/data/'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+k');
    expect(isSearchBox(await focused(page))).toBe(true);
  });

  it('a query typed and submitted with Enter opens /search/ with results, and a result opens with the keyboard', async () => {
    await page.goto(servedUrl(baseURL, '/'));
    await page.keyboard.press('/');
    await page.keyboard.type('terminal bench');
    await Promise.all([page.waitForURL(/\/search\/\?/), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('terminal bench');
    await waitForResults(page, 3);
    const searchPath = new URL(page.url()).pathname;
    await tabUntil(
      page,
      (f) => f.tag === 'a' && f.inMain && !!f.href && !f.href.startsWith('#') && !f.href.includes('/search/'),
      'a search result link inside <main>',
      200,
    );
    const result = await focused(page);
    expect(result.outlined, 'the focused result must show a focus indicator').toBe(true);
    await Promise.all([page.waitForURL((url) => url.pathname !== searchPath), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(new URL(result.href ?? '', page.url()).pathname);
  });
});

describe('keyboard: theme toggle', () => {
  const state = (p: Page): Promise<{ theme: string | null; label: string | null }> =>
    p.evaluate(() => ({
      theme: document.documentElement.getAttribute('data-theme'),
      label:
        document
          .querySelector('[data-theme-toggle]')
          ?.textContent?.replace(/\W*◐\s*/, '')
          .trim() ?? null,
    }));

  it('Enter and Space flip data-theme and the label (which names the theme a press switches to), and the choice survives a reload', async () => {
    await page.goto(servedUrl(baseURL, '/'));
    expect(await state(page)).toEqual({ theme: null, label: 'Dark theme' });
    await tabUntil(page, (f) => f.tag === 'button' && f.inHeader && f.text.toLowerCase().includes('theme'), 'the theme toggle', 40);
    expect((await focused(page)).outlined, 'the focused toggle must show a focus indicator').toBe(true);
    await page.keyboard.press('Enter');
    expect(await state(page)).toEqual({ theme: 'dark', label: 'Light theme' });
    await page.reload();
    expect(await state(page), 'the dark theme chosen with the toggle must persist across a reload').toEqual({
      theme: 'dark',
      label: 'Light theme',
    });
    await tabUntil(page, (f) => f.tag === 'button' && f.inHeader && f.text.toLowerCase().includes('theme'), 'the theme toggle', 40);
    await page.keyboard.press('Space');
    expect(await state(page)).toEqual({ theme: 'light', label: 'Dark theme' });
    await page.goto(servedUrl(baseURL, '/sources/'));
    expect(await state(page), 'the light theme chosen with the toggle must persist on other pages').toEqual({
      theme: 'light',
      label: 'Dark theme',
    });
  });

  it('offers the light theme when the system prefers dark, and Enter switches to light', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(servedUrl(baseURL, '/'));
    expect(await state(page)).toEqual({ theme: null, label: 'Light theme' });
    await page.focus('[data-theme-toggle]');
    await page.keyboard.press('Enter');
    expect(await state(page)).toEqual({ theme: 'light', label: 'Dark theme' });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.reload();
    expect(await state(page)).toEqual({ theme: 'light', label: 'Dark theme' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);
  });
});
