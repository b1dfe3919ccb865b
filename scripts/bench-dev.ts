/**
 * npx tsx scripts/bench-dev.ts [sources=500] — editing at scale with the dev server. Writes synthetic content
 * (scripts/lib/synthetic-content.ts) of that size, starts `astro dev` on it in a private copy of the project,
 * and prints (1) the time from start to the first page served (a claim page, fetched until it answers 200) and
 * (2) the time from editing that claim's value in its source file to the page showing the new value (fetched
 * again every 100 ms); twice: a first start with nothing cached, then a second start, which finds the frontmatter
 * the first parsed in the cache (src/frontmatter-cache.ts), as an editor's dev server does after a content:check.
 * Targets (issue 16): 5 s and 2 s at 500 sources. Run under the heavy lock.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isolatedProject } from './lib/build-site.ts';
import { writeSyntheticContent } from './lib/synthetic-content.ts';

const sources = Number(process.argv[2] ?? 500);
const port = 4400 + Math.floor(Math.random() * 500);
const dir = mkdtempSync(join(tmpdir(), `codex-claims-dev-${sources}-`));
const content = join(dir, 'content');
writeSyntheticContent(content, { sources, claimsPerSource: 40 });
const project = isolatedProject();
// The frontmatter cache (src/frontmatter-cache.ts, in node_modules/.cache) is private to this run: the first start is cold.
rmSync(join(project, 'node_modules', '.cache'), { force: true });
const url = `http://127.0.0.1:${port}/claims/source-00001/c-000/`;

/** Fetches the page until `accept` holds for its text; returns the ms waited, or NaN after `limitMs`. */
async function until(accept: (status: number, text: string) => boolean, limitMs: number): Promise<number> {
  const t0 = performance.now();
  while (performance.now() - t0 < limitMs) {
    try {
      const response = await fetch(url);
      const text = await response.text();
      if (accept(response.status, text)) return performance.now() - t0;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return Number.NaN;
}

/** One dev server from start to stop: the first page, then an edit shown; `label` names the run in the output. */
async function devRun(label: string): Promise<void> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)], {
    cwd: project,
    env: { ...process.env, CODEX_CLAIMS_CONTENT: content },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout.on('data', (d: Buffer) => {
    log += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    log += d.toString();
  });
  try {
    const first = await until((status) => status === 200, 300_000);
    const firstMs = performance.now() - t0;
    console.log(
      `dev server, ${sources} sources, ${label}: first page ${Number.isNaN(first) ? 'not served within 300 s' : `${(firstMs / 1000).toFixed(1)} s`} after start`,
    );
    const file = join(content, 'sources', 'source-00001', 'index.mdx');
    const before = readFileSync(file, 'utf8');
    // The claim's value and figure (c-000 is a benchmark score) and its quote in the snapshot stay consistent: change the note instead.
    const marker = `Edited ${Date.now()}`;
    const edited = before.replace(/( {2}- id: c-000\n)(?: {4}note: Edited \d+\n)?/, `$1    note: ${marker}\n`);
    const t1 = performance.now();
    writeFileSync(file, edited);
    const shown = await until((status, text) => status === 200 && text.includes(marker), 60_000);
    console.log(
      `dev server, ${sources} sources, ${label}: edited claim shown ${Number.isNaN(shown) ? 'not within 60 s' : `${((performance.now() - t1) / 1000).toFixed(1)} s`} after the edit`,
    );
    console.log(`load average: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
}

let log = '';
try {
  await devRun('first start (nothing cached)');
  // An editor's usual start: content:check or an earlier dev server has left the parsed frontmatter cached.
  await devRun('second start (frontmatter cached by the first)');
} finally {
  rmSync(project, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  if (process.env.BENCH_DEV_LOG) writeFileSync(process.env.BENCH_DEV_LOG, log);
}
