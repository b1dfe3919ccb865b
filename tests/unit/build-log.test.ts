/** Render times per route family and the build's phases, read from a literal `astro build` log (scripts/lib/build-log.ts). */
import { describe, expect, it } from 'vitest';
import { buildTimes, routeFamily } from '../../scripts/lib/build-log.ts';
import { eachReturns } from './cases.ts';

describe('routeFamily', () => {
  eachReturns(routeFamily, 'routeFamily(%j) is %j', [
    ['/index.html', '/'],
    ['/404.html', '/404.html'],
    ['/sources/index.html', '/sources/'],
    ['/sources/openai-launch/index.html', '/sources/*/'],
    ['/claims/openai-launch/release-date/index.html', '/claims/*/*/'],
    ['/discrepancies/source/openai-launch/', '/discrepancies/*/*/'],
    ['/', '/'],
    ['/data/claims.csv', '/data/*'],
  ]);
});

describe('buildTimes', () => {
  const LOG = [
    '19:20:01 [build] output: "static"',
    '19:20:05 \u001b[34m▶\u001b[39m src/pages/claims/[source]/[claim]/index.astro',
    '19:20:05   \u001b[34m├─\u001b[39m \u001b[2m/claims/a/one/index.html\u001b[22m \u001b[2m(+3ms)\u001b[22m ',
    '19:20:06   ├─ /claims/a/two/index.html (+5ms) ',
    '19:20:07   └─ /claims/b/one/index.html (+1.50s) ',
    '19:20:09   ├─ /sources/a/index.html (+40ms) ',
    '19:20:10   ├─ /index.html (+7ms) ',
    '19:20:10 ✓ Completed in 5.00s.',
    '19:20:40 [pagefind] Pagefind indexed 3 pages and 9 claims and findings',
    '19:21:02 [build] Complete!',
  ].join('\n');

  it('sums each family, the slowest first, and counts its pages', () => {
    expect(buildTimes(LOG).families).toEqual([
      { family: '/claims/*/*/', pages: 3, ms: 1508 },
      { family: '/sources/*/', pages: 1, ms: 40 },
      { family: '/', pages: 1, ms: 7 },
    ]);
  });

  it('times rendering from the first to the last page line, and what follows it to the last line', () => {
    const times = buildTimes(LOG);
    expect(times.renderSeconds).toBe(5);
    expect(times.afterRenderSeconds).toBe(52);
  });

  it('counts a build that runs past midnight forward', () => {
    const times = buildTimes(['23:59:58   ├─ /a/index.html (+1ms) ', '00:00:03   ├─ /b/index.html (+1ms) ', '00:01:00 done'].join('\n'));
    expect(times.renderSeconds).toBe(5);
    expect(times.afterRenderSeconds).toBe(57);
  });

  it('has no phases for a log without page lines', () => {
    expect(buildTimes('19:20:01 [build] failed')).toEqual({ families: [], renderSeconds: null, afterRenderSeconds: null });
  });
});
