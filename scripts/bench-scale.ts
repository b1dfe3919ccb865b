/**
 * npm run bench:scale [-- 250 500 1000 2000] [--claims 40] — how the build grows with the content (default sizes:
 * 250, 500, 1,000 and 2,000 sources).
 * For each size, writes synthetic content (scripts/lib/synthetic-content.ts) into a temporary folder, builds it
 * (CODEX_CLAIMS_CONTENT=<tmp>/content, OUT_DIR=<tmp>/dist) and prints the build time, the peak memory of the
 * whole build (the sum of the resident memory of astro and every process it starts, Pagefind included,
 * sampled every 100 ms from /proc), the pages built, the size of dist/ and of the Pagefind index, and how
 * each grows against the number of sources (exponent 1 = linear; the build time's exponent also fitted by least
 * squares over all sizes), and checks that the index holds every claim and finding (the count the pipeline
 * computes from the same content); prints and keeps (reports/bench-scale-<n>.log) where each build's time went: render time per route
 * family from Astro's own per-page timings, and the time after the last page (the build:done hooks). Writes reports/bench-scale.json.
 */
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { loadSite } from '../src/site/pipeline.ts';
import { listFiles } from './checks/base/site.ts';
import { type BuildTimes, buildTimes } from './lib/build-log.ts';
import { isolatedProject } from './lib/build-site.ts';
import { writeSyntheticContent } from './lib/synthetic-content.ts';

const args = process.argv.slice(2);
const claimsAt = args.indexOf('--claims');
const claimsPerSource = claimsAt >= 0 ? Number(args[claimsAt + 1]) : 40;
const sizes = args.filter((a, i) => /^\d+$/.test(a) && (claimsAt < 0 || i !== claimsAt + 1)).map(Number);
if (sizes.length === 0) sizes.push(250, 500, 1000, 2000);
const keep = args.includes('--keep');

/** Resident memory (bytes) of a process and all its descendants, from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * 4096); // field 24 of stat: resident pages
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function folderSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  return listFiles(dir).reduce((sum, rel) => sum + statSync(join(dir, rel)).size, 0);
}

/**
 * Builds `content` into `outDir` with astro directly (not through npx, so the process tree is the build's
 * own), in a private copy of the project so no Astro cache from another build is reused or disturbed.
 */
async function build(content: string, outDir: string): Promise<{ ms: number; peakRss: number; log: string }> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    CODEX_CLAIMS_CONTENT: content,
    OUT_DIR: outDir,
    BASE_PATH: '/',
    CODEX_CLAIMS_LOCAL: '1',
  };
  const project = isolatedProject();
  try {
    const child = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: project,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => {
      log += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      log += d.toString();
    });
    let peakRss = 0;
    const t0 = performance.now();
    const timer = setInterval(() => {
      if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
    }, 100);
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    clearInterval(timer);
    const ms = performance.now() - t0;
    if (code !== 0) throw new Error(`astro build failed (exit ${code}) for ${content}:\n${log.split('\n').slice(-30).join('\n')}`);
    return { ms, peakRss, log };
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

interface Row {
  sources: number;
  claims: number;
  pages: number;
  buildSeconds: number;
  peakMemoryMiB: number;
  distMiB: number;
  indexMiB: number;
  /** Pages and extra records (claims, findings) Pagefind reports it indexed. */
  indexedPages: number;
  indexedRecords: number;
  /** Claims + findings of the content, as the pipeline computes them: what the index must hold. */
  expectedRecords: number;
  findings: number;
  contentMiB: number;
  /** Render time per route family and the phases, from the build's log. */
  times: BuildTimes;
}

