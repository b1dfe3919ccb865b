/**
 * Property-based tests of the engine's invariants on random claim sets drawn from small pools
 * (so that groups, equal values, near misses and misattributions actually occur).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type Analysis, analyze, isValidId } from '../../../src/lib/engine/index.ts';
import type { Claim } from '../../../src/lib/types.ts';
import { claim, ENTITIES, input, PROPERTIES, SOURCES } from './fixtures.ts';

const MODELS = ['gpt-5-3-codex', 'gpt-5-2-codex', 'gpt-5-2', 'claude', 'codex'];
const BENCHES = ['terminal-bench-2-0', 'osworld-verified', 'gdpval'];

interface Spec {
  source: string;
  subject: string;
  kind: number;
  pick: number;
  bench: string;
  effort: string | null;
  variant: boolean;
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  source: fc.constantFrom(...SOURCES.map((s) => s.slug)),
  subject: fc.constantFrom(...MODELS),
  kind: fc.integer({ min: 0, max: 8 }),
  pick: fc.nat(),
  bench: fc.constantFrom(...BENCHES),
  effort: fc.constantFrom(null, 'xhigh', 'high'),
  variant: fc.boolean(),
});

function at<T>(list: readonly T[], i: number): T {
  return list[i % list.length] as T;
}

/** Builds a claim from a spec; `valueIndex` overrides the value choice (for the identical-values property). */
function build(spec: Spec, i: number, valueIndex?: number): Claim {
  const v = valueIndex ?? spec.pick;
  const id = `p${i}`;
  const circumstance: Record<string, string> = spec.effort ? { effort: spec.effort } : {};
  const bench = { benchmark: spec.bench, ...(spec.variant ? { variant: 'Public' } : {}), ...circumstance };
  switch (spec.kind) {
    case 0: {
      const [raw, unit] = at(
        [
          ['64', '%'],
          ['64.0', '%'],
          ['63.7', '%'],
          ['77.3', '%'],
          ['0.773', 'fraction'],
          ['~72', '%'],
          ['>90', '%'],
          ['38.2', '%'],
          ['37.9', '%'],
        ] as const,
        v,
      );
      return claim(spec.source, spec.subject, 'benchmark-score', raw, { id, unit, qualifiers: bench });
    }
    case 1:
      return claim(spec.source, spec.subject, 'availability', at(['available', 'not-yet-available'], v), {
        id,
        qualifiers: { channel: 'api' },
      });
    case 2:
      return claim(spec.source, spec.subject, 'hardware', at(['NVIDIA GB200 NVL72 systems', 'nvidia gb200 nvl72 Systems', 'H100'], v), {
        id,
        qualifiers: { stage: 'serving' },
      });
    case 3:
      return claim(spec.source, spec.subject, 'helped-create-itself', at([true, false], v), { id });
    case 4:
      return claim(spec.source, spec.subject, 'parameter-count', at(['1.5 trillion', '1,500 billion', '2 trillion', '~1.5 trillion'], v), {
        id,
      });
    case 5:
      return claim(spec.source, spec.subject, 'speed-change', at(['+25', '~25', '-20', '+25.0'], v), { id, qualifiers: circumstance });
    case 6:
      return claim(spec.source, spec.subject, 'release-date', at(['2026-02-05', '2026-02', '2026-02-04', '2025'], v), { id });
    case 7:
      return claim(spec.source, spec.subject, 'score-multiple', at(['~2', '1.7', '1.69', '>1'], v), {
        id,
        qualifiers: { benchmark: spec.bench, comparedTo: at(MODELS, v + 1) },
      });
    default:
      return claim(spec.source, spec.subject, 'comparison', at(['outperforms', 'matches', 'underperforms'], v), {
        id,
        qualifiers: { benchmark: spec.bench, comparedTo: at(MODELS, v + 2), ...circumstance },
      });
  }
}

