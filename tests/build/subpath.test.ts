/**
 * Sub-path deploys: the site is built with BASE_PATH=/codex-claims/ and served only under that path (any
 * other path answers 404, as on a shared host). Every internal link, anchor, asset and data file must
 * resolve inside it: statically over the build, by an HTTP crawl from the home page, and in Chromium, where
 * one page of each kind loads with all its assets and search (Pagefind under /codex-claims/pagefind/)
 * returns results that link inside the sub-path.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertClean } from '../../scripts/checks/base/problem.ts';
import { loadSite, siteRootOf } from '../../scripts/checks/base/site.ts';
import { httpCrawl, pagesToVisit, servedUrl } from '../../scripts/checks/browser/crawl.ts';
import { checkAnchors } from '../../scripts/checks/rules/anchors.ts';
import { checkLinks } from '../../scripts/checks/rules/links.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { type RunningServer, serveStatic } from '../../scripts/lib/static-server.ts';
import { shownResults, waitForResults } from '../e2e/search-helpers.ts';

const BASE = '/codex-claims/';

let dir: string;
let dist: string;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'codex-claims-subpath-'));
  dist = join(dir, 'dist');
  buildSite({ outDir: dist, base: BASE });
  server = await serveStatic(dist, { base: BASE });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * Records every failed or out-of-base request a context makes. A request the page itself aborted (a search
 * fragment still loading when the test moves to the next page) proves nothing either way, so it is
 * fetched again over HTTP when the failures are read: it must answer 200.
 */
function recordFailures(context: BrowserContext, origin: string): { read(): Promise<string[]> } {
  const failures: string[] = [];
  const aborted = new Set<string>();
  context.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()} (from ${response.frame().url()})`);
  });
  context.on('requestfailed', (request) => {
    if (request.failure()?.errorText === 'net::ERR_ABORTED') aborted.add(request.url());
    else failures.push(`failed ${request.url()}: ${request.failure()?.errorText}`);
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && !url.pathname.startsWith(BASE))
      failures.push(`outside ${BASE}: ${request.url()} (from ${request.frame().url()})`);
  });
  return {
    async read() {
      for (const url of aborted) {
        const status = (await fetch(url)).status;
        if (status !== 200) failures.push(`${status} ${url} (aborted in the page, then fetched again)`);
      }
      return failures;
    },
  };
}

/** One page per kind of page ("/claims/*\/*\/", "/sources/*\/", ...), the first two of each. */
function onePerKind(paths: readonly string[]): string[] {
  const byKind = new Map<string, string[]>();
  for (const path of paths) {
    const parts = path.split('/').filter(Boolean);
    const kind = parts.map((p, i) => (i === 0 ? p : '*')).join('/');
    byKind.set(kind, [...(byKind.get(kind) ?? []), path]);
  }
  return [...byKind.values()].flatMap((list) => list.slice(0, 2));
}

describe(`a build for ${BASE}`, () => {
  it('puts every canonical URL under the sub-path', () => {
    expect(new URL(siteRootOf(dist)).pathname).toBe(BASE);
  });

  it('has no link, asset, feed or data URL that is broken or escapes the sub-path (static check)', () => {
    const site = loadSite(dist);
    assertClean(checkLinks(site));
    assertClean(checkAnchors(site));
  });

  it('answers 200 for every URL an HTTP crawl from the home page reaches, data files and feed included', async () => {
    const { visited, failures } = await httpCrawl(server.url, server.url);
    expect(failures).toEqual([]);
    const paths = [...visited.keys()].map((u) => new URL(u).pathname);
    expect(paths.length).toBeGreaterThan(100);
    for (const pattern of [
      /\/data\/claims\.json$/,
      /\/data\/claims\.csv$/,
      /\/data\/[a-z]+\.schema\.json$/,
      /\.xml$/,
      /\/pagefind\//,
      /\/search\/$/,
    ]) {
      expect(
        paths.some((p) => pattern.test(p)),
        `the crawl never reached ${pattern}`,
      ).toBe(true);
    }
  });

  it('loads one page of each kind in Chromium with every asset, and nothing outside the sub-path', async () => {
    const context = await browser.newContext();
    const failures = recordFailures(context, new URL(server.url).origin);
    const page = await context.newPage();
    const pages = onePerKind(pagesToVisit(dist).filter((p) => p !== '/404.html'));
    expect(pages.length).toBeGreaterThan(8);
    for (const path of pages) {
      const response = await page.goto(servedUrl(server.url, path));
      expect(response?.status(), path).toBe(200);
      await page.waitForLoadState('networkidle');
    }
    await context.close();
    expect(await failures.read()).toEqual([]);
  });

  it('search finds results through the header search box, and they link inside the sub-path', async () => {
    const context = await browser.newContext();
    const failures = recordFailures(context, new URL(server.url).origin);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.keyboard.press('/');
    await page.keyboard.type('terminal bench');
    await Promise.all([page.waitForURL(/\/search\/\?/), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(`${BASE}search/`);
    const total = await waitForResults(page, 3);
    expect(total).toBeGreaterThan(0);
    const results = await shownResults(page, server.url, 3);
    expect(results.length).toBe(3);
    for (const result of results) {
      expect(result.path, `result "${result.title}" links outside ${BASE}`).not.toMatch(/^\/|^https?:/);
      const response = await fetch(servedUrl(server.url, result.path));
      expect(response.status, result.path).toBe(200);
    }
    await context.close();
    expect(await failures.read()).toEqual([]);
  });
});
