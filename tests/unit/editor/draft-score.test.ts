/** Scoring drafts against accepted claims (src/lib/editor/draft-score.ts). */
import { describe, expect, it } from 'vitest';
import { rates, type Scored, sameValue, scoreDrafts } from '../../../src/lib/editor/draft-score.ts';

const c = (over: Partial<Scored>): Scored => ({
  subject: 'm',
  property: 'score',
  qualifiers: { benchmark: 'b' },
  value: '77.3',
  unit: '%',
  ...over,
});
const isFigure = (p: string | null) => p === 'score';

describe('scoreDrafts', () => {
  it('counts a draft right only when subject, property, qualifiers, value and unit all match', () => {
    const accepted = [c({}), c({ value: '50' }), c({ property: 'available', value: true, unit: null })];
    const drafts = [c({}), c({ value: '50', qualifiers: {} }), c({ subject: null }), c({ property: 'available', value: true, unit: null })];
    const s = scoreDrafts(drafts, accepted, isFigure);
    expect(s.figures).toEqual({ drafted: 3, accepted: 2, matched: 1 });
    expect(s.statements).toEqual({ drafted: 1, accepted: 1, matched: 1 });
    expect(rates(s.figures)).toEqual({ precision: '33.3%', recall: '50.0%' });
    expect(s.missed).toEqual([c({ value: '50' })]);
    expect(s.wrong).toHaveLength(2);
    expect(s.openFigures).toBe(0);
  });
  it('matches each claim to the draft over its own quote before any other, so a claim quoted elsewhere cannot take it', () => {
    // The prose claim comes first and has no draft over its quote; the table claim's draft must stay the table claim's.
    const prose = c({ span: { start: 0, end: 10 } });
    const table = c({ span: { start: 50, end: 60 } });
    const s = scoreDrafts([c({ span: { start: 50, end: 60 } })], [prose, table], isFigure);
    expect(s.figures.matched).toBe(1);
    expect(s.missed).toEqual([prose]);
    const both = scoreDrafts([c({ span: { start: 50, end: 60 } }), c({ span: { start: 90, end: 99 } })], [prose, table], isFigure);
    expect(both.figures.matched).toBe(2);
  });
  it('counts a draft that leaves its subject open but is otherwise right as open, not right', () => {
    const s = scoreDrafts([c({ subject: null })], [c({})], isFigure);
    expect([s.figures.matched, s.openFigures]).toEqual([0, 1]);
  });
  it('matches each accepted claim once', () => {
    expect(scoreDrafts([c({}), c({})], [c({})], isFigure).figures).toEqual({ drafted: 2, accepted: 1, matched: 1 });
  });
});

describe('sameValue', () => {
  it('compares numbers as numbers, keeping the sign of a change', () => {
    expect([
      sameValue('1.50', '1.5'),
      sameValue('12.00', '12'),
      sameValue('+30', '30'),
      sameValue('>30', '30'),
      sameValue(null, null),
    ]).toEqual([true, true, false, false, false]);
  });
});
