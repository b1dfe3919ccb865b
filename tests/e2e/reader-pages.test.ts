/**
 * What a reader of the findings, benchmark, model, claim and source pages trips over (issue #13, points 5–9),
 * checked in Chromium against the built site, layout points at 1280 and 390 px in both themes:
 * (a) the "not disclosed by vendor" findings are one table, each row saying why it matters, and their pages
 *     say what was searched instead of an arithmetic or a gap between figures that do not exist;
 * (b) "xhigh" is explained, in the vendor's own words, where it first appears on a page;
 * (c) a value a source states twice is shown once where other sources are listed;
 * (d) the models index says what it counts, and no internal file number ("(004)") reaches the prose;
 * (e) a benchmark page counts the findings it shows and lists each claim once;
 * (f) the benchmark matrix at 390 px keeps its first column, shows that it scrolls, breaks words only at hyphens;
 * (g) on desktop a source's claims table gives the quotes the room, not the values.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { loadSite } from '../../src/site/pipeline.ts';
import { MAIN_DIST } from '../build/main-site.ts';

const baseURL = inject('baseURL');
const data = loadSite();
const THEMES = ['light', 'dark'] as const;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function withPage<T>(width: number, theme: 'light' | 'dark', run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const unsupported = data.analysis.findings.filter((f) => f.kind === 'unsupported');

/** Every built HTML file under dist/, as [path, text]. */
function builtPages(dir = MAIN_DIST): [string, string][] {
  return readdirSync(dir).flatMap((name): [string, string][] => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return builtPages(path);
    return name.endsWith('.html') ? [[path, readFileSync(path, 'utf8')]] : [];
  });
}
/** The text a reader sees of an HTML file (tags, scripts and styles removed). */
const visibleText = (html: string) =>
  squash(
    html
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );

describe('(a) the "not disclosed by vendor" findings', () => {
  test('are one table on their own pages (linked from the discrepancy page), a row each, with every column section by section, saying why the fact matters, with no card among the disputes', async () => {
    expect(unsupported.length).toBeGreaterThan(1);
    await withPage(1280, 'light', async (page) => {
      await page.goto(`${baseURL}discrepancies/`);
      expect(await page.locator('main table.undisclosed').count()).toBe(0);
      expect(squash(await page.locator('main #not-disclosed').textContent())).toContain(`(${unsupported.length})`);
      expect(await page.locator('main a[href$="/discrepancies/not-disclosed/by-subject/#not-disclosed"]').count()).toBeGreaterThan(0);
      const indexCards = await page.locator('main .findings > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-finding')));
      for (const id of indexCards) expect(unsupported.map((f) => f.id)).not.toContain(id);
      for (const path of ['discrepancies/not-disclosed/by-subject/', 'discrepancies/kind/unsupported/']) {
        await page.goto(`${baseURL}${path}`);
        expect(await page.locator('main table.undisclosed').count(), path).toBe(1);
        const rows = await page
          .locator('main table.undisclosed tbody tr')
          .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-finding') ?? ''));
        expect(rows.sort()).toEqual(unsupported.map((f) => f.id).sort());
        expect((await page.locator('main table.undisclosed thead th').allTextContents()).map(squash), path).toEqual([
          'Fact',
          'Sources',
          'Severity',
        ]);
        const cards = await page.locator('main .findings > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-finding')));
        for (const id of cards) expect(unsupported.map((f) => f.id)).not.toContain(id);
      }
      // Every column, section by section: each row on one section page, linked above the table, saying why the fact matters.
      const sections = await page
        .locator('main [data-undisclosed-sections] a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(sections.length).toBeGreaterThan(1);
      const seen: string[] = [];
      for (const href of sections) {
        await page.goto(new URL(href, baseURL).href);
        expect(await page.locator('main table.undisclosed').count(), href).toBe(1);
        expect((await page.locator('main table.undisclosed thead th').allTextContents()).map(squash), href).toEqual([
          'Fact',
          'What the sources state',
          'Severity',
          'Why it matters',
        ]);
        const rows = await page.locator('main table.undisclosed tbody tr').evaluateAll((trs) =>
          trs.map((tr) => ({
            id: tr.getAttribute('data-finding') ?? '',
            why: tr.querySelector('td[data-label="Why it matters"]')?.textContent ?? '',
          })),
        );
        for (const r of rows) {
          const f = unsupported.find((x) => x.id === r.id);
          expect(squash(r.why), r.id).toBe(data.propertyById.get(f?.property ?? '')?.whyItMatters);
        }
        expect(await page.locator('main .findings').count(), href).toBe(0);
        seen.push(...rows.map((r) => r.id));
      }
      expect(seen.sort()).toEqual(unsupported.map((f) => f.id).sort());
    });
  });

  test('their pages say what was searched, with no arithmetic and no gap between figures', async () => {
    for (const f of unsupported) {
      const text = visibleText(readFileSync(join(MAIN_DIST, 'discrepancies', f.id, 'index.html'), 'utf8'));
      expect(text, f.id).not.toContain('The arithmetic');
      expect(text, f.id).not.toContain('to compare with');
      expect(text, f.id).not.toContain('how far apart the figures are');
      expect(text, f.id).toContain('What was checked');
      expect(text, f.id).toContain(`Why it matters ${data.propertyById.get(f.property)?.whyItMatters}`);
    }
    // Generated wording, pinned on one finding.
    const page = visibleText(readFileSync(join(MAIN_DIST, 'discrepancies', 'unsupported--gdpval--full-name', 'index.html'), 'utf8'));
    expect(page).toContain('The vendor’s text ( OpenAI ) was searched for “stands for”, “short for”, “full name”: no passage states it.');
    expect(page).toContain(
      'Severity low: with no vendor figure to measure a gap against, it weighs how credible the source making the claim is and whether the claim is a figure (weighed more) or a yes/no or a description.',
    );
  });
});

