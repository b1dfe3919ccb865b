/** The nearest passage to a quote not found (src/lib/editor/nearest.ts). */
import { describe, expect, it } from 'vitest';
import { nearestPassage } from '../../../src/lib/editor/nearest.ts';

const SNAPSHOT = 'Title\n\nIt can write up to 128,000 output tokens in one reply. It is fast.\nPrices start at $2.\n';

describe('nearestPassage', () => {
  it('finds the sentence sharing the most words, with its line', () => {
    expect(nearestPassage(SNAPSHOT, 'It can write up to 128,000 output tokens in one response.')).toMatchObject({
      text: 'It can write up to 128,000 output tokens in one reply.',
      line: 3,
    });
    expect(nearestPassage(SNAPSHOT, 'Prices start at $3.')?.text).toBe('Prices start at $2.');
  });
  it('is null when no passage shares a word', () => {
    expect(nearestPassage(SNAPSHOT, 'Zebras.')).toBeNull();
  });
});
