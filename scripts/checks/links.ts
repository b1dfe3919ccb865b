/**
 * Gate: no broken internal link. Every URL a built file points at (HTML attributes, CSS url(), the sitemap,
 * Atom feeds, absolute site URLs inside /data/*.json) that lands on the site's origin must be a file of the
 * build, inside the base path, and (for folders) written with the trailing slash the site uses.
 * Fragments (#id) are checked by anchors.ts. CLI: `npx tsx scripts/checks/links.ts [dist]`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeTag, lineOf, scanTags, type Tag } from './dom.ts';
import { listFiles, resolveSitePath, sitePathOfFile, siteRootOf, toSitePath } from './site.ts';

/** One URL found in a built file. */
export interface FoundLink {
  /** File it was found in, relative to the site folder. */
  file: string;
  /** Character offset in that file (for the line number). */
  offset: number;
  /** The element or place it came from, e.g. <a href="/x/">, "CSS url()", "sitemap <loc>". */
  element: string;
  /** The URL as written. */
  raw: string;
  /** The URL resolved against the file's own URL, or null when it cannot be parsed. */
  url: URL | null;
}

/** A broken link, with where it is and what to do. */
export interface LinkProblem {
  file: string;
  line: number;
  element: string;
  url: string;
  problem: string;
}

/** Attributes that hold one URL, per element. */
const URL_ATTRS: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  track: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  button: ['formaction'],
  input: ['formaction', 'src'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
  blockquote: ['cite'],
  q: ['cite'],
  ins: ['cite'],
  del: ['cite'],
};

/** Open Graph / Twitter meta tags whose content is a URL. */
const URL_META = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image']);

/** The url(...) and @import references of a style sheet, with their offsets (data: URLs left out). */
export function cssUrls(css: string): { raw: string; index: number }[] {
  const out: { raw: string; index: number }[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g))
    out.push({ raw: m[1] ?? m[2] ?? m[3] ?? '', index: m.index ?? 0 });
  for (const m of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) out.push({ raw: m[1] ?? m[2] ?? '', index: m.index ?? 0 });
  return out.filter((u) => u.raw && !u.raw.startsWith('data:'));
}

/** The URLs one tag points at (href, src, srcset, action, Open Graph and refresh meta, ...). */
export function urlsOfTag(tag: Tag): { raw: string; attr: string }[] {
  const out: { raw: string; attr: string }[] = [];
  for (const attr of URL_ATTRS[tag.name] ?? []) {
    const value = tag.attrs.get(attr);
    if (value !== undefined) out.push({ raw: value.trim(), attr });
  }
  for (const attr of ['srcset', 'imagesrcset']) {
    const value = tag.attrs.get(attr);
    if (value) for (const candidate of value.split(',')) out.push({ raw: candidate.trim().split(/\s+/)[0] ?? '', attr });
  }
  if (tag.name === 'meta') {
    const key = tag.attrs.get('property') ?? tag.attrs.get('name') ?? '';
    const content = tag.attrs.get('content');
    if (URL_META.has(key) && content) out.push({ raw: content.trim(), attr: 'content' });
    if (tag.attrs.get('http-equiv')?.toLowerCase() === 'refresh' && content) {
      const target = /url\s*=\s*['"]?([^'"]+)/i.exec(content)?.[1];
      if (target) out.push({ raw: target.trim(), attr: 'content' });
    }
  }
  return out;
}

function parse(raw: string, base: URL): URL | null {
  try {
    return new URL(raw, base);
  } catch {
    return null;
  }
}

function collectJsonUrls(value: unknown, root: string, found: string[]): void {
  if (typeof value === 'string') {
    if (value.startsWith(root)) found.push(value);
  } else if (Array.isArray(value)) for (const item of value) collectJsonUrls(item, root, found);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) collectJsonUrls(item, root, found);
}

/**
 * Every URL in the built site: HTML pages (attributes, inline CSS and style attributes), CSS files, XML files
 * (sitemaps' <loc>, feeds' <link href>) and absolute site URLs inside the JSON files of /data/.
 */
