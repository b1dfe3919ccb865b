/**
 * npm run bench:lcp — Lighthouse mobile LCP of this site beside a stock Starlight site, side by side (issue 16's target: at most 0.8× Starlight's).
 *
 * Serves this site's dist/ and a built Starlight dist/ with the repo's static server (scripts/lib/static-server.ts),
 * twice each: as built (no compression, as the audit serves) and gzipped (as static hosts send text). Then runs
 * Lighthouse with its default mobile settings (simulated slow 4G, 4× CPU slowdown) in a fresh Chromium per run
 * (scripts/lib/lighthouse.ts), alternately on this site and on Starlight (this site first in odd runs, Starlight
 * first in even ones), N times, on the home pages and on a table page of each. Prints the median LCP, FCP and
 * transfer per page, the ratio this/Starlight against 0.8, the load average at the start and end, and writes
 * reports/bench-lcp.json (every run's figures, and for the run nearest each median: the LCP element, its
 * subparts, the render-blocking files and every request).
 *
 * Usage: npm run bench:lcp -- --starlight <dist> [--dist <dist>] [--runs 5] [--serving both|raw|gzip]
 *        [--starlight-table /reference/table/]
 * Without --dist the site is built fresh into a temporary folder, as the audit does (scripts/lib/build-site.ts).
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { servedUrl } from './checks/browser/crawl.ts';
import { chromiumPath } from './lib/browser.ts';
import { siteToMeasure } from './lib/build-site.ts';
import { firstInRun, generatorsOf, type LcpFigures, lcpFigures, type ReportLike, ratioAgainst } from './lib/lcp-bench.ts';
import { lighthouseReport } from './lib/lighthouse.ts';
import { median, table } from './lib/search-bench.ts';
import { type RunningServer, serveStatic } from './lib/static-server.ts';

/** Issue 16's target: this site's Lighthouse mobile LCP at most 0.8× Starlight's, on the home and table pages. */
const TARGET_RATIO = 0.8;

/** The pages compared: this site's page beside Starlight's page of the same role. */
const PAIRS = (starlightTable: string) => [
  { role: 'home', thisPath: '/', starlightPath: '/' },
  // The "not disclosed" table's largest section: 17 rows, every column (fact, each source's statement, why it matters).
  { role: 'table page', thisPath: '/discrepancies/not-disclosed/capabilities-and-use/', starlightPath: starlightTable },
  // A benchmark's page: its results tables (12 rows in three tables).
  { role: 'benchmark page', thisPath: '/benchmarks/terminal-bench-2-0/', starlightPath: starlightTable },
];

const HOW_TO_BUILD_STARLIGHT = `Build a stock Starlight site outside the repository and pass its dist/ folder:
  mkdir /tmp/starlight-stock && cd /tmp/starlight-stock
  (copy Starlight's "basics" template: astro.config.mjs, src/content.config.ts, src/content/docs/, src/assets/, public/;
   npm create astro@latest -- --template starlight does this where it can reach the template)
  package.json dependencies: "astro": "7.3.5", "@astrojs/starlight": "0.42.6", "sharp"; overrides: "pagefind": "1.6.0"
  add src/content/docs/reference/table.md with a Markdown table of about 20 rows and 5 columns
  npm install && nice -n 19 npx astro build
then: npm run bench:lcp -- --starlight /tmp/starlight-stock/dist`;

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value, like ${name} ${EXAMPLES[name] ?? '<value>'}.`);
  return value;
};
const EXAMPLES: Record<string, string> = {
  '--starlight': '/tmp/starlight-stock/dist',
  '--dist': 'dist',
  '--runs': '5',
  '--serving': 'both',
  '--starlight-table': '/reference/table/',
};

/** The built page file of a site path ("/" → index.html, "/a/" → a/index.html). */
const pageFile = (dist: string, path: string): string => join(dist, path, 'index.html');

/** The dist/ folder given by --starlight, checked; a missing or wrong folder says how to build one. */
function starlightDist(): string {
  const given = option('--starlight');
  if (!given)
    throw new Error(`--starlight <dist> is required: the built dist/ folder of a stock Starlight site.\n${HOW_TO_BUILD_STARLIGHT}`);
  const dist = resolve(given);
  if (!existsSync(pageFile(dist, '/')))
    throw new Error(`--starlight ${given}: there is no index.html in ${dist}, so it is not a built site.\n${HOW_TO_BUILD_STARLIGHT}`);
  if (!generatorsOf(readFileSync(pageFile(dist, '/'), 'utf8')).some((g) => g.startsWith('Starlight')))
    throw new Error(
      `--starlight ${given}: its home page has no <meta name="generator" content="Starlight v…">, so it is not a Starlight build.\n${HOW_TO_BUILD_STARLIGHT}`,
    );
  return dist;
}

interface Measured {
  site: 'this' | 'starlight';
  path: string;
  serving: 'raw' | 'gzip';
  runs: LcpFigures[];
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const msText = (value: number): string => Math.round(value).toLocaleString('en-US');
const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** The run whose LCP is nearest the median: the one whose details (element, subparts, requests) are reported. */
function medianRun(runs: LcpFigures[]): LcpFigures {
  const mid = median(runs.map((r) => r.lcpMs));
  return runs.reduce((best, r) => (Math.abs(r.lcpMs - mid) < Math.abs(best.lcpMs - mid) ? r : best));
}

async function main(): Promise<void> {
  const starlight = starlightDist();
  const runs = Number(option('--runs') ?? '5');
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs takes a whole number of runs above 0, like --runs 5; got ${option('--runs')}.`);
  const servingOption = option('--serving') ?? 'both';
  if (!['both', 'raw', 'gzip'].includes(servingOption))
    throw new Error(`--serving takes both, raw (files as built) or gzip (text gzipped, as hosts send it); got ${servingOption}.`);
  const servings = (servingOption === 'both' ? ['raw', 'gzip'] : [servingOption]) as ('raw' | 'gzip')[];
  const pairs = PAIRS(option('--starlight-table') ?? '/reference/table/');

  const loadAtStart = load();
  const site = siteToMeasure(option('--dist'), 'bench-lcp');
  try {
    await compare({ this: resolve(site.dist), starlight }, runs, servings, pairs, loadAtStart);
  } finally {
    site.remove();
  }
}

