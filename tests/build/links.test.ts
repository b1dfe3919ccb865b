/**
 * Links: zero broken internal links or anchors across the built site — pages, CSS, the sitemap, the Atom
 * feed, /data/*.json and /pagefind/ assets, in the main build shared by the suites. The checkers are first run on a small hand-made site with one
 * of each kind of breakage, so the gate is shown to fail on each.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { assertClean, formatProblems } from '../../scripts/checks/base/problem.ts';
import { loadSite, resolveSitePath, type Site, siteRootOf, toSitePath } from '../../scripts/checks/base/site.ts';
import { extractLinks } from '../../scripts/checks/base/urls.ts';
import { checkAnchors } from '../../scripts/checks/rules/anchors.ts';
import { checkLinks } from '../../scripts/checks/rules/links.ts';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** Writes a small built site: `files` maps paths (relative to the folder) to contents. */
function writeSite(files: Record<string, string>): string {
  const dist = tempDir('codex-claims-links-fixture-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

const page = (root: string, body: string, head = ''): string =>
  `<!doctype html><html lang="en"><head><title>t</title><link rel="canonical" href="${root}">${head}</head><body>${body}</body></html>`;

describe('the link and anchor checkers', () => {
  const root = 'http://site.test/';
  const fixture = (): Site =>
    loadSite(
      writeSite({
        'index.html': page(
          root,
          `<a href="/ok/">ok</a> <a href="ok/#there">ok anchor</a> <a href="https://example.com/">external</a> <a href="mailto:a@b.c">mail</a>
         <a href="/missing/">missing</a> <a href="/ok">no slash</a> <a href="/ok/#nowhere">bad anchor</a> <a href="#">empty</a>
         <a href="/data/x.json">data</a> <img src="/img.png" alt=""> <a href="javascript:alert(1)">js</a>`,
          '<link rel="alternate" type="application/atom+xml" href="/feed.xml"><style>@font-face{src:url(/fonts/gone.woff2)}</style>',
        ),
        'ok/index.html': page(`${root}ok/`, '<h2 id="there">There</h2><p id="dup">1</p><p id="dup">2</p>'),
        'feed.xml': `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><link href="${root}"/><entry><link href="${root}gone/"/></entry></feed>`,
        'sitemap-index.xml': `<sitemapindex><sitemap><loc>${root}sitemap-0.xml</loc></sitemap></sitemapindex>`,
        'sitemap-0.xml': `<urlset><url><loc>${root}</loc></url><url><loc>${root}ok/</loc></url><url><loc>${root}not-built/</loc></url></urlset>`,
        'data/x.json': JSON.stringify({ claims: [{ permalink: `${root}ok/` }, { permalink: `${root}nope/` }] }),
      }),
    );

  it('reports each broken link once, with the reason', () => {
    const { problems, external } = checkLinks(fixture());
    const found = problems.map((p) => `${p.file} ${p.url} ${p.message.split(':')[0]}`).sort();
    expect(found).toEqual(
      [
        'data/x.json http://site.test/nope/ no file at /nope/ in the build',
        'feed.xml http://site.test/gone/ no file at /gone/ in the build',
        'index.html /fonts/gone.woff2 no file at /fonts/gone.woff2 in the build',
        'index.html /img.png no file at /img.png in the build',
        'index.html /missing/ no file at /missing/ in the build',
        'index.html /ok folder without its trailing slash (hosts redirect, the dev server answers 404)',
        'index.html javascript:alert(1) javascript',
        'sitemap-0.xml http://site.test/not-built/ no file at /not-built/ in the build',
      ].sort(),
    );
    expect(external).toBe(1); // https://example.com/ is not checked offline; mailto: is not a web link
    expect(formatProblems(problems)).toContain('index.html:2 <a href="/missing/">');
  });

  it('reports missing anchor targets, empty fragments and duplicate ids', () => {
    const { problems } = checkAnchors(fixture());
    const found = problems.map((p) => `${p.file} ${p.url} ${p.message.split(':')[0]}`).sort();
    expect(found).toEqual(
      [
        'index.html # empty fragment (href="#") goes nowhere',
        'index.html /ok/#nowhere no element with id="nowhere" in ok/index.html',
        'ok/index.html #dup duplicate id',
      ].sort(),
    );
    expect(formatProblems(problems)).toContain('/ok/#nowhere');
  });

  it('reports links that escape the base path of a sub-path build', () => {
    const base = 'http://site.test/codex-claims/';
    const dist = writeSite({
      'index.html': page(
        base,
        '<a href="/codex-claims/ok/">ok</a> <a href="/ok/">escapes</a> <a href="ok/">relative</a>',
        '<link rel="icon" href="/favicon.svg">',
      ),
      'ok/index.html': page(`${base}ok/`, '<p>ok</p>'),
    });
    expect(siteRootOf(dist)).toBe(base);
    const problems = checkLinks(loadSite(dist)).problems.map((p) => `${p.url} ${p.message.split(':')[0]}`);
    expect(problems).toEqual([
      '/favicon.svg points outside the base path /codex-claims/',
      '/ok/ points outside the base path /codex-claims/',
    ]);
  });
});

describe('the built site', () => {
  const dist = inject('dist');
  const site = loadSite(dist);

  it('has zero broken internal links (pages, CSS, sitemap, feed, data files)', () => {
    const report = checkLinks(site);
    expect(report.internal).toBeGreaterThan(1000);
    assertClean(report);
  });

  it('has zero broken anchors and no duplicate ids', () => {
    const report = checkAnchors(site);
    expect(report.fragments).toBeGreaterThan(0);
    assertClean(report);
  });

  it('checks links to the data files, the Pagefind assets and the feed, and the feed’s own links', () => {
    const root = new URL(siteRootOf(dist));
    const links = extractLinks(site);
    const targets = links.flatMap((l) => (l.url ? [toSitePath(l.url, root)] : [])).filter((p): p is string => p !== null);
    const has = (re: RegExp, what: string): void =>
      expect(
        targets.some((t) => re.test(t)),
        `no page links to ${what}, so the gate does not check it`,
      ).toBe(true);
    has(/^\/data\/[^/]+\.json$/, '/data/*.json');
    has(/^\/data\/[^/]+\.csv$/, '/data/*.csv');
    has(/^\/pagefind\//, 'a /pagefind/ asset');
    const feeds = links.filter((l) => l.element.includes('application/atom+xml')).map((l) => (l.url ? toSitePath(l.url, root) : null));
    expect(feeds.length, 'no page announces the Atom feed with <link rel="alternate" type="application/atom+xml">').toBeGreaterThan(0);
    const feed = feeds[0] ?? '';
    expect(resolveSitePath(dist, feed).kind).toBe('file');
    expect(links.filter((l) => `/${l.file}` === feed).length, `the feed ${feed} links to no page`).toBeGreaterThan(0);
    for (const asset of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json'])
      expect(resolveSitePath(dist, `/${asset}`).kind, `${asset} is missing`).toBe('file');
  });
});
