/**
 * Drafted figures (src/lib/editor/draft.ts, figures.ts, circumstances.ts): numbers written in words, prices in
 * dollars, day-first dates, the benchmark a figure is on, the scope and condition around it, and open reasons that say
 * what the sentence wrote.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { circumstancesOf } from '../../../src/lib/editor/circumstances.ts';
import { type DraftEntity, type DraftProperty, draftClaims } from '../../../src/lib/editor/draft.ts';
import { datesIn, figuresIn, wordNumber } from '../../../src/lib/editor/figures.ts';
import { circumstanceTermsSchema } from '../../../src/schemas/circumstance-terms.ts';
import { propertyEntry } from '../../../src/schemas/property.ts';
import { BENCHMARK_SCORE, PRICE } from './fixtures.ts';

const ENTITIES: DraftEntity[] = [
  { id: 'gpt-5-3-codex', kind: 'model', names: ['GPT-5.3-Codex'] },
  { id: 'gpt-5-2-codex', kind: 'model', names: ['GPT-5.2-Codex'] },
  { id: 'swe-bench-verified', kind: 'benchmark', names: ['SWE-bench Verified'] },
  { id: 'tau2-bench', kind: 'benchmark', names: ['tau2-bench'] },
  { id: 'codex', kind: 'product', names: ['Codex'] },
  { id: 'openai', kind: 'organization', names: ['OpenAI'] },
];
const prop = (f: Parameters<typeof propertyEntry>[0]): DraftProperty => propertyEntry(f);
const PROPERTIES: DraftProperty[] = [
  prop(BENCHMARK_SCORE),
  prop({
    id: 'score-change',
    label: 'Score change',
    description: 'A change of score.',
    valueType: 'number',
    unit: '% change',
    terms: ['improvement'],
    requiredQualifiers: ['benchmark'],
  }),
  prop({ id: 'speed-change', label: 'Speed', description: 'Faster.', valueType: 'number', unit: '% change', terms: ['faster'] }),
  prop({
    ...PRICE,
    terms: ['price', 'pricing'],
    qualifierTerms: { direction: { input: ['input'], output: ['output'] }, channel: { api: ['API'] } },
  }),
  prop({
    id: 'max-output-tokens',
    label: 'Maximum output tokens',
    description: 'The largest number of tokens the model can produce in one response.',
    valueType: 'number',
    unit: 'tokens',
    terms: ['max tokens', 'output tokens'],
  }),
  prop({
    id: 'context-window',
    label: 'Context window',
    description: 'The most tokens the model takes in at once.',
    valueType: 'number',
    unit: 'tokens',
    terms: ['context window'],
  }),
  prop({
    id: 'task-duration',
    label: 'Task duration',
    description: 'How long a task took.',
    valueType: 'number',
    unit: 'minutes',
    terms: ['taking'],
  }),
  prop({ id: 'release-date', label: 'Release date', description: 'When it was released.', valueType: 'date', terms: ['released'] }),
];
const VERBS = ['says', 'lists', 'claims'];
/** The phrases as content/ has them (the file is also validated here). */
const CIRCUMSTANCES = circumstanceTermsSchema.parse(parseYaml(readFileSync('content/circumstance-terms.yaml', 'utf8')));
const draft = (snapshot: string) =>
  draftClaims({ snapshot, entities: ENTITIES, properties: PROPERTIES, reportingVerbs: VERBS, circumstanceTerms: CIRCUMSTANCES }).map(
    (d) => ({
      subject: d.subject,
      property: d.property,
      qualifiers: d.qualifiers,
      value: d.value instanceof Date ? d.value.toISOString().slice(0, 10) : d.value,
      unit: d.unit ?? null,
      open: Object.fromEntries(d.open.map((o) => [o.field, o.why])),
    }),
  );

describe('figuresIn and datesIn: numbers and dates as a review writes them', () => {
  it.each([
    ['2.50 dollars per million input tokens', [['2.50', 'USD per 1M tokens']]],
    ['came to 184 dollars', [['184', 'USD']]],
    ['up to 64,000 output tokens', [['<=64000', 'tokens']]],
    ['the longest task taking twenty-two minutes', [['22', 'minutes']]],
    ['one or two days', [['2', 'days']]],
    ['about forty percent', []],
  ])('%s', (text, want) => {
    expect(figuresIn(text).map((f) => [f.readings[0]?.value, f.readings[0]?.unit])).toEqual(want);
  });
  it.each([
    ['twenty-two', 22],
    ['forty two', 42],
    ['ninety', 90],
    ['seventeen', 17],
    ['twenty-twelve', undefined],
    ['many', undefined],
  ])('wordNumber(%s)', (w, n) => expect(wordNumber(w)).toBe(n));
  it('reads a day-first date ("14 January 2026", "5 Feb. 2026")', () => {
    expect(datesIn('on 14 January 2026 and 5 Feb. 2026').map((d) => d.value)).toEqual(['2026-01-14', '2026-02-05']);
  });
});