describe('(b) "xhigh" is explained where it first appears', () => {
  const quote = 'All evaluations in the blog were run on GPT-5.3-Codex with xhigh reasoning effort.';
  test('the quote is the vendor snapshot’s own sentence', () => {
    expect(readFileSync('content/sources/openai-introducing-gpt-5-3-codex/snapshot.txt', 'utf8')).toContain(quote);
  });
  for (const path of [
    '',
    'benchmarks/',
    'models/gpt-5-3-codex/',
    'benchmarks/terminal-bench-2-0/',
    'claims/openai-introducing-gpt-5-3-codex/swe-bench-pro-gpt-5-3-codex/',
  ]) {
    test(`/${path}: the note sits next to the first table that shows a bare xhigh`, async () => {
      await withPage(390, 'light', async (page) => {
        await page.goto(`${baseURL}${path}`);
        const where = await page.evaluate(() => {
          const walker = document.createTreeWalker(document.querySelector('main') as Node, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!/\bxhigh\b/.test(n.textContent ?? '') || !(n.parentElement?.checkVisibility() ?? false)) continue;
            // Prose that says it in words ("at xhigh reasoning effort") explains itself.
            if (/\bxhigh reasoning effort\b/.test(n.textContent ?? '')) continue;
            const note = n.parentElement?.closest('[data-qualifier-note]');
            if (note) return { first: 'note', text: note.textContent ?? '' };
            const block = n.parentElement?.closest('.table-scroll, figure, .chart, dl') as Element | null;
            const next = (e: Element | null | undefined) => (e?.matches('[data-qualifier-note]') ? e : null);
            const beside = next(block?.nextElementSibling) ?? next(block?.previousElementSibling);
            return { first: beside ? 'table beside the note' : `"${n.textContent}" far from a note`, text: beside?.textContent ?? '' };
          }
          return { first: 'nothing', text: '' };
        });
        expect(['note', 'table beside the note']).toContain(where.first);
        expect(squash(where.text)).toMatch(/^xhigh(, high)?: the reasoning effort stated with the figure\. OpenAI: “All evaluations/);
        expect(squash(where.text)).toContain(`“${quote}”`);
      });
    });
  }
});

