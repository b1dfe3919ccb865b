/**
 * Builds the site once (unless E2E_SKIP_BUILD=1 and dist/ exists), serves dist/ on a free loopback port,
 * and provides its URL to the browser tests as inject('baseURL').
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!(process.env.E2E_SKIP_BUILD === '1' && existsSync('dist/index.html'))) {
    const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, BASE_PATH: '/', OUT_DIR: './dist' } });
    if (build.status !== 0) throw new Error('astro build failed: the browser tests need a built site.');
  }
  const server = await serveStatic('dist');
  project.provide('baseURL', server.url);
  return () => server.close();
}
