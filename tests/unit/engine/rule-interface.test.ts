/**
 * The common rule interface: rules declare whom they defer to, the orchestrator hands each rule the
 * claims those rules claimed, and rules return structure, not sentences.
 */
import { describe, expect, test } from 'vitest';
import { analysisState, analyze, RULES, runRules } from '../../../src/lib/engine/index.ts';
import type { AnalysisState, Rule } from '../../../src/lib/engine/rules/rule.ts';
import type { FindingKind } from '../../../src/lib/engine/types.ts';
import { claim, input, score, vendorTable } from './fixtures.ts';

/** A state no rule reads (the probe rules below only record what they are handed). */
const EMPTY_STATE = { ctx: null, groups: [], index: null, assessments: [], comparatives: new Map() } as unknown as AnalysisState;

/** A rule that claims fixed ids and records the skip set it was handed. */
function probe(kind: FindingKind, defersTo: FindingKind[], claims: string[], seen: Map<FindingKind, string[]>): Rule {
  return {
    kind,
    defersTo,
    run(_state, skip) {
      seen.set(kind, [...skip].sort());
      return { findings: [], claimed: new Set(claims) };
    },
  };
}

describe('runRules: declared precedence', () => {
  test.each<[string, [FindingKind, FindingKind[], string[]][], Partial<Record<FindingKind, string[]>>]>([
    ['a rule deferring to nothing is handed nothing', [['overstated', [], ['a']]], { overstated: [] }],
    [
      'a rule is handed what the rule it defers to claimed',
      [
        ['overstated', [], ['a']],
        ['reconciled', ['overstated'], []],
      ],
      { overstated: [], reconciled: ['a'] },
    ],
    [
      'deferring to two rules hands the union; a rule not deferred to is ignored',
      [
        ['overstated', [], ['a', 'b']],
        ['misattribution', ['overstated'], ['c']],
        ['unsupported', [], ['d']],
        ['conflict', ['overstated', 'misattribution'], []],
      ],
      { overstated: [], misattribution: ['a', 'b'], unsupported: [], conflict: ['a', 'b', 'c'] },
    ],
  ])('%s', (_name, specs, expected) => {
    const seen = new Map<FindingKind, string[]>();
    const { claimed } = runRules(
      EMPTY_STATE,
      specs.map(([kind, defersTo, claims]) => probe(kind, defersTo, claims, seen)),
    );
    expect(Object.fromEntries(seen)).toEqual(expected);
    expect([...claimed.keys()]).toEqual(specs.map(([kind]) => kind));
  });

  test('deferring to a rule that has not run yet is an error naming both rules and the fix', () => {
    const seen = new Map<FindingKind, string[]>();
    expect(() => runRules(EMPTY_STATE, [probe('conflict', ['misattribution'], [], seen)])).toThrow(
      'Rule "conflict" defers to "misattribution", which has not run before it: reorder RULES.',
    );
  });

  test('the engine runs every finding kind once, each after the rules it defers to', () => {
    const kinds = RULES.map((r) => r.kind);
    expect([...kinds].sort()).toEqual([
      'conflict',
      'contradiction',
      'differs',
      'misattribution',
      'overstated',
      'presupposition',
      'reconciled',
      'scope-change',
      'unconfirmed-attribution',
      'unsupported',
    ]);
    RULES.forEach((rule, i) => {
      for (const kind of rule.defersTo) expect(kinds.indexOf(kind)).toBeLessThan(i);
    });
  });

  test('the declared precedence table', () => {
    expect(Object.fromEntries(RULES.map((r) => [r.kind, r.defersTo]))).toEqual({
      overstated: [],
      misattribution: ['overstated'],
      conflict: ['overstated', 'misattribution'],
      contradiction: ['overstated'],
      differs: ['overstated'],
      reconciled: ['overstated'],
      'scope-change': ['overstated'],
      'unconfirmed-attribution': ['overstated', 'misattribution', 'conflict', 'contradiction', 'differs', 'reconciled', 'scope-change'],
      unsupported: ['overstated', 'scope-change', 'unconfirmed-attribution'],
      presupposition: [],
    });
  });
});

describe('what the real rules claim', () => {
  test('a misattributed figure is claimed by misattribution, so conflict leaves it alone', () => {
    // GPT Proto gives GPT-5.2 the vendor's GPT-5.2-Codex figure (64.0) on Terminal-Bench 2.0.
    const a = analyze(input([...vendorTable(), score('promo', 'gpt-5-2', 'terminal-bench-2-0', '64.0', { id: 'm' })]));
    expect(a.findings.map((f) => f.kind)).toEqual(['misattribution']);
    expect(a.verdicts['promo/m']?.verdict).toBe('misattributed');
  });

  test('a comparative claim checked against vendor figures is claimed by overstated: no other finding lists it', () => {
    const a = analyze(
      input([
        ...vendorTable(),
        claim('promo', 'gpt-5-3-codex', 'score-multiple', '~2', {
          id: 'r',
          figure: 'nearly doubled',
          qualifiers: { benchmark: 'osworld-verified', comparedTo: 'gpt-5-2-codex' },
        }),
      ]),
    );
    const listing = a.findings.filter((f) => f.claims.includes('promo/r')).map((f) => f.kind);
    expect(listing).toEqual(['overstated']);
  });

  test('rules return structure only: reason codes and claims, no summary, arithmetic or verdict text', () => {
    const { state } = analysisState(input([...vendorTable(), score('press', 'gpt-5-3-codex', 'terminal-bench-2-0', '75.0', { id: 'tb' })]));
    const { facts } = runRules(state);
    expect(facts.map((f) => f.kind)).toEqual(['conflict']);
    const [f] = facts;
    expect(f).not.toHaveProperty('summary');
    expect(f).not.toHaveProperty('arithmetic');
    expect(f).not.toHaveProperty('verdict');
    expect(f?.kind === 'conflict' && f.basis).toBe('vendor');
    expect(f?.kind === 'conflict' && f.comparisons.map((c) => [c.claim.claim.id, c.reference.claim.id])).toEqual([
      ['press/tb', 'vendor/terminal-bench-2-0-gpt-5-3-codex'],
    ]);
  });
});