describe('draftClaims: the benchmark a figure is on', () => {
  const text =
    'The company claims a score of 71.2 percent on SWE-bench Verified, up from 64.8 percent for the previous model, and 58 percent on its own internal "long-horizon refactoring" benchmark.';
  it('attaches the named benchmark to the figures it governs, and leaves open the one on a benchmark the registry does not name', () => {
    const drafts = draft(text);
    expect(drafts.map((d) => [d.value, d.qualifiers.benchmark ?? null])).toEqual([
      ['71.2', 'swe-bench-verified'],
      ['64.8', 'swe-bench-verified'],
      ['58', null],
    ]);
    expect(drafts[2]?.open['qualifiers.benchmark']).toBe(
      'the figure is on its own internal "long-horizon refactoring" benchmark, a benchmark content/benchmarks/ does not name (not SWE-bench Verified); add the benchmark there, or leave the figure out.',
    );
  });
  it('gives open reasons true to the draft: the words in place of a name, and no "names no benchmark" beside a benchmark', () => {
    const [d] = draft(text);
    expect(d?.open.subject).toBe(
      'the clause says "The company" where a name would be: write the entity it means if the context makes it certain (never guess it).',
    );
    const [e] = draft('I measured a score of 71.2% on SWE-bench Verified.');
    expect(e?.qualifiers.benchmark).toBe('swe-bench-verified');
    expect(e?.open.subject).toBe(
      'the sentence names no model, product or organization (a benchmark is what the figure is on) before the figure; write the one it is about (never guess it).',
    );
  });
});

describe('draftClaims: a figure said to be "for" a model', () => {
  it.each([
    ['GPT-5.3-Codex scores 71.2% on SWE-bench Verified, up from 64.8% for GPT-5.2-Codex.', ['gpt-5-3-codex', 'gpt-5-2-codex']],
    ['GPT-5.3-Codex scores 71.2% on SWE-bench Verified, up from 64.8% for the previous GPT-5.2-Codex model.', ['gpt-5-3-codex', null]],
    ['GPT-5.3-Codex scores 71.2% on SWE-bench Verified, up from 64.8% for earlier models.', ['gpt-5-3-codex', null]],
    ['GPT-5.3-Codex runs 25% faster for Codex users.', ['gpt-5-3-codex']],
  ])('%s', (text, subjects) => {
    expect(draft(text).map((d) => d.subject)).toEqual(subjects);
  });
  it('says which words stand where the name would be', () => {
    const [, d] = draft('GPT-5.3-Codex scores 71.2% on SWE-bench Verified, up from 64.8% for the previous GPT-5.2-Codex model.');
    expect(d?.open.subject).toBe(
      'the figure is "for the previous GPT-5.2-Codex model", which names no entity of content/: write the one it means if the context makes it certain (never guess it).',
    );
  });
});

describe('draftClaims: a clause after a semicolon has its own subject', () => {
  it.each([
    ['GPT-5.3-Codex is fast; it runs 25% faster than before.', null],
    ['Upper bound on tokens; the model can handle a context window of 8192 tokens.', null],
    ['OpenAI ships updates; GPT-5.3-Codex runs 25% faster.', 'gpt-5-3-codex'],
    ['GPT-5.3-Codex runs 25% faster; OpenAI ships updates.', 'gpt-5-3-codex'],
  ])('%s', (text, subject) => {
    expect(draft(text).map((d) => d.subject)).toEqual([subject]);
  });
  it('says what the clause wrote in place of a name', () => {
    expect(draft('Upper bound on tokens; the model can handle a context window of 8192 tokens.')[0]?.open.subject).toMatch(
      /^the clause says "the model"/,
    );
  });
});

