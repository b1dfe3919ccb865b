/** Dates read by the drafter (src/lib/editor/figures.ts datesIn), and the bench's causes (draft-score.ts causesOf). */
import { describe, expect, it } from 'vitest';
import { CAUSES, causesOf, type Scored, scoreDrafts } from '../../../src/lib/editor/draft-score.ts';
import { datesIn } from '../../../src/lib/editor/figures.ts';

describe('datesIn', () => {
  it('reads a year alone after "in" or "since", and not one inside a full date or a version', () => {
    expect(datesIn('An evaluation released in 2025 and a program launched in 2023.').map((d) => [d.text, d.value])).toEqual([
      ['2025', '2025'],
      ['2023', '2023'],
    ]);
    expect(datesIn('Released on February 5, 2026.').map((d) => d.value)).toEqual(['2026-02-05']);
    expect(datesIn('in 2026-02-05 builds, in 2024.1, in 12345').map((d) => d.value)).toEqual(['2026-02-05']);
  });
});

describe('causesOf', () => {
  const c = (over: Partial<Scored>): Scored => ({
    subject: 'm',
    property: 'score',
    qualifiers: {},
    value: '1',
    unit: '%',
    span: { start: 0, end: 5 },
    ...over,
  });
  it('pairs each miss with the wrong draft over its quote by the closest difference, and counts the rest', () => {
    const accepted = [
      c({}),
      c({ span: { start: 10, end: 15 }, value: '2', qualifiers: { scope: 'x' } }),
      c({ span: { start: 20, end: 25 } }),
    ];
    const drafts = [c({ subject: null }), c({ span: { start: 10, end: 15 }, value: '2' }), c({ span: { start: 30, end: 35 }, value: '9' })];
    const causes = causesOf(
      scoreDrafts(drafts, accepted, (p) => p === 'score'),
      (p) => p === 'score',
    );
    expect(CAUSES.map((k) => causes.get(k))).toEqual([1, 1, 0, 0, 1, 1]);
  });
});
