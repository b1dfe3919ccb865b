import { describe, expect, test } from 'vitest';
import type { Claim } from '../../../src/lib/types.ts';
import { analyzed, byKind, claim, ENTITIES, SOURCES, score, vendorTable, verdict, withVendorTable } from './fixtures.ts';

describe('conflict', () => {
  test('a secondary figure outside the vendor figure conflicts, with the arithmetic', () => {
    const c = score('press', 'gpt-5-3-codex', 'terminal-bench-2-0', '75.0', { id: 'tb' });
    const a = withVendorTable(c);
    const [f] = byKind(a, 'conflict');
    expect(f).toBeDefined();
    expect(f?.id).toBe('conflict--gpt-5-3-codex--benchmark-score--benchmark=terminal-bench-2-0');
    expect(f?.claims).toEqual(['press/tb', 'vendor/terminal-bench-2-0-gpt-5-3-codex']);
    expect(f?.sources).toEqual(['press', 'vendor']);
    expect(f?.summary).toBe("For GPT-5.3-Codex's benchmark score on Terminal-Bench 2.0, OpenAI gives 77.3%, but Press Co gives 75.0%.");
    expect(f?.arithmetic).toEqual(['75.0% ≠ 77.3%: 2.3 points apart (3%) (Press Co vs OpenAI)']);
    expect(verdict(a, 'press/tb')).toBe('conflicts');
    expect(verdict(a, 'vendor/terminal-bench-2-0-gpt-5-3-codex')).toBe('vendor');
  });

  test('without a vendor figure, secondaries that cannot both be right conflict with each other', () => {
    const a = analyzed([
      claim('blog', 'claude', 'parameter-count', '1.5 trillion', { id: 'p1' }),
      claim('press', 'claude', 'parameter-count', '3 trillion', { id: 'p2' }),
      claim('wiki', 'claude', 'parameter-count', '1,500 billion', { id: 'p3' }),
    ]);
    const [f] = byKind(a, 'conflict');
    expect(f?.summary).toContain('Sources disagree');
    expect(f?.claims).toEqual(['blog/p1', 'press/p2', 'wiki/p3']);
    expect(f?.verdict).toBe('sources disagree');
    // Compared with secondaries only: weighted down (tier 2, full gap: 1 × 0.7 × 1).
    expect(f?.score).toBe(0.7);
  });

  test('dates conflict when they share no day; a month contains its days', () => {
    const a = analyzed([
      claim('vendor', 'gpt-5-3-codex', 'release-date', '2026-02-05', { id: 'd' }),
      claim('blog', 'gpt-5-3-codex', 'release-date', '2026-02', { id: 'm' }),
      claim('press', 'gpt-5-3-codex', 'release-date', '2026-02-04', { id: 'x' }),
    ]);
    expect(verdict(a, 'blog/m')).toBe('reconciled');
    expect(verdict(a, 'press/x')).toBe('conflicts');
    expect(byKind(a, 'conflict')[0]?.arithmetic).toEqual(['2026-02-04 ≠ 2026-02-05 (1 day apart) (Press Co vs OpenAI)']);
  });

  test('the vendor contradicting itself in the same circumstances is a conflict; at different effort it is not', () => {
    const same = analyzed([
      score('vendor', 'gpt-5-3-codex', 'gdpval', '70.9', { id: 'a', qualifiers: { effort: 'xhigh' } }),
      score('vendor', 'gpt-5-3-codex', 'gdpval', '72.0', { id: 'b', qualifiers: { effort: 'xhigh' } }),
    ]);
    expect(byKind(same, 'conflict')[0]?.verdict).toBe('vendor figures disagree');
    const different = analyzed([
      score('vendor', 'gpt-5-3-codex', 'gdpval', '70.9', { id: 'a', qualifiers: { effort: 'xhigh' } }),
      score('vendor', 'gpt-5-3-codex', 'gdpval', '72.0', { id: 'b', qualifiers: { effort: 'high' } }),
      score('blog', 'gpt-5-3-codex', 'gdpval', '72.0', { id: 'c', qualifiers: { effort: 'high' } }),
    ]);
    expect(different.findings).toEqual([]);
    expect(verdict(different, 'blog/c')).toBe('agrees');
  });

  test('a claim is compared with the vendor figure in its own circumstances when there is one', () => {
    const a = analyzed([
      score('vendor', 'gpt-5-3-codex', 'gdpval', '70.9', { id: 'a', qualifiers: { effort: 'xhigh' } }),
      score('vendor', 'gpt-5-3-codex', 'gdpval', '72.0', { id: 'b', qualifiers: { effort: 'high' } }),
      score('blog', 'gpt-5-3-codex', 'gdpval', '72.0', { id: 'c', qualifiers: { effort: 'xhigh' } }),
      score('press', 'gpt-5-3-codex', 'gdpval', '72.0', { id: 'd' }),
    ]);
    expect(verdict(a, 'blog/c')).toBe('conflicts');
    expect(verdict(a, 'press/d')).toBe('agrees');
  });
});

