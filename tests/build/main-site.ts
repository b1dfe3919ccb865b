/**
 * The main site, built once per test run and shared by every suite that needs it (the static checks in
 * tests/build and the browser tests in tests/e2e): `astro build` of the repository's own content with the
 * default SITE_URL and BASE_PATH=/ into dist/, its output kept in reports/test/build.log so a test can read
 * what the build printed. `npm test` builds first and sets CODEX_CLAIMS_REUSE_DIST=1 so the suites reuse that
 * build; run alone, a suite's global setup builds it. Fixture sites and sub-path builds are built apart
 * (scripts/lib/build-site.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The built main site. */
export const MAIN_DIST = resolve('dist');

/** What `astro build` printed when it built MAIN_DIST. */
export const BUILD_LOG = resolve('reports/test/build.log');

/** Variables Vite/Vitest put in process.env that must not leak into the build (Astro would take BASE_URL=/ from them). */
const VITE_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);

/** Builds the main site into dist/ and records its output; throws with the output's end when the build fails. */
export function buildMainSite(): string {
  const env: Record<string, string | undefined> = {
    ...process.env,
    BASE_PATH: '/',
    OUT_DIR: MAIN_DIST,
    NO_COLOR: '1',
    CODEX_CLAIMS_LOCAL: '1',
  };
  delete env.FORCE_COLOR;
  for (const key of Object.keys(env)) if (VITE_ENV.has(key) || key.startsWith('VITEST')) delete env[key];
  delete env.SITE_URL;
  delete env.CODEX_CLAIMS_CONTENT;
  const run = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  mkdirSync(dirname(BUILD_LOG), { recursive: true });
  writeFileSync(BUILD_LOG, output);
  if (run.status !== 0)
    throw new Error(
      `astro build failed (exit ${run.status}); the tests need the built site. Its output ends with:\n${output.split('\n').slice(-40).join('\n')}`,
    );
  return output;
}

/** The main site's folder: reused when CODEX_CLAIMS_REUSE_DIST=1 and a build with its log exists, built otherwise. */
export function mainSite(): string {
  const reuse = process.env.CODEX_CLAIMS_REUSE_DIST === '1' && existsSync(resolve(MAIN_DIST, 'index.html')) && existsSync(BUILD_LOG);
  if (!reuse) buildMainSite();
  return MAIN_DIST;
}

/** What the build printed (reports/test/build.log). */
export function buildLog(): string {
  return readFileSync(BUILD_LOG, 'utf8');
}