describe('(c) a value a source states twice is shown once', () => {
  test('no claim page lists the same value from the same source twice among the other sources', async () => {
    const problems: string[] = [];
    for (const c of data.content.claims) {
      const html = readFileSync(join(MAIN_DIST, 'claims', c.source, c.id.split('/')[1] as string, 'index.html'), 'utf8');
      const list = /<ul class="others">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
      const items = [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) =>
        visibleText((m[1] as string).replace(/<span class="circ repeats">[\s\S]*$/, '')),
      );
      if (new Set(items).size !== items.length) problems.push(`${c.id}: ${items.join(' | ')}`);
    }
    expect(problems).toEqual([]);
  });

  test('the OpenAI Terminal-Bench claim lists GPT Proto’s 77.3% once, with its second passage linked', async () => {
    await withPage(1280, 'light', async (page) => {
      await page.goto(`${baseURL}claims/openai-introducing-gpt-5-3-codex/terminal-bench-gpt-5-3-codex/`);
      const items = await page.locator('main ul.others > li').allTextContents();
      expect(items.map(squash)).toEqual(['77.3% — GPT Proto Agrees with vendor (stated again in a second passage)']);
      expect(
        await page.locator('main ul.others a[href$="/claims/gpt-proto-gpt-5-3-codex-guide/terminal-bench-gpt-5-3-codex-table/"]').count(),
      ).toBe(1);
    });
  });
});

describe('(d) counts say what they count; no internal numbers in prose', () => {
  test('each model card counts claims and facts, and its badges add up to the facts', async () => {
    await withPage(1280, 'light', async (page) => {
      await page.goto(`${baseURL}models/`);
      const cards = await page.locator('main .cards > li').evaluateAll((lis) =>
        lis.map((li) => ({
          name: li.querySelector('h2')?.textContent?.trim() ?? '',
          line: [...li.querySelectorAll('p.small')].find((p) => /\bclaims?\b/.test(p.textContent ?? ''))?.textContent ?? '',
          badges: [
            ...([...li.querySelectorAll('p.small')].find((p) => /\bclaims?\b/.test(p.textContent ?? ''))?.querySelectorAll('.badge') ?? []),
          ].map((b) => Number(/^\d+/.exec(b.textContent?.trim() ?? '')?.[0] ?? Number.NaN)),
        })),
      );
      expect(cards.length).toBeGreaterThan(1);
      for (const card of cards) {
        const model = data.content.entities.find((e) => e.kind === 'model' && card.name.startsWith(e.name));
        const claims = data.content.claims.filter((c) => c.subject === model?.id).length;
        const m = /^(\d+) claims? about (\d+) facts?:/.exec(squash(card.line));
        if (claims === 0) continue;
        expect(m, `${card.name}: "${squash(card.line)}"`).not.toBeNull();
        expect(Number(m?.[1])).toBe(claims);
        expect(card.badges.reduce((a, b) => a + b, 0)).toBe(Number(m?.[2]));
      }
    });
  });

  test('no page’s text shows an internal file number such as "(004)"', () => {
    const leaks = builtPages().flatMap(([path, html]) => {
      const hits = visibleText(html).match(/.{0,30}\(0\d\d\).{0,10}/g) ?? [];
      return hits.map((h) => `${path.slice(MAIN_DIST.length)}: …${h}…`);
    });
    expect(leaks).toEqual([]);
  });
});

describe('(e) benchmark pages agree with themselves', () => {
  const benchmarks = data.content.entities.filter((e) => e.kind === 'benchmark');
  test('"Findings (N)" is the number of findings the page links to, and no claim row or value appears twice', async () => {
    await withPage(1280, 'light', async (page) => {
      for (const b of benchmarks) {
        await page.goto(`${baseURL}benchmarks/${b.id}/`);
        const heading = squash(await page.locator('main h2#findings').textContent());
        const n = Number(/\((\d+)\)/.exec(heading)?.[1] ?? Number.NaN);
        const linked = await page
          .locator('main a[href*="/discrepancies/"]')
          .evaluateAll((as) => [
            ...new Set(
              as
                .map((a) => a.getAttribute('href') ?? '')
                .filter((h) => /\/discrepancies\/[^/]+--[^/]+\/$/.test(h) && !h.includes('/kind/')),
            ),
          ]);
        expect(linked.length, `${b.id}: ${heading}, links ${linked.join(', ')}`).toBe(n);
        const rows = await page.locator('main tr[data-claim]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-claim')));
        expect(rows.length, b.id).toBe(new Set(rows).size);
        const values = await page.locator('main table a.value').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(values.length, b.id).toBe(new Set(values).size);
      }
    });
  });

  test('what a benchmark measures is shown once, not again in the page’s details', async () => {
    const terminal = readFileSync(join(MAIN_DIST, 'benchmarks', 'terminal-bench-2-0', 'index.html'), 'utf8');
    const main = visibleText(/<main[\s\S]*<\/main>/.exec(terminal)?.[0] ?? '');
    expect(main.match(/terminal skills a coding agent like Codex needs/g)?.length).toBe(1);
  });
});

