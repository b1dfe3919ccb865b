/**
 * Suggested subjects (src/lib/editor/subjects.ts referringPhrase and antecedentOf, through draftClaims): a figure whose
 * clause says "the model" or "it" keeps its subject open, and the entity an earlier passage names, of a kind the
 * phrase can stand for (content/referring-terms.yaml), is offered to the editor as a suggestion.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type DraftEntity, type DraftProperty, draftClaims } from '../../../src/lib/editor/draft.ts';
import { ANTECEDENT_REACH } from '../../../src/lib/editor/subjects.ts';
import { propertyEntry } from '../../../src/schemas/property.ts';
import { referringTermsSchema } from '../../../src/schemas/referring-terms.ts';
import { BENCHMARK_SCORE } from './fixtures.ts';

const ENTITIES: DraftEntity[] = [
  { id: 'gpt-5-3-codex', kind: 'model', names: ['GPT-5.3-Codex'] },
  { id: 'gpt-5-2-codex', kind: 'model', names: ['GPT-5.2-Codex'] },
  { id: 'codex-model', kind: 'model', names: ['Codex model'] },
  { id: 'terminal-bench-2-0', kind: 'benchmark', names: ['Terminal-Bench 2.0'] },
  { id: 'codex-cli', kind: 'product', names: ['Codex CLI'] },
  { id: 'openai', kind: 'organization', names: ['OpenAI'] },
];
const PROPERTIES: DraftProperty[] = [
  propertyEntry(BENCHMARK_SCORE),
  propertyEntry({
    id: 'speed-change',
    label: 'Speed change',
    description: 'Faster or slower.',
    valueType: 'number',
    unit: '% change',
    terms: ['faster'],
  }),
];
const REFERRING = referringTermsSchema.parse({
  phrases: [
    { phrase: 'the model', kinds: ['model'] },
    { phrase: 'it', kinds: ['model', 'product'] },
    { phrase: 'the company', kinds: ['organization'] },
  ],
});
const VERBS = ['claims', 'says', 'reported'];

const drafted = (snapshot: string) =>
  draftClaims({ snapshot, entities: ENTITIES, properties: PROPERTIES, reportingVerbs: VERBS, referringTerms: REFERRING });
const lastFigure = (snapshot: string) =>
  drafted(snapshot)
    .filter((d) => d.kind === 'figure')
    .at(-1);

describe('suggested subjects', () => {
  it.each([
    { case: 'a sentence before names the model', text: 'OpenAI released GPT-5.3-Codex. The model is 25% faster.', want: 'gpt-5-3-codex' },
    {
      case: '"it" in the clause before the figure',
      text: 'GPT-5.3-Codex is new. On Terminal-Bench 2.0, where it scores 77.3%, it leads.',
      want: 'gpt-5-3-codex',
    },
    {
      case: 'the first model the nearest passage names',
      text: 'GPT-5.3-Codex beats GPT-5.2-Codex. The model is 25% faster.',
      want: 'gpt-5-3-codex',
    },
    {
      case: 'the nearest passage that names one wins',
      text: 'GPT-5.2-Codex shipped. Then GPT-5.3-Codex came. Nothing else. The model is 25% faster.',
      want: 'gpt-5-3-codex',
    },
    {
      case: 'not a model said to be another ("the previous …")',
      text: 'GPT-5.3-Codex is new. It replaces the previous Codex model. The model is 25% faster.',
      want: 'gpt-5-3-codex',
    },
    { case: '"it" can stand for a product', text: 'The Codex CLI shipped. It is 25% faster.', want: 'codex-cli' },
    { case: '"it" cannot stand for an organization', text: 'OpenAI shipped. It is 25% faster.', want: undefined },
    {
      case: 'a referring phrase that reports is the reporter',
      text: 'OpenAI built GPT-5.3-Codex. The company claims a score of 77.3% on Terminal-Bench 2.0.',
      want: undefined,
    },
    { case: 'a party is not a referring phrase', text: 'GPT-5.3-Codex is new. Engineers saw runs 25% faster.', want: undefined },
    {
      case: 'a figure said to be for a described model',
      text: 'GPT-5.3-Codex is new. It was 77.3% on Terminal-Bench 2.0, up from 64.8% for the previous Codex model.',
      want: undefined,
    },
    { case: 'no entity of the kind before', text: 'The model is 25% faster.', want: undefined },
  ])('$case', ({ text, want }) => {
    const d = lastFigure(text);
    expect(d).toBeDefined();
    expect(d?.subject).toBeNull();
    expect(d?.open.map((o) => o.field)).toContain('subject');
    expect(d?.suggestedSubject?.id).toBe(want);
  });

  it('says which phrase, which name, and where it is written', () => {
    const d = lastFigure('OpenAI released GPT-5.3-Codex.\nThe model is 25% faster.');
    expect(d?.suggestedSubject?.why).toBe(
      '"The model" may stand for GPT-5.3-Codex, the model named on snapshot line 1: "OpenAI released GPT-5.3-Codex.". Take it only if the context makes it certain.',
    );
  });

  it(`looks back ${ANTECEDENT_REACH} passages and no further`, () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `Filler sentence ${i + 1} names nothing.`).join(' ');
    expect(lastFigure(`GPT-5.3-Codex is new. ${filler(ANTECEDENT_REACH - 1)} The model is 25% faster.`)?.suggestedSubject?.id).toBe(
      'gpt-5-3-codex',
    );
    expect(lastFigure(`GPT-5.3-Codex is new. ${filler(ANTECEDENT_REACH)} The model is 25% faster.`)?.suggestedSubject).toBeUndefined();
  });

  it('suggests nothing without referring terms, and never fills the subject', () => {
    const text = 'OpenAI released GPT-5.3-Codex. The model is 25% faster.';
    const plain = draftClaims({ snapshot: text, entities: ENTITIES, properties: PROPERTIES, reportingVerbs: VERBS }).at(-1);
    expect(plain?.suggestedSubject).toBeUndefined();
    expect(plain?.subject).toBeNull();
    expect(lastFigure(text)?.subject).toBeNull();
  });

  it("reads content/referring-terms.yaml: 'the model' stands for a model, 'it' for a model or product", () => {
    const { phrases } = referringTermsSchema.parse(parseYaml(readFileSync('content/referring-terms.yaml', 'utf8')));
    expect(phrases.find((p) => p.phrase === 'the model')?.kinds).toEqual(['model']);
    expect(phrases.find((p) => p.phrase === 'it')?.kinds).toEqual(['model', 'product']);
  });

  it('rejects a referring phrase with no kind, or a kind that is not an entity kind', () => {
    expect(referringTermsSchema.safeParse({ phrases: [{ phrase: 'the model', kinds: [] }] }).error?.issues[0]?.message).toBe(
      'at least one entity kind',
    );
    expect(referringTermsSchema.safeParse({ phrases: [{ phrase: 'the model', kinds: ['person'] }] }).error?.issues[0]?.message).toBe(
      'one of model, benchmark, organization, product',
    );
    expect(referringTermsSchema.safeParse({ phrases: [{ phrase: 'The Model', kinds: ['model'] }] }).error?.issues[0]?.message).toBe(
      'a phrase is lower-case words (letters, digits, spaces, hyphens)',
    );
  });
});
