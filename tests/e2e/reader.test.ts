/**
 * The reader's experience in Chromium against the built site:
 * (a) from the home page a figure's quote is two clicks away (via a model page or the benchmark table);
 * (b) every page type renders its main content with JavaScript disabled;
 * (c) the discrepancy filters work without JavaScript (pre-rendered views, the list narrows);
 * (d) pages do not shift while loading (cumulative layout shift ≈ 0, fonts included);
 * (e) nothing is lost: the claim rows across the source pages are exactly /data/claims.json, and every
 *     claim appears on its subject's page (a model's claims page, which the model's page links to).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { claimsPath, entityPath, loadSiteFiles, mainModel, pageTypes, type SiteFiles } from './pages.ts';

const baseURL = inject('baseURL');
let browser: Browser;
let files: SiteFiles;

beforeAll(async () => {
  browser = await launchChromium();
  files = await loadSiteFiles(baseURL);
});
afterAll(async () => {
  await browser?.close();
});

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

async function withPage<T>(
  options: { javaScriptEnabled?: boolean; width?: number },
  run: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  try {
    return await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

/** The claim a permalink page shows, looked up in the export by its URL. */
function claimAt(url: string) {
  const path = new URL(url).pathname;
  const base = new URL(baseURL).pathname;
  const claim = files.claims.find((c) => new URL(c.url).pathname === `/${path.slice(base.length)}` || new URL(c.url).pathname === path);
  if (!claim) throw new Error(`${path} is not the permalink of any claim in /data/claims.json.`);
  return claim;
}

async function expectQuote(page: Page): Promise<void> {
  const claim = claimAt(page.url());
  const quote = page.locator('main blockquote.quote').first();
  await expect.poll(() => quote.isVisible()).toBe(true);
  expect(squash(await quote.textContent())).toBe(squash(claim.quote));
}

describe('(a) a figure’s quote is two clicks from the home page', () => {
  test('home → model page → claim permalink', async () => {
    await withPage({}, async (page) => {
      const model = mainModel(files);
      await page.goto(baseURL);
      await page
        .locator(`main a[href$="/${entityPath(model)}"]`)
        .first()
        .click();
      expect(new URL(page.url()).pathname).toMatch(new RegExp(`/${entityPath(model)}$`));
      await page.locator('main table.facts a.value').first().click();
      expect(page.url()).toContain('/claims/');
      await expectQuote(page);
    });
  });

  test('home → benchmark table → claim permalink', async () => {
    await withPage({}, async (page) => {
      await page.goto(baseURL);
      await page.locator('main a[href$="/benchmarks/"]').first().click();
      expect(new URL(page.url()).pathname).toMatch(/\/benchmarks\/$/);
      await page.locator('main table.matrix a.value').first().click();
      expect(page.url()).toContain('/claims/');
      await expectQuote(page);
    });
  });
});