describe('draftClaims: prices, context windows and dates of a review', () => {
  it.each([
    {
      text: 'On pricing, OpenAI lists GPT-5.3-Codex at 2.50 dollars per million input tokens through the API.',
      want: [
        {
          subject: 'gpt-5-3-codex',
          property: 'price',
          value: '2.50',
          unit: 'USD per 1M tokens',
          qualifiers: { direction: 'input', channel: 'api' },
        },
      ],
    },
    {
      text: 'OpenAI says the model has a context window of 400,000 tokens and can produce up to 64,000 output tokens in a single response.',
      want: [
        { subject: null, property: 'context-window', value: '400000', unit: 'tokens', qualifiers: {} },
        { subject: null, property: 'max-output-tokens', value: '64000', unit: 'tokens', qualifiers: {} },
      ],
    },
    {
      text: 'When OpenAI released GPT-5.3-Codex on 14 January 2026, I tried it.',
      want: [{ subject: 'gpt-5-3-codex', property: 'release-date', value: '2026-01-14', qualifiers: {} }],
    },
  ])('$text', ({ text, want }) => {
    expect(draft(text)).toMatchObject(want);
  });
});

describe('circumstancesOf and draftClaims: the scope and condition around a figure', () => {
  it.each([
    ['GPT-5.3-Codex can handle up to 8192 tokens in a single turn.', 'tokens', 'A maximum per response.', { scope: 'per turn' }],
    ['GPT-5.3-Codex can produce 64,000 output tokens in a single response.', 'tokens', 'The most tokens in one response.', {}],
    ['It costs $2 per million tokens.', 'tokens', 'A price.', {}],
    [
      'We run GPT-5.3-Codex 25% faster for Codex users, thanks to improvements in our infrastructure and inference stack, resulting in faster results.',
      '25%',
      'Faster.',
      { scope: 'Codex users', condition: 'improvements in infrastructure and inference stack' },
    ],
    [
      'Its 20% improvement on tau2-bench, achieved through middleware tuning techniques.',
      '20%',
      'A change.',
      { condition: 'middleware tuning' },
    ],
    ['GPT-5.3-Codex is billed at $1.50 through the API.', '$1.50', 'A price.', {}],
  ])('%s', (text, figure, description, want) => {
    expect(circumstancesOf(text, text.indexOf(figure) + figure.length, description, CIRCUMSTANCES)).toEqual(want);
  });
  it('are read with the phrases of content/circumstance-terms.yaml only: without them none is drafted', () => {
    const text = 'Its 20% improvement on tau2-bench, achieved through middleware tuning techniques, for Codex users.';
    const none = circumstanceTermsSchema.parse({});
    expect(circumstancesOf(text, text.indexOf('20%') + 3, 'A change.', none)).toEqual({});
    expect(circumstancesOf(text, text.indexOf('20%') + 3, 'A change.', { ...none, causes: ['achieved through'] })).toEqual({
      condition: 'middleware tuning techniques',
    });
  });
  it("drafts them as the figure's scope and condition qualifiers", () => {
    expect(
      draft(
        'GPT-5.3-Codex shows a 20% performance improvement on the tau2-bench evaluation suite, achieved through middleware tuning techniques.',
      ),
    ).toMatchObject([
      {
        subject: 'gpt-5-3-codex',
        property: 'score-change',
        value: '+20',
        qualifiers: { benchmark: 'tau2-bench', condition: 'middleware tuning' },
      },
    ]);
  });
});

describe("draftClaims with the registry's own terms (content/properties)", () => {
  const registry = ['loop-time-limit', 'task-duration', 'max-output-tokens', 'context-window', 'training-data-size', 'cost-savings'].map(
    (id) => prop({ id, ...parseYaml(readFileSync(`content/properties/${id}.yaml`, 'utf8')) }),
  );
  const withRegistry = (snapshot: string) =>
    draftClaims({ snapshot, entities: ENTITIES, properties: registry, reportingVerbs: VERBS, circumstanceTerms: CIRCUMSTANCES }).map(
      (d) => [d.property, d.value, d.unit],
    );
  it.each([
    ['Long-running loops exceeding 30 seconds are automatically truncated.', [['loop-time-limit', '30', 'seconds']]],
    ['GPT-5.3-Codex has a context window of 400,000 tokens.', [['context-window', '400000', 'tokens']]],
    ['GPT-5.3-Codex can produce up to 64,000 output tokens.', [['max-output-tokens', '64000', 'tokens']]],
    ['The longest task with GPT-5.3-Codex was taking twenty-two minutes.', [['task-duration', '22', 'minutes']]],
    ['With GPT-5.3-Codex, teams can reduce their AI spend by up to 60%.', [['cost-savings', '<=60', '%']]],
  ])('%s', (text, want) => {
    expect(withRegistry(text)).toEqual(want);
  });
});
