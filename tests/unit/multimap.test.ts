/** Lists kept by key (src/lib/multimap.ts). */
import { describe, expect, it } from 'vitest';
import { groupBy, pushTo } from '../../src/lib/multimap.ts';

describe('pushTo', () => {
  it('starts a list for a new key and appends to an existing one', () => {
    const map = new Map<string, number[]>();
    pushTo(map, 'a', 1);
    pushTo(map, 'b', 2);
    pushTo(map, 'a', 3);
    expect([...map]).toEqual([
      ['a', [1, 3]],
      ['b', [2]],
    ]);
  });
});

describe('groupBy', () => {
  it('keeps the keys in the order first seen and each list in the items’ order', () => {
    const words = ['bb', 'a', 'cc', 'd', 'eee'];
    expect([...groupBy(words, (w) => w.length)]).toEqual([
      [2, ['bb', 'cc']],
      [1, ['a', 'd']],
      [3, ['eee']],
    ]);
  });

  it('gives an empty map for no items', () => {
    expect(groupBy([], String).size).toBe(0);
  });
});
