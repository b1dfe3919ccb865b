/**
 * npm test — the whole gate, in order: type check (astro check), lint and format (biome), unit tests,
 * build tests on fixture sites, then browser tests in Chromium against the built site.
 * Ends with one line "N passed, N failed" totalled over every suite. Exit 1 if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

interface Step {
  name: string;
  command: string[];
  /** Vitest project: counts come from its JSON report; otherwise the step counts as one check. */
  vitest?: string;
}

const only = process.argv.slice(2);
const steps: Step[] = [
  { name: 'types (astro check)', command: ['npx', 'astro', 'check'] },
  { name: 'lint and format (biome)', command: ['npx', 'biome', 'check', '.'] },
  { name: 'unit tests', command: [], vitest: 'unit' },
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
    const [cmd, ...args] = step.command;
    const run = spawnSync(cmd ?? 'true', args, { stdio: 'inherit' });
    const ok = run.status === 0;
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