describe('misattribution', () => {
  const table = vendorTable();
  const claims = [
    ...table,
    score('promo', 'gpt-5-2', 'terminal-bench-2-0', '64.0', { id: 'tb' }),
    score('promo', 'gpt-5-2', 'osworld-verified', '38.2', { id: 'os' }),
    score('promo', 'gpt-5-2', 'cybersecurity-ctf', '67.7', { id: 'ctf' }),
    score('promo', 'gpt-5-3-codex', 'terminal-bench-2-0', '77.3', { id: 'tb53' }),
  ];
  const a = analyzed(claims);

  test('names the model the vendor gives the figure to, and replaces the plain conflict', () => {
    const found = byKind(a, 'misattribution');
    expect(found.map((f) => [f.id, f.matchedSubject])).toEqual([
      ['misattribution--gpt-5-2--benchmark-score--benchmark=osworld-verified--matches--gpt-5-2-codex', 'gpt-5-2-codex'],
      ['misattribution--gpt-5-2--benchmark-score--benchmark=terminal-bench-2-0--matches--gpt-5-2-codex', 'gpt-5-2-codex'],
    ]);
    expect(found[1]?.summary).toBe(
      "GPT Proto gives GPT-5.2 64.0% on Terminal-Bench 2.0, but that is OpenAI's figure for GPT-5.2-Codex; OpenAI gives GPT-5.2 62.2%.",
    );
    expect(found[1]?.claims).toEqual(['promo/tb', 'vendor/terminal-bench-2-0-gpt-5-2', 'vendor/terminal-bench-2-0-gpt-5-2-codex']);
    expect(byKind(a, 'conflict')).toEqual([]);
    expect(verdict(a, 'promo/tb')).toBe('misattributed');
  });

  test('a figure that matches the vendor for the same model is an agreement', () => {
    expect(verdict(a, 'promo/ctf')).toBe('agrees');
    expect(verdict(a, 'promo/tb53')).toBe('agrees');
  });

  test('a disagreeing figure that matches no other model stays a conflict', () => {
    const b = analyzed([...table, score('promo', 'gpt-5-2', 'terminal-bench-2-0', '60.0', { id: 'x' })]);
    expect(byKind(b, 'misattribution')).toEqual([]);
    expect(verdict(b, 'promo/x')).toBe('conflicts');
  });

  test('a figure of an entity of another kind does not count', () => {
    const b = analyzed(
      [
        score('vendor', 'gpt-5-2', 'terminal-bench-2-0', '62.2'),
        score('vendor', 'codex', 'terminal-bench-2-0', '64.0'),
        score('promo', 'gpt-5-2', 'terminal-bench-2-0', '64.0', { id: 'x' }),
      ],
      { entities: ENTITIES },
    );
    expect(verdict(b, 'promo/x')).toBe('conflicts');
  });
});

