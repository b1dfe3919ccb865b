/** Builds (or reuses) the main site once for the build tests and provides its folder as inject('dist'). */
import type { TestProject } from 'vitest/node';
import { mainSite } from './main-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string;
  }
}

export default function setup(project: TestProject): void {
  project.provide('dist', mainSite());
}