describe('(b) every page type works without JavaScript', () => {
  test('each page type shows its heading and main content with JavaScript disabled', async () => {
    const types = pageTypes(files);
    const problems: string[] = [];
    await withPage({ javaScriptEnabled: false }, async (page) => {
      for (const p of types) {
        const response = await page.goto(`${baseURL}${p.path}`);
        if (response?.status() !== p.status) problems.push(`${p.name}: status ${response?.status()}`);
        const h1 = squash(await page.locator('main h1').first().textContent());
        if (!h1) problems.push(`${p.name}: no heading`);
        const count = (selector: string) => page.locator(selector).count();
        const expectations: Record<string, () => Promise<string | null>> = {
          home: async () =>
            (await count('main table.facts tbody tr')) > 0 && (await count('main [data-finding]')) > 0 ? null : 'no key facts or findings',
          model: async () => ((await count('main table.facts tbody tr')) > 0 ? null : 'no facts'),
          'model-claims': async () =>
            (await count(`main ul.sections a[href*="/${p.path}"]`)) > 0 ? null : 'no links to the sections of facts',
          'model-claims-section': async () => ((await count('main table.facts tbody tr')) > 0 ? null : 'no facts'),
          'model-text-section': async () =>
            (await count('main div.prose sup.cite a[href*="/claims/"]')) > 0 &&
            (await count('main [data-text-sections] [aria-current="page"]')) === 1 &&
            (await count(`main a[href$="/${p.path.split('/about/')[0]}/"]`)) > 0
              ? null
              : 'no cited text, no list of the sections with this one current, or no link back to the entity',
          'benchmark-index': async () => ((await count('main table.matrix a.value')) > 0 ? null : 'no scores in the matrix'),
          benchmark: async () =>
            (await count('main svg[role="img"] title')) === 1 && (await count('main table.claims tbody tr')) > 0
              ? null
              : 'no chart or score table',
          'source-index': async () => ((await count('main table tbody tr')) === files.sources.length ? null : 'not every source listed'),
          source: async () => {
            const slug = p.path.split('/')[1];
            const n = files.claims.filter((c) => c.source === slug).length;
            const sections = await page.locator(`main ul.sections a[href*="/sources/${slug}/claims/"]`).count();
            const counted = (await page.locator('main ul.sections li').allTextContents())
              .map((t) => Number(/\((\d+) claims?\)/.exec(t)?.[1] ?? Number.NaN))
              .reduce((a, b) => a + b, 0);
            return sections > 0 && counted === n ? null : `its sections count ${counted} claims in ${sections} links, not ${n}`;
          },
          'source-section': async () => {
            const slug = p.path.split('/')[1];
            const rows = await page
              .locator('main tr[data-claim]')
              .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-claim') ?? ''));
            return rows.length > 0 && rows.every((id) => id.startsWith(`${slug}/`))
              ? null
              : `rows ${rows.join(', ')} are not this source's claims`;
          },
          claim: async () =>
            (await count('main blockquote.quote')) === 1 && (await count('main pre.cite')) === 3 ? null : 'no quote or citation',
          'discrepancy-index': async () => {
            // Every finding but the "not disclosed" ones as a card; those are counted and linked to their table's page.
            const undisclosed = files.findings.filter((f) => f.kind === 'unsupported').length;
            const heading = squash(await page.locator('main #not-disclosed').textContent());
            return (await count('main [data-finding]')) === files.findings.length - undisclosed &&
              heading.endsWith(`(${undisclosed})`) &&
              (await count('main a[href*="/discrepancies/not-disclosed/by-"]')) > 0
              ? null
              : 'not every finding listed, or the not-disclosed findings not counted and linked';
          },
          'discrepancy-filtered': async () => {
            const kind = p.path.split('/')[2];
            const n = files.findings.filter((f) => f.kind === kind).length;
            return (await count('main [data-finding]')) === n ? null : `expected ${n} findings`;
          },
          'discrepancy-undisclosed': async () => {
            const n = files.findings.filter((f) => f.kind === 'unsupported').length;
            return (await count('main table.undisclosed tr[data-finding]')) === n && (await count('main .findings')) === 0
              ? null
              : `expected ${n} rows in one table and no cards`;
          },
          'discrepancy-undisclosed-section': async () => {
            const rows = await count('main table.undisclosed[data-undisclosed="detail"] tr[data-finding]');
            const values = await count('main table.undisclosed td[data-label="What the sources state"] a.value');
            return rows > 0 &&
              values >= rows &&
              (await count('main [data-undisclosed-sections] a')) > 0 &&
              (await count('main .findings')) === 0
              ? null
              : `${rows} rows with ${values} values, no links to the other sections, or cards`;
          },
          finding: async () => {
            const f = files.findings.find((x) => p.path === `discrepancies/${x.id}/`);
            if (!f) return 'unknown finding';
            const sideBySide = await count('main .side-by-side > li');
            const arithmetic = await count('main ol.arith > li');
            const review = await page.locator('script[type="application/ld+json"]').allTextContents();
            if (sideBySide !== f.claims.length) return `${sideBySide} of ${f.claims.length} claims side by side`;
            if (
              f.kind === 'unsupported'
                ? arithmetic !== 0 || (await count('main [data-searched]')) !== 1
                : arithmetic !== f.arithmetic.length
            )
              return 'arithmetic (or, for a not-disclosed finding, what was searched) missing';
            if ((await count('main pre.cite')) !== 3) return 'no citation';
            const reviews = review.join('').split('"ClaimReview"').length - 1;
            return reviews === 1 || (reviews === 0 && f.kind === 'unsupported') ? null : `${reviews} ClaimReviews, expected exactly one`;
          },
          data: async () =>
            (await count('main a[href$=".json"]')) >= 4 && (await count('main a[href*="/data/fields/#fields-"]')) === 4
              ? null
              : 'no downloads, or not a link to the fields of each of the 4 tables',
          'data-fields': async () =>
            (await count('main dl[data-fields]')) === 8 ? null : 'not the JSON fields and CSV columns of the 4 tables',
          methodology: async () =>
            (await count('main table')) >= 2 &&
            (await count('main a[href$="/methodology/comparing/#comparing"], main a[href$="/methodology/findings/#kinds"]')) === 2
              ? null
              : 'tables or the contents links to the other two methodology pages missing',
          'methodology-comparing': async () =>
            (await count('main table')) >= 1 && (await count('main #verdicts')) === 1 ? null : 'no example table or verdicts',
          'methodology-findings': async () =>
            (await count('main table')) >= 1 && (await count('main #severity')) === 1 ? null : 'no severity table',
          '404': async () => (/not found/i.test(h1) ? null : 'not the 404 page'),
          organization: async () => ((await count('main #about')) === 1 ? null : 'no about section'),
          product: async () => ((await count('main #about')) === 1 ? null : 'no about section'),
        };
        expectations['finding-undisclosed'] = expectations.finding as () => Promise<string | null>;
        const check = expectations[p.name];
        const problem = check ? await check() : `no expectation for page type ${p.name}`;
        if (problem) problems.push(`${p.name} (${p.path}): ${problem}`);
      }
    });
    expect(problems).toEqual([]);
  });
});

