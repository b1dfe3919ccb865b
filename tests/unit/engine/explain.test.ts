/**
 * The explain layer on literal structured findings: what each kind and reason code reads as. The
 * rules never write English; these tables pin the sentences the explain layer writes from facts.
 */
import { describe, expect, test } from 'vitest';
import { buildContext } from '../../../src/lib/engine/context.ts';
import { explainFinding } from '../../../src/lib/engine/explain/index.ts';
import { closeSentence, sourceName, sourceTitle } from '../../../src/lib/engine/explain/names.ts';
import { type PreparedClaim, prepareClaim } from '../../../src/lib/engine/group.ts';
import { analyze } from '../../../src/lib/engine/index.ts';
import type { DisagreementBasis, DisagreementFacts, FindingFacts } from '../../../src/lib/engine/rules/rule.ts';
import { eachReturns } from '../cases.ts';
import { claim, input, SOURCES, score, source, vendorTable } from './fixtures.ts';

const ctx = buildContext(input([]));
const prep = (c: ReturnType<typeof claim>): PreparedClaim => prepareClaim(ctx, c);

const TB = { key: 'gpt-5-3-codex--benchmark-score--benchmark=terminal-bench-2-0', subject: 'gpt-5-3-codex', property: 'benchmark-score' };
const tbGroup = { ...TB, qualifiers: { benchmark: 'terminal-bench-2-0' } };
const vendor773 = prep(score('vendor', 'gpt-5-3-codex', 'terminal-bench-2-0', '77.3', { id: 'v' }));
const vendor720 = prep(score('vendor', 'gpt-5-3-codex', 'terminal-bench-2-0', '72.0', { id: 'v2' }));
const press750 = prep(score('press', 'gpt-5-3-codex', 'terminal-bench-2-0', '75.0', { id: 'p' }));
const blog640 = prep(score('blog', 'gpt-5-3-codex', 'terminal-bench-2-0', '64', { id: 'b' }));

function conflict(basis: DisagreementBasis, over: Partial<DisagreementFacts> = {}): DisagreementFacts {
  return {
    id: `conflict--${TB.key}`,
    kind: 'conflict',
    group: tbGroup,
    claims: [],
    score: 0.5,
    basis,
    disputed: basis === 'vendor-self' ? [] : [press750],
    references: basis === 'vendor' ? [vendor773] : [],
    refined: false,
    referenceSource: basis === 'peers' ? null : 'vendor',
    comparisons: basis === 'vendor-self' ? [] : [{ claim: press750, reference: basis === 'vendor' ? vendor773 : blog640 }],
    hiddenComparisons: 0,
    selfConflicts: basis === 'vendor-self' ? [vendor773, vendor720] : [],
    selfComparisons: basis === 'vendor-self' ? [{ claim: vendor720, reference: vendor773 }] : [],
    ...over,
  };
}

describe('conflict and contradiction: one sentence per reason code', () => {
  test.each<[string, FindingFacts, string, string, string[]]>([
    [
      'vendor',
      conflict('vendor'),
      "For GPT-5.3-Codex's benchmark score on Terminal-Bench 2.0, OpenAI gives 77.3%, but Press Co gives 75.0%.",
      'conflicts with the vendor',
      ['75.0% ≠ 77.3%: 2.3 points apart (3%) (Press Co vs OpenAI)'],
    ],
    [
      'peers',
      conflict('peers'),
      "Sources disagree on GPT-5.3-Codex's benchmark score on Terminal-Bench 2.0: Press Co gives 75.0%.",
      'sources disagree',
      ['75.0% rounds to 75% to a whole number, not 64% (17.2% apart) (Press Co vs Blog Inc)'],
    ],
    [
      'vendor-self',
      conflict('vendor-self'),
      "OpenAI itself gives incompatible values for GPT-5.3-Codex's benchmark score on Terminal-Bench 2.0: 77.3% and 72.0%.",
      'vendor figures disagree',
      ['72.0% ≠ 77.3%: 5.3 points apart (6.9%) (OpenAI vs OpenAI)'],
    ],
    [
      'vendor, with the vendor also disagreeing and lines past the cap',
      conflict('vendor', { selfConflicts: [vendor773, vendor720], selfComparisons: [], hiddenComparisons: 3 }),
      "For GPT-5.3-Codex's benchmark score on Terminal-Bench 2.0, OpenAI gives 77.3%, but Press Co gives 75.0%. The vendor's own figures also disagree with each other.",
      'conflicts with the vendor',
      ['75.0% ≠ 77.3%: 2.3 points apart (3%) (Press Co vs OpenAI)', '… and 3 more'],
    ],
    [
      'contradiction, vendor',
      { ...conflict('vendor'), kind: 'contradiction' },
      "For GPT-5.3-Codex's benchmark score on Terminal-Bench 2.0, OpenAI states 77.3%, but Press Co states 75.0%.",
      'contradicts the vendor',
      ['75.0% ≠ 77.3%: 2.3 points apart (3%) (Press Co vs OpenAI)'],
    ],
    [
      'contradiction, peers',
      { ...conflict('peers'), kind: 'contradiction' },
      "Sources disagree on GPT-5.3-Codex's benchmark score on Terminal-Bench 2.0: Press Co states 75.0%.",
      'sources contradict each other',
      ['75.0% rounds to 75% to a whole number, not 64% (17.2% apart) (Press Co vs Blog Inc)'],
    ],
  ])('%s', (_name, facts, summary, verdict, arithmetic) => {
    expect(explainFinding(ctx, facts)).toEqual({ summary, verdict, arithmetic });
  });
});

