/** Drafted coverage (src/lib/editor/coverage.ts): a suggested not-a-claim reason for every unit no draft covers. */
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/lib/content/units.ts';
import { coverageSuggestions, passagesOf, refreshSuggestions, suggestCoverage } from '../../../src/lib/editor/coverage.ts';
import type { DraftEntity } from '../../../src/lib/editor/draft.ts';
import { suggestionSchema } from '../../../src/schemas/draft.ts';
import { notClaimTermsSchema } from '../../../src/schemas/not-claim-terms.ts';

const TERMS = notClaimTermsSchema.parse({
  navigation: { whole: ['Share'], contains: ['(opens in a new window)'] },
  metadata: { starts: ['URL:'] },
  promotion: { contains: ['sign up'] },
  example: { starts: ['Prompt:'] },
  rhetoric: { contains: ['game-changer'] },
});
const ENTITIES: DraftEntity[] = [{ id: 'gpt-5-3-codex', kind: 'model', names: ['GPT-5.3-Codex'] }];

const DOC = [
  'Home',
  'Models',
  'Pricing',
  'The new model',
  'URL: https://example.com/post',
  'February 5, 2026',
  'By Jane Doe',
  '',
  'GPT-5.3-Codex scores 77.3% on the benchmark. Is this a game-changer? Sign up for our newsletter today.',
  'Prompt: write a CSV parser',
  '{"model": "gpt-5.3-codex",',
  'Share',
  '0% 20% 40%',
  'Read the release notes (opens in a new window)',
  'GPT-5.3-Codex reached 77.3% again in a second run.',
  'The model is fast.',
  '',
  '| Benchmark | GPT-5.3-Codex |',
  '|---|---|',
  '| Terminal-Bench | 77.3% |',
].join('\n');
const span = (text: string) => ({ start: DOC.indexOf(text), end: DOC.indexOf(text) + text.length });
const DRAFTS = [
  { id: 'score', span: span('GPT-5.3-Codex scores 77.3% on the benchmark.'), subject: 'gpt-5-3-codex', figure: '77.3%' },
  { id: 'row', span: span('| Terminal-Bench | 77.3% |'), subject: 'gpt-5-3-codex', figure: '77.3%' },
];

describe('suggestCoverage', () => {
  const got = suggestCoverage({ snapshot: DOC, drafts: DRAFTS, terms: TERMS, entities: ENTITIES });
  const by = (text: string) => got.find((s) => s.unit.text === text);

  it('leaves out every unit a draft covers, and suggests for every other unit of units.ts', () => {
    const all = segment(DOC).units;
    // The sentence and the row's two cells are covered.
    expect(got.length).toBe(all.length - 3);
    expect(by('GPT-5.3-Codex scores 77.3% on the benchmark.')).toBeUndefined();
    expect(by('Terminal-Bench')).toBeUndefined();
  });

  it('reads navigation, metadata, promotion, example and rhetoric from the vocabulary, saying which phrase', () => {
    expect(by('URL: https://example.com/post')).toMatchObject({ reason: 'metadata', why: expect.stringContaining('"URL:"') });
    expect(by('Share')).toMatchObject({ reason: 'navigation', why: expect.stringContaining('"Share"') });
    expect(by('Read the release notes (opens in a new window)')?.reason).toBe('navigation');
    expect(by('Sign up for our newsletter today.')?.reason).toBe('promotion');
    expect(by('Prompt: write a CSV parser')?.reason).toBe('example');
    expect(by('Is this a game-changer?')?.reason).toBe('rhetoric');
  });

  it('reads headings, menus, dates, bylines, chart ticks, code and repeats from their shape', () => {
    expect(['Home', 'Models', 'Pricing', 'The new model'].map((t) => by(t)?.reason)).toEqual(Array(4).fill('navigation'));
    expect(by('February 5, 2026')?.reason).toBe('metadata');
    expect(by('By Jane Doe')?.reason).toBe('metadata');
    expect(by('0% 20% 40%')?.reason).toBe('chart');
    expect(by('{"model": "gpt-5.3-codex",')?.reason).toBe('example');
    expect(by('Benchmark')?.reason).toBe('heading');
    expect(by('GPT-5.3-Codex reached 77.3% again in a second run.')).toMatchObject({ reason: 'repeats', claim: 'score' });
  });

  it('leaves the reason open where nothing fits, never guessing', () => {
    expect(by('The model is fast.')).toMatchObject({ reason: null, why: expect.stringContaining('may state a claim') });
  });

  it("gives a block of short lines the reason most of its lines have: a menu's, a chart's, a byline's", () => {
    const reasons = (snapshot: string) =>
      suggestCoverage({ snapshot, drafts: [], terms: TERMS, entities: ENTITIES }).map((s) => [s.unit.text, s.reason]);
    const withMetadata = notClaimTermsSchema.parse({ ...TERMS, metadata: { whole: ['Author'], starts: ['URL:'] } });
    expect(reasons('Share\nSwitch to\nChatGPT\n(opens in a new window)\nSora\n\nListen\n11:54\nShare')).toEqual([
      ['Share', 'navigation'],
      ['Switch to', 'navigation'],
      ['ChatGPT', 'navigation'],
      ['(opens in a new window)', 'navigation'],
      ['Sora', 'navigation'],
      ['Listen', 'navigation'],
      ['11:54', 'navigation'],
      ['Share', 'navigation'],
    ]);
    expect(reasons('SWE-Bench Pro (Public)\n0\n20,000\n40,000\nOutput tokens\n30%\n40%\nAccuracy').map(([, r]) => r)).toEqual(
      Array(8).fill('chart'),
    );
    const byline = suggestCoverage({ snapshot: 'Notes\n\nAuthor\nOpenAI\n', drafts: [], terms: withMetadata, entities: ENTITIES });
    expect(byline.map((s) => [s.unit.text, s.reason])).toEqual([
      ['Notes', 'heading'],
      ['Author', 'metadata'],
      ['OpenAI', 'metadata'],
    ]);
    // A tie between a label's metadata and short lines' menu goes to the label: a surer sign.
    const tags = suggestCoverage({
      snapshot: '2026\nCodex\nAuthor\nOpenAI\nSafety\n',
      drafts: [],
      terms: withMetadata,
      entities: ENTITIES,
    });
    expect(tags.map((s) => s.reason)).toEqual(Array(5).fill('metadata'));
  });

  it('reads a label inside Markdown emphasis, a byline closing a line, a code line and a quoted question', () => {
    const one = (text: string) => suggestCoverage({ snapshot: text, drafts: [], terms: TERMS, entities: ENTITIES })[0]?.reason;
    expect(one('**URL:** https://example.com/post')).toBe('metadata');
    expect(one('Original article by GPT Proto')).toBe('metadata');
    expect(one('"tools": [{"type": "code_interpreter"}]')).toBe('example');
    expect(one('She asked: "Should I upgrade to AES-256?"')).toBe('example');
    expect(one('Should you upgrade?')).toBe('rhetoric');
  });

  it('a single short line is a heading, not a menu', () => {
    const one = suggestCoverage({ snapshot: 'Pricing\n\nIt costs less.', drafts: [], terms: TERMS, entities: ENTITIES });
    expect(one.map((s) => s.reason)).toEqual(['heading', null]);
    const md = suggestCoverage({ snapshot: '\ufeff# Prices, explained\r\nIt costs less.', drafts: [], terms: TERMS, entities: ENTITIES });
    expect(md.map((s) => [s.unit.text, s.reason])).toEqual([
      ['# Prices, explained', 'heading'],
      ['It costs less.', null],
    ]);
  });
});

