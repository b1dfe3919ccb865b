/**
 * The methodology pages' route data (src/view/methodology.ts): the worked examples are what the quote matcher,
 * the engine's compare function and its severity formula give, and the parts' addresses and sections.
 */
import { describe, expect, it } from 'vitest';
import { severityScore, UNSUPPORTED_MAGNITUDE } from '../../../src/lib/engine/index.ts';
import {
  comparisonExamples,
  METHODOLOGY_PARTS,
  methodologyData,
  methodologyHref,
  percent,
  quoteExamples,
  severityRows,
} from '../../../src/view/methodology.ts';
import { realSite } from './site.ts';

describe('methodology route data', () => {
  const site = realSite();

  it('quote examples: whitespace and a no-break hyphen are forgiven, a quote cut inside a word or an ellipsis is not', () => {
    expect(quoteExamples().map((e) => [e.quote, e.ok])).toEqual([
      ['Terminal‑Bench 2.0   77.3%', true],
      ['7.3% 64.0%', false],
      ['Terminal-Bench 2.0 77.3% ... 62.2%', false],
    ]);
    expect(quoteExamples()[0]?.folded).toBe('Terminal-Bench 2.0 77.3%');
  });

  it('comparison examples: rounding ranges, approximations and bounds, as the engine compares them', () => {
    expect(comparisonExamples(site).map((e) => [`${e.a} / ${e.b}`, e.result])).toEqual([
      ['64 / 64.0', true],
      ['64 / 63.7', true],
      ['64.0 / 63.7', false],
      ['64.0 / 62.2', false],
      ['~64 / 62.2', true],
      ['>90 / 92', true],
      ['>90 / 88', false],
    ]);
  });

  it('severity rows: one per tier, each the formula’s score', () => {
    const rows = severityRows();
    expect(rows.map((r) => r.tier)).toEqual([1, 2, 3, 4]);
    for (const r of rows) {
      expect(r.contradiction).toBe(severityScore({ tier: r.tier, vendorReference: true, magnitude: 1 }));
      expect(r.unsupported).toBe(severityScore({ tier: r.tier, vendorReference: true, magnitude: UNSUPPORTED_MAGNITUDE }));
      expect(r.secondary).toBe(severityScore({ tier: r.tier, vendorReference: false, magnitude: 1 }));
    }
    expect(rows[0]?.contradiction).toBeGreaterThan(rows[3]?.contradiction ?? 1);
  });

  it('the parts: three pages, their addresses, and the sections the contents list links to', () => {
    expect(METHODOLOGY_PARTS.map((p) => methodologyHref(p))).toEqual([
      '/methodology/',
      '/methodology/comparing/',
      '/methodology/findings/',
    ]);
    expect(METHODOLOGY_PARTS.flatMap((p) => p.sections.map(([id]) => id))).toEqual([
      'tiers',
      'claims',
      'limits',
      'comparing',
      'verdicts',
      'agreement',
      'kinds',
      'severity',
    ]);
  });

  it('the data: counts from the content and analysis, the approximation range, and labels of the single-valued text properties', () => {
    const m = methodologyData(site);
    expect(m.pendingSources).toBe(site.content.sources.filter((s) => s.coverage === 'pending').length);
    expect(m.summary.claims).toBe(site.content.claims.length);
    expect(m.approx.low).toBeLessThan(64);
    expect(m.approx.high).toBeGreaterThan(64);
    expect(m.identifying.length + m.circumstantial.length).toBeGreaterThan(0);
    expect(m.identifying.every((q) => q.identifying) && m.circumstantial.every((q) => !q.identifying)).toBe(true);
    expect(m.singleValuedTextLabels.every((l) => l === l.toLowerCase())).toBe(true);
    expect(percent(0.05)).toBe('5%');
    expect(percent(0.125)).toBe('12.5%');
  });
});
