import { describe, expect, test } from 'vitest';
import { analyze, groupKey, isValidId, slugify } from '../../../src/lib/engine/index.ts';
import { claim, input, score, vendorTable } from './fixtures.ts';

describe('ids', () => {
  test('slugs are lower-case [a-z0-9-]', () => {
    expect(slugify('Wins or Ties')).toBe('wins-or-ties');
    expect(slugify('  Café — Public (v2) ')).toBe('cafe-public-v2');
    expect(slugify('日本語')).toMatch(/^u[0-9a-f]{8}$/);
    expect(new Set([slugify('C++'), slugify('C#'), slugify('C')]).size).toBe(3);
    expect(slugify('C++')).toBe('c-plus-plus');
  });

  test('group keys: subject, property, then key=value qualifiers sorted by key', () => {
    expect(groupKey('gpt-5-3-codex', 'benchmark-score', { variant: 'Public', benchmark: 'swe-bench-pro' })).toBe(
      'gpt-5-3-codex--benchmark-score--benchmark=swe-bench-pro--variant=public',
    );
    expect(groupKey('gpt-5-3-codex', 'comparison', { comparedTo: 'gpt-5-2', metric: 'wins or ties' })).toBe(
      'gpt-5-3-codex--comparison--comparedto=gpt-5-2--metric=wins-or-ties',
    );
  });

  test('isValidId accepts the grammar and rejects the rest', () => {
    expect(isValidId('conflict--gpt-5-3-codex--benchmark-score--benchmark=terminal-bench-2-0')).toBe(true);
    expect(isValidId('misattribution--gpt-5-2--benchmark-score--benchmark=osworld-verified--matches--gpt-5-2-codex')).toBe(true);
    expect(isValidId('Conflict--x')).toBe(false);
    expect(isValidId('conflict---x')).toBe(false);
    expect(isValidId('conflict--x=')).toBe(false);
    expect(isValidId('conflict--a b')).toBe(false);
  });
});

describe('grouping', () => {
  test('effort, scope and condition do not split groups; benchmark, variant and channel do', () => {
    const claims = [
      score('vendor', 'gpt-5-3-codex', 'terminal-bench-2-0', '77.3', { qualifiers: { effort: 'xhigh' } }),
      score('blog', 'gpt-5-3-codex', 'terminal-bench-2-0', '77.3', { qualifiers: { scope: 'all users', condition: 'with tools' } }),
      score('blog', 'gpt-5-3-codex', 'terminal-bench-2-0', '77.3', { qualifiers: { variant: 'Hard' } }),
      score('blog', 'gpt-5-3-codex', 'osworld-verified', '64.7'),
      claim('vendor', 'gpt-5-3-codex', 'availability', 'available', { qualifiers: { channel: 'app' } }),
      claim('blog', 'gpt-5-3-codex', 'availability', 'available', { qualifiers: { channel: 'cli' } }),
    ];
    const a = analyze(input(claims));
    expect(a.groups.map((g) => [g.key, g.claims.length])).toEqual([
      ['gpt-5-3-codex--availability--channel=app', 1],
      ['gpt-5-3-codex--availability--channel=cli', 1],
      ['gpt-5-3-codex--benchmark-score--benchmark=osworld-verified', 1],
      ['gpt-5-3-codex--benchmark-score--benchmark=terminal-bench-2-0', 2],
      ['gpt-5-3-codex--benchmark-score--benchmark=terminal-bench-2-0--variant=hard', 1],
    ]);
    const g = a.groups.find((x) => x.key === 'gpt-5-3-codex--benchmark-score--benchmark=terminal-bench-2-0');
    expect(g?.qualifiers).toEqual({ benchmark: 'terminal-bench-2-0' });
  });

  test('qualifier values are compared as slugs: "Public" and "public" are one group', () => {
    const a = analyze(
      input([
        score('vendor', 'gpt-5-3-codex', 'swe-bench-pro', '56.8', { qualifiers: { variant: 'Public' } }),
        score('blog', 'gpt-5-3-codex', 'swe-bench-pro', '56.8', { qualifiers: { variant: 'public' } }),
      ]),
    );
    expect(a.groups).toHaveLength(1);
  });

  test('every finding id and group key follows the id grammar', () => {
    const a = analyze(
      input([
        ...vendorTable(),
        score('promo', 'gpt-5-2', 'terminal-bench-2-0', '64.0'),
        score('blog', 'gpt-5-3-codex', 'terminal-bench-2-0', '75'),
        claim('blog', 'gpt-5-3-codex', 'parameter-count', '1.5 trillion'),
        score('blog', 'gpt-5-3-codex', 'swe-bench-pro', '56.8', { qualifiers: { metric: 'Résolu (%)' } }),
      ]),
    );
    expect(a.findings.length).toBeGreaterThan(2);
    for (const f of a.findings) expect(isValidId(f.id), f.id).toBe(true);
    for (const g of a.groups) expect(isValidId(g.key), g.key).toBe(true);
  });
});
