/** Drafted claims (src/lib/editor/draft.ts): figures, subjects, properties and qualifiers from literal sentences and tables. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { claimOfDraft, type DraftEntity, type DraftProperty, draftClaims } from '../../../src/lib/editor/draft.ts';
import { propertyEntry } from '../../../src/schemas/property.ts';
import { reportingVerbsSchema } from '../../../src/schemas/reporting-verbs.ts';
import { BENCHMARK_SCORE, PRICE } from './fixtures.ts';

const ENTITIES: DraftEntity[] = [
  { id: 'gpt-5-3-codex', kind: 'model', names: ['GPT-5.3-Codex'] },
  { id: 'gpt-5-2-codex', kind: 'model', names: ['GPT-5.2-Codex'] },
  { id: 'terminal-bench-2-0', kind: 'benchmark', names: ['Terminal-Bench 2.0'] },
  { id: 'swe-bench-pro', kind: 'benchmark', names: ['SWE-Bench Pro'] },
  { id: 'codex-cli', kind: 'product', names: ['Codex CLI', 'the CLI'] },
  { id: 'openai', kind: 'organization', names: ['OpenAI'] },
];
const VERBS = ['reports', 'reported', 'says', 'said', 'notes', 'puts'];
const prop = (f: Parameters<typeof propertyEntry>[0]): DraftProperty => propertyEntry(f);
const PROPERTIES: DraftProperty[] = [
  prop({ ...BENCHMARK_SCORE, qualifierTerms: { variant: { Public: ['(Public)'] } } }),
  prop({
    id: 'speed-change',
    label: 'Speed change',
    description: 'Faster or slower.',
    valueType: 'number',
    unit: '% change',
    terms: ['faster', 'speed'],
  }),
  prop({
    ...PRICE,
    terms: ['price', 'billed', '$'],
    qualifierTerms: { direction: { input: ['input'], output: ['output'] }, channel: { cli: ['CLI'] } },
  }),
];

PROPERTIES.push(
  prop({
    id: 'training-energy',
    label: 'Training energy use',
    description: 'The energy used to train the model.',
    valueType: 'number',
    unit: 'kWh',
    terms: ['energy'],
  }),
  prop({
    id: 'development-time-change',
    label: 'Development time change',
    description: 'The change in development time.',
    valueType: 'number',
    unit: '% change',
    terms: ['development cycle'],
  }),
  prop({
    id: 'max-output-tokens',
    label: 'Maximum output tokens',
    description: 'The most tokens in one response.',
    valueType: 'number',
    unit: 'tokens',
    terms: ['max tokens'],
  }),
  prop({
    id: 'loop-time-limit',
    label: 'Loop time limit',
    description: 'How long a loop may run.',
    valueType: 'number',
    unit: 'seconds',
    terms: ['time limit'],
  }),
  prop({
    id: 'prior-models-ceiling',
    label: 'Ceiling of earlier models',
    description: 'A score earlier models did not get past.',
    valueType: 'number',
    unit: '%',
    terms: ['prior models'],
    bound: 'upper',
  }),
  prop({
    id: 'release-date',
    label: 'Release date',
    description: 'When the subject was released.',
    valueType: 'date',
    terms: ['released', 'launched'],
  }),
);

const draft = (snapshot: string) =>
  draftClaims({ snapshot, entities: ENTITIES, properties: PROPERTIES, reportingVerbs: VERBS }).map((d) => ({
    subject: d.subject,
    property: d.property,
    qualifiers: d.qualifiers,
    value: d.value,
    unit: d.unit,
    open: d.open.map((o) => o.field),
    quote: snapshot.slice(d.span.start, d.span.end),
    attribution: d.attribution,
  }));

describe('draftClaims on sentences', () => {
  it.each([
    {
      text: 'GPT-5.3-Codex runs 30% faster than GPT-5.2-Codex.',
      want: { subject: 'gpt-5-3-codex', property: 'speed-change', value: '+30', unit: '% change', open: [] },
    },
    {
      text: 'On Terminal-Bench 2.0, GPT-5.3-Codex solved 74.8% of tasks.',
      want: {
        subject: 'gpt-5-3-codex',
        property: 'benchmark-score',
        value: '74.8',
        unit: '%',
        qualifiers: { benchmark: 'terminal-bench-2-0' },
      },
    },
    {
      text: 'It runs 30% faster than before.',
      want: { subject: null, property: 'speed-change', open: ['subject'] },
    },
    {
      text: 'OpenAI reports that GPT-5.3-Codex runs 30% faster.',
      want: { subject: 'gpt-5-3-codex', property: 'speed-change', value: '+30', open: [] },
    },
    {
      text: 'OpenAI says it runs 30% faster.',
      want: { subject: null, property: 'speed-change', open: ['subject'] },
    },
    {
      text: 'OpenAI puts the score at 77.3% on Terminal-Bench 2.0.',
      want: { subject: null, property: 'benchmark-score', value: '77.3', attribution: 'OpenAI puts', open: ['subject'] },
    },
    {
      text: 'OpenAI puts GPT-5.3-Codex at 77.3% on Terminal-Bench 2.0.',
      want: { subject: 'gpt-5-3-codex', property: 'benchmark-score', value: '77.3', attribution: 'OpenAI puts', open: [] },
    },
    {
      text: 'GPT-5.3-Codex runs 30% faster than OpenAI said.',
      want: { subject: 'gpt-5-3-codex', property: 'speed-change', value: '+30', open: [] },
    },
    {
      text: 'GPT-5.3-Codex cut the time to speed up a build by half.',
      want: { subject: 'gpt-5-3-codex', property: 'speed-change', value: '-50', unit: '% change' },
    },
    {
      text: 'Through the CLI, GPT-5.3-Codex is billed at $1.50 per million input tokens.',
      want: {
        subject: 'gpt-5-3-codex',
        property: 'price',
        value: '1.50',
        unit: 'USD per 1M tokens',
        qualifiers: { direction: 'input', channel: 'cli' },
      },
    },
  ])('$text', ({ text, want }) => {
    const [d, ...rest] = draft(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ...want, quote: text });
  });

  it('takes no subject from a leading subordinate clause: the main clause names it, or what the clause releases, or it stays open', () => {
    const open = 'When OpenAI launched on February 5, 2026, it became the default model.';
    expect(draft(open)).toMatchObject([{ subject: null, property: 'release-date', value: '2026-02-05', open: ['subject'] }]);
    const released = 'When OpenAI released GPT-5.3-Codex on February 5, 2026, it became the default model.';
    expect(draft(released)).toMatchObject([{ subject: 'gpt-5-3-codex', property: 'release-date', value: '2026-02-05', open: [] }]);
    const named = 'When OpenAI released GPT-5.3-Codex on February 5, 2026, GPT-5.3-Codex became the default model.';
    expect(draft(named)).toMatchObject([{ subject: 'gpt-5-3-codex', property: 'release-date', value: '2026-02-05', open: [] }]);
  });

  it('dates what a subject releases, not the releaser: the entity right after the term', () => {
    expect(draft('OpenAI released GPT-5.3-Codex on February 5, 2026.')).toMatchObject([
      { subject: 'gpt-5-3-codex', property: 'release-date', value: '2026-02-05', open: [] },
    ]);
    expect(draft('OpenAI launched its GPT-5.2-Codex in 2025.')).toMatchObject([{ subject: 'gpt-5-2-codex', value: '2025' }]);
    expect(draft('GPT-5.2-Codex launched in 2025 with OpenAI.')).toMatchObject([{ subject: 'gpt-5-2-codex', value: '2025' }]);
  });

  it("gives a figure in a subordinate clause neither the subordinate clause's subject nor the name after its comma", () => {
    const text = 'After GPT-5.2-Codex scored 64%, GPT-5.3-Codex reached 77.3% on Terminal-Bench 2.0.';
    expect(draft(text).map((d) => [d.value, d.subject])).toEqual([
      ['64', null],
      ['77.3', 'gpt-5-3-codex'],
    ]);
  });

  it("drafts a date alone on its line as its card's: the title beside it names the subject, its lines hold the terms", () => {
    const text = 'Keep reading\n\nGPT-5.2-Codex released\n\nProduct\nDec 18, 2025\n\nLaunched: GPT-5.3-Codex\nFeb 5, 2026\n';
    expect(draft(text).map((d) => [d.subject, d.property, d.value, d.quote])).toEqual([
      ['gpt-5-2-codex', 'release-date', '2025-12-18', 'GPT-5.2-Codex released\n\nProduct\nDec 18, 2025'],
      ['gpt-5-3-codex', 'release-date', '2026-02-05', 'Launched: GPT-5.3-Codex\nFeb 5, 2026'],
    ]);
  });

  it("reads a term's plural and a term written with underscores; a unit one property alone is counted in is evidence", () => {
    expect(draft('GPT-5.3-Codex halved development cycles.')).toMatchObject([
      { subject: 'gpt-5-3-codex', property: 'development-time-change', value: '-50' },
    ]);
    expect(draft('max_tokens (int): GPT-5.3-Codex can write up to 8192 tokens.')).toMatchObject([
      { property: 'max-output-tokens', value: '8192', unit: 'tokens' },
    ]);
    expect(draft('Training GPT-5.3-Codex took millions of kilowatt-hours.')).toMatchObject([
      { subject: 'gpt-5-3-codex', property: 'training-energy', value: '>1 million', unit: 'kWh' },
    ]);
    // A duration is no evidence alone: any task takes seconds.
    expect(draft('The CLI starts in under two seconds.')).toEqual([]);
  });

  it("states a figure of a bound property (the registry's bound) as that bound", () => {
    expect(draft('On Terminal-Bench 2.0, prior models struggled to pass the 64% mark.')).toMatchObject([
      { property: 'prior-models-ceiling', value: '<=64', unit: '%' },
    ]);
  });

  it("takes the reporting verbs from content/reporting-verbs.yaml: 'puts' reports, so the reporter is not the subject", () => {
    const { verbs } = reportingVerbsSchema.parse(parseYaml(readFileSync('content/reporting-verbs.yaml', 'utf8')));
    const text = 'OpenAI puts the score at 77.3% on Terminal-Bench 2.0.';
    const [d] = draftClaims({ snapshot: text, entities: ENTITIES, properties: PROPERTIES, reportingVerbs: verbs });
    expect([d?.subject, d?.attribution]).toEqual([null, 'OpenAI puts']);
  });

  it('drafts nothing from a sentence without a figure the registry has a property for', () => {
    expect(draft('The review mode reads a pull request in 2 passes.')).toEqual([]);
  });
});

describe('draftClaims on tables', () => {
  it('takes each score cell with its column header as subject and effort, and the row as quote', () => {
    const table = [
      '| Benchmark | GPT-5.2-Codex (high) | GPT-5.3-Codex (high) |',
      '|---|---|---|',
      '| Terminal-Bench 2.0 | 61.5% | 74.8% |',
    ].join('\n');
    expect(draft(table).map((d) => [d.subject, d.value, d.qualifiers, d.quote])).toEqual([
      ['gpt-5-2-codex', '61.5', { benchmark: 'terminal-bench-2-0', effort: 'high' }, '| Terminal-Bench 2.0 | 61.5% | 74.8% |'],
      ['gpt-5-3-codex', '74.8', { benchmark: 'terminal-bench-2-0', effort: 'high' }, '| Terminal-Bench 2.0 | 61.5% | 74.8% |'],
    ]);
  });

  it("reads a row label's qualifiers from the registry's qualifierTerms, and leaves an unknown parenthesis open", () => {
    const table = [
      '| Benchmark | GPT-5.3-Codex |',
      '|---|---|',
      '| SWE-Bench Pro (Public) | 55.7% |',
      '| SWE-Bench Pro (Lite) | 40.1% |',
    ].join('\n');
    expect(draft(table).map((d) => [d.value, d.qualifiers, d.open])).toEqual([
      ['55.7', { benchmark: 'swe-bench-pro', variant: 'Public' }, []],
      ['40.1', { benchmark: 'swe-bench-pro' }, ['qualifiers']],
    ]);
  });

  it('reads a table laid out one cell per line (tab lines between cells)', () => {
    const t = '\t\n\nGPT-5.3-Codex (xhigh)\n\n\t\n\nGPT-5.2-Codex (xhigh)\n\n\n\n\nTerminal-Bench 2.0\n\n\t\n\n77.3%\n\n\t\n\n64.0%\n';
    expect(draft(t).map((d) => [d.subject, d.value, d.qualifiers.effort])).toEqual([
      ['gpt-5-3-codex', '77.3', 'xhigh'],
      ['gpt-5-2-codex', '64.0', 'xhigh'],
    ]);
  });
});

describe('claimOfDraft', () => {
  it('turns a complete draft into a claim the claim schema accepts, and says what an open one lacks', () => {
    const [done] = draftClaims({
      snapshot: 'GPT-5.3-Codex runs 30% faster.',
      entities: ENTITIES,
      properties: PROPERTIES,
      reportingVerbs: VERBS,
    });
    const [open] = draftClaims({ snapshot: 'It runs 30% faster.', entities: ENTITIES, properties: PROPERTIES, reportingVerbs: VERBS });
    expect(done && claimOfDraft(done)).toMatchObject({
      ok: true,
      claim: { subject: 'gpt-5-3-codex', value: '+30', quote: 'GPT-5.3-Codex runs 30% faster.' },
    });
    expect(open && claimOfDraft(open)).toEqual({ ok: false, missing: ['subject'] });
  });
});
