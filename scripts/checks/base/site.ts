/**
 * The parsed-site index every check reads: the files of a built site (dist/), its root URL (from the home
 * page's canonical link), and each HTML or XML file parsed once, on first use, into tags with a line index.
 * Also the path helpers: resolve a site path as a static host would, map absolute URLs onto site paths,
 * read the sitemap.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { lineIndex, parseTags, type Tag } from './html.ts';

/** One built HTML page: its file (relative to the site folder, with "/") and its path inside the site ("/sources/x/"). */
export interface BuiltPage {
  file: string;
  path: string;
}

/** A parsed file of the site. */
export interface ParsedFile {
  file: string;
  text: string;
  tags: Tag[];
  /** The 1-based line of a character offset. */
  line: (offset: number) => number;
}

/** A built site, parsed once and shared by every check. */
export interface Site {
  /** The site folder. */
  dist: string;
  /** The site root (origin + base path, ending in "/") the build was made for. */
  root: URL;
  /** Every file, relative with "/", sorted. */
  files: string[];
  /** Every HTML page (Pagefind's own UI files left out: they are assets, not pages). */
  pages: BuiltPage[];
  /** The text of a file (read once). */
  text(file: string): string;
  /** An HTML or XML file, parsed once. */
  parsed(file: string): ParsedFile;
  /** The 1-based line of a character offset in any text file of the site. */
  line(file: string, offset: number): number;
}

/** Every file under `dir` (relative paths with "/" separators, sorted) that `keep` accepts. */
export function listFiles(dir: string, keep: (rel: string) => boolean = () => true): string[] {
  const out: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const rel = relative(dir, full).split(sep).join('/');
        if (keep(rel)) out.push(rel);
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** The site path a file is served at: "index.html" -> "/", "a/index.html" -> "/a/", "404.html" -> "/404.html". */
export function sitePathOfFile(rel: string): string {
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

const isPage = (rel: string): boolean => rel.endsWith('.html') && !rel.startsWith('pagefind/');

/** Every HTML page of a built site (the Pagefind UI's own files excluded: they are assets, not pages). */
export function htmlPages(dist: string): BuiltPage[] {
  return listFiles(dist, isPage).map((file) => ({ file, path: sitePathOfFile(file) }));
}

/** The site root (origin + base, ending in "/") a build was made for, read from its home page's canonical link. */
export function siteRootOf(dist: string): string {
  const home = join(dist, 'index.html');
  if (!existsSync(home)) throw new Error(`${home} does not exist: build the site first (npx astro build).`);
  const canonical = parseTags(readFileSync(home, 'utf8')).find((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical');
  const href = canonical?.attrs.get('href');
  if (!href)
    throw new Error(`${home} has no <link rel="canonical" href="...">: the checks need it to know the site's origin and base path.`);
  return new URL(href).href;
}

/** Indexes a built site: files listed now, each file read and parsed on first use and then kept. */
export function loadSite(dist: string, siteRoot: string = siteRootOf(dist)): Site {
  const files = listFiles(dist);
  const texts = new Map<string, string>();
  const parsedFiles = new Map<string, ParsedFile>();
  const lines = new Map<string, (offset: number) => number>();
  const text = (file: string): string => {
    let t = texts.get(file);
    if (t === undefined) {
      t = readFileSync(join(dist, file), 'utf8');
      texts.set(file, t);
    }
    return t;
  };
  const line = (file: string, offset: number): number => {
    let index = lines.get(file);
    if (!index) {
      index = lineIndex(text(file));
      lines.set(file, index);
    }
    return index(offset);
  };
  return {
    dist,
    root: new URL(siteRoot),
    files,
    pages: files.filter(isPage).map((file) => ({ file, path: sitePathOfFile(file) })),
    text,
    parsed(file) {
      let p = parsedFiles.get(file);
      if (!p) {
        const t = text(file);
        p = { file, text: t, tags: parseTags(t, { xml: file.endsWith('.xml') }), line: (offset) => line(file, offset) };
        parsedFiles.set(file, p);
      }
      return p;
    },
    line,
  };
}

/** What a site path resolves to in the built folder, as a static host serves it. */
export type Resolution = { kind: 'file'; file: string } | { kind: 'redirect'; to: string } | { kind: 'missing' };

/**
 * Resolves a site path ("/sources/x/", "/data/claims.json") against the built folder: a file, a directory
 * with index.html (only with a trailing slash; without it a host redirects), or missing.
 */
export function resolveSitePath(dist: string, sitePath: string): Resolution {
  let decoded: string;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
    return { kind: 'missing' };
  }
  const normalized = posix.normalize(decoded);
  if (!normalized.startsWith('/')) return { kind: 'missing' };
  const full = join(dist, normalized);
  if (!full.startsWith(join(dist))) return { kind: 'missing' };
  if (!existsSync(full)) return { kind: 'missing' };
  if (statSync(full).isDirectory()) {
    const index = join(full, 'index.html');
    if (!existsSync(index)) return { kind: 'missing' };
    if (!normalized.endsWith('/')) return { kind: 'redirect', to: `${normalized}/` };
    return { kind: 'file', file: relative(dist, index).split(sep).join('/') };
  }
  return { kind: 'file', file: relative(dist, full).split(sep).join('/') };
}

/**
 * The path of `url` inside the site rooted at `siteRoot` ("http://h/codex-claims/"), starting with "/",
 * or null when the URL is on another origin or outside the base path.
 */
export function toSitePath(url: URL, siteRoot: URL): string | null {
  if (url.origin !== siteRoot.origin) return null;
  if (!url.pathname.startsWith(siteRoot.pathname)) return null;
  return `/${url.pathname.slice(siteRoot.pathname.length)}`;
}

/** Every <loc> of the sitemap index and the sitemaps it lists (absolute URLs, in file order). */
export function sitemapLocs(dist: string): string[] {
  const index = join(dist, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`${index} does not exist: is @astrojs/sitemap still in astro.config.mjs?`);
  const root = new URL(siteRootOf(dist));
  const locs = (xml: string): string[] => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => (m[1] ?? '').trim());
  const out: string[] = [];
  for (const sitemap of locs(readFileSync(index, 'utf8'))) {
    const path = toSitePath(new URL(sitemap), root);
    const resolved = path === null ? null : resolveSitePath(dist, path);
    if (resolved?.kind !== 'file') throw new Error(`sitemap-index.xml lists ${sitemap}, which is not a file of ${dist}.`);
    out.push(...locs(readFileSync(join(dist, resolved.file), 'utf8')));
  }
  return out;
}