const claimsArb = fc.array(specArb, { minLength: 0, maxLength: 40 }).map((specs) => specs.map((s, i) => build(s, i)));

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function checkStructure(claims: readonly Claim[], a: Analysis): void {
  const ids = new Set(claims.map((c) => c.id));
  const byId = new Map(claims.map((c) => [c.id, c]));
  // Every claim lands in exactly one group, and the group is about its subject and property.
  const seen = new Map<string, string>();
  for (const g of a.groups) {
    expect(isValidId(g.key)).toBe(true);
    for (const id of g.claims) {
      expect(seen.has(id), `claim ${id} in two groups`).toBe(false);
      seen.set(id, g.key);
      expect(byId.get(id)?.subject).toBe(g.subject);
      expect(byId.get(id)?.property).toBe(g.property);
    }
  }
  expect([...seen.keys()].sort()).toEqual([...ids].sort());
  // Every finding's claims exist and its sources are exactly those claims' sources.
  const findingIds = new Set<string>();
  for (const f of a.findings) {
    expect(findingIds.has(f.id), `duplicate finding ${f.id}`).toBe(false);
    findingIds.add(f.id);
    expect(isValidId(f.id)).toBe(true);
    expect(f.claims.length).toBeGreaterThan(0);
    for (const id of f.claims) expect(ids.has(id), `finding ${f.id} lists unknown claim ${id}`).toBe(true);
    expect(f.sources).toEqual([...new Set(f.claims.map((id) => byId.get(id)?.source))].sort());
    expect(f.summary.length).toBeGreaterThan(10);
  }
  // One verdict per claim; the findings a verdict lists are exactly those listing the claim.
  expect(Object.keys(a.verdicts).sort()).toEqual([...ids].sort());
  for (const [id, v] of Object.entries(a.verdicts)) {
    const expected = a.findings.filter((f) => f.claims.includes(id)).map((f) => f.id);
    expect(v.findings).toEqual(expected);
    if (byId.get(id)?.source === 'vendor') expect(v.verdict).toBe('vendor');
    else expect(v.verdict).not.toBe('vendor');
  }
  // Findings come sorted by severity, then id.
  const rank = { high: 0, medium: 1, low: 2, info: 3 };
  for (let i = 1; i < a.findings.length; i++) {
    const p = a.findings[i - 1];
    const q = a.findings[i];
    if (!p || !q) continue;
    expect(rank[p.severity] < rank[q.severity] || (rank[p.severity] === rank[q.severity] && p.id < q.id)).toBe(true);
  }
}

describe('engine invariants', () => {
  test('the result does not depend on the order of claims, sources, entities or properties', () => {
    fc.assert(
      fc.property(claimsArb, fc.integer(), (claims, seed) => {
        const a = analyze(input(claims));
        const b = analyze({
          claims: shuffle(claims, seed),
          sources: shuffle(SOURCES, seed + 1),
          entities: shuffle(ENTITIES, seed + 2),
          properties: shuffle(PROPERTIES, seed + 3),
        });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 300 },
    );
  });

  test('structure: one group per claim, findings point at real claims and their sources, verdicts match findings', () => {
    fc.assert(
      fc.property(claimsArb, (claims) => {
        checkStructure(claims, analyze(input(claims)));
      }),
      { numRuns: 300 },
    );
  });

  test('identical values never produce a conflict or contradiction', () => {
    fc.assert(
      fc.property(fc.array(specArb, { maxLength: 40 }), (specs) => {
        // Same value for every claim of a (subject, kind) pair, whatever the source.
        const claims = specs.map((s, i) => build(s, i, (s.subject.length * 7 + s.kind) % 5));
        const a = analyze(input(claims));
        const disputes = a.findings.filter((f) => f.kind === 'conflict' || f.kind === 'contradiction' || f.kind === 'misattribution');
        expect(disputes).toEqual([]);
        for (const v of Object.values(a.verdicts)) expect(['conflicts', 'contradicts', 'misattributed']).not.toContain(v.verdict);
      }),
      { numRuns: 300 },
    );
  });

  test('an identical copy of a claim from another source is never disputed unless the original is', () => {
    fc.assert(
      fc.property(claimsArb, fc.nat(), (claims, k) => {
        const original = claims[k % Math.max(claims.length, 1)];
        if (!original) return;
        const copy = { ...original, id: `copy/${original.localId}`, source: 'copy' };
        const copySource = { ...(SOURCES[2] as (typeof SOURCES)[number]), slug: 'copy' };
        const before = analyze(input(claims)).verdicts[original.id]?.verdict;
        const after = analyze(input([...claims, copy], { sources: [...SOURCES, copySource] })).verdicts[copy.id]?.verdict;
        const disputes = ['conflicts', 'contradicts', 'misattributed', 'overstated'];
        if (after && disputes.includes(after) && original.source !== 'vendor') expect(after).toBe(before);
        if (original.source === 'vendor') expect(['agrees', 'reconciled', 'overstated']).toContain(after);
      }),
      { numRuns: 200 },
    );
  });
});
