/**
 * npm test — the whole gate: type check (astro check), lint and format (biome), unit tests, one build of the
 * site (its output kept in reports/test/build.log), build tests (fixture sites, and static checks of that
 * build), then browser tests in Chromium against it. The build and browser suites reuse the one build
 * (CODEX_CLAIMS_REUSE_DIST=1; see tests/build/main-site.ts).
 *
 * Steps run as soon as what they need has passed, several at once: two chains start together,
 *   astro check → site build → build tests ‖ browser tests
 *   biome → unit tests
 * (astro check runs before the build because both write .astro/). Each step's output goes to
 * reports/test/step-<id>.log; it is printed whole when the step fails, and its last lines when it passes.
 * Ends with one line "N passed, N failed" totalled over every suite. Exit 1 if anything failed.
 * `npm test -- unit e2e` runs only the steps named (by name or Vitest project), without their dependencies.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

interface Step {
  id: string;
  name: string;
  /** The command; a Vitest step's command is built from `vitest`. */
  command?: string[];
  /** Vitest project: counts come from its JSON report; otherwise the step counts as one check. */
  vitest?: string;
  /** Steps that must pass first. */
  after: string[];
  /** Environment added for this step. */
  env?: Record<string, string>;
}

const REUSE = { CODEX_CLAIMS_REUSE_DIST: '1' };
const STEPS: Step[] = [
  { id: 'types', name: 'types (astro check)', command: ['npx', 'astro', 'check'], after: [] },
  { id: 'lint', name: 'lint and format (biome)', command: ['npx', 'biome', 'check', '.'], after: [] },
  { id: 'unit', name: 'unit tests', vitest: 'unit', after: ['lint'] },
  {
    id: 'site',
    name: 'site build (once, shared by the build and browser tests)',
    command: ['npx', 'tsx', '-e', "import('./tests/build/main-site.ts').then((m) => process.stdout.write(m.buildMainSite()))"],
    after: ['types'],
  },
  { id: 'build', name: 'build tests', vitest: 'build', after: ['site'], env: REUSE },
  { id: 'e2e', name: 'browser tests', vitest: 'e2e', after: ['site'], env: REUSE },
];

const only = process.argv.slice(2);
const steps = STEPS.filter((s) => only.length === 0 || only.some((o) => s.id === o || s.name.includes(o) || s.vitest === o)).map((s) => ({
  ...s,
  after: only.length === 0 ? s.after : [],
}));

const reports = join('reports', 'test');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

interface Outcome {
  passed: number;
  failed: number;
  seconds: number;
}

/** Runs one step with its output in reports/test/<id>.log; resolves with its counts. */
function run(step: Step): Promise<Outcome> {
  const t0 = Date.now();
  const log = join(reports, `step-${step.id}.log`);
  const json = join(reports, `${step.vitest}.json`);
  const [cmd, ...args] = step.vitest
    ? ['npx', 'vitest', 'run', '--project', step.vitest, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`]
    : (step.command ?? ['true']);
  const out = createWriteStream(log);
  const child = spawn(cmd ?? 'true', args, { env: { ...process.env, ...step.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  return new Promise((resolve) => {
    child.on('close', (status) => {
      out.end(() => {
        const seconds = Math.round((Date.now() - t0) / 1000);
        if (!step.vitest) return resolve({ passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1, seconds });
        let passed = 0;
        let failed = 0;
        try {
          const report = JSON.parse(readFileSync(json, 'utf8')) as { numPassedTests: number; numFailedTests: number };
          passed = report.numPassedTests;
          failed = report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0);
        } catch {
          failed = 1; // no report: the run itself failed (e.g. a setup error)
        }
        if (passed + failed === 0) failed = 1; // a suite that ran no test is a failure, not a pass
        resolve({ passed, failed, seconds });
      });
    });
  });
}

/** The last `n` lines of a step's log (its summary), or all of it. */
function logOf(step: Step, n = Number.POSITIVE_INFINITY): string {
  const lines = readFileSync(join(reports, `step-${step.id}.log`), 'utf8')
    .trimEnd()
    .split('\n');
  return lines.slice(Math.max(0, lines.length - n)).join('\n');
}

const started = Date.now();
const outcomes = new Map<string, Outcome>();
const running = new Map<string, Promise<void>>();

/** Starts every step whose dependencies have all passed and that has not started; skips those whose dependency failed. */
function schedule(): void {
  for (const step of steps) {
    if (running.has(step.id) || outcomes.has(step.id)) continue;
    const deps = step.after.filter((d) => steps.some((s) => s.id === d));
    if (deps.some((d) => (outcomes.get(d)?.failed ?? 0) > 0)) {
      outcomes.set(step.id, { passed: 0, failed: 1, seconds: 0 });
      console.log(`✘ ${step.name}: not run, because ${deps.filter((d) => (outcomes.get(d)?.failed ?? 0) > 0).join(', ')} failed`);
      continue;
    }
    if (!deps.every((d) => outcomes.has(d))) continue;
    console.log(`▶ ${step.name} (started at ${Math.round((Date.now() - started) / 1000)} s)`);
    running.set(
      step.id,
      run(step).then((outcome) => {
        outcomes.set(step.id, outcome);
        running.delete(step.id);
        const mark = outcome.failed === 0 ? '✔' : '✘';
        console.log(`\n${mark} ${step.name}: ${outcome.passed} passed, ${outcome.failed} failed (${outcome.seconds} s)`);
        console.log(outcome.failed === 0 ? logOf(step, 8) : logOf(step));
        schedule();
      }),
    );
  }
}

schedule();
while (running.size > 0) await Promise.race(running.values());

let passed = 0;
let failed = 0;
console.log(`\nSummary (${Math.round((Date.now() - started) / 1000)} s; each step's output is in ${reports}/step-*.log):`);
for (const step of steps) {
  const o = outcomes.get(step.id) ?? { passed: 0, failed: 1, seconds: 0 };
  passed += o.passed;
  failed += o.failed;
  console.log(`  ${o.failed === 0 ? '✔' : '✘'} ${step.name}: ${o.passed} passed, ${o.failed} failed (${o.seconds} s)`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