/** Checks the pages are built, runs Lighthouse on them alternately, prints the comparison and writes reports/bench-lcp.json. */
async function compare(
  dists: { this: string; starlight: string },
  runs: number,
  servings: ('raw' | 'gzip')[],
  pairs: ReturnType<typeof PAIRS>,
  loadAtStart: string,
): Promise<void> {
  const starlight = dists.starlight;
  for (const pair of pairs)
    for (const [site, path] of [
      ['this', pair.thisPath],
      ['starlight', pair.starlightPath],
    ] as const)
      if (!existsSync(pageFile(dists[site], path)))
        throw new Error(
          site === 'this'
            ? `The ${pair.role} ${path} is not in ${dists.this} (no ${pageFile(dists.this, path)}); build the site again, or update PAIRS in scripts/bench-lcp.ts if the page moved.`
            : `Starlight's ${pair.role} ${path} is not in ${starlight} (no ${pageFile(starlight, path)}). Add src/content/docs/reference/table.md (a Markdown table of about 20 rows and 5 columns) to the Starlight site and build it again, or name its table page with --starlight-table.\n${HOW_TO_BUILD_STARLIGHT}`,
        );

  // Read before the runs: a fresh build's temporary folder is gone after them.
  const versions = {
    this: { astro: packageVersion('node_modules/astro'), pagefind: pagefindVersion(dists.this) },
    starlight: { generators: generatorsOf(readFileSync(pageFile(starlight, '/'), 'utf8')), pagefind: pagefindVersion(starlight) },
    lighthouse: lighthouseVersion(),
    chromium: execSync(`${chromiumPath()} --version`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
    node: process.version,
  };

  const servers: Record<string, RunningServer> = {};
  for (const serving of servings)
    for (const site of ['this', 'starlight'] as const)
      servers[`${site} ${serving}`] = await serveStatic(dists[site], { compress: serving === 'gzip' });

  const measured = new Map<string, Measured>();
  const started = Date.now();
  console.log(
    `Lighthouse ${lighthouseVersion()} mobile (default settings), ${runs} run(s), ${servings.join(' and ')} serving, load average ${loadAtStart} at the start.`,
  );
  try {
    for (let run = 1; run <= runs; run++) {
      for (const serving of servings) {
        // In each run every page once, pair by pair, the two sites alternating who goes first.
        const order = firstInRun(run) === 'this' ? (['this', 'starlight'] as const) : (['starlight', 'this'] as const);
        const done = new Set<string>();
        for (const pair of pairs) {
          for (const site of order) {
            const path = site === 'this' ? pair.thisPath : pair.starlightPath;
            const key = `${site} ${serving} ${path}`;
            if (done.has(key)) continue;
            done.add(key);
            const server = servers[`${site} ${serving}`] as RunningServer;
            const figures = lcpFigures((await lighthouseReport(servedUrl(server.url, path), 'mobile')) as unknown as ReportLike);
            const entry = measured.get(key) ?? { site, path, serving, runs: [] };
            entry.runs.push(figures);
            measured.set(key, entry);
            console.log(
              `run ${run}/${runs} ${serving.padEnd(4)} ${site === 'this' ? 'this site' : 'Starlight'} ${path.padEnd(52)} LCP ${msText(figures.lcpMs).padStart(5)} ms, FCP ${msText(figures.fcpMs).padStart(5)} ms, ${kb(figures.transferBytes)} kB, load ${load()}`,
            );
          }
        }
      }
    }
  } finally {
    for (const server of Object.values(servers)) await server.close();
  }
  const loadAtEnd = load();

  const summary = (site: 'this' | 'starlight', path: string, serving: 'raw' | 'gzip') => {
    const entry = measured.get(`${site} ${serving} ${path}`) as Measured;
    return {
      lcpMs: median(entry.runs.map((r) => r.lcpMs)),
      fcpMs: median(entry.runs.map((r) => r.fcpMs)),
      transferBytes: median(entry.runs.map((r) => r.transferBytes)),
      totalBlockingMs: median(entry.runs.map((r) => r.totalBlockingMs)),
    };
  };
  const comparisons = servings.flatMap((serving) =>
    pairs.map((pair) => {
      const ours = summary('this', pair.thisPath, serving);
      const theirs = summary('starlight', pair.starlightPath, serving);
      // Run i of this site beside run i of Starlight (measured one after the other): the spread of the ratio.
      const thisRuns = (measured.get(`this ${serving} ${pair.thisPath}`) as Measured).runs;
      const starlightRuns = (measured.get(`starlight ${serving} ${pair.starlightPath}`) as Measured).runs;
      const perRun = thisRuns.map((r, i) => r.lcpMs / (starlightRuns[i] as LcpFigures).lcpMs);
      return {
        ...pair,
        serving,
        this: ours,
        starlight: theirs,
        lcp: ratioAgainst(TARGET_RATIO, ours.lcpMs, theirs.lcpMs),
        perRunRatios: perRun,
      };
    }),
  );

  const rows = comparisons.map((c) => [
    `${c.role} (${c.serving})`,
    msText(c.this.lcpMs),
    msText(c.starlight.lcpMs),
    c.lcp.ratio.toFixed(2),
    c.lcp.met ? 'met' : 'not met',
    `${Math.min(...c.perRunRatios).toFixed(2)}–${Math.max(...c.perRunRatios).toFixed(2)} (${c.perRunRatios.filter((r) => r <= TARGET_RATIO).length}/${c.perRunRatios.length})`,
    `${msText(c.this.fcpMs)} / ${msText(c.starlight.fcpMs)}`,
    `${kb(c.this.transferBytes)} / ${kb(c.starlight.transferBytes)}`,
    `${msText(c.this.totalBlockingMs)} / ${msText(c.starlight.totalBlockingMs)}`,
  ]);
  const printed = table(
    [
      'page (serving)',
      'LCP this (ms)',
      'LCP Starlight (ms)',
      'ratio',
      `≤ ${TARGET_RATIO}×`,
      `ratio per run (runs ≤ ${TARGET_RATIO})`,
      'FCP this / Starlight (ms)',
      'transfer this / Starlight (kB)',
      'TBT this / Starlight (ms)',
    ],
    rows,
  );
  console.log(
    `\nMedians of ${runs} run(s) each, ${((Date.now() - started) / 60_000).toFixed(1)} min; load average ${loadAtStart} at the start, ${loadAtEnd} at the end.`,
  );
  console.log(
    `This site: Astro ${versions.this.astro}, Pagefind ${versions.this.pagefind}. Starlight site: ${versions.starlight.generators.join(', ')}, Pagefind ${versions.starlight.pagefind}.`,
  );
  console.log(`${versions.chromium}, Lighthouse ${versions.lighthouse}, Node ${versions.node}.\n`);
  console.log(printed);
  console.log(`\nPages: ${pairs.map((p) => `${p.role} ${p.thisPath} beside ${p.starlightPath}`).join('; ')}.`);
  console.log("Serving: raw = files as built (the audit's server); gzip = text gzipped at level 6, as static hosts send it.");

  mkdirSync('reports', { recursive: true });
  writeFileSync(
    join('reports', 'bench-lcp.json'),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        cores: cpus().length,
        load: { start: loadAtStart, end: loadAtEnd },
        runs,
        target: { lcpRatio: TARGET_RATIO },
        versions,
        dists,
        comparisons: comparisons.map((c) => ({ ...c, lcp: { ratio: c.lcp.ratio, met: c.lcp.met } })),
        pages: [...measured.values()].map((m) => ({
          ...m,
          nearestMedian: medianRun(m.runs),
          runs: m.runs.map(({ requests, ...rest }) => rest),
        })),
      },
      null,
      2,
    )}\n`,
  );
  console.log('\nWrote reports/bench-lcp.json.');
}

/** The version in a package folder's package.json. */
function packageVersion(folder: string): string {
  return (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version;
}
function lighthouseVersion(): string {
  return packageVersion('node_modules/lighthouse');
}
/** The Pagefind version a built site's index names (pagefind/pagefind-entry.json), or "none". */
function pagefindVersion(dist: string): string {
  const entry = join(dist, 'pagefind', 'pagefind-entry.json');
  return existsSync(entry) ? (JSON.parse(readFileSync(entry, 'utf8')) as { version: string }).version : 'none';
}

try {
  await main();
} catch (error) {
  // A teaching error (a missing --starlight, a page not built) is read, not debugged: print its message alone.
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
