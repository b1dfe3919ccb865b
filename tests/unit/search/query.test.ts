import { describe, expect, test } from 'vitest';
import {
  closestEntities,
  correctWord,
  type EntityHint,
  editDistance,
  fallbackTerms,
  queryTerms,
  spellingSuggestion,
} from '../../../src/lib/search/query.ts';

describe('queryTerms: questions search for what they ask about', () => {
  test('stop words go, names and numbers stay', () => {
    expect(queryTerms('how many parameters does gpt 5.3 codex have')).toEqual(['parameters', 'gpt', '5.3', 'codex']);
    expect(queryTerms('which figures did gpt proto get wrong')).toEqual(['figures', 'gpt', 'proto', 'wrong']);
    expect(queryTerms('is it not open')).toEqual(['not', 'open']);
  });
  test('a query of stop words only, and a quoted phrase, are kept whole', () => {
    expect(queryTerms('how')).toEqual(['how']);
    expect(queryTerms('"the price of"')).toEqual(['"the price of"']);
  });
});

describe('fallbackTerms: the best terms when no result has them all', () => {
  const counts = new Map([
    ['parameters', 3],
    ['gpt', 200],
    ['codex', 180],
    ['wrong', 0],
  ]);
  test('unknown words go, then the largest subset with results, keeping names, most specific first', async () => {
    const results = new Map([
      ['parameters gpt codex', 0],
      ['parameters gpt', 0],
      ['parameters codex', 5],
      ['gpt codex', 150],
    ]);
    const asked: string[] = [];
    const together = async (ts: string[]) => {
      asked.push(ts.join(' '));
      return results.get(ts.join(' ')) ?? 0;
    };
    expect(await fallbackTerms(['parameters', 'gpt', 'codex', 'wrong'], counts, together)).toEqual(['parameters', 'codex']);
    expect(asked).toEqual(['parameters gpt codex', 'parameters gpt', 'parameters codex', 'gpt codex']);
    const names = new Set(['gpt', 'codex']);
    expect(await fallbackTerms(['parameters', 'gpt', 'codex'], counts, together, (t) => names.has(t))).toEqual(['gpt', 'codex']);
  });
  test('nothing known: nothing to search', async () => {
    expect(await fallbackTerms(['wrong', 'zzz'], counts, async () => 1)).toEqual([]);
  });
});

describe('spelling', () => {
  const vocabulary = ['terminal', 'bench', 'parameter', 'trillion', 'pricing'];
  test('edit distance, capped', () => {
    expect(editDistance('termnal', 'terminal')).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('abc', 'xyzxyz', 1)).toBe(2);
  });
  test('a misspelt word gets the nearest known word; known, short and numeric words stay', () => {
    expect(correctWord('termnal', vocabulary)).toBe('terminal');
    expect(correctWord('paramter', vocabulary)).toBe('parameter');
    expect(correctWord('bench', vocabulary)).toBeNull();
    expect(correctWord('gpt', vocabulary)).toBeNull();
    expect(correctWord('77.3', vocabulary)).toBeNull();
    expect(correctWord('zebra', vocabulary)).toBeNull();
  });
  test('a suggestion for the whole query, or null', () => {
    expect(spellingSuggestion(['termnal', 'bench'], vocabulary)).toBe('terminal bench');
    expect(spellingSuggestion(['terminal', 'bench'], vocabulary)).toBeNull();
  });
});

describe('closestEntities', () => {
  const entities: EntityHint[] = [
    { name: 'Terminal-Bench 2.0', kind: 'Benchmark', url: '/benchmarks/terminal-bench-2-0/', names: ['terminal bench 2.0', 'tb 2'] },
    { name: 'SWE-Bench Pro', kind: 'Benchmark', url: '/benchmarks/swe-bench-pro/', names: ['swe bench pro'] },
    { name: 'GPT Proto', kind: 'Organization', url: '/organizations/gpt-proto/', names: ['gpt proto'] },
  ];
  test('names sharing words, or words a typo away, come first', () => {
    expect(closestEntities(['termnal'], entities).map((e) => e.name)).toEqual(['Terminal-Bench 2.0']);
    expect(closestEntities(['bench', 'pro'], entities).map((e) => e.name)).toEqual(['SWE-Bench Pro', 'Terminal-Bench 2.0']);
    expect(closestEntities(['zzz'], entities)).toEqual([]);
  });
});
