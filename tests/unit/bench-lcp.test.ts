/** The pure helpers of `npm run bench:lcp` (scripts/lib/lcp-bench.ts): figures read from a Lighthouse report, run order, ratio, generators. */
import { describe, expect, it } from 'vitest';
import { firstInRun, generatorsOf, lcpFigures, type ReportLike, ratioAgainst } from '../../scripts/lib/lcp-bench.ts';
import { eachReturns } from './cases.ts';

/** The parts of a real Lighthouse 13 mobile report of Starlight's home page (trimmed to what the helpers read). */
const REPORT: ReportLike = {
  categories: { performance: { score: 0.97 } },
  audits: {
    'largest-contentful-paint': { numericValue: 2597.0375 },
    'first-contentful-paint': { numericValue: 1528.025 },
    'total-blocking-time': { numericValue: 24 },
    'total-byte-weight': { numericValue: 216676 },
    'lcp-breakdown-insight': {
      details: {
        type: 'list',
        items: [
          {
            type: 'table',
            items: [
              { subpart: 'timeToFirstByte', label: 'Time to first byte', duration: 33.8 },
              { subpart: 'resourceLoadDuration', label: 'Resource load duration', duration: 363.9 },
            ],
          },
          { type: 'node', selector: 'div.hero > img.astro-2qjbuh7f', nodeLabel: 'Houston' },
        ],
      },
    },
    'render-blocking-insight': {
      details: { type: 'table', items: [{ url: 'http://127.0.0.1:43217/_astro/common.css', totalBytes: 63977, wastedMs: 614 }] },
    },
    'network-requests': {
      details: {
        type: 'table',
        items: [
          { url: 'http://127.0.0.1:43217/', transferSize: 20150, resourceType: 'Document' },
          { url: 'http://127.0.0.1:43217/_astro/houston.webp?w=1', transferSize: 27757, resourceType: 'Image' },
        ],
      },
    },
  },
};

describe('LCP benchmark helpers', () => {
  it('reads the metrics, the LCP element and subparts, render-blocking files and requests (paths without the port)', () => {
    expect(lcpFigures(REPORT)).toEqual({
      lcpMs: 2597.0375,
      fcpMs: 1528.025,
      totalBlockingMs: 24,
      transferBytes: 216676,
      performance: 97,
      lcpElement: { selector: 'div.hero > img.astro-2qjbuh7f', label: 'Houston' },
      lcpSubparts: { timeToFirstByte: 33.8, resourceLoadDuration: 363.9 },
      renderBlocking: [{ path: '/_astro/common.css', bytes: 63977, wastedMs: 614 }],
      requests: [
        { path: '/', resourceType: 'Document', transferSize: 20150 },
        { path: '/_astro/houston.webp?w=1', resourceType: 'Image', transferSize: 27757 },
      ],
    });
  });

  it('reads a report without insights as no element, no subparts and no files', () => {
    const bare: ReportLike = {
      categories: {},
      audits: { ...REPORT.audits, 'lcp-breakdown-insight': undefined, 'render-blocking-insight': {}, 'network-requests': undefined },
    };
    expect(lcpFigures(bare)).toMatchObject({ lcpElement: null, lcpSubparts: {}, renderBlocking: [], requests: [], performance: null });
  });

  it('names the audit when a metric is missing', () => {
    const failed: ReportLike = { ...REPORT, audits: { ...REPORT.audits, 'largest-contentful-paint': {} } };
    expect(() => lcpFigures(failed)).toThrow(/"largest-contentful-paint"/);
  });

  eachReturns(firstInRun, 'run %s starts with %s', [
    [1, 'this'],
    [2, 'starlight'],
    [3, 'this'],
    [4, 'starlight'],
  ]);

  eachReturns(ratioAgainst, 'target %s, this %s ms, Starlight %s ms: %o', [
    [0.8, 800, 1000, { ratio: 0.8, met: true, text: '0.80× (target ≤ 0.80×: met)' }],
    [0.8, 881, 1000, { ratio: 0.881, met: false, text: '0.88× (target ≤ 0.80×: not met)' }],
    [0.8, 641, 1373, { ratio: 641 / 1373, met: true, text: '0.47× (target ≤ 0.80×: met)' }],
  ]);

  it('refuses a Starlight figure of 0, which has no ratio', () => {
    expect(() => ratioAgainst(0.8, 900, 0)).toThrow(/above 0/);
  });

  it('lists the generators a built page names', () => {
    expect(
      generatorsOf(
        '<head><meta name="generator" content="Astro v7.3.5"/><meta charset="utf-8"><meta name="generator" content="Starlight v0.42.6"/>',
      ),
    ).toEqual(['Astro v7.3.5', 'Starlight v0.42.6']);
    expect(generatorsOf('<meta name="description" content="x">')).toEqual([]);
  });
});
