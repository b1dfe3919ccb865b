/**
 * Where an `astro build` spends its time, read from its own log: each page's render time (the `(+12ms)` Astro
 * prints after a page's path), summed per route family (`/claims/*\/*\/`), and the phases between the log's
 * timestamped lines (rendering, then the integrations' `astro:build:done` work: Pagefind, headers, sitemap).
 * Used by bench:scale; pure, so it is tested on literal logs.
 */

/** Render time of one route family. */
export interface FamilyTime {
  /** The family: the page path with every segment after the first replaced by `*` ("/claims/*\/*\/"). */
  family: string;
  /** Pages rendered. */
  pages: number;
  /** Their render times summed (ms). */
  ms: number;
}

/** The render times and phases of one build log. */
export interface BuildTimes {
  /** Per route family, the slowest first. */
  families: FamilyTime[];
  /** Seconds from the first to the last page line (rendering, by the log's clock). */
  renderSeconds: number | null;
  /** Seconds from the last page line to the log's last timestamped line (the build:done hooks and the rest). */
  afterRenderSeconds: number | null;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes are control characters by definition.
const ANSI = /\u001b\[[0-9;]*m/g;
const PAGE = /[├└]─\s+(\/\S*)\s+\(\+(\d+(?:\.\d+)?)(ms|s)\)/;
const CLOCK = /^(\d{2}):(\d{2}):(\d{2})\s/;

/**
 * The route family of a page, from its URL path or its built file: the first segment kept, the others as `*`
 * ("/claims/a/b/index.html" and "/claims/a/b/" are "/claims/*\/*\/"; "/404.html" stays itself). Also the audit's page kinds.
 */
export function routeFamily(path: string): string {
  const page = path.replace(/(^|\/)index\.html$/, '$1');
  const segments = page.split('/').filter(Boolean);
  if (segments.length === 0) return '/';
  return `/${segments.map((s, i) => (i === 0 ? s : '*')).join('/')}${page.endsWith('/') ? '/' : ''}`;
}

/** Render time per route family and the phases of a build, from the text `astro build` printed. */
export function buildTimes(log: string): BuildTimes {
  const families = new Map<string, FamilyTime>();
  let firstPage: number | null = null;
  let lastPage: number | null = null;
  let lastStamp: number | null = null;
  let day = 0;
  let previous = -1;
  for (const raw of log.split('\n')) {
    const line = raw.replace(ANSI, '');
    const clock = CLOCK.exec(line);
    let stamp: number | null = null;
    if (clock) {
      const seconds = Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
      if (seconds < previous) day += 86_400; // the build ran past midnight
      previous = seconds;
      stamp = seconds + day;
      lastStamp = stamp;
    }
    const page = PAGE.exec(line);
    if (!page) continue;
    const ms = Number(page[2]) * (page[3] === 's' ? 1000 : 1);
    const family = routeFamily(page[1] as string);
    const entry = families.get(family) ?? { family, pages: 0, ms: 0 };
    entry.pages += 1;
    entry.ms += ms;
    families.set(family, entry);
    if (stamp !== null) {
      firstPage ??= stamp;
      lastPage = stamp;
    }
  }
  return {
    families: [...families.values()].sort((a, b) => b.ms - a.ms || a.family.localeCompare(b.family)),
    renderSeconds: firstPage !== null && lastPage !== null ? lastPage - firstPage : null,
    afterRenderSeconds: lastPage !== null && lastStamp !== null ? lastStamp - lastPage : null,
  };
}
