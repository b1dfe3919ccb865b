/**
 * Security and privacy gates:
 * - a strict CSP meta on every built page that allows exactly what the page inlines (scripts/checks/rules/csp.ts);
 * - dist/_headers (written by the build): the same CSP as a header plus frame-ancestors 'none', nosniff, a strict Referrer-Policy
 *   and a Permissions-Policy, and the server applying them;
 * - (in Chromium, no page requests another origin or violates its CSP: tests/e2e/every-page.test.ts, which
 *   visits each page once for this and for axe);
 * - markup inside content is shown as text: a fixture source whose snapshot (and so quote) holds a script,
 *   a <b> and an attribute break-out is built, and neither its HTML nor the browser turns them into elements.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseTags } from '../../scripts/checks/base/html.ts';
import { assertClean } from '../../scripts/checks/base/problem.ts';
import { htmlPages, loadSite } from '../../scripts/checks/base/site.ts';
import { servedUrl, settle } from '../../scripts/checks/browser/crawl.ts';
import { checkCsp, cspHash, cspOrderProblem, inlineProblems, strictnessProblems } from '../../scripts/checks/rules/csp.ts';
import { checkHeadersFile, headerProblems } from '../../scripts/checks/rules/headers.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { type RunningServer, serveStatic } from '../../scripts/lib/static-server.ts';
import { parseCsp } from '../../src/lib/security/csp.ts';
import { headerPolicyFor } from '../../src/lib/security/headers.ts';
import { MAIN_DIST } from '../build/main-site.ts';
import { waitForResults } from './search-helpers.ts';

const baseURL = inject('baseURL');
const DIST = MAIN_DIST;

let browser: Browser;
const temps: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('Content Security Policy', () => {
  it('every page carries a strict CSP meta that allows exactly what the page inlines', () => {
    const site = loadSite(DIST);
    const report = checkCsp(site);
    expect(site.pages.length).toBe(htmlPages(DIST).length);
    expect([...report.policies.values()].flat().length, 'pages with a CSP meta').toBe(site.pages.length);
    expect(report.policies.size).toBeGreaterThan(0);
    assertClean(report);
    for (const policy of report.policies.keys()) expect(parseCsp(policy).get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('the checker rejects weak policies and inline code the policy does not allow', () => {
    const weak = strictnessProblems(
      parseCsp("default-src *; script-src 'self' 'unsafe-inline' https://cdn.example; style-src 'unsafe-inline'"),
    );
    expect(weak.join('\n')).toMatch(/default-src allows \*/);
    expect(weak.join('\n')).toMatch(/script-src allows 'unsafe-inline'/);
    expect(weak.join('\n')).toMatch(/script-src allows https:\/\/cdn\.example/);
    expect(weak.join('\n')).toMatch(/style-src allows 'unsafe-inline'/);
    expect(weak.join('\n')).toMatch(/object-src must be 'none'/);
    const allowed = cspHash('console.log(1)');
    const policy = parseCsp(`default-src 'self'; script-src 'self' ${allowed}; style-src 'self'`);
    expect(
      inlineProblems(
        parseTags('<script>console.log(1)</script><script type="application/ld+json">{}</script><script src="/a.js"></script>'),
        policy,
      ),
    ).toEqual([]);
    const blocked = inlineProblems(
      parseTags('<script>alert(1)</script><div onclick="go()" style="color:red"></div><style>p{}</style>'),
      policy,
    );
    expect(blocked).toHaveLength(4);
    const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;
    expect(cspOrderProblem(parseTags(`<html><head><meta charset="utf-8">${csp}<title>t</title></head></html>`))).toBeNull();
    expect(cspOrderProblem(parseTags(`<html><head>${csp}<title>t</title></head></html>`))).toBeNull();
    expect(
      cspOrderProblem(parseTags(`<html><head><meta charset="utf-8"><link rel="preload" href="/f.woff2" as="font">${csp}</head></html>`)),
    ).toMatch(
      /must be the first element of <head> after <meta charset>.*1 element\(s\) come first, from <link rel="preload" href="\/f\.woff2">/,
    );
  });
});

