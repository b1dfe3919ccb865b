/** The overstated rule (comparative claims against the figures they relate), reconciliation and per-source agreement. */
import { describe, expect, test } from 'vitest';
import { analyzed, byKind, claim, ENTITIES, entity, score, source, verdict, withVendorTable } from './fixtures.ts';

describe('overstated', () => {
  const osworld = { benchmark: 'osworld-verified', comparedTo: 'gpt-5-2-codex' };

  test('ratio: "nearly doubled" (~2×) against 64.7 / 38.2 = 1.69×', () => {
    const a = withVendorTable(
      claim('promo', 'gpt-5-3-codex', 'score-multiple', '~2', { id: 'r', qualifiers: osworld, figure: 'nearly doubled' }),
    );
    const [f] = byKind(a, 'overstated');
    expect(f?.arithmetic).toEqual(["64.7% / 38.2% = 1.69×, not ~2× (nearly doubled) (OpenAI's figures)"]);
    expect(f?.verdict).toBe('overstated');
    expect(f?.claims).toEqual(['promo/r', 'vendor/osworld-verified-gpt-5-2-codex', 'vendor/osworld-verified-gpt-5-3-codex']);
    expect(verdict(a, 'promo/r')).toBe('overstated');
    expect(a.agreement.find((r) => r.source === 'promo')).toMatchObject({ covered: 1, agreeing: 0, share: 0 });
  });

  test('ratio: a multiple the figures bear out is a reconciliation with the arithmetic', () => {
    const a = withVendorTable(claim('promo', 'gpt-5-3-codex', 'score-multiple', '1.7', { id: 'r', qualifiers: osworld }));
    expect(byKind(a, 'overstated')).toEqual([]);
    expect(byKind(a, 'reconciled')[0]?.arithmetic).toEqual(["64.7% / 38.2% = 1.69×, consistent with 1.7× (OpenAI's figures)"]);
    expect(verdict(a, 'promo/r')).toBe('reconciled');
  });

  test('ratio: a multiple below the figures is understated', () => {
    const a = withVendorTable(claim('promo', 'gpt-5-3-codex', 'score-multiple', '1.2', { id: 'r', qualifiers: osworld }));
    expect(byKind(a, 'overstated')[0]?.verdict).toBe('understated');
  });

  test('percent change: +69% vs (64.7 − 38.2) / 38.2', () => {
    const ok = withVendorTable(claim('promo', 'gpt-5-3-codex', 'score-change', '~70', { id: 'r', qualifiers: osworld }));
    expect(verdict(ok, 'promo/r')).toBe('reconciled');
    const bad = withVendorTable(claim('promo', 'gpt-5-3-codex', 'score-change', '+100', { id: 'r', qualifiers: osworld }));
    expect(byKind(bad, 'overstated')[0]?.arithmetic[0]).toBe("(64.7% − 38.2%) / 38.2% = +69.4%, not +100% (OpenAI's figures)");
  });

  test('order: "outperforms" on equal scores is overstated; "matches" is fine', () => {
    const q = { benchmark: 'gdpval', comparedTo: 'gpt-5-2' };
    const a = withVendorTable(
      claim('promo', 'gpt-5-3-codex', 'comparison', 'outperforms', { id: 'out', qualifiers: q }),
      claim('vendor', 'gpt-5-3-codex', 'comparison', 'matches', { id: 'match', qualifiers: q }),
      claim('blog', 'gpt-5-3-codex', 'comparison', 'outperforms', {
        id: 'os',
        qualifiers: { benchmark: 'osworld-verified', comparedTo: 'gpt-5-2' },
      }),
    );
    const [f] = byKind(a, 'overstated');
    expect(f?.id).toBe('overstated--gpt-5-3-codex--comparison--benchmark=gdpval--comparedto=gpt-5-2');
    expect(f?.claims).toEqual(['promo/out', 'vendor/gdpval-gpt-5-2', 'vendor/gdpval-gpt-5-3-codex']);
    expect(f?.summary).toBe(
      "GPT Proto says GPT-5.3-Codex outperforms GPT-5.2 on GDPval, but OpenAI's figures are 70.9% against 70.9% (70.9% = 70.9%).",
    );
    // Judged on the figures alone: no extra contradiction with the vendor's own "matches".
    expect(byKind(a, 'contradiction')).toEqual([]);
    expect(verdict(a, 'blog/os')).toBe('agrees');
  });

  test('order flips where lower is better', () => {
    const q = { benchmark: 'latency-bench', comparedTo: 'gpt-5-2' };
    const a = analyzed([
      score('vendor', 'gpt-5-3-codex', 'latency-bench', '10'),
      score('vendor', 'gpt-5-2', 'latency-bench', '20'),
      claim('blog', 'gpt-5-3-codex', 'comparison', 'outperforms', { id: 'x', qualifiers: q }),
      claim('press', 'gpt-5-3-codex', 'comparison', 'underperforms', { id: 'y', qualifiers: q }),
    ]);
    expect(verdict(a, 'blog/x')).toBe('agrees');
    expect(verdict(a, 'press/y')).toBe('overstated');
    expect(byKind(a, 'overstated')[0]?.verdict).toBe('understated');
  });

  test('without vendor figures, the source’s own figures are used', () => {
    const a = analyzed([
      score('blog', 'claude', 'osworld-verified', '40'),
      score('blog', 'gpt-5-2', 'osworld-verified', '40'),
      claim('blog', 'claude', 'comparison', 'outperforms', {
        id: 'x',
        qualifiers: { benchmark: 'osworld-verified', comparedTo: 'gpt-5-2' },
      }),
    ]);
    const [f] = byKind(a, 'overstated');
    expect(f?.arithmetic[0]).toContain("Blog Inc's figures");
    expect(f?.score).toBeCloseTo(0.8 * 0.7 * 0.7, 3);
  });

  test('a comparison nothing can check stays uncompared', () => {
    const a = analyzed([claim('blog', 'claude', 'comparison', 'outperforms', { id: 'x', qualifiers: { comparedTo: 'gpt-5-2' } })]);
    expect(a.findings).toEqual([]);
    expect(verdict(a, 'blog/x')).toBe('uncompared');
  });
});

