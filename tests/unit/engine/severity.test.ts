import { describe, expect, test } from 'vitest';
import { magnitudeFromGap, severityLevel, severityScore, summarize } from '../../../src/lib/engine/index.ts';
import { claim, score, vendorTable, withVendorTable } from './fixtures.ts';

describe('severity formula', () => {
  test('magnitude grows with the relative gap and saturates at 10%', () => {
    expect(magnitudeFromGap(0)).toBeCloseTo(0.4, 12);
    expect(magnitudeFromGap(0.05)).toBeCloseTo(0.7, 12);
    expect(magnitudeFromGap(0.1)).toBe(1);
    expect(magnitudeFromGap(3)).toBe(1);
  });

  test('tier credibility and the reference weigh the score', () => {
    expect(severityScore({ tier: 2, vendorReference: true, magnitude: 1 })).toBe(1);
    expect(severityScore({ tier: 3, vendorReference: true, magnitude: 1 })).toBe(0.8);
    expect(severityScore({ tier: 4, vendorReference: true, magnitude: 1 })).toBe(0.6);
    expect(severityScore({ tier: 2, vendorReference: false, magnitude: 1 })).toBe(0.7);
    expect(severityLevel(0.7)).toBe('high');
    expect(severityLevel(0.69)).toBe('medium');
    expect(severityLevel(0.4)).toBe('medium');
    expect(severityLevel(0.39)).toBe('low');
  });

  test('a small gap in marketing copy is low; a large gap in the press is high', () => {
    const a = withVendorTable(
      score('promo', 'gpt-5-3-codex', 'terminal-bench-2-0', '77.0', { id: 'small' }),
      score('press', 'gpt-5-3-codex', 'osworld-verified', '50.0', { id: 'large' }),
    );
    const sev = Object.fromEntries(a.findings.map((f) => [f.qualifiers.benchmark, [f.severity, f.score]]));
    // promo: the rounding intervals [76.95, 77.05) and [77.25, 77.35) are 0.2 apart:
    // 0.6 × 1 × (0.4 + 0.6 × (0.2 / 77.3) / 0.1) ≈ 0.249
    expect(sev['terminal-bench-2-0']).toEqual(['low', 0.249]);
    expect(sev['osworld-verified']).toEqual(['high', 1]);
  });

  test('summarize counts findings and verdicts', () => {
    const a = withVendorTable(claim('blog', 'gpt-5-3-codex', 'parameter-count', '1.5 trillion'));
    const s = summarize(a);
    expect(s.byKind.unsupported).toBe(1);
    expect(s.byVerdict.vendor).toBe(vendorTable().length);
    expect(s.claims).toBe(vendorTable().length + 1);
  });
});
