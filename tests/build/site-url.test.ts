/**
 * A production build needs a real SITE_URL (issue 13, point 1): `astro build` without one stops before
 * rendering anything and says how to set it; the local build the tests use is labelled as local on its pages.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolatedProject } from '../../scripts/lib/build-site.ts';
import { MAIN_DIST, mainSite } from './main-site.ts';

const VITE_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);

describe('SITE_URL', () => {
  it('`astro build` without SITE_URL refuses to run and says how to set it', () => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
    for (const key of Object.keys(env)) if (VITE_ENV.has(key) || key.startsWith('VITEST')) delete env[key];
    delete env.SITE_URL;
    delete env.CODEX_CLAIMS_LOCAL;
    const out = mkdtempSync(join(tmpdir(), 'codex-claims-no-site-'));
    const project = isolatedProject();
    try {
      env.OUT_DIR = out;
      const run = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: project,
        env,
        encoding: 'utf8',
      });
      const output = `${run.stdout}${run.stderr}`;
      expect(run.status, output).not.toBe(0);
      expect(output).toContain('SITE_URL is not set');
      expect(output).toContain('SITE_URL=https://claims.example.org npm run build');
    } finally {
      rmSync(project, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('the local build the tests use says on its pages that it is local', () => {
    mainSite();
    const home = readFileSync(join(MAIN_DIST, 'index.html'), 'utf8');
    expect(home).toMatch(/data-local-build[^>]*>\s*<strong>Local build\.<\/strong>/);
    expect(home).toContain('http://127.0.0.1:4321');
  });
});
