import { defineConfig } from 'vitest/config';

/**
 * Three layers: pure unit tests, build tests (fixture sites, and static checks of the main build), browser
 * tests against the main build. The main site is built once per run and shared (tests/build/main-site.ts).
 */
export default defineConfig({
  test: {
    projects: [
      // Unit files are pure (no mocks, no globals, no env): they share one module graph per worker
      // (isolate: false), so the engine, the schemas and the real content are imported once, not once per file.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // One module graph per worker for these files too: they build, serve and spawn, but mock nothing and
          // restore what they set (tests/build/cli-run.ts puts CODEX_CLAIMS_CONTENT back after each run).
          isolate: false,
          testTimeout: 300_000,
          hookTimeout: 300_000,
          globalSetup: ['tests/build/global-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
