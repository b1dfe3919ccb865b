/**
 * Shared helpers for the quality gates: list and resolve the files of a built site (dist/), read its
 * sitemap, map absolute URLs onto site paths, and build the site into a folder of one's choice.
 * Every gate in scripts/checks/ is a pure function over a built folder, so tests and scripts share them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative, resolve, sep } from 'node:path';
import { scanTags } from './dom.ts';

/** One built HTML page: its file (relative to the site folder, with "/") and its path inside the site ("/sources/x/"). */
export interface BuiltPage {
  file: string;
  path: string;
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

/** Every HTML page of a built site (the Pagefind UI's own files excluded: they are assets, not pages). */
export function htmlPages(dist: string): BuiltPage[] {
  return listFiles(dist, (rel) => rel.endsWith('.html') && !rel.startsWith('pagefind/')).map((file) => ({
    file,
    path: sitePathOfFile(file),
  }));
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

/** The site root (origin + base, ending in "/") a build was made for, read from its home page's canonical link. */
export function siteRootOf(dist: string): string {
  const home = join(dist, 'index.html');
  if (!existsSync(home)) throw new Error(`${home} does not exist: build the site first (npx astro build).`);
  const canonical = scanTags(readFileSync(home, 'utf8')).find((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical');
  const href = canonical?.attrs.get('href');
  if (!href)
    throw new Error(`${home} has no <link rel="canonical" href="...">: the gates need it to know the site's origin and base path.`);
  return new URL(href).href;
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

/** What a build reads from the repository root, besides node_modules (linked) and the content folder (passed by path). */
// scripts/ is part of the build: src/integrations/headers-file.ts reuses the CSP helpers of scripts/checks/.
const PROJECT_FILES = ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * A private copy of the project in a new temporary folder (src, scripts, public and the config files copied, each
 * package of node_modules linked), so a build there has its own Astro state. Astro keeps content-layer state
 * keyed by file path in .astro/content-modules.mjs and node_modules/.astro/data-store.json; builds of
 * different content folders, or several builds at once, in one project overwrite each other's state, and a
 * later build can fail importing files of a content folder that no longer exists ("Rolldown failed to
 * resolve import astro:content-layer-deferred-module?...fileName=../tmp/..."). Delete the folder when done.
 */
export function isolatedProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'codex-claims-project-'));
  for (const name of PROJECT_FILES) if (existsSync(name)) cpSync(name, join(dir, name), { recursive: true });
  // node_modules is a folder of links, not one link: Astro keeps its content-layer cache in
  // node_modules/.astro and Vite its own in node_modules/.vite, and those must be private too.
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync('node_modules')) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(resolve('node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

/** Options for buildSite. */
export interface BuildOptions {
  /** Output folder (OUT_DIR). */
  outDir: string;
  /** BASE_PATH, e.g. "/codex-claims/"; default "/". */
  base?: string;
  /** CODEX_CLAIMS_CONTENT: a content folder other than content/. */
  content?: string;
  /** Extra environment. */
  env?: Record<string, string>;
}

/** Variables Vite/Vitest put in process.env that must not leak into a child build. */
const VITE_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);

/**
 * Builds the site with `astro build` into `outDir`, in a private copy of the project (see isolatedProject),
 * so it neither disturbs nor is disturbed by other builds. Throws with the build's output when it fails.
 * Returns the wall time in ms and the output.
 */
export function buildSite(options: BuildOptions): { ms: number; output: string } {
  const env: Record<string, string | undefined> = { ...process.env };
  // Inside Vitest, process.env carries Vite's import.meta.env (BASE_URL=/, MODE=test, ...): Astro would take
  // BASE_URL from it and ignore BASE_PATH, so a sub-path build would link to "/". Build with a clean slate.
  for (const key of Object.keys(env)) if (VITE_ENV.has(key) || key.startsWith('VITEST')) delete env[key];
  Object.assign(
    env,
    { OUT_DIR: resolve(options.outDir), BASE_PATH: options.base ?? '/', CODEX_CLAIMS_CONTENT: resolve(options.content ?? 'content') },
    options.env,
  );
  mkdirSync(resolve(options.outDir, '..'), { recursive: true });
  const project = isolatedProject();
  try {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: project,
      env,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const ms = performance.now() - t0;
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
    if (run.status !== 0) {
      throw new Error(
        `astro build into ${options.outDir} failed (exit ${run.status}). Its output ends with:\n${output.split('\n').slice(-40).join('\n')}`,
      );
    }
    return { ms, output };
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