describe('reconciled and agreement', () => {
  test('normalized agreements are reconciled with arithmetic; identical ones plainly agree', () => {
    const a = withVendorTable(
      score('blog', 'gpt-5-3-codex', 'terminal-bench-2-0', '0.773', { id: 'frac', unit: 'fraction' }),
      score('press', 'gpt-5-2-codex', 'terminal-bench-2-0', '64', { id: 'round' }),
      score('wiki', 'gpt-5-3-codex', 'osworld-verified', '~65', { id: 'approx' }),
      score('promo', 'gpt-5-3-codex', 'cybersecurity-ctf', '>75', { id: 'bound' }),
      score('promo', 'gpt-5-3-codex', 'terminal-bench-2-0', '77.3', { id: 'same' }),
    );
    const lines = Object.fromEntries(byKind(a, 'reconciled').map((f) => [f.subject + f.qualifiers.benchmark, f.arithmetic[0]]));
    expect(lines).toEqual({
      'gpt-5-3-codexterminal-bench-2-0': '0.773 fraction = 77.3%, equal to 77.3% (Blog Inc vs OpenAI)',
      'gpt-5-2-codexterminal-bench-2-0': '64.0% rounds to 64% to a whole number, the precision of 64% (Press Co vs OpenAI)',
      'gpt-5-3-codexosworld-verified': '~65% (61.75% to 68.25%) and 64.7% overlap; “~” allows ±5% (“Wiki entry” vs OpenAI)',
      'gpt-5-3-codexcybersecurity-ctf': '>75% (above 75%) and 77.6% overlap (GPT Proto vs OpenAI)',
    });
    for (const f of byKind(a, 'reconciled')) expect(f.severity).toBe('info');
    expect(verdict(a, 'promo/same')).toBe('agrees');
    expect(a.verdicts['promo/same']?.findings).toEqual([]);
    expect(a.agreement).toEqual([
      { source: 'blog', vendor: false, covered: 1, agreeing: 1, share: 1 },
      { source: 'press', vendor: false, covered: 1, agreeing: 1, share: 1 },
      { source: 'promo', vendor: false, covered: 2, agreeing: 2, share: 1 },
      { source: 'vendor', vendor: true, covered: 0, agreeing: 0, share: null },
      { source: 'wiki', vendor: false, covered: 1, agreeing: 1, share: 1 },
    ]);
  });

  test('a source named nowhere still gets an agreement row; the vendor is found by tier', () => {
    const a = analyzed([score('vendor2', 'gpt-5-3-codex', 'gdpval', '70.9'), score('stray', 'gpt-5-3-codex', 'gdpval', '72')], {
      sources: [source('vendor2', 'vendor', { publisher: 'OpenAI' })],
      entities: [...ENTITIES, entity('extra', 'model')],
    });
    expect(a.agreement.map((r) => [r.source, r.covered, r.share])).toEqual([
      ['stray', 1, 0],
      ['vendor2', 0, null],
    ]);
  });
});
