/**
 * npm test — the whole gate, in order: type check (astro check), lint and format (biome), unit tests, one
 * build of the site (its output kept in reports/test/build.log), build tests (fixture sites, and static
 * checks of that build), then browser tests in Chromium against it. The build and browser suites reuse the
 * one build (CODEX_CLAIMS_REUSE_DIST=1; see tests/build/main-site.ts).
 * Ends with one line "N passed, N failed" totalled over every suite. Exit 1 if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildMainSite } from '../tests/build/main-site.ts';

interface Step {
  name: string;
  command: string[];
  /** Runs in this process instead of a command (the site build). */
  run?: () => void;
  /** Vitest project: counts come from its JSON report; otherwise the step counts as one check. */
  vitest?: string;
}

const only = process.argv.slice(2);
const steps: Step[] = [
  { name: 'types (astro check)', command: ['npx', 'astro', 'check'] },
  { name: 'lint and format (biome)', command: ['npx', 'biome', 'check', '.'] },
  { name: 'unit tests', command: [], vitest: 'unit' },
  {
    name: 'site build (once, shared by the build and browser tests)',
    command: [],
    run: () => {
      process.stdout.write(buildMainSite());
      process.env.CODEX_CLAIMS_REUSE_DIST = '1';
    },
  },
  { name: 'build tests', command: [], vitest: 'build' },
  { name: 'browser tests', command: [], vitest: 'e2e' },
].filter((s) => only.length === 0 || only.some((o) => s.name.includes(o) || s.vitest === o));

const reports = join('reports', 'test');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
const summary: string[] = [];
const started = Date.now();
for (const step of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${step.name}`);
  if (step.vitest) {
    const out = join(reports, `${step.vitest}.json`);
    const run = spawnSync(
      'npx',
      ['vitest', 'run', '--project', step.vitest, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
      {
        stdio: 'inherit',
      },
    );
    let p = 0;
    let f = 0;
    try {
      const json = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
      p = json.numPassedTests;
      f = json.numFailedTests + (run.status !== 0 && json.numFailedTests === 0 ? 1 : 0);
    } catch {
      f = 1; // no report: the run itself failed (e.g. a setup error)
    }
    if (p + f === 0) f = 1; // a suite that ran no test is a failure, not a pass
    passed += p;
    failed += f;
    summary.push(`${f === 0 ? '✔' : '✘'} ${step.name}: ${p} passed, ${f} failed (${Math.round((Date.now() - t0) / 1000)} s)`);
  } else {
    let ok: boolean;
    if (step.run) {
      try {
        step.run();
        ok = true;
      } catch (error) {
        console.error(error instanceof Error ? error.message : error);
        ok = false;
      }
    } else {
      const [cmd, ...args] = step.command;
      ok = spawnSync(cmd ?? 'true', args, { stdio: 'inherit' }).status === 0;
    }
    if (ok) passed += 1;
    else failed += 1;
    summary.push(
      `${ok ? '✔' : '✘'} ${step.name}: ${ok ? '1 passed, 0 failed' : '0 passed, 1 failed'} (${Math.round((Date.now() - t0) / 1000)} s)`,
    );
  }
}
console.log(`\nSummary (${Math.round((Date.now() - started) / 1000)} s):`);
for (const line of summary) console.log(`  ${line}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