describe('headers for static hosts', () => {
  it('the build writes dist/_headers with the same CSP for every page', () => {
    const text = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(text).toMatch(/^\/\*$/m);
    expect(text).toMatch(/^ {2}Content-Security-Policy: default-src 'self';/m);
  });

  it("give every page the pages' CSP plus frame-ancestors 'none', nosniff, a strict Referrer-Policy and a Permissions-Policy", () => {
    const report = checkHeadersFile(loadSite(DIST));
    expect(report.metaPolicies.length).toBeGreaterThan(0);
    assertClean(report);
  });

  it('the checker rejects a missing or weaker header set', () => {
    const meta = parseCsp("default-src 'self'; script-src 'self'");
    const problems = headerProblems(new Map([['content-security-policy', "default-src 'self'; script-src 'self'"]]), [meta]);
    expect(problems.join('\n')).toMatch(/differs from the pages' CSP meta plus frame-ancestors 'none'/);
    expect(problems.join('\n')).toMatch(/X-Content-Type-Options/);
    expect(problems.join('\n')).toMatch(/Referrer-Policy/);
    expect(problems.join('\n')).toMatch(/Permissions-Policy must switch off camera/);
    expect(problems.join('\n')).toMatch(/Strict-Transport-Security must be sent/);
    const legacy = headerProblems(
      new Map([
        ['permissions-policy', 'camera=(), interest-cohort=()'],
        ['strict-transport-security', 'max-age=300'],
      ]),
      [meta],
    ).join('\n');
    expect(legacy).toMatch(/Permissions-Policy names interest-cohort/);
    expect(legacy).toMatch(/max-age of at least 31536000 \(one year\); got max-age=300/);
    expect([...headerPolicyFor([meta]).keys()]).toContain('frame-ancestors');
  });

  it('the server sends them with every page and file', async () => {
    for (const path of ['/', '/sources/', '/data/claims.json']) {
      const response = await fetch(servedUrl(baseURL, path));
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBeTruthy();
      expect(response.headers.get('permissions-policy'), path).toContain('camera=()');
      expect(response.headers.get('strict-transport-security'), path).toBe('max-age=31536000');
    }
  });
});

/** The hostile text the fixture source's snapshot holds (and its claim quotes), and what must never become markup. */
const HOSTILE = `The sample printed </script><script>alert(1)</script> and showed the model id as <b>x</b> gpt-5.3-codex; a reply ended with "'><img src=x onerror=alert(2)> in the log.`;

function markupFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'codex-claims-markup-'));
  temps.push(dir);
  const content = join(dir, 'content');
  cpSync('tests/fixtures/content/good', content, { recursive: true });
  const source = join(content, 'sources', 'markup-in-quote');
  mkdirSync(source, { recursive: true });
  const snapshot = `Notes on the model's documentation\n\n${HOSTILE}\n`;
  writeFileSync(join(source, 'snapshot.txt'), snapshot);
  const sha256 = createHash('sha256').update(snapshot).digest('hex');
  const yamlQuote = JSON.stringify(HOSTILE); // a JSON string is a valid YAML double-quoted scalar
  writeFileSync(
    join(source, 'index.mdx'),
    `---
title: Notes with markup in them
publisher: null
url: null
published: null
retrieved: null
kind: blog
tierRationale: >-
  Test fixture: a made-up blog note whose text contains HTML, to prove quotes are shown as text.
sha256: ${sha256}
description: A made-up note whose quote holds a script, a bold tag and an attribute break-out.
notClaims:
  - quote: "Notes on the model's documentation"
    reason: heading
claims:
  - id: model-identifier-markup
    subject: gpt-5-3-codex
    property: model-identifier
    value: gpt-5.3-codex
    quote: ${yamlQuote}
---
A made-up note: its only quote contains markup, which the site must show as text.
`,
  );
  return dir;
}

describe('markup inside content is shown as text', () => {
  let dist: string;
  let server: RunningServer;

  beforeAll(async () => {
    const dir = markupFixture();
    dist = join(dir, 'dist');
    buildSite({ outDir: dist, content: join(dir, 'content') });
    server = await serveStatic(dist);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('the built HTML escapes it on every page that shows the quote', () => {
    const pages = htmlPages(dist);
    const showing: string[] = [];
    for (const { file } of pages) {
      const html = readFileSync(join(dist, file), 'utf8');
      expect(html, `${file} contains the quote's <script> as markup`).not.toMatch(/<script>alert\(1\)/i);
      expect(html, `${file} contains the quote's <b> as markup`).not.toContain('<b>x</b>');
      expect(html, `${file} contains the quote's <img> as markup`).not.toMatch(/<img src=x/i);
      if (html.includes('&lt;script&gt;alert(1)&lt;/script&gt;')) showing.push(file);
    }
    expect(showing).toEqual(
      // The claim's permalink and the source's page of its section (the source's claims are split by section).
      expect.arrayContaining([
        'claims/markup-in-quote/model-identifier-markup/index.html',
        'sources/markup-in-quote/claims/identity-and-release/index.html',
      ]),
    );
  });

  it('in the browser no script runs, no element is made from it, and the reader sees the text', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
      void dialog.dismiss();
    });
    const injected = (): Promise<string[]> =>
      page.evaluate(() => {
        const found: string[] = [];
        for (const b of document.querySelectorAll('b')) if (b.textContent === 'x') found.push('a <b>x</b> element');
        for (const img of document.querySelectorAll('img')) if (img.getAttribute('src') === 'x') found.push('an <img src=x> element');
        for (const s of document.querySelectorAll('script')) if (s.textContent?.includes('alert(')) found.push('a <script> with alert(');
        return found;
      });
    try {
      for (const { path } of htmlPages(dist)) {
        await page.goto(servedUrl(server.url, path));
        expect(await injected(), path).toEqual([]);
      }
      await page.goto(servedUrl(server.url, '/claims/markup-in-quote/model-identifier-markup/'));
      const text = await page.evaluate(() => document.querySelector('main')?.textContent?.replace(/\s+/g, ' ') ?? '');
      expect(text).toContain('</script><script>alert(1)</script>');
      expect(text).toContain('<b>x</b>');
      await page.goto(servedUrl(server.url, '/search/?q=alert'));
      await waitForResults(page, 1);
      await settle(page);
      expect(await injected(), 'search results').toEqual([]);
      expect(dialogs).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