describe('unsupported', () => {
  test('figures only secondaries give about the vendor’s own model are flagged; third parties are not', () => {
    const a = withVendorTable(
      claim('blog', 'gpt-5-3-codex', 'parameter-count', '1.5 trillion', { id: 'params' }),
      score('blog', 'gpt-5-3-codex', 'humaneval', '>90', { id: 'he' }),
      claim('wiki', 'gpt-5-3-codex', 'max-output-tokens', '8192', { id: 'tok' }),
      claim('blog', 'claude', 'parameter-count', '2 trillion', { id: 'claude' }),
      score('blog', 'terminal-bench-2-0', 'terminal-bench-2-0', '50', { id: 'bench' }),
    );
    expect(byKind(a, 'unsupported').map((f) => f.id)).toEqual([
      'unsupported--gpt-5-3-codex--benchmark-score--benchmark=humaneval',
      'unsupported--gpt-5-3-codex--max-output-tokens',
      'unsupported--gpt-5-3-codex--parameter-count',
    ]);
    const params = byKind(a, 'unsupported').find((f) => f.property === 'parameter-count');
    expect(params?.summary).toBe(
      "Only Blog Inc (1.5 trillion parameters) gives a figure for GPT-5.3-Codex's parameter count; OpenAI gives none.",
    );
    expect(params?.severity).toBe('medium');
    expect(verdict(a, 'blog/params')).toBe('unsupported');
    expect(verdict(a, 'blog/claude')).toBe('uncompared');
    expect(verdict(a, 'blog/bench')).toBe('uncompared');
  });

  test('a claim that omits the variant the vendor states is compared, not unsupported', () => {
    const a = analyzed([
      score('vendor', 'gpt-5-3-codex', 'swe-bench-pro', '56.8', { id: 'v', qualifiers: { variant: 'Public', effort: 'xhigh' } }),
      score('promo', 'gpt-5-3-codex', 'swe-bench-pro', '56.8', { id: 'a' }),
      score('blog', 'gpt-5-3-codex', 'swe-bench-pro', '58', { id: 'b' }),
      score('press', 'gpt-5-3-codex', 'swe-bench-pro', '50', { id: 'c', qualifiers: { variant: 'Commercial' } }),
    ]);
    expect(verdict(a, 'promo/a')).toBe('agrees');
    expect(verdict(a, 'blog/b')).toBe('conflicts');
    expect(byKind(a, 'conflict')[0]?.summary).toBe(
      "For GPT-5.3-Codex's benchmark score on SWE-Bench Pro, OpenAI gives 56.8% (Public), but Blog Inc gives 58%.",
    );
    expect(verdict(a, 'press/c')).toBe('unsupported');
  });

  test('a benchmark the vendor says it developed is the vendor’s to disclose; a third-party one is not', () => {
    const a = analyzed([
      claim('vendor', 'gdpval', 'developer', 'openai'),
      claim('promo', 'gdpval', 'full-name', 'Gross Domestic Product Validation', { id: 'gdp' }),
      claim('promo', 'osworld-verified', 'full-name', 'Operating System World', { id: 'os' }),
    ]);
    expect(byKind(a, 'unsupported').map((f) => f.id)).toEqual(['unsupported--gdpval--full-name']);
    expect(verdict(a, 'promo/os')).toBe('uncompared');
  });

  test('without a vendor source nothing is unsupported', () => {
    const a = analyzed([claim('blog', 'gpt-5-3-codex', 'parameter-count', '1.5 trillion')], {
      sources: SOURCES.filter((s) => s.tier !== 1),
    });
    expect(byKind(a, 'unsupported')).toEqual([]);
  });
});