describe('(c) discrepancy filters work without JavaScript', () => {
  test('following each kind of filter link narrows the list to the matching findings', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseURL}discrepancies/`);
      // The index shows every finding but the "not disclosed" ones, which are counted there and listed in their table's page.
      const undisclosed = files.findings.filter((f) => f.kind === 'unsupported').length;
      expect(await page.locator('main [data-finding]').count()).toBe(files.findings.length - undisclosed);
      await page.goto(`${baseURL}discrepancies/not-disclosed/by-subject/`);
      expect(await page.locator('main [data-finding]').count()).toBe(undisclosed);
      const all = files.findings.length;
      const checks: { filter: string; keep: (f: SiteFiles['findings'][number], value: string) => boolean }[] = [
        { filter: 'kind', keep: (f, v) => f.kind === v },
        { filter: 'severity', keep: (f, v) => f.severity === v },
        { filter: 'source', keep: (f, v) => f.sources.includes(v) },
        { filter: 'model', keep: () => true },
      ];
      for (const { filter, keep } of checks) {
        await page.goto(`${baseURL}discrepancies/`);
        const links = page.locator(`nav.filters a[href*="/discrepancies/${filter}/"]`);
        expect(await links.count(), `${filter} filter links`).toBeGreaterThan(0);
        // The option that keeps the fewest findings shows the narrowing best.
        const options = await links.evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })));
        const counts = options.map((o) => Number(/\((\d+)\)\s*$/.exec(o.text)?.[1] ?? Number.NaN));
        const at = counts.indexOf(Math.min(...counts));
        const option = options[at];
        if (!option) throw new Error(`no ${filter} option`);
        await links.nth(at).click();
        const value = decodeURIComponent(option.href.split('/').filter(Boolean).at(-1) ?? '');
        expect(new URL(page.url()).pathname).toMatch(new RegExp(`/discrepancies/${filter}/${value}/$`));
        const shown = await page.locator('main [data-finding]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-finding')));
        expect(shown.length).toBe(counts[at]);
        expect(shown.length).toBeLessThan(all);
        const expected = files.findings.filter((f) => keep(f, value)).map((f) => f.id);
        for (const id of shown) expect(expected).toContain(id);
        if (filter !== 'model') expect(shown.length).toBe(expected.length);
        expect(await page.locator('nav.filters a[aria-current="page"]').textContent()).toBe(option.text);
      }
    });
  });
});

describe('(d) no layout shift while loading', () => {
  test('cumulative layout shift stays near 0 on a few pages, fonts included', async () => {
    const model = mainModel(files);
    const finding = files.findings[0];
    const paths = ['', entityPath(model), 'benchmarks/', finding ? `discrepancies/${finding.id}/` : 'discrepancies/'];
    const results: string[] = [];
    for (const width of [1280, 390]) {
      await withPage({ width }, async (page) => {
        for (const path of paths) {
          await page.goto(`${baseURL}${path}`, { waitUntil: 'load' });
          const cls = await page.evaluate(async () => {
            await document.fonts.ready;
            await new Promise((r) => setTimeout(r, 300));
            return new Promise<number>((resolve) => {
              new PerformanceObserver((list) => {
                let sum = 0;
                for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
                  if (!e.hadRecentInput) sum += e.value;
                }
                resolve(sum);
              }).observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => resolve(0), 1000);
            });
          });
          results.push(`${width} /${path}: ${cls.toFixed(4)}`);
          expect(cls, `CLS of /${path} at ${width} px`).toBeLessThan(0.01);
        }
      });
    }
    console.log(`Cumulative layout shift:\n  ${results.join('\n  ')}`);
  });

  test('the measurement itself sees a shift when content is pushed down after load', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${baseURL}methodology/`, { waitUntil: 'load' });
      const cls = await page.evaluate(async () => {
        await document.fonts.ready;
        const banner = document.createElement('div');
        banner.style.height = '300px';
        document.body.prepend(banner);
        await new Promise((r) => setTimeout(r, 300));
        return new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            resolve(list.getEntries().reduce((sum, e) => sum + (e as PerformanceEntry & { value: number }).value, 0));
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(0), 1000);
        });
      });
      expect(cls).toBeGreaterThan(0.01);
    });
  });
});