/** Words (split at spaces) that a line break cuts anywhere but after a hyphen, in the elements matched. */
async function badBreaks(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => {
    const bad: string[] = [];
    for (const el of els) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        for (const m of text.matchAll(/\S+/g)) {
          let top: number | null = null;
          for (let i = 0; i < m[0].length; i++) {
            const r = document.createRange();
            r.setStart(n, (m.index ?? 0) + i);
            r.setEnd(n, (m.index ?? 0) + i + 1);
            const rect = r.getClientRects()[0];
            if (!rect) continue;
            if (top !== null && rect.top > top + 2 && m[0][i - 1] !== '-') bad.push(`${m[0]} (after "${m[0].slice(0, i)}")`);
            top = rect.top;
          }
        }
      }
    }
    return bad;
  });
}

describe('(f) the benchmark matrix on a phone', () => {
  for (const theme of THEMES) {
    test(`390 px, ${theme}: first column stays, a shadow shows more columns, words break only at hyphens`, async () => {
      await withPage(390, theme, async (page) => {
        await page.goto(`${baseURL}benchmarks/`);
        const scroller = page.locator('main section.table-scroll:has(table.matrix)');
        const box = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
        expect(box.scroll).toBeGreaterThan(box.client);
        const edge = async () => {
          const r = await scroller.boundingBox();
          const row = await page.locator('main table.matrix tbody tr').first().boundingBox();
          if (!r || !row) throw new Error('matrix not laid out');
          return page.screenshot({ clip: { x: r.x + r.width - 14, y: row.y + 4, width: 12, height: Math.min(row.height, 40) - 8 } });
        };
        // The same strip with and without the scroller's own background: a shadow at the start, none at the end.
        const shadowShows = async (scrollLeft: number) => {
          await scroller.evaluate((el, x) => {
            el.scrollLeft = x;
          }, scrollLeft);
          const styled = await edge();
          await scroller.evaluate((el) => {
            (el as HTMLElement).style.background = getComputedStyle(el).backgroundColor;
          });
          const plain = await edge();
          await scroller.evaluate((el) => {
            (el as HTMLElement).style.background = '';
          });
          return Buffer.compare(styled, plain) !== 0;
        };
        expect(await shadowShows(0), 'a shadow at the right edge while more columns are hidden').toBe(true);
        expect(await shadowShows(box.scroll), 'no shadow once scrolled to the end').toBe(false);
        const left = await scroller.evaluate((el) => el.getBoundingClientRect().left);
        const first = await page
          .locator('main table.matrix tbody th[scope="row"]')
          .first()
          .evaluate((el) => el.getBoundingClientRect().left);
        expect(Math.abs(first - left)).toBeLessThan(2);
        expect(await badBreaks(page, 'main table.matrix th, main table.matrix td')).toEqual([]);
      });
    });
  }

  test('the word-break check sees a word cut in the middle', async () => {
    await withPage(390, 'light', async (page) => {
      await page.setContent('<p id="p" style="width:4ch;overflow-wrap:anywhere">Cybersecurity</p>');
      expect(await badBreaks(page, '#p')).not.toEqual([]);
    });
  });
});

describe('(g) a source’s claims table (a section page) on desktop', () => {
  for (const theme of THEMES) {
    test(`1280 px, ${theme}: the value column is narrow and the quote column wide`, async () => {
      await withPage(1280, theme, async (page) => {
        await page.goto(`${baseURL}sources/openai-introducing-gpt-5-3-codex/claims/benchmarks/`);
        const widths = await page
          .locator('main table.claims thead th')
          .evaluateAll((ths) => Object.fromEntries(ths.map((th) => [th.textContent?.trim() ?? '', th.getBoundingClientRect().width])));
        expect(widths.Value).toBeLessThanOrEqual(170);
        expect(widths.Quote).toBeGreaterThan(2.5 * (widths.Value ?? 0));
        const quote = await page
          .locator('main table.claims blockquote.quote')
          .first()
          .evaluate((q) => {
            const cell = q.closest('td')?.getBoundingClientRect().width ?? 0;
            return { quote: q.getBoundingClientRect().width, cell };
          });
        expect(quote.quote).toBeGreaterThan(quote.cell - 40);
      });
    });
  }
});