describe('contradiction', () => {
  test('enum: API availability', () => {
    const a = analyzed([
      claim('vendor', 'gpt-5-3-codex', 'availability', 'not-yet-available', { id: 'v', qualifiers: { channel: 'api' } }),
      claim('blog', 'gpt-5-3-codex', 'availability', 'available', { id: 'b', qualifiers: { channel: 'api' } }),
      claim('wiki', 'gpt-5-3-codex', 'availability', 'not-yet-available', { id: 'w', qualifiers: { channel: 'api' } }),
    ]);
    const [f] = byKind(a, 'contradiction');
    expect(f?.summary).toBe(
      "For GPT-5.3-Codex's availability via the API channel, OpenAI states “not yet available”, but Blog Inc states “available”.",
    );
    expect(f?.claims).toEqual(['blog/b', 'vendor/v']);
    expect(verdict(a, 'wiki/w')).toBe('agrees');
  });

  test.each<[string, Claim[], string[][], Record<string, string>]>([
    [
      'enum: high-risk requests routed vs refused vs safe-mode warning, circumstances notwithstanding',
      [
        claim('vendor', 'gpt-5-3-codex', 'high-risk-request-handling', 'routed-to-other-model', {
          id: 'v',
          qualifiers: { condition: 'elevated cyber risk' },
        }),
        claim('blog', 'gpt-5-3-codex', 'high-risk-request-handling', 'refused', { id: 'b' }),
        claim('wiki', 'gpt-5-3-codex', 'high-risk-request-handling', 'safe-mode-warning', {
          id: 'w',
          qualifiers: { condition: 'privileged commands' },
        }),
      ],
      [['blog/b', 'vendor/v', 'wiki/w']],
      { 'blog/b': 'contradicts', 'wiki/w': 'contradicts' },
    ],
    [
      'single-valued text (hardware) contradicts; case and spacing do not matter',
      [
        claim('vendor', 'gpt-5-3-codex', 'hardware', 'NVIDIA GB200 NVL72 systems', { id: 'v', qualifiers: { stage: 'serving' } }),
        claim('blog', 'gpt-5-3-codex', 'hardware', 'NVIDIA H100 GPUs and custom TPUs', { id: 'b', qualifiers: { stage: 'serving' } }),
        claim('wiki', 'gpt-5-3-codex', 'hardware', 'nvidia  GB200 NVL72 Systems.', { id: 'w', qualifiers: { stage: 'serving' } }),
        claim('press', 'gpt-5-3-codex', 'hardware', 'H100', { id: 'p', qualifiers: { stage: 'training' } }),
      ],
      [['blog/b', 'vendor/v']],
      { 'wiki/w': 'agrees', 'press/p': 'unsupported' },
    ],
  ])('%s', (_name, claims, contradictions, verdicts) => {
    const a = analyzed(claims);
    expect(byKind(a, 'contradiction').map((f) => f.claims)).toEqual(contradictions);
    for (const [id, expected] of Object.entries(verdicts)) expect(verdict(a, id)).toBe(expected);
  });

  test('descriptive text is never a contradiction; paraphrases are not compared', () => {
    const a = analyzed([
      claim('vendor', 'gpt-5-3-codex', 'intended-use', 'All work in the software lifecycle.', { id: 'v' }),
      claim('blog', 'gpt-5-3-codex', 'intended-use', 'Financial modeling and legal contracts.', { id: 'b' }),
    ]);
    expect(a.findings).toEqual([]);
    expect(verdict(a, 'blog/b')).toBe('uncompared');
    expect(a.agreement.find((r) => r.source === 'blog')?.covered).toBe(0);
  });

  test('booleans', () => {
    const a = analyzed([
      claim('vendor', 'gpt-5-3-codex', 'helped-create-itself', true, { id: 'v' }),
      claim('blog', 'gpt-5-3-codex', 'helped-create-itself', false, { id: 'b' }),
    ]);
    expect(byKind(a, 'contradiction')[0]?.arithmetic).toEqual(['no ≠ yes (Blog Inc vs OpenAI)']);
  });
});