describe('(e) nothing is lost', () => {
  async function html(path: string): Promise<string> {
    const response = await fetch(new URL(path, baseURL));
    expect(response.status, path).toBe(200);
    return response.text();
  }

  test('the claim rows across all source pages (each source’s section pages, linked from its page) are exactly /data/claims.json', async () => {
    const seen: string[] = [];
    for (const s of files.sources) {
      const overview = await html(`sources/${s.id}/`);
      const sections = [
        ...new Set([...overview.matchAll(new RegExp(`href="/(sources/${s.id}/claims/[^/"]+/)"`, 'g'))].map((m) => m[1] as string)),
      ];
      expect(sections.length, `sources/${s.id}/ links no section page`).toBeGreaterThan(0);
      for (const page of [overview, ...(await Promise.all(sections.map(html)))])
        seen.push(...[...page.matchAll(/<tr[^>]*\bdata-claim="([^"]+)"/g)].map((m) => m[1] as string));
    }
    expect(seen.length).toBe(files.claims.length);
    expect([...seen].sort()).toEqual(files.claims.map((c) => c.id).sort());
  });

  test('every claim appears on its subject’s page, linked to its permalink', async () => {
    const missing: string[] = [];
    const kinds = new Map(files.entities.map((e) => [e.id, e]));
    const pages = new Map<string, string>();
    for (const c of files.claims) {
      const subject = kinds.get(c.subject);
      if (!subject) {
        missing.push(`${c.id}: subject ${c.subject} has no entity`);
        continue;
      }
      const path = claimsPath(subject);
      if (!pages.has(path)) {
        // A model's claims page is the contents: its sections of facts are pages of their own, which it links.
        const contents = await html(path);
        const sections = [...new Set([...contents.matchAll(new RegExp(`href="/(${path}[^/"]+/)"`, 'g'))].map((m) => m[1] as string))];
        if (subject.kind === 'model') expect(sections.length, `/${path} links no section page`).toBeGreaterThan(0);
        pages.set(path, [contents, ...(await Promise.all(sections.map(html)))].join('\n'));
      }
      if (!pages.get(path)?.includes(`href="${new URL(c.url).pathname}"`)) missing.push(`${c.id} is not on /${path}`);
    }
    expect(missing).toEqual([]);
    expect(pages.size).toBeGreaterThan(1);
    expect(
      [...pages.keys()].some((p) => p.endsWith('/claims/')),
      'no claim is listed on a model’s claims page',
    ).toBe(true);
  });

  test('the page of every model with claims links to its claims page', async () => {
    const problems: string[] = [];
    for (const model of files.entities.filter((e) => e.kind === 'model')) {
      if (!files.claims.some((c) => c.subject === model.id)) continue;
      const target = new URL(claimsPath(model), baseURL).pathname;
      if (!(await html(entityPath(model))).includes(`href="${target}"`)) problems.push(`/${entityPath(model)} does not link to ${target}`);
    }
    expect(problems).toEqual([]);
  });
});
