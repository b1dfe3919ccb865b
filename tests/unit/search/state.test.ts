import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FILTER_KEYS, readSearchState, toPagefindFilters, writeSearchState } from '../../../src/lib/search/state.ts';

describe('search state in the URL', () => {
  test('query and filters are written as readable parameters, filters in pane order', () => {
    expect(writeSearchState({ q: ' terminal bench ', filters: { model: ['GPT-5.3-Codex', 'GPT-5.2'], type: ['Claim'] } })).toBe(
      '?q=terminal+bench&type=Claim&model=GPT-5.3-Codex&model=GPT-5.2',
    );
    expect(writeSearchState({ q: '', filters: { 'finding kind': ['Misattribution'] } })).toBe('?finding+kind=Misattribution');
  });

  test('nothing to keep is the empty string', () => {
    expect(writeSearchState({ q: '   ', filters: {} })).toBe('');
    expect(writeSearchState({ q: '', filters: { type: [] } })).toBe('');
  });

  test('reading ignores unknown parameters, empty values and repeats', () => {
    expect(readSearchState('?q=gb200&utm_source=x&type=Claim&type=Claim&model=&source=OpenAI%3A+Introducing+GPT-5.3-Codex')).toEqual({
      q: 'gb200',
      filters: { type: ['Claim'], source: ['OpenAI: Introducing GPT-5.3-Codex'] },
    });
    expect(readSearchState('')).toEqual({ q: '', filters: {} });
  });

  test('property: what is written reads back the same', () => {
    const value = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '');
    const filters = fc.dictionary(fc.constantFrom(...FILTER_KEYS), fc.uniqueArray(value, { minLength: 1, maxLength: 3 }));
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), filters, (q, f) => {
        const read = readSearchState(writeSearchState({ q, filters: f }));
        expect(read.q).toBe(q.trim());
        for (const key of FILTER_KEYS) expect(read.filters[key] ?? []).toEqual(f[key] ?? []);
      }),
    );
  });
});

describe('toPagefindFilters', () => {
  test('one value stays a value, several become alternatives, empty keys are dropped', () => {
    expect(toPagefindFilters({ type: ['Claim', 'Finding'], model: ['GPT-5.2'], source: [] })).toEqual({
      type: { any: ['Claim', 'Finding'] },
      model: 'GPT-5.2',
    });
    expect(toPagefindFilters({})).toEqual({});
  });
});
