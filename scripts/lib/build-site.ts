/**
 * Builds the site into a folder of one's choice, in a private copy of the project, for build tests on fixture
 * sites, sub-path builds, the audit and the scale benchmark.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What a build reads from the repository root, besides node_modules (linked) and the content folder (passed by path). */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * A private copy of the project in a new temporary folder (src, public and the config files copied, each
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
    {
      OUT_DIR: resolve(options.outDir),
      BASE_PATH: options.base ?? '/',
      CODEX_CLAIMS_CONTENT: resolve(options.content ?? 'content'),
      // a local build unless the caller passes SITE_URL (src/integrations/site-url.ts)
      CODEX_CLAIMS_LOCAL: '1',
    },
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

/**
 * The built site a benchmark measures: `dist` when the caller names one, else a fresh build of the site into a new
 * temporary folder (prefix `codex-claims-<name>-`). `remove` deletes that folder, and does nothing for a given `dist`.
 */
export function siteToMeasure(dist: string | undefined, name: string): { dist: string; remove: () => void } {
  if (dist) return { dist, remove: () => {} };
  const temp = mkdtempSync(join(tmpdir(), `codex-claims-${name}-`));
  const built = join(temp, 'dist');
  console.log(`Building the site into ${built} ...`);
  buildSite({ outDir: built });
  return { dist: built, remove: () => rmSync(temp, { recursive: true, force: true }) };
}
