/**
 * Benchmark of the discrepancy engine: synthetic claim sets of 10k, 100k and 1M claims (deterministic
 * PRNG; many subjects and properties, a vendor and secondary sources of every tier, figures stated
 * exactly, rounded, as fractions, approximately, as bounds, wrongly, or attributed to the wrong
 * model; a few very large groups), analyze() on each, and a table of time, heap, ms per 1k claims and
 * growth against n log n.
 *
 * Usage: npm run bench:engine [-- 10000 100000 1000000]
 * The 1M set needs a larger heap than Node's default: the script re-spawns itself with
 * --max-old-space-size=12288 (and --expose-gc, to measure heap after a collection) unless already set.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { analyze } from '../src/lib/engine/index.ts';
import { generate } from './lib/synthetic-claims.ts';

const HEAP_MB = 12288;

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;

if (isMain && process.env.BENCH_ENGINE_CHILD !== '1' && getHeapStatistics().heap_size_limit < HEAP_MB * 0.9 * 1024 * 1024) {
  const result = spawnSync(
    process.execPath,
    [...process.execArgv, `--max-old-space-size=${HEAP_MB}`, '--expose-gc', ...process.argv.slice(1)],
    {
      stdio: 'inherit',
      env: { ...process.env, BENCH_ENGINE_CHILD: '1' },
    },
  );
  process.exit(result.status ?? 1);
}

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
}

/** Runs the benchmark over the sizes given on the command line (default 10k, 100k, 1M) and prints the table. */
let gcTotal = 0;

async function main(): Promise<void> {
  // Time spent in garbage collection (pauses on the main thread), summed per analyze() run.
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcTotal += entry.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((x) => Number.isFinite(x) && x > 0);
  const SIZES = sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000];

  // Warm-up so the first measured size is not dominated by JIT compilation.
  analyze(generate(5_000, 7));

  interface Row {
    n: number;
    ms: number;
    cpuMs: number;
    gcMs: number;
    heapMb: number;
    deltaMb: number;
    groups: number;
    findings: number;
  }
  const rows: Row[] = [];
  for (const n of SIZES) {
    const data = generate(n);
    // Best of three runs up to 100k claims (the machine may be shared); one run above.
    const runs = n <= 100_000 ? 3 : 1;
    let best: Row | undefined;
    for (let run = 0; run < runs; run++) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 0)); // deliver the explicit collection's GC entries first
      const before = process.memoryUsage().heapUsed;
      const cpu0 = process.cpuUsage();
      gcTotal = 0;
      const t0 = performance.now();
      const result = analyze(data);
      const ms = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      await new Promise((resolve) => setTimeout(resolve, 0)); // let the GC observer report
      const gcMs = gcTotal;
      const after = process.memoryUsage().heapUsed;
      const row: Row = {
        n,
        ms,
        cpuMs: (cpu.user + cpu.system) / 1000,
        gcMs,
        heapMb: after / 2 ** 20,
        deltaMb: (after - before) / 2 ** 20,
        groups: result.groups.length,
        findings: result.findings.length,
      };
      if (!best || row.ms < best.ms) best = row;
    }
    if (best) rows.push(best);
  }

  const nlogn = (n: number) => n * Math.log2(n);
  const base = rows[0];
  const header = [
    'n',
    'time (ms)',
    'cpu (ms)',
    'gc (ms)',
    'heap (MB)',
    '+analysis',
    'ms/1k',
    'cpu ms/1k',
    'vs n log n',
    'groups',
    'findings',
  ];
  const widths = [10, 10, 9, 8, 10, 10, 7, 10, 11, 9, 9];
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 8)).join(' ');
  console.log(line(header));
  for (const r of rows) {
    const growth = base ? r.cpuMs / base.cpuMs / (nlogn(r.n) / nlogn(base.n)) : 1;
    console.log(
      line([
        r.n.toLocaleString('en-US'),
        r.ms.toFixed(0),
        r.cpuMs.toFixed(0),
        r.gcMs.toFixed(0),
        r.heapMb.toFixed(0),
        r.deltaMb.toFixed(0),
        ((r.ms / r.n) * 1000).toFixed(2),
        ((r.cpuMs / r.n) * 1000).toFixed(2),
        growth.toFixed(2),
        String(r.groups),
        String(r.findings),
      ]),
    );
  }
  console.log(`
time = wall-clock time of analyze() (best of 3 runs up to 100k); cpu = process CPU time during that run (all threads, GC included);
gc = garbage-collection pauses during that run.
heap = heap used after analyze() (input claims included); +analysis = heap growth during analyze() (result and uncollected garbage).
ms/1k = wall time per thousand claims; cpu ms/1k the same in CPU time.
vs n log n = (cpu / cpu at the first size) / (n log n / first n log n), on CPU time (wall time depends on
the machine's load): 1.00 means exactly n log n growth, below 1 better.
machine: ${cpus().length} CPU(s), load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}, Node ${process.version}, heap limit ${(getHeapStatistics().heap_size_limit / 2 ** 20).toFixed(0)} MB.`);
  const hundredK = rows.find((r) => r.n === 100_000);
  if (hundredK)
    console.log(
      `100k claims: ${hundredK.ms.toFixed(0)} ms wall, ${hundredK.cpuMs.toFixed(0)} ms CPU (target < 1000 ms): ${hundredK.ms < 1000 ? 'OK' : 'over target on this machine'}`,
    );
  observer.disconnect();
}

if (isMain) await main();
