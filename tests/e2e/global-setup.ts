/**
 * Builds the main site once (or reuses the build of this test run: tests/build/main-site.ts), serves dist/ on
 * a free loopback port, and provides its URL to the browser tests as inject('baseURL').
 */
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { mainSite } from '../build/main-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await serveStatic(mainSite());
  project.provide('baseURL', server.url);
  return () => server.close();
}
