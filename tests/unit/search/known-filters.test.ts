/** knownFilters (src/lib/search/state.ts): filter values from an address that the index does not have are dropped. */
import { describe, expect, it } from 'vitest';
import { knownFilters } from '../../../src/lib/search/state.ts';

const INDEX = { type: { Claim: 3, Finding: 2 }, model: { 'GPT-5.3-Codex': 4 }, 'finding kind': { conflict: 1 } };

describe('knownFilters', () => {
  it('keeps values the index has and drops the rest, key by key', () => {
    expect(knownFilters({ type: ['Claim', 'NoSuchType'], model: ['<script>x</script>'], 'finding kind': ['conflict'] }, INDEX)).toEqual({
      type: ['Claim'],
      'finding kind': ['conflict'],
    });
  });

  it('never matches inherited names, and treats a missing or odd index as empty', () => {
    expect(knownFilters({ type: ['constructor', '__proto__', 'toString'] }, INDEX)).toEqual({});
    expect(knownFilters({ type: ['Claim'] }, undefined)).toEqual({});
    expect(knownFilters({ type: ['Claim'] }, { type: null })).toEqual({});
  });
});