export function extractLinks(dist: string, siteRoot: string = siteRootOf(dist)): FoundLink[] {
  const root = new URL(siteRoot);
  const links: FoundLink[] = [];
  const fileUrl = (rel: string): URL => new URL(sitePathOfFile(rel).slice(1), root);
  for (const file of listFiles(dist, (rel) => /\.(html|css|xml|json)$/.test(rel))) {
    const text = readFileSync(join(dist, file), 'utf8');
    if (file.endsWith('.html')) {
      if (file.startsWith('pagefind/')) continue;
      const tags = scanTags(text);
      let base = fileUrl(file);
      const baseTag = tags.find((t) => t.name === 'base' && t.attrs.has('href'));
      if (baseTag) base = parse(baseTag.attrs.get('href') ?? '', base) ?? base;
      for (const tag of tags) {
        for (const { raw } of urlsOfTag(tag))
          links.push({ file, offset: tag.offset, element: describeTag(tag), raw, url: raw ? parse(raw, base) : null });
        const css = tag.name === 'style' ? tag.text : tag.attrs.get('style');
        if (css)
          for (const u of cssUrls(css))
            links.push({ file, offset: tag.offset, element: `CSS url() in ${describeTag(tag)}`, raw: u.raw, url: parse(u.raw, base) });
      }
    } else if (file.endsWith('.css')) {
      for (const u of cssUrls(text))
        links.push({ file, offset: u.index, element: 'CSS url()', raw: u.raw, url: parse(u.raw, fileUrl(file)) });
    } else if (file.endsWith('.xml')) {
      for (const m of text.matchAll(/<loc>([^<]+)<\/loc>/g)) {
        const raw = (m[1] ?? '').trim();
        links.push({ file, offset: m.index ?? 0, element: 'sitemap <loc>', raw, url: parse(raw, fileUrl(file)) });
      }
      // Atom/RSS: <link href="..."/> elements (xml:base is not used by the site's feeds).
      for (const tag of scanTags(text)) {
        const href = tag.name === 'link' ? tag.attrs.get('href') : undefined;
        if (href)
          links.push({ file, offset: tag.offset, element: describeTag(tag, ['rel', 'href']), raw: href, url: parse(href, fileUrl(file)) });
      }
    } else if (file.startsWith('data/')) {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        continue; // not this gate's business: the export tests check the JSON itself
      }
      const found: string[] = [];
      collectJsonUrls(json, root.href, found);
      for (const raw of found)
        links.push({ file, offset: text.indexOf(JSON.stringify(raw).slice(1, -1)), element: 'URL in JSON', raw, url: parse(raw, root) });
    }
  }
  return links;
}

/** Why an internal URL is broken, or null when it resolves. Other origins and non-HTTP schemes are not checked (offline). */
export function linkProblem(dist: string, link: FoundLink, root: URL): string | null {
  if (!link.raw) return 'empty URL: remove the attribute or point it at a page';
  if (/^\s*javascript:/i.test(link.raw)) return 'javascript: URL: the CSP blocks it; use a link to a page or a button';
  if (!link.url) return 'not a valid URL';
  if (link.url.protocol !== 'http:' && link.url.protocol !== 'https:') return null;
  if (link.url.origin !== root.origin) return null;
  const path = toSitePath(link.url, root);
  if (path === null)
    return `points outside the base path ${root.pathname}: build internal URLs with href()/sourceHref()/... from src/urls.ts so sub-path deploys work`;
  const resolved = resolveSitePath(dist, path);
  if (resolved.kind === 'missing') return `no file at ${path} in the build`;
  if (resolved.kind === 'redirect')
    return `folder without its trailing slash (hosts redirect, the dev server answers 404): write ${resolved.to}`;
  return null;
}

/** Result of the links gate. */
export interface LinkReport {
  files: number;
  /** http(s) URLs on the site's origin (checked). */
  internal: number;
  /** http(s) URLs on other origins (not checked: the tests run offline). */
  external: number;
  problems: LinkProblem[];
}

/** Checks every internal URL of a built site. */
export function checkLinks(dist: string, siteRoot: string = siteRootOf(dist)): LinkReport {
  const root = new URL(siteRoot);
  const links = extractLinks(dist, siteRoot);
  const problems: LinkProblem[] = [];
  const texts = new Map<string, string>();
  let internal = 0;
  let external = 0;
  for (const link of links) {
    const web = link.url?.protocol === 'http:' || link.url?.protocol === 'https:';
    if (web && link.url?.origin === root.origin) internal++;
    else if (web) external++;
    const problem = linkProblem(dist, link, root);
    if (!problem) continue;
    const text = texts.get(link.file) ?? readFileSync(join(dist, link.file), 'utf8');
    texts.set(link.file, text);
    problems.push({ file: link.file, line: lineOf(text, link.offset), element: link.element, url: link.raw, problem });
  }
  return { files: new Set(links.map((l) => l.file)).size, internal, external, problems };
}

/** Problems grouped by URL and reason (a broken layout link repeats on every page), with a count and up to `examples` places each. */
export function formatLinkProblems(problems: readonly LinkProblem[], examples = 3, maxGroups = 40): string {
  const groups = new Map<string, LinkProblem[]>();
  for (const p of problems) {
    const key = `${p.url}: ${p.problem}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const lines: string[] = [];
  const sorted = [...groups].sort((a, b) => b[1].length - a[1].length);
  for (const [key, list] of sorted.slice(0, maxGroups)) {
    lines.push(`  - ${key} (${list.length} ×)`);
    for (const p of list.slice(0, examples)) lines.push(`      ${p.file}:${p.line} ${p.element}`);
    if (list.length > examples) lines.push(`      … and ${list.length - examples} more`);
  }
  if (sorted.length > maxGroups) lines.push(`  … and ${sorted.length - maxGroups} more broken URLs`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const report = checkLinks(dist);
  console.log(
    `links: ${report.internal} internal and ${report.external} external URLs in ${report.files} files; ${report.problems.length} broken.`,
  );
  if (report.problems.length > 0) {
    console.log(formatLinkProblems(report.problems, 3, Number.POSITIVE_INFINITY));
    process.exit(1);
  }
}