/** The exponent k of time ≈ c · sources^k, fitted by least squares on the logarithms. */
function fittedExponent(points: readonly { x: number; y: number }[]): number {
  const xs = points.map((p) => Math.log(p.x));
  const ys = points.map((p) => Math.log(p.y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += ((xs[i] as number) - mx) * ((ys[i] as number) - my);
    den += ((xs[i] as number) - mx) ** 2;
  }
  return num / den;
}

/** Where one build's time went: rendering per route family (the five slowest), then the hooks after it. */
function printTimes(times: BuildTimes): void {
  const total = times.families.reduce((sum, f) => sum + f.ms, 0);
  console.log(
    `  rendering ${times.renderSeconds ?? '?'} s by the log's clock (pages' own times sum to ${(total / 1000).toFixed(1)} s), then ${times.afterRenderSeconds ?? '?'} s after the last page (build:done hooks: Pagefind, headers, sitemap)`,
  );
  for (const f of times.families.slice(0, 5))
    console.log(
      `    ${f.family.padEnd(28)} ${String(f.pages).padStart(6)} pages ${(f.ms / 1000).toFixed(1).padStart(7)} s  ${(f.ms / f.pages).toFixed(2)} ms per page`,
    );
}

const mib = (bytes: number): number => Math.round((bytes / 1024 ** 2) * 10) / 10;

async function main(): Promise<void> {
  if (!existsSync('node_modules/astro/bin/astro.mjs'))
    throw new Error('Run from the repository root after npm install (node_modules/astro/bin/astro.mjs is missing).');
  const machine = {
    date: new Date().toISOString(),
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    loadAtStart: readFileSync('/proc/loadavg', 'utf8').trim(),
    freeH: (() => {
      try {
        return execSync('free -h | sed -n 2p', { encoding: 'utf8' }).trim();
      } catch {
        return 'unknown';
      }
    })(),
  };
  console.log(
    `bench:scale on ${machine.nproc} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}; ${claimsPerSource} claims per source.`,
  );
  const rows: Row[] = [];
  const failures: string[] = [];
  for (const sources of sizes) {
    const dir = mkdtempSync(join(tmpdir(), `codex-claims-scale-${sources}-`));
    try {
      const content = join(dir, 'content');
      const summary = writeSyntheticContent(content, { sources, claimsPerSource });
      const dist = join(dir, 'dist');
      const analysed = loadSite(content);
      const findings = analysed.analysis.findings.length;
      console.log(
        `\n${sources} sources, ${summary.claims} claims, ${summary.models} models, ${summary.benchmarks} benchmarks, ${findings} findings: building ...`,
      );
      let built: Awaited<ReturnType<typeof build>>;
      try {
        built = await build(content, dist);
      } catch (error) {
        // Report the size that could not be built (for example out of memory) and go on with the others.
        const message = error instanceof Error ? error.message : String(error);
        failures.push(`${sources} sources: ${message.split('\n').slice(0, 3).join(' ')}`);
        console.log(`  FAILED: ${message}`);
        continue;
      }
      const { ms, peakRss, log } = built;
      const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? Number.NaN);
      const indexed = /Pagefind indexed (\d+) pages(?: and (\d+) claims and findings)?/.exec(log);
      const row: Row = {
        sources,
        claims: summary.claims,
        pages,
        buildSeconds: Math.round(ms / 100) / 10,
        peakMemoryMiB: mib(peakRss),
        distMiB: mib(folderSize(dist)),
        indexMiB: mib(folderSize(join(dist, 'pagefind'))),
        indexedPages: Number(indexed?.[1] ?? Number.NaN),
        indexedRecords: Number(indexed?.[2] ?? Number.NaN),
        expectedRecords: analysed.content.claims.length + findings,
        findings,
        contentMiB: mib(folderSize(content)),
        times: buildTimes(log),
      };
      mkdirSync('reports', { recursive: true });
      writeFileSync(join('reports', `bench-scale-${sources}.log`), log);
      rows.push(row);
      if (row.indexedRecords !== row.expectedRecords)
        failures.push(
          `${sources} sources: the index holds ${row.indexedRecords} claims and findings, the content has ${row.expectedRecords} (${row.claims} claims + ${findings} findings)`,
        );
      printTimes(row.times);
      console.log(
        `  built ${row.pages} pages in ${row.buildSeconds} s, peak memory ${row.peakMemoryMiB} MiB, dist ${row.distMiB} MiB (Pagefind index ${row.indexMiB} MiB: ${row.indexedPages} pages + ${row.indexedRecords} records of ${row.expectedRecords} expected), content ${row.contentMiB} MiB`,
      );
    } finally {
      if (!keep) rmSync(dir, { recursive: true, force: true });
      else console.log(`  kept ${dir}`);
    }
  }

  type Figure = 'buildSeconds' | 'peakMemoryMiB' | 'distMiB' | 'indexMiB' | 'pages';
  const exponent = (a: Row, b: Row, key: Figure): string => (Math.log(b[key] / a[key]) / Math.log(b.sources / a.sources)).toFixed(2);
  const lines = [
    '| sources | claims | findings | pages | build (s) | s per 1k pages | peak memory (MiB) | dist (MiB) | Pagefind index (MiB) | indexed pages + records (expected records) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.sources} | ${r.claims} | ${r.findings} | ${r.pages} | ${r.buildSeconds} | ${((r.buildSeconds / r.pages) * 1000).toFixed(1)} | ${r.peakMemoryMiB} | ${r.distMiB} | ${r.indexMiB} | ${r.indexedPages} + ${r.indexedRecords} (${r.expectedRecords}) |`,
    ),
  ];
  console.log(`\n${lines.join('\n')}`);
  if (rows.length > 1) {
    console.log('\nGrowth exponent between consecutive sizes (1.00 = linear in sources):');
    for (let i = 1; i < rows.length; i++) {
      const a = rows[i - 1] as Row;
      const b = rows[i] as Row;
      console.log(
        `  ${a.sources} → ${b.sources}: build time ${exponent(a, b, 'buildSeconds')}, peak memory ${exponent(a, b, 'peakMemoryMiB')}, dist ${exponent(a, b, 'distMiB')}, index ${exponent(a, b, 'indexMiB')}, pages ${exponent(a, b, 'pages')}`,
      );
    }
  }
  if (rows.length > 1) {
    const fit = fittedExponent(rows.map((r) => ({ x: r.sources, y: r.buildSeconds })));
    console.log(
      `\nBuild time ≈ c · sources^k, fitted over ${rows.map((r) => r.sources).join(', ')} sources: k = ${fit.toFixed(2)} (1.00 = linear).`,
    );
  }
  if (failures.length > 0) console.log(`\nFailed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  mkdirSync('reports', { recursive: true });
  writeFileSync(
    join('reports', 'bench-scale.json'),
    `${JSON.stringify({ machine, loadAtEnd: readFileSync('/proc/loadavg', 'utf8').trim(), claimsPerSource, rows, failures }, null, 2)}\n`,
  );
  console.log('\nWrote reports/bench-scale.json.');
  if (failures.length > 0) process.exitCode = 1;
}

await main();
