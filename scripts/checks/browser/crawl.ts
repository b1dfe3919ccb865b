/**
 * Browser-side helpers shared by the gates that visit every page: the list of pages to visit (the sitemap,
 * mapped onto the URL the build is served at, plus every other built page such as 404.html), a small pool
 * of Playwright pages so a crawl runs several pages at once in one browser, and a wait for a page to settle.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { parseTags } from '../base/html.ts';
import { htmlPages, sitemapLocs, siteRootOf, toSitePath } from '../base/site.ts';
import { cssUrls, urlsOfTag } from '../base/urls.ts';

/**
 * Every page of a built site as a site path ("/", "/sources/x/", "/404.html"): the sitemap's URLs mapped
 * from the canonical origin onto the site root, then every other built HTML page. Throws if the sitemap
 * lists a URL outside the site.
 */
export function pagesToVisit(dist: string): string[] {
  const root = new URL(siteRootOf(dist));
  const fromSitemap = sitemapLocs(dist).map((loc) => {
    const path = toSitePath(new URL(loc), root);
    if (path === null) throw new Error(`The sitemap lists ${loc}, which is outside the site root ${root.href}.`);
    return path;
  });
  const seen = new Set(fromSitemap);
  return [
    ...fromSitemap,
    ...htmlPages(dist)
      .map((p) => p.path)
      .filter((p) => !seen.has(p)),
  ];
}

/** The served URL of a site path, for a server whose base URL ends with "/". */
export function servedUrl(baseURL: string, sitePath: string): string {
  return new URL(sitePath.replace(/^\//, ''), baseURL).href;
}

/**
 * Waits until the page has had no network request in flight and no DOM mutation for `quietMs`
 * (results rendered by a script, fonts loaded), or `timeoutMs` passed.
 */
export async function settle(page: Page, quietMs = 250, timeoutMs = 10_000): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => undefined);
  // A string, not a function: tsx (esbuild keepNames) would wrap named inner functions in a __name helper
  // that does not exist in the page.
  await page.evaluate(`new Promise((resolve) => {
    let timer = 0;
    const finish = () => { observer.disconnect(); clearTimeout(timer); clearTimeout(stop); resolve(undefined); };
    const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(finish, ${quietMs}); });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    timer = setTimeout(finish, ${quietMs});
    const stop = setTimeout(finish, ${timeoutMs});
  })`);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** A fixed number of pages (each in its own context) handed out one test or task at a time. */
export interface PagePool {
  /** Runs `task` with a free page; waits for one when all are busy. */
  use<T>(task: (page: Page, context: BrowserContext) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Opens `size` contexts with `options` (and `setup` run on each) in one browser. */
export async function pagePool(
  browser: Browser,
  size: number,
  options: BrowserContextOptions = {},
  setup: (context: BrowserContext) => Promise<void> = async () => {},
): Promise<PagePool> {
  const free: { page: Page; context: BrowserContext }[] = [];
  const waiting: ((slot: { page: Page; context: BrowserContext }) => void)[] = [];
  const all: BrowserContext[] = [];
  for (let i = 0; i < size; i++) {
    const context = await browser.newContext(options);
    await setup(context);
    all.push(context);
    free.push({ page: await context.newPage(), context });
  }
  const release = (slot: { page: Page; context: BrowserContext }): void => {
    const next = waiting.shift();
    if (next) next(slot);
    else free.push(slot);
  };
  return {
    async use(task) {
      const slot = free.pop() ?? (await new Promise<{ page: Page; context: BrowserContext }>((resolve) => waiting.push(resolve)));
      try {
        return await task(slot.page, slot.context);
      } finally {
        release(slot);
      }
    },
    async close() {
      await Promise.all(all.map((c) => c.close()));
    },
  };
}

/** One URL an HTTP crawl could not get, or that points outside the site. */
export interface CrawlFailure {
  url: string;
  status: number | string;
  from: string;
}

/**
 * Follows every same-origin link from `start` with plain HTTP (no browser): HTML pages are parsed for links,
 * style sheets for url(), other files only fetched. A same-origin URL outside `siteRoot` is a failure (the
 * sub-path deploy would 404), as is any status other than 200.
 */
export async function httpCrawl(
  start: string,
  siteRoot: string,
  limit = 5000,
): Promise<{ visited: Map<string, string>; failures: CrawlFailure[] }> {
  const root = new URL(siteRoot);
  const visited = new Map<string, string>(); // url -> content type
  const failures: CrawlFailure[] = [];
  const queue: { url: string; from: string }[] = [{ url: new URL(start).href, from: '(start)' }];
  const seen = new Set([queue[0]?.url]);
  const enqueue = (raw: string, base: string, from: string): void => {
    let url: URL;
    try {
      url = new URL(raw, base);
    } catch {
      failures.push({ url: raw, status: 'invalid URL', from });
      return;
    }
    if (url.origin !== root.origin) return;
    url.hash = '';
    if (!url.pathname.startsWith(root.pathname)) {
      failures.push({ url: url.href, status: `outside the base path ${root.pathname}`, from });
      return;
    }
    if (seen.has(url.href) || seen.size >= limit) return;
    seen.add(url.href);
    queue.push({ url: url.href, from });
  };
  const visit = async (item: { url: string; from: string }): Promise<void> => {
    const response = await fetch(item.url, { redirect: 'manual' });
    const type = response.headers.get('content-type') ?? '';
    visited.set(item.url, type);
    if (response.status !== 200) {
      failures.push({ url: item.url, status: response.status, from: item.from });
      await response.arrayBuffer();
    } else if (type.startsWith('text/html')) {
      for (const tag of parseTags(await response.text())) {
        for (const { raw } of urlsOfTag(tag)) if (raw) enqueue(raw, item.url, item.url);
        const css = tag.name === 'style' ? tag.text : tag.attrs.get('style');
        if (css) for (const u of cssUrls(css)) enqueue(u.raw, item.url, item.url);
      }
    } else if (type.startsWith('text/css')) {
      for (const u of cssUrls(await response.text())) enqueue(u.raw, item.url, item.url);
    } else await response.arrayBuffer();
  };
  await new Promise<void>((resolve, reject) => {
    let inflight = 0;
    const pump = (): void => {
      while (inflight < 8 && queue.length > 0) {
        const item = queue.shift() as { url: string; from: string };
        inflight++;
        visit(item)
          .catch(reject)
          .finally(() => {
            inflight--;
            pump();
          });
      }
      if (inflight === 0 && queue.length === 0) resolve();
    };
    pump();
  });
  return { visited, failures };
}