describe('unsupported: figure or statement', () => {
  const group = { key: 'codex--parameter-count', subject: 'codex', property: 'parameter-count', qualifiers: {} };
  const params = prep(claim('blog', 'codex', 'parameter-count', '1.5 trillion', { id: 'n' }));
  const params2 = prep(claim('press', 'codex', 'parameter-count', '1.5 trillion', { id: 'n2' }));
  const hardware = prep(claim('wiki', 'codex', 'hardware', 'NVIDIA H100 GPUs', { id: 'h', qualifiers: { stage: 'training' } }));
  const hardware2 = prep(claim('wiki', 'codex', 'hardware', 'Custom TPUs', { id: 'h2', qualifiers: { stage: 'training' } }));
  const hardware3 = prep(claim('blog', 'codex', 'hardware', 'NVIDIA A100 GPUs', { id: 'h3', qualifiers: { stage: 'training' } }));
  test.each<[string, FindingFacts, string]>([
    [
      'one source, a figure',
      { id: 'u1', kind: 'unsupported', group, claims: [params], score: 0.4, stated: [params] },
      "Only Blog Inc (1.5 trillion parameters) gives a figure for Codex's parameter count; OpenAI gives none.",
    ],
    [
      'two sources, a figure',
      { id: 'u2', kind: 'unsupported', group, claims: [params, params2], score: 0.4, stated: [params, params2] },
      "Only Blog Inc (1.5 trillion parameters) and Press Co (1.5 trillion parameters) give a figure for Codex's parameter count; OpenAI gives none.",
    ],
    [
      'a statement',
      { id: 'u3', kind: 'unsupported', group: { ...group, property: 'hardware' }, claims: [hardware], score: 0.2, stated: [hardware] },
      "Only “Wiki entry” (“NVIDIA H100 GPUs”) makes a claim on Codex's hardware; OpenAI makes none.",
    ],
    [
      'one source, several statements: its name once, its values together',
      {
        id: 'u4',
        kind: 'unsupported',
        group: { ...group, property: 'hardware' },
        claims: [hardware, hardware2],
        score: 0.2,
        stated: [hardware, hardware2],
      },
      "Only “Wiki entry” (“NVIDIA H100 GPUs” and “Custom TPUs”) makes a claim on Codex's hardware; OpenAI makes none.",
    ],
    [
      'two sources, one with several statements',
      {
        id: 'u5',
        kind: 'unsupported',
        group: { ...group, property: 'hardware' },
        claims: [hardware, hardware3, hardware2],
        score: 0.2,
        stated: [hardware, hardware3, hardware2],
      },
      "Only “Wiki entry” (“NVIDIA H100 GPUs” and “Custom TPUs”) and Blog Inc (“NVIDIA A100 GPUs”) make a claim on Codex's hardware; OpenAI makes none.",
    ],
  ])('%s', (_name, facts, summary) => {
    const text = explainFinding(ctx, facts);
    expect(text.summary).toBe(summary);
    expect(text.verdict).toBe('vendor has not disclosed');
    expect(text.arithmetic).toHaveLength(1);
    expect(text.arithmetic[0]).toMatch(/^No OpenAI claim on Codex's .+ to compare with\.$/);
  });
});

describe('overstated, misattribution and reconciled, from one analysis', () => {
  const q = { benchmark: 'osworld-verified', comparedTo: 'gpt-5-2-codex' };
  const a = analyze(
    input([
      ...vendorTable(),
      claim('promo', 'gpt-5-3-codex', 'score-multiple', '~3', { id: 'r1', figure: 'tripled', qualifiers: q }),
      claim('blog', 'gpt-5-3-codex', 'score-multiple', '1.2', { id: 'r2', qualifiers: q }),
      claim('press', 'gpt-5-3-codex', 'score-multiple', '~1.7', { id: 'r3', qualifiers: q }),
      score('promo', 'gpt-5-3-codex', 'cybersecurity-ctf', '67.4', { id: 'm1' }),
    ]),
  );
  test.each<[string, string, string[], string]>([
    [
      'overstated',
      "Blog Inc puts GPT-5.3-Codex at 1.2× GPT-5.2-Codex's score on OSWorld-Verified, but OpenAI's figures are 64.7% against 38.2% (64.7% / 38.2% = 1.69×); 1 more such claim in this group.",
      ["64.7% / 38.2% = 1.69×, not 1.2× (OpenAI's figures)", "64.7% / 38.2% = 1.69×, not ~3× (tripled) (OpenAI's figures)"],
      'overstated and understated',
    ],
    [
      'misattribution',
      "GPT Proto gives GPT-5.3-Codex 67.4% on Cybersecurity CTF, but that is OpenAI's figure for GPT-5.2-Codex; OpenAI gives GPT-5.3-Codex 77.6%.",
      [
        'GPT-5.3-Codex: 67.4% ≠ 77.6%: 10.2 points apart (13.1%) (GPT Proto vs OpenAI)',
        "GPT-5.2-Codex: 67.4% = 67.4% (GPT Proto's figure for GPT-5.3-Codex vs OpenAI's for GPT-5.2-Codex)",
      ],
      'figure belongs to GPT-5.2-Codex',
    ],
    [
      'reconciled',
      "For GPT-5.3-Codex's score multiple on OSWorld-Verified against GPT-5.2-Codex, Press Co's ~1.7× agrees with the figures it relates.",
      ["64.7% / 38.2% = 1.69×, consistent with ~1.7× (OpenAI's figures)"],
      'agrees after normalization',
    ],
  ])('%s', (kind, summary, arithmetic, verdict) => {
    const found = a.findings.filter((f) => f.kind === kind);
    expect(found.map((f) => ({ summary: f.summary, arithmetic: f.arithmetic, verdict: f.verdict }))).toEqual([
      { summary, arithmetic, verdict },
    ]);
  });
});

describe('closeSentence: one full stop, also after a quoted value that ends a sentence of its own', () => {
  eachReturns(closeSentence, '%j → %j', [
    ['it states “77.3%”', 'it states “77.3%”.'],
    ['it states “All work in sheets.”', 'it states “All work in sheets.”'],
    ['it states “Is it?”', 'it states “Is it?”'],
    ['(“a.”)', '(“a.”)'],
    ['it states 3.5', 'it states 3.5.'],
    ['Done.', 'Done.'],
  ]);
});

describe('an untitled source is named by the site’s description, marked untitled, never in title quotes (#12.8)', () => {
  // The two real untitled documents: a publisherless wiki entry and GPT Proto's guide (publisher stated).
  const WIKI = 'GPT-5.3-Codex entry in a wiki about AI agents';
  const PROTO = 'GPT-5.3-Codex guide by GPT Proto';
  const untitledSources = SOURCES.map((s) =>
    s.slug === 'wiki' ? { ...s, title: WIKI, titled: false } : s.slug === 'promo' ? { ...s, title: PROTO, titled: false } : s,
  );
  const uctx = buildContext(input([], { sources: untitledSources }));

  test.each<[string, string, string, string]>([
    ['a titled source without publisher: its own title, quoted', 'vendor-less', '“Title of vendor-less”', '“Title of vendor-less”'],
    ['an untitled source without publisher: the description, unquoted, marked', 'wiki', `${WIKI} (untitled)`, `${WIKI} (untitled)`],
    [
      'an untitled source with a publisher: the publisher in sentences, the marked description by title',
      'promo',
      'GPT Proto',
      `${PROTO} (untitled)`,
    ],
  ])('%s', (_name, slug, name, title) => {
    const c = buildContext(input([], { sources: [...untitledSources, source('vendor-less', 'press')] }));
    expect(sourceName(c, slug)).toBe(name);
    expect(sourceTitle(c, slug)).toBe(title);
  });

  test('a not-disclosed summary names the untitled wiki entry without quotes', () => {
    const h = prepareClaim(uctx, claim('wiki', 'codex', 'hardware', 'NVIDIA H100 GPUs', { id: 'uh', qualifiers: { stage: 'training' } }));
    const group = { key: 'codex--hardware', subject: 'codex', property: 'hardware', qualifiers: {} };
    const text = explainFinding(uctx, { id: 'u', kind: 'unsupported', group, claims: [h], score: 0.2, stated: [h] });
    expect(text.summary).toBe(`Only ${WIKI} (untitled) (“NVIDIA H100 GPUs”) makes a claim on Codex's hardware; OpenAI makes none.`);
  });

  test('an attribution checked against an untitled party source names it by the marked description', () => {
    const a = analyze(
      input(
        [
          score('vendor', 'gpt-5-3-codex', 'terminal-bench-2-0', '77.3', { id: 'v' }),
          score('promo', 'gpt-5-3-codex', 'terminal-bench-2-0', '70.0', { id: 'p' }),
          score('wiki', 'gpt-5-3-codex', 'terminal-bench-2-0', '77.3', { id: 'w', attributedTo: 'gpt-proto' }),
        ],
        { sources: untitledSources },
      ),
    );
    const f = a.findings.find((x) => x.kind === 'unconfirmed-attribution');
    expect(f?.summary).toBe(
      `${WIKI} (untitled) (77.3%) attributes to gpt-proto a claim on GPT-5.3-Codex's benchmark score on Terminal-Bench 2.0; gpt-proto's own source, ${PROTO} (untitled), states 70.0%.`,
    );
    expect(f?.arithmetic).toEqual([`77.3% (${WIKI} (untitled), attributed to gpt-proto) ≠ 70.0% (${PROTO} (untitled))`]);
  });
});