describe('coverageSuggestions and passagesOf', () => {
  it('merges neighbouring units of a mergeable reason into one passage, and gives open fields and a prefix', () => {
    const doc = 'Share\nShare\n\nPricing\n\nIt costs $1.\n\nShare';
    const s = coverageSuggestions({ snapshot: doc, drafts: [], terms: TERMS, entities: ENTITIES });
    expect(s.map((x) => [x.reason, x.quote, x.prefix ?? null, x.open?.map((o) => o.field)])).toEqual([
      ['navigation', 'Share\nShare', null, []],
      ['heading', 'Pricing', null, []],
      [null, 'It costs $1.', null, ['reason']],
      ['navigation', 'Share', '$1.', []],
    ]);
    for (const x of s) expect(() => suggestionSchema.parse(x)).not.toThrow();
  });

  it('does not merge repeats, headings or open units', () => {
    const doc = 'A\n\nB';
    const units = segment(doc).units;
    const merged = passagesOf(
      units.map((unit) => ({ unit, reason: 'heading' as const, why: 'w' })),
      units,
    );
    expect(merged.map((p) => p.units)).toEqual([1, 1]);
  });
});

describe('refreshSuggestions', () => {
  it('adds a suggestion for the passage a rejected draft no longer covers, keeping the answers given', () => {
    const doc = 'Pricing\n\nIt costs $1.';
    const draft = { id: 'price', span: { start: 9, end: 21 }, subject: 'gpt-5-3-codex', figure: '$1', status: 'draft' };
    const first = coverageSuggestions({ snapshot: doc, drafts: [draft], terms: TERMS, entities: ENTITIES }).map((s) =>
      suggestionSchema.parse({ ...s, status: 'accepted' }),
    );
    expect(first.map((s) => s.quote)).toEqual(['Pricing']);
    const again = refreshSuggestions(first, {
      snapshot: doc,
      drafts: [{ ...draft, status: 'rejected' }],
      terms: TERMS,
      entities: ENTITIES,
    });
    expect(again.map((s) => [s.quote, s.status])).toEqual([
      ['Pricing', 'accepted'],
      ['It costs $1.', 'suggested'],
    ]);
    expect(refreshSuggestions(first, { snapshot: doc, drafts: [draft], terms: TERMS, entities: ENTITIES })).toEqual(first);
  });
});
