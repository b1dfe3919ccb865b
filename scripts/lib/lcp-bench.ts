/**
 * Pure helpers of `npm run bench:lcp` (scripts/bench-lcp.ts): the figures it reads from a Lighthouse report,
 * who goes first in each run, the ratio against the target, and the versions a built page names.
 */

/** The parts of a Lighthouse report (LHR) the benchmark reads; a real LHR has them. */
export interface ReportLike {
  audits: Record<string, { numericValue?: number; details?: unknown } | undefined>;
  categories: Record<string, { score: number | null } | undefined>;
}

/** One file a page fetched, as Lighthouse's network-requests audit lists it. */
export interface RequestFigure {
  path: string;
  resourceType: string;
  transferSize: number;
}

/** What one Lighthouse run says about a page's largest contentful paint and where its time went. */
export interface LcpFigures {
  lcpMs: number;
  fcpMs: number;
  totalBlockingMs: number;
  transferBytes: number;
  performance: number | null;
  /** The LCP element: its selector and text or snippet (lcp-breakdown-insight). */
  lcpElement: { selector: string; label: string } | null;
  /** The LCP's subparts (time to first byte, resource load delay and duration, element render delay), in ms. */
  lcpSubparts: Record<string, number>;
  /** Render-blocking files with their bytes and Lighthouse's estimate of what each delays (render-blocking-insight). */
  renderBlocking: { path: string; bytes: number; wastedMs: number }[];
  requests: RequestFigure[];
}

type Item = Record<string, unknown>;
const itemsOf = (details: unknown): Item[] =>
  details && typeof details === 'object' && Array.isArray((details as { items?: unknown }).items)
    ? ((details as { items: Item[] }).items ?? [])
    : [];
const numberOf = (value: unknown): number => (typeof value === 'number' ? value : 0);
/** A URL as its path and query, so two servers' ports do not show. */
const pathOf = (url: unknown): string => {
  if (typeof url !== 'string') return '';
  try {
    const { pathname, search } = new URL(url);
    return pathname + search;
  } catch {
    return url;
  }
};

/** A metric's value in a report; throws naming the audit when Lighthouse did not compute it. */
function metric(report: ReportLike, id: string): number {
  const value = report.audits[id]?.numericValue;
  if (typeof value !== 'number')
    throw new Error(`The Lighthouse report has no numeric value for the audit "${id}"; the run failed to measure the page.`);
  return value;
}

/** The LCP figures of one Lighthouse report. */
export function lcpFigures(report: ReportLike): LcpFigures {
  const breakdown = itemsOf(report.audits['lcp-breakdown-insight']?.details);
  const node = breakdown.find((item) => item.type === 'node');
  const subparts: Record<string, number> = {};
  for (const item of itemsOf(breakdown.find((entry) => entry.type === 'table')))
    if (typeof item.subpart === 'string') subparts[item.subpart] = numberOf(item.duration);
  const performance = report.categories.performance?.score;
  return {
    lcpMs: metric(report, 'largest-contentful-paint'),
    fcpMs: metric(report, 'first-contentful-paint'),
    totalBlockingMs: metric(report, 'total-blocking-time'),
    transferBytes: metric(report, 'total-byte-weight'),
    performance: typeof performance === 'number' ? Math.round(performance * 100) : null,
    lcpElement: node ? { selector: String(node.selector ?? ''), label: String(node.nodeLabel ?? node.snippet ?? '').slice(0, 120) } : null,
    lcpSubparts: subparts,
    renderBlocking: itemsOf(report.audits['render-blocking-insight']?.details).map((item) => ({
      path: pathOf(item.url),
      bytes: numberOf(item.totalBytes),
      wastedMs: numberOf(item.wastedMs),
    })),
    requests: itemsOf(report.audits['network-requests']?.details).map((item) => ({
      path: pathOf(item.url),
      resourceType: String(item.resourceType ?? ''),
      transferSize: numberOf(item.transferSize),
    })),
  };
}

/** Which site Lighthouse measures first in run `run` (from 1): this site in odd runs, Starlight in even ones. */
export function firstInRun(run: number): 'this' | 'starlight' {
  return run % 2 === 1 ? 'this' : 'starlight';
}

/** This site's figure over Starlight's, and whether it is within the target ratio. */
export function ratioAgainst(target: number, thisValue: number, starlightValue: number): { ratio: number; met: boolean; text: string } {
  if (!(starlightValue > 0)) throw new Error(`Starlight's figure must be above 0 to compare against it; got ${starlightValue}.`);
  const ratio = thisValue / starlightValue;
  const met = ratio <= target;
  return { ratio, met, text: `${ratio.toFixed(2)}× (target ≤ ${target.toFixed(2)}×: ${met ? 'met' : 'not met'})` };
}

/** The generators a built page names in `<meta name="generator">` ("Astro v7.3.5", "Starlight v0.42.6"). */
export function generatorsOf(html: string): string[] {
  return [...html.matchAll(/<meta\s+name="generator"\s+content="([^"]+)"/g)].map((m) => m[1] as string);
}
